"""validate_produce: each broker-side rule with the Kafka error code it answers, and the in-place
patches (set_base_offset / set_partition_leader_epoch / set_log_append_time)."""

from __future__ import annotations

import struct

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.errors import ProtocolError
from fluxmq.protocol.records import (
    Compression,
    ControlType,
    CorruptRecordError,
    DecompressionBombError,
    InvalidRecordError,
    InvalidTimestampError,
    ProduceLimits,
    RecordBatch,
    RecordError,
    RecordTooLargeError,
    TimestampType,
    UnsupportedCompressionError,
    UnsupportedMagicError,
    build_batch,
    build_control_batch,
    iter_batches,
    set_base_offset,
    set_log_append_time,
    set_partition_leader_epoch,
    validate_produce,
)

from ._support import (
    BUILDERS,
    CODECS,
    LAST_OFFSET_DELTA_AT,
    READERS,
    encode_record,
    frame_batch,
    ours,
    put,
)

NOW = 1_700_000_000_000
HOUR = 3_600_000


def _batch(**kwargs: object) -> bytes:
    kwargs.setdefault("timestamps", NOW)
    values = kwargs.pop("values", [b"a", b"b", b"c"])
    return build_batch(values, **kwargs)  # type: ignore[arg-type]


def test_error_codes_and_hierarchy() -> None:
    codes = {
        RecordError: 2,
        CorruptRecordError: 2,
        DecompressionBombError: 2,
        InvalidRecordError: 87,
        UnsupportedMagicError: 87,
        RecordTooLargeError: 10,
        InvalidTimestampError: 32,
        UnsupportedCompressionError: 76,
    }
    for cls, code in codes.items():
        assert cls.error_code == code, cls
        assert issubclass(cls, RecordError) and issubclass(cls, ProtocolError)
    assert issubclass(DecompressionBombError, CorruptRecordError)
    assert issubclass(UnsupportedMagicError, InvalidRecordError)


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_a_good_batch_passes(codec: Compression) -> None:
    buf = _batch(compression=codec, producer_id=1, producer_epoch=0, base_sequence=0)
    for check in (False, True):
        batch = validate_produce(buf, now_ms=NOW, check_records=check)
        assert isinstance(batch, RecordBatch) and batch.record_count == 3
    validate_produce(bytearray(buf), now_ms=NOW)
    validate_produce(memoryview(buf), now_ms=NOW)


# ---------------------------------------------------------------- offsets and counts


@pytest.mark.parametrize("delta", [-1, 0, 1, 3, 1000, -(2**31)])
def test_last_offset_delta_must_match_the_count(delta: int) -> None:
    buf = put(bytearray(_batch()), ">i", LAST_OFFSET_DELTA_AT, delta)
    with pytest.raises(InvalidRecordError) as info:
        validate_produce(buf, now_ms=NOW)
    assert info.value.error_code == 87


def test_record_offset_deltas_must_count_up() -> None:
    """Header consistent (3 records, last delta 2) but the records say 0, 2, 2: the header-only
    check cannot see it; the record walk (check_records / compacted topics) does."""
    body = b"".join(encode_record(d, 0, b"k", b"v") for d in (0, 2, 2))
    buf = frame_batch(body, 3, base_timestamp=NOW)
    validate_produce(buf, now_ms=NOW)  # header checks only
    with pytest.raises(InvalidRecordError):
        validate_produce(buf, now_ms=NOW, check_records=True)
    with pytest.raises(InvalidRecordError):
        validate_produce(buf, now_ms=NOW, limits=ProduceLimits(compacted=True))


@pytest.mark.parametrize("peer", sorted(BUILDERS))
def test_peer_batch_with_gapped_offsets(peer: str) -> None:
    """kafka-python / aiokafka builders take the offset delta from the caller: 0, 1, 5."""
    builder = BUILDERS[peer](2, 0, 0, -1, -1, -1, 1 << 20)
    for d in (0, 1, 5):
        builder.append(d, NOW, b"k", b"v", [])
    buf = bytes(builder.build())
    with pytest.raises(InvalidRecordError):
        validate_produce(buf, now_ms=NOW)  # last delta 5 with 3 records


# ---------------------------------------------------------------- control, producer fields


@pytest.mark.parametrize("kind", [ControlType.COMMIT, ControlType.ABORT, ControlType.LEADER_CHANGE])
def test_clients_may_not_write_control_batches(kind: ControlType) -> None:
    buf = build_control_batch(kind, producer_id=1, producer_epoch=0, timestamp=NOW)
    with pytest.raises(InvalidRecordError) as info:
        validate_produce(buf, now_ms=NOW)
    assert info.value.error_code == 87


@pytest.mark.parametrize(
    ("producer_id", "sequence", "ok"),
    [
        (-1, -1, True),
        (0, 0, True),
        (5, 2**31 - 1, True),
        (0, -1, False),
        (7, -5, False),
        (-1, 3, True),
    ],
)
def test_producer_id_needs_a_sequence(producer_id: int, sequence: int, ok: bool) -> None:
    buf = _batch(producer_id=producer_id, producer_epoch=0, base_sequence=sequence)
    if ok:
        validate_produce(buf, now_ms=NOW)
    else:
        with pytest.raises(InvalidRecordError):
            validate_produce(buf, now_ms=NOW)


# Kafka (UnifiedLog.analyzeAndValidateRecords, client origin) refuses a non-zero base offset.
@pytest.mark.parametrize("base_offset", [1, 2**40, -1])
def test_client_batches_start_at_offset_zero(base_offset: int) -> None:
    buf = _batch(base_offset=base_offset)
    with pytest.raises(InvalidRecordError):
        validate_produce(buf, now_ms=NOW)


# ---------------------------------------------------------------- compression


@pytest.mark.parametrize("version", range(0, 12))
def test_zstd_needs_produce_v7(version: int) -> None:
    buf = _batch(compression=Compression.ZSTD)
    if version >= 7:
        validate_produce(buf, produce_version=version, now_ms=NOW)
    else:
        with pytest.raises(UnsupportedCompressionError) as info:
            validate_produce(buf, produce_version=version, now_ms=NOW)
        assert info.value.error_code == 76
    for codec in (Compression.NONE, Compression.GZIP, Compression.SNAPPY, Compression.LZ4):
        validate_produce(_batch(compression=codec), produce_version=version, now_ms=NOW)


@pytest.mark.parametrize("codec_id", [5, 6, 7])
def test_unknown_codec(codec_id: int) -> None:
    buf = frame_batch(encode_record(0, 0, None, b"x"), 1, attributes=codec_id, base_timestamp=NOW)
    with pytest.raises(UnsupportedCompressionError):
        validate_produce(buf, now_ms=NOW)


def test_decompression_bomb_in_a_produced_batch() -> None:
    """A zstd records section that expands to 16 MiB, refused by the record walk."""
    cobj = zstandard.ZstdCompressor(level=1, write_content_size=False).compressobj()
    chunk = bytes(1 << 20)
    data = b"".join(cobj.compress(chunk) for _ in range(16)) + cobj.flush()
    buf = frame_batch(data, 1, attributes=Compression.ZSTD, base_timestamp=NOW)
    validate_produce(buf, now_ms=NOW)  # header-only: nothing decompressed
    with pytest.raises(DecompressionBombError) as info:
        validate_produce(
            buf, now_ms=NOW, check_records=True, limits=ProduceLimits(max_decompressed=4 << 20)
        )
    assert info.value.error_code == 2
    with pytest.raises(DecompressionBombError):
        RecordBatch.at(buf).records(max_decompressed=4 << 20)


# ---------------------------------------------------------------- size


def test_oversized_batch() -> None:
    buf = _batch(values=[b"x" * 1000])
    size = len(buf)
    validate_produce(buf, now_ms=NOW, limits=ProduceLimits(max_batch_bytes=size))
    with pytest.raises(RecordTooLargeError) as info:
        validate_produce(buf, now_ms=NOW, limits=ProduceLimits(max_batch_bytes=size - 1))
    assert info.value.error_code == 10
    # the default max.message.bytes (1048588)
    big = _batch(values=[b"x" * (1 << 20)])
    assert len(big) > 1048588
    with pytest.raises(RecordTooLargeError):
        validate_produce(big, now_ms=NOW)


def test_size_is_checked_before_the_crc() -> None:
    """Kafka checks the size, then the CRC: a corrupt oversized batch is MESSAGE_TOO_LARGE."""
    buf = bytearray(_batch(values=[b"x" * 1000]))
    buf[-1] ^= 1
    with pytest.raises(RecordTooLargeError):
        validate_produce(buf, now_ms=NOW, limits=ProduceLimits(max_batch_bytes=100))
    with pytest.raises(CorruptRecordError):
        validate_produce(buf, now_ms=NOW)


# ---------------------------------------------------------------- timestamps


def test_log_append_time_from_a_client() -> None:
    buf = bytearray(_batch())
    set_log_append_time(buf, 0, NOW)
    with pytest.raises(InvalidTimestampError) as info:
        validate_produce(buf, now_ms=NOW)
    assert info.value.error_code == 32


@pytest.mark.parametrize("check_records", [False, True])
def test_create_time_window(check_records: bool) -> None:
    limits = ProduceLimits(timestamp_before_max_ms=2 * HOUR, timestamp_after_max_ms=HOUR)

    def check(ts: list[int]) -> None:
        validate_produce(
            _batch(values=[b"v"] * len(ts), timestamps=ts),
            now_ms=NOW,
            limits=limits,
            check_records=check_records,
        )

    check([NOW, NOW + HOUR, NOW - 2 * HOUR])  # both ends are inside
    check([-1])  # NO_TIMESTAMP is never out of the window
    for bad in (
        [NOW + HOUR + 1],
        [NOW - 2 * HOUR - 1],
        [NOW, NOW + 10 * HOUR],
        [NOW - 2 * HOUR - 1, NOW],
    ):
        with pytest.raises(InvalidTimestampError) as info:
            check(bad)
        assert info.value.error_code == 32


def test_a_record_below_the_window_behind_the_base_timestamp() -> None:
    """Record timestamps may be below the base timestamp (negative deltas): only the record
    walk can see a record that is too old when it is not the first one."""
    limits = ProduceLimits(timestamp_before_max_ms=HOUR)
    buf = _batch(values=[b"a", b"b"], timestamps=[NOW, NOW - 5 * HOUR])
    with pytest.raises(InvalidTimestampError):
        validate_produce(buf, now_ms=NOW, limits=limits, check_records=True)


def test_default_window_accepts_old_timestamps() -> None:
    """message.timestamp.before.max.ms defaults to Long.MAX_VALUE: any past timestamp is fine."""
    validate_produce(_batch(timestamps=0), now_ms=NOW, check_records=True)
    validate_produce(_batch(timestamps=-(2**40)), now_ms=NOW, check_records=True)
    with pytest.raises(InvalidTimestampError):
        validate_produce(_batch(timestamps=NOW + 2 * HOUR), now_ms=NOW)


def test_log_append_time_topics_ignore_client_timestamps() -> None:
    limits = ProduceLimits(timestamp_type=TimestampType.LOG_APPEND_TIME)
    for check in (False, True):
        validate_produce(
            _batch(timestamps=NOW + 100 * HOUR), now_ms=NOW, limits=limits, check_records=check
        )


def test_now_defaults_to_the_clock() -> None:
    import time

    validate_produce(_batch(timestamps=time.time_ns() // 1_000_000))
    with pytest.raises(InvalidTimestampError):
        validate_produce(_batch(timestamps=time.time_ns() // 1_000_000 + 10 * HOUR))


# ---------------------------------------------------------------- compacted topics


@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.name)
def test_compacted_topic_needs_keys(codec: Compression) -> None:
    limits = ProduceLimits(compacted=True)
    validate_produce(_batch(keys=[b"a", b"b", b""], compression=codec), now_ms=NOW, limits=limits)
    with pytest.raises(InvalidRecordError) as info:
        validate_produce(
            _batch(keys=[b"a", None, b"c"], compression=codec), now_ms=NOW, limits=limits
        )
    assert info.value.error_code == 87
    # a tombstone (null value) with a key is what compaction is for
    validate_produce(
        _batch(values=[None], keys=[b"k"], compression=codec), now_ms=NOW, limits=limits
    )


# ---------------------------------------------------------------- in-place patches

patch_settings = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@patch_settings
@given(
    codec=st.sampled_from(CODECS),
    transactional=st.booleans(),
    timestamp=st.integers(-(2**63), 2**63 - 1),
    n=st.integers(1, 5),
    before=st.integers(0, 3),
    after=st.integers(0, 3),
)
def test_set_log_append_time(
    codec: Compression, transactional: bool, timestamp: int, n: int, before: int, after: int
) -> None:
    """Patched in place inside a records field: CRC valid, every record carries the time,
    all other attribute bits and the neighbouring batches untouched."""
    target = build_batch(
        [b"r%d" % i * 30 for i in range(n)],
        timestamps=[NOW + i for i in range(n)],
        compression=codec,
        producer_id=9 if transactional else -1,
        producer_epoch=0 if transactional else -1,
        base_sequence=0 if transactional else -1,
        transactional=transactional,
    )
    others = [build_batch([b"other"], timestamps=1) for _ in range(before + after)]
    head = b"".join(others[:before])
    field = bytearray(head + target + b"".join(others[before:]))
    old = RecordBatch.at(target)

    set_log_append_time(field, len(head), timestamp)

    batches = list(iter_batches(field, allow_partial=False))
    assert len(batches) == before + 1 + after
    for i, b in enumerate(batches):
        b.ensure_valid()
        if i != before:
            assert bytes(b.view) == others[i if i < before else i - 1]
    patched = batches[before]
    assert patched.timestamp_type == TimestampType.LOG_APPEND_TIME
    assert patched.max_timestamp == timestamp
    assert patched.base_timestamp == old.base_timestamp
    assert patched.attributes == old.attributes | 0x08
    assert patched.compression == codec and patched.is_transactional == transactional
    assert [r.timestamp for r in patched.records()] == [timestamp] * n
    assert [r.value for r in patched.records()] == [r.value for r in old.records()]
    # peers see the same
    single = bytes(patched.view)
    for name, read in READERS.items():
        seen = read(single)
        assert seen.crc_ok, name
        assert [r.timestamp for r in seen.records] == [timestamp] * n, name


def test_set_log_append_time_twice() -> None:
    buf = bytearray(_batch())
    set_log_append_time(buf, 0, 5)
    set_log_append_time(buf, 0, 6)
    batch, records = ours(buf)
    batch.ensure_valid()
    assert [r.timestamp for r in records] == [6, 6, 6]


@patch_settings
@given(
    codec=st.sampled_from(CODECS),
    base_offset=st.integers(-(2**63), 2**63 - 1),
    epoch=st.integers(-(2**31), 2**31 - 1),
    pos=st.integers(0, 2),
)
def test_set_base_offset_and_leader_epoch(
    codec: Compression, base_offset: int, epoch: int, pos: int
) -> None:
    parts = [build_batch([b"x", b"y"], timestamps=i, compression=codec) for i in range(3)]
    field = bytearray(b"".join(parts))
    at = sum(len(p) for p in parts[:pos])
    set_base_offset(field, at, base_offset)
    set_partition_leader_epoch(field, at, epoch)
    batches = list(iter_batches(field, allow_partial=False))
    for i, b in enumerate(batches):
        b.ensure_valid()  # both fields are outside the CRC: nothing to recompute
        if i == pos:
            assert (b.base_offset, b.partition_leader_epoch) == (base_offset, epoch)
            assert [r.offset for r in b.records()] == [base_offset, base_offset + 1]
        else:
            assert bytes(b.view) == parts[i]
    patched = bytes(batches[pos].view)
    for name, read in READERS.items():
        assert read(patched).crc_ok, name
    assert struct.unpack_from(">q", patched, 0)[0] == base_offset
