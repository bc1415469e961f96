"""Record batches (magic 2): header views, lazy record iteration and in-place patching.

A batch is read without copying: `RecordBatch` unpacks the 61-byte header once and touches the
records only when iterated. Header fields outside the CRC (base offset, partition leader epoch)
are patched in place; LogAppendTime patches recompute the CRC over the batch, never re-encode.
"""

from __future__ import annotations

import enum
import importlib
import os
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import msgspec
from crc32c import crc32c

from ..primitives import INT16, INT32, Buffer, read_varint, read_varlong
from .compression import DEFAULT_MAX_DECOMPRESSED, Compression, decompress
from .errors import CorruptRecordError, InvalidRecordError, UnsupportedMagicError

__all__ = [
    "ATTR_CONTROL",
    "ATTR_DELETE_HORIZON",
    "ATTR_LOG_APPEND_TIME",
    "ATTR_TRANSACTIONAL",
    "HEADER_SIZE",
    "LOG_OVERHEAD",
    "ControlType",
    "Record",
    "RecordBatch",
    "TimestampType",
    "iter_batches",
    "iter_records",
    "magic_of",
    "set_base_offset",
    "set_log_append_time",
    "set_partition_leader_epoch",
]

HEADER: Final = struct.Struct(">qiibIhiqqqhii")
HEADER_SIZE: Final = 61
LOG_OVERHEAD: Final = 12  # base offset + batch length: the part before `batch_length` counts
MIN_BATCH_LENGTH: Final = HEADER_SIZE - LOG_OVERHEAD
CRC_OFFSET: Final = 17
ATTRIBUTES_OFFSET: Final = 21
MAX_TIMESTAMP_OFFSET: Final = 35
PARTITION_LEADER_EPOCH_OFFSET: Final = 12
MAGIC_OFFSET: Final = 16
_INT64: Final = struct.Struct(">q")
_UINT32: Final = struct.Struct(">I")

COMPRESSION_MASK: Final = 0x07
ATTR_LOG_APPEND_TIME: Final = 0x08
ATTR_TRANSACTIONAL: Final = 0x10
ATTR_CONTROL: Final = 0x20
ATTR_DELETE_HORIZON: Final = 0x40


class TimestampType(enum.IntEnum):
    CREATE_TIME = 0
    LOG_APPEND_TIME = 1


class ControlType(enum.IntEnum):
    """Control record types (the key of a control record)."""

    ABORT = 0
    COMMIT = 1
    LEADER_CHANGE = 2
    SNAPSHOT_HEADER = 3
    SNAPSHOT_FOOTER = 4
    KRAFT_VERSION = 5
    KRAFT_VOTERS = 6


class Record(msgspec.Struct, gc=False):
    """One record: absolute offset and timestamp, key, value and headers."""

    offset: int
    timestamp: int
    key: bytes | None
    value: bytes | None
    headers: Sequence[tuple[str, bytes | None]]  # () when the record has none

    def control_type(self) -> ControlType | None:
        """For a record of a control batch: its type, read from the 4-byte key."""
        if self.key is None or len(self.key) < 4:
            return None
        (t,) = INT16.unpack_from(self.key, 2)
        try:
            return ControlType(t)
        except ValueError:
            return None

    def coordinator_epoch(self) -> int:
        """For a COMMIT/ABORT marker: the coordinator epoch from its value."""
        if self.value is None or len(self.value) < 6:
            raise CorruptRecordError("transaction marker value is shorter than 6 bytes")
        (epoch,) = INT32.unpack_from(self.value, 2)
        return int(epoch)


def magic_of(buf: Buffer, pos: int = 0) -> int:
    """The magic byte of the batch (or legacy message set entry) at `pos`."""
    if len(buf) - pos <= MAGIC_OFFSET:
        raise CorruptRecordError(f"{len(buf) - pos} bytes are too few for a record batch")
    return int(buf[pos + MAGIC_OFFSET])


class RecordBatch:
    """A magic-2 batch over exactly its bytes (`view`), header fields unpacked once."""

    __slots__ = (
        "attributes",
        "base_offset",
        "base_sequence",
        "base_timestamp",
        "batch_length",
        "crc",
        "last_offset_delta",
        "magic",
        "max_timestamp",
        "partition_leader_epoch",
        "producer_epoch",
        "producer_id",
        "record_count",
        "view",
    )

    def __init__(self, view: memoryview) -> None:
        if len(view) < HEADER_SIZE:
            raise CorruptRecordError(
                f"record batch of {len(view)} bytes is shorter than its header"
            )
        (
            self.base_offset,
            self.batch_length,
            self.partition_leader_epoch,
            self.magic,
            self.crc,
            self.attributes,
            self.last_offset_delta,
            self.base_timestamp,
            self.max_timestamp,
            self.producer_id,
            self.producer_epoch,
            self.base_sequence,
            self.record_count,
        ) = HEADER.unpack_from(view, 0)
        if self.magic != 2:
            if self.magic in (0, 1):
                raise UnsupportedMagicError(
                    f"message format v{self.magic} is not supported; only record batches (magic 2)"
                )
            raise CorruptRecordError(f"unknown record batch magic {self.magic}")
        if self.batch_length + LOG_OVERHEAD != len(view):
            raise CorruptRecordError(
                f"batch length {self.batch_length} does not match the {len(view)} bytes given"
            )
        self.view = view

    @classmethod
    def at(cls, buf: Buffer, pos: int = 0) -> RecordBatch:
        """The batch starting at `pos` of `buf` (its length is read from the header)."""
        view = memoryview(buf).cast("B") if not isinstance(buf, memoryview) else buf
        if len(view) - pos < LOG_OVERHEAD:
            raise CorruptRecordError(f"truncated record batch at byte {pos}")
        (length,) = INT32.unpack_from(view, pos + 8)
        if len(view) - pos > MAGIC_OFFSET and view[pos + MAGIC_OFFSET] in (0, 1):
            magic = view[pos + MAGIC_OFFSET]
            raise UnsupportedMagicError(
                f"message format v{magic} is not supported; only record batches (magic 2)"
            )
        if length < MIN_BATCH_LENGTH or length > len(view) - pos - LOG_OVERHEAD:
            raise CorruptRecordError(
                f"batch length {length} at byte {pos} is out of range "
                f"({len(view) - pos - LOG_OVERHEAD} bytes remain)"
            )
        return cls(view[pos : pos + LOG_OVERHEAD + length])

    # -------------------------------------------------------------- header facts

    @property
    def size(self) -> int:
        return len(self.view)

    @property
    def compression(self) -> Compression:
        return Compression.parse(self.attributes & COMPRESSION_MASK)

    @property
    def timestamp_type(self) -> TimestampType:
        if self.attributes & ATTR_LOG_APPEND_TIME:
            return TimestampType.LOG_APPEND_TIME
        return TimestampType.CREATE_TIME

    @property
    def is_transactional(self) -> bool:
        return bool(self.attributes & ATTR_TRANSACTIONAL)

    @property
    def is_control(self) -> bool:
        return bool(self.attributes & ATTR_CONTROL)

    @property
    def has_delete_horizon(self) -> bool:
        return bool(self.attributes & ATTR_DELETE_HORIZON)

    @property
    def has_producer_id(self) -> bool:
        return int(self.producer_id) >= 0

    @property
    def last_offset(self) -> int:
        return int(self.base_offset + self.last_offset_delta)

    @property
    def next_offset(self) -> int:
        return self.last_offset + 1

    @property
    def last_sequence(self) -> int:
        """The sequence of the last record (wrapping at 2^31, as Kafka does)."""
        if self.base_sequence < 0:
            return -1
        return int((self.base_sequence + self.last_offset_delta) & 0x7FFFFFFF)

    def compute_crc(self) -> int:
        return int(crc32c(self.view[ATTRIBUTES_OFFSET:]))

    def is_valid(self) -> bool:
        return self.compute_crc() == int(self.crc)

    def ensure_valid(self) -> None:
        """Raise CorruptRecordError unless the stored CRC-32C matches the batch."""
        actual = self.compute_crc()
        if actual != self.crc:
            raise CorruptRecordError(
                f"record batch at offset {self.base_offset} is corrupt "
                f"(stored crc {self.crc:#010x}, computed {actual:#010x})"
            )

    # -------------------------------------------------------------- records

    def records_data(self, max_decompressed: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
        """The records section, decompressed if needed (bounded by `max_decompressed`)."""
        body = self.view[HEADER_SIZE:]
        codec = self.compression
        if codec == Compression.NONE:
            return bytes(body)  # one copy; slicing bytes is cheaper than slicing a view
        return decompress(codec, body, max_decompressed)

    def records(self, max_decompressed: int = DEFAULT_MAX_DECOMPRESSED) -> Iterator[Record]:
        """Iterate the records lazily; a LogAppendTime batch gives each its max timestamp."""
        if self.record_count < 0:
            raise CorruptRecordError(f"negative record count {self.record_count}")
        data = self.records_data(max_decompressed)
        # Each record takes at least 7 bytes: check the count before looping over it.
        if self.record_count * 7 > len(data):
            raise CorruptRecordError(
                f"record count {self.record_count} cannot fit in {len(data)} bytes of records"
            )
        ts = self.max_timestamp if self.attributes & ATTR_LOG_APPEND_TIME else None
        return iter_records(data, self.record_count, self.base_offset, self.base_timestamp, ts)

    def __iter__(self) -> Iterator[Record]:
        return self.records()

    def __repr__(self) -> str:
        return (
            f"RecordBatch(base_offset={self.base_offset}, count={self.record_count}, "
            f"size={self.size}, compression={self.compression.name}, "
            f"producer_id={self.producer_id}, base_sequence={self.base_sequence})"
        )


def iter_batches(buf: Buffer, *, allow_partial: bool = True) -> Iterator[RecordBatch]:
    """The batches of a records field, in order.

    A partial batch at the end (fetch responses may cut the last one) ends the iteration
    quietly when `allow_partial`; otherwise it is a CorruptRecordError.
    """
    view = buf if isinstance(buf, memoryview) else memoryview(buf)
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    pos, end = 0, len(view)
    while pos < end:
        if end - pos < LOG_OVERHEAD:
            if allow_partial:
                return
            raise CorruptRecordError(f"{end - pos} trailing bytes at byte {pos} are not a batch")
        (length,) = INT32.unpack_from(view, pos + 8)
        if length < MIN_BATCH_LENGTH:
            if end - pos > MAGIC_OFFSET and view[pos + MAGIC_OFFSET] in (0, 1):
                raise UnsupportedMagicError(
                    f"message format v{view[pos + MAGIC_OFFSET]} at byte {pos} is not supported"
                )
            raise CorruptRecordError(f"batch length {length} at byte {pos} is too small")
        if length > end - pos - LOG_OVERHEAD:
            if allow_partial:
                return
            raise CorruptRecordError(
                f"batch at byte {pos} claims {length} bytes but {end - pos - LOG_OVERHEAD} remain"
            )
        yield RecordBatch(view[pos : pos + LOG_OVERHEAD + length])
        pos += LOG_OVERHEAD + length


def iter_records(
    data: bytes,
    count: int,
    base_offset: int,
    base_timestamp: int,
    log_append_time: int | None = None,
) -> Iterator[Record]:
    """Parse `count` records from an uncompressed records section."""
    end = len(data)
    pos = 0
    i = 0
    try:
        for i in range(count):
            # zig-zag varints, with inline fast paths for the one- and two-byte forms
            b = data[pos]
            if b < 0x80:
                length = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                length = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                length, pos = read_varint(data, pos)
            rend = pos + length
            if length < 6 or rend > end:
                raise CorruptRecordError(
                    f"record {i} has length {length} at byte {pos} ({end - pos} bytes remain)"
                )
            pos += 1  # attributes: unused
            b = data[pos]
            if b < 0x80:
                ts_delta = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                ts_delta, pos = read_varlong(data, pos)
            b = data[pos]
            if b < 0x80:
                offset_delta = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                offset_delta, pos = read_varint(data, pos)
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                n = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                n, pos = read_varint(data, pos)
            if n < 0:
                key = None
            elif n > rend - pos:
                raise CorruptRecordError(f"record {i} key length {n} overruns the record")
            else:
                key = data[pos : pos + n]
                pos += n
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                n = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                n, pos = read_varint(data, pos)
            if n < 0:
                value = None
            elif n > rend - pos:
                raise CorruptRecordError(f"record {i} value length {n} overruns the record")
            else:
                value = data[pos : pos + n]
                pos += n
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                n, pos = read_varint(data, pos)
            headers: Sequence[tuple[str, bytes | None]] = ()
            if n:
                headers = hlist = []
                if n < 0 or n * 2 > rend - pos:
                    raise CorruptRecordError(f"record {i} header count {n} is invalid")
                for _ in range(n):
                    hk, pos = read_varint(data, pos)
                    if hk < 0 or hk > rend - pos:
                        raise CorruptRecordError(f"record {i} header key length {hk} is invalid")
                    hkey = str(data[pos : pos + hk], "utf-8")
                    pos += hk
                    hv, pos = read_varint(data, pos)
                    if hv < 0:
                        hval = None
                    elif hv > rend - pos:
                        raise CorruptRecordError(f"record {i} header value length {hv} overruns")
                    else:
                        hval = data[pos : pos + hv]
                        pos += hv
                    hlist.append((hkey, hval))
            if pos != rend:
                raise CorruptRecordError(
                    f"record {i} ends at byte {pos} but its length says {rend}"
                )
            yield Record(
                base_offset + offset_delta,
                log_append_time if log_append_time is not None else base_timestamp + ts_delta,
                key,
                value,
                headers,
            )
    except IndexError:
        raise CorruptRecordError(f"record {i} is truncated at byte {pos}") from None
    except UnicodeDecodeError:
        raise CorruptRecordError(f"record {i} has a header key that is not UTF-8") from None
    except CorruptRecordError:
        raise
    except ValueError as e:  # DecodeError from overlong varints
        raise CorruptRecordError(f"record {i}: {e}") from None
    if pos != end:
        raise CorruptRecordError(
            f"{end - pos} bytes remain after the {count} records the batch declares"
        )


def _load_c(name: str) -> Any:
    """A function of the optional C extension (None without it, or with FLUXMQ_PURE_PYTHON)."""
    if os.environ.get("FLUXMQ_PURE_PYTHON"):
        return None
    try:
        module = importlib.import_module(f"{__package__}._walk")
    except ImportError:  # installed without a C compiler
        return None
    return getattr(module, name, None)


_c_walk: Callable[[Buffer, int], tuple[bool, int, int] | None] | None = _load_c("walk")
# decode(data, count, base_offset, base_ts, lat, tstype, epoch, topic, partition,
#        min_offset, cls) -> [cls(...)] | None: the consumer's batch decoder (client.fetcher)
c_decode_records: Callable[..., list[Any] | None] | None = _load_c("decode")


def _varint(data: Buffer, pos: int) -> tuple[int, int]:
    b = data[pos]
    if b < 0x80:
        return (b >> 1) ^ -(b & 1), pos + 1
    return read_varint(data, pos)


class RecordCheck:
    """What `walk_records` learned, for the broker's per-record rules."""

    __slots__ = ("all_keyed", "max_ts", "min_ts")

    def __init__(self) -> None:
        self.all_keyed = True
        self.min_ts = 2**63 - 1
        self.max_ts = -(2**63)


def walk_records(data: Buffer, count: int, base_timestamp: int) -> RecordCheck:
    """Check `count` records' structure without building them (the broker's produce path).

    Raises CorruptRecordError where `iter_records` would, and InvalidRecordError for an
    offset delta out of sequence; returns key presence and the timestamp range.
    """
    if _c_walk is not None:
        # The C walk accepts exactly what the Python one accepts and answers None for the
        # rest, so the Python walk (below) only runs to word the error.
        found = _c_walk(data, count)
        if found is not None:
            out = RecordCheck()
            out.all_keyed, lo, hi = found
            out.min_ts = lo + base_timestamp
            out.max_ts = hi + base_timestamp
            return out
    return walk_records_py(data, count, base_timestamp)


def walk_records_py(data: Buffer, count: int, base_timestamp: int) -> RecordCheck:
    """`walk_records` in pure Python (the reference, and the fallback without the C one)."""
    out = RecordCheck()
    end = len(data)
    pos = 0
    i = 0
    try:
        for i in range(count):
            b = data[pos]
            if b < 0x80:
                length = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                length = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                length, pos = read_varint(data, pos)
            rend = pos + length
            if length < 6 or rend > end:
                raise CorruptRecordError(f"record {i} has length {length} at byte {pos}")
            pos += 1
            b = data[pos]
            if b < 0x80:
                ts = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                ts, pos = read_varlong(data, pos)
            b = data[pos]
            if b < 0x80:
                delta = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                delta = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                delta, pos = read_varint(data, pos)
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                n, pos = read_varint(data, pos)
            if n < 0:
                out.all_keyed = False
            elif n > rend - pos:
                raise CorruptRecordError(f"record {i} key length {n} overruns the record")
            else:
                pos += n
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                n = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                n, pos = read_varint(data, pos)
            if n > rend - pos:
                raise CorruptRecordError(f"record {i} value length {n} overruns the record")
            if n > 0:
                pos += n
            b = data[pos]
            if b < 0x80:
                h = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                h, pos = read_varint(data, pos)
            if h:
                if h < 0 or h * 2 > rend - pos:
                    raise CorruptRecordError(f"record {i} header count {h} is invalid")
                for _ in range(h):
                    n, pos = _varint(data, pos)
                    if n < 0 or n > rend - pos:
                        raise CorruptRecordError(f"record {i} header key length {n} is invalid")
                    str(data[pos : pos + n], "utf-8")
                    pos += n
                    n, pos = _varint(data, pos)
                    if n > rend - pos:
                        raise CorruptRecordError(f"record {i} header value length {n} overruns")
                    if n > 0:
                        pos += n
            if pos != rend:
                raise CorruptRecordError(
                    f"record {i} ends at byte {pos} but its length says {rend}"
                )
            if delta != i:
                raise InvalidRecordError(f"record {i} has offset delta {delta}")
            if ts < out.min_ts:
                out.min_ts = ts
            if ts > out.max_ts:
                out.max_ts = ts
    except IndexError:
        raise CorruptRecordError(f"record {i} is truncated at byte {pos}") from None
    except UnicodeDecodeError:
        raise CorruptRecordError(f"record {i} has a header key that is not UTF-8") from None
    except (CorruptRecordError, InvalidRecordError):
        raise
    except ValueError as e:
        raise CorruptRecordError(f"record {i}: {e}") from None
    if pos != end:
        raise CorruptRecordError(
            f"{end - pos} bytes remain after the {count} records the batch declares"
        )
    out.min_ts += base_timestamp
    out.max_ts += base_timestamp
    return out


# ---------------------------------------------------------------- in-place patches


def set_base_offset(buf: bytearray | memoryview, pos: int, base_offset: int) -> None:
    """Stamp the base offset of the batch at `pos` (outside the CRC: no recompute)."""
    _INT64.pack_into(buf, pos, base_offset)


def set_partition_leader_epoch(buf: bytearray | memoryview, pos: int, epoch: int) -> None:
    """Stamp the partition leader epoch (outside the CRC: no recompute)."""
    INT32.pack_into(buf, pos + PARTITION_LEADER_EPOCH_OFFSET, epoch)


def set_log_append_time(buf: bytearray | memoryview, pos: int, timestamp: int) -> None:
    """Mark the batch at `pos` LogAppendTime with `timestamp` as max timestamp; fix its CRC."""
    view = memoryview(buf)
    (length,) = INT32.unpack_from(view, pos + 8)
    end = pos + LOG_OVERHEAD + length
    (attrs,) = INT16.unpack_from(view, pos + ATTRIBUTES_OFFSET)
    INT16.pack_into(view, pos + ATTRIBUTES_OFFSET, attrs | ATTR_LOG_APPEND_TIME)
    _INT64.pack_into(view, pos + MAX_TIMESTAMP_OFFSET, timestamp)
    _UINT32.pack_into(view, pos + CRC_OFFSET, crc32c(view[pos + ATTRIBUTES_OFFSET : end]))
