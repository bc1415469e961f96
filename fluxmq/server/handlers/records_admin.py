"""DeleteRecords (21) and OffsetForLeaderEpoch (23).

Every batch on this single broker is written in leader epoch 0, so epoch 0 ends at the log end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.delete_records_request import DeleteRecordsRequest
from ...protocol.messages.delete_records_response import (
    DeleteRecordsPartitionResult,
    DeleteRecordsResponse,
    DeleteRecordsTopicResult,
)
from ...protocol.messages.offset_for_leader_epoch_request import OffsetForLeaderEpochRequest
from ...protocol.messages.offset_for_leader_epoch_response import (
    EpochEndOffset,
    OffsetForLeaderEpochResponse,
    OffsetForLeaderTopicResult,
)
from ...storage import OffsetOutOfRangeError, StorageError, UnknownTopicError
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

LEADER_EPOCH = 0


@REGISTRY.register(21, 0, 2)
async def delete_records(
    broker: Broker, ctx: RequestContext, req: DeleteRecordsRequest
) -> DeleteRecordsResponse:
    topics = []
    for t in req.topics:
        parts = []
        for p in t.partitions:
            try:
                plog = broker.storage.get_log(t.name, p.partition_index)
                if not plog.config.delete:
                    # Kafka: a compact-only log keeps every key's latest record by contract.
                    parts.append(
                        DeleteRecordsPartitionResult(p.partition_index, -1, E.POLICY_VIOLATION)
                    )
                    continue
                offset = plog.high_watermark if p.offset == -1 else p.offset
                low = await broker.storage.delete_records(t.name, p.partition_index, offset)
                parts.append(DeleteRecordsPartitionResult(p.partition_index, low, 0))
            except UnknownTopicError:
                parts.append(
                    DeleteRecordsPartitionResult(
                        p.partition_index, -1, E.UNKNOWN_TOPIC_OR_PARTITION
                    )
                )
            except OffsetOutOfRangeError:
                parts.append(
                    DeleteRecordsPartitionResult(p.partition_index, -1, E.OFFSET_OUT_OF_RANGE)
                )
            except StorageError:
                parts.append(
                    DeleteRecordsPartitionResult(p.partition_index, -1, E.KAFKA_STORAGE_ERROR)
                )
        topics.append(DeleteRecordsTopicResult(t.name, parts))
    return DeleteRecordsResponse(throttle_time_ms=0, topics=topics)


@REGISTRY.register(23, 2, 4)
async def offset_for_leader_epoch(
    broker: Broker, ctx: RequestContext, req: OffsetForLeaderEpochRequest
) -> OffsetForLeaderEpochResponse:
    topics = []
    for t in req.topics:
        parts = []
        for p in t.partitions:
            plog = broker.storage.logs.get((t.topic, p.partition))
            if plog is None:
                parts.append(EpochEndOffset(E.UNKNOWN_TOPIC_OR_PARTITION, p.partition))
            elif p.current_leader_epoch > LEADER_EPOCH:
                parts.append(EpochEndOffset(E.UNKNOWN_LEADER_EPOCH, p.partition))
            elif p.leader_epoch < LEADER_EPOCH:
                parts.append(EpochEndOffset(0, p.partition, -1, -1))
            else:
                parts.append(EpochEndOffset(0, p.partition, LEADER_EPOCH, plog.log_end_offset))
        topics.append(OffsetForLeaderTopicResult(t.topic, parts))
    return OffsetForLeaderEpochResponse(throttle_time_ms=0, topics=topics)
