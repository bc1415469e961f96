"""fluxmq-server settings: defaults < server.properties file < FLUXMQ_* environment < flags.

Keys are Kafka's server.properties names; `log.*` topic defaults map onto LogConfig.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from ..coordinator.group_coordinator import GroupConfig
from ..storage.config import ConfigError, LogConfig, parse_long, parse_topic_config

__all__ = ["ServerConfig", "load_properties", "parse_listener"]

# server.properties log.* key -> topic config name (LogConfig.with_overrides)
_LOG_KEYS: Final = {
    "log.segment.bytes": "segment.bytes",
    "log.roll.ms": "segment.ms",
    "log.index.interval.bytes": "index.interval.bytes",
    "log.index.size.max.bytes": "segment.index.bytes",
    "log.retention.ms": "retention.ms",
    "log.retention.bytes": "retention.bytes",
    "log.cleanup.policy": "cleanup.policy",
    "log.cleaner.delete.retention.ms": "delete.retention.ms",
    "log.cleaner.min.cleanable.ratio": "min.cleanable.dirty.ratio",
    "log.flush.interval.messages": "flush.messages",
    "log.flush.interval.ms": "flush.ms",
    "log.message.timestamp.type": "message.timestamp.type",
    "message.max.bytes": "max.message.bytes",
    "min.insync.replicas": "min.insync.replicas",
    "compression.type": "compression.type",
}


# server.properties group coordinator key -> GroupConfig field (values in ms unless noted)
_GROUP_KEYS: Final = {
    "group.initial.rebalance.delay.ms": "initial_rebalance_delay_ms",
    "group.min.session.timeout.ms": "min_session_timeout_ms",
    "group.max.session.timeout.ms": "max_session_timeout_ms",
    "group.max.size": "max_size",
    "offsets.retention.check.interval.ms": "offsets_retention_check_interval_ms",
    "offset.metadata.max.bytes": "offset_metadata_max_bytes",
    "offsets.topic.num.partitions": "offsets_topic_partitions",
    "group.consumer.session.timeout.ms": "consumer_session_timeout_ms",
    "group.consumer.min.session.timeout.ms": "consumer_min_session_timeout_ms",
    "group.consumer.max.session.timeout.ms": "consumer_max_session_timeout_ms",
    "group.consumer.heartbeat.interval.ms": "consumer_heartbeat_interval_ms",
    "group.consumer.min.heartbeat.interval.ms": "consumer_min_heartbeat_interval_ms",
    "group.consumer.max.heartbeat.interval.ms": "consumer_max_heartbeat_interval_ms",
    "group.consumer.max.size": "consumer_max_size",
}


# topic config name -> the server.properties keys that set its broker-wide default
BROKER_KEYS: Final = {
    **{v: [k] for k, v in _LOG_KEYS.items()},
    "retention.ms": ["log.retention.ms", "log.retention.minutes", "log.retention.hours"],
    "segment.ms": ["log.roll.ms", "log.roll.hours"],
}


def load_properties(path: str) -> dict[str, str]:
    """A Java .properties file (key=value or key: value, # and ! comments, \\ continuations)."""
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        pending = ""
        for raw in f:
            line = raw.rstrip("\n")
            if pending:
                line = pending + line.lstrip()
                pending = ""
            stripped = line.strip()
            if not stripped or stripped[0] in "#!":
                continue
            if stripped.endswith("\\") and not stripped.endswith("\\\\"):
                pending = stripped[:-1]
                continue
            for i, ch in enumerate(stripped):
                if ch in "=:":
                    out[stripped[:i].strip()] = stripped[i + 1 :].strip()
                    break
            else:
                out[stripped] = ""
    return out


def parse_listener(value: str) -> tuple[str, int]:
    """First listener of `PLAINTEXT://host:port[,...]` as (host, port)."""
    first = value.split(",")[0].strip()
    if "://" in first:
        first = first.split("://", 1)[1]
    host, _, port = first.rpartition(":")
    if not port.isdigit():
        raise ConfigError(f"bad listener {value!r}: expected PLAINTEXT://host:port")
    return host.strip("[]") or "0.0.0.0", int(port)


def _positive(key: str, value: int) -> int:
    if value < 0:
        raise ValueError(f"{key} must not be negative")
    return value


def _assignors(value: str) -> tuple[str, ...]:
    names = []
    for item in value.split(","):
        name = item.strip().rsplit(".", 1)[-1]  # Kafka also takes class names
        name = {"UniformAssignor": "uniform", "RangeAssignor": "range"}.get(name, name)
        if name not in ("uniform", "range"):
            raise ValueError(f"unknown server-side assignor {item.strip()!r}")
        names.append(name)
    if not names:
        raise ValueError("at least one assignor is needed")
    return tuple(names)


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 9092
    advertised_host: str | None = None
    advertised_port: int | None = None
    data_dir: str = "./data"
    broker_id: int = 0
    log_level: str = "INFO"
    enable_consumer_groups: bool = True
    recovery_mode: str = "auto"
    num_partitions: int = 1
    default_replication_factor: int = 1
    auto_create_topics: bool = True
    delete_topic_enable: bool = True
    socket_request_max_bytes: int = 100 * 1024 * 1024
    max_connections: int = 1000
    connections_max_idle_ms: int = 600_000
    fetch_session_cache_slots: int = 1000
    offsets_topic_segment_bytes: int = 100 * 1024 * 1024
    log_retention_check_interval_ms: int = 300_000
    log_flush_scheduler_interval_ms: int = 1000
    log: LogConfig = field(default_factory=LogConfig)
    group: GroupConfig = field(default_factory=GroupConfig)
    extra: Mapping[str, str] = field(default_factory=dict)  # every key given, for DescribeConfigs

    @property
    def advertised(self) -> tuple[str, int]:
        host = self.advertised_host or self.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        return host, self.advertised_port or self.port

    def with_properties(self, props: Mapping[str, str]) -> ServerConfig:
        """Apply server.properties-style keys (unknown keys are kept in `extra`, not fatal)."""
        c: dict[str, object] = {}
        log_overrides: dict[str, str] = {}
        group: dict[str, object] = {}
        extra = dict(self.extra)
        for key, value in props.items():
            extra[key] = value
            try:
                if key == "listeners":
                    c["host"], c["port"] = parse_listener(value)
                elif key == "advertised.listeners":
                    c["advertised_host"], c["advertised_port"] = parse_listener(value)
                elif key in ("log.dirs", "log.dir"):
                    c["data_dir"] = value.split(",")[0].strip()
                elif key in ("node.id", "broker.id"):
                    c["broker_id"] = parse_long(value)
                elif key == "num.partitions":
                    c["num_partitions"] = parse_long(value)
                elif key == "default.replication.factor":
                    c["default_replication_factor"] = parse_long(value)
                elif key == "auto.create.topics.enable":
                    c["auto_create_topics"] = value.lower() == "true"
                elif key == "delete.topic.enable":
                    c["delete_topic_enable"] = value.lower() == "true"
                elif key == "socket.request.max.bytes":
                    c["socket_request_max_bytes"] = parse_long(value)
                elif key == "max.connections":
                    c["max_connections"] = parse_long(value)
                elif key == "connections.max.idle.ms":
                    c["connections_max_idle_ms"] = parse_long(value)
                elif key == "max.incremental.fetch.session.cache.slots":
                    c["fetch_session_cache_slots"] = parse_long(value)
                elif key in _GROUP_KEYS:
                    group[_GROUP_KEYS[key]] = _positive(key, parse_long(value))
                elif key == "offsets.retention.minutes":
                    group["offsets_retention_ms"] = _positive(key, parse_long(value)) * 60_000
                elif key == "group.consumer.assignors":
                    group["consumer_assignors"] = _assignors(value)
                elif key == "offsets.topic.segment.bytes":
                    c["offsets_topic_segment_bytes"] = _positive(key, parse_long(value))
                elif key == "log.retention.check.interval.ms":
                    c["log_retention_check_interval_ms"] = parse_long(value)
                elif key == "log.flush.scheduler.interval.ms":
                    c["log_flush_scheduler_interval_ms"] = parse_long(value)
                elif key == "log.retention.hours":
                    log_overrides["retention.ms"] = str(parse_long(value) * 3600 * 1000)
                elif key == "log.retention.minutes":
                    log_overrides["retention.ms"] = str(parse_long(value) * 60 * 1000)
                elif key == "log.roll.hours":
                    log_overrides["segment.ms"] = str(parse_long(value) * 3600 * 1000)
                elif key in _LOG_KEYS:
                    parse_topic_config(_LOG_KEYS[key], value)  # refused under the key given
                    log_overrides[_LOG_KEYS[key]] = value
            except ValueError as e:
                raise ConfigError(f"invalid value {value!r} for {key}: {e}") from None
        # Kafka's precedence among the retention keys: ms over minutes over hours.
        if "log.retention.ms" in props:
            log_overrides["retention.ms"] = props["log.retention.ms"]
        cfg = replace(self, **c, extra=extra)  # type: ignore[arg-type]
        if group:
            cfg = replace(cfg, group=replace(cfg.group, **group))  # type: ignore[arg-type]
        return replace(cfg, log=cfg.log.with_overrides(log_overrides))

    @classmethod
    def from_sources(
        cls,
        *,
        file: str | None = None,
        env: Mapping[str, str] | None = None,
        flags: Mapping[str, object] | None = None,
    ) -> ServerConfig:
        cfg = cls()
        if file:
            cfg = cfg.with_properties(load_properties(file))
        env = os.environ if env is None else env
        from_env: dict[str, str] = {}
        direct: dict[str, object] = {}
        for k, v in env.items():
            if not k.startswith("FLUXMQ_"):
                continue
            name = k[len("FLUXMQ_") :].lower()
            if name in ("host", "port", "data_dir", "broker_id", "log_level"):
                direct[name] = int(v) if name in ("port", "broker_id") else v
            elif name == "enable_consumer_groups":
                direct[name] = v.lower() in ("1", "true", "yes")
            else:
                from_env[name.replace("_", ".")] = v
        if from_env:
            cfg = cfg.with_properties(from_env)
        if direct:
            cfg = replace(cfg, **direct)  # type: ignore[arg-type]
        if flags:
            cfg = replace(cfg, **{k: v for k, v in flags.items() if v is not None})  # type: ignore[arg-type]
        return cfg
