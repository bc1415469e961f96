"""DescribeConfigs (32), AlterConfigs (33), IncrementalAlterConfigs (44): topic and broker.

Topic configs are stored overrides over the broker's log.* defaults. Broker configs are
static (server.properties): described, not altered (an incremental DELETE of a dynamic broker
value finds none and succeeds, as in Kafka).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...protocol.messages.alter_configs_request import AlterConfigsRequest
from ...protocol.messages.alter_configs_response import (
    AlterConfigsResourceResponse,
    AlterConfigsResponse,
)
from ...protocol.messages.describe_configs_request import DescribeConfigsRequest
from ...protocol.messages.describe_configs_response import (
    DescribeConfigsResourceResult,
    DescribeConfigsResponse,
    DescribeConfigsResult,
    DescribeConfigsSynonym,
)
from ...protocol.messages.incremental_alter_configs_request import (
    AlterableConfig,
    IncrementalAlterConfigsRequest,
)
from ...protocol.messages.incremental_alter_configs_response import (
    AlterConfigsResourceResponse as IncResourceResponse,
)
from ...protocol.messages.incremental_alter_configs_response import (
    IncrementalAlterConfigsResponse,
)
from ...storage import ConfigError
from ...storage.config import TOPIC_CONFIGS
from ..config import BROKER_KEYS
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

TOPIC = 2
BROKER = 4
BROKER_LOGGER = 8
SOURCE_TOPIC = 1
SOURCE_STATIC_BROKER = 4
SOURCE_DEFAULT = 5
# config types (DescribeConfigs v3+)
BOOLEAN, STRING, INT, LONG, DOUBLE, LIST = 1, 2, 3, 5, 6, 7
_INT_KEYS = {
    "segment.bytes",
    "segment.index.bytes",
    "index.interval.bytes",
    "max.message.bytes",
    "min.insync.replicas",
}
OP_SET, OP_DELETE, OP_APPEND, OP_SUBTRACT = 0, 1, 2, 3


def _type_of(name: str) -> int:
    parse = TOPIC_CONFIGS[name][1]
    if parse is int:
        return INT if name in _INT_KEYS else LONG
    if parse is float:
        return DOUBLE
    if name == "cleanup.policy":
        return LIST
    if name in ("unclean.leader.election.enable", "preallocate"):
        return BOOLEAN
    return STRING


def _describe_topic(
    broker: Broker, name: str, keys: Sequence[str] | None, synonyms: bool
) -> DescribeConfigsResult:
    info = broker.storage.catalog.topics.get(name)
    if info is None:
        return DescribeConfigsResult(
            E.UNKNOWN_TOPIC_OR_PARTITION, f"topic {name!r} does not exist", TOPIC, name
        )
    values = info.log_config(broker.config.log).as_kafka()
    defaults = broker.config.log.as_kafka()
    configs = []
    for key in sorted(values):
        if keys is not None and key not in keys:
            continue
        broker_keys = [k for k in BROKER_KEYS.get(key, ()) if k in broker.config.extra]
        if key in info.configs:
            source = SOURCE_TOPIC
        elif broker_keys:
            source = SOURCE_STATIC_BROKER
        else:
            source = SOURCE_DEFAULT
        syns = []
        if synonyms:
            if key in info.configs:
                syns.append(DescribeConfigsSynonym(key, values[key], SOURCE_TOPIC))
            if broker_keys:
                syns.append(
                    DescribeConfigsSynonym(broker_keys[0], defaults[key], SOURCE_STATIC_BROKER)
                )
            else:
                syns.append(DescribeConfigsSynonym(key, defaults[key], SOURCE_DEFAULT))
        configs.append(
            DescribeConfigsResourceResult(
                name=key,
                value=values[key],
                read_only=False,
                config_source=source,
                is_sensitive=False,
                synonyms=syns,
                config_type=_type_of(key),
                documentation=None,
            )
        )
    return DescribeConfigsResult(0, None, TOPIC, name, configs)


def _describe_broker(
    broker: Broker, name: str, keys: Sequence[str] | None
) -> DescribeConfigsResult:
    if name not in ("", str(broker.node_id)):
        return DescribeConfigsResult(E.INVALID_REQUEST, f"no broker {name!r} here", BROKER, name)
    c = broker.config
    values = {
        "node.id": str(c.broker_id),
        "broker.id": str(c.broker_id),
        "listeners": f"PLAINTEXT://{c.host}:{c.port}",
        "advertised.listeners": "PLAINTEXT://{}:{}".format(*c.advertised),
        "log.dirs": c.data_dir,
        "num.partitions": str(c.num_partitions),
        "auto.create.topics.enable": str(c.auto_create_topics).lower(),
        "delete.topic.enable": str(c.delete_topic_enable).lower(),
        "socket.request.max.bytes": str(c.socket_request_max_bytes),
        "message.max.bytes": str(c.log.max_message_bytes),
        "log.segment.bytes": str(c.log.segment_bytes),
        "log.retention.ms": str(c.log.retention_ms),
        "log.retention.bytes": str(c.log.retention_bytes),
        "log.cleanup.policy": c.log.cleanup_policy,
        "group.initial.rebalance.delay.ms": str(c.group.initial_rebalance_delay_ms),
        "group.min.session.timeout.ms": str(c.group.min_session_timeout_ms),
        "group.max.session.timeout.ms": str(c.group.max_session_timeout_ms),
        "group.max.size": str(c.group.max_size),
        "offsets.topic.num.partitions": str(c.group.offsets_topic_partitions),
        "offsets.retention.minutes": str(c.group.offsets_retention_ms // 60_000),
        "offset.metadata.max.bytes": str(c.group.offset_metadata_max_bytes),
        "group.consumer.session.timeout.ms": str(c.group.consumer_session_timeout_ms),
        "group.consumer.heartbeat.interval.ms": str(c.group.consumer_heartbeat_interval_ms),
        "group.consumer.assignors": ",".join(c.group.consumer_assignors),
    }
    configs = [
        DescribeConfigsResourceResult(
            name=k,
            value=v,
            read_only=True,
            config_source=SOURCE_STATIC_BROKER if k in c.extra else SOURCE_DEFAULT,
            is_sensitive=False,
            config_type=STRING,
            documentation=None,
        )
        for k, v in sorted(values.items())
        if keys is None or k in keys
    ]
    return DescribeConfigsResult(0, None, BROKER, name, configs)


@REGISTRY.register(32, 1, 4)
async def describe_configs(
    broker: Broker, ctx: RequestContext, req: DescribeConfigsRequest
) -> DescribeConfigsResponse:
    results = []
    for r in req.resources:
        keys = r.configuration_keys or None
        if r.resource_type == TOPIC:
            results.append(_describe_topic(broker, r.resource_name, keys, req.include_synonyms))
        elif r.resource_type == BROKER:
            results.append(_describe_broker(broker, r.resource_name, keys))
        else:
            results.append(
                DescribeConfigsResult(
                    E.INVALID_REQUEST, "unsupported resource type", r.resource_type, r.resource_name
                )
            )
    return DescribeConfigsResponse(throttle_time_ms=0, results=results)


def _apply(
    broker: Broker, topic: str, new: dict[str, str], validate_only: bool
) -> tuple[int, str | None]:
    if topic not in broker.storage.catalog.topics:
        return E.UNKNOWN_TOPIC_OR_PARTITION, f"topic {topic!r} does not exist"
    try:
        broker.config.log.with_overrides(new)
        if not validate_only:
            broker.storage.alter_topic_configs(topic, new)
    except ConfigError as e:
        return E.INVALID_CONFIG, str(e)
    return 0, None


@REGISTRY.register(33, 0, 2)
async def alter_configs(
    broker: Broker, ctx: RequestContext, req: AlterConfigsRequest
) -> AlterConfigsResponse:
    out = []
    for r in req.resources:
        if r.resource_type != TOPIC:
            out.append(
                AlterConfigsResourceResponse(
                    E.INVALID_REQUEST,
                    "broker configs are static (server.properties)",
                    r.resource_type,
                    r.resource_name,
                )
            )
            continue
        new = {c.name: c.value for c in r.configs if c.value is not None}
        code, msg = _apply(broker, r.resource_name, new, req.validate_only)
        out.append(AlterConfigsResourceResponse(code, msg, r.resource_type, r.resource_name))
    return AlterConfigsResponse(throttle_time_ms=0, responses=out)


def _alter_broker(
    broker: Broker, resource_type: int, name: str, configs: Sequence[AlterableConfig]
) -> tuple[int, str | None]:
    """IncrementalAlterConfigs on a broker: nothing is dynamic, so deleting a dynamic value
    (this node's or the cluster default's) finds none and succeeds, as in Kafka; kafka-reassign-
    partitions --verify clears the replication throttles that way. Setting one is an error."""
    if resource_type == BROKER and name not in ("", str(broker.node_id)):
        return (
            E.INVALID_REQUEST,
            f"Unexpected broker id, expected {broker.node_id}, but received {name}",
        )
    if resource_type == BROKER and all(c.config_operation == OP_DELETE for c in configs):
        return 0, None
    return E.INVALID_REQUEST, "broker configs are static (server.properties)"


@REGISTRY.register(44, 0, 1)
async def incremental_alter_configs(
    broker: Broker, ctx: RequestContext, req: IncrementalAlterConfigsRequest
) -> IncrementalAlterConfigsResponse:
    out = []
    for r in req.resources:
        if r.resource_type != TOPIC:
            code, msg = _alter_broker(broker, r.resource_type, r.resource_name, r.configs)
            out.append(IncResourceResponse(code, msg, r.resource_type, r.resource_name))
            continue
        info = broker.storage.catalog.topics.get(r.resource_name)
        if info is None:
            out.append(
                IncResourceResponse(
                    E.UNKNOWN_TOPIC_OR_PARTITION,
                    f"topic {r.resource_name!r} does not exist",
                    r.resource_type,
                    r.resource_name,
                )
            )
            continue
        new = dict(info.configs)
        current = info.log_config(broker.config.log).as_kafka()
        error: tuple[int, str] | None = None
        for c in r.configs:
            if c.config_operation == OP_DELETE:
                # Kafka accepts deleting any name; one never set (e.g. the replication
                # throttles kafka-reassign-partitions --verify clears) is a no-op
                new.pop(c.name, None)
                continue
            if c.name not in TOPIC_CONFIGS:
                error = (E.INVALID_CONFIG, f"unknown topic config {c.name!r}")
                break
            if c.config_operation == OP_SET:
                if c.value is None:
                    error = (E.INVALID_CONFIG, f"null value for {c.name}")
                    break
                new[c.name] = c.value
            elif c.config_operation in (OP_APPEND, OP_SUBTRACT):
                if _type_of(c.name) != LIST or c.value is None:
                    error = (E.INVALID_CONFIG, f"{c.name} is not a list config")
                    break
                items = [x for x in new.get(c.name, current[c.name]).split(",") if x]
                given = [x.strip() for x in c.value.split(",") if x.strip()]
                if c.config_operation == OP_APPEND:
                    items += [x for x in given if x not in items]
                else:
                    items = [x for x in items if x not in given]
                new[c.name] = ",".join(items)
            else:
                error = (E.INVALID_REQUEST, f"unknown config operation {c.config_operation}")
                break
        if error is None:
            code, msg = _apply(broker, r.resource_name, new, req.validate_only)
        else:
            code, msg = error
        out.append(IncResourceResponse(code, msg, r.resource_type, r.resource_name))
    return IncrementalAlterConfigsResponse(throttle_time_ms=0, responses=out)
