"""Building record batches (magic 2), fast in pure Python.

Records are encoded in one pass per batch from precomputed varint tables: a record of a small
batch costs a few table lookups and one list extend, and the batch is joined once.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable, Sequence
from typing import Final

from crc32c import crc32c

from ..primitives import Buffer
from .batch import (
    ATTR_CONTROL,
    ATTR_LOG_APPEND_TIME,
    ATTR_TRANSACTIONAL,
    ControlType,
    Record,
    RecordBatch,
    _load_c,
)
from .compression import Compression, compress

__all__ = [
    "BatchBuilder",
    "build_batch",
    "build_control_batch",
    "rebuild_batch",
    "varint",
]

_PREFIX: Final = struct.Struct(">qiibI")  # base offset .. crc
_AFTER_CRC: Final = struct.Struct(">hiqqqhii")  # attributes .. record count
_CONTROL_KEY: Final = struct.Struct(">hh")
_MARKER_VALUE: Final = struct.Struct(">hi")
_TABLE_SIZE: Final = 1 << 14


def varint(n: int) -> bytes:
    """Zig-zag varint (Kafka's record varint/varlong encoding)."""
    z = (n << 1) ^ (n >> 63)
    if z < 0x80:
        return bytes((z,))
    out = bytearray()
    while z >= 0x80:
        out.append((z & 0x7F) | 0x80)
        z >>= 7
    out.append(z)
    return bytes(out)


# Zig-zag varints of 0.._TABLE_SIZE-1: offset deltas, lengths and small timestamp deltas.
_V: Final = tuple(varint(i) for i in range(_TABLE_SIZE))
_NULL: Final = varint(-1)  # a null key/value length
_ZERO: Final = _V[0]


def _var(n: int) -> bytes:
    return _V[n] if 0 <= n < _TABLE_SIZE else varint(n)


_c_encode: Callable[..., bytes | None] | None = _load_c("encode")


def _encode_records(
    values: Sequence[Buffer | None],
    keys: Sequence[Buffer | None] | None,
    headers: Sequence[Sequence[tuple[str, Buffer | None]] | None] | None,
    ts_deltas: Sequence[int] | None,
) -> list[Buffer]:
    """Encoded records as chunks."""
    if _c_encode is not None:
        # One bytes object for the common inputs (bytes values and keys, str header keys);
        # None hands anything else to the Python loop below.
        encoded = _c_encode(values, keys, headers, ts_deltas)
        if encoded is not None:
            return [encoded]
    return encode_records_py(values, keys, headers, ts_deltas)


def encode_records_py(
    values: Sequence[Buffer | None],
    keys: Sequence[Buffer | None] | None,
    headers: Sequence[Sequence[tuple[str, Buffer | None]] | None] | None,
    ts_deltas: Sequence[int] | None,
) -> list[Buffer]:
    """`_encode_records` in Python (the reference, and the fallback without the C one)."""
    V = _V
    size = _TABLE_SIZE
    parts: list[Buffer] = []
    ext = parts.extend
    n = len(values)
    if keys is None and headers is None and ts_deltas is None and n <= size:
        # The producer's common case: no keys, no headers, one timestamp.
        for i, v in enumerate(values):
            od = V[i]
            if v is None:
                ln = 5 + len(od)
                head = V[ln]
                ext((head, b"\x00\x00", od, b"\x01\x01\x00"))
            else:
                lv = len(v)
                vl = V[lv] if lv < size else varint(lv)
                ln = 4 + len(od) + len(vl) + lv
                head = V[ln] if ln < size else varint(ln)
                ext((head, b"\x00\x00", od, b"\x01", vl, v, b"\x00"))
        return parts
    for i in range(n):
        v = values[i]
        od = V[i] if i < size else varint(i)
        td = _ZERO if ts_deltas is None else _var(ts_deltas[i])
        k = None if keys is None else keys[i]
        hs = None if headers is None else headers[i]
        rec: list[Buffer] = [b"\x00", td, od]
        if k is None:
            rec.append(_NULL)
        else:
            rec.append(_var(len(k)))
            rec.append(k)
        if v is None:
            rec.append(_NULL)
        else:
            rec.append(_var(len(v)))
            rec.append(v)
        if not hs:
            rec.append(_ZERO)
        else:
            rec.append(_var(len(hs)))
            for hk, hv in hs:
                kb = hk.encode("utf-8")
                rec.append(_var(len(kb)))
                rec.append(kb)
                if hv is None:
                    rec.append(_NULL)
                else:
                    rec.append(_var(len(hv)))
                    rec.append(hv)
        ln = 0
        for c in rec:
            ln += len(c)
        parts.append(_var(ln))
        ext(rec)
    return parts


def _assemble(
    records: list[Buffer],
    count: int,
    *,
    base_offset: int,
    base_timestamp: int,
    max_timestamp: int,
    compression: Compression,
    compression_level: int | None,
    producer_id: int,
    producer_epoch: int,
    base_sequence: int,
    partition_leader_epoch: int,
    attributes: int,
) -> bytes:
    body: Buffer = b"".join(records)
    if compression != Compression.NONE:
        body = compress(compression, body, compression_level)
    after = _AFTER_CRC.pack(
        attributes | compression,
        count - 1,
        base_timestamp,
        max_timestamp,
        producer_id,
        producer_epoch,
        base_sequence,
        count,
    )
    crc = crc32c(body, crc32c(after))
    prefix = _PREFIX.pack(base_offset, 49 + len(body), partition_leader_epoch, 2, crc)
    return b"".join((prefix, after, body))


def build_batch(
    values: Sequence[Buffer | None],
    keys: Sequence[Buffer | None] | None = None,
    headers: Sequence[Sequence[tuple[str, Buffer | None]] | None] | None = None,
    timestamps: Sequence[int] | int | None = None,
    *,
    compression: Compression | int | str | None = Compression.NONE,
    compression_level: int | None = None,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    transactional: bool = False,
    base_offset: int = 0,
    partition_leader_epoch: int = -1,
) -> bytes:
    """One batch from parallel sequences (keys/headers/timestamps may be None for all).

    `timestamps` is one timestamp for every record, a sequence, or None for "now".
    """
    count = len(values)
    if count == 0:
        raise ValueError("a record batch needs at least one record")
    if keys is not None and len(keys) != count:
        raise ValueError("keys and values differ in length")
    if headers is not None and len(headers) != count:
        raise ValueError("headers and values differ in length")
    deltas: list[int] | None = None
    if timestamps is None or isinstance(timestamps, int):
        base_ts = max_ts = time.time_ns() // 1_000_000 if timestamps is None else timestamps
    else:
        if len(timestamps) != count:
            raise ValueError("timestamps and values differ in length")
        base_ts = timestamps[0]
        max_ts = max(timestamps)
        if max_ts != base_ts or min(timestamps) != base_ts:
            deltas = [t - base_ts for t in timestamps]
    parts = _encode_records(values, keys, headers or None, deltas)
    return _assemble(
        parts,
        count,
        base_offset=base_offset,
        base_timestamp=base_ts,
        max_timestamp=max_ts,
        compression=Compression.parse(compression),
        compression_level=compression_level,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        base_sequence=base_sequence,
        partition_leader_epoch=partition_leader_epoch,
        attributes=ATTR_TRANSACTIONAL if transactional else 0,
    )


class BatchBuilder:
    """Accumulates records for one partition, then builds one batch."""

    __slots__ = (
        "_headers",
        "_keys",
        "_size",
        "_timestamps",
        "_values",
        "base_offset",
        "base_sequence",
        "compression",
        "compression_level",
        "partition_leader_epoch",
        "producer_epoch",
        "producer_id",
        "transactional",
    )

    def __init__(
        self,
        *,
        compression: Compression | int | str | None = Compression.NONE,
        compression_level: int | None = None,
        producer_id: int = -1,
        producer_epoch: int = -1,
        base_sequence: int = -1,
        transactional: bool = False,
        base_offset: int = 0,
        partition_leader_epoch: int = -1,
    ) -> None:
        self.compression = Compression.parse(compression)
        self.compression_level = compression_level
        self.producer_id = producer_id
        self.producer_epoch = producer_epoch
        self.base_sequence = base_sequence
        self.transactional = transactional
        self.base_offset = base_offset
        self.partition_leader_epoch = partition_leader_epoch
        self._values: list[Buffer | None] = []
        self._keys: list[Buffer | None] = []
        self._headers: list[Sequence[tuple[str, Buffer | None]] | None] = []
        self._timestamps: list[int] = []
        self._size = 61

    def __len__(self) -> int:
        return len(self._values)

    @property
    def estimated_size(self) -> int:
        """Upper estimate of the uncompressed batch size so far (for batch.size checks)."""
        return self._size

    def append(
        self,
        value: Buffer | None,
        key: Buffer | None = None,
        headers: Sequence[tuple[str, Buffer | None]] | None = None,
        timestamp: int | None = None,
    ) -> int:
        """Add a record; returns its offset delta within the batch."""
        if timestamp is None:
            timestamp = time.time_ns() // 1_000_000
        self._values.append(value)
        self._keys.append(key)
        self._headers.append(headers)
        self._timestamps.append(timestamp)
        # Worst-case varints: length, offset delta, key/value lengths, header count (5 bytes
        # each), timestamp delta (10), attributes (1).
        size = 36 + (len(value) if value is not None else 0) + (len(key) if key is not None else 0)
        if headers:
            for hk, hv in headers:
                size += 10 + len(hk.encode("utf-8")) + (len(hv) if hv is not None else 0)
        self._size += size
        return len(self._values) - 1

    def build(self) -> bytes:
        keys = self._keys if any(k is not None for k in self._keys) else None
        headers = self._headers if any(self._headers) else None
        return build_batch(
            self._values,
            keys,
            headers,
            self._timestamps,
            compression=self.compression,
            compression_level=self.compression_level,
            producer_id=self.producer_id,
            producer_epoch=self.producer_epoch,
            base_sequence=self.base_sequence,
            transactional=self.transactional,
            base_offset=self.base_offset,
            partition_leader_epoch=self.partition_leader_epoch,
        )


def build_control_batch(
    control_type: ControlType,
    *,
    producer_id: int,
    producer_epoch: int,
    coordinator_epoch: int = 0,
    timestamp: int | None = None,
    base_offset: int = 0,
    partition_leader_epoch: int = -1,
    value: bytes | None = None,
) -> bytes:
    """A control batch holding one control record (a COMMIT/ABORT marker by default).

    Transaction markers are transactional control batches; `value` overrides the marker
    value for other control types.
    """
    key = _CONTROL_KEY.pack(0, control_type)
    if value is None:
        value = _MARKER_VALUE.pack(0, coordinator_epoch)
    ts = time.time_ns() // 1_000_000 if timestamp is None else timestamp
    parts = _encode_records([value], [key], None, None)
    txn = ATTR_TRANSACTIONAL if control_type in (ControlType.ABORT, ControlType.COMMIT) else 0
    return _assemble(
        parts,
        1,
        base_offset=base_offset,
        base_timestamp=ts,
        max_timestamp=ts,
        compression=Compression.NONE,
        compression_level=None,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        base_sequence=-1,
        partition_leader_epoch=partition_leader_epoch,
        attributes=ATTR_CONTROL | txn,
    )


def rebuild_batch(template: RecordBatch, records: Sequence[Record]) -> bytes:
    """A batch like `template` (same base offset, offset range, producer fields, codec and
    flags) holding only `records`, each keeping its own offset and timestamp.

    This is what compaction writes: offsets never move, and the last offset delta is kept so
    the producer's sequence range stays intact.
    """
    if not records:
        raise ValueError("a rebuilt batch needs at least one record")
    log_append = bool(template.attributes & ATTR_LOG_APPEND_TIME)
    base_ts = records[0].timestamp
    parts: list[Buffer] = []
    for r in records:
        rec: list[Buffer] = [
            b"\x00",
            _ZERO if log_append else _var(r.timestamp - base_ts),
            _var(r.offset - template.base_offset),
        ]
        for field in (r.key, r.value):
            if field is None:
                rec.append(_NULL)
            else:
                rec.append(_var(len(field)))
                rec.append(field)
        rec.append(_var(len(r.headers)))
        for hk, hv in r.headers:
            kb = hk.encode("utf-8")
            rec.append(_var(len(kb)))
            rec.append(kb)
            if hv is None:
                rec.append(_NULL)
            else:
                rec.append(_var(len(hv)))
                rec.append(hv)
        ln = sum(len(c) for c in rec)
        parts.append(_var(ln))
        parts.extend(rec)
    max_ts = template.max_timestamp if log_append else max(r.timestamp for r in records)
    data = _assemble(
        parts,
        len(records),
        base_offset=template.base_offset,
        base_timestamp=template.base_timestamp if log_append else base_ts,
        max_timestamp=max_ts,
        compression=template.compression,
        compression_level=None,
        producer_id=template.producer_id,
        producer_epoch=template.producer_epoch,
        base_sequence=template.base_sequence,
        partition_leader_epoch=template.partition_leader_epoch,
        attributes=template.attributes & ~0x07,
    )
    # keep the template's offset range: patch last offset delta and recompute the CRC
    buf = bytearray(data)
    struct.pack_into(">i", buf, 23, template.last_offset_delta)
    struct.pack_into(">I", buf, 17, crc32c(memoryview(buf)[21:]))
    return bytes(buf)
