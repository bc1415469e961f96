"""Plain values the client hands to and gets from applications."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["ConsumerRecord", "OffsetAndMetadata", "RecordMetadata", "TopicPartition"]

Headers = Sequence[tuple[str, bytes | None]]


class TopicPartition(NamedTuple):
    """A partition of a topic."""

    topic: str
    partition: int


class RecordMetadata(NamedTuple):
    """Where a produced record landed."""

    topic: str
    partition: int
    offset: int
    timestamp: int  # CreateTime given or assigned by the producer, or the broker's LogAppendTime


class ConsumerRecord(NamedTuple):
    """A record read by the Consumer, with where it was and when it was written."""

    topic: str
    partition: int
    offset: int
    timestamp: int
    timestamp_type: int  # 0 CreateTime, 1 LogAppendTime
    key: bytes | None
    value: bytes | None
    headers: Headers
    leader_epoch: int = -1


class OffsetAndMetadata(NamedTuple):
    """A committed position: the offset of the next record to read."""

    offset: int
    metadata: str = ""
    leader_epoch: int = -1
