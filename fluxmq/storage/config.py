"""Per-topic log configuration under Kafka's names, with Kafka's defaults and validation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Final

__all__ = ["TOPIC_CONFIGS", "ConfigError", "LogConfig"]

LONG_MAX: Final = 2**63 - 1


class ConfigError(ValueError):
    """An unknown config name or an invalid value (INVALID_CONFIG)."""

    error_code = 40


def _bool(v: str) -> bool:
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    raise ValueError("expected true or false")


def _policy(v: str) -> str:
    # A list in the order given, as Kafka keeps it (an APPEND of compact to delete reads back
    # "delete,compact"); repeats dropped.
    parts = list(dict.fromkeys(p.strip() for p in v.split(",") if p.strip()))
    if not parts or any(p not in ("delete", "compact") for p in parts):
        raise ValueError("expected delete, compact or both")
    return ",".join(parts)


def _ts_type(v: str) -> str:
    if v not in ("CreateTime", "LogAppendTime"):
        raise ValueError("expected CreateTime or LogAppendTime")
    return v


def _compression(v: str) -> str:
    if v not in ("producer", "uncompressed", "gzip", "snappy", "lz4", "zstd"):
        raise ValueError("expected producer, uncompressed, gzip, snappy, lz4 or zstd")
    return v


# Kafka config name -> (attribute, parser, minimum for numbers)
_Spec = tuple[str, Callable[[str], Any], int | None]
TOPIC_CONFIGS: Final[dict[str, _Spec]] = {
    "segment.bytes": ("segment_bytes", int, 14),
    "segment.ms": ("segment_ms", int, 1),
    "segment.index.bytes": ("segment_index_bytes", int, 4),
    "index.interval.bytes": ("index_interval_bytes", int, 0),
    "retention.ms": ("retention_ms", int, -1),
    "retention.bytes": ("retention_bytes", int, -1),
    "cleanup.policy": ("cleanup_policy", _policy, None),
    "delete.retention.ms": ("delete_retention_ms", int, 0),
    "min.compaction.lag.ms": ("min_compaction_lag_ms", int, 0),
    "max.compaction.lag.ms": ("max_compaction_lag_ms", int, 1),
    "min.cleanable.dirty.ratio": ("min_cleanable_dirty_ratio", float, 0),
    "file.delete.delay.ms": ("file_delete_delay_ms", int, 0),
    "flush.messages": ("flush_messages", int, 1),
    "flush.ms": ("flush_ms", int, 0),
    "max.message.bytes": ("max_message_bytes", int, 0),
    "message.timestamp.type": ("message_timestamp_type", _ts_type, None),
    "message.timestamp.before.max.ms": ("message_timestamp_before_max_ms", int, 0),
    "message.timestamp.after.max.ms": ("message_timestamp_after_max_ms", int, 0),
    "min.insync.replicas": ("min_insync_replicas", int, 1),
    "compression.type": ("compression_type", _compression, None),
    "unclean.leader.election.enable": ("unclean_leader_election_enable", _bool, None),
    "preallocate": ("preallocate", _bool, None),
}


@dataclass(frozen=True)
class LogConfig:
    """Settings of one topic's logs; field names are Kafka's with dots as underscores."""

    segment_bytes: int = 1024 * 1024 * 1024
    segment_ms: int = 7 * 24 * 3600 * 1000
    segment_index_bytes: int = 10 * 1024 * 1024
    index_interval_bytes: int = 4096
    retention_ms: int = 7 * 24 * 3600 * 1000
    retention_bytes: int = -1
    cleanup_policy: str = "delete"
    delete_retention_ms: int = 24 * 3600 * 1000
    min_compaction_lag_ms: int = 0
    max_compaction_lag_ms: int = LONG_MAX
    min_cleanable_dirty_ratio: float = 0.5
    file_delete_delay_ms: int = 60000
    flush_messages: int = LONG_MAX
    flush_ms: int = LONG_MAX
    max_message_bytes: int = 1048588
    message_timestamp_type: str = "CreateTime"
    message_timestamp_before_max_ms: int = LONG_MAX
    message_timestamp_after_max_ms: int = 3600000
    min_insync_replicas: int = 1
    compression_type: str = "producer"
    unclean_leader_election_enable: bool = False
    preallocate: bool = False

    @property
    def compact(self) -> bool:
        return "compact" in self.cleanup_policy

    @property
    def delete(self) -> bool:
        return "delete" in self.cleanup_policy

    @property
    def fsync_every_append(self) -> bool:
        """flush.messages=1: every append is flushed before it is acknowledged."""
        return self.flush_messages <= 1

    def with_overrides(self, overrides: Mapping[str, str | None]) -> LogConfig:
        """A copy with Kafka-named overrides applied (None removes nothing: keeps this value)."""
        changes: dict[str, Any] = {}
        for name, raw in overrides.items():
            spec = TOPIC_CONFIGS.get(name)
            if spec is None:
                raise ConfigError(f"unknown topic config {name!r}")
            if raw is None:
                continue
            attr, parse, minimum = spec
            try:
                value = parse(str(raw).strip())
            except ValueError as e:
                raise ConfigError(f"invalid value {raw!r} for {name}: {e}") from None
            if minimum is not None and value < minimum:
                raise ConfigError(f"invalid value {raw!r} for {name}: must be at least {minimum}")
            changes[attr] = value
        return replace(self, **changes)

    def as_kafka(self) -> dict[str, str]:
        """Every setting under its Kafka name, as strings (DescribeConfigs)."""
        by_attr = {spec[0]: name for name, spec in TOPIC_CONFIGS.items()}
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[by_attr[f.name]] = str(v).lower() if isinstance(v, bool) else str(v)
        return out
