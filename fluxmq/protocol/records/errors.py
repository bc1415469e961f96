"""Record-batch errors, each carrying the Kafka error code a broker answers with."""

from __future__ import annotations

from typing import ClassVar

from ..errors import ProtocolError

__all__ = [
    "CorruptRecordError",
    "DecompressionBombError",
    "InvalidRecordError",
    "InvalidTimestampError",
    "RecordError",
    "RecordTooLargeError",
    "UnsupportedCompressionError",
    "UnsupportedMagicError",
]


class RecordError(ProtocolError):
    """A record batch that cannot be accepted; `error_code` is Kafka's code for it."""

    error_code: ClassVar[int] = 2


class CorruptRecordError(RecordError):
    """CRC mismatch, bad lengths, truncated or undecodable data (CORRUPT_MESSAGE)."""

    error_code = 2


class DecompressionBombError(CorruptRecordError):
    """Compressed data that expands beyond the configured bound."""


class InvalidRecordError(RecordError):
    """A well-formed batch that breaks a rule: counts, offsets, sequences (INVALID_RECORD)."""

    error_code = 87


class UnsupportedMagicError(InvalidRecordError):
    """Message format v0/v1 (magic 0 or 1): recognised, refused since Kafka 4.0."""


class RecordTooLargeError(RecordError):
    """A batch larger than the allowed maximum (MESSAGE_TOO_LARGE)."""

    error_code = 10


class InvalidTimestampError(RecordError):
    """A timestamp outside the allowed window, or LogAppendTime from a client (INVALID_TIMESTAMP)."""

    error_code = 32


class UnsupportedCompressionError(RecordError):
    """An unknown codec, or zstd where the request version cannot carry it."""

    error_code = 76
