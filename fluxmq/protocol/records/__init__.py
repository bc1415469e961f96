"""Kafka record batches (magic 2) and their compression codecs; no I/O.

- `build_batch` / `BatchBuilder` / `build_control_batch`: write batches.
- `RecordBatch` / `iter_batches` / `iter_records`: read them lazily, verify CRC-32C.
- `set_base_offset` / `set_partition_leader_epoch` / `set_log_append_time`: in-place patches.
- `compress` / `decompress`: gzip, snappy (xerial), lz4 (frame, independent blocks), zstd,
  every decompression bounded.
- `validate_produce`: the broker's checks, each failure carrying Kafka's error code.
"""

from .batch import (
    ControlType,
    Record,
    RecordBatch,
    TimestampType,
    iter_batches,
    iter_records,
    magic_of,
    set_base_offset,
    set_log_append_time,
    set_partition_leader_epoch,
)
from .builder import BatchBuilder, build_batch, build_control_batch
from .compression import DEFAULT_MAX_DECOMPRESSED, Compression, compress, decompress
from .errors import (
    CorruptRecordError,
    DecompressionBombError,
    InvalidRecordError,
    InvalidTimestampError,
    RecordError,
    RecordTooLargeError,
    UnsupportedCompressionError,
    UnsupportedMagicError,
)
from .validation import ProduceLimits, validate_produce

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED",
    "BatchBuilder",
    "Compression",
    "ControlType",
    "CorruptRecordError",
    "DecompressionBombError",
    "InvalidRecordError",
    "InvalidTimestampError",
    "ProduceLimits",
    "Record",
    "RecordBatch",
    "RecordError",
    "RecordTooLargeError",
    "TimestampType",
    "UnsupportedCompressionError",
    "UnsupportedMagicError",
    "build_batch",
    "build_control_batch",
    "compress",
    "decompress",
    "iter_batches",
    "iter_records",
    "magic_of",
    "set_base_offset",
    "set_log_append_time",
    "set_partition_leader_epoch",
    "validate_produce",
]
