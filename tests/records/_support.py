"""Shared helpers for the record-batch tests.

- An independent magic-2 encoder (`encode_record`, `frame_batch`, `fix_crc`) written from the
  Kafka spec, not from fluxmq's builder, used to forge batches that fluxmq's builder cannot
  produce (bad lengths, hand-made control records, malformed records with a valid CRC).
- Hypothesis strategies for records and batch header fields.
- Adapters that read a batch with kafka-python's and aiokafka's (C and pure-Python) readers and
  write one with their builders, normalising everything into plain tuples.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from crc32c import crc32c
from hypothesis import strategies as st

from fluxmq.protocol.records import Compression, RecordBatch

# ---------------------------------------------------------------- independent encoder

BATCH_HEADER = struct.Struct(">qiibIhiqqqhii")
HEADER_SIZE = 61
CRC_AT = 17
ATTRS_AT = 21
LENGTH_AT = 8
LEADER_EPOCH_AT = 12
MAGIC_AT = 16
LAST_OFFSET_DELTA_AT = 23
BASE_TS_AT = 27
MAX_TS_AT = 35
PRODUCER_ID_AT = 43
PRODUCER_EPOCH_AT = 51
BASE_SEQUENCE_AT = 53
RECORD_COUNT_AT = 57

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

Headers = Sequence[tuple[str, bytes | None]]


def zigzag(n: int) -> bytes:
    """Kafka's zig-zag varint/varlong, written out longhand."""
    z = (n << 1) ^ (n >> 63) if n < 0 else n << 1
    out = bytearray()
    while True:
        if z < 0x80:
            out.append(z)
            return bytes(out)
        out.append((z & 0x7F) | 0x80)
        z >>= 7


def _nullable(b: bytes | None) -> bytes:
    return zigzag(-1) if b is None else zigzag(len(b)) + b


def record_body(
    offset_delta: int,
    ts_delta: int,
    key: bytes | None,
    value: bytes | None,
    headers: Headers = (),
    attributes: int = 0,
) -> bytes:
    """A record without its length prefix."""
    out = bytearray((attributes,))
    out += zigzag(ts_delta) + zigzag(offset_delta) + _nullable(key) + _nullable(value)
    out += zigzag(len(headers))
    for hk, hv in headers:
        kb = hk.encode("utf-8")
        out += zigzag(len(kb)) + kb + _nullable(hv)
    return bytes(out)


def encode_record(
    offset_delta: int,
    ts_delta: int,
    key: bytes | None,
    value: bytes | None,
    headers: Headers = (),
) -> bytes:
    body = record_body(offset_delta, ts_delta, key, value, headers)
    return zigzag(len(body)) + body


def fix_crc(buf: bytearray, pos: int = 0) -> bytearray:
    """Recompute the CRC-32C of the batch at `pos` from its (possibly edited) length field."""
    (length,) = struct.unpack_from(">i", buf, pos + LENGTH_AT)
    end = pos + 12 + length
    struct.pack_into(">I", buf, pos + CRC_AT, crc32c(bytes(buf[pos + ATTRS_AT : end])))
    return buf


def frame_batch(
    body: bytes,
    count: int,
    *,
    last_offset_delta: int | None = None,
    base_offset: int = 0,
    partition_leader_epoch: int = -1,
    magic: int = 2,
    attributes: int = 0,
    base_timestamp: int = 0,
    max_timestamp: int | None = None,
    producer_id: int = -1,
    producer_epoch: int = -1,
    base_sequence: int = -1,
    length: int | None = None,
    crc: int | None = None,
) -> bytearray:
    """A batch around an already encoded (and possibly compressed) records section.

    The CRC is computed unless given; `length` overrides the batch length field.
    """
    buf = bytearray(HEADER_SIZE) + body
    BATCH_HEADER.pack_into(
        buf,
        0,
        base_offset,
        len(buf) - 12 if length is None else length,
        partition_leader_epoch,
        magic,
        0,
        attributes,
        count - 1 if last_offset_delta is None else last_offset_delta,
        base_timestamp,
        base_timestamp if max_timestamp is None else max_timestamp,
        producer_id,
        producer_epoch,
        base_sequence,
        count,
    )
    value = crc32c(bytes(buf[ATTRS_AT:])) if crc is None else crc
    struct.pack_into(">I", buf, CRC_AT, value)
    return buf


def put(buf: bytearray, fmt: str, at: int, value: int, *, recrc: bool = True) -> bytearray:
    """Overwrite a header field, then fix the CRC (unless told not to)."""
    out = bytearray(buf)
    struct.pack_into(fmt, out, at, value)
    return fix_crc(out) if recrc else out


def flip(buf: bytes | bytearray, bit: int) -> bytearray:
    out = bytearray(buf)
    out[bit >> 3] ^= 0x80 >> (bit & 7)
    return out


# ---------------------------------------------------------------- expected values


class Rec(NamedTuple):
    """A record as every reader is compared: absolute offset and timestamp, payload, headers."""

    offset: int
    timestamp: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes | None], ...]


def norm(r: Any) -> Rec:
    """Any library's record (fluxmq Record, kafka-python/aiokafka DefaultRecord) as a Rec."""
    headers = tuple((k, None if v is None else bytes(v)) for k, v in (r.headers or ()))
    key = None if r.key is None else bytes(r.key)
    value = None if r.value is None else bytes(r.value)
    return Rec(r.offset, r.timestamp, key, value, headers)


def ours(buf: bytes | bytearray | memoryview) -> tuple[RecordBatch, list[Rec]]:
    batch = RecordBatch.at(buf)
    return batch, [norm(r) for r in batch.records()]


# ---------------------------------------------------------------- strategies

CODECS = list(Compression)
COMPRESSED = [c for c in Compression if c != Compression.NONE]

timestamps_base = st.one_of(
    st.integers(0, 2**44),
    st.integers(-(2**40), 2**44),
    st.just(-1),
    st.just(0),
)
ts_deltas = st.one_of(
    st.just(0),
    st.integers(-1000, 1000),
    st.integers(-(2**40), 2**40),
)
payloads = st.one_of(
    st.none(),
    st.binary(max_size=64),
    st.binary(min_size=120, max_size=300),
)
header_values = st.one_of(st.none(), st.binary(max_size=24))
header_lists = st.lists(st.tuples(st.text(max_size=10), header_values), max_size=3)


@dataclass
class Spec:
    """Records to write: parallel lists, timestamps absolute."""

    keys: list[bytes | None]
    values: list[bytes | None]
    headers: list[list[tuple[str, bytes | None]]]
    timestamps: list[int]

    def __len__(self) -> int:
        return len(self.values)

    def expected(self, base_offset: int = 0) -> list[Rec]:
        return [
            Rec(base_offset + i, self.timestamps[i], k, v, tuple(h))
            for i, (k, v, h) in enumerate(zip(self.keys, self.values, self.headers, strict=True))
        ]


@st.composite
def specs(draw: st.DrawFn, min_size: int = 1, max_size: int = 12) -> Spec:
    n = draw(st.integers(min_size, max_size))
    base = draw(timestamps_base)
    same_ts = draw(st.booleans())
    deltas = [0] * n if same_ts else [0, *(draw(ts_deltas) for _ in range(n - 1))]
    return Spec(
        keys=[draw(payloads) for _ in range(n)],
        values=[draw(payloads) for _ in range(n)],
        headers=[draw(header_lists) for _ in range(n)],
        timestamps=[base + d for d in deltas],
    )


@dataclass
class Producer:
    producer_id: int
    producer_epoch: int
    base_sequence: int
    transactional: bool


producers = st.builds(
    Producer,
    producer_id=st.one_of(st.just(-1), st.integers(0, INT64_MAX)),
    producer_epoch=st.one_of(st.just(-1), st.integers(0, 2**15 - 1)),
    base_sequence=st.one_of(st.just(-1), st.integers(0, INT32_MAX)),
    transactional=st.booleans(),
)

# ---------------------------------------------------------------- other libraries


@dataclass
class Seen:
    """What a reader reports about one batch."""

    header: dict[str, int]
    crc_ok: bool
    records: list[Rec]


HEADER_FIELDS = (
    "base_offset",
    "magic",
    "crc",
    "attributes",
    "last_offset_delta",
    "first_timestamp",
    "max_timestamp",
    "producer_id",
    "producer_epoch",
    "base_sequence",
    "compression_type",
    "timestamp_type",
)


def our_header(b: RecordBatch) -> dict[str, int]:
    return {
        "base_offset": b.base_offset,
        "magic": b.magic,
        "crc": b.crc,
        "attributes": b.attributes,
        "last_offset_delta": b.last_offset_delta,
        "first_timestamp": b.base_timestamp,
        "max_timestamp": b.max_timestamp,
        "producer_id": b.producer_id,
        "producer_epoch": b.producer_epoch,
        "base_sequence": b.base_sequence,
        "compression_type": int(b.compression),
        "timestamp_type": int(b.timestamp_type),
    }


def _read_with(cls: Callable[[Any], Any]) -> Callable[[bytes], Seen]:
    def read(buf: bytes) -> Seen:
        batch = cls(bytes(buf))
        header = {f: int(getattr(batch, f)) for f in HEADER_FIELDS}
        crc_ok = bool(batch.validate_crc())  # must precede iteration (it checks that)
        return Seen(header, crc_ok, [norm(r) for r in batch])

    return read


def _readers() -> dict[str, Callable[[bytes], Seen]]:
    from aiokafka.record.default_records import _DefaultRecordBatchPy
    from kafka.record.default_records import DefaultRecordBatch as KafkaPythonBatch

    out = {
        "kafka-python": _read_with(KafkaPythonBatch),
        "aiokafka-py": _read_with(_DefaultRecordBatchPy),
    }
    try:
        from aiokafka.record._crecords import DefaultRecordBatch as CBatch
    except ImportError:  # pragma: no cover - the C extension is optional
        pass
    else:
        out["aiokafka-c"] = _read_with(CBatch)
    return out


READERS = _readers()


def _builders() -> dict[str, Callable[..., Any]]:
    from aiokafka.record.default_records import _DefaultRecordBatchBuilderPy
    from kafka.record.default_records import DefaultRecordBatchBuilder as KafkaPythonBuilder

    out: dict[str, Callable[..., Any]] = {
        "kafka-python": KafkaPythonBuilder,
        "aiokafka-py": _DefaultRecordBatchBuilderPy,
    }
    try:
        from aiokafka.record._crecords import DefaultRecordBatchBuilder as CBuilder
    except ImportError:  # pragma: no cover
        pass
    else:
        out["aiokafka-c"] = CBuilder
    return out


BUILDERS = _builders()


def build_with(
    name: str, spec: Spec, codec: Compression, producer: Producer
) -> tuple[bytes, list[Rec]]:
    """A batch written by another library's builder; returns it with the records it holds."""
    builder = BUILDERS[name](
        2,
        int(codec),
        int(producer.transactional),
        producer.producer_id,
        producer.producer_epoch,
        producer.base_sequence,
        1 << 30,
    )
    for i in range(len(spec)):
        meta = builder.append(
            i, spec.timestamps[i], spec.keys[i], spec.values[i], list(spec.headers[i])
        )
        assert meta is not None
    return bytes(builder.build()), spec.expected(0)


def multi_batch_readers() -> dict[str, Callable[[bytes], list[list[Rec]]]]:
    """Readers of a whole records field (several batches): records of each batch."""
    from aiokafka.record.memory_records import _MemoryRecordsPy
    from kafka.record.memory_records import MemoryRecords as KafkaPythonMemoryRecords

    classes: dict[str, Any] = {
        "kafka-python": KafkaPythonMemoryRecords,
        "aiokafka-py": _MemoryRecordsPy,
    }
    try:
        from aiokafka.record._crecords import MemoryRecords as CMemoryRecords
    except ImportError:  # pragma: no cover
        pass
    else:
        classes["aiokafka-c"] = CMemoryRecords

    def reader(cls: Any) -> Callable[[bytes], list[list[Rec]]]:
        def read(buf: bytes) -> list[list[Rec]]:
            mr = cls(bytes(buf))
            out = []
            while mr.has_next():
                batch = mr.next_batch()
                if batch is None:
                    break
                assert batch.validate_crc()
                out.append([norm(r) for r in batch])
            return out

        return read

    return {name: reader(cls) for name, cls in classes.items()}
