"""Checks a broker runs on a produced records field, with Kafka's error for each failure.

`validate_produce` follows the order of Kafka's own checks (UnifiedLog.analyzeAndValidateRecords
and LogValidator.validateBatch): one batch, size, magic, CRC, offsets and count, control and
sequence fields, compression, timestamps. The header checks never decode records; the record
walk (`check_records=True`) is what compacted topics and timestamp windows need.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Final

from ..primitives import INT32, Buffer
from .batch import (
    ATTR_LOG_APPEND_TIME,
    HEADER_SIZE,
    LOG_OVERHEAD,
    MAGIC_OFFSET,
    MIN_BATCH_LENGTH,
    RecordBatch,
    TimestampType,
    walk_records,
)
from .compression import DEFAULT_MAX_DECOMPRESSED, Compression
from .errors import (
    CorruptRecordError,
    InvalidRecordError,
    InvalidTimestampError,
    RecordTooLargeError,
    UnsupportedCompressionError,
    UnsupportedMagicError,
)

__all__ = ["ProduceLimits", "validate_produce", "validate_timestamps"]

NO_TIMESTAMP: Final = -1
_ZSTD_MIN_PRODUCE_VERSION: Final = 7


@dataclass(frozen=True, slots=True)
class ProduceLimits:
    """Topic settings that bear on validation (Kafka's config names in comments)."""

    max_batch_bytes: int = 1048588  # max.message.bytes
    compacted: bool = False  # cleanup.policy contains compact: records need keys
    timestamp_type: TimestampType = TimestampType.CREATE_TIME  # message.timestamp.type
    timestamp_before_max_ms: int = 2**63 - 1  # message.timestamp.before.max.ms
    timestamp_after_max_ms: int = 3_600_000  # message.timestamp.after.max.ms
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED


def _single_batch(records: Buffer) -> memoryview:
    view = memoryview(records).cast("B") if not isinstance(records, memoryview) else records
    size = len(view)
    if size == 0:
        raise InvalidRecordError("produce request carries no record batch")
    if size < LOG_OVERHEAD:
        raise CorruptRecordError(f"{size} bytes cannot hold a record batch")
    (length,) = INT32.unpack_from(view, 8)
    if size > MAGIC_OFFSET and view[MAGIC_OFFSET] in (0, 1):
        raise UnsupportedMagicError(
            f"message format v{view[MAGIC_OFFSET]} is not accepted; produce record batches (magic 2)"
        )
    if length < MIN_BATCH_LENGTH or length > size - LOG_OVERHEAD:
        raise CorruptRecordError(
            f"batch length {length} does not fit the {size - LOG_OVERHEAD} bytes after its header"
        )
    if length != size - LOG_OVERHEAD:
        raise InvalidRecordError(
            "a produce request may carry exactly one record batch per partition"
        )
    return view


def validate_produce(
    records: Buffer | None,
    *,
    produce_version: int = 9,
    limits: ProduceLimits = ProduceLimits(),
    now_ms: int | None = None,
    check_records: bool = False,
) -> RecordBatch:
    """Validate one partition's records from a Produce request; returns the batch view.

    Raises a RecordError subclass whose `error_code` is the answer to give.
    """
    if records is None:
        raise InvalidRecordError("produce request carries null records")
    view = _single_batch(records)
    if len(view) > limits.max_batch_bytes:
        raise RecordTooLargeError(
            f"record batch of {len(view)} bytes exceeds max.message.bytes {limits.max_batch_bytes}"
        )
    batch = RecordBatch(view)
    batch.ensure_valid()
    if batch.base_offset != 0:
        # Kafka (UnifiedLog.analyzeAndValidateRecords): a client's batch starts at offset 0.
        raise InvalidRecordError(
            f"a produced batch must have base offset 0, not {batch.base_offset}"
        )
    count = batch.record_count
    if count <= 0:
        raise InvalidRecordError(f"invalid record count {count}")
    if batch.last_offset_delta < 0 or batch.last_offset_delta + 1 != count:
        raise InvalidRecordError(
            f"last offset delta {batch.last_offset_delta} is inconsistent with {count} records"
        )
    if batch.is_control:
        raise InvalidRecordError("clients may not write control batches")
    if batch.producer_id >= 0 and batch.base_sequence < 0:
        raise InvalidRecordError(
            f"batch of producer {batch.producer_id} has invalid sequence {batch.base_sequence}"
        )
    codec_id = batch.attributes & 0x07
    if codec_id > Compression.ZSTD:
        raise UnsupportedCompressionError(f"unknown compression codec id {codec_id}")
    if codec_id == Compression.ZSTD and produce_version < _ZSTD_MIN_PRODUCE_VERSION:
        raise UnsupportedCompressionError(
            f"zstd batches need Produce v{_ZSTD_MIN_PRODUCE_VERSION} or later, got v{produce_version}"
        )
    if batch.attributes & ATTR_LOG_APPEND_TIME:
        raise InvalidTimestampError("producers may not set the LogAppendTime timestamp type")
    if check_records or limits.compacted:
        validate_timestamps(batch, limits, now_ms, walk=True)
    elif limits.timestamp_type == TimestampType.CREATE_TIME:
        validate_timestamps(batch, limits, now_ms, walk=False)
    return batch


def validate_timestamps(
    batch: RecordBatch, limits: ProduceLimits, now_ms: int | None, *, walk: bool
) -> None:
    """CreateTime window checks; with `walk`, every record (and key presence, and count)."""
    now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    check_ts = limits.timestamp_type == TimestampType.CREATE_TIME
    lo = now - limits.timestamp_before_max_ms if limits.timestamp_before_max_ms < now else None
    hi = now + limits.timestamp_after_max_ms

    def bad(ts: int) -> bool:
        return ts != NO_TIMESTAMP and ((lo is not None and ts < lo) or ts > hi)

    if not walk:
        if check_ts and (bad(batch.max_timestamp) or bad(batch.base_timestamp)):
            raise InvalidTimestampError(
                f"batch timestamps {batch.base_timestamp}..{batch.max_timestamp} are outside "
                f"the allowed window around {now}"
            )
        return
    if batch.record_count < 0:
        raise CorruptRecordError(f"negative record count {batch.record_count}")
    data: Buffer
    if batch.compression == Compression.NONE:
        data = memoryview(batch.view)[HEADER_SIZE:]  # the walk reads the request in place
    else:
        data = batch.records_data(limits.max_decompressed)
    if batch.record_count * 7 > len(data):
        raise CorruptRecordError(
            f"record count {batch.record_count} cannot fit in {len(data)} bytes of records"
        )
    found = walk_records(data, batch.record_count, batch.base_timestamp)
    if limits.compacted and not found.all_keyed:
        raise InvalidRecordError("a compacted topic cannot accept a record without a key")
    if check_ts and batch.record_count and (bad(found.min_ts) or bad(found.max_ts)):
        raise InvalidTimestampError(
            f"record timestamps {found.min_ts}..{found.max_ts} are outside the allowed window "
            f"around {now}"
        )
