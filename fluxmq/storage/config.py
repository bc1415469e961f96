"""Per-topic log configuration under Kafka's names, with Kafka's defaults and validation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Final

__all__ = [
    "TOPIC_CONFIGS",
    "ConfigError",
    "LogConfig",
    "parse_int",
    "parse_long",
    "parse_topic_config",
]

LONG_MAX: Final = 2**63 - 1
INT_MAX: Final = 2**31 - 1


class ConfigError(ValueError):
    """An unknown config name or an invalid value (INVALID_CONFIG)."""

    error_code = 40


def _whole(v: str, bits: int, kind: str) -> int:
    # Kafka's INT and LONG: an optional sign and decimal digits only (Python's int() would
    # also take "1_000" and other spellings Java refuses), within the type's range.
    v = v.strip()
    body = v[1:] if v[:1] in "+-" else v
    if not body.isascii() or not body.isdigit():
        raise ValueError(f"not a number of type {kind}")
    n = int(v)
    if not -(2 ** (bits - 1)) <= n < 2 ** (bits - 1):
        raise ValueError(f"out of range for type {kind}")
    return n


def parse_int(v: str) -> int:
    """A Kafka INT config value (32-bit), with Kafka's wording when it is not one."""
    return _whole(v, 32, "INT")


def parse_long(v: str) -> int:
    """A Kafka LONG config value (64-bit), with Kafka's wording when it is not one."""
    return _whole(v, 64, "LONG")


def _ratio(v: str) -> float:
    try:
        x = float(v)
    except ValueError:
        raise ValueError("not a number of type DOUBLE") from None
    if not 0.0 <= x <= 1.0:  # also refuses NaN
        raise ValueError("must be between 0 and 1")
    return x


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
    "segment.bytes": ("segment_bytes", parse_int, 14),
    "segment.ms": ("segment_ms", parse_long, 1),
    "segment.index.bytes": ("segment_index_bytes", parse_int, 4),
    "index.interval.bytes": ("index_interval_bytes", parse_int, 0),
    "retention.ms": ("retention_ms", parse_long, -1),
    "retention.bytes": ("retention_bytes", parse_long, -1),
    "cleanup.policy": ("cleanup_policy", _policy, None),
    "delete.retention.ms": ("delete_retention_ms", parse_long, 0),
    "min.compaction.lag.ms": ("min_compaction_lag_ms", parse_long, 0),
    "max.compaction.lag.ms": ("max_compaction_lag_ms", parse_long, 1),
    "min.cleanable.dirty.ratio": ("min_cleanable_dirty_ratio", _ratio, None),
    "file.delete.delay.ms": ("file_delete_delay_ms", parse_long, 0),
    "flush.messages": ("flush_messages", parse_long, 1),
    "flush.ms": ("flush_ms", parse_long, 0),
    "max.message.bytes": ("max_message_bytes", parse_int, 0),
    "message.timestamp.type": ("message_timestamp_type", _ts_type, None),
    "message.timestamp.before.max.ms": ("message_timestamp_before_max_ms", parse_long, 0),
    "message.timestamp.after.max.ms": ("message_timestamp_after_max_ms", parse_long, 0),
    "min.insync.replicas": ("min_insync_replicas", parse_int, 1),
    "compression.type": ("compression_type", _compression, None),
    "unclean.leader.election.enable": ("unclean_leader_election_enable", _bool, None),
    "preallocate": ("preallocate", _bool, None),
}


def parse_topic_config(name: str, raw: str) -> Any:
    """The value of topic config `name` (a key of TOPIC_CONFIGS) given as text; ValueError
    says why it is not valid, without the name, so a caller can name its own key."""
    _, parse, minimum = TOPIC_CONFIGS[name]
    value = parse(raw.strip())
    if minimum is not None and value < minimum:
        raise ValueError(f"must be at least {minimum}")
    return value


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
            try:
                changes[spec[0]] = parse_topic_config(name, str(raw))
            except ValueError as e:
                raise ConfigError(f"invalid value {raw!r} for {name}: {e}") from None
        return replace(self, **changes)

    def as_kafka(self) -> dict[str, str]:
        """Every setting under its Kafka name, as strings (DescribeConfigs)."""
        by_attr = {spec[0]: name for name, spec in TOPIC_CONFIGS.items()}
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[by_attr[f.name]] = str(v).lower() if isinstance(v, bool) else str(v)
        return out
