"""A records field as a sequence of batches: several batches, partial trailing batches, and
legacy message sets (magic 0 and 1), which are recognised and refused."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.records import (
    Compression,
    CorruptRecordError,
    InvalidRecordError,
    RecordBatch,
    RecordError,
    UnsupportedMagicError,
    build_batch,
    iter_batches,
    magic_of,
    validate_produce,
)

from ._support import CODECS, ours

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _field(codecs: list[Compression], sizes: list[int]) -> tuple[bytes, list[list[bytes]]]:
    parts: list[bytes] = []
    values: list[list[bytes]] = []
    offset = 0
    for i, (codec, n) in enumerate(zip(codecs, sizes, strict=True)):
        vals = [b"b%d-r%d-" % (i, j) * (j + 1) for j in range(n)]
        parts.append(build_batch(vals, timestamps=i, compression=codec, base_offset=offset))
        values.append(vals)
        offset += n
    return b"".join(parts), values


@SETTINGS
@given(
    codecs=st.lists(st.sampled_from(CODECS), min_size=1, max_size=6),
    data=st.data(),
)
def test_several_batches_and_every_partial_tail(
    codecs: list[Compression], data: st.DataObject
) -> None:
    sizes = [data.draw(st.integers(1, 5)) for _ in codecs]
    field, values = _field(codecs, sizes)
    batches = list(iter_batches(field, allow_partial=False))
    assert [[r.value for r in b.records()] for b in batches] == values
    offsets = [r.offset for b in batches for r in b.records()]
    assert offsets == list(range(sum(sizes)))
    for b in batches:
        b.ensure_valid()
    # every cut of the field: the whole batches before the cut come out, the rest is skipped
    ends = []
    pos = 0
    for b in batches:
        pos += b.size
        ends.append(pos)
    cuts = data.draw(st.lists(st.integers(0, len(field)), max_size=12))
    for cut in [*cuts, *ends, len(field) - 1]:
        whole = sum(1 for e in ends if e <= cut)
        got = list(iter_batches(field[:cut]))
        assert [[r.value for r in b.records()] for b in got] == values[:whole]
        if cut not in ends and cut != 0:
            with pytest.raises(CorruptRecordError):
                list(iter_batches(field[:cut], allow_partial=False))


def test_iter_batches_accepts_buffers_of_any_kind() -> None:
    field, values = _field([Compression.NONE, Compression.LZ4], [2, 3])
    for buf in (field, bytearray(field), memoryview(field), memoryview(bytearray(field))):
        assert [[r.value for r in b.records()] for b in iter_batches(buf)] == values
    # a memoryview with another format is read as bytes
    as_ints = memoryview(field[: len(field) // 4 * 4]).cast("I")
    assert isinstance(list(iter_batches(as_ints)), list)


def test_batches_are_views_not_copies() -> None:
    field, _ = _field([Compression.NONE, Compression.NONE], [1, 1])
    buf = bytearray(field)
    first, second = iter_batches(buf)
    assert first.view.obj is buf and second.view.obj is buf


def test_at_with_position() -> None:
    field, values = _field([Compression.GZIP, Compression.ZSTD, Compression.NONE], [1, 2, 3])
    pos = 0
    for vals in values:
        batch = RecordBatch.at(field, pos)
        assert [r.value for r in batch.records()] == vals
        pos += batch.size
    assert pos == len(field)


def test_garbage_between_batches() -> None:
    field, _ = _field([Compression.NONE, Compression.NONE], [1, 1])
    first = RecordBatch.at(field).size
    bad = field[:first] + b"\x00" * 12 + field[first:]
    # 12 zero bytes read as a batch of length 0; byte 16 (the next batch's offset) reads as
    # magic 0, so this is reported as a legacy message set: either way a RecordError
    with pytest.raises(RecordError):
        list(iter_batches(bad))
    bad = field[:first] + b"\x00" * 8 + b"\x00\x00\x00\x10" + b"\x07" * 20 + field[first:]
    with pytest.raises(CorruptRecordError):
        list(iter_batches(bad))


def test_empty_field() -> None:
    assert list(iter_batches(b"")) == []
    assert list(iter_batches(b"", allow_partial=False)) == []
    with pytest.raises(InvalidRecordError):
        validate_produce(b"")
    with pytest.raises(InvalidRecordError):
        validate_produce(None)


def test_produce_needs_exactly_one_batch() -> None:
    field, _ = _field([Compression.NONE, Compression.NONE], [1, 1])
    with pytest.raises(InvalidRecordError) as info:
        validate_produce(field)
    assert info.value.error_code == 87


def test_magic_of() -> None:
    assert magic_of(build_batch([b"x"])) == 2
    with pytest.raises(CorruptRecordError):
        magic_of(b"\x00" * 16)


# ---------------------------------------------------------------- legacy message sets


def _legacy_with_kafka_python(magic: int, codec: int, n: int = 3, size: int = 100) -> bytes:
    from kafka.record.legacy_records import LegacyRecordBatchBuilder

    builder = LegacyRecordBatchBuilder(magic, codec, 1 << 20)
    for i in range(n):
        builder.append(i, 1_000 + i if magic else None, b"k%d" % i, b"v" * size)
    return bytes(builder.build())


def _legacy_by_hand(magic: int, key: bytes | None, value: bytes | None) -> bytes:
    """One v0/v1 message from the spec: offset, size, crc32, magic, attributes, [timestamp],
    key, value."""

    def blob(b: bytes | None) -> bytes:
        return struct.pack(">i", -1) if b is None else struct.pack(">i", len(b)) + b

    body = (
        bytes((magic, 0)) + (struct.pack(">q", 1_000) if magic else b"") + blob(key) + blob(value)
    )
    message = struct.pack(">I", zlib.crc32(body)) + body
    return struct.pack(">qi", 0, len(message)) + message


LEGACY = {
    "v0": _legacy_with_kafka_python(0, 0),
    "v0-gzip": _legacy_with_kafka_python(0, 1),
    "v1": _legacy_with_kafka_python(1, 0),
    "v1-gzip": _legacy_with_kafka_python(1, 1),
    "v1-snappy": _legacy_with_kafka_python(1, 2),
    "v1-small": _legacy_with_kafka_python(1, 0, n=1, size=1),
    "v0-hand-null": _legacy_by_hand(0, None, None),
    "v1-hand": _legacy_by_hand(1, b"key", b"value"),
    "v1-hand-big": _legacy_by_hand(1, b"key", b"value" * 40),
}


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_message_sets_are_refused_by_produce(name: str) -> None:
    buf = LEGACY[name]
    assert magic_of(buf) in (0, 1)
    with pytest.raises(UnsupportedMagicError) as info:
        validate_produce(buf)
    assert info.value.error_code == 87  # INVALID_RECORD, as Kafka 4 answers
    assert isinstance(info.value, InvalidRecordError)


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_message_sets_are_recognised_by_iter_batches(name: str) -> None:
    buf = LEGACY[name]
    with pytest.raises(UnsupportedMagicError):
        list(iter_batches(buf))
    # after a good batch too
    good = build_batch([b"x"])
    it = iter_batches(good + buf)
    assert [r.value for r in next(it).records()] == [b"x"]
    with pytest.raises(UnsupportedMagicError):
        next(it)


@pytest.mark.parametrize(
    "name",
    sorted(LEGACY),
)
def test_legacy_message_sets_are_recognised_by_at(name: str) -> None:
    """RecordBatch.at should recognise v0/v1 the way iter_batches and validate_produce do."""
    with pytest.raises(UnsupportedMagicError):
        RecordBatch.at(LEGACY[name])


def test_legacy_magic_with_magic_2_fields_is_still_refused() -> None:
    """A v2 batch with its magic byte set to 1 is refused as legacy, not read as v2."""
    buf = bytearray(build_batch([b"x" * 100]))
    buf[16] = 1
    for fn in (
        lambda: RecordBatch.at(buf),
        lambda: list(iter_batches(buf)),
        lambda: validate_produce(buf),
    ):
        with pytest.raises(UnsupportedMagicError):
            fn()


@pytest.mark.parametrize("magic", [3, 4, 127, -1])
def test_unknown_magic(magic: int) -> None:
    buf = bytearray(build_batch([b"x" * 100]))
    struct.pack_into(">b", buf, 16, magic)
    with pytest.raises(CorruptRecordError):
        RecordBatch.at(buf)
    with pytest.raises(RecordError):
        validate_produce(buf)


def test_records_of_one_batch_read_after_the_buffer_changes() -> None:
    """Batches are views: records() reads the bytes as they are when iterated."""
    buf = bytearray(build_batch([b"abc"], timestamps=0))
    batch = RecordBatch.at(buf)
    buf[-3] = ord("X")  # value b"aXc" (the last byte is the header count)
    _, records = ours(buf)
    assert records[0].value == b"aXc"
    assert not batch.is_valid()
