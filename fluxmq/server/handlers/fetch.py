"""Fetch (1): records up to the high watermark, long-polled; sessionless answers.

Fetch sessions are answered with session id 0, which every client treats as "send full
fetch requests"; topic ids (v13+) are resolved through the catalogue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import anyio

from ...protocol.messages.fetch_request import FetchRequest
from ...protocol.messages.fetch_response import (
    FetchableTopicResponse,
    FetchResponse,
    PartitionData,
)
from ...storage import OffsetOutOfRangeError, StorageError, UnknownTopicError
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


def _collect(
    broker: Broker, req: FetchRequest, version: int
) -> tuple[list[FetchableTopicResponse], int, list[tuple[str, int]], bool]:
    read_committed = req.isolation_level == 1
    remaining = req.max_bytes if req.max_bytes > 0 else 0
    total = 0
    errors = False
    watched: list[tuple[str, int]] = []
    by_id = broker.storage.catalog.by_id
    out = []
    for ft in req.topics:
        name = ft.topic
        if version >= 13:
            info = by_id.get(ft.topic_id)
            name = info.name if info is not None else ""
        parts = []
        for fp in ft.partitions:
            if version >= 13 and not name:
                parts.append(PartitionData(fp.partition, E.UNKNOWN_TOPIC_ID, -1, -1, -1))
                errors = True
                continue
            try:
                plog = broker.storage.get_log(name, fp.partition)
            except UnknownTopicError:
                parts.append(PartitionData(fp.partition, E.UNKNOWN_TOPIC_OR_PARTITION, -1, -1, -1))
                errors = True
                continue
            hw = plog.high_watermark
            lso = plog.last_stable_offset
            start = plog.log_start_offset
            # Kafka: the first partition with data returns at least one batch even past max_bytes.
            budget = min(fp.partition_max_bytes, remaining)
            try:
                data = plog.read(
                    fp.fetch_offset,
                    budget,
                    max_offset=lso if read_committed else hw,
                    min_one=total == 0,
                )
            except OffsetOutOfRangeError:
                parts.append(PartitionData(fp.partition, E.OFFSET_OUT_OF_RANGE, hw, lso, start))
                errors = True
                continue
            except StorageError:
                parts.append(PartitionData(fp.partition, E.KAFKA_STORAGE_ERROR, hw, lso, start))
                errors = True
                continue
            total += len(data)
            remaining = max(0, remaining - len(data))
            watched.append((name, fp.partition))
            parts.append(
                PartitionData(
                    partition_index=fp.partition,
                    error_code=0,
                    high_watermark=hw,
                    last_stable_offset=lso,
                    log_start_offset=start,
                    aborted_transactions=[] if read_committed else None,
                    preferred_read_replica=-1,
                    records=data,
                )
            )
        out.append(FetchableTopicResponse(ft.topic, ft.topic_id, parts))
    return out, total, watched, errors


@REGISTRY.register(1, 4, 18)
async def handle(broker: Broker, ctx: RequestContext, req: FetchRequest) -> FetchResponse:
    version = ctx.api_version
    responses, total, watched, errors = _collect(broker, req, version)
    if req.max_wait_ms > 0:
        deadline = anyio.current_time() + req.max_wait_ms / 1000
        while total < max(req.min_bytes, 1) and not errors and watched:
            left = deadline - anyio.current_time()
            if left <= 0:
                break
            await broker.wait_for_append(watched, left)
            responses, total, watched, errors = _collect(broker, req, version)
    return FetchResponse(throttle_time_ms=0, error_code=0, session_id=0, responses=responses)
