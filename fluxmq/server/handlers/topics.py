"""CreateTopics (19), DeleteTopics (20), CreatePartitions (37)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from ...protocol.messages.create_partitions_request import CreatePartitionsRequest
from ...protocol.messages.create_partitions_response import (
    CreatePartitionsResponse,
    CreatePartitionsTopicResult,
)
from ...protocol.messages.create_topics_request import CreateTopicsRequest
from ...protocol.messages.create_topics_response import (
    CreatableTopicConfigs,
    CreatableTopicResult,
    CreateTopicsResponse,
)
from ...protocol.messages.delete_topics_request import DeleteTopicsRequest
from ...protocol.messages.delete_topics_response import DeletableTopicResult, DeleteTopicsResponse
from ...protocol.primitives import ZERO_UUID
from ...storage import ConfigError, UnknownTopicError
from ...storage.manager import valid_topic_name
from ..group_store import OFFSETS_TOPIC
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

CONFIG_SOURCE_TOPIC = 1
CONFIG_SOURCE_DEFAULT = 5


def replica_list_error(broker_ids: Sequence[int], node_id: int) -> str | None:
    """Why one manual replica list is invalid on this single-node cluster (None when valid),
    checked in Kafka's order (ReplicationControlManager.validateManualPartitionAssignment:
    in sorted order, an unknown broker before a repeated one). The decoded list is a tuple:
    compare elements, never `broker_ids != [node_id]`."""
    if not broker_ids:
        return "The manual partition assignment includes an empty replica list."
    previous = None
    for b in sorted(broker_ids):
        if b != node_id:
            return (
                f"The manual partition assignment includes broker {b}, "
                "but no such broker is registered."
            )
        if b == previous:
            return f"The manual partition assignment includes the broker {b} more than once."
        previous = b
    return None


def creatable_assignment_error(
    assignments: Sequence[tuple[int, Sequence[int]]], node_id: int
) -> str | None:
    """Why CreateTopics' manual assignments (partition index, replicas) are invalid, as
    Kafka 4 says it (INVALID_REPLICA_ASSIGNMENT); None when they are valid."""
    indexes: set[int] = set()
    for index, broker_ids in assignments:
        if index in indexes:
            return f"Found multiple manual partition assignments for partition {index}"
        indexes.add(index)
        why = replica_list_error(broker_ids, node_id)
        if why is not None:
            return why
    if indexes != set(range(len(indexes))):
        return "partitions should be a consecutive 0-based integer sequence"
    return None


@REGISTRY.register(19, 2, 7)
async def create_topics(
    broker: Broker, ctx: RequestContext, req: CreateTopicsRequest
) -> CreateTopicsResponse:
    results = []
    seen: set[str] = set()
    for t in req.topics:
        r = CreatableTopicResult(name=t.name, error_code=0, error_message=None)
        results.append(r)
        if t.name in seen:
            r.error_code, r.error_message = E.INVALID_REQUEST, "topic listed twice in one request"
            continue
        seen.add(t.name)
        partitions = broker.config.num_partitions if t.num_partitions == -1 else t.num_partitions
        rf = 1 if t.replication_factor == -1 else t.replication_factor
        configs = {c.name: c.value for c in t.configs if c.value is not None}
        if not valid_topic_name(t.name):
            r.error_code, r.error_message = (
                E.INVALID_TOPIC_EXCEPTION,
                f"invalid topic name {t.name!r}",
            )
        elif t.name in broker.storage.catalog.topics:
            r.error_code, r.error_message = (
                E.TOPIC_ALREADY_EXISTS,
                f"topic {t.name!r} already exists",
            )
        elif t.assignments:
            # Kafka 4: INVALID_REQUEST when a count is given alongside the assignment.
            why = creatable_assignment_error(
                [(a.partition_index, a.broker_ids) for a in t.assignments], broker.node_id
            )
            if t.replication_factor != -1:
                r.error_code = E.INVALID_REQUEST
                r.error_message = (
                    "A manual partition assignment was specified, "
                    "but replication factor was not set to -1."
                )
            elif t.num_partitions != -1:
                r.error_code = E.INVALID_REQUEST
                r.error_message = (
                    "A manual partition assignment was specified, "
                    "but numPartitions was not set to -1."
                )
            elif why is not None:
                r.error_code, r.error_message = E.INVALID_REPLICA_ASSIGNMENT, why
            else:
                partitions = len(t.assignments)
        elif partitions < 1:
            r.error_code, r.error_message = E.INVALID_PARTITIONS, "partitions must be at least 1"
        elif rf != 1:
            r.error_code = E.INVALID_REPLICATION_FACTOR
            r.error_message = f"replication factor {rf} is larger than the 1 available broker"
        if r.error_code:
            continue
        try:
            cfg = broker.config.log.with_overrides(configs)
        except ConfigError as e:
            r.error_code, r.error_message = E.INVALID_CONFIG, str(e)
            continue
        if not req.validate_only:
            info = broker.create_topic(t.name, partitions, configs)
            r.topic_id = info.topic_id
        r.num_partitions = partitions
        r.replication_factor = 1
        r.configs = [
            CreatableTopicConfigs(
                name=k,
                value=v,
                read_only=False,
                config_source=CONFIG_SOURCE_TOPIC if k in configs else CONFIG_SOURCE_DEFAULT,
                is_sensitive=False,
            )
            for k, v in sorted(cfg.as_kafka().items())
        ]
    return CreateTopicsResponse(throttle_time_ms=0, topics=results)


@REGISTRY.register(20, 1, 6)
async def delete_topics(
    broker: Broker, ctx: RequestContext, req: DeleteTopicsRequest
) -> DeleteTopicsResponse:
    wanted: list[tuple[str | None, UUID]] = [(n, ZERO_UUID) for n in req.topic_names]
    wanted += [(t.name, t.topic_id) for t in req.topics]
    results = []
    catalog = broker.storage.catalog
    for name, topic_id in wanted:
        info = catalog.topics.get(name) if name is not None else catalog.by_id.get(topic_id)
        if info is None:
            code = E.UNKNOWN_TOPIC_OR_PARTITION if name is not None else E.UNKNOWN_TOPIC_ID
            what = f"topic {name!r}" if name is not None else f"topic id {topic_id}"
            results.append(
                DeletableTopicResult(
                    name=name, error_code=code, error_message=f"{what} does not exist"
                )
            )
            continue
        if info.name == OFFSETS_TOPIC and broker.groups is not None:
            results.append(
                DeletableTopicResult(
                    info.name,
                    info.topic_id,
                    E.INVALID_TOPIC_EXCEPTION,
                    "the group coordinator's internal topic cannot be deleted",
                )
            )
            continue
        if not broker.config.delete_topic_enable:
            results.append(
                DeletableTopicResult(info.name, info.topic_id, 73, "topic deletion is disabled")
            )
            continue
        try:
            broker.delete_topic(info.name)
        except UnknownTopicError:
            results.append(
                DeletableTopicResult(info.name, info.topic_id, E.UNKNOWN_TOPIC_OR_PARTITION)
            )
            continue
        results.append(DeletableTopicResult(info.name, info.topic_id, 0, None))
    return DeleteTopicsResponse(throttle_time_ms=0, responses=results)


@REGISTRY.register(37, 0, 3)
async def create_partitions(
    broker: Broker, ctx: RequestContext, req: CreatePartitionsRequest
) -> CreatePartitionsResponse:
    results = []
    for t in req.topics:
        info = broker.storage.catalog.topics.get(t.name)
        if info is None:
            results.append(
                CreatePartitionsTopicResult(
                    t.name, E.UNKNOWN_TOPIC_OR_PARTITION, f"topic {t.name!r} does not exist"
                )
            )
        elif t.count <= info.partitions:
            results.append(
                CreatePartitionsTopicResult(
                    t.name,
                    E.INVALID_PARTITIONS,
                    f"topic has {info.partitions} partitions; {t.count} would not add any",
                )
            )
        elif t.assignments is not None and (
            why := _new_partitions_assignment_error(
                [a.broker_ids for a in t.assignments], t.count - info.partitions, broker.node_id
            )
        ):
            results.append(CreatePartitionsTopicResult(t.name, E.INVALID_REPLICA_ASSIGNMENT, why))
        else:
            if not req.validate_only:
                broker.storage.create_partitions(t.name, t.count)
            results.append(CreatePartitionsTopicResult(t.name, 0, None))
    return CreatePartitionsResponse(throttle_time_ms=0, results=results)


def _new_partitions_assignment_error(
    assignments: Sequence[Sequence[int]], additional: int, node_id: int
) -> str | None:
    """Why CreatePartitions' assignments (one replica list per new partition) are invalid,
    in Kafka's words; None when they are valid."""
    if len(assignments) != additional:
        return (
            f"Attempted to add {additional} additional partition(s), "
            f"but only {len(assignments)} assignment(s) were specified."
        )
    for broker_ids in assignments:
        why = replica_list_error(broker_ids, node_id)
        if why is not None:
            return why
    return None
