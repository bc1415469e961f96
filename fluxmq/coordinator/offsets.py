"""Committed offsets and the `__consumer_offsets` placement of a group (Kafka's rules)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OffsetAndMetadata", "java_string_hash", "offsets_partition"]


@dataclass(frozen=True, slots=True)
class OffsetAndMetadata:
    offset: int
    leader_epoch: int
    metadata: str
    commit_timestamp: int
    expire_timestamp: int = -1  # only set by OffsetCommit v2-4's retention_time_ms


def java_string_hash(s: str) -> int:
    """Java's String.hashCode (over UTF-16 code units, 32-bit overflow)."""
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def offsets_partition(group_id: str, partitions: int) -> int:
    """The `__consumer_offsets` partition holding a group (Kafka's Utils.abs(hash) % n)."""
    h = java_string_hash(group_id)
    return (0 if h == -(1 << 31) else abs(h)) % partitions
