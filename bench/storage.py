"""Storage suite: FluxMQ's log vs plain file I/O on the same disk, in the same run.

    python -m bench.storage [--quick] [--profile] [--dir DIR]

Every FluxMQ figure has a raw counterpart that moves the same pre-built batch bytes to or from a
file in the same directory (by default bench/.work/, on the repository's filesystem):

- append, no fsync: `PartitionLog.append(batch)` vs `os.write(fd, batch)` to one O_APPEND file;
- fsync before ack: `await LogManager.append(...)` on a topic with flush.messages=1 (the fsync
  is group-committed in a worker thread) vs `os.write` + `os.fdatasync` per batch; once with one
  appender (the target) and once with 8 concurrent appenders (group commit, informational);
- read: `PartitionLog.read(offset, 1 MiB)` from the log start to the end, walking the batch
  headers of each answer to find the next offset, vs `os.pread(fd, 1 MiB, pos)` to the end.
  Both files were just written, so reads come from the page cache (caches are not dropped).

Batches (1 MiB and 16 KiB, uncompressed, random values) are built before any timing, and gc
is disabled while timing. Appends without fsync and reads: whole runs, interleaved (raw,
FluxMQ, FluxMQ, raw, ...) after an untimed warm-up, each file fdatasync'ed and deleted after its
run outside the timing so that one contender's write-back does not land in the other's run; the
best run is reported, the median kept too. Appends with fsync: fsync latency on a shared disk
drifts by several times within a second, so the contenders alternate chunk by chunk within one
run and total bytes over total time is reported.

Targets (from the issue): FluxMQ ≥ 0.9× raw for 1 MiB appends without fsync; ≥ 0.5× raw
write+fdatasync in fsync-before-ack mode (one appender). With --profile, or when a target is
missed, FluxMQ's side is profiled (cProfile, plus a file-operation timing breakdown).
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import datetime as dt
import gc
import io
import os
import platform
import pstats
import random
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from fluxmq.protocol.primitives import Buffer
from fluxmq.protocol.records import build_batch, iter_batches
from fluxmq.storage import FileIO, LogConfig, LogManager, PartitionLog, StorageSettings

DESCRIPTION = "Storage engine: appends and reads vs raw file I/O (`python -m bench.storage`)"

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
KiB, MiB = 1024, 1024 * 1024
TARGET_APPEND = 0.9  # 1 MiB batches, no fsync
TARGET_FSYNC = 0.5  # fsync before ack, one appender
READ_MAX = 1 * MiB
CONCURRENT = 8
SEED = 20241126
TOPIC = "bench"
_BASE_LEN = struct.Struct(">qi")
_DELTA = struct.Struct(">i")


@dataclass(frozen=True)
class Plan:
    """How much to move. `runs` timed runs per contender, interleaved, the best reported."""

    runs: int
    append_bytes: dict[int, int]  # batch size -> bytes per timed run (no fsync)
    append_min_s: float  # ... and more runs until FluxMQ's timed total reaches this
    read_min_s: float  # reads: more runs until FluxMQ's timed total reaches this
    fsync_batches: dict[int, int]  # batch size -> batches per contender (fsync before ack)
    fsync_chunks: int  # ... timed in this many alternating chunks
    pool_bytes: int  # distinct batch bytes per size (the runs cycle through them)

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(
                runs=5,
                append_bytes={MiB: 64 * MiB, 16 * KiB: 32 * MiB},
                append_min_s=0.1,
                read_min_s=0.1,
                fsync_batches={MiB: 32, 16 * KiB: 320},
                fsync_chunks=8,
                pool_bytes=8 * MiB,
            )
        return cls(
            runs=7,
            append_bytes={MiB: 256 * MiB, 16 * KiB: 128 * MiB},
            append_min_s=1.0,
            read_min_s=0.5,
            fsync_batches={MiB: 128, 16 * KiB: 2048},
            fsync_chunks=16,
            pool_bytes=32 * MiB,
        )


# ----------------------------------------------------------------------------- batches


def make_batch(size: int, rng: random.Random) -> bytes:
    """An uncompressed batch of exactly `size` bytes: 16 records (1 MiB) or 4 (16 KiB)."""
    count = 16 if size >= MiB else 4
    lengths = [size // count] * count
    batch = b""
    for _ in range(4):  # shrink the last value until the varints settle
        values = [rng.randbytes(n) for n in lengths]
        batch = build_batch(values, timestamps=1_700_000_000_000)
        if len(batch) == size:
            return batch
        lengths[-1] -= len(batch) - size
    raise AssertionError(f"could not build a {size}-byte batch (got {len(batch)})")


def batch_pool(size: int, pool_bytes: int) -> list[bytes]:
    rng = random.Random(SEED + size)
    return [make_batch(size, rng) for _ in range(max(4, pool_bytes // size))]


def cycle(pool: Sequence[bytes], n: int) -> list[bytes]:
    return [pool[i % len(pool)] for i in range(n)]


# ----------------------------------------------------------------------------- contenders


def _open_append(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_CLOEXEC, 0o644)


def raw_append(path: Path, batches: Sequence[bytes], sync: bool) -> float:
    fd = _open_append(path)
    try:
        t0 = time.perf_counter()
        if sync:
            for b in batches:
                os.write(fd, b)
                os.fdatasync(fd)
        else:
            for b in batches:
                os.write(fd, b)
        elapsed = time.perf_counter() - t0
        os.fdatasync(fd)  # untimed: leave no write-back to the next run
    finally:
        os.close(fd)
    return elapsed


def flux_append(directory: Path, batches: Sequence[bytes]) -> float:
    plog = PartitionLog(str(directory), LogConfig())
    try:
        t0 = time.perf_counter()
        for b in batches:
            plog.append(b)
        elapsed = time.perf_counter() - t0
        plog.flush()
    finally:
        plog.close()
    return elapsed


def flux_append_fsync(
    directory: Path, batches: Sequence[bytes], appenders: int, fio: FileIO | None = None
) -> float:
    """fsync-before-ack appends through LogManager (flush.messages=1); the timed part only."""
    manager = LogManager(StorageSettings(str(directory)), io=fio or FileIO())
    manager.create_topic(TOPIC, 1, {"flush.messages": "1"})
    elapsed = 0.0

    async def main() -> None:
        nonlocal elapsed
        todo = iter(batches)

        async def appender() -> None:
            for b in todo:
                await manager.append(TOPIC, 0, b)

        timed = fio if isinstance(fio, TimedIO) else None
        if timed is not None:
            timed.active = True
        t0 = time.perf_counter()
        if appenders == 1:
            await appender()
        else:
            async with anyio.create_task_group() as tg:
                for _ in range(appenders):
                    tg.start_soon(appender)
        elapsed = time.perf_counter() - t0
        if timed is not None:
            timed.active = False

    try:
        anyio.run(main)
    finally:
        manager.close()
    return elapsed


def raw_read(path: Path) -> tuple[float, int]:
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        pos = 0
        t0 = time.perf_counter()
        while True:
            chunk = os.pread(fd, READ_MAX, pos)
            if not chunk:
                break
            pos += len(chunk)
        return time.perf_counter() - t0, pos
    finally:
        os.close(fd)


def flux_read(plog: PartitionLog) -> tuple[float, int]:
    """Read the whole log as a fetching consumer would: the next offset comes from the last
    complete batch of each answer (a cut trailing batch is read again next time)."""
    offset, end, total = plog.log_start_offset, plog.log_end_offset, 0
    t0 = time.perf_counter()
    while offset < end:
        data = plog.read(offset, READ_MAX)
        pos, n, last = 0, len(data), offset - 1
        while n - pos >= 27:
            base, length = _BASE_LEN.unpack_from(data, pos)
            if pos + 12 + length > n:
                break
            last = base + _DELTA.unpack_from(data, pos + 23)[0]
            pos += 12 + length
        if last < offset:
            raise AssertionError(f"read({offset}) returned no complete batch")
        total += pos
        offset = last + 1
    return time.perf_counter() - t0, total


# ----------------------------------------------------------------------------- measuring


@dataclass
class Row:
    """One comparison. `raw`/`flux` hold the seconds of equal-sized samples (`sample_bytes`
    each): whole runs (`pooled=False`: the best run counts) or chunks of one run alternating
    between the contenders (`pooled=True`: total bytes over total time)."""

    case: str
    batch: int
    sample_bytes: int
    pooled: bool = False
    raw: list[float] = field(default_factory=list)
    flux: list[float] = field(default_factory=list)
    target: float | None = None
    note: str = ""

    def _rate(self, seconds: list[float]) -> float:
        if self.pooled:
            return self.sample_bytes * len(seconds) / sum(seconds) / 1e6
        return self.sample_bytes / min(seconds) / 1e6

    @property
    def raw_mbs(self) -> float:
        return self._rate(self.raw)

    @property
    def flux_mbs(self) -> float:
        return self._rate(self.flux)

    @property
    def ratio(self) -> float:
        return self.flux_mbs / self.raw_mbs

    @property
    def median_ratio(self) -> float:
        """Median of the ratios of neighbouring samples (pooled) or of the median runs."""
        if self.pooled:
            return statistics.median(r / f for r, f in zip(self.raw, self.flux, strict=True))
        return statistics.median(self.raw) / statistics.median(self.flux)

    @property
    def volume(self) -> str:
        total = self.sample_bytes * len(self.flux) / MiB
        if self.pooled:
            return f"{total:,.0f} MiB in {len(self.flux)} chunks"
        return f"{self.sample_bytes / MiB:,.0f} MiB × {len(self.flux)} runs"

    @property
    def per_batch(self) -> tuple[float, float]:
        """Seconds per batch, raw and FluxMQ (at the reported rate)."""
        return self.batch / self.raw_mbs / 1e6, self.batch / self.flux_mbs / 1e6

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.ratio >= self.target


@contextmanager
def _no_gc() -> Iterator[None]:
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _fresh(path: Path) -> Path:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    return path


def _interleaved(
    runs: int, raw: Callable[[], float], flux: Callable[[], float], row: Row, min_s: float = 0.0
) -> None:
    for i in range(max(runs, 64)):
        if i >= runs and sum(row.flux) >= min_s:
            break
        order = (("raw", raw), ("flux", flux)) if i % 2 == 0 else (("flux", flux), ("raw", raw))
        for name, fn in order:
            with _no_gc():
                seconds = fn()
            (row.raw if name == "raw" else row.flux).append(seconds)


def _size(n: int) -> str:
    return f"{n // MiB} MiB" if n >= MiB and n % MiB == 0 else f"{n // KiB} KiB"


def measure_appends(
    plan: Plan, work: Path, pools: dict[int, list[bytes]], log: Callable[[str], None]
) -> list[Row]:
    rows = []
    for size, total in plan.append_bytes.items():
        batches = cycle(pools[size], total // size)
        raw_path, flux_dir = work / "raw.bin", work / "flux-log"
        # warm-up: the first write to fresh page-cache memory is several times slower
        raw_append(_fresh(raw_path), batches, sync=False)
        flux_append(_fresh(flux_dir), batches)
        row = Row("append, no fsync", size, total, target=TARGET_APPEND if size == MiB else None)
        _interleaved(
            plan.runs,
            lambda b=batches, p=raw_path: raw_append(_fresh(p), b, sync=False),
            lambda b=batches, d=flux_dir: flux_append(_fresh(d), b),
            row,
            plan.append_min_s,
        )
        _fresh(raw_path), _fresh(flux_dir)
        log(
            f"  {row.case}, {_size(size)} batches: raw {row.raw_mbs:,.0f} MB/s, "
            f"FluxMQ {row.flux_mbs:,.0f} MB/s ({row.ratio:.2f}×)"
        )
        rows.append(row)
    return rows


def _fsync_case(
    rows: Sequence[Row], work: Path, batches: Sequence[bytes], appenders: int, chunks: int
) -> None:
    """Time chunks of fsync-before-ack appends: FluxMQ into `rows[i].flux`, raw write+fdatasync
    into `rows[0].raw` and, if there is a second row, raw with each fdatasync run in a worker
    thread (as FluxMQ runs it) into `rows[1].raw`."""
    raw_path, flux_dir = _fresh(work / "raw-sync.bin"), _fresh(work / "flux-sync")
    fd = _open_append(raw_path)
    manager = LogManager(StorageSettings(str(flux_dir)))
    manager.create_topic(TOPIC, 1, {"flush.messages": "1"})

    async def raw_chunk() -> float:
        t0 = time.perf_counter()
        for b in batches:
            os.write(fd, b)
            os.fdatasync(fd)
        return time.perf_counter() - t0

    async def raw_thread_chunk() -> float:
        t0 = time.perf_counter()
        for b in batches:
            os.write(fd, b)
            await anyio.to_thread.run_sync(os.fdatasync, fd)
        return time.perf_counter() - t0

    async def flux_chunk() -> float:
        todo = iter(batches)

        async def appender() -> None:
            for b in todo:
                await manager.append(TOPIC, 0, b)

        t0 = time.perf_counter()
        async with anyio.create_task_group() as tg:
            for _ in range(appenders):
                tg.start_soon(appender)
        return time.perf_counter() - t0

    contenders: list[tuple[Callable[[], Awaitable[float]], list[list[float]]]] = [
        (raw_chunk, [rows[0].raw]),
        (flux_chunk, [r.flux for r in rows]),
    ]
    if len(rows) > 1:
        contenders.append((raw_thread_chunk, [rows[1].raw]))

    async def main() -> None:
        for fn, _ in contenders:  # warm-up
            await fn()
        with _no_gc():
            for i in range(chunks):
                shift = i % len(contenders)
                for fn, sinks in contenders[shift:] + contenders[:shift]:
                    seconds = await fn()
                    for sink in sinks:
                        sink.append(seconds)

    try:
        anyio.run(main)
    finally:
        os.close(fd)
        manager.close()
        _fresh(raw_path), _fresh(flux_dir)


def measure_fsync(
    plan: Plan, work: Path, pools: dict[int, list[bytes]], log: Callable[[str], None]
) -> list[Row]:
    """fsync latency on a shared (virtual) disk drifts by several times within a second, so
    the contenders alternate chunk by chunk inside one run (one raw file, one LogManager)."""
    rows = []
    cases = [(size, n, 1) for size, n in plan.fsync_batches.items()]
    cases.append((16 * KiB, plan.fsync_batches[16 * KiB], CONCURRENT))
    for size, n, appenders in cases:
        chunk = max(appenders * 4, n // plan.fsync_chunks)
        if appenders == 1:
            new = [
                Row("append, fsync before ack", size, chunk * size, True, target=TARGET_FSYNC),
                Row(
                    "append, fsync before ack, vs threaded raw",
                    size,
                    chunk * size,
                    True,
                    note="raw: each fdatasync in a worker thread",
                ),
            ]
        else:
            case = f"append, fsync before ack, {appenders} appenders"
            new = [Row(case, size, chunk * size, True, note="raw: one writer, as above")]
        _fsync_case(new, work, cycle(pools[size], chunk), appenders, plan.fsync_chunks)
        for row in new:
            log(
                f"  {row.case}, {_size(size)} batches: raw {row.raw_mbs:,.0f} MB/s, "
                f"FluxMQ {row.flux_mbs:,.0f} MB/s ({row.ratio:.2f}×) {row.note}"
            )
        rows += new
    return rows


def measure_reads(
    plan: Plan, work: Path, pools: dict[int, list[bytes]], log: Callable[[str], None]
) -> tuple[list[Row], list[str]]:
    rows, checks = [], []
    for size, total in plan.append_bytes.items():
        batches = cycle(pools[size], total // size)
        raw_path, flux_dir = _fresh(work / "raw-read.bin"), _fresh(work / "flux-read")
        raw_append(raw_path, batches, sync=False)
        flux_append(flux_dir, batches)
        # reopened as after a clean shutdown: everything below the recovery point
        plog = PartitionLog(str(flux_dir), LogConfig(), recovery_point=2**62)
        try:
            row = Row(f"read, max_bytes {_size(READ_MAX)}", size, total, note="page cache")
            raw_read(raw_path), flux_read(plog)  # warm-up
            sizes: set[int] = set()

            def raw_run(path: Path = raw_path, sizes: set[int] = sizes) -> float:
                seconds, n = raw_read(path)
                sizes.add(n)
                return seconds

            def flux_run(plog: PartitionLog = plog, sizes: set[int] = sizes) -> float:
                seconds, n = flux_read(plog)
                sizes.add(n)
                return seconds

            _interleaved(plan.runs, raw_run, flux_run, row, plan.read_min_s)
            ok = sizes == {total} and plog.log_end_offset == sum(
                b.record_count for b in map(next, map(iter_batches, batches))
            )
            sample = plog.read(plog.log_end_offset // 2, 1)
            ok = ok and all(b.is_valid() for b in iter_batches(sample))
            checks.append(
                f"{_size(size)} batches: both reads returned {total:,} bytes, the log holds "
                f"{plog.log_end_offset:,} records, CRC of a batch read back ok"
                if ok
                else f"{_size(size)} batches: MISMATCH (bytes read {sorted(sizes)}, expected {total})"
            )
        finally:
            plog.close()
        _fresh(raw_path), _fresh(flux_dir)
        log(
            f"  {row.case}, {_size(size)} batches: raw {row.raw_mbs:,.0f} MB/s, "
            f"FluxMQ {row.flux_mbs:,.0f} MB/s ({row.ratio:.2f}×)"
        )
        rows.append(row)
    return rows, checks


# ----------------------------------------------------------------------------- profiling


class TimedIO(FileIO):
    """Real file operations, timed: where the wall time of an fsync-mode run goes."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.active = False  # count only while the appends are timed

    def _add(self, op: str, t0: float) -> None:
        if not self.active:
            return
        self.seconds[op] = self.seconds.get(op, 0.0) + time.perf_counter() - t0
        self.calls[op] = self.calls.get(op, 0) + 1

    def writev(self, fd: int, chunks: Sequence[Buffer], path: str) -> int:
        t0 = time.perf_counter()
        try:
            return super().writev(fd, chunks, path)
        finally:
            self._add("writev", t0)

    def fsync(self, fd: int, path: str) -> None:
        t0 = time.perf_counter()
        try:
            super().fsync(fd, path)
        finally:
            self._add("fdatasync", t0)


def _top(profile: cProfile.Profile, n: int = 14) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(n)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(line.replace(str(ROOT) + "/", "") for line in lines[start:] if line.strip())


def profile_appends(
    work: Path, pools: dict[int, list[bytes]], plan: Plan, sizes: Sequence[int]
) -> list[str]:
    """cProfile of FluxMQ's no-fsync append loop; returns report lines (console)."""
    lines = []
    for size in sizes:
        batches = cycle(pools[size], plan.append_bytes[size] // size)
        directory = _fresh(work / "profile-log")
        flux_append(directory, batches)  # warm-up (fresh page-cache memory is slow to fault in)
        plog = PartitionLog(str(_fresh(directory)), LogConfig())
        prof = cProfile.Profile()
        with _no_gc():
            t0 = time.perf_counter()
            prof.enable()
            for b in batches:
                plog.append(b)
            prof.disable()
            wall = time.perf_counter() - t0
        plog.close()
        _fresh(directory)
        stats = pstats.Stats(prof)
        writev = sum(
            v[2] for k, v in stats.stats.items() if k[2] in ("<built-in method posix.writev>",)
        )
        lines.append(
            f"append, no fsync, {_size(size)} batches: {len(batches):,} appends in "
            f"{wall * 1e3:.0f} ms (with cProfile), {wall / len(batches) * 1e6:.1f} µs each; "
            f"os.writev {writev / wall:.0%} of it"
        )
        lines.append(_top(prof))
    return lines


def profile_fsync(
    work: Path, pools: dict[int, list[bytes]], plan: Plan, sizes: Sequence[int]
) -> list[str]:
    """Wall time of fsync-before-ack appends split into fdatasync, writev and the rest."""
    lines = []
    for size in sizes:
        n = plan.fsync_batches[size]
        batches = cycle(pools[size], n)
        fio = TimedIO()
        prof = cProfile.Profile()
        prof.enable()
        wall = flux_append_fsync(_fresh(work / "profile-sync"), batches, 1, fio)
        prof.disable()
        _fresh(work / "profile-sync")
        fsync_s = fio.seconds.get("fdatasync", 0.0)
        write_s = fio.seconds.get("writev", 0.0)
        rest = wall - fsync_s - write_s
        lines.append(
            f"append, fsync before ack, {_size(size)} batches: {n} appends, "
            f"{wall / n * 1e3:.2f} ms each: fdatasync {fsync_s / n * 1e3:.2f} ms "
            f"({fio.calls.get('fdatasync', 0)} calls, worker thread), writev "
            f"{write_s / n * 1e3:.2f} ms, everything else {rest / n * 1e3:.2f} ms "
            f"({rest / wall:.0%}: event loop, thread hand-off, Python)"
        )
        lines.append("event-loop thread (cProfile):")
        lines.append(_top(prof, 12))
    return lines


# ----------------------------------------------------------------------------- machine


def stabilise_malloc() -> str:
    """Fixed glibc mmap threshold, no heap trimming (as `bench.stabilise_malloc` does): 1 MiB
    read buffers then come from a reused heap instead of fresh, page-faulting mmaps, for raw and
    FluxMQ alike."""
    if not sys.platform.startswith("linux"):
        return "default allocator settings"
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return "default allocator settings (no mallopt)"
    m_trim_threshold, m_mmap_threshold = -1, -3
    if mallopt(m_mmap_threshold, 32 << 20) and mallopt(m_trim_threshold, 1 << 30):
        return "glibc malloc: mmap threshold 32 MiB, no heap trimming"
    return "default allocator settings (mallopt refused)"


def _df(path: Path) -> str:
    try:
        out = subprocess.run(
            ["df", "-T", str(path)], capture_output=True, text=True, check=True, timeout=10
        ).stdout.splitlines()
        device, fstype, *_rest, mount = out[-1].split()
        return f"{fstype} on {device} (mounted at {mount}), via `df -T`"
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return "unknown"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except (OSError, ValueError):
        pass
    return "unknown"


def machine(work: Path) -> dict[str, str]:
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return {
        "cpu": _cpu(),
        "cores": f"{os.cpu_count()} logical CPUs; load average at start: {load}",
        "memory": _memory(),
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "bench dir": f"{_rel(work)}: {_df(work)}",
    }


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


# ----------------------------------------------------------------------------- report


HEADER = ("case", "batch", "timed", "raw MB/s", "FluxMQ MB/s", "FluxMQ/raw", "median", "target")


def _cells(row: Row) -> list[str]:
    if row.target is None:
        target = row.note or "—"
    else:
        target = f"≥{row.target:.1f}× {'yes' if row.met else '**no**'}"
    return [
        row.case,
        _size(row.batch),
        row.volume,
        f"{row.raw_mbs:,.0f}",
        f"{row.flux_mbs:,.0f}",
        f"{row.ratio:.2f}×",
        f"{row.median_ratio:.2f}×",
        target,
    ]


def _text_table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i in (0, 7) else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([line(HEADER), "  ".join("-" * w for w in widths), *map(line, rows)])


def _md_table(rows: Sequence[Sequence[str]]) -> str:
    rule = ["---", "---", "---:", "---:", "---:", "---:", "---:", "---"]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in [list(HEADER), rule, *rows])


@dataclass
class Result:
    rows: list[Row]
    checks: list[str]
    per_op: list[str]
    profile: list[str]
    seconds: float
    plan: Plan

    @property
    def missed(self) -> list[Row]:
        return [r for r in self.rows if r.met is False]

    @property
    def ok(self) -> bool:
        return not any("MISMATCH" in c for c in self.checks)


def measure(quick: bool, profile: bool, work_root: Path, log: Callable[[str], None]) -> Result:
    plan = Plan.make(quick)
    work_root.mkdir(parents=True, exist_ok=True)
    work = work_root / f"storage-{os.getpid()}"
    _fresh(work).mkdir(parents=True)
    started = time.perf_counter()
    try:
        log("building batches ...")
        pools = {size: batch_pool(size, plan.pool_bytes) for size in plan.append_bytes}
        log("appends without fsync ...")
        rows = measure_appends(plan, work, pools, log)
        log("appends with fsync before ack ...")
        rows += measure_fsync(plan, work, pools, log)
        log("reads ...")
        read_rows, checks = measure_reads(plan, work, pools, log)
        rows += read_rows
        per_op = []
        for r in rows:
            raw_s, flux_s = r.per_batch
            per_op.append(
                f"{r.case}, {_size(r.batch)}: raw {raw_s * 1e6:,.1f} µs, "
                f"FluxMQ {flux_s * 1e6:,.1f} µs per batch"
            )
        lines: list[str] = []
        append_missed = [
            r.batch for r in rows if r.case.startswith("append, no") and r.met is False
        ]
        fsync_missed = [
            r.batch for r in rows if r.case == "append, fsync before ack" and r.met is False
        ]
        if profile or append_missed:
            log("profiling appends ...")
            lines += profile_appends(work, pools, plan, append_missed or [MiB, 16 * KiB])
        if profile or fsync_missed:
            log("profiling fsync-before-ack appends ...")
            lines += profile_fsync(work, pools, plan, fsync_missed or [MiB, 16 * KiB])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Result(rows, checks, per_op, lines, time.perf_counter() - started, plan)


def body(result: Result) -> str:
    """The markdown of the suite (tables and notes), without the machine header."""
    table = _md_table([_cells(r) for r in result.rows])
    parts = [
        table,
        "",
        "- MB/s = 10⁶ bytes of batches per second. `× N runs` rows: the best of N runs, "
        "raw and FluxMQ interleaved, each file fdatasync'ed and deleted after its run outside "
        "the timing (`median`: ratio of the median runs). `in N chunks` rows (fsync): the "
        "contenders alternate chunk by chunk in one run, since fsync latency on this disk drifts "
        "within seconds; total bytes over total time (`median`: median ratio of neighbouring "
        "chunks).",
        "- Batches are uncompressed with random values, built before timing "
        "(1 MiB: 16 records; 16 KiB: 4); gc is disabled while timing.",
        "- append, no fsync: `PartitionLog.append` (default LogConfig, 1 GiB segments) vs "
        "`os.write` of the same bytes to one O_APPEND file.",
        "- fsync before ack: `await LogManager.append` on a topic with flush.messages=1 (fsync "
        "in a worker thread, group commit) vs `os.write` + `os.fdatasync` per batch.",
        "- read: `PartitionLog.read(offset, 1 MiB)` from the log start to the end (next offset "
        "from the batch headers) vs `os.pread` of 1 MiB chunks; both files were just written, so "
        "the reads come from the page cache (caches not dropped).",
        "",
        "Per batch, at the rates above:",
        "",
        *(f"- {line}" for line in result.per_op),
        "",
        "Checks: " + "; ".join(result.checks) + ".",
    ]
    if result.missed:
        parts += [
            "",
            "Target missed on: "
            + ", ".join(f"{r.case} ({_size(r.batch)}, {r.ratio:.2f}×)" for r in result.missed)
            + ". Profile (`python -m bench.storage --profile`):",
            "",
            "```",
            *result.profile,
            "```",
        ]
    return "\n".join(parts) + "\n"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench.storage", description=__doc__.split("\n\n")[0]
    )
    p.add_argument("--quick", action="store_true", help="small volumes (≤ 20 s), a smoke test")
    p.add_argument("--profile", action="store_true", help="profile FluxMQ's side even if on target")
    p.add_argument(
        "--markdown", action="store_true", help="also print the BENCHMARKS.md section at the end"
    )
    p.add_argument(
        "--dir", type=Path, default=WORK, help=f"scratch directory (default {_rel(WORK)})"
    )
    return p


def main(argv: list[str] | None = None) -> str:
    """Run the suite, print its table, return its BENCHMARKS.md section (the markdown that goes
    between `<!-- bench:storage -->` and `<!-- /bench:storage -->`)."""
    args = _parser().parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv
    command = "python -m bench.storage" + (" " + shlex.join(argv) if argv else "")
    facts = machine(args.dir if args.dir.exists() else args.dir.parent)
    facts["memory"] += f"; {stabilise_malloc()}"
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"$ {command}")
    for key, value in facts.items():
        print(f"{key:>9}: {value}")
    result = measure(args.quick, args.profile, args.dir, lambda s: print(s, flush=True))
    print()
    print(_text_table([_cells(r) for r in result.rows]))
    print()
    for line in result.per_op:
        print(line)
    for line in result.checks:
        print("check:", line)
    if result.profile:
        print()
        print("\n".join(result.profile))
    print(f"\n[storage: {result.seconds:.1f} s]")
    head = [
        f"## {DESCRIPTION}",
        "",
        f"- command: `{command}`",
        f"- date: {when}",
        *(f"- {k}: {v}" for k, v in facts.items()),
        "",
    ]
    section = "\n".join(head) + "\n" + body(result)
    if args.markdown:
        print("\n<!-- bench:storage -->\n" + section.strip() + "\n<!-- /bench:storage -->")
    return section


def run(config: Any) -> Any:
    """Adapter for the `python -m bench` runner (a `bench.Config` in, a `bench.Report` out)."""
    from . import Report

    quick = bool(getattr(config, "quick", False))
    profile = bool(getattr(config, "profile", False))
    lines: list[str] = []
    result = measure(quick, profile, WORK, lines.append)
    text = _text_table([_cells(r) for r in result.rows])
    text += "\n\n" + "\n".join(result.per_op + [f"check: {c}" for c in result.checks])
    if result.profile:
        text += "\n\n" + "\n".join(result.profile)
    md = f"Files in {_rel(WORK)}: {_df(WORK)}.\n\n" + body(result)
    return Report(text=text, markdown=md, ok=result.ok)


if __name__ == "__main__":
    sys.exit(1 if "MISMATCH" in main() else 0)
