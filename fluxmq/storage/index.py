"""Sparse offset and time indexes of one segment, in Kafka's file formats.

`.index`: 8-byte entries (int32 offset relative to the segment base, int32 file position).
`.timeindex`: 12-byte entries (int64 timestamp, int32 relative offset).
Entries live in memory (array) and are appended to the files when the segment is flushed or
closed; recovery rebuilds anything past the recovery point, so a stale index is never trusted.
"""

from __future__ import annotations

import os
import struct
from array import array
from bisect import bisect_right
from typing import Final

from .fileio import FileIO

__all__ = ["OffsetIndex", "TimeIndex"]

_OFF: Final = struct.Struct(">ii")
_TIME: Final = struct.Struct(">qi")


class OffsetIndex:
    __slots__ = ("base_offset", "flushed", "path", "positions", "relative")

    def __init__(self, path: str, base_offset: int) -> None:
        self.path = path
        self.base_offset = base_offset
        self.relative = array("q")
        self.positions = array("q")
        self.flushed = 0  # entries already in the file

    def __len__(self) -> int:
        return len(self.relative)

    def append(self, offset: int, position: int) -> None:
        self.relative.append(offset - self.base_offset)
        self.positions.append(position)

    def lookup(self, offset: int) -> tuple[int, int]:
        """(offset, position) of the last entry at or before `offset`; (base, 0) if none."""
        i = bisect_right(self.relative, offset - self.base_offset) - 1
        if i < 0:
            return self.base_offset, 0
        return self.base_offset + self.relative[i], self.positions[i]

    def truncate_to_position(self, position: int) -> None:
        """Drop entries at or past `position` (after the segment is truncated)."""
        keep = bisect_right(self.positions, position - 1)
        del self.relative[keep:]
        del self.positions[keep:]
        self.flushed = min(self.flushed, keep)

    def load(self, segment_size: int) -> bool:
        """Read the file; False (and empty) if it is missing or inconsistent."""
        self.relative = array("q")
        self.positions = array("q")
        self.flushed = 0
        try:
            with open(self.path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return False
        if len(data) % _OFF.size:
            return False
        last_rel, last_pos = -1, -1
        for rel, pos in _OFF.iter_unpack(data):
            if rel <= last_rel or pos <= last_pos or pos >= segment_size:
                self.relative = array("q")
                self.positions = array("q")
                return False
            self.relative.append(rel)
            self.positions.append(pos)
            last_rel, last_pos = rel, pos
        self.flushed = len(self.relative)
        return True

    def flush(self, io: FileIO, rewrite: bool = False, sync: bool = True) -> None:
        """Append unwritten entries to the file (or rewrite it whole)."""
        if not rewrite and self.flushed == len(self.relative):
            return
        start = 0 if rewrite else self.flushed
        data = b"".join(
            _OFF.pack(self.relative[i], self.positions[i]) for i in range(start, len(self.relative))
        )
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if rewrite else os.O_APPEND)
        fd = io.open(self.path, flags)
        try:
            if data:
                io.writev(fd, [data], self.path)
            if sync:
                io.fsync(fd, self.path)
        finally:
            io.close(fd)
        self.flushed = len(self.relative)


class TimeIndex:
    __slots__ = ("base_offset", "flushed", "path", "relative", "timestamps")

    def __init__(self, path: str, base_offset: int) -> None:
        self.path = path
        self.base_offset = base_offset
        self.timestamps = array("q")
        self.relative = array("q")
        self.flushed = 0

    def __len__(self) -> int:
        return len(self.timestamps)

    @property
    def last_timestamp(self) -> int:
        return self.timestamps[-1] if self.timestamps else -1

    def maybe_append(self, timestamp: int, offset: int) -> None:
        if timestamp > self.last_timestamp:
            self.timestamps.append(timestamp)
            self.relative.append(offset - self.base_offset)

    def lookup(self, timestamp: int) -> int:
        """Offset of the last entry whose timestamp is below `timestamp` (a start point)."""
        i = bisect_right(self.timestamps, timestamp - 1) - 1
        return self.base_offset if i < 0 else self.base_offset + self.relative[i]

    def truncate_to_offset(self, offset: int) -> None:
        keep = bisect_right(self.relative, offset - self.base_offset - 1)
        del self.timestamps[keep:]
        del self.relative[keep:]
        self.flushed = min(self.flushed, keep)

    def load(self) -> bool:
        self.timestamps = array("q")
        self.relative = array("q")
        self.flushed = 0
        try:
            with open(self.path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            return False
        if len(data) % _TIME.size:
            return False
        last_ts, last_rel = -(2**63), -1
        for ts, rel in _TIME.iter_unpack(data):
            if ts <= last_ts or rel < last_rel:
                self.timestamps = array("q")
                self.relative = array("q")
                return False
            self.timestamps.append(ts)
            self.relative.append(rel)
            last_ts, last_rel = ts, rel
        self.flushed = len(self.timestamps)
        return True

    def flush(self, io: FileIO, rewrite: bool = False, sync: bool = True) -> None:
        if not rewrite and self.flushed == len(self.timestamps):
            return
        start = 0 if rewrite else self.flushed
        data = b"".join(
            _TIME.pack(self.timestamps[i], self.relative[i])
            for i in range(start, len(self.timestamps))
        )
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if rewrite else os.O_APPEND)
        fd = io.open(self.path, flags)
        try:
            if data:
                io.writev(fd, [data], self.path)
            if sync:
                io.fsync(fd, self.path)
        finally:
            io.close(fd)
        self.flushed = len(self.timestamps)
