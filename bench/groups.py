"""Groups suite: how fast ten Java consumers form a group, and re-form after one leaves.

    python -m bench groups [--quick]          (or: python -m bench.groups [--quick] [-k CASE])

FluxMQ against Apache Kafka in the same run, with the same `group.initial.rebalance.delay.ms`
(Kafka's default 3000, then 0). What one run does (everything under bench/.work/groups-run/,
git-ignored; loopback only):

1. builds the Kafka runtime with Maven (as `bench.broker` does: bench/kafka/pom.xml) and the
   small Java driver `fluxmq.bench.GroupRebalance` (bench/groups-java, `mvn compile`, cached by a
   hash of its sources), which runs with kafka-clients from that runtime;
2. for each delay: starts a fresh Apache Kafka (single-node KRaft, stock JVM flags) and a fresh
   `fluxmq-server`, both with `group.initial.rebalance.delay.ms` = the delay and
   `offsets.topic.num.partitions=1`; one unmeasured warm-up run each;
3. runs the same scenario on each broker, alternating, `REPEATS` times per case: one JVM creates a
   fresh 20-partition topic, produces to every partition and keeps a producer sending one record
   per partition every 20 ms, then starts 10 KafkaConsumers (one thread each) in a fresh group:
   - join: ms from starting the consumers until each of the 10 owns at least one partition, every
     partition is owned by exactly one of them, and each has received a record from every
     partition it owns since it was given it;
   - leave: at least 0.5 s later, at a set phase of the members' heartbeat cycle (see
     `leave_phase`), one consumer closes (a clean leave: LeaveGroup); ms from then until the
     other 9 own every partition again, one owner each, and have received a record from each of
     them since the leave began (and since they were given it);
   cases: the classic protocol with the `range` (eager) and `cooperative-sticky` assignors, and,
   in the delay-0 pass, the KIP-848 consumer protocol (`group.protocol=consumer`, where the
   initial delay does not apply); a broker that fails a case gets n/a;
4. stops both brokers (SIGTERM, SIGKILL after a bounded wait), in `finally` blocks.

Heartbeats every 500 ms in both protocols (`HEARTBEAT_MS`). For classic leaves the report also
splits the time, from the consumers' own coordinator log lines, into the heartbeat wait (client
paced) and the broker's part (JoinGroup completion + SyncGroup round): see `leave_split`. A full
run takes about 4–6.5 minutes on 2 shared cores (two Kafka start-ups; 2 + 12 runs at delay
3000, 2 + 30 at delay 0).

Target (issue 6): FluxMQ's times ≤ Kafka's (ratio FluxMQ/Kafka ≤ 1.0), medians of the repeats.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import ROOT, Config, Report, machine_info, markdown_table, text_table, update_section
from .broker import (
    CLIENT_JVM,
    KAFKA_VERSION,
    LOG4J_VERSION,
    BenchError,
    Broker,
    broker_problems,
    build_kafka,
    java_version,
    proc_cpu,
    run_tool,
    start_fluxmq,
    start_kafka,
    stop_process,
)

DESCRIPTION = (
    "Consumer groups: FluxMQ vs Apache Kafka, ten Java consumers joining and one leaving"
    " (`python -m bench groups`)"
)

JAVA_DIR = Path(__file__).resolve().parent / "groups-java"
WORK = ROOT / "bench" / ".work"
RUN_DIR = WORK / "groups-run"
CONSUMERS = 10
PARTITIONS = 20
DELAYS = (3000, 0)
# Runs per case in each delay pass. With the leave's phase controlled, what is left is a few
# ms to tens of ms of client and scheduling noise on a ~300 ms figure, about the size of the
# broker's own part; 5 runs let the middle phase's pair decide (1.05x in one run, 0.93x in the
# next, with FluxMQ faster in 4 of 5 pairs both times), so both passes take 9.
REPEATS = {3000: 9, 0: 9}
# Heartbeat interval for both protocols: the classic client's heartbeat.interval.ms (default
# 3000) and the brokers' group.consumer.heartbeat.interval.ms (default 5000, KIP-848). Members
# learn of a rebalance on their next heartbeat, so at the defaults the leave time is mostly the
# heartbeat phase, a client-side lottery; 500 ms keeps it visible but smaller.
HEARTBEAT_MS = 500
# The classic client's heartbeat thread checks its timer only every retry.backoff.ms (default
# 100 ms) and re-arms it when it sends, so each beat goes out up to 100 ms late and the cycle
# drifts by that much per beat: after a few beats the leave's phase was a lottery again, and
# a leave time carried ±100 ms of noise that had nothing to do with the broker. 10 ms, on
# both brokers, keeps the cycle where the driver expects it.
HEARTBEAT_WAKE_MS = 10
SETTLE_MS = 500
PHASE_TIMEOUT_MS = 60_000
# (name, GroupRebalance arguments, delay passes it runs in)
CASES: list[tuple[str, list[str], tuple[int, ...]]] = [
    (
        "classic range",
        ["--group-protocol", "classic", "--assignor", "range"],
        DELAYS,
    ),
    (
        "classic cooperative-sticky",
        ["--group-protocol", "classic", "--assignor", "cooperative-sticky"],
        DELAYS,
    ),
    ("consumer (KIP-848)", ["--group-protocol", "consumer"], (0,)),
]


# The driver's log4j2 config: warnings, plus the classic coordinator's INFO lines (JoinGroup sent,
# joined, synced) with millisecond timestamps, which `leave_split` reads.
CLIENT_LOG4J = """Configuration:
  Appenders:
    Console:
      name: STDERR
      target: SYSTEM_ERR
      PatternLayout: { pattern: "[%d{HH:mm:ss.SSS}] %p %t %m (%c{1})%n" }
  Loggers:
    Root: { level: WARN, AppenderRef: [ { ref: STDERR } ] }
    Logger:
      - { name: org.apache.kafka.clients.consumer.internals.AbstractCoordinator, level: INFO }
      - { name: org.apache.kafka.clients.consumer.internals.ConsumerCoordinator, level: INFO }
"""
_APP_LINE = re.compile(r"^\[\s*[\d.]+ ms (\d\d:\d\d:\d\d\.\d+)\] (.*)$")
_CLIENT_LINE = re.compile(
    r"^\[(\d\d:\d\d:\d\d\.\d+)\] INFO .*?\[Consumer clientId=bench-c(\d+), [^]]*\] (.*)$"
)


def _clock_ms(hms: str) -> float:
    h, m, sec = hms.split(":")
    return (int(h) * 3600 + int(m) * 60 + float(sec)) * 1000


def leave_split(stderr: str) -> tuple[float | None, float | None]:
    """Split a classic leave from the driver's stderr: (heartbeat wait, broker part) in ms.

    heartbeat wait = from the leave to the last remaining member sending its JoinGroup (members
    learn of the rebalance from a heartbeat answer, so this is paced by the clients'
    heartbeat.interval.ms); broker part = from that last JoinGroup being sent to the first
    JoinGroup answer (the broker completing the join phase), plus from there to the last
    SyncGroup answer (the leader's assignment reaching everyone). None when the log does not
    show a full round (KIP-848, or a run that failed).
    """
    leave = done = None
    rejoin: dict[str, float] = {}
    joined: dict[str, float] = {}
    synced: dict[str, float] = {}
    for line in stderr.splitlines():
        m = _APP_LINE.match(line)
        if m:
            if m.group(2).endswith(" leaves"):
                leave = _clock_ms(m.group(1))
            elif m.group(2).startswith("leave complete"):
                done = _clock_ms(m.group(1))
            continue
        m = _CLIENT_LINE.match(line)
        if m is None or leave is None or done is not None:
            continue
        t, member, msg = _clock_ms(m.group(1)), m.group(2), m.group(3)
        if "(Re-)joining group" in msg:
            rejoin.setdefault(member, t)
        elif "Successfully joined group" in msg:
            joined.setdefault(member, t)
        elif "Successfully synced group" in msg:
            synced.setdefault(member, t)
    if leave is None or len(rejoin) < CONSUMERS - 1 or not joined or not synced:
        return None, None
    last_join = max(rejoin.values())
    answers = [t for t in joined.values() if t >= last_join - 1]  # log times are whole ms
    if not answers:
        return None, None
    first_answer = min(answers)
    return last_join - leave, (first_answer - last_join) + (max(synced.values()) - first_answer)


# --------------------------------------------------------------------------- the Java driver


def _source_hash() -> str:
    h = hashlib.sha256()
    for f in sorted(JAVA_DIR.rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(JAVA_DIR)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def build_driver(version: str, say: Callable[[str], None]) -> Path:
    """Compile bench/groups-java with Maven (cached); returns its classes folder."""
    out = WORK / f"groups-java-{version}"
    classes, stamp = out / "classes", out / "build.sha256"
    want = _source_hash()
    if classes.is_dir() and stamp.exists() and stamp.read_text().strip() == want:
        return classes
    if shutil.which("mvn") is None:
        raise BenchError("mvn not found: Maven is needed to build bench/groups-java")
    say(f"building bench/groups-java against kafka-clients {version} with Maven ...")
    cmd = ["mvn", "-B", "-q", "-Dstyle.color=never", f"-Dkafka.version={version}"]
    cmd += ["-f", str(JAVA_DIR / "pom.xml"), "clean", "compile"]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired as e:
        raise BenchError("Maven build of bench/groups-java timed out after 900 s") from e
    if r.returncode != 0 or not classes.is_dir():
        raise BenchError(
            "Maven build of bench/groups-java failed:\n" + (r.stdout + r.stderr)[-3000:]
        )
    stamp.write_text(want + "\n")
    return classes


# --------------------------------------------------------------------------- measurements


@dataclass
class Run:
    broker: str
    delay: int
    case: str
    rep: int  # -1 = warm-up
    join_ms: float | None = None
    join_gen: int | None = None
    leave_ms: float | None = None
    leave_gen: int | None = None
    cpu: float = 0.0  # broker CPU seconds over the whole run (topic, produce, both phases)
    hb_wait: float | None = None  # classic leave: ms until the last member re-sent JoinGroup
    broker_part: float | None = None  # classic leave: JoinGroup completion + SyncGroup round
    reference: str = ""  # what the leave's phase was counted from: "heartbeat" or "assignment"
    error: str = ""


def run_scenario(
    cp: str,
    log4j: Path,
    broker: Broker,
    delay: int,
    case: str,
    args: list[str],
    rep: int,
    log: IO[str],
    phase_ms: int = 0,
) -> Run:
    res = Run(broker.name, delay, case, rep)
    tag = f"d{delay}-{case.split()[0][:4]}-{case.split()[-1][:4]}-{'w' if rep < 0 else rep}"
    tag = "".join(c if c.isalnum() or c == "-" else "" for c in tag)
    cmd = ["java", *CLIENT_JVM, f"-Dlog4j2.configurationFile={log4j}", "-cp", cp]
    cmd += ["fluxmq.bench.GroupRebalance", "--bootstrap", broker.bootstrap]
    cmd += ["--topic", f"gb-{tag}", "--group", f"gb-{tag}"]
    cmd += ["--consumers", str(CONSUMERS), "--partitions", str(PARTITIONS), *args]
    if "classic" in args:
        cmd += ["--heartbeat-ms", str(HEARTBEAT_MS)]
        cmd += ["--prop", f"retry.backoff.ms={HEARTBEAT_WAKE_MS}"]
    cmd += ["--settle-ms", str(SETTLE_MS), "--timeout-ms", str(PHASE_TIMEOUT_MS)]
    cmd += ["--tick-ms", str(HEARTBEAT_MS), "--leave-phase-ms", str(phase_ms)]
    log.write(f"\n===== {broker.name} delay={delay} {case} rep={rep}")
    cpu0 = proc_cpu(broker.pid)
    rc, out, err = run_tool(cmd, timeout=2 * PHASE_TIMEOUT_MS / 1000 + 60, log=log)
    res.cpu = proc_cpu(broker.pid) - cpu0
    line = next((ln for ln in reversed(out.splitlines()) if ln.startswith("{")), "")
    try:
        data: dict[str, Any] = json.loads(line) if line else {}
    except json.JSONDecodeError:
        data = {}
    res.join_ms, res.join_gen = data.get("join_ms"), data.get("join_generation")
    res.leave_ms, res.leave_gen = data.get("leave_ms"), data.get("leave_generation")
    res.reference = str(data.get("leave_reference", ""))
    if rc is None:
        res.error = "driver timed out"
    elif not data:
        res.error = f"no result (exit {rc}): {(err or out).strip()[-300:]}"
    elif data.get("error"):
        res.error = str(data["error"])[:300]
    if data.get("client_errors") and not res.error:
        res.error = "; ".join(data["client_errors"])[:300]
    if broker.proc is not None and broker.proc.poll() is not None:
        res.error = f"broker exited ({broker.proc.returncode})"
    if res.leave_ms is not None and "classic" in args:
        res.hb_wait, res.broker_part = leave_split(err)
    return res


def leave_phase(rep: int, repeat: int) -> int:
    """Where in the heartbeat cycle the leave happens, in ms after a heartbeat.

    The others learn of a leave from their next heartbeat, so the leave time is mostly
    "interval - phase", and the phase must be the same for both brokers. The classic client
    re-arms its heartbeat timer when it *sends* a heartbeat; the driver reads the staying
    members' last send times (the client's own field, by reflection) and leaves `phase` ms
    after the latest, read less than an interval before the leave. KIP-848 members (and
    classic ones if the field cannot be read) are timed from their last heartbeat answer,
    seen in the client's heartbeat-total metric. Three earlier ways favoured the slower
    broker: a fixed pause after the join condition (in one run a leave landed 9 ms before a
    tick, three members saw the rebalance at once and six a full interval later), a phase
    counted from the partition assignment (the timer is re-armed at the JoinGroup answer, so a
    broker that answered SyncGroup sooner was charged a longer wait, ~20 ms), and one counted
    from the heartbeat answer (a broker that answers heartbeats sooner was charged its
    shorter round trip, ~10 ms at delay 3000). Phases are spread evenly over the middle 60% of
    the cycle across the repeats: the members' beats are a few ms apart and the heartbeat
    thread wakes only every retry.backoff.ms (HEARTBEAT_WAKE_MS), so phases close to a beat
    would still be a coin toss.
    """
    n = max(repeat, 1)
    return round(HEARTBEAT_MS * (0.2 + 0.6 * (rep % n + 0.5) / n))


@contextmanager
def _brokers(libs: Path, delay: int, say: Callable[[str], None]) -> Iterator[tuple[Broker, Broker]]:
    overrides: dict[str, object] = {
        "group.initial.rebalance.delay.ms": delay,
        "offsets.topic.num.partitions": 1,
        "group.consumer.heartbeat.interval.ms": HEARTBEAT_MS,
        "group.consumer.min.heartbeat.interval.ms": HEARTBEAT_MS,
    }
    kafka: Broker | None = None
    flux: Broker | None = None
    try:
        kafka = start_kafka(libs, say, RUN_DIR / f"delay-{delay}", overrides)
        flux = start_fluxmq(say, RUN_DIR / f"delay-{delay}", overrides)
        yield kafka, flux
    finally:
        for b in (flux, kafka):
            if b is not None:
                stop_process(b.proc)
                clean = (0, None, -signal.SIGTERM, 128 + signal.SIGTERM)
                if b.proc is not None and b.proc.returncode not in clean:
                    b.notes.append(f"{b.name} exit status on SIGTERM: {b.proc.returncode}")


@dataclass
class Outcome:
    runs: list[Run]
    notes: list[str]
    problems: dict[str, list[str]]
    jdk: str
    kafka_version: str
    repeats: dict[int, int]
    seconds: float = 0.0
    logs: dict[str, str] = field(default_factory=dict)


def measure(
    quick: bool,
    say: Callable[[str], None],
    cases: tuple[str, ...] = (),
    repeat: int | None = None,
) -> Outcome:
    started = time.monotonic()
    libs = build_kafka(KAFKA_VERSION, LOG4J_VERSION, say)
    classes = build_driver(KAFKA_VERSION, say)
    cp = f"{classes}:{libs / '*'}"
    if RUN_DIR.exists():
        shutil.rmtree(RUN_DIR)
    RUN_DIR.mkdir(parents=True)
    log4j = RUN_DIR / "tools-log4j2.yaml"
    log4j.write_text(CLIENT_LOG4J)
    delays = (0,) if quick else DELAYS
    chosen = [c for c in CASES if not cases or any(k in c[0] for k in cases)] or CASES
    if quick:
        chosen, repeat = chosen[:1], 1
    repeats = {d: repeat or REPEATS.get(d, 3) for d in delays}
    runs: list[Run] = []
    notes: list[str] = []
    problems: dict[str, list[str]] = {}
    logs: dict[str, str] = {}
    with open(RUN_DIR / "clients.log", "w") as log:
        for delay in delays:
            todo = [c for c in chosen if delay in c[2]]
            if not todo:
                continue
            with _brokers(libs, delay, say) as brokers:
                for b in brokers:  # __consumer_offsets, JIT, first-topic costs: not measured
                    phase = leave_phase(0, repeats[delay])
                    w = run_scenario(cp, log4j, b, delay, todo[0][0], todo[0][1], -1, log, phase)
                    say(f"warm-up {b.name} delay={delay}: join {w.join_ms} ms {w.error}")
                failed: set[tuple[str, str]] = set()
                for rep in range(repeats[delay]):
                    for name, args, _ in todo:
                        for b in brokers:
                            if (b.name, name) in failed:
                                continue  # not supported: do not wait for it again
                            phase = leave_phase(rep, repeats[delay])
                            r = run_scenario(cp, log4j, b, delay, name, args, rep, log, phase)
                            runs.append(r)
                            say(
                                f"delay={delay:<4} {name:<26} {b.name:<6} #{rep}: join"
                                f" {r.join_ms} ms (gen {r.join_gen}), leave {r.leave_ms} ms"
                                f" (gen {r.leave_gen}; heartbeat wait {_fmt(r.hb_wait)}, broker"
                                f" part {_fmt(r.broker_part)}; phase from {r.reference or '-'}),"
                                f" broker cpu {r.cpu:.2f} s {r.error}"
                            )
                            if r.error and r.join_ms is None:
                                failed.add((b.name, name))
                            if b.proc is not None and b.proc.poll() is not None:
                                raise BenchError(f"{b.name} died during {name}")
            for b in brokers:
                problems[f"{b.name} (delay {delay})"] = broker_problems(b)
                notes += b.notes
                if b.log_path is not None:
                    logs[f"{b.name} delay={delay}"] = str(b.log_path)
    return Outcome(
        runs,
        notes,
        problems,
        java_version(),
        KAFKA_VERSION,
        repeats,
        time.monotonic() - started,
        logs,
    )


# --------------------------------------------------------------------------- report


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:,.0f}"


def _ratio(f: float | None, k: float | None) -> str:
    if f is None or k is None or k <= 0:
        return "n/a"
    r = f / k
    return f"{r:.2f}x ({'meets' if r <= 1.0 else 'misses'})"


def _cell(runs: list[Run], attr: str) -> tuple[float | None, str]:
    ok = [getattr(r, attr) for r in runs if getattr(r, attr) is not None]
    med = _median(ok)
    if med is None:
        err = next((r.error for r in runs if r.error), "")
        return None, "n/a" + (f" ({err[:80]})" if err else "")
    spread = ", ".join(f"{v:,.0f}" for v in ok)
    return med, f"{med:,.0f} ({spread})" if len(ok) > 1 else f"{med:,.0f}"


def _gens(runs: list[Run], attr: str) -> str:
    gens = sorted({g for r in runs if (g := getattr(r, attr)) is not None})
    return "/".join(str(g) for g in gens) or "-"


HEADER = [
    "delay ms",
    "protocol",
    "phase",
    "Kafka ms (runs)",
    "FluxMQ ms (runs)",
    "FluxMQ/Kafka (≤1.0)",
    "generation K / F",
]


def rows(o: Outcome) -> list[list[str]]:
    out = []
    keys = dict.fromkeys((r.delay, r.case) for r in o.runs)
    for delay, case in keys:
        k = [r for r in o.runs if (r.delay, r.case, r.broker) == (delay, case, "Kafka")]
        f = [r for r in o.runs if (r.delay, r.case, r.broker) == (delay, case, "FluxMQ")]
        for phase, attr, gen in (
            ("join", "join_ms", "join_gen"),
            ("leave", "leave_ms", "leave_gen"),
        ):
            km, kc = _cell(k, attr)
            fm, fc = _cell(f, attr)
            gens = f"{_gens(k, gen)} / {_gens(f, gen)}"
            out.append([str(delay), case, phase, kc, fc, _ratio(fm, km), gens])
    return out


SPLIT_HEADER = [
    "delay ms",
    "protocol",
    "heartbeat wait K / F",
    "broker part Kafka",
    "broker part FluxMQ",
    "FluxMQ/Kafka",
]


def split_rows(o: Outcome) -> list[list[str]]:
    out = []
    keys = dict.fromkeys((r.delay, r.case) for r in o.runs if "classic" in r.case)
    for delay, case in keys:
        cells: dict[str, tuple[float | None, str]] = {}
        waits = []
        for name in ("Kafka", "FluxMQ"):
            runs = [r for r in o.runs if (r.delay, r.case, r.broker) == (delay, case, name)]
            cells[name] = _cell(runs, "broker_part")
            wait = _median([r.hb_wait for r in runs if r.hb_wait is not None])
            waits.append(_fmt(wait))
        (km, kc), (fm, fc) = cells["Kafka"], cells["FluxMQ"]
        out.append([str(delay), case, " / ".join(waits), kc, fc, _ratio(fm, km)])
    return out


def cpu_rows(o: Outcome) -> list[list[str]]:
    out = []
    keys = dict.fromkeys((r.delay, r.case) for r in o.runs)
    for delay, case in keys:
        cells = []
        for name in ("Kafka", "FluxMQ"):
            vals = [r.cpu for r in o.runs if (r.delay, r.case, r.broker) == (delay, case, name)]
            cells.append(f"{statistics.median(vals):.2f}" if vals else "-")
        out.append([str(delay), case, *cells])
    return out


def body(o: Outcome, command: str, machine: dict[str, str] | None, quick: bool) -> str:
    """The section's markdown; `machine` facts only when run standalone (the runner adds them)."""
    lines = [
        *(
            [f"- command: `{command}`", *(f"- {k}: {v}" for k, v in machine.items())]
            if machine is not None
            else []
        ),
        *(["- quick run: a smoke test, not a measurement"] if quick else []),
        "- the runner's timing line does not apply here: each figure is a median of "
        + ", ".join(f"{n} runs at delay {d}" for d, n in o.repeats.items())
        + f" (suite took {o.seconds:.0f} s)",
        f"- Apache Kafka {o.kafka_version} (Maven Central, single-node KRaft, stock JVM flags"
        " -Xmx1G -Xms1G G1) and fluxmq-server, both fresh per delay, both with"
        " `offsets.topic.num.partitions=1` and the delay shown; one unmeasured warm-up run each",
        f"- JDK: {o.jdk}",
        f"- client: `fluxmq.bench.GroupRebalance` (bench/groups-java) on kafka-clients"
        f" {o.kafka_version}: one JVM, {CONSUMERS} KafkaConsumers (one thread each, poll ≤50 ms,"
        f" `fetch.max.wait.ms=100`, no commits, `auto.offset.reset=earliest`), a fresh"
        f" {PARTITIONS}-partition topic and group per run, a producer thread writing one record"
        " per partition every 20 ms throughout; classic cases use"
        f" `heartbeat.interval.ms={HEARTBEAT_MS}` (default 3000),"
        f" `retry.backoff.ms={HEARTBEAT_WAKE_MS}` (default 100: the heartbeat thread checks its"
        " timer that often, see `HEARTBEAT_WAKE_MS`) and the default 45 s session;"
        f" both brokers set `group.consumer.heartbeat.interval.ms={HEARTBEAT_MS}` (and the"
        " minimum; default 5000) for the KIP-848 case, whose client takes the interval from the"
        " broker",
        "- join = ms from starting the consumers to: all 10 own ≥1 partition, each partition has"
        " exactly one owner, each consumer has received a record from every partition it owns"
        " since it was given it. leave = ms from closing one consumer (clean leave; ≥0.5 s after"
        " the join, at a set phase of the heartbeat cycle, counted from the staying consumers' last"
        " heartbeat (classic: when it was sent, read from the client; KIP-848: its answer, from"
        " the client's metrics): the same phases for both brokers, spread over the middle of the"
        " cycle across the repeats, see `leave_phase`) to the same"
        " for the other 9 with records received after the leave began",
        "- median of the runs (each run in brackets); runs alternate Kafka, FluxMQ;"
        " generation = the highest generation (classic) or member epoch (KIP-848) the consumers"
        " reached, a rough count of rebalances; unpinned (brokers and client share the cores)",
        "",
        markdown_table(HEADER, rows(o), align="lllrrll"),
        "",
        "Classic leave, split (from the consumers' own coordinator log lines, ms): heartbeat wait"
        " = from the leave to the last of the 9 sending its JoinGroup (client-paced: members learn"
        " of the rebalance from a heartbeat); broker part = from that JoinGroup being sent to the"
        " first JoinGroup answer, plus from there to the last SyncGroup answer (median, runs in"
        " brackets):",
        "",
        markdown_table(SPLIT_HEADER, split_rows(o), align="llrrrl"),
        "",
        "Broker CPU seconds per run (median; the whole run: topic creation, producing, both"
        " phases, closing):",
        "",
        markdown_table(["delay ms", "protocol", "Kafka", "FluxMQ"], cpu_rows(o), align="llr"),
    ]
    lines += [
        "",
        "Reading the figures (protocol facts, the same on both brokers):",
        "",
        "- with a delay D > 0 the first rebalance waits D after the first JoinGroup, and D again"
        " because members kept joining during the first D (Kafka's InitialDelayedJoin), so join"
        " ≈ 2·D + client start-up + one JoinGroup/SyncGroup/fetch round",
        "- classic leave: the others learn of the rebalance on their next heartbeat, so most of"
        " the figure is the wait for it (about interval − phase, the same phases for both"
        " brokers); the split table separates it from the broker's part. The phase is only"
        " approximate (the members' beats are a few ms apart, and the client's heartbeat thread"
        " wakes every retry.backoff.ms). KIP-848 leave: the new target assignment reaches the"
        " members on their next heartbeat, timed the same way",
        "- at delay 0 the number of generations a classic group goes through depends on how the"
        " ten first JoinGroups (sent over 10–80 ms by the client) interleave with the"
        " rebalances: when generation 1 is formed and synced (Stable) before the last members'"
        " first JoinGroup arrives, its members learn of the next rebalance only from a heartbeat,"
        " and with cooperative-sticky a second heartbeat-bound round follows for the revocation;"
        " a run then takes one or two heartbeat intervals longer, on either broker (a faster"
        " JoinGroup/SyncGroup makes this more likely, not less). Single runs therefore vary by"
        " ~0.5–1.5 s; the machine is also shared with other work (see the load average), so treat"
        " differences under ~20% as noise",
    ]
    unwatched = [
        r
        for r in o.runs
        if r.rep >= 0
        and r.leave_ms is not None
        and r.reference != ("heartbeat sent" if "classic" in r.case else "heartbeat")
    ]
    if unwatched:
        lines += [
            "",
            "Runs whose leave phase was counted from a later point of the cycle than intended"
            " (heartbeat answer or partition assignment):"
            f" {', '.join(f'{r.broker} d{r.delay} {r.case} #{r.rep}' for r in unwatched)}",
        ]
    errors = [r for r in o.runs if r.error]
    if errors:
        lines += ["", "Failed or flagged runs:", ""]
        lines += [f"- {r.broker} delay={r.delay} {r.case} #{r.rep}: {r.error}" for r in errors[:12]]
    if o.notes:
        lines += ["", "Notes:", "", *(f"- {n}" for n in o.notes)]
    for name, found in o.problems.items():
        if found and name.startswith("FluxMQ"):
            lines += ["", f"{name} broker log (warnings/errors):", "", "```", *found[:20], "```"]
    return "\n".join(lines)


def run(config: Config) -> Report:
    """Adapter for the `python -m bench` runner."""
    command = "python -m bench groups" + (" --quick" * config.quick)
    return _run(config.quick, config.cases, command, standalone=False)


def _run(
    quick: bool,
    cases: tuple[str, ...],
    command: str,
    repeat: int | None = None,
    standalone: bool = True,
) -> Report:
    machine = machine_info() if standalone else None
    try:
        o = measure(quick, lambda s: print(s, flush=True), cases, repeat)
    except BenchError as e:
        msg = f"groups suite failed: {e}"
        return Report(text=msg, markdown=msg, ok=False)
    text = text_table(HEADER, rows(o), align="lllrrll")
    text += "\n\nclassic leave split (heartbeat wait; broker part = JoinGroup + SyncGroup):\n"
    text += text_table(SPLIT_HEADER, split_rows(o), align="llrrrl")
    text += "\n\nbroker CPU s per run (median):\n"
    text += text_table(["delay ms", "protocol", "Kafka", "FluxMQ"], cpu_rows(o), align="llr")
    for r in o.runs:
        if r.error:
            text += f"\nrun {r.broker} delay={r.delay} {r.case} #{r.rep}: {r.error}"
    for n in o.notes:
        text += f"\nnote: {n}"
    for name, found in o.problems.items():
        if found:
            text += f"\n\n{name} log warnings/errors:\n" + "\n".join(found)
    text += "\n\nlogs: " + ", ".join(f"{k}: {v}" for k, v in o.logs.items())
    text += f"\nclient timelines: {RUN_DIR / 'clients.log'}; suite took {o.seconds:.0f} s"
    ok = all(r.join_ms is not None for r in o.runs if r.broker == "Kafka")
    return Report(text=text, markdown=body(o, command, machine, quick), ok=ok, extra={"outcome": o})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.groups", description=DESCRIPTION)
    p.add_argument("--quick", action="store_true", help="delay 0, classic range, one run")
    p.add_argument("-k", "--case", action="append", default=[], help="only matching cases")
    p.add_argument("--repeat", type=int, help=f"runs per case (default {REPEATS} by delay)")
    p.add_argument("--write", type=Path, metavar="FILE", help="also update FILE's groups section")
    args = p.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv
    command = "python -m bench.groups" + (" " + shlex.join(argv) if argv else "")
    print(f"$ {command}", flush=True)
    report = _run(args.quick, tuple(args.case), command, args.repeat)
    print(report.text)
    if args.write:
        update_section(args.write, "groups", f"## {DESCRIPTION}\n\n" + report.markdown)
        print(f"updated the 'groups' section of {args.write}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
