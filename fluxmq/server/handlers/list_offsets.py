"""ListOffsets (2): earliest, latest, max timestamp, and offset for a timestamp."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.list_offsets_request import ListOffsetsRequest
from ...protocol.messages.list_offsets_response import (
    ListOffsetsPartitionResponse,
    ListOffsetsResponse,
    ListOffsetsTopicResponse,
)
from ...storage import PartitionLog, UnknownTopicError
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

LATEST = -1
EARLIEST = -2
MAX_TIMESTAMP = -3
EARLIEST_LOCAL = -4
LATEST_TIERED = -5


def lookup(plog: PartitionLog, timestamp: int, read_committed: bool) -> tuple[int, int]:
    """(offset, timestamp) answering one ListOffsets partition."""
    if timestamp == LATEST:
        return (plog.last_stable_offset if read_committed else plog.high_watermark), -1
    if timestamp in (EARLIEST, EARLIEST_LOCAL):
        return plog.log_start_offset, -1
    if timestamp == LATEST_TIERED:
        return -1, -1  # no tiered storage: nothing was ever uploaded
    if timestamp == MAX_TIMESTAMP:
        found = plog.max_timestamp_offset()
    else:
        found = plog.offset_for_timestamp(timestamp)
    if found is None:
        return -1, -1
    return found


@REGISTRY.register(2, 1, 10)
async def handle(
    broker: Broker, ctx: RequestContext, req: ListOffsetsRequest
) -> ListOffsetsResponse:
    read_committed = req.isolation_level == 1
    topics = []
    for t in req.topics:
        parts = []
        for p in t.partitions:
            try:
                plog = broker.storage.get_log(t.name, p.partition_index)
            except UnknownTopicError:
                parts.append(
                    ListOffsetsPartitionResponse(p.partition_index, E.UNKNOWN_TOPIC_OR_PARTITION)
                )
                continue
            offset, ts = lookup(plog, p.timestamp, read_committed)
            parts.append(
                ListOffsetsPartitionResponse(
                    partition_index=p.partition_index,
                    error_code=0,
                    timestamp=ts,
                    offset=offset,
                    leader_epoch=0 if ctx.api_version >= 4 else -1,  # v4+ carries it
                )
            )
        topics.append(ListOffsetsTopicResponse(t.name, parts))
    return ListOffsetsResponse(throttle_time_ms=0, topics=topics)
