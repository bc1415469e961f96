"""What the client-probe suites share (franz-go, sarama, segmentio/kafka-go, kafkajs): each probe
is a program that prints one `RESULT <check> PASS|FAIL <details>` line per check against one
broker per module.

- `go_build`: builds a Go probe (skips the module when no Go toolchain is found);
- `module_broker`: a fluxmq-server for the module, its log printed if it died or failed to stop;
- `run_probe`: one bounded run of a probe, its results (the test fails when it printed none);
- `parse_results`: the RESULT lines of a run;
- `check_params`: one pytest param per check, a strict xfail when a known bug names it;
- `log_errors`: tracebacks and ERROR/CRITICAL lines of the broker's log.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from .conftest import BrokerProcess

RESULT = re.compile(r"^RESULT (\S+) (PASS|FAIL) ?(.*)$")
Results = dict[str, tuple[bool, str]]


def _go() -> str | None:
    found = shutil.which("go")
    if found is None and os.access("/usr/local/go/bin/go", os.X_OK):
        found = "/usr/local/go/bin/go"  # the official tarball's place, often not on PATH
    return found


def go_build(probe_dir: Path, out: Path, timeout: float) -> Path:
    go = _go()
    if go is None:
        pytest.skip("no Go toolchain: `go` is not on PATH (nor /usr/local/go/bin/go)")
    env = {**os.environ, "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"}
    try:
        proc = subprocess.run(
            [go, "build", "-o", str(out), "."],
            cwd=probe_dir,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"go build of {probe_dir} took over {timeout}s", pytrace=False)
    if proc.returncode != 0:
        pytest.fail(
            f"go build of {probe_dir} failed (exit {proc.returncode}):\n"
            f"{(proc.stdout + proc.stderr)[-6000:]}",
            pytrace=False,
        )
    return out


@contextmanager
def module_broker(data: Path, props: Mapping[str, str]) -> Iterator[BrokerProcess]:
    b = BrokerProcess(data, dict(props))
    b.start()
    try:
        yield b
    finally:
        alive = b.alive()
        rc = b.stop()
        if not alive or rc != 0:
            print(f"\n----- fluxmq-server log ({b.log_path}) -----\n{b.log_tail(300)}")


def parse_results(stdout: str, prefix: str = "") -> Results:
    """check (prefixed) -> (passed, details) of every RESULT line."""
    out: Results = {}
    for line in stdout.splitlines():
        m = RESULT.match(line)
        if m:
            out[prefix + m.group(1)] = (m.group(2) == "PASS", m.group(3))
    return out


def run_probe(cmd: list[str], timeout: float, env: Mapping[str, str] | None = None) -> Results:
    """Run a probe once (its output printed for the report) and parse its RESULT lines."""
    try:
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=None if env is None else {**env},
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"{Path(cmd[0]).name} overran {timeout:.0f}s:\n{e.stdout!r}", pytrace=False)
    print(proc.stdout)
    if proc.stderr:
        print("----- probe stderr -----")
        print(proc.stderr[-8000:])
    results = parse_results(proc.stdout)
    if not results:
        pytest.fail(
            f"the probe printed no results (exit {proc.returncode}):\n"
            f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}",
            pytrace=False,
        )
    return results


def check_params(checks: Iterable[str], known_bugs: Mapping[str, str]) -> list[Any]:
    return [
        (
            pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=known_bugs[c]), id=c)
            if c in known_bugs
            else pytest.param(c, id=c)
        )
        for c in checks
    ]


def assert_passed(results: Results, check: str) -> None:
    assert check in results, f"the probe did not run {check}"
    ok, details = results[check]
    assert ok, f"{check}: {details}"


def log_errors(broker: BrokerProcess) -> list[str]:
    return [
        line
        for line in broker.log_text().splitlines()
        if "Traceback" in line or " ERROR " in line or " CRITICAL " in line
    ]
