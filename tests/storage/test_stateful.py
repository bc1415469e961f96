"""A Hypothesis state machine driving one PartitionLog against a simple in-memory model.

Rules: append, read, roll, retention (retention.ms / retention.bytes on a fake clock),
compaction, DeleteRecords, flush, close and reopen. The model is a list of batches (offset
range plus the records still on disk), the log start and the log end offset. Where the model
needs the log's segmentation (retention and compaction work on whole segments) it asks the log
for its segment base offsets and sizes, and nothing else.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from bisect import bisect_right
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from fluxmq.protocol.records import RecordBatch, build_batch
from fluxmq.storage import OffsetOutOfRangeError, PartitionLog
from fluxmq.storage.cleaner import compact

from ._storage_util import FakeClock, NoSyncIO, complete_batches, config

KEYS = [b"a", b"b", b"c", b"d", b"e", None]  # None: a record without a key
Rec = tuple[bytes | None, bytes | None, int]  # key, value (None: tombstone), timestamp
RECORDS = st.lists(
    st.tuples(
        st.sampled_from(KEYS),
        st.booleans(),  # tombstone?
        st.integers(-2_000, 2_000),  # timestamp jitter around the clock
    ),
    min_size=1,
    max_size=5,
)


@dataclass
class MBatch:
    base: int
    last: int
    records: dict[int, Rec] = field(default_factory=dict)  # offset -> record, still on disk

    @property
    def max_timestamp(self) -> int:
        return max(ts for _, _, ts in self.records.values())


def _records_of(b: RecordBatch) -> dict[int, Rec]:
    return {r.offset: (r.key, r.value, r.timestamp) for r in b}


class LogMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.mkdtemp(prefix="fluxmq-stateful-")
        self.io = NoSyncIO()
        # Start at the real time: segment.ms (7 days) must never trigger a roll here.
        self.clock = FakeClock(float(int(time.time())))
        self.batches: list[MBatch] = []
        self.log_start = 0
        self.leo = 0
        self.values = 0

    # ------------------------------------------------------------ setup and teardown

    @initialize(
        segment_bytes=st.integers(150, 700),
        index_interval=st.integers(0, 300),
        delete_retention_ms=st.sampled_from([0, 5_000, 10**9]),
    )
    def setup(self, segment_bytes: int, index_interval: int, delete_retention_ms: int) -> None:
        self.cfg = config(
            segment_bytes=segment_bytes,
            index_interval_bytes=index_interval,
            delete_retention_ms=delete_retention_ms,
            cleanup_policy="compact,delete",
            retention_ms=-1,
        )
        self.log = PartitionLog(self.dir, self.cfg, io=self.io, clock=self.clock)

    def teardown(self) -> None:
        log = getattr(self, "log", None)
        if log is not None:
            event(f"segments at the end: {min(len(log.segments) // 5 * 5, 20)}+")
            event(f"log end offset at the end: {min(self.leo // 20 * 20, 100)}+")
            log.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # ------------------------------------------------------------ model helpers

    def _segment_bases(self) -> list[int]:
        bases = [s.base_offset for s in self.log.segments]
        assert bases == sorted(set(bases))
        return bases

    def _segment_index(self, offset: int) -> int:
        return bisect_right(self._segment_bases(), offset) - 1

    def _first_batch_from(self, offset: int) -> int | None:
        """Index of the first model batch whose last offset is >= `offset`."""
        for i, b in enumerate(self.batches):
            if b.last >= offset:
                return i
        return None

    def _segment_largest_ts(self, seg_index: int) -> int:
        bases = self._segment_bases()
        lo = bases[seg_index]
        hi = bases[seg_index + 1] if seg_index + 1 < len(bases) else None
        ts = [b.max_timestamp for b in self.batches if b.base >= lo and (hi is None or b.base < hi)]
        return max(ts, default=-1)

    def _check_batch(self, got: RecordBatch, want: MBatch) -> None:
        assert got.is_valid(), f"bad CRC in batch {got.base_offset}"
        assert (got.base_offset, got.last_offset) == (want.base, want.last)
        assert _records_of(got) == want.records, f"records of batch {want.base}"

    # ------------------------------------------------------------ rules

    @rule(records=RECORDS)
    def append(self, records: list[tuple[bytes | None, bool, int]]) -> None:
        keys, values, stamps = [], [], []
        for key, tombstone, jitter in records:
            self.values += 1
            keys.append(key)
            values.append(None if tombstone and key is not None else b"v%d" % self.values)
            stamps.append(self.clock.ms + jitter)
        info = self.log.append(build_batch(values, keys=keys, timestamps=stamps))
        assert (info.base_offset, info.last_offset) == (self.leo, self.leo + len(values) - 1)
        assert info.log_start_offset == self.log_start
        recs = {self.leo + i: (keys[i], values[i], stamps[i]) for i in range(len(values))}
        self.batches.append(MBatch(self.leo, info.last_offset, recs))
        self.leo = info.last_offset + 1

    @rule(batches=st.lists(RECORDS, min_size=2, max_size=8), ms=st.integers(0, 3_000))
    def append_burst(self, batches: list[list[tuple[bytes | None, bool, int]]], ms: int) -> None:
        for records in batches:
            self.append(records)
            self.clock.advance_ms(ms)

    @rule(ms=st.integers(0, 20_000))
    def advance_clock(self, ms: int) -> None:
        self.clock.advance_ms(ms)

    @rule(
        data=st.data(),
        max_bytes=st.one_of(st.integers(0, 120), st.integers(0, 3_000)),
        min_one=st.booleans(),
        bounded=st.booleans(),
    )
    def read(self, data: st.DataObject, max_bytes: int, min_one: bool, bounded: bool) -> None:
        offset = data.draw(st.integers(self.log_start, self.leo), label="offset")
        max_offset = None
        if bounded:
            # batch boundaries only (a bound inside a batch: test_log_basics)
            bounds = [b.base for b in self.batches if b.base >= offset] + [self.leo]
            max_offset = data.draw(st.sampled_from(bounds), label="max_offset")
        got = self.log.read(offset, max_bytes, max_offset=max_offset, min_one=min_one)
        limit = self.leo if max_offset is None else min(max_offset, self.leo)
        first = self._first_batch_from(offset)
        if offset >= limit or first is None or self.batches[first].base >= limit:
            assert got == b""
            return
        batches = complete_batches(got)
        whole = sum(b.size for b in batches)
        want = max_bytes
        if min_one:
            assert batches, f"min_one read at {offset} served no whole batch"
            want = max(max_bytes, batches[0].size)
        assert len(got) <= want
        # whole batches, consecutive from the one holding the offset, all below the bound
        for i, b in enumerate(batches):
            expected = self.batches[first + i]
            assert expected.base < limit
            self._check_batch(b, expected)
        # a read stops early only at a segment end or at the bound; never mid-batch
        if len(got) < want:
            assert len(got) == whole, "a partial batch without reaching max_bytes"
            nxt = first + len(batches)
            if nxt < len(self.batches) and self.batches[nxt].base < limit:
                assert self._segment_index(self.batches[nxt].base) != self._segment_index(
                    self.batches[first].base
                ), f"read at {offset} stopped before batch {self.batches[nxt].base}"

    @rule()
    def roll(self) -> None:
        before = len(self.log.segments)
        empty = self.log.active.size == 0
        self.log.roll()
        assert len(self.log.segments) == before + (0 if empty else 1)
        assert self.log.active.base_offset == self.leo or empty

    @rule(kind=st.sampled_from(["retention.ms", "retention.bytes", "none"]), value=st.data())
    def retention(self, kind: str, value: st.DataObject) -> None:
        if kind == "retention.ms":
            limit = value.draw(st.integers(0, 60_000), label="retention.ms")
            overrides = {"retention.ms": str(limit), "retention.bytes": "-1"}
        elif kind == "retention.bytes":
            limit = value.draw(st.integers(0, 3_000), label="retention.bytes")
            overrides = {"retention.ms": "-1", "retention.bytes": str(limit)}
        else:
            limit = -1
            overrides = {"retention.ms": "-1", "retention.bytes": "-1"}
        self.log.config = self.cfg = self.cfg.with_overrides(overrides)
        now = self.clock.ms
        segs = [
            (s.base_offset, s.size, self._segment_largest_ts(i))
            for i, s in enumerate(self.log.segments)
        ]
        ends = [s.next_offset for s in self.log.segments]
        # Kafka's rules, oldest segment first, never the active one
        doomed = 0
        total = sum(size for _, size, _ in segs)
        while len(segs) - doomed > 1:
            _, size, largest = segs[doomed]
            if ends[doomed] <= self.log_start:
                pass
            elif kind == "retention.ms" and largest < now - limit:
                pass
            elif kind == "retention.bytes" and total - size >= limit:
                pass
            else:
                break
            total -= size
            doomed += 1
        assert self.log.apply_retention(now) == doomed
        event(f"retention deleted {min(doomed, 3)}{'+' if doomed > 3 else ''} segments")
        first_base = segs[doomed][0]
        assert self._segment_bases()[0] == first_base
        if doomed:
            self.batches = [b for b in self.batches if b.base >= first_base]
            self.log_start = max(self.log_start, first_base)

    @rule()
    def compaction(self) -> None:
        now = self.clock.ms
        bases = self._segment_bases()
        active_base = bases[-1]
        horizon = now - self.cfg.delete_retention_ms
        drop_tombstones = {
            bases[i]: self._segment_largest_ts(i) < horizon for i in range(len(bases) - 1)
        }
        latest: dict[bytes, int] = {}
        before: dict[int, Rec] = {}
        for b in self.batches:
            if b.base < active_base:
                before.update(b.records)
                for off, (key, _, _) in b.records.items():
                    if key is not None:
                        latest[key] = max(latest.get(key, -1), off)
        kept = []
        for b in self.batches:
            if b.base < active_base:
                seg_base = bases[bisect_right(bases, b.base) - 1]
                b.records = {
                    off: (key, value, ts)
                    for off, (key, value, ts) in b.records.items()
                    if key is not None
                    and latest[key] == off
                    and not (value is None and drop_tombstones[seg_base])
                }
            if b.records:
                kept.append(b)
        self.batches = kept
        plan = compact(self.log, now)
        event(f"compaction rewrote {len(plan.replaced) if plan else 0} segments")
        assert self._segment_bases()[-1] == active_base
        # straight from the log: every key's latest record in the sealed segments survives
        # (a tombstone past delete.retention.ms excepted), and nothing else of them does
        served = {}
        for base in self._segment_bases()[:-1]:
            for b in complete_batches(self.log.read(max(base, self.log_start), 1 << 20)):
                served.update(_records_of(b))
        for key, off in latest.items():
            if off < self.log_start:
                continue
            seg_base = bases[bisect_right(bases, off) - 1]
            if before[off][1] is None and drop_tombstones[seg_base]:
                assert off not in served, f"expired tombstone of {key!r} kept"
            else:
                assert served.get(off) == before[off], f"latest record of {key!r} lost"
        for off in served:
            if off < active_base:
                key = served[off][0]
                assert key is not None and latest[key] == off, f"stale record {off} kept"

    @rule(data=st.data())
    def delete_records(self, data: st.DataObject) -> None:
        offset = data.draw(st.integers(0, self.leo + 1), label="offset")
        if offset > self.leo:
            with pytest.raises(OffsetOutOfRangeError):
                self.log.delete_records(offset)
            return
        assert self.log.delete_records(offset) == max(self.log_start, offset)
        self.log_start = max(self.log_start, offset)

    @rule()
    def flush(self) -> None:
        assert self.log.flush() == self.leo
        assert self.log.recovery_point == self.leo

    @rule(trust_recovery_point=st.booleans())
    def close_and_reopen(self, trust_recovery_point: bool) -> None:
        self.log.close()
        assert self.log.recovery_point == self.leo
        rp = self.log.recovery_point if trust_recovery_point else 0
        self.log = PartitionLog(
            self.dir,
            self.cfg,
            recovery_point=rp,
            log_start_offset=self.log.log_start_offset,
            io=self.io,
            clock=self.clock,
        )
        assert self.log.cut_on_open == []
        assert self.log.recovery_point == rp
        # A segment emptied by compaction is gone; the log start may move up to the first
        # remaining segment, over offsets that hold nothing.
        first_base = self._segment_bases()[0]
        if first_base > self.log_start:
            assert not any(
                off for b in self.batches for off in b.records if self.log_start <= off < first_base
            )
            self.log_start = min(first_base, self.leo)

    @precondition(lambda self: len(self.batches) > 0)
    @rule(data=st.data())
    def read_one_offset_everywhere_in_a_batch(self, data: st.DataObject) -> None:
        b = data.draw(st.sampled_from(self.batches), label="batch")
        if b.last < self.log_start:
            return
        offset = data.draw(st.integers(max(b.base, self.log_start), b.last), label="offset")
        got, *_ = complete_batches(self.log.read(offset, 1))
        self._check_batch(got, b)

    # ------------------------------------------------------------ invariants

    @invariant()
    def offsets(self) -> None:
        if not hasattr(self, "log"):
            return
        assert 0 <= self.log_start <= self.leo
        assert self.log.log_start_offset == self.log_start
        assert self.log.log_end_offset == self.leo
        assert self.log.high_watermark == self.leo
        assert self.log.recovery_point <= self.leo

    @invariant()
    def segments_are_ordered(self) -> None:
        if not hasattr(self, "log"):
            return
        bases = self._segment_bases()
        for i, seg in enumerate(self.log.segments):
            assert seg.largest_timestamp == self._segment_largest_ts(
                i
            ), f"segment {seg.base_offset}"
            if i + 1 < len(bases):
                assert seg.next_offset <= bases[i + 1]
            if len(seg.batches()) > 1:
                assert seg.size <= self.cfg.segment_bytes

    @invariant()
    def everything_from_log_start_matches_the_model(self) -> None:
        if not hasattr(self, "log"):
            return
        first = self._first_batch_from(self.log_start)
        expected = [] if first is None else self.batches[first:]
        served: list[RecordBatch] = []
        offset = self.log_start
        while offset < self.leo:
            got = complete_batches(self.log.read(offset, 1 << 20))
            if not got:
                # only possible when nothing at all lies at or after `offset`
                assert not any(b.last >= offset for b in self.batches)
                break
            served.extend(got)
            offset = got[-1].last_offset + 1
        assert len(served) == len(expected), (
            [(b.base_offset, b.last_offset) for b in served],
            [(b.base, b.last) for b in expected],
        )
        for got_batch, want in zip(served, expected, strict=True):
            self._check_batch(got_batch, want)


LogMachine.TestCase.settings = settings(
    max_examples=250,
    stateful_step_count=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_partition_log_against_a_model = LogMachine.TestCase
