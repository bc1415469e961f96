"""Round trips through fluxmq's own writer and reader, for every codec.

Hypothesis drives build_batch / BatchBuilder / build_control_batch with null keys and values,
headers (null header values, non-ASCII keys), timestamps with differing and negative deltas,
producer fields and the transactional flag; RecordBatch.at / iter_batches / records() must give
everything back, header facts included. Uncompressed output is also compared byte for byte with
the independent encoder of _support, and control batches are read back from hand-made bytes.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.errors import ProtocolError
from fluxmq.protocol.records import (
    BatchBuilder,
    Compression,
    ControlType,
    CorruptRecordError,
    RecordBatch,
    TimestampType,
    build_batch,
    build_control_batch,
    iter_batches,
)

from ._support import (
    CODECS,
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    Producer,
    Rec,
    Spec,
    encode_record,
    frame_batch,
    norm,
    ours,
    producers,
    specs,
)

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

base_offsets = st.one_of(st.just(0), st.integers(0, 2**62))
leader_epochs = st.one_of(st.just(-1), st.integers(0, INT32_MAX))


def _build(
    spec: Spec,
    codec: Compression,
    producer: Producer,
    base_offset: int,
    leader_epoch: int,
    how: str,
) -> bytes:
    kwargs = {
        "compression": codec,
        "producer_id": producer.producer_id,
        "producer_epoch": producer.producer_epoch,
        "base_sequence": producer.base_sequence,
        "transactional": producer.transactional,
        "base_offset": base_offset,
        "partition_leader_epoch": leader_epoch,
    }
    if how == "builder":
        b = BatchBuilder(**kwargs)  # type: ignore[arg-type]
        for i in range(len(spec)):
            assert b.append(spec.values[i], spec.keys[i], spec.headers[i], spec.timestamps[i]) == i
        assert len(b) == len(spec)
        return b.build()
    # build_batch: pass None for "all null"/"none" columns so every encoding path is taken
    keys = None if all(k is None for k in spec.keys) else spec.keys
    headers = None if not any(spec.headers) else spec.headers
    ts: list[int] | int = spec.timestamps
    if len(set(spec.timestamps)) == 1:
        ts = spec.timestamps[0]
    return build_batch(spec.values, keys, headers, ts, **kwargs)  # type: ignore[arg-type]


def _check_header(
    batch: RecordBatch,
    spec: Spec,
    codec: Compression,
    producer: Producer,
    base_offset: int,
    leader_epoch: int,
    size: int,
) -> None:
    n = len(spec)
    assert batch.magic == 2
    assert batch.size == size == batch.batch_length + 12
    assert batch.base_offset == base_offset
    assert batch.partition_leader_epoch == leader_epoch
    assert batch.is_valid()
    batch.ensure_valid()
    assert batch.compression == codec
    assert batch.attributes & 0x07 == codec
    assert batch.timestamp_type == TimestampType.CREATE_TIME
    assert batch.is_transactional == producer.transactional
    assert not batch.is_control
    assert not batch.has_delete_horizon
    assert batch.record_count == n
    assert batch.last_offset_delta == n - 1
    assert batch.last_offset == base_offset + n - 1
    assert batch.next_offset == base_offset + n
    assert batch.base_timestamp == spec.timestamps[0]
    assert batch.max_timestamp == max(spec.timestamps)
    assert batch.producer_id == producer.producer_id
    assert batch.producer_epoch == producer.producer_epoch
    assert batch.base_sequence == producer.base_sequence
    assert batch.has_producer_id == (producer.producer_id >= 0)
    if producer.base_sequence < 0:
        assert batch.last_sequence == -1
    else:
        assert batch.last_sequence == (producer.base_sequence + n - 1) % 2**31


@SETTINGS
@given(
    spec=specs(),
    codec=st.sampled_from(CODECS),
    producer=producers,
    base_offset=base_offsets,
    leader_epoch=leader_epochs,
    how=st.sampled_from(["build_batch", "builder"]),
    wrap=st.sampled_from([bytes, bytearray, memoryview]),
)
def test_round_trip(
    spec: Spec,
    codec: Compression,
    producer: Producer,
    base_offset: int,
    leader_epoch: int,
    how: str,
    wrap: type,
) -> None:
    buf = _build(spec, codec, producer, base_offset, leader_epoch, how)
    batch, records = ours(wrap(buf))
    _check_header(batch, spec, codec, producer, base_offset, leader_epoch, len(buf))
    assert records == spec.expected(base_offset)
    # records() is re-iterable and __iter__ agrees with it
    assert [norm(r) for r in batch] == records
    # the same batch through iter_batches, alone and after a copy of itself
    (only,) = iter_batches(wrap(buf))
    assert [norm(r) for r in only.records()] == records
    two = list(iter_batches(buf + buf, allow_partial=False))
    assert len(two) == 2 and all(b.size == len(buf) for b in two)


@SETTINGS
@given(spec=specs(max_size=8), producer=producers, base_offset=base_offsets)
def test_uncompressed_bytes_match_the_spec(
    spec: Spec, producer: Producer, base_offset: int
) -> None:
    """build_batch's records section equals the independent encoder's, byte for byte."""
    buf = _build(spec, Compression.NONE, producer, base_offset, 7, "build_batch")
    base = spec.timestamps[0]
    body = b"".join(
        encode_record(i, spec.timestamps[i] - base, spec.keys[i], spec.values[i], spec.headers[i])
        for i in range(len(spec))
    )
    expected = frame_batch(
        body,
        len(spec),
        base_offset=base_offset,
        partition_leader_epoch=7,
        attributes=0x10 if producer.transactional else 0,
        base_timestamp=base,
        max_timestamp=max(spec.timestamps),
        producer_id=producer.producer_id,
        producer_epoch=producer.producer_epoch,
        base_sequence=producer.base_sequence,
    )
    assert buf == bytes(expected)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_large_batch_past_the_varint_tables(codec: Compression) -> None:
    """Offset deltas, lengths and timestamp deltas beyond the builder's precomputed tables."""
    n = 17_000
    values: list[bytes | None] = [None if i % 7 == 0 else b"%d" % i for i in range(n)]
    values[5] = b"x" * 20_000  # a length whose varint is three bytes
    buf = build_batch(values, timestamps=1_000, compression=codec, base_offset=3)
    _, records = ours(buf)
    assert [r.value for r in records] == values
    assert [r.offset for r in records] == list(range(3, 3 + n))
    assert {r.timestamp for r in records} == {1_000}

    keys = [b"k%d" % i for i in range(n)]
    timestamps = [1_000 + (i * 40_000 if i % 2 else -i * 3) for i in range(n)]
    buf = build_batch(values, keys, None, timestamps, compression=codec)
    batch, records = ours(buf)
    assert [(r.key, r.value, r.timestamp) for r in records] == list(
        zip(keys, values, timestamps, strict=True)
    )
    assert batch.max_timestamp == max(timestamps)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_extreme_header_values(codec: Compression) -> None:
    """Producer fields and timestamps at the ends of their ranges."""
    spec = Spec(
        keys=[b"", None, b"k"],
        values=[b"", b"v", None],
        headers=[[("", b"")], [("ключ", None), ("🙂", b"\x00" * 300)], []],
        timestamps=[-1, INT64_MAX // 2, -(2**40)],
    )
    producer = Producer(INT64_MAX, 2**15 - 1, INT32_MAX, True)
    buf = _build(spec, codec, producer, INT64_MAX - 2, INT32_MAX, "build_batch")
    batch, records = ours(buf)
    _check_header(batch, spec, codec, producer, INT64_MAX - 2, INT32_MAX, len(buf))
    assert records == spec.expected(INT64_MAX - 2)
    # last_sequence wraps at 2^31 as Kafka's does
    assert batch.last_sequence == (INT32_MAX + 2) % 2**31 == 1


def test_builder_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        build_batch([])
    with pytest.raises(ValueError):
        build_batch([b"a"], keys=[b"a", b"b"])
    with pytest.raises(ValueError):
        build_batch([b"a"], headers=[None, None])
    with pytest.raises(ValueError):
        build_batch([b"a", b"b"], timestamps=[1])
    with pytest.raises(ProtocolError):
        build_batch([b"a"], compression="brotli")
    with pytest.raises(ProtocolError):
        build_batch([b"a"], compression=9)
    with pytest.raises(ValueError):
        BatchBuilder().build()


def test_compression_given_by_name_or_id() -> None:
    for codec in Compression:
        for alias in (codec, int(codec), codec.name.lower(), codec.name):
            assert RecordBatch.at(build_batch([b"x"], compression=alias)).compression == codec
    assert RecordBatch.at(build_batch([b"x"], compression=None)).compression == Compression.NONE


def test_timestamp_defaults_to_now() -> None:
    import time

    before = time.time_ns() // 1_000_000
    batch = RecordBatch.at(build_batch([b"a", b"b"]))
    after = time.time_ns() // 1_000_000
    assert before <= batch.base_timestamp == batch.max_timestamp <= after
    b = BatchBuilder()
    b.append(b"x")
    batch = RecordBatch.at(b.build())
    assert before <= batch.base_timestamp <= time.time_ns() // 1_000_000


# ---------------------------------------------------------------- control batches

CONTROL_KEY = struct.Struct(">hh")
MARKER_VALUE = struct.Struct(">hi")


@SETTINGS
@given(
    kind=st.sampled_from([ControlType.COMMIT, ControlType.ABORT]),
    producer_id=st.integers(0, INT64_MAX),
    producer_epoch=st.integers(0, 2**15 - 1),
    coordinator_epoch=st.integers(INT32_MIN, INT32_MAX),
    timestamp=st.integers(-1, 2**45),
    base_offset=base_offsets,
    leader_epoch=leader_epochs,
)
def test_transaction_marker_round_trip(
    kind: ControlType,
    producer_id: int,
    producer_epoch: int,
    coordinator_epoch: int,
    timestamp: int,
    base_offset: int,
    leader_epoch: int,
) -> None:
    buf = build_control_batch(
        kind,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
        coordinator_epoch=coordinator_epoch,
        timestamp=timestamp,
        base_offset=base_offset,
        partition_leader_epoch=leader_epoch,
    )
    batch = RecordBatch.at(buf)
    batch.ensure_valid()
    assert batch.is_control and batch.is_transactional
    assert batch.compression == Compression.NONE
    assert (batch.producer_id, batch.producer_epoch) == (producer_id, producer_epoch)
    assert batch.base_sequence == -1
    assert batch.record_count == 1 and batch.last_offset_delta == 0
    assert batch.base_offset == base_offset
    assert batch.partition_leader_epoch == leader_epoch
    assert batch.base_timestamp == batch.max_timestamp == timestamp
    (rec,) = batch.records()
    assert rec.offset == base_offset and rec.timestamp == timestamp
    assert rec.control_type() == kind
    assert rec.coordinator_epoch() == coordinator_epoch
    assert rec.key == CONTROL_KEY.pack(0, kind)
    assert rec.value == MARKER_VALUE.pack(0, coordinator_epoch)
    assert rec.headers == () or list(rec.headers) == []

    # The same marker written by hand from the spec: identical bytes, and read back the same.
    hand = frame_batch(
        encode_record(0, 0, CONTROL_KEY.pack(0, kind), MARKER_VALUE.pack(0, coordinator_epoch)),
        1,
        base_offset=base_offset,
        partition_leader_epoch=leader_epoch,
        attributes=0x20 | 0x10,
        base_timestamp=timestamp,
        producer_id=producer_id,
        producer_epoch=producer_epoch,
    )
    assert bytes(hand) == buf
    (rec2,) = RecordBatch.at(hand).records()
    assert rec2.control_type() == kind and rec2.coordinator_epoch() == coordinator_epoch


@pytest.mark.parametrize("kind", [ControlType.COMMIT, ControlType.ABORT])
def test_hand_made_marker_with_extra_value_bytes(kind: ControlType) -> None:
    """Kafka's marker value may grow (newer versions append fields): read the known prefix."""
    value = MARKER_VALUE.pack(1, 42) + b"\x00\x07future"
    key = CONTROL_KEY.pack(1, kind)
    buf = frame_batch(
        encode_record(0, 0, key, value), 1, attributes=0x30, producer_id=5, producer_epoch=1
    )
    (rec,) = RecordBatch.at(buf).records()
    assert rec.control_type() == kind
    assert rec.coordinator_epoch() == 42


def test_other_control_types() -> None:
    buf = build_control_batch(
        ControlType.LEADER_CHANGE, producer_id=-1, producer_epoch=-1, value=b"\x00\x00vote"
    )
    batch = RecordBatch.at(buf)
    assert batch.is_control and not batch.is_transactional
    (rec,) = batch.records()
    assert rec.control_type() == ControlType.LEADER_CHANGE
    assert rec.value == b"\x00\x00vote"


def test_control_accessors_on_odd_records() -> None:
    """Non-control records, short keys, unknown types and short marker values."""
    (rec,) = RecordBatch.at(build_batch([b"v"], keys=[b"ab"], timestamps=0)).records()
    assert rec.control_type() is None
    (rec,) = RecordBatch.at(build_batch([b"v"], timestamps=0)).records()
    assert rec.control_type() is None
    (rec,) = RecordBatch.at(
        build_batch([b"\x00\x00"], keys=[CONTROL_KEY.pack(0, 99)], timestamps=0)
    ).records()
    assert rec.control_type() is None
    with pytest.raises(CorruptRecordError):
        rec.coordinator_epoch()
    (rec,) = RecordBatch.at(
        build_batch([None], keys=[CONTROL_KEY.pack(0, 1)], timestamps=0)
    ).records()
    with pytest.raises(CorruptRecordError):
        rec.coordinator_epoch()


def test_records_compare_by_value() -> None:
    (r,) = RecordBatch.at(build_batch([b"v"], keys=[b"k"], timestamps=5)).records()
    assert norm(r) == Rec(0, 5, b"k", b"v", ())


# ---------------------------------------------------------------- BatchBuilder.estimated_size

maybe_bytes = st.one_of(st.none(), st.binary(max_size=300))
ascii_headers = st.lists(
    st.tuples(
        st.text(alphabet=st.characters(max_codepoint=127), max_size=8),
        st.one_of(st.none(), st.binary(max_size=8)),
    ),
    max_size=2,
)


@SETTINGS
@given(
    records=st.lists(
        st.tuples(maybe_bytes, maybe_bytes, ascii_headers, st.integers(-(2**62), 2**62)),
        min_size=1,
        max_size=80,
    )
)
def test_estimated_size_is_an_upper_bound(
    records: list[tuple[bytes | None, bytes | None, list[tuple[str, bytes | None]], int]],
) -> None:
    """ "Upper estimate of the uncompressed batch size" (producers use it against batch.size)."""
    b = BatchBuilder()
    for value, key, headers, ts in records:
        b.append(value, key, headers, ts)
    assert len(b.build()) <= b.estimated_size


def test_estimated_size_with_non_ascii_header_keys() -> None:
    b = BatchBuilder()
    b.append(b"v", headers=[("é" * 100, b"x")], timestamp=0)  # 200 UTF-8 bytes, 100 characters
    assert len(b.build()) <= b.estimated_size


def test_estimated_size_with_large_keys_values_and_deltas() -> None:
    b = BatchBuilder()
    for i in range(300):
        b.append(b"v" * 16384, b"k" * 16384, None, 0 if i == 0 else -(2**62))
    assert len(b.build()) <= b.estimated_size
