"""CreateTopics (19), DeleteTopics (20), CreatePartitions (37)."""

from __future__ import annotations

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
            bad = [a for a in t.assignments if a.broker_ids != [broker.node_id]]
            if bad or t.num_partitions != -1 or t.replication_factor != -1:
                r.error_code = E.INVALID_REPLICA_ASSIGNMENT
                r.error_message = f"replicas can only be assigned to broker {broker.node_id}"
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
        elif t.assignments and any(a.broker_ids != [broker.node_id] for a in t.assignments):
            results.append(
                CreatePartitionsTopicResult(
                    t.name, E.INVALID_REPLICA_ASSIGNMENT, f"only broker {broker.node_id} exists"
                )
            )
        else:
            if not req.validate_only:
                broker.storage.create_partitions(t.name, t.count)
            results.append(CreatePartitionsTopicResult(t.name, 0, None))
    return CreatePartitionsResponse(throttle_time_ms=0, results=results)
