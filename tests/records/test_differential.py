"""Differential tests: fluxmq's batches against kafka-python's and aiokafka's record code.

fluxmq -> peer: batches fluxmq writes are read by kafka-python's DefaultRecordBatch and by
aiokafka's C-accelerated and pure-Python DefaultRecordBatch; offsets, timestamps, keys, values,
headers, producer id/epoch/sequence, attributes and CRC validity must all agree.
peer -> fluxmq: batches their builders write (kafka-python, aiokafka C, aiokafka pure Python) are
read by fluxmq the same way, and pass validate_produce.

Both directions run for every codec. The peers' builders fall back to an uncompressed batch when
compression does not shrink it, so every generated batch starts with a compressible record and
the test asserts that the codec really was used.
"""

from __future__ import annotations

import zlib

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.records import (
    Compression,
    ControlType,
    ProduceLimits,
    RecordBatch,
    build_batch,
    build_control_batch,
    iter_batches,
    set_log_append_time,
    validate_produce,
)

from ._support import (
    BUILDERS,
    CODECS,
    INT32_MAX,
    READERS,
    Producer,
    Rec,
    Spec,
    build_with,
    encode_record,
    frame_batch,
    multi_batch_readers,
    our_header,
    ours,
    producers,
    specs,
)

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PADDING = b"fluxmq-compressible-" * 16


def _padded(spec: Spec) -> Spec:
    """`spec` behind one compressible record, so that every peer really compresses."""
    return Spec(
        keys=[None, *spec.keys],
        values=[PADDING, *spec.values],
        headers=[[], *spec.headers],
        timestamps=[spec.timestamps[0], *spec.timestamps],
    )


def test_both_aiokafka_readers_present() -> None:
    """The C reader/builder is importable here; if it ever is not, say so rather than skip."""
    assert set(READERS) == {"kafka-python", "aiokafka-py", "aiokafka-c"}
    assert set(BUILDERS) == {"kafka-python", "aiokafka-py", "aiokafka-c"}


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
@SETTINGS
@given(
    spec=specs(),
    producer=producers,
    base_offset=st.one_of(st.just(0), st.integers(0, 2**62)),
    leader_epoch=st.integers(-1, INT32_MAX),
)
def test_fluxmq_to_peers(
    codec: Compression, spec: Spec, producer: Producer, base_offset: int, leader_epoch: int
) -> None:
    spec = _padded(spec)
    buf = build_batch(
        spec.values,
        spec.keys,
        spec.headers,
        spec.timestamps,
        compression=codec,
        producer_id=producer.producer_id,
        producer_epoch=producer.producer_epoch,
        base_sequence=producer.base_sequence,
        transactional=producer.transactional,
        base_offset=base_offset,
        partition_leader_epoch=leader_epoch,
    )
    batch = RecordBatch.at(buf)
    header = our_header(batch)
    assert header["compression_type"] == codec
    assert batch.is_transactional == producer.transactional
    expected = spec.expected(base_offset)
    for name, read in READERS.items():
        seen = read(buf)
        assert seen.crc_ok, name
        assert seen.header == header, name
        assert seen.records == expected, name


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
@pytest.mark.parametrize("peer", sorted(BUILDERS))
@SETTINGS
@given(spec=specs(), producer=producers)
def test_peers_to_fluxmq(peer: str, codec: Compression, spec: Spec, producer: Producer) -> None:
    if producer.transactional and producer.producer_id < 0:
        producer.producer_id = 1  # kafka-python refuses transactions without a producer id
    if producer.producer_id >= 0:
        producer.producer_epoch = max(producer.producer_epoch, 0)
        producer.base_sequence = max(producer.base_sequence, 0)
    if peer == "aiokafka-c" and spec.timestamps[0] == -1:
        # aiokafka's C builder uses -1 as its "first timestamp unset" sentinel and writes 0
        # as the base timestamp of such a batch: a quirk of the peer, not under test here.
        spec.timestamps[0] = -2
    spec = _padded(spec)
    buf, expected = build_with(peer, spec, codec, producer)
    batch, records = ours(buf)
    assert batch.is_valid()
    assert batch.compression == codec
    assert batch.magic == 2
    assert batch.base_offset == 0
    assert batch.partition_leader_epoch in (0, -1)  # kafka-python writes 0, aiokafka -1
    assert batch.is_transactional == producer.transactional
    assert not batch.is_control
    assert (batch.producer_id, batch.producer_epoch, batch.base_sequence) == (
        producer.producer_id,
        producer.producer_epoch,
        producer.base_sequence,
    )
    assert batch.record_count == len(spec)
    assert batch.last_offset_delta == len(spec) - 1
    assert batch.base_timestamp == spec.timestamps[0]
    assert batch.max_timestamp == max(spec.timestamps)
    assert records == expected
    # and the broker's checks accept it (timestamps: no window on either side here)
    limits = ProduceLimits(timestamp_after_max_ms=2**62)
    got = validate_produce(buf, limits=limits, now_ms=0, check_records=True)
    assert got.record_count == len(spec)
    # our header view agrees with the peer's own
    assert our_header(batch) == READERS[peer](buf).header


@pytest.mark.parametrize("kind", [ControlType.COMMIT, ControlType.ABORT])
def test_markers_read_by_peers(kind: ControlType) -> None:
    from aiokafka.record.control_record import ControlRecord
    from kafka.record.default_records import DefaultRecordBatch

    buf = build_control_batch(
        kind, producer_id=77, producer_epoch=3, coordinator_epoch=12, timestamp=1_234
    )
    for name, read in READERS.items():
        seen = read(buf)
        assert seen.crc_ok, name
        assert seen.header["producer_id"] == 77 and seen.header["producer_epoch"] == 3
        (rec,) = seen.records
        assert rec.timestamp == 1_234
        assert rec.key is not None and rec.value is not None
        parsed = ControlRecord.parse(rec.key)
        assert (parsed.version, parsed.type_) == (0, kind), name
        assert int.from_bytes(rec.value[2:6], "big", signed=True) == 12
    kp = DefaultRecordBatch(buf)
    assert kp.is_control_batch and kp.is_transactional
    (marker,) = list(kp)
    assert marker.type == kind and (marker.commit if kind == ControlType.COMMIT else marker.abort)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_log_append_time_read_by_peers(codec: Compression) -> None:
    """After set_log_append_time every reader sees the patched time on every record."""
    buf = bytearray(
        build_batch([b"a" * 100, b"b", None], timestamps=[10, 5, 20], compression=codec)
    )
    set_log_append_time(buf, 0, 999_999)
    _, records = ours(buf)
    assert [r.timestamp for r in records] == [999_999] * 3
    for name, read in READERS.items():
        seen = read(bytes(buf))
        assert seen.crc_ok, name
        assert seen.header["timestamp_type"] == 1, name
        assert [r.timestamp for r in seen.records] == [999_999] * 3, name


# ---------------------------------------------------------------- several batches


def _mixed_batches() -> tuple[bytes, list[list[Rec]]]:
    parts = []
    expected = []
    offset = 0
    for i, codec in enumerate(CODECS):
        values = [b"batch %d record %d " % (i, j) * 5 for j in range(i + 1)]
        parts.append(build_batch(values, timestamps=100 + i, compression=codec, base_offset=offset))
        expected.append([Rec(offset + j, 100 + i, None, v, ()) for j, v in enumerate(values)])
        offset += len(values)
    return b"".join(parts), expected


def test_several_batches_read_by_peers() -> None:
    field, expected = _mixed_batches()
    assert [[r for r in ours(b.view)[1]] for b in iter_batches(field)] == expected
    for name, read in multi_batch_readers().items():
        assert read(field) == expected, name
        # a partial trailing batch (a fetch response cut at max_bytes) is skipped by all
        for cut in (1, 11, 12, 30, 61, 70):
            assert read(field + field[:cut]) == expected, (name, cut)
            assert [[r for r in ours(b.view)[1]] for b in iter_batches(field + field[:cut])] == (
                expected
            )


@pytest.mark.parametrize("peer", sorted(BUILDERS))
def test_peer_batches_concatenated(peer: str) -> None:
    field = b""
    expected = []
    for i, codec in enumerate(CODECS):
        spec = Spec(
            keys=[b"k%d" % i, None],
            values=[PADDING, b"v%d" % i],
            headers=[[("h", b"%d" % i)], []],
            timestamps=[i, i + 1],
        )
        buf, recs = build_with(peer, spec, codec, Producer(-1, -1, -1, False))
        field += buf
        expected.append(recs)
    got = [[r for r in ours(b.view)[1]] for b in iter_batches(field, allow_partial=False)]
    assert got == expected


# ---------------------------------------------------------------- framings other writers use


def test_zstd_frame_without_content_size() -> None:
    """The Java client (zstd-jni streaming) writes frames without a content-size field."""
    body = b"".join(encode_record(i, i, None, b"java-%d" % i * 10) for i in range(20))
    cobj = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    data = cobj.compress(body) + cobj.flush()
    assert zstandard.get_frame_parameters(data).content_size == zstandard.CONTENTSIZE_UNKNOWN
    buf = bytes(frame_batch(data, 20, attributes=Compression.ZSTD, base_timestamp=0))
    _, records = ours(buf)
    assert [r.value for r in records] == [b"java-%d" % i * 10 for i in range(20)]
    for name, read in READERS.items():
        assert read(buf).records == records, name


def test_gzip_in_several_members() -> None:
    body = b"".join(encode_record(i, 0, None, b"m%d" % i) for i in range(6))
    data = b"".join(zlib.compress(body[i : i + 10], wbits=31) for i in range(0, len(body), 10))
    buf = bytes(frame_batch(data, 6, attributes=Compression.GZIP))
    _, records = ours(buf)
    assert [r.value for r in records] == [b"m%d" % i for i in range(6)]
    assert READERS["kafka-python"](buf).records == records


def test_raw_snappy_block() -> None:
    """Some clients write a bare snappy block, without xerial framing; Kafka reads both."""
    import snappy

    body = b"".join(encode_record(i, 0, None, b"raw%d" % i * 8) for i in range(6))
    buf = bytes(frame_batch(snappy.compress(body), 6, attributes=Compression.SNAPPY))
    _, records = ours(buf)
    assert [r.value for r in records] == [b"raw%d" % i * 8 for i in range(6)]
    for name, read in READERS.items():
        assert read(buf).records == records, name
