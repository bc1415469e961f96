"""A Kafka Streams 4.1.1 application (tests/java-streams) against a real fluxmq-server.

The Maven project is built once per session (cached under tests/java-streams/target/ by a hash of
its pom and sources, like tests/java). One JVM runs the scenarios; each checks the last count per
word in the output topic against the counts of the lines it produced (exactly: no count lost,
none doubled, none going down) and prints `SCENARIO <name> OK|FAIL <seconds> <detail>`:

- wordcount: groupBy -> count, with the repartition and changelog topics Streams creates;
- two: two instances of one application id split the tasks, then one closes while input flows;
- restart: the application restarted on its state dir, then on an empty one (changelog restore);
- windowed: a tumbling-window count (changelog cleanup.policy=compact,delete), restored on an
  empty state dir; joins: a KTable-KTable foreign-key join and a KStream-GlobalKTable join.

exactly_once_v2 must fail within seconds: FluxMQ has no transaction coordinator.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import ROOT, BrokerProcess

pytestmark = pytest.mark.timeout(300)

STREAMS_DIR = ROOT / "tests" / "java-streams"
MAIN = "io.fluxmq.streams.StreamsCheck"
LINE = re.compile(r"^SCENARIO (\S+) (OK|FAIL) ([\d.]+)s (.*)$")


def _source_hash() -> str:
    h = hashlib.sha256()
    h.update((STREAMS_DIR / "pom.xml").read_bytes())
    for f in sorted((STREAMS_DIR / "src").rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(STREAMS_DIR)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="session")
def streams_classpath() -> str:
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            pytest.fail(
                f"`{tool}` is not on PATH: the Kafka Streams test needs a JDK 17+ and Maven"
            )
    out = STREAMS_DIR / "target" / "streams"
    stamp = out / "build.sha256"
    want = _source_hash()
    (STREAMS_DIR / "target").mkdir(exist_ok=True)
    with open(STREAMS_DIR / "target" / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        have = stamp.read_text().strip() if stamp.exists() else ""
        if have != want or not (out / "classes").is_dir() or not (out / "lib").is_dir():
            cmd = ["mvn", "-B", "-q", "-Dstyle.color=never", "clean", "package"]
            proc = subprocess.run(cmd, cwd=STREAMS_DIR, capture_output=True, text=True, timeout=900)
            if proc.returncode != 0:
                pytest.fail(
                    f"building tests/java-streams failed (exit {proc.returncode})\n"
                    f"{(proc.stdout + proc.stderr)[-8000:]}",
                    pytrace=False,
                )
            stamp.write_text(want + "\n")
    return f"{out / 'classes'}{os.pathsep}{out / 'lib' / '*'}"


def run_check(
    classpath: str, broker: BrokerProcess, tmp_path: Path, *scenarios: str, timeout: float = 240
) -> dict[str, tuple[str, float, str]]:
    """Run scenarios in one JVM; name -> (OK|FAIL, seconds, detail)."""
    cmd = [
        "java", "-XX:+UseSerialGC", "-Xmx512m", "-cp", classpath, MAIN,
        f"bootstrap={broker.bootstrap}", f"state={tmp_path / 'state'}", "prefix=st", *scenarios,
    ]  # fmt: skip
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    (tmp_path / "streams.stderr").write_text(proc.stderr)
    out: dict[str, tuple[str, float, str]] = {}
    for line in proc.stdout.splitlines():
        m = LINE.match(line)
        if m:
            out[m[1]] = (m[2], float(m[3]), m[4])
    print(proc.stdout)
    missing = [s for s in scenarios if s not in out]
    failed = {s: r for s, r in out.items() if r[0] != "OK"}
    if missing or failed or proc.returncode != 0:
        raise AssertionError(
            f"Kafka Streams check (exit {proc.returncode}, {time.monotonic() - t0:.0f}s): "
            f"failed {failed}, no result for {missing}\nstderr:\n{proc.stderr[-8000:]}"
        )
    return out


def broker_problems(broker: BrokerProcess) -> list[str]:
    return [
        line
        for line in broker.log_text().splitlines()
        if " ERROR " in line or "Traceback" in line or "CRITICAL" in line
    ]


def test_word_count_two_instances_and_restart(
    streams_classpath: str, broker: BrokerProcess, tmp_path: Path
) -> None:
    res = run_check(streams_classpath, broker, tmp_path, "wordcount", "two", "restart")

    # wordcount: 1500 lines of 5 words over 40 words, counted exactly.
    assert res["wordcount"][2].startswith("40 words, 7500 total"), res["wordcount"]
    internal = res["wordcount"][2].split("internal topics: ", 1)[1]
    assert "counts-changelog[3p cleanup.policy=compact" in internal
    assert "counts-repartition[3p cleanup.policy=delete retention.ms=-1]" in internal

    # two: both instances held tasks, then the survivor held all 6; 3000 lines counted exactly.
    m = re.match(r"A had \[(.*?)\], B had \[(.*?)\]; B then \[(.*?)\]; (\d+) words", res["two"][2])
    assert m, res["two"]
    a, b, after = (set(filter(None, g.split(", "))) for g in m.groups()[:3])
    assert a and b and not a & b, res["two"]
    assert after == a | b and len(after) == 6, res["two"]
    assert int(m[4]) == 15000

    # restart: restored from the changelog with an empty state dir, counts continued.
    m = re.match(r"restored (\d+) records with local state, (\d+) from scratch", res["restart"][2])
    assert m and int(m[2]) > 0, res["restart"]

    assert not broker_problems(broker), broker_problems(broker)


def test_windowed_count_and_joins(
    streams_classpath: str, broker: BrokerProcess, tmp_path: Path
) -> None:
    res = run_check(streams_classpath, broker, tmp_path, "windowed", "joins")
    assert res["windowed"][2].startswith("120 windowed keys"), res["windowed"]
    assert "wcounts-changelog[3p cleanup.policy=compact,delete" in res["windowed"][2]
    assert res["joins"][2].startswith("200 joined orders"), res["joins"]
    assert "KTABLE-FK-JOIN-SUBSCRIPTION-REGISTRATION" in res["joins"][2]
    assert not broker_problems(broker), broker_problems(broker)


def test_exactly_once_v2_fails_fast(
    streams_classpath: str, broker: BrokerProcess, tmp_path: Path
) -> None:
    res = run_check(streams_classpath, broker, tmp_path, "eos", timeout=120)
    _, secs, detail = res["eos"]
    assert "TransactionalIdAuthorizationException" in detail, detail
    assert secs < 30, res["eos"]
    assert "transactions are not supported" in broker.log_text()
