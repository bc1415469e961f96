"""Corrupt input: every bit flip, every truncation, bad lengths and counts, malformed records.

The contract under test: corrupt bytes produce a RecordError subclass (mostly
CorruptRecordError, code 2), never IndexError, struct.error, UnicodeDecodeError, a codec's own
exception or a silent wrong answer where the CRC can tell.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.records import (
    Compression,
    CorruptRecordError,
    InvalidRecordError,
    RecordBatch,
    RecordError,
    UnsupportedCompressionError,
    UnsupportedMagicError,
    build_batch,
    compress,
    iter_batches,
    validate_produce,
)

from ._support import (
    ATTRS_AT,
    CODECS,
    HEADER_SIZE,
    LAST_OFFSET_DELTA_AT,
    LEADER_EPOCH_AT,
    LENGTH_AT,
    MAGIC_AT,
    READERS,
    RECORD_COUNT_AT,
    encode_record,
    fix_crc,
    flip,
    frame_batch,
    put,
    record_body,
    zigzag,
)

NOW = 1_700_000_000_000


def _modest_batch(codec: Compression) -> bytes:
    """A few hundred bytes: keys, null keys and values, headers, differing timestamps."""
    rng = random.Random(int(codec))
    n = 6
    values = [bytes(rng.choice(b"abcdefgh") for _ in range(rng.randint(20, 60))) for _ in range(n)]
    values[2] = None  # type: ignore[call-overload]
    keys = [None if i % 3 == 0 else b"key-%d" % i for i in range(n)]
    headers = [[("trace", b"t%d" % i), ("null", None)] if i % 2 else [] for i in range(n)]
    timestamps = [NOW + d for d in (0, 5, -3, 7, 7, 1)]
    buf = build_batch(
        values,
        keys,
        headers,
        timestamps,
        compression=codec,
        producer_id=4242,
        producer_epoch=3,
        base_sequence=17,
    )
    assert 150 <= len(buf) <= 600, len(buf)
    return buf


BATCHES = {codec: _modest_batch(codec) for codec in CODECS}


def _records_or_record_error(buf: bytes | bytearray) -> None:
    """Reading a (possibly corrupt) batch either works or raises a RecordError: nothing else."""
    try:
        for batch in iter_batches(buf, allow_partial=False):
            for _ in batch.records():
                pass
    except RecordError:
        pass


def _consume_strictly(buf: bytes | bytearray) -> None:
    """iter_batches without tolerance for partial batches, each CRC checked, records read."""
    for batch in iter_batches(buf, allow_partial=False):
        batch.ensure_valid()
        list(batch.records())


def test_fixtures_are_valid() -> None:
    for buf in BATCHES.values():
        RecordBatch.at(buf).ensure_valid()
        validate_produce(buf, now_ms=NOW, check_records=True)
        _consume_strictly(buf)


# ---------------------------------------------------------------- single-bit flips


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_every_flip_in_the_crc_covered_region_is_detected(codec: Compression) -> None:
    """From the CRC field (byte 17) to the end: the CRC itself, attributes and everything after.

    CRC-32C detects every single-bit error, so each flip must be refused by ensure_valid and by
    validate_produce, and must be visible to the peers' CRC checks too.
    """
    from kafka.record.default_records import DefaultRecordBatch

    def peer_crc_ok(b: bytes) -> bool:
        return bool(DefaultRecordBatch(b).validate_crc())

    buf = BATCHES[codec]
    for bit in range(17 * 8, len(buf) * 8):
        bad = flip(buf, bit)
        batch = RecordBatch.at(bad)  # the framing (length, magic) is untouched
        assert not batch.is_valid(), bit
        with pytest.raises(CorruptRecordError):
            batch.ensure_valid()
        with pytest.raises(CorruptRecordError) as info:
            validate_produce(bad, now_ms=NOW, check_records=True)
        assert info.value.error_code == 2
        with pytest.raises(CorruptRecordError):
            _consume_strictly(bad)
        # reading the records without checking the CRC first never escapes as another type
        _records_or_record_error(bad)
        if bit % 7 == 0:  # a sample is enough to confirm the peer agrees
            assert not peer_crc_ok(bytes(bad))


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_flips_outside_the_crc_base_offset_and_leader_epoch(codec: Compression) -> None:
    """Base offset (bytes 0-7) and partition leader epoch (12-15) are outside the CRC.

    Kafka's design leaves them out on purpose: the broker assigns both to every batch it
    appends (offsets on the leader, the epoch on every replica), and excluding them means it
    can stamp them in place without recomputing a CRC over the whole batch. The cost is that a
    flip there is invisible to the CRC; these asserts pin that down so that nobody "fixes" the
    CRC range, which would break every other Kafka implementation's checks.
    """
    buf = BATCHES[codec]
    base_records = list(RecordBatch.at(buf).records())
    for bit in [*range(0, 64), *range(LEADER_EPOCH_AT * 8, LEADER_EPOCH_AT * 8 + 32)]:
        bad = flip(buf, bit)
        batch = RecordBatch.at(bad)
        assert batch.is_valid(), bit
        batch.ensure_valid()
        records = list(batch.records())
        if bit < 64:
            # base offset 0 with one bit set: bit 0 of the stream is the int64's sign bit
            assert batch.base_offset == (-(2**63) if bit == 0 else 1 << (63 - bit))
            assert [r.offset for r in records] == [batch.base_offset + i for i in range(6)]
        else:
            assert batch.partition_leader_epoch != -1
            assert [r.offset for r in records] == [r.offset for r in base_records]
        assert [(r.key, r.value, r.timestamp) for r in records] == [
            (r.key, r.value, r.timestamp) for r in base_records
        ]
        for read in READERS.values():
            assert read(bytes(bad)).crc_ok  # the peers agree: not covered


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_flips_in_batch_length(codec: Compression) -> None:
    """The length field is outside the CRC too, but every flip there is still caught.

    A longer length points past the buffer: RecordBatch.at and a strict iter_batches say so. A
    shorter one (still >= the header) makes the CRC cover fewer bytes: ensure_valid fails. Any
    other outcome (IndexError, struct.error, a silently shortened batch) is a bug.
    """
    buf = BATCHES[codec]
    for bit in range(LENGTH_AT * 8, LENGTH_AT * 8 + 32):
        bad = flip(buf, bit)
        (length,) = struct.unpack_from(">i", bad, LENGTH_AT)
        if length > len(buf) - 12 or length < 49:
            with pytest.raises(CorruptRecordError):
                RecordBatch.at(bad)
            with pytest.raises(CorruptRecordError):
                list(iter_batches(bad, allow_partial=False))
            if length > len(buf) - 12:
                # Tolerant iteration cannot tell this from a partial trailing batch.
                assert list(iter_batches(bad)) == [], bit
            else:
                with pytest.raises(CorruptRecordError):
                    list(iter_batches(bad))
        else:
            batch = RecordBatch.at(bad)
            assert batch.size == length + 12 < len(buf)
            with pytest.raises(CorruptRecordError):
                batch.ensure_valid()
        with pytest.raises(RecordError):
            _consume_strictly(bad)
        with pytest.raises(RecordError):
            validate_produce(bad, now_ms=NOW)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_flips_in_magic(codec: Compression) -> None:
    buf = BATCHES[codec]
    for bit in range(MAGIC_AT * 8, MAGIC_AT * 8 + 8):
        bad = flip(buf, bit)
        expected = UnsupportedMagicError if bad[MAGIC_AT] in (0, 1) else CorruptRecordError
        with pytest.raises(expected):
            RecordBatch.at(bad)
        with pytest.raises(expected):
            list(iter_batches(bad))
        with pytest.raises(expected):
            validate_produce(bad, now_ms=NOW)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_record_level_flips_with_recomputed_crc(codec: Compression) -> None:
    """A writer with a bug (or an attacker) can emit a valid CRC over garbage.

    Flip every bit after the header and recompute the CRC: the record decoder alone must then
    either decode something or raise a RecordError, never another exception.
    """
    buf = BATCHES[codec]
    for bit in range(HEADER_SIZE * 8, len(buf) * 8):
        bad = fix_crc(flip(buf, bit))
        RecordBatch.at(bad).ensure_valid()
        _records_or_record_error(bad)
        try:
            validate_produce(bad, now_ms=NOW, check_records=True)
        except RecordError:
            pass


# ---------------------------------------------------------------- truncation


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_every_truncation(codec: Compression) -> None:
    buf = BATCHES[codec]
    for n in range(len(buf)):
        cut = buf[:n]
        with pytest.raises(CorruptRecordError):
            RecordBatch.at(cut)
        if n:
            with pytest.raises(CorruptRecordError):
                list(iter_batches(cut, allow_partial=False))
        else:
            assert list(iter_batches(cut, allow_partial=False)) == []  # an empty field
        assert list(iter_batches(cut)) == []  # a partial trailing batch: skipped quietly
        with pytest.raises(CorruptRecordError if n else InvalidRecordError):
            validate_produce(cut, now_ms=NOW)
        # Also as the last batch of a records field: the first batch still comes out whole.
        both = list(iter_batches(buf + cut))
        assert len(both) == 1 and bytes(both[0].view) == buf
        if n:
            with pytest.raises(RecordError):
                validate_produce(buf + cut, now_ms=NOW)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_every_truncation_of_the_records_with_a_consistent_frame(codec: Compression) -> None:
    """Records section cut short, length and CRC rewritten to match: the records are corrupt."""
    buf = BATCHES[codec]
    for n in range(HEADER_SIZE, len(buf)):
        cut = bytearray(buf[:n])
        struct.pack_into(">i", cut, LENGTH_AT, n - 12)
        fix_crc(cut)
        batch = RecordBatch.at(cut)
        batch.ensure_valid()
        with pytest.raises(CorruptRecordError):
            list(batch.records())
        with pytest.raises(CorruptRecordError):
            validate_produce(cut, now_ms=NOW, check_records=True)


# ---------------------------------------------------------------- lengths and counts


@pytest.mark.parametrize(
    "length", [-1, -(2**31), 0, 1, 48, 2**31 - 1, len(BATCHES[Compression.NONE]) - 11]
)
def test_bad_batch_lengths(length: int) -> None:
    bad = put(bytearray(BATCHES[Compression.NONE]), ">i", LENGTH_AT, length, recrc=False)
    with pytest.raises(CorruptRecordError):
        RecordBatch.at(bad)
    with pytest.raises(CorruptRecordError):
        list(iter_batches(bad, allow_partial=False))
    with pytest.raises(CorruptRecordError):
        validate_produce(bad)


def test_header_only_batch_length() -> None:
    """Length 49 is a batch with no records section: framing is fine, records are not."""
    buf = BATCHES[Compression.NONE]
    bad = fix_crc(put(bytearray(buf[:HEADER_SIZE]), ">i", LENGTH_AT, 49, recrc=False))
    batch = RecordBatch.at(bad)
    batch.ensure_valid()
    with pytest.raises(CorruptRecordError):
        list(batch.records())
    with pytest.raises(CorruptRecordError):
        validate_produce(bad, now_ms=NOW, check_records=True)


def test_view_and_length_must_agree() -> None:
    buf = BATCHES[Compression.NONE]
    with pytest.raises(CorruptRecordError):
        RecordBatch(memoryview(buf + b"\x00"))
    with pytest.raises(CorruptRecordError):
        RecordBatch(memoryview(buf[:-1]))
    with pytest.raises(CorruptRecordError):
        RecordBatch(memoryview(buf[:60]))
    with pytest.raises(CorruptRecordError):
        RecordBatch.at(buf, len(buf) - 5)
    with pytest.raises(CorruptRecordError):
        RecordBatch.at(buf, len(buf) + 5)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
@pytest.mark.parametrize("count", [-1, -(2**31)])
def test_negative_record_count(codec: Compression, count: int) -> None:
    bad = put(bytearray(BATCHES[codec]), ">i", RECORD_COUNT_AT, count)
    batch = RecordBatch.at(bad)
    batch.ensure_valid()
    with pytest.raises(CorruptRecordError):
        batch.records()
    with pytest.raises(InvalidRecordError) as info:
        validate_produce(bad, now_ms=NOW)
    assert info.value.error_code == 87


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
@pytest.mark.parametrize("count", [0, 1, 5, 7, 8, 100, 2**31 - 1])
def test_record_count_that_does_not_match(codec: Compression, count: int) -> None:
    """The batch holds 6 records; the header claims `count` (last offset delta kept consistent,
    CRC recomputed), so only reading the records can tell."""
    bad = put(bytearray(BATCHES[codec]), ">i", RECORD_COUNT_AT, count)
    bad = put(bad, ">i", LAST_OFFSET_DELTA_AT, count - 1)
    batch = RecordBatch.at(bad)
    batch.ensure_valid()
    with pytest.raises(CorruptRecordError):
        list(batch.records())
    with pytest.raises(RecordError):
        validate_produce(bad, now_ms=NOW, check_records=True)
    if count == 0:
        with pytest.raises(InvalidRecordError):
            validate_produce(bad, now_ms=NOW)


def test_huge_record_count_is_rejected_quickly() -> None:
    """A count of 2^31-1 over a tiny records section must not loop 2^31 times."""
    import time

    bad = frame_batch(encode_record(0, 0, None, b"x"), 2**31 - 1)
    t = time.perf_counter()
    with pytest.raises(CorruptRecordError):
        RecordBatch.at(bad).records()
    assert time.perf_counter() - t < 0.5


# ---------------------------------------------------------------- malformed records


def _rec(inner: bytes) -> bytes:
    """A record with a correct length prefix around hand-written (malformed) fields."""
    return zigzag(len(inner)) + inner


NO_KEY_NO_VALUE = b"\x00\x00\x00" + zigzag(-1) + zigzag(-1)  # attributes, deltas, nulls

MALFORMED: dict[str, tuple[bytes, int]] = {
    # name: (records section, declared count)
    "record length past the end": (zigzag(100) + record_body(0, 0, None, b"x"), 1),
    "record length negative": (zigzag(-3) + record_body(0, 0, None, b"x"), 1),
    "record length below the minimum": (zigzag(5) + record_body(0, 0, None, None)[:5], 1),
    "record length shorter than its fields": (
        zigzag(7) + record_body(0, 0, None, b"xyz"),
        1,
    ),
    "record length longer than its fields": (
        zigzag(9) + record_body(0, 0, None, b"x") + b"\x00\x00",
        1,
    ),
    "key length overruns the record": (
        _rec(b"\x00\x00\x00" + zigzag(50) + b"k" + zigzag(-1) + b"\x00"),
        1,
    ),
    "value length overruns the record": (
        _rec(b"\x00\x00\x00" + zigzag(-1) + zigzag(40) + b"v\x00"),
        1,
    ),
    "value length overruns into the next record": (
        _rec(b"\x00\x00\x00" + zigzag(-1) + zigzag(10) + b"v\x00")
        + encode_record(1, 0, None, b"next record"),
        2,
    ),
    "negative header count": (
        _rec(NO_KEY_NO_VALUE + zigzag(-2)),
        1,
    ),
    "huge header count": (
        _rec(NO_KEY_NO_VALUE + zigzag(2**30) + b"\x00\x00"),
        1,
    ),
    "header key length negative": (
        _rec(NO_KEY_NO_VALUE + zigzag(1) + zigzag(-1) + zigzag(-1)),
        1,
    ),
    "header key length overruns": (
        _rec(NO_KEY_NO_VALUE + zigzag(1) + zigzag(30) + b"k" + zigzag(-1)),
        1,
    ),
    "header value length overruns": (
        _rec(NO_KEY_NO_VALUE + zigzag(1) + zigzag(1) + b"k" + zigzag(9)),
        1,
    ),
    "header key not UTF-8": (
        encode_record(0, 0, None, None, [("x", b"v")]).replace(b"x", b"\xff"),
        1,
    ),
    "varint longer than five bytes": (
        zigzag(12) + b"\x00\x00\x00" + b"\xff\xff\xff\xff\xff\x01" + b"\x01\x00",
        1,
    ),
    "varlong longer than ten bytes": (
        zigzag(14) + b"\x00" + b"\xff" * 10 + b"\x01\x00\x01\x01\x00",
        1,
    ),
    "truncated inside a varint": (encode_record(0, 0, None, b"x") + b"\x0c\x00\x80", 2),
    "record missing entirely": (encode_record(0, 0, None, b"x"), 2),
    "bytes after the declared records": (encode_record(0, 0, None, b"x") + b"\x00", 1),
    "a whole extra record": (encode_record(0, 0, None, b"x") * 2, 1),
    "empty section": (b"", 1),
}


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_records(codec: Compression, name: str) -> None:
    body, count = MALFORMED[name]
    buf = frame_batch(compress(codec, body), count, attributes=codec, base_timestamp=NOW)
    batch = RecordBatch.at(buf)
    batch.ensure_valid()
    with pytest.raises(CorruptRecordError):
        list(batch.records())
    with pytest.raises(CorruptRecordError):
        validate_produce(buf, now_ms=NOW, check_records=True)
    if codec == Compression.NONE:
        # the peer agrees that these are not records (it may say so with another message)
        from kafka.errors import CorruptRecordError as KafkaCorrupt

        try:
            READERS["kafka-python"](bytes(buf))
        except (KafkaCorrupt, IndexError, ValueError, UnicodeDecodeError):
            pass
        else:
            pytest.fail(f"kafka-python accepted {name!r}")


@pytest.mark.parametrize("codec_id", [5, 6, 7])
def test_unknown_codec_id(codec_id: int) -> None:
    buf = frame_batch(encode_record(0, 0, None, b"x"), 1, attributes=codec_id)
    batch = RecordBatch.at(buf)
    batch.ensure_valid()
    with pytest.raises(UnsupportedCompressionError) as info:
        batch.records()
    assert info.value.error_code == 76
    with pytest.raises(UnsupportedCompressionError):
        validate_produce(buf)


@pytest.mark.parametrize(
    "codec", [c for c in CODECS if c != Compression.NONE], ids=lambda c: c.name
)
@pytest.mark.parametrize(
    "garbage", [b"", b"\x00", b"\xff" * 16, bytes(range(256)), b"\x82SNAPPY\x00" + b"\xff" * 12]
)
def test_garbage_compressed_section(codec: Compression, garbage: bytes) -> None:
    buf = frame_batch(garbage, 1, attributes=codec)
    with pytest.raises(CorruptRecordError):
        list(RecordBatch.at(buf).records())


# ---------------------------------------------------------------- fuzzing

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _never_escapes(fn: Callable[[], object]) -> None:
    try:
        fn()
    except RecordError:
        pass


@FUZZ
@given(
    codec=st.sampled_from(CODECS),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=6),
    recrc=st.booleans(),
    cut=st.one_of(st.none(), st.integers(0, 10_000)),
)
def test_random_mutations(
    codec: Compression, edits: list[tuple[int, int]], recrc: bool, cut: int | None
) -> None:
    buf = bytearray(BATCHES[codec])
    for pos, value in edits:
        buf[pos % len(buf)] = value
    if cut is not None:
        buf = buf[: cut % (len(buf) + 1)]
    if recrc and len(buf) >= HEADER_SIZE:
        (length,) = struct.unpack_from(">i", buf, LENGTH_AT)
        if HEADER_SIZE - 12 <= length <= len(buf) - 12:
            fix_crc(buf)
    _never_escapes(lambda: list(iter_batches(buf)))
    _never_escapes(lambda: _records_or_record_error(buf))
    _never_escapes(lambda: validate_produce(buf, now_ms=NOW, check_records=True))
    _never_escapes(lambda: RecordBatch.at(buf).ensure_valid())


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _never_escapes(lambda: [list(b.records()) for b in iter_batches(data, allow_partial=False)])
    _never_escapes(lambda: validate_produce(data, check_records=True))


@FUZZ
@given(
    body=st.binary(max_size=200),
    count=st.integers(-3, 40),
    codec=st.sampled_from(CODECS),
)
def test_random_records_sections(body: bytes, count: int, codec: Compression) -> None:
    """Arbitrary bytes as a records section (uncompressed, or as compressed data) with a good CRC."""
    buf = frame_batch(body, count, attributes=codec)
    _never_escapes(lambda: list(RecordBatch.at(buf).records()))
    _never_escapes(lambda: validate_produce(buf, check_records=True))


@FUZZ
@given(
    records=st.lists(
        st.tuples(st.integers(-5, 300), st.binary(max_size=8), st.integers(-3, 20)),
        min_size=1,
        max_size=5,
    ),
    count=st.integers(0, 6),
)
def test_plausible_records_with_wrong_lengths(
    records: list[tuple[int, bytes, int]], count: int
) -> None:
    """Records whose length prefixes and value lengths lie by small amounts."""
    body = b""
    for length, payload, value_len in records:
        inner = b"\x00\x00\x00" + zigzag(-1) + zigzag(value_len) + payload + b"\x00"
        body += zigzag(length) + inner
    buf = frame_batch(body, count)
    _never_escapes(lambda: list(RecordBatch.at(buf).records()))


def test_header_index_constants_match_the_layout() -> None:
    """Guard for the offsets this file pokes at."""
    buf = build_batch([b"x"], timestamps=0, base_offset=1, partition_leader_epoch=2)
    batch = RecordBatch.at(buf)
    assert struct.unpack_from(">i", buf, LEADER_EPOCH_AT)[0] == batch.partition_leader_epoch == 2
    assert struct.unpack_from(">i", buf, RECORD_COUNT_AT)[0] == 1
    assert struct.unpack_from(">h", buf, ATTRS_AT)[0] == batch.attributes
    assert buf[MAGIC_AT] == 2
