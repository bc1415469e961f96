"""The log of one partition: segments, offsets, appends, reads, retention and recovery.

All methods run on the caller's thread and never fsync except `flush()`, which the async layer
runs in a worker thread; `lock` serialises flushes with segment deletion so an fd is never
closed while it is being synced.
"""

from __future__ import annotations

import logging
import os
import struct
import threading
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from ..protocol.primitives import Buffer
from ..protocol.records.batch import Record, RecordBatch, set_log_append_time
from .config import LogConfig
from .errors import LogOfflineError, OffsetOutOfRangeError, StorageError
from .fileio import REAL_IO, FileIO
from .segment import BatchPosition, LogSegment

__all__ = ["AppendInfo", "FetchData", "PartitionLog"]

log = logging.getLogger(__name__)

_HEADER: Final = struct.Struct(">qiibIhiqq")
_EPOCH: Final = struct.Struct(">i")
_BASE: Final = struct.Struct(">q")
_MAX_RELATIVE: Final = 2**31 - 1


@dataclass(frozen=True, slots=True)
class AppendInfo:
    base_offset: int
    last_offset: int
    log_append_time: int  # -1 for CreateTime topics
    log_start_offset: int
    size: int


@dataclass(frozen=True, slots=True)
class FetchData:
    records: bytes
    high_watermark: int
    log_start_offset: int
    last_stable_offset: int


class PartitionLog:
    def __init__(
        self,
        directory: str,
        config: LogConfig,
        *,
        recovery_point: int = 0,
        log_start_offset: int = 0,
        io: FileIO = REAL_IO,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.dir = directory
        self.config = config
        self.io = io
        self.clock = clock
        self.lock = threading.Lock()
        self.segments: list[LogSegment] = []
        self._bases: list[int] = []
        self.recovery_point = recovery_point
        self._log_start = log_start_offset
        # Two counters, each written by one thread only: appends (event loop) and flushes
        # (worker thread); their difference is what is not yet flushed.
        self.appended_messages = 0
        self.flushed_messages = 0
        self.last_flush_ms = self._now()
        self.offline: str | None = None
        self.high_watermark = 0
        # Transactions plug in here later; without them the stable offset is the high watermark.
        self.last_stable_offset_fn: Callable[[], int] | None = None
        self.cut_on_open: list[str] = []
        os.makedirs(directory, exist_ok=True)
        self._open()

    def _now(self) -> int:
        return int(self.clock() * 1000)

    # ---------------------------------------------------------------- opening and recovery

    def _open(self) -> None:
        bases = sorted(
            int(name[:-4])
            for name in os.listdir(self.dir)
            if name.endswith(".log") and name[:-4].isdigit()
        )
        for stale in os.listdir(self.dir):  # leftovers of an interrupted compaction swap
            if stale.endswith((".cleaned", ".tmp")):
                self.io.unlink(os.path.join(self.dir, stale))
        expected = None
        recovered_from = None
        for i, base in enumerate(bases):
            seg = LogSegment(self.dir, base, self.io, self.config.index_interval_bytes)
            if expected is not None and base < expected:
                self.cut_on_open.append(f"segment {base} overlaps the previous one: deleted")
                seg.delete()
                continue
            following = bases[i + 1] if i + 1 < len(bases) else None
            needs_scan = recovered_from is not None or (
                following is None or following > self.recovery_point
            )
            if not needs_scan and not seg.load():
                needs_scan = True
            if needs_scan:
                recovered_from = recovered_from if recovered_from is not None else base
                cut, reason = seg.recover(expected if expected is not None else base)
                if reason is not None:
                    msg = f"{os.path.basename(seg.log_path)}: cut {cut} bytes ({reason})"
                    log.warning("recovery of %s: %s", self.dir, msg)
                    self.cut_on_open.append(msg)
                    self.segments.append(seg)
                    self._bases.append(seg.base_offset)
                    # Everything after the first damage is gone: later segments included.
                    for later in bases[i + 1 :]:
                        doomed = LogSegment(self.dir, later, self.io, 1)
                        self.cut_on_open.append(f"segment {later} after the damage: deleted")
                        doomed.delete()
                    break
            self.segments.append(seg)
            self._bases.append(seg.base_offset)
            expected = seg.next_offset
        if not self.segments:
            start = max(self._log_start, 0)
            self._add_segment(start)
        if self.segments[0].size == 0 and len(self.segments) == 1:
            # an empty log restarts at its recorded start offset
            if self._log_start > self.segments[0].base_offset:
                self.segments[0].delete()
                self.segments.clear()
                self._bases.clear()
                self._add_segment(self._log_start)
        self._log_start = min(
            max(self._log_start, self.segments[0].base_offset), self.log_end_offset
        )
        self.recovery_point = min(self.recovery_point, self.log_end_offset)
        for seg in self.segments[:-1]:
            if seg.rebuilt:
                seg.write_indexes()
        self.high_watermark = self.log_end_offset

    def _add_segment(self, base: int) -> LogSegment:
        seg = LogSegment(self.dir, base, self.io, self.config.index_interval_bytes, self._now())
        self.segments.append(seg)
        self._bases.append(base)
        return seg

    # ---------------------------------------------------------------- offsets

    @property
    def active(self) -> LogSegment:
        return self.segments[-1]

    @property
    def log_end_offset(self) -> int:
        return self.active.next_offset

    @property
    def log_start_offset(self) -> int:
        return self._log_start

    @property
    def last_stable_offset(self) -> int:
        if self.last_stable_offset_fn is not None:
            return self.last_stable_offset_fn()
        return self.high_watermark

    @property
    def size(self) -> int:
        return sum(s.size for s in self.segments)

    def _check_online(self) -> None:
        if self.offline is not None:
            raise LogOfflineError(f"log {self.dir} is offline: {self.offline}")

    # ---------------------------------------------------------------- append

    def append(
        self, batch: Buffer, *, leader_epoch: int = 0, log_append_time: int | None = None
    ) -> AppendInfo:
        """Append one validated batch, assigning offsets from the log end offset.

        The batch bytes are not copied unless LogAppendTime needs its CRC recomputed.
        """
        self._check_online()
        view = memoryview(batch).cast("B") if not isinstance(batch, memoryview) else batch
        size = len(view)
        _, _, _, _, _, _, delta, _, max_ts = _HEADER.unpack_from(view, 0)
        base = self.log_end_offset
        last = base + delta
        if log_append_time is not None:
            buf = bytearray(view)
            set_log_append_time(buf, 0, log_append_time)
            max_ts = log_append_time
            _BASE.pack_into(buf, 0, base)
            _EPOCH.pack_into(buf, 12, leader_epoch)
            chunks: list[Buffer] = [buf]
        else:
            head = bytearray(view[:16])
            _BASE.pack_into(head, 0, base)
            _EPOCH.pack_into(head, 12, leader_epoch)
            chunks = [head, view[16:]]
        self._maybe_roll(size, last, max_ts)
        try:
            self.active.append(chunks, size, base, last, max_ts)
        except StorageError as e:
            if os.fstat(self.active.fd).st_size != self.active.size:
                self.offline = str(e)
            raise
        self.appended_messages += delta + 1
        self.high_watermark = self.log_end_offset
        return AppendInfo(
            base, last, -1 if log_append_time is None else log_append_time, self._log_start, size
        )

    def _maybe_roll(self, size: int, last: int, max_ts: int) -> None:
        seg = self.active
        if seg.size == 0:
            return
        # Kafka's time-based roll: the new batch's timestamp against the segment's first
        # batch (so a restart does not reset the clock), or wall time when there is none.
        if seg.first_timestamp >= 0 and max_ts >= 0:
            waited = max_ts - seg.first_timestamp
        else:
            waited = self._now() - seg.created_ms
        if (
            seg.size + size > self.config.segment_bytes
            or waited > self.config.segment_ms
            or last - seg.base_offset > _MAX_RELATIVE
        ):
            self.roll()

    def roll(self) -> LogSegment:
        """Start a new active segment at the log end offset (no-op if the active one is empty)."""
        self._check_online()
        if self.active.size == 0:
            return self.active
        self.active.write_indexes()
        return self._add_segment(self.log_end_offset)

    @property
    def unflushed_messages(self) -> int:
        return self.appended_messages - self.flushed_messages

    def needs_flush(self) -> bool:
        """Whether flush.messages or flush.ms says it is time to flush."""
        if not self.unflushed_messages:
            return False
        return (
            self.unflushed_messages >= self.config.flush_messages
            or self._now() - self.last_flush_ms >= self.config.flush_ms
        )

    def flush(self) -> int:
        """fsync everything written so far; returns the new recovery point. Thread-safe.

        A failed fsync takes the log offline (as Kafka takes a failed log directory offline):
        the kernel may have dropped the dirty pages, so a later fsync proving nothing.
        """
        self._check_online()
        with self.lock:
            end = self.log_end_offset
            appended = self.appended_messages
            try:
                for seg in list(self.segments):
                    if seg.fd >= 0:
                        if seg.unflushed:
                            seg.fsync()
                        if seg.indexes_unsynced:
                            seg.sync_indexes()
            except StorageError as e:
                self.offline = f"fsync failed: {e}"
                log.error("log %s is offline: %s", self.dir, e)
                raise
            self.flushed_messages = max(self.flushed_messages, appended)
            self.recovery_point = max(self.recovery_point, end)
            self.last_flush_ms = self._now()
            return self.recovery_point

    # ---------------------------------------------------------------- reads

    def _segment_for(self, offset: int) -> int:
        return max(bisect_right(self._bases, offset) - 1, 0)

    def read(
        self,
        offset: int,
        max_bytes: int,
        *,
        max_offset: int | None = None,
        min_one: bool = True,
    ) -> bytes:
        """Bytes from the batch holding `offset`, up to `max_bytes` (at least one whole batch
        when `min_one`, as Kafka does) and never past `max_offset` (exclusive).

        The last batch may be cut at `max_bytes`; clients skip a partial trailing batch.
        """
        self._check_online()
        end_offset = self.log_end_offset
        limit = end_offset if max_offset is None else min(max_offset, end_offset)
        if offset < self._log_start or offset > end_offset:
            raise OffsetOutOfRangeError(
                f"offset {offset} is outside [{self._log_start}, {end_offset}] of {self.dir}"
            )
        if offset >= limit:
            return b""
        i = self._segment_for(offset)
        while i < len(self.segments):
            seg = self.segments[i]
            found = seg.find(offset)
            if found is None:
                i += 1
                continue
            if found.base_offset >= limit:
                return b""
            if limit >= seg.next_offset:
                stop = seg.size
            else:  # stop before the batch holding the bound, as Kafka does
                holder = seg.find(limit)
                stop = seg.size if holder is None else holder.position
            want = max(max_bytes, found.size) if min_one else max_bytes
            return seg.read(found.position, min(stop - found.position, want))
        return b""

    def fetch(self, offset: int, max_bytes: int, *, read_committed: bool = False) -> FetchData:
        """A Fetch answer for one partition: records bounded by the high watermark or LSO."""
        upper = self.last_stable_offset if read_committed else self.high_watermark
        data = self.read(offset, max_bytes, max_offset=upper)
        return FetchData(data, self.high_watermark, self._log_start, self.last_stable_offset)

    # ---------------------------------------------------------------- ListOffsets

    def offset_for_timestamp(self, timestamp: int) -> tuple[int, int] | None:
        """(offset, timestamp) of the first record at or after log start whose timestamp is
        >= `timestamp` (Kafka's FileRecords.searchForTimestamp).

        Batch headers pick the batch (its max timestamp); only that batch is decoded, so the
        answer is a record's offset, not the batch's base offset: `GetOffsetShell --time T`
        and `kafka-consumer-groups --reset-offsets --to-datetime` land on the same record as
        with Kafka.
        """
        for seg in self.segments:
            if seg.largest_timestamp < timestamp:
                continue
            start = max(seg.time_index.lookup(timestamp), seg.base_offset)
            b = seg.find(start)
            while b is not None:
                if b.max_timestamp >= timestamp and b.last_offset >= self._log_start:
                    for r in self._batch_records(seg, b):
                        if r.timestamp >= timestamp and r.offset >= self._log_start:
                            return r.offset, r.timestamp
                if b.position + b.size >= seg.size:
                    break
                b = seg.find(b.last_offset + 1)
        return None

    def max_timestamp_offset(self) -> tuple[int, int] | None:
        """(offset, timestamp) of the first record at or after log start holding the largest
        timestamp (ListOffsets -3; Kafka's RecordBatch.offsetOfMaxTimestamp: the earliest
        record with the batch's max timestamp, not the batch's base offset)."""
        best: tuple[int, LogSegment, BatchPosition] | None = None
        for seg in self.segments:
            if best is not None and seg.largest_timestamp <= best[0]:
                continue
            for b in seg.batches():
                if b.last_offset < self._log_start:
                    continue
                ts = b.max_timestamp
                if b.base_offset < self._log_start:  # straddles the log start: its tail counts
                    ts = max(
                        (r.timestamp for r in self._batch_records(seg, b)
                         if r.offset >= self._log_start),
                        default=-1,
                    )  # fmt: skip
                if best is None or ts > best[0]:
                    best = (ts, seg, b)
        if best is None:
            return None
        ts, seg, b = best
        for r in self._batch_records(seg, b):
            if r.offset >= self._log_start and r.timestamp == ts:
                return r.offset, ts
        return max(b.base_offset, self._log_start), ts  # not reached for a well-formed batch

    @staticmethod
    def _batch_records(seg: LogSegment, b: BatchPosition) -> Iterator[Record]:
        """The records of one stored batch (decompressed; LogAppendTime applied)."""
        return RecordBatch(memoryview(seg.read(b.position, b.size))).records()

    # ---------------------------------------------------------------- deletion

    def delete_records(self, offset: int) -> int:
        """Advance the log start offset to `offset` (DeleteRecords); returns the new start.

        The caller persists it (log-start-offset checkpoint) before answering.
        """
        self._check_online()
        if offset < 0 or offset > self.high_watermark:
            raise OffsetOutOfRangeError(
                f"cannot delete records before {offset}: the high watermark is {self.high_watermark}"
            )
        if offset > self._log_start:
            self._log_start = offset
        return self._log_start

    def _delete_oldest(self, reason: str, detached: list[LogSegment] | None) -> None:
        seg = self.segments[0]
        with self.lock:
            self.segments.pop(0)
            self._bases.pop(0)
            if detached is None:
                seg.delete()
            else:
                detached.append(seg)
        log.info("deleted segment %s of %s: %s", seg.base_offset, self.dir, reason)
        self._log_start = max(self._log_start, self.segments[0].base_offset)

    def apply_retention(
        self, now_ms: int | None = None, detached: list[LogSegment] | None = None
    ) -> int:
        """Delete whole segments past retention.ms / retention.bytes or below the log start.

        The active segment is never deleted. Returns how many segments went. With
        `detached`, the segments leave the log but their files are left for the caller to
        delete (`LogSegment.delete`) off the event loop: unlinking a large file drops its
        cached pages and takes milliseconds.
        """
        self._check_online()
        now = self._now() if now_ms is None else now_ms
        cfg = self.config
        deleted = 0
        while len(self.segments) > 1:
            seg = self.segments[0]
            if seg.next_offset <= self._log_start:
                self._delete_oldest("below the log start offset", detached)
            elif (
                cfg.delete
                and cfg.retention_ms >= 0
                and (seg.largest_timestamp < now - cfg.retention_ms)
            ):
                self._delete_oldest("retention.ms", detached)
            elif (
                cfg.delete
                and cfg.retention_bytes >= 0
                and (self.size - seg.size >= cfg.retention_bytes)
            ):
                self._delete_oldest("retention.bytes", detached)
            else:
                break
            deleted += 1
        return deleted

    def truncate_all(self) -> None:
        """Delete every segment (topic deletion)."""
        with self.lock:
            for seg in self.segments:
                seg.delete()
            self.segments.clear()
            self._bases.clear()

    def close(self) -> None:
        with self.lock:
            failed = self.offline is not None
            for seg in self.segments:
                if seg.fd >= 0:
                    try:
                        if not failed:
                            if seg.unflushed:
                                seg.fsync()
                            seg.write_indexes(sync=True)
                    except StorageError as e:
                        log.error("closing %s: %s", seg.log_path, e)
                        failed = True
                    seg.close()
            if not failed:  # only a fully synced log may claim everything is recovered
                self.recovery_point = self.log_end_offset
