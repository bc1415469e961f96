"""Fetch (1): records up to the high watermark, long-polled, with incremental fetch sessions.

Topic ids (v13+) are resolved through the catalogue on every read, so a session outlives
neither the deletion nor the re-creation of its topics unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import anyio

from ...protocol.messages.fetch_request import FetchRequest
from ...protocol.messages.fetch_response import (
    FetchableTopicResponse,
    FetchResponse,
    PartitionData,
)
from ...storage import OffsetOutOfRangeError, StorageError, UnknownTopicError
from ..fetch_sessions import (
    FINAL_EPOCH,
    INITIAL_EPOCH,
    INVALID_SESSION_ID,
    CachedPartition,
    SessionKey,
    next_epoch,
)
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

_Collected = tuple[list[PartitionData], int, list[tuple[str, int]], bool]


def _requested(broker: Broker, req: FetchRequest, version: int) -> list[CachedPartition]:
    """The request's partitions, in request order."""
    by_id = broker.storage.catalog.by_id
    out = []
    for ft in req.topics:
        name = ft.topic
        if version >= 13:
            info = by_id.get(ft.topic_id)
            name = info.name if info is not None else ""
        for fp in ft.partitions:
            out.append(
                CachedPartition(
                    name, ft.topic_id, fp.partition, fp.fetch_offset, fp.partition_max_bytes
                )
            )
    return out


def _forgotten(req: FetchRequest, uses_topic_ids: bool) -> list[SessionKey]:
    return [
        (ft.topic_id if uses_topic_ids else ft.topic, p)
        for ft in req.forgotten_topics_data
        for p in ft.partitions
    ]


def _collect(
    broker: Broker, req: FetchRequest, version: int, targets: Sequence[CachedPartition]
) -> _Collected:
    read_committed = req.isolation_level == 1
    remaining = req.max_bytes if req.max_bytes > 0 else 0
    total = 0
    errors = False
    watched: list[tuple[str, int]] = []
    by_id = broker.storage.catalog.by_id
    out = []
    for t in targets:
        name = t.topic
        if version >= 13:
            info = by_id.get(t.topic_id)
            if info is None:
                out.append(PartitionData(t.partition, E.UNKNOWN_TOPIC_ID, -1, -1, -1))
                errors = True
                continue
            name = info.name
        try:
            plog = broker.storage.get_log(name, t.partition)
        except UnknownTopicError:
            out.append(PartitionData(t.partition, E.UNKNOWN_TOPIC_OR_PARTITION, -1, -1, -1))
            errors = True
            continue
        hw = plog.high_watermark
        lso = plog.last_stable_offset
        start = plog.log_start_offset
        # Kafka: the first partition with data returns at least one batch even past max_bytes.
        budget = min(t.max_bytes, remaining)
        try:
            data = plog.read(
                t.fetch_offset,
                budget,
                max_offset=lso if read_committed else hw,
                min_one=total == 0,
            )
        except OffsetOutOfRangeError:
            out.append(PartitionData(t.partition, E.OFFSET_OUT_OF_RANGE, hw, lso, start))
            errors = True
            continue
        except StorageError:
            out.append(PartitionData(t.partition, E.KAFKA_STORAGE_ERROR, hw, lso, start))
            errors = True
            continue
        total += len(data)
        remaining = max(0, remaining - len(data))
        watched.append((name, t.partition))
        out.append(
            PartitionData(
                partition_index=t.partition,
                error_code=0,
                high_watermark=hw,
                last_stable_offset=lso,
                log_start_offset=start,
                aborted_transactions=[] if read_committed else None,
                preferred_read_replica=-1,
                records=data,
            )
        )
    return out, total, watched, errors


async def _fetch(
    broker: Broker, req: FetchRequest, version: int, targets: Sequence[CachedPartition]
) -> list[PartitionData]:
    """Read `targets`; long-poll until min_bytes, max_wait_ms, an error or nothing to watch."""
    results, total, watched, errors = _collect(broker, req, version, targets)
    if req.max_wait_ms > 0:
        deadline = anyio.current_time() + req.max_wait_ms / 1000
        while total < max(req.min_bytes, 1) and not errors and watched:
            left = deadline - anyio.current_time()
            if left <= 0:
                break
            await broker.wait_for_append(watched, left)
            results, total, watched, errors = _collect(broker, req, version, targets)
    return results


def _grouped(
    answered: Iterable[tuple[CachedPartition, PartitionData]], version: int
) -> list[FetchableTopicResponse]:
    """Consecutive partitions of one topic share a topic entry, as in Kafka's responses."""
    topics: list[FetchableTopicResponse] = []
    key: object = None
    parts: list[PartitionData] = []
    for t, pd in answered:
        k = t.topic_id if version >= 13 else t.topic
        if not parts or k != key:
            parts = []
            name = "" if version >= 13 else t.topic
            topics.append(FetchableTopicResponse(name, t.topic_id, parts))
            key = k
        parts.append(pd)
    return topics


def _session_error(code: int, session_id: int = INVALID_SESSION_ID) -> FetchResponse:
    return FetchResponse(throttle_time_ms=0, error_code=code, session_id=session_id)


@REGISTRY.register(1, 4, 18)
async def handle(broker: Broker, ctx: RequestContext, req: FetchRequest) -> FetchResponse:
    version = ctx.api_version
    cache = broker.fetch_sessions
    uses_ids = version >= 13
    now = int(broker.clock() * 1000)
    sid, epoch = (req.session_id, req.session_epoch) if version >= 7 else (0, FINAL_EPOCH)
    session = None
    if epoch in (INITIAL_EPOCH, FINAL_EPOCH):  # a full request closes any session it names
        if sid != INVALID_SESSION_ID:
            cache.remove(sid)
        targets = _requested(broker, req, version)
    else:
        session = cache.get(sid)
        if session is None:
            return _session_error(E.FETCH_SESSION_ID_NOT_FOUND)
        if session.epoch != epoch:
            return _session_error(E.INVALID_FETCH_SESSION_EPOCH)
        if session.uses_topic_ids != uses_ids:
            return _session_error(E.FETCH_SESSION_TOPIC_ID_ERROR)
        requested = _requested(broker, req, version)
        session.update(requested, _forgotten(req, uses_ids))
        if session.partitions:
            cache.touch(session, now)
            session.epoch = next_epoch(epoch)
            targets = list(session.partitions.values())
        else:  # everything forgotten: the session ends
            cache.remove(sid)
            session = None
            targets = requested

    results = await _fetch(broker, req, version, targets)

    if session is not None:
        if session.epoch != next_epoch(epoch):  # the same epoch was used while we waited
            return _session_error(E.INVALID_FETCH_SESSION_EPOCH, session.id)
        answered = []
        for t, pd in zip(targets, results, strict=True):
            if t.must_respond(
                pd.error_code, pd.high_watermark, pd.log_start_offset, bool(pd.records)
            ):
                answered.append((t, pd))
                session.rotate(t)
        return FetchResponse(
            throttle_time_ms=0, session_id=session.id, responses=_grouped(answered, version)
        )
    new_id = INVALID_SESSION_ID
    if epoch == INITIAL_EPOCH and version >= 7:
        for t, pd in zip(targets, results, strict=True):
            t.high_watermark, t.log_start_offset = pd.high_watermark, pd.log_start_offset
        new_id = cache.create(now, targets, uses_ids)
    return FetchResponse(
        throttle_time_ms=0,
        session_id=new_id,
        responses=_grouped(zip(targets, results, strict=True), version),
    )
