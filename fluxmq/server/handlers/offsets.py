"""Committed offsets: OffsetCommit (8), OffsetFetch (9), OffsetDelete (47)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ...protocol.message import fit_to_version
from ...protocol.messages.error_codes import ErrorCode as E
from ...protocol.messages.offset_commit_request import OffsetCommitRequest
from ...protocol.messages.offset_commit_response import (
    OffsetCommitResponse,
    OffsetCommitResponsePartition,
    OffsetCommitResponseTopic,
)
from ...protocol.messages.offset_delete_request import OffsetDeleteRequest
from ...protocol.messages.offset_delete_response import (
    OffsetDeleteResponse,
    OffsetDeleteResponsePartition,
    OffsetDeleteResponseTopic,
)
from ...protocol.messages.offset_fetch_request import OffsetFetchRequest
from ...protocol.messages.offset_fetch_response import (
    OffsetFetchResponse,
    OffsetFetchResponseGroup,
    OffsetFetchResponsePartition,
    OffsetFetchResponsePartitions,
    OffsetFetchResponseTopic,
    OffsetFetchResponseTopics,
)
from ..registry import REGISTRY
from .groups import coordinator

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

ZERO_UUID = uuid.UUID(int=0)


@REGISTRY.register(8, 2, 10)
async def offset_commit(
    broker: Broker, ctx: RequestContext, req: OffsetCommitRequest
) -> OffsetCommitResponse:
    version = ctx.api_version
    coord = coordinator(broker)
    by_id = broker.storage.catalog.by_id
    entries: list[tuple[str, int, int, int, str | None]] = []
    # (request topic, its resolved name or None) in request order, for the response
    topics: list[tuple[str, uuid.UUID, str | None, list[int]]] = []
    for t in req.topics:
        name: str | None = t.name
        if version >= 10:
            info = by_id.get(t.topic_id)
            name = info.name if info is not None else None
        topics.append((t.name, t.topic_id, name, [p.partition_index for p in t.partitions]))
        if name is not None:
            for p in t.partitions:
                entries.append(
                    (
                        name,
                        p.partition_index,
                        p.committed_offset,
                        p.committed_leader_epoch,
                        p.committed_metadata,
                    )
                )
    retention = req.retention_time_ms if 2 <= version <= 4 else -1
    _, errors = coord.commit_offsets(
        req.group_id,
        req.generation_id_or_member_epoch,
        req.member_id,
        req.group_instance_id,
        entries,
        retention,
        version,
    )
    it = iter(errors)
    out = []
    for raw_name, tid, name, parts in topics:
        out.append(
            OffsetCommitResponseTopic(
                name=raw_name,
                topic_id=tid,
                partitions=[
                    OffsetCommitResponsePartition(
                        p, next(it) if name is not None else E.UNKNOWN_TOPIC_ID
                    )
                    for p in parts
                ],
            )
        )
    return fit_to_version(OffsetCommitResponse(topics=out), version)


@REGISTRY.register(9, 1, 10)
async def offset_fetch(
    broker: Broker, ctx: RequestContext, req: OffsetFetchRequest
) -> OffsetFetchResponse:
    version = ctx.api_version
    coord = coordinator(broker)
    if version < 8:
        wanted = None
        if req.topics is not None:
            wanted = [(t.name, list(t.partition_indexes)) for t in req.topics]
        res = coord.fetch_offsets(req.group_id, wanted)
        resp = OffsetFetchResponse(
            error_code=res.error,
            topics=[
                OffsetFetchResponseTopic(
                    name=topic,
                    partitions=[
                        OffsetFetchResponsePartition(p, off, epoch, meta, err)
                        for p, off, epoch, meta, err in rows
                    ],
                )
                for topic, rows in res.topics.items()
            ],
        )
        return fit_to_version(resp, version)
    catalog = broker.storage.catalog
    groups = []
    for g in req.groups:
        unknown_ids: list[tuple[uuid.UUID, list[int]]] = []
        wanted = None
        if g.topics is not None:
            wanted = []
            for t in g.topics:
                name: str | None = t.name
                if version >= 10:
                    info = catalog.by_id.get(t.topic_id)
                    name = info.name if info is not None else None
                if name is None:
                    unknown_ids.append((t.topic_id, list(t.partition_indexes)))
                else:
                    wanted.append((name, list(t.partition_indexes)))
        res = coord.fetch_offsets(
            g.group_id, wanted, g.member_id if version >= 9 else None, g.member_epoch
        )
        topics = []
        for topic, rows in res.topics.items():
            info = catalog.topics.get(topic)
            topics.append(
                OffsetFetchResponseTopics(
                    name=topic,
                    topic_id=info.topic_id if info is not None else ZERO_UUID,
                    partitions=[
                        OffsetFetchResponsePartitions(p, off, epoch, meta, err)
                        for p, off, epoch, meta, err in rows
                    ],
                )
            )
        for tid, parts in unknown_ids:
            topics.append(
                OffsetFetchResponseTopics(
                    topic_id=tid,
                    partitions=[
                        OffsetFetchResponsePartitions(p, -1, -1, "", E.UNKNOWN_TOPIC_ID)
                        for p in parts
                    ],
                )
            )
        groups.append(OffsetFetchResponseGroup(g.group_id, topics, res.error))
    return fit_to_version(OffsetFetchResponse(groups=groups), version)


@REGISTRY.register(47, 0, 0)
async def offset_delete(
    broker: Broker, ctx: RequestContext, req: OffsetDeleteRequest
) -> OffsetDeleteResponse:
    wanted = [(t.name, p.partition_index) for t in req.topics for p in t.partitions]
    err, errors = coordinator(broker).delete_offsets(req.group_id, wanted)
    if err != E.NONE:
        return OffsetDeleteResponse(error_code=err)
    it = iter(errors)
    return OffsetDeleteResponse(
        error_code=E.NONE,
        topics=[
            OffsetDeleteResponseTopic(
                t.name,
                [OffsetDeleteResponsePartition(p.partition_index, next(it)) for p in t.partitions],
            )
            for t in req.topics
        ],
    )
