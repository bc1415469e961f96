"""`python -m bench [SUITE ...] [--quick] [...]`: run benchmark suites, update BENCHMARKS.md."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import shlex
import sys
import time
from pathlib import Path

from . import ROOT, SUITES, Config, machine_info, stabilise_malloc, update_section


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description="FluxMQ benchmarks. With no SUITE, runs them all: " + ", ".join(SUITES) + ".",
    )
    p.add_argument("suites", nargs="*", metavar="SUITE", help="suite(s) to run (default: all)")
    p.add_argument(
        "--quick",
        action="store_true",
        help="short timing runs (smoke test; does not write BENCHMARKS.md unless --write)",
    )
    p.add_argument("--min-time", type=float, help="seconds per timed run (default 0.3)")
    p.add_argument("--repeat", type=int, help="timed runs per measurement, best kept (default 7)")
    p.add_argument(
        "--gc", action="store_true", help="leave gc enabled while timing (default: disabled)"
    )
    p.add_argument(
        "-k",
        "--case",
        action="append",
        default=[],
        help="only cases whose name contains this (repeatable; does not write unless --write)",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile FluxMQ's side of every case that misses its target",
    )
    p.add_argument("--profile-all", action="store_true", help="with --profile: profile every case")
    w = p.add_mutually_exclusive_group()
    w.add_argument("--write", action="store_true", default=None, help="always update the file")
    w.add_argument("--no-write", dest="write", action="store_false", help="never update the file")
    p.add_argument(
        "--output",
        type=Path,
        default=ROOT / "BENCHMARKS.md",
        help="markdown file to update (default: BENCHMARKS.md at the repository root)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv
    unknown = [s for s in args.suites if s not in SUITES]
    if unknown:
        print(
            f"unknown suite(s): {', '.join(unknown)}; known: {', '.join(SUITES)}", file=sys.stderr
        )
        return 2
    names = args.suites or list(SUITES)
    config = Config.make(
        args.quick,
        min_time=args.min_time,
        repeat=args.repeat,
        keep_gc=args.gc,
        cases=tuple(args.case),
        profile=args.profile or args.profile_all,
        profile_all=args.profile_all,
    )
    write = args.write if args.write is not None else not (args.quick or args.case)

    allocator = stabilise_malloc()
    args_text = shlex.join(argv)
    command = "python -m bench" + (" " + args_text if args_text else "")
    make = "make bench" + (f" ARGS={shlex.quote(args_text)}" if args_text else "")
    machine = machine_info()
    print(f"$ {command}")
    for key, value in machine.items():
        print(f"{key:>7}: {value}")
    timing = "gc disabled while timing" if not config.keep_gc else "gc enabled while timing"
    print(f" timing: best of {config.repeat} runs of ≥{config.min_time:g} s each; {timing}")
    print(f" memory: {allocator}\n")

    ok = True
    for name in names:
        module = importlib.import_module(SUITES[name])
        started = time.perf_counter()
        report = module.run(config)
        elapsed = time.perf_counter() - started
        ok &= report.ok
        print(report.text)
        print(f"\n[{name}: {elapsed:.1f} s]\n")
        if write:
            when = dt.datetime.now(dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
            head = [
                f"## {module.DESCRIPTION}",
                "",
                f"- command: `{command}` (`{make}`)",
                f"- date: {when}",
                *(f"- {key}: {value}" for key, value in machine.items()),
                f"- timing: {timing}; best of {config.repeat} runs of ≥{config.min_time:g} s"
                " each (loop count calibrated per measurement; the libraries' runs interleaved)",
                f"- memory: {allocator}",
                "",
            ]
            update_section(args.output, name, "\n".join(head) + "\n" + report.markdown)
            print(f"updated the '{name}' section of {args.output}")
    if not write:
        why = " (--quick and -k runs write only with --write)" if args.write is None else ""
        print(f"{args.output.name} not updated{why}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
