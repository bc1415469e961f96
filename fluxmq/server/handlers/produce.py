"""Produce (0): validate each batch, enforce idempotence, append, answer per partition.

Advertised from v0 because librdkafka needs that to compress (KAFKA-18659), served from v3:
the generated protocol has no v0-2 and those versions are refused at the connection.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...coordinator.producers import (
    BatchMetadata,
    DuplicateBatch,
    InvalidProducerEpoch,
    OutOfOrderSequence,
)
from ...protocol.messages.produce_request import ProduceRequest
from ...protocol.messages.produce_response import (
    PartitionProduceResponse,
    ProduceResponse,
    TopicProduceResponse,
)
from ...protocol.records import ProduceLimits, RecordError, TimestampType, validate_produce
from ...storage import LogConfig, StorageError, UnknownTopicError
from ..group_store import OFFSETS_TOPIC
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

log = logging.getLogger(__name__)


def limits_for(cfg: LogConfig) -> ProduceLimits:
    return ProduceLimits(
        max_batch_bytes=cfg.max_message_bytes,
        compacted=cfg.compact,
        timestamp_type=(
            TimestampType.LOG_APPEND_TIME
            if cfg.message_timestamp_type == "LogAppendTime"
            else TimestampType.CREATE_TIME
        ),
        timestamp_before_max_ms=cfg.message_timestamp_before_max_ms,
        timestamp_after_max_ms=cfg.message_timestamp_after_max_ms,
    )


async def _append_one(
    broker: Broker, topic: str, partition: int, records: object, version: int
) -> PartitionProduceResponse:
    if topic == OFFSETS_TOPIC:
        # Only the group coordinator writes its log (Kafka: internal topics refuse clients).
        return PartitionProduceResponse(
            partition,
            E.INVALID_TOPIC_EXCEPTION,
            -1,
            error_message=f"{topic} is internal: clients cannot produce to it",
        )
    try:
        plog = broker.storage.get_log(topic, partition)
    except UnknownTopicError:
        return PartitionProduceResponse(partition, E.UNKNOWN_TOPIC_OR_PARTITION, -1)
    try:
        now = int(broker.clock() * 1000)
        batch = validate_produce(
            records,  # type: ignore[arg-type]
            produce_version=version,
            limits=limits_for(plog.config),
            now_ms=now,
            # Kafka's LogValidator reads every record before appending: a batch whose CRC
            # holds but whose records do not parse would stall every consumer.
            check_records=True,
        )
    except RecordError as e:
        return PartitionProduceResponse(
            partition,
            e.error_code,
            -1,
            error_message=str(e),
            log_start_offset=plog.log_start_offset,
        )
    pid = batch.producer_id
    state = None
    if pid >= 0:
        state = broker.producers(topic, partition)
        try:
            state.check(pid, batch.producer_epoch, batch.base_sequence, batch.last_sequence)
        except DuplicateBatch as dup:
            return PartitionProduceResponse(
                partition, E.NONE, dup.original.base_offset, -1, plog.log_start_offset
            )
        except (OutOfOrderSequence, InvalidProducerEpoch) as e:
            return PartitionProduceResponse(
                partition,
                e.error_code,
                -1,
                error_message=str(e),
                log_start_offset=plog.log_start_offset,
            )
    try:
        info = await broker.storage.append(topic, partition, batch.view)
    except StorageError as e:
        log.error("append to %s-%d failed: %s", topic, partition, e)
        return PartitionProduceResponse(partition, E.KAFKA_STORAGE_ERROR, -1, error_message=str(e))
    if state is not None:
        state.record(
            pid,
            batch.producer_epoch,
            BatchMetadata(
                batch.base_sequence,
                batch.last_sequence,
                info.base_offset,
                info.last_offset,
                batch.max_timestamp,
            ),
        )
    broker.notify_append(topic, partition)
    return PartitionProduceResponse(
        partition, E.NONE, info.base_offset, info.log_append_time, info.log_start_offset
    )


@REGISTRY.register(0, 3, 13, advertised_min=0)
async def handle(
    broker: Broker, ctx: RequestContext, req: ProduceRequest
) -> ProduceResponse | None:
    version = ctx.api_version
    by_id = broker.storage.catalog.by_id
    responses = []
    valid_acks = req.acks in (-1, 0, 1)
    for td in req.topic_data:
        name = td.name
        if version >= 13:
            info = by_id.get(td.topic_id)
            name = info.name if info is not None else ""
        parts = []
        for pd in td.partition_data:
            if not valid_acks:
                parts.append(PartitionProduceResponse(pd.index, E.INVALID_REQUIRED_ACKS, -1))
            elif version >= 13 and not name:
                parts.append(PartitionProduceResponse(pd.index, E.UNKNOWN_TOPIC_ID, -1))
            else:
                parts.append(await _append_one(broker, name, pd.index, pd.records, version))
        responses.append(TopicProduceResponse(td.name, td.topic_id, parts))
    if req.acks == 0:
        return None
    return ProduceResponse(responses=responses)
