"""PartitionLog basics: read rules, rolling, indexes, ListOffsets helpers, LogAppendTime,
leader epochs, file names and formats, config validation and the durable-append policy."""

from __future__ import annotations

import os
import random
import re
import struct
import time

import anyio
import pytest
from crc32c import crc32c

from fluxmq.protocol.records import TimestampType, build_batch, iter_batches
from fluxmq.storage import (
    ConfigError,
    LogConfig,
    LogManager,
    OffsetOutOfRangeError,
    PartitionLog,
    StorageSettings,
)

from ._storage_util import (
    BASE_TS,
    FakeClock,
    FaultyIO,
    NoSyncIO,
    complete_batches,
    config,
    log_files,
    make_batch,
    read_all,
    stored_form,
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _three_batches(tmp_path) -> tuple[PartitionLog, list[bytes]]:
    """Batches at offsets 0-2, 3-5 and 6-8; returns the log and their stored bytes."""
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    stored = []
    for i in range(3):
        b = make_batch(3, f"b{i}")
        info = plog.append(b)
        assert (info.base_offset, info.last_offset) == (3 * i, 3 * i + 2)
        stored.append(stored_form(b, info.base_offset))
    return plog, stored


# ---------------------------------------------------------------- read rules


def test_read_everything_returns_the_stored_bytes(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    assert plog.read(0, 1 << 20) == b"".join(stored)
    for b in complete_batches(plog.read(0, 1 << 20)):
        assert b.is_valid()


def test_min_one_returns_a_whole_batch_when_max_bytes_is_smaller(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    for max_bytes in (0, 1, len(stored[0]) - 1):
        assert plog.read(0, max_bytes) == stored[0]
        assert plog.read(4, max_bytes) == stored[1]


def test_without_min_one_max_bytes_is_a_hard_limit(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    assert plog.read(0, 0, min_one=False) == b""
    got = plog.read(0, 10, min_one=False)
    assert got == stored[0][:10]
    assert complete_batches(got) == []


def test_max_bytes_may_cut_the_last_batch(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    want = len(stored[0]) + 10
    got = plog.read(0, want)
    assert len(got) == want
    assert got == (stored[0] + stored[1])[:want]
    assert [b.base_offset for b in complete_batches(got)] == [0]
    # exactly two batches' worth: two whole batches, nothing of the third
    assert plog.read(0, len(stored[0]) + len(stored[1])) == stored[0] + stored[1]


def test_offset_in_the_middle_of_a_batch_starts_at_that_batch(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    assert plog.read(4, 1 << 20) == stored[1] + stored[2]
    assert plog.read(5, 1 << 20) == stored[1] + stored[2]
    assert plog.read(8, 1 << 20) == stored[2]


def test_max_offset_at_batch_boundaries(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    assert plog.read(0, 1 << 20, max_offset=3) == stored[0]
    assert plog.read(0, 1 << 20, max_offset=6) == stored[0] + stored[1]
    assert plog.read(0, 1 << 20, max_offset=9) == b"".join(stored)
    assert plog.read(0, 1 << 20, max_offset=100) == b"".join(stored)
    assert plog.read(3, 1 << 20, max_offset=3) == b""
    assert plog.read(0, 1 << 20, max_offset=0) == b""


def test_max_offset_inside_a_batch_serves_nothing_at_or_past_it(tmp_path) -> None:
    """read() promises to never go past `max_offset` (exclusive). Kafka bounds a read by the
    position of the batch *holding* the bound, so that batch is not served."""
    plog, _ = _three_batches(tmp_path)
    got = plog.read(0, 1 << 20, max_offset=4)
    offsets = [r.offset for b in complete_batches(got) for r in b]
    assert max(offsets) < 4, f"read(0, max_offset=4) served offsets {offsets}"


def test_read_at_log_end_is_empty_and_past_it_is_out_of_range(tmp_path) -> None:
    plog, _ = _three_batches(tmp_path)
    assert plog.log_end_offset == 9
    assert plog.read(9, 1 << 20) == b""
    for bad in (10, 1000, -1):
        with pytest.raises(OffsetOutOfRangeError) as ei:
            plog.read(bad, 1 << 20)
        assert ei.value.error_code == 1


def test_read_before_log_start_is_out_of_range(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    assert plog.delete_records(4) == 4
    assert plog.log_start_offset == 4
    with pytest.raises(OffsetOutOfRangeError) as ei:
        plog.read(3, 1 << 20)
    assert ei.value.error_code == 1
    # the batch holding the log start is served whole, as Kafka does
    assert plog.read(4, 1 << 20) == stored[1] + stored[2]
    with pytest.raises(OffsetOutOfRangeError):
        plog.delete_records(10)  # past the high watermark
    assert plog.delete_records(2) == 4  # never moves backwards


def test_empty_log(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    assert (plog.log_start_offset, plog.log_end_offset, plog.high_watermark) == (0, 0, 0)
    assert plog.read(0, 100) == b""
    assert plog.offset_for_timestamp(0) is None
    assert plog.max_timestamp_offset() is None
    with pytest.raises(OffsetOutOfRangeError):
        plog.read(1, 100)


def test_append_assigns_offsets_and_reports_them(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    b = build_batch([b"x"] * 5, base_offset=1234, timestamps=BASE_TS)
    info = plog.append(b)
    assert (info.base_offset, info.last_offset, info.size) == (0, 4, len(b))
    assert info.log_append_time == -1 and info.log_start_offset == 0
    info = plog.append(b)
    assert (info.base_offset, info.last_offset) == (5, 9)
    assert plog.log_end_offset == plog.high_watermark == 10
    assert [r.offset for b in read_all(plog) for r in b] == list(range(10))


def test_fetch_answers_with_the_partition_offsets(tmp_path) -> None:
    plog, stored = _three_batches(tmp_path)
    plog.delete_records(2)
    got = plog.fetch(2, 1 << 20)
    assert got.records == b"".join(stored)
    assert (got.high_watermark, got.log_start_offset, got.last_stable_offset) == (9, 2, 9)
    plog.last_stable_offset_fn = lambda: 6
    got = plog.fetch(2, 1 << 20, read_committed=True)
    assert got.records == stored[0] + stored[1] and got.last_stable_offset == 6
    assert plog.fetch(9, 1 << 20).records == b""


def test_new_log_starts_at_the_recorded_log_start(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), log_start_offset=100, io=NoSyncIO())
    assert (plog.log_start_offset, plog.log_end_offset) == (100, 100)
    assert plog.append(make_batch(2)).base_offset == 100
    assert [s.base_offset for s in plog.segments] == [100]
    assert log_files(str(tmp_path)) == [f"{100:020d}.log"]


# ---------------------------------------------------------------- rolling


def _batch_with_delta(delta: int) -> bytes:
    """A one-record batch claiming `delta` as its last offset delta (CRC fixed)."""
    buf = bytearray(build_batch([b"x"], timestamps=BASE_TS))
    struct.pack_into(">i", buf, 23, delta)
    struct.pack_into(">I", buf, 17, crc32c(bytes(buf[21:])))
    return bytes(buf)


def test_roll_before_relative_offsets_overflow_int32(tmp_path) -> None:
    """Index entries hold offsets relative to the segment base as int32: a batch whose last
    offset would not fit starts a new segment."""
    cfg = config(index_interval_bytes=0)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO())
    plog.append(_batch_with_delta(0))
    info = plog.append(_batch_with_delta(2**31 - 1))  # last offset 2^31: too far from base 0
    assert (info.base_offset, info.last_offset) == (1, 2**31)
    assert [s.base_offset for s in plog.segments] == [0, 1]
    info = plog.append(_batch_with_delta(0))
    assert info.base_offset == 2**31 + 1
    assert [s.base_offset for s in plog.segments] == [0, 1, 2**31 + 1]
    rp = plog.log_end_offset
    plog.close()
    reopened = PartitionLog(str(tmp_path), cfg, recovery_point=rp, io=NoSyncIO())
    assert reopened.cut_on_open == []
    assert reopened.log_end_offset == 2**31 + 2
    assert [b.base_offset for b in read_all(reopened)] == [0, 1, 2**31 + 1]
    assert complete_batches(reopened.read(2**30, 1))[0].base_offset == 1


def test_roll_by_segment_bytes(tmp_path) -> None:
    cfg = config(segment_bytes=500)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO())
    rng = random.Random(7)
    sizes = []
    for i in range(60):
        b = build_batch([bytes(rng.randrange(1, 60))], timestamps=BASE_TS + i)
        sizes.append(len(b))
        plog.append(b)
    # replay Kafka's rule: roll when the active segment is non-empty and the batch won't fit
    expected_bases, size = [0], 0
    for offset, s in enumerate(sizes):
        if size and size + s > 500:
            expected_bases.append(offset)
            size = 0
        size += s
    assert [s.base_offset for s in plog.segments] == expected_bases
    assert all(s.size <= 500 for s in plog.segments)
    assert [int(n[:-4]) for n in log_files(str(tmp_path))] == expected_bases


def test_batch_larger_than_segment_bytes_gets_its_own_segment(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), config(segment_bytes=100), io=NoSyncIO())
    plog.append(build_batch([b"a"], timestamps=BASE_TS))
    big = build_batch([b"x" * 300], timestamps=BASE_TS)
    plog.append(big)
    plog.append(build_batch([b"b"], timestamps=BASE_TS))
    assert [s.base_offset for s in plog.segments] == [0, 1, 2]
    assert plog.read(1, 1) == stored_form(big, 1)


def test_manual_roll(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    assert plog.roll() is plog.active  # empty active segment: no-op
    assert len(plog.segments) == 1
    plog.append(make_batch(2))
    plog.roll()
    plog.roll()  # the new active segment is empty: still one roll
    assert [s.base_offset for s in plog.segments] == [0, 2]
    plog.append(make_batch(1))
    assert plog.active.base_offset == 2 and plog.log_end_offset == 3


def test_segment_ms_roll_uses_the_log_clock(tmp_path) -> None:
    """segment.ms: Kafka compares the new batch's timestamp with the segment's first batch
    (LogSegment.timeWaitedForRoll); timestamps here come from the log's fake clock."""
    clock = FakeClock(1_600_000_000.0)  # a fixed fake time, unrelated to the real clock
    plog = PartitionLog(str(tmp_path), config(segment_ms=1000), io=NoSyncIO(), clock=clock)
    plog.append(make_batch(1, ts=clock.ms))
    clock.advance_ms(1000)
    plog.append(make_batch(1, ts=clock.ms))
    assert len(plog.segments) == 1, "rolled before segment.ms elapsed"
    clock.advance_ms(1)
    plog.append(make_batch(1, ts=clock.ms))
    assert [s.base_offset for s in plog.segments] == [0, 2], "no roll after segment.ms"


def test_segment_ms_is_not_reset_by_a_restart(tmp_path) -> None:
    """Kafka measures a segment's age from its first batch's timestamp, so restarting the
    broker does not postpone time-based rolls (and with them retention of an idle topic)."""
    clock = FakeClock(1_600_000_000.0)
    cfg = config(segment_ms=1000)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO(), clock=clock)
    plog.append(make_batch(1, ts=clock.ms))
    clock.advance_ms(600)
    plog.close()
    plog = PartitionLog(str(tmp_path), cfg, recovery_point=1, io=NoSyncIO(), clock=clock)
    clock.advance_ms(401)  # the first batch is now more than segment.ms old (Kafka: >)
    plog.append(make_batch(1, ts=clock.ms))
    assert [s.base_offset for s in plog.segments] == [0, 1], "no roll after segment.ms"


def test_a_clock_ahead_of_real_time_does_not_roll_every_append(tmp_path) -> None:
    clock = FakeClock(time.time() + 30 * 24 * 3600)  # a month ahead; segment.ms is 7 days
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO(), clock=clock)
    for _ in range(5):
        plog.append(make_batch(1))
    assert len(plog.segments) == 1, f"{len(plog.segments)} segments for 5 small appends"


# ---------------------------------------------------------------- indexes


def _check_indexes(plog: PartitionLog) -> None:
    for seg in plog.segments:
        positions = {b.position: b for b in seg.batches()}
        for rel, pos in zip(seg.index.relative, seg.index.positions, strict=True):
            assert pos in positions, f"index entry at byte {pos} is not a batch start"
            assert positions[pos].base_offset == seg.base_offset + rel


def test_index_lookup_across_many_batches(tmp_path) -> None:
    cfg = config(segment_bytes=4000, index_interval_bytes=150)
    rng = random.Random(3)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO())
    stored: dict[int, bytes] = {}
    for i in range(400):
        n = rng.randrange(1, 6)
        b = build_batch([bytes(rng.randrange(0, 40)) for _ in range(n)], timestamps=BASE_TS + i)
        info = plog.append(b)
        stored[info.base_offset] = stored_form(b, info.base_offset)
    assert len(plog.segments) > 5
    assert all(len(s.index) > 3 for s in plog.segments[:-1])
    _check_indexes(plog)

    def check(p: PartitionLog) -> None:
        bases = sorted(stored)
        for i, base in enumerate(bases):
            end = bases[i + 1] if i + 1 < len(bases) else p.log_end_offset
            for offset in range(base, end):
                assert p.read(offset, 1) == stored[base], f"offset {offset}"

    check(plog)
    rp = plog.log_end_offset
    plog.close()
    reopened = PartitionLog(str(tmp_path), cfg, recovery_point=rp, io=NoSyncIO())
    assert reopened.cut_on_open == []
    _check_indexes(reopened)
    check(reopened)


def test_index_files_have_kafka_entry_sizes(tmp_path) -> None:
    cfg = config(segment_bytes=1000, index_interval_bytes=100)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO())
    for i in range(60):
        plog.append(make_batch(2, f"x{i}", ts=BASE_TS + 10 * i))
    plog.close()
    names = sorted(os.listdir(tmp_path))
    logs = [n for n in names if n.endswith(".log")]
    assert len(logs) > 3
    for name in names:
        assert re.fullmatch(r"\d{20}\.(log|index|timeindex)", name), name
    for name in logs:
        stem = name[:-4]
        base = int(stem)
        assert stem == f"{base:020d}"
        data = (tmp_path / name).read_bytes()
        starts = _index_starts(data)
        index = (tmp_path / f"{stem}.index").read_bytes()
        assert index and len(index) % 8 == 0
        for rel, pos in struct.iter_unpack(">ii", index):
            assert starts[base + rel][0] == pos
        timeindex = (tmp_path / f"{stem}.timeindex").read_bytes()
        assert timeindex and len(timeindex) % 12 == 0
        entries = list(struct.iter_unpack(">qi", timeindex))
        assert [t for t, _ in entries] == sorted({t for t, _ in entries})
        for ts, rel in entries:
            # the max timestamp of everything up to and including offset base + rel
            upto = [b for o, b in starts.items() if o <= base + rel]
            assert ts == max(b[1].max_timestamp for b in upto)


def _batches_with_positions(data: bytes):
    pos = 0
    for b in iter_batches(data, allow_partial=False):
        yield pos, b
        pos += b.size


def _index_starts(data: bytes) -> dict[int, tuple[int, object]]:
    return {b.base_offset: (pos, b) for pos, b in _batches_with_positions(data)}


# ---------------------------------------------------------------- ListOffsets helpers


def _timestamped_log(tmp_path, timestamps: list[int]) -> PartitionLog:
    cfg = config(segment_bytes=400, index_interval_bytes=80)
    plog = PartitionLog(str(tmp_path), cfg, io=NoSyncIO())
    for ts in timestamps:
        plog.append(build_batch([b"a", b"b"], timestamps=[ts, ts - 5]))
    return plog


def _expected_for_timestamp(plog: PartitionLog, target: int) -> tuple[int, int] | None:
    """Kafka's answer: the first record at or after log start with a timestamp >= target."""
    for b in read_all(plog):
        for r in b.records():
            if r.timestamp >= target and r.offset >= plog.log_start_offset:
                return r.offset, r.timestamp
    return None


def test_offset_for_timestamp(tmp_path) -> None:
    rng = random.Random(11)
    timestamps = [BASE_TS + rng.randrange(0, 2000) for _ in range(80)]
    plog = _timestamped_log(tmp_path, timestamps)
    assert len(plog.segments) > 4
    targets = [BASE_TS - 100, BASE_TS + 2100, *range(BASE_TS - 10, BASE_TS + 2010, 7)]
    for target in targets:
        assert plog.offset_for_timestamp(target) == _expected_for_timestamp(plog, target)
    assert plog.offset_for_timestamp(max(timestamps) + 1) is None
    assert plog.offset_for_timestamp(0) == (0, timestamps[0])
    plog.delete_records(51)  # inside the batch at 50-51
    for target in targets:
        assert plog.offset_for_timestamp(target) == _expected_for_timestamp(plog, target)


def test_max_timestamp_offset(tmp_path) -> None:
    timestamps = [BASE_TS + t for t in (5, 50, 20, 50, 10, 40)]
    plog = _timestamped_log(tmp_path, timestamps)
    # the first record holding the largest timestamp: offset 2 (batch 1, offsets 2-3)
    assert plog.max_timestamp_offset() == (2, BASE_TS + 50)
    plog.delete_records(3)  # offset 3 (BASE_TS + 45) is left of batch 1: batch 3 wins
    assert plog.max_timestamp_offset() == (6, BASE_TS + 50)
    plog.delete_records(4)
    assert plog.max_timestamp_offset() == (6, BASE_TS + 50)
    plog.delete_records(8)
    assert plog.max_timestamp_offset() == (10, BASE_TS + 40)


def test_timestamp_lookups_answer_a_record_not_a_batch(tmp_path) -> None:
    """Kafka answers ListOffsets by timestamp / max timestamp with a record's offset."""
    plog = PartitionLog(str(tmp_path), config(), io=NoSyncIO())
    plog.append(build_batch([b"a", b"b", b"c"], timestamps=[BASE_TS, BASE_TS + 9, BASE_TS + 9]))
    plog.append(build_batch([b"d", b"e"], timestamps=[BASE_TS + 3, BASE_TS + 4]))
    assert plog.max_timestamp_offset() == (1, BASE_TS + 9)
    assert plog.offset_for_timestamp(BASE_TS + 1) == (1, BASE_TS + 9)
    assert plog.offset_for_timestamp(BASE_TS) == (0, BASE_TS)
    plog.delete_records(2)
    assert plog.max_timestamp_offset() == (2, BASE_TS + 9)
    assert plog.offset_for_timestamp(BASE_TS + 1) == (2, BASE_TS + 9)
    plog.delete_records(3)
    assert plog.max_timestamp_offset() == (4, BASE_TS + 4)
    assert plog.offset_for_timestamp(BASE_TS + 1) == (3, BASE_TS + 3)


# ---------------------------------------------------------------- LogAppendTime, epochs


def test_log_append_time(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    plog.append(make_batch(2, ts=BASE_TS))
    lat = BASE_TS + 123_456
    info = plog.append(make_batch(3, ts=BASE_TS), log_append_time=lat)
    assert info.log_append_time == lat and info.base_offset == 2
    first, second = complete_batches(plog.read(0, 1 << 20))
    assert first.timestamp_type == TimestampType.CREATE_TIME
    assert second.timestamp_type == TimestampType.LOG_APPEND_TIME
    assert second.is_valid()
    assert second.max_timestamp == lat
    assert second.base_offset == 2
    assert [r.timestamp for r in second] == [lat] * 3
    assert [r.value for r in second] == [b"v-0", b"v-1", b"v-2"]
    assert plog.max_timestamp_offset() == (2, lat)
    assert plog.offset_for_timestamp(BASE_TS + 100) == (2, lat)


@pytest.mark.anyio
async def test_log_append_time_topic_uses_the_manager_clock(tmp_path, anyio_backend) -> None:
    clock = FakeClock(1_650_000_000.0)
    m = LogManager(StorageSettings(str(tmp_path)), io=NoSyncIO(), clock=clock)
    m.create_topic("lat", 1, {"message.timestamp.type": "LogAppendTime"})
    info = await m.append("lat", 0, make_batch(2, ts=BASE_TS))
    assert info.log_append_time == clock.ms
    (b,) = complete_batches(m.get_log("lat", 0).read(0, 1 << 20))
    assert b.timestamp_type == TimestampType.LOG_APPEND_TIME and b.is_valid()
    assert b.max_timestamp == clock.ms
    m.close()


def test_leader_epoch_is_stamped(tmp_path) -> None:
    plog = PartitionLog(str(tmp_path), LogConfig(), io=NoSyncIO())
    src = build_batch([b"a", b"b"], base_offset=77, partition_leader_epoch=3, timestamps=1)
    plog.append(src, leader_epoch=5)
    plog.append(src, leader_epoch=9)
    a, b = complete_batches(plog.read(0, 1 << 20))
    assert (a.base_offset, a.partition_leader_epoch) == (0, 5)
    assert (b.base_offset, b.partition_leader_epoch) == (2, 9)
    assert a.is_valid() and b.is_valid()
    assert bytes(b.view) == stored_form(src, 2, 9)


# ---------------------------------------------------------------- config validation


@pytest.mark.parametrize(
    "overrides",
    [
        {"no.such.config": "1"},
        {"segment.bytes": "abc"},
        {"segment.bytes": "13"},  # below Kafka's minimum of 14
        {"retention.ms": "-2"},
        {"cleanup.policy": "shred"},
        {"cleanup.policy": ""},
        {"message.timestamp.type": "WallClock"},
        {"compression.type": "brotli"},
        {"preallocate": "yes"},
        {"min.cleanable.dirty.ratio": "half"},
        {"flush.messages": "0"},
    ],
)
def test_config_validation(overrides) -> None:
    with pytest.raises(ConfigError) as ei:
        LogConfig().with_overrides(overrides)
    assert ei.value.error_code == 40
    assert next(iter(overrides)) in str(ei.value)


@pytest.mark.parametrize(
    ("name", "value", "why"),
    [
        ("retention.ms", "abc", "not a number of type LONG"),
        ("retention.ms", "1_000", "not a number of type LONG"),
        ("retention.ms", "1.5", "not a number of type LONG"),
        ("retention.ms", str(2**63), "out of range for type LONG"),
        ("max.message.bytes", str(2**31), "out of range for type INT"),
        ("segment.bytes", "1e9", "not a number of type INT"),
        ("min.cleanable.dirty.ratio", "nan", "must be between 0 and 1"),
        ("min.cleanable.dirty.ratio", "1.5", "must be between 0 and 1"),
        ("min.cleanable.dirty.ratio", "x", "not a number of type DOUBLE"),
    ],
)
def test_numbers_are_refused_in_kafkas_words(name: str, value: str, why: str) -> None:
    """Kafka's config types: INT is 32-bit, LONG 64-bit, both plain decimal (Java's
    parseInt/parseLong), and the error names the type rather than Python's int()."""
    with pytest.raises(ConfigError, match=f"invalid value '{value}' for {name}: {why}$"):
        LogConfig().with_overrides({name: value})


def test_numbers_take_a_sign_and_surrounding_blanks() -> None:
    cfg = LogConfig().with_overrides(
        {"retention.ms": "-1", "retention.bytes": "+2048", "max.message.bytes": str(2**31 - 1)}
    )
    assert (cfg.retention_ms, cfg.retention_bytes) == (-1, 2048)
    assert cfg.max_message_bytes == 2**31 - 1


def test_config_parsing_and_kafka_names() -> None:
    cfg = LogConfig().with_overrides(
        {
            "segment.bytes": " 1000 ",
            "cleanup.policy": "delete, compact",
            "preallocate": "TRUE",
            "retention.ms": None,
        }
    )
    assert cfg.segment_bytes == 1000
    assert cfg.compact and cfg.delete
    assert cfg.cleanup_policy == "delete,compact"  # Kafka's list order, not sorted
    assert LogConfig().with_overrides(
        {"cleanup.policy": "compact,delete,compact"}
    ).cleanup_policy == ("compact,delete")
    assert cfg.preallocate is True
    assert cfg.retention_ms == LogConfig().retention_ms
    kafka = cfg.as_kafka()
    assert kafka["segment.bytes"] == "1000" and kafka["preallocate"] == "true"
    assert LogConfig().with_overrides(kafka) == cfg


def test_create_topic_with_a_bad_config_creates_nothing(tmp_path) -> None:
    m = LogManager(StorageSettings(str(tmp_path)), io=NoSyncIO())
    with pytest.raises(ConfigError):
        m.create_topic("t", 1, {"segment.bytes": "tiny"})
    with pytest.raises(ConfigError):
        m.create_topic("t", 1, {"bogus": "1"})
    for bad in ("", "a/b", "..", "x" * 250):
        with pytest.raises(ConfigError):
            m.create_topic(bad, 1)
    with pytest.raises(ConfigError):
        m.create_topic("t", 0)
    assert m.catalog.topics == {}
    m.close()
    m2 = LogManager(StorageSettings(str(tmp_path)), io=NoSyncIO())
    assert m2.catalog.topics == {} and not os.path.exists(tmp_path / "t-0")
    m2.close()


# ---------------------------------------------------------------- durability policy


@pytest.mark.anyio
async def test_durable_topic_is_flushed_before_append_returns(tmp_path, anyio_backend) -> None:
    io = FaultyIO()
    m = LogManager(StorageSettings(str(tmp_path)), io=io)
    m.create_topic("durable", 1, {"flush.messages": "1"})
    m.create_topic("lazy", 1)
    durable, lazy = m.get_log("durable", 0), m.get_log("lazy", 0)
    for i in range(3):
        io.calls.clear()
        info = await m.append("durable", 0, make_batch(2, f"d{i}"))
        assert durable.recovery_point > info.last_offset
        assert durable.recovery_point == durable.log_end_offset
        assert ("fsync", durable.active.log_path) in io.calls
        io.calls.clear()
        await m.append("lazy", 0, make_batch(2, f"l{i}"))
        assert not any(op == "fsync" for op, _ in io.calls)
    assert lazy.recovery_point == 0 and lazy.log_end_offset == 6
    await m.flush("lazy", 0)
    assert lazy.recovery_point == 6
    m.close()


@pytest.mark.anyio
async def test_concurrent_durable_appends_are_all_flushed(tmp_path, anyio_backend) -> None:
    m = LogManager(StorageSettings(str(tmp_path)))
    m.create_topic("durable", 1, {"flush.messages": "1"})
    plog = m.get_log("durable", 0)
    results = []

    async def one(i: int) -> None:
        info = await m.append("durable", 0, make_batch(1, f"c{i}"))
        assert plog.recovery_point > info.last_offset
        results.append(info.base_offset)

    async with anyio.create_task_group() as tg:
        for i in range(20):
            tg.start_soon(one, i)
    assert sorted(results) == list(range(20))
    m.close()


def test_one_broker_per_data_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = LogManager(StorageSettings(str(tmp_path)))
    with pytest.raises(ConfigError, match="in use by another broker"):
        LogManager(StorageSettings(str(tmp_path)))
    first.close()
    LogManager(StorageSettings(str(tmp_path))).close()  # free again once closed
