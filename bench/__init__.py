"""FluxMQ benchmarks: `python -m bench [SUITE ...]` (or `make bench ARGS="..."`).

Each suite is a module of this package listed in `SUITES`. A suite module defines

    DESCRIPTION: str
    def run(config: Config) -> Report

and the runner (`bench.__main__`) prints each report and writes its markdown into its own section
of BENCHMARKS.md, between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, leaving the other
suites' sections alone. This module holds what the suites share: the run configuration, the
timer, machine facts and the BENCHMARKS.md section writer.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "SUITES",
    "Config",
    "Report",
    "Timing",
    "fmt_time",
    "machine_info",
    "markdown_table",
    "measure",
    "measure_many",
    "package_version",
    "stabilise_malloc",
    "text_table",
    "update_section",
]

# Suite name -> module (imported only when the suite runs). Add later suites (record batches,
# storage, broker) here, in the order `python -m bench` should run them.
SUITES: dict[str, str] = {
    "protocol": "bench.protocol",
    "records": "bench.records",
    "storage": "bench.storage",
    "broker": "bench.broker",
    "groups": "bench.groups",
    "client": "bench.client",
}

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    """How hard to measure. `quick` runs are for smoke tests, not for BENCHMARKS.md."""

    quick: bool = False
    min_time: float = 0.3  # seconds per timed run (the loop count is calibrated to this)
    repeat: int = 7  # timed runs per measurement; the best is reported, the median kept too
    keep_gc: bool = False  # by default gc is disabled while timing, for every library alike
    cases: tuple[str, ...] = ()  # suite-specific filters (substring match on case names)
    profile: bool = False  # suites may profile FluxMQ's side when asked
    profile_all: bool = False  # profile every case, not only those that miss the target

    @classmethod
    def make(cls, quick: bool, **kw: Any) -> Config:
        base: dict[str, Any] = {"min_time": 0.03, "repeat": 3} if quick else {}
        base.update({k: v for k, v in kw.items() if v is not None})
        return cls(quick=quick, **base)


@dataclass
class Report:
    """What a suite hands back: console text and the markdown body of its section."""

    text: str
    markdown: str
    ok: bool = True  # False when a correctness check failed
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Timing:
    best: float  # seconds per operation, fastest run
    median: float  # seconds per operation, median run
    number: int  # operations per run
    runs: int
    faults: float = 0.0  # minor page faults per operation during the timed runs

    @property
    def ops(self) -> float:
        return 1.0 / self.best if self.best > 0 else float("inf")


def _loop(fn: Callable[[], object], number: int) -> float:
    rep = itertools.repeat(None, number)
    t0 = time.perf_counter()
    for _ in rep:
        fn()
    return time.perf_counter() - t0


def _calibrate(fn: Callable[[], object], min_time: float) -> int:
    """Loop count for one timed run of about `min_time` seconds (after a warm-up call)."""
    fn()  # warm-up (caches, lazily compiled codecs)
    number = 1
    while True:  # grow until one run takes about a fifth of min_time
        elapsed = _loop(fn, number)
        if elapsed >= min_time / 5 or number >= 1 << 30:
            break
        number *= 2 if elapsed < min_time / 50 else 5
    per_op = elapsed / number
    return max(1, round(min_time / per_op)) if per_op > 0 else number


def measure_many(fns: Mapping[str, Callable[[], object]], config: Config) -> dict[str, Timing]:
    """Time each `fn()` like timeit: calibrate a loop count, then take `repeat` runs of it.

    The runs are interleaved (a, b, c, a, b, c, ...) so that a burst of load on the machine hits
    every contender rather than one. gc is collected first and, unless `config.keep_gc`,
    disabled while timing. Minor page faults are counted per operation.
    """
    gc.collect()
    was_enabled = gc.isenabled()
    if not config.keep_gc:
        gc.disable()
    try:
        numbers = {name: _calibrate(fn, config.min_time) for name, fn in fns.items()}
        times: dict[str, list[float]] = {name: [] for name in fns}
        faults = dict.fromkeys(fns, 0)
        for _ in range(config.repeat):
            for name, fn in fns.items():
                before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
                times[name].append(_loop(fn, numbers[name]) / numbers[name])
                faults[name] += resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    finally:
        if was_enabled:
            gc.enable()
    return {
        name: Timing(
            min(ts),
            statistics.median(ts),
            numbers[name],
            config.repeat,
            faults[name] / (numbers[name] * config.repeat),
        )
        for name, ts in times.items()
    }


def measure(fn: Callable[[], object], config: Config) -> Timing:
    """`measure_many` for a single function."""
    return measure_many({"": fn}, config)[""]


def stabilise_malloc() -> str:
    """Make glibc's heap behave the same whatever ran before (call once, before any suite).

    By default glibc returns freed memory at the top of the heap to the OS (trimming) and
    adapts its mmap threshold as large blocks come and go. Whether a benchmark loop that
    allocates and frees megabytes (16 KiB record copies, 1.6 MB results) then page-faults on
    every iteration depends on the heap's history: we saw the same kafka-python decode take
    100 µs or 370 µs (158 page faults per call) depending on which cases ran first. A fixed
    32 MiB mmap threshold and no trimming below 1 GiB remove that noise; it favours no
    library (if anything it helps those that copy more).
    """
    if not sys.platform.startswith("linux"):
        return "default allocator settings"
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return "default allocator settings (no mallopt)"
    m_trim_threshold, m_mmap_threshold = -1, -3
    if mallopt(m_mmap_threshold, 32 << 20) and mallopt(m_trim_threshold, 1 << 30):
        return "glibc malloc: mmap threshold 32 MiB, no heap trimming (see bench.stabilise_malloc)"
    return "default allocator settings (mallopt refused)"


def fmt_time(seconds: float) -> str:
    """Seconds per op as a short human figure (ns, µs or ms, three significant digits)."""
    if seconds < 1e-6:
        value, unit = seconds * 1e9, "ns"
    elif seconds < 1e-3:
        value, unit = seconds * 1e6, "µs"
    elif seconds < 1:
        value, unit = seconds * 1e3, "ms"
    else:
        value, unit = seconds, "s"
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{value:.{digits}f} {unit}"


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _lscpu() -> dict[str, str]:
    try:
        out = subprocess.run(
            ["lscpu"], capture_output=True, text=True, check=True, timeout=10, env={"LC_ALL": "C"}
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    facts = {}
    for line in out.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            facts[key.strip()] = value.strip()
    return facts


def _cpu_model() -> str:
    model = _lscpu().get("Model name", "")
    if model:
        return model
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git_revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()

    try:
        rev = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "fluxmq")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return rev + (" (fluxmq/ has uncommitted changes)" if dirty else "")


def machine_info() -> dict[str, str]:
    """Facts about where the figures were taken, gathered at run time."""
    lscpu = _lscpu()
    logical = os.cpu_count() or 0
    try:
        physical = int(lscpu["Core(s) per socket"]) * int(lscpu.get("Socket(s)", "1"))
        cores = f"{physical} cores / {logical} threads"
    except (KeyError, ValueError):
        cores = f"{logical} logical CPUs"
    try:
        usable = len(os.sched_getaffinity(0))
        if usable != logical:
            cores += f" ({usable} usable by this process)"
    except (AttributeError, OSError):
        pass
    impl = platform.python_implementation()
    try:
        load = "load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = ""
    if load:
        cores += f"; {load}"
    return {
        "cpu": _cpu_model(),
        "cores": cores,
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": f"{impl} {platform.python_version()} ({sys.executable})",
        "fluxmq": f"{package_version('fluxmq-kafka')} @ {_git_revision()}",
    }


def _aligns(align: str, n: int) -> str:
    """Column alignments, one letter each (l or r); the last letter repeats."""
    return (align + align[-1] * n)[:n]


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], align: str = "lr") -> str:
    """A plain-text table; `align` gives each column's alignment (l/r, the last one repeats)."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    aligns = _aligns(align, len(header))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if al == "r" else str(c).ljust(w)
            for c, w, al in zip(cells, widths, aligns, strict=True)
        ).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep, *(line(r) for r in rows)])


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]], align: str = "lr") -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c) for c in cells) + " |"

    rule = ["---:" if al == "r" else "---" for al in _aligns(align, len(header))]
    return "\n".join([line(header), line(rule), *(line(r) for r in rows)])


_DOC_HEAD = """# Benchmarks

Figures produced by `make bench` (`python -m bench`); each suite rewrites only its own section,
between its `<!-- bench:NAME -->` markers. Re-run a suite with `python -m bench NAME`.
"""


def update_section(path: Path, name: str, body: str) -> None:
    """Replace (or append) the `<!-- bench:name -->` ... `<!-- /bench:name -->` section."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else _DOC_HEAD
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
