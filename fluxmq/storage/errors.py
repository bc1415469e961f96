"""Storage errors, each with the Kafka error code a broker answers with."""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "LogOfflineError",
    "OffsetOutOfRangeError",
    "StorageError",
    "UnknownTopicError",
]


class StorageError(Exception):
    """A failed disk operation (ENOSPC, EIO, ...): KAFKA_STORAGE_ERROR."""

    error_code: ClassVar[int] = 56


class LogOfflineError(StorageError):
    """The partition's log could not be repaired after a failed write and is offline."""


class OffsetOutOfRangeError(Exception):
    """A read or DeleteRecords offset outside [log start, log end]: OFFSET_OUT_OF_RANGE."""

    error_code: ClassVar[int] = 1


class UnknownTopicError(Exception):
    """UNKNOWN_TOPIC_OR_PARTITION."""

    error_code: ClassVar[int] = 3
