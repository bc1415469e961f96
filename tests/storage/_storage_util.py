"""Helpers shared by the storage tests (not a test module)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from fluxmq.protocol.primitives import Buffer
from fluxmq.protocol.records import (
    RecordBatch,
    build_batch,
    iter_batches,
    set_base_offset,
    set_partition_leader_epoch,
)
from fluxmq.storage import FileIO, LogConfig, PartitionLog

BASE_TS = 1_700_000_000_000  # ms; record timestamps used throughout


class FakeClock:
    """A clock (seconds, like time.time) the test advances by hand."""

    def __init__(self, start_s: float) -> None:
        self.now_s = start_s

    def __call__(self) -> float:
        return self.now_s

    @property
    def ms(self) -> int:
        return int(self.now_s * 1000)

    def advance_ms(self, ms: int) -> None:
        self.now_s += ms / 1000


class NoSyncIO(FileIO):
    """Real files without fsyncs: for tests that exercise logic, not durability."""

    def fsync(self, fd: int, path: str) -> None:
        pass

    def fsync_dir(self, path: str) -> None:
        pass


def config(**kafka: object) -> LogConfig:
    """LogConfig from Kafka names given with underscores for dots: segment_bytes=300."""
    return LogConfig().with_overrides({k.replace("_", "."): str(v) for k, v in kafka.items()})


def make_batch(
    n: int, tag: str = "v", *, ts: int = BASE_TS, keys: Sequence[bytes | None] | None = None
) -> bytes:
    values = [f"{tag}-{i}".encode() for i in range(n)]
    return build_batch(values, keys=keys, timestamps=[ts + i for i in range(n)])


def stored_form(batch: Buffer, base_offset: int, leader_epoch: int = 0) -> bytes:
    """The bytes a log stores for `batch` appended at `base_offset` (offset and epoch stamped)."""
    buf = bytearray(batch)
    set_base_offset(buf, 0, base_offset)
    set_partition_leader_epoch(buf, 0, leader_epoch)
    return bytes(buf)


def complete_batches(data: bytes) -> list[RecordBatch]:
    """The whole batches of a read (a cut trailing batch is skipped, as clients do)."""
    return list(iter_batches(data, allow_partial=True))


def read_all(plog: PartitionLog, start: int | None = None) -> list[RecordBatch]:
    """Every batch from `start` (default: log start) to the log end, segment by segment."""
    offset = plog.log_start_offset if start is None else start
    out: list[RecordBatch] = []
    while offset < plog.log_end_offset:
        got = complete_batches(plog.read(offset, 1 << 30))
        assert got, f"no whole batch served at offset {offset} (LEO {plog.log_end_offset})"
        out.extend(got)
        offset = got[-1].last_offset + 1
    return out


def batch_bytes(batches: Sequence[RecordBatch]) -> list[bytes]:
    return [bytes(b.view) for b in batches]


# ---------------------------------------------------------------- fault injection


@dataclass
class Fault:
    """Fail the `nth` (1-based) call of `op` whose path contains `path_has`."""

    op: str  # "writev", "fsync", "ftruncate", "open", "replace", "fsync_dir"
    nth: int = 1
    err: int = errno.ENOSPC
    path_has: str = ""
    partial: bool = False  # writev only: write half the bytes first
    times: int = 1  # how many consecutive matching calls fail once triggered
    seen: int = 0
    fired: int = 0


@dataclass
class FaultyIO(FileIO):
    """FileIO raising what the real one raises when the OS fails (StorageError naming the op)."""

    faults: list[Fault] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)

    _NAMES: ClassVar[dict[str, str]] = {
        "writev": "write",
        "fsync": "fsync",
        "ftruncate": "truncate",
        "open": "open",
        "replace": "rename",
        "fsync_dir": "fsync directory",
    }

    def clear(self) -> None:
        self.faults.clear()

    def _check(self, op: str, path: str, before_raise: Callable[[], None] | None = None) -> None:
        self.calls.append((op, path))
        for f in self.faults:
            if f.op != op or f.path_has not in path:
                continue
            f.seen += 1
            if f.seen >= f.nth and f.fired < f.times:
                f.fired += 1
                if before_raise is not None and f.partial:
                    before_raise()
                e = OSError(f.err, os.strerror(f.err))
                raise self.error(self._NAMES[op], path, e) from e

    def writev(self, fd: int, chunks: Sequence[Buffer], path: str) -> int:
        def half() -> None:
            data = b"".join(bytes(c) for c in chunks)
            os.write(fd, data[: max(1, len(data) // 2)])

        self._check("writev", path, half)
        return super().writev(fd, chunks, path)

    def fsync(self, fd: int, path: str) -> None:
        self._check("fsync", path)
        super().fsync(fd, path)

    def ftruncate(self, fd: int, size: int, path: str) -> None:
        self._check("ftruncate", path)
        super().ftruncate(fd, size, path)

    def open(self, path: str, flags: int, mode: int = 0o644) -> int:
        self._check("open", path)
        return super().open(path, flags, mode)

    def replace(self, src: str, dst: str) -> None:
        self._check("replace", src)
        super().replace(src, dst)

    def fsync_dir(self, path: str) -> None:
        self._check("fsync_dir", path)
        super().fsync_dir(path)


def log_files(directory: str) -> list[str]:
    return sorted(n for n in os.listdir(directory) if n.endswith(".log"))
