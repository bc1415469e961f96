"""One log segment: a `.log` file of record batches plus its sparse `.index` and `.timeindex`."""

from __future__ import annotations

import logging
import os
import struct
import time
from dataclasses import dataclass
from typing import Final

from crc32c import crc32c

from ..protocol.primitives import Buffer
from .fileio import FileIO
from .index import OffsetIndex, TimeIndex

__all__ = ["BatchPosition", "LogSegment", "segment_name"]

log = logging.getLogger(__name__)

# base offset, batch length, leader epoch, magic, crc, attributes, last offset delta,
# base timestamp, max timestamp
_HEAD: Final = struct.Struct(">qiibIhiqq")
_HEAD_SIZE: Final = _HEAD.size  # 43: enough for every field the log needs
_FULL: Final = struct.Struct(">qiibIhiqqqhii")  # the whole 61-byte batch header
_OVERHEAD: Final = 12
_MIN_LENGTH: Final = 49
_SCAN_CHUNK: Final = 8 * 1024 * 1024


def segment_name(base_offset: int) -> str:
    return f"{base_offset:020d}"


@dataclass(frozen=True, slots=True)
class BatchPosition:
    position: int
    size: int
    base_offset: int
    last_offset: int
    max_timestamp: int


class LogSegment:
    """Append-only batches; reads never go past `size`, so a torn write is never served."""

    __slots__ = (
        "base_offset",
        "bytes_since_index",
        "created_ms",
        "fd",
        "first_timestamp",
        "index",
        "index_interval",
        "indexes_unsynced",
        "io",
        "largest_timestamp",
        "log_path",
        "next_offset",
        "rebuilt",
        "size",
        "time_index",
        "unflushed",
    )

    def __init__(
        self,
        directory: str,
        base_offset: int,
        io: FileIO,
        index_interval: int,
        now_ms: int | None = None,
    ) -> None:
        stem = os.path.join(directory, segment_name(base_offset))
        self.base_offset = base_offset
        self.io = io
        self.index_interval = index_interval
        self.log_path = stem + ".log"
        self.index = OffsetIndex(stem + ".index", base_offset)
        self.time_index = TimeIndex(stem + ".timeindex", base_offset)
        self.fd = io.open(self.log_path, os.O_RDWR | os.O_CREAT | os.O_APPEND)
        self.size = os.fstat(self.fd).st_size
        self.next_offset = base_offset
        self.largest_timestamp = -1
        self.bytes_since_index = 0
        self.created_ms = int(time.time() * 1000) if now_ms is None else now_ms
        self.unflushed = False
        self.rebuilt = False  # indexes rebuilt in memory by recover(), files not yet rewritten
        self.indexes_unsynced = False  # index files written but not yet fsynced
        self.first_timestamp = -1  # max timestamp of the first batch (time-based rolls)

    # ---------------------------------------------------------------- writes

    def append(
        self, chunks: list[Buffer], size: int, base: int, last: int, max_timestamp: int
    ) -> None:
        """Write one batch whose offsets are already assigned."""
        position = self.size
        try:
            self.io.writev(self.fd, chunks, self.log_path)
        except Exception:
            # Whatever part was written lies past `size` and is never served; cut it off.
            try:
                self.io.ftruncate(self.fd, position, self.log_path)
            except Exception:
                log.error("could not truncate %s after a failed write", self.log_path)
                raise
            raise
        self._track(position, size, base, last, max_timestamp)
        self.unflushed = True

    def _track(self, position: int, size: int, base: int, last: int, max_timestamp: int) -> None:
        """Account for the batch at `position`: indexes, size, offsets, timestamps."""
        if self.bytes_since_index >= self.index_interval or not len(self.index):
            self.index.append(base, position)
            self.time_index.maybe_append(max(max_timestamp, self.largest_timestamp), last)
            self.bytes_since_index = 0
        self.bytes_since_index += size
        if position == 0:
            self.first_timestamp = max_timestamp
        self.size = position + size
        self.next_offset = last + 1
        if max_timestamp > self.largest_timestamp:
            self.largest_timestamp = max_timestamp

    def fsync(self) -> None:
        # Clear the flag first: an append landing during the fsync sets it again, so the
        # next flush cannot skip it (the fsync below may not cover that append).
        self.unflushed = False
        try:
            self.io.fsync(self.fd, self.log_path)
        except BaseException:
            self.unflushed = True
            raise

    def write_indexes(self, sync: bool = False) -> None:
        """Rewrite both index files; unless `sync`, the next flush fsyncs them (before the
        recovery point may pass this segment)."""
        self.index.flush(self.io, rewrite=True, sync=sync)
        self.time_index.flush(self.io, rewrite=True, sync=sync)
        self.indexes_unsynced = not sync

    def sync_indexes(self) -> None:
        for path in (self.index.path, self.time_index.path):
            fd = self.io.open(path, os.O_RDONLY)
            try:
                self.io.fsync(fd, path)
            finally:
                self.io.close(fd)
        self.indexes_unsynced = False

    def truncate_to(self, position: int) -> None:
        self.io.ftruncate(self.fd, position, self.log_path)
        self.size = position
        self.index.truncate_to_position(position)

    def close(self) -> None:
        if self.fd >= 0:
            self.io.close(self.fd)
            self.fd = -1

    def delete(self) -> None:
        self.close()
        for path in (self.log_path, self.index.path, self.time_index.path):
            self.io.unlink(path)

    # ---------------------------------------------------------------- reads

    def _header(self, position: int) -> BatchPosition | None:
        if self.size - position < _HEAD_SIZE:
            return None
        raw = self.io.pread(self.fd, _HEAD_SIZE, position, self.log_path)
        if len(raw) < _HEAD_SIZE:
            return None
        base, length, _, magic, _, _, delta, _, max_ts = _HEAD.unpack(raw)
        if magic != 2 or length < _MIN_LENGTH or position + _OVERHEAD + length > self.size:
            return None
        if base < self.base_offset or delta < 0:
            return None
        return BatchPosition(position, _OVERHEAD + length, base, base + delta, max_ts)

    def find(self, offset: int) -> BatchPosition | None:
        """The first batch whose last offset is >= `offset`."""
        _, position = self.index.lookup(offset)
        while position < self.size:
            b = self._header(position)
            if b is None:
                if position != 0:  # a stale index entry: fall back to a scan from the start
                    log.warning("bad index entry in %s; scanning", self.log_path)
                    self.index.relative = type(self.index.relative)("q")
                    self.index.positions = type(self.index.positions)("q")
                    position = 0
                    continue
                return None
            if b.last_offset >= offset:
                return b
            position += b.size
        return None

    def position_of(self, offset: int) -> int:
        """File position of the first batch whose base offset is >= `offset` (else size)."""
        _, position = self.index.lookup(offset)
        while position < self.size:
            b = self._header(position)
            if b is None or b.base_offset >= offset:
                return position
            position += b.size
        return self.size

    def read(self, position: int, size: int) -> bytes:
        size = min(size, self.size - position)
        if size <= 0:
            return b""
        return self.io.pread(self.fd, size, position, self.log_path)

    def producer_batches(self) -> list[tuple[int, int, int, int, int, int]]:
        """(producer id, epoch, base sequence, base offset, last offset, max timestamp) of
        every batch written by an idempotent producer, in order (headers only)."""
        out = []
        position = 0
        while position < self.size:
            raw = self.io.pread(self.fd, 61, position, self.log_path)
            if len(raw) < 61:
                break
            base, length, _, magic, _, attrs, delta, _, max_ts, pid, epoch, seq, _ = _FULL.unpack(
                raw
            )
            if magic != 2 or length < _MIN_LENGTH:
                break
            if pid >= 0 and not attrs & 0x20:  # control batches carry no sequence
                out.append((pid, epoch, seq, base, base + delta, max_ts))
            position += _OVERHEAD + length
        return out

    def batches(self, start: int = 0) -> list[BatchPosition]:
        out = []
        position = start
        while position < self.size:
            b = self._header(position)
            if b is None:
                break
            out.append(b)
            position += b.size
        return out

    # ---------------------------------------------------------------- recovery

    def recover(self, expected_next: int) -> tuple[int, str | None]:
        """Scan the whole file: verify every batch, rebuild the indexes, cut at the first bad byte.

        Returns (bytes cut, reason) — reason is None when nothing was cut.
        """
        self.index = OffsetIndex(self.index.path, self.base_offset)
        self.time_index = TimeIndex(self.time_index.path, self.base_offset)
        self.rebuilt = True
        self.bytes_since_index = 0
        self.largest_timestamp = -1
        self.next_offset = max(self.base_offset, expected_next)
        file_size = os.fstat(self.fd).st_size
        self.size = file_size
        position = 0
        reason: str | None = None
        buf = b""
        buf_start = 0
        while position < file_size:
            if file_size - position < _OVERHEAD:
                reason = f"{file_size - position} trailing bytes"
                break
            # keep a window of the file that holds at least the next batch
            if position + _OVERHEAD > buf_start + len(buf):
                buf = self.io.pread(self.fd, _SCAN_CHUNK, position, self.log_path)
                buf_start = position
            rel = position - buf_start
            base, length = struct.unpack_from(">qi", buf, rel)
            if length < _MIN_LENGTH:
                reason = f"batch length {length} at byte {position}"
                break
            total = _OVERHEAD + length
            if position + total > file_size:
                reason = f"torn batch at byte {position} ({file_size - position} of {total} bytes)"
                break
            if rel + total > len(buf):
                buf = self.io.pread(self.fd, max(_SCAN_CHUNK, total), position, self.log_path)
                buf_start, rel = position, 0
            view = memoryview(buf)[rel : rel + total]
            _, _, _, magic, crc, _, delta, _, max_ts = _HEAD.unpack_from(view, 0)
            if magic != 2:
                reason = f"magic {magic} at byte {position}"
                break
            if crc32c(view[21:]) != crc:
                reason = f"crc mismatch in batch at offset {base} (byte {position})"
                break
            if base < self.next_offset or delta < 0:
                reason = (
                    f"offset {base} at byte {position} is below the expected {self.next_offset}"
                )
                break
            self._track(position, total, base, base + delta, max_ts)
            position += total
        self.size = position
        cut = file_size - position
        if cut:
            self.io.ftruncate(self.fd, position, self.log_path)
        self.unflushed = False
        return cut, reason

    def load(self) -> bool:
        """Open a segment before the recovery point from its index files.

        Scans batch headers only from the last index entry to the end. Returns False when the
        indexes are missing or inconsistent; the caller then runs `recover`.
        """
        if not (self.index.load(self.size) and self.time_index.load()):
            return False
        if not len(self.index):
            return self.size == 0
        # every offset-index entry is written with a time-index entry, so an empty or longer
        # time index cannot belong to this offset index
        if not len(self.time_index) or len(self.time_index) > len(self.index):
            return False
        first = self._header(0)
        if first is None or first.base_offset != self.base_offset + self.index.relative[0]:
            return False
        self.first_timestamp = first.max_timestamp
        last_base, position = (
            self.index.base_offset + self.index.relative[-1],
            self.index.positions[-1],
        )
        self.largest_timestamp = self.time_index.last_timestamp
        self.bytes_since_index = 0
        end = self.size
        at_entry = True
        while position < end:
            b = self._header(position)
            if b is None or (at_entry and b.base_offset != last_base):
                return False
            at_entry = False
            self.bytes_since_index += b.size
            self.next_offset = b.last_offset + 1
            self.largest_timestamp = max(self.largest_timestamp, b.max_timestamp)
            position += b.size
        return True
