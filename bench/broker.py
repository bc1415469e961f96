"""Broker suite: FluxMQ vs Apache Kafka, driven by Kafka's own Java perf tools, in one run.

    python -m bench.broker [--quick] [--kafka-version V] [-k CASE]

What one run does (everything under bench/.work/, which is git-ignored; loopback only):

1. builds the Kafka runtime with Maven (bench/kafka/pom.xml: `kafka_2.13`, `kafka-tools` and the
   `log4j-slf4j-impl` binding) into bench/.work/kafka-<version>/libs, once (cached);
2. formats a fresh single-node KRaft data dir and starts Apache Kafka on free ports with the
   flags of `kafka-server-start.sh` (-Xmx1G -Xms1G, G1), and starts `fluxmq-server` on another
   free port with a fresh data dir; both without fsync on the produce path (Kafka's default,
   FluxMQ's default), `auto.create.topics.enable=false`, `group.initial.rebalance.delay.ms=0`;
3. pre-creates identical topics (1 partition, RF 1) on both with Kafka's `TopicCommand`;
4. for each case (record size 100 B / 1 KiB x acks=1 / acks=all x none / lz4) runs the same
   `org.apache.kafka.tools.ProducerPerformance` (one JVM per run, same JDK, heap and producer
   properties, `--throughput -1`) against Kafka, then FluxMQ (alternating), sized from the
   broker's own warm-up rate so that each run lasts >= 10 s (about 2 s with --quick);
5. runs `ConsumerPerformance` on the acks=1 topics (it always joins a classic consumer group, so
   it needs JoinGroup/SyncGroup; a broker without them is reported as n/a);
6. records, per run, the client's summary line (msg/s, MB/s of values, p50/p99 latency), the
   broker's CPU seconds (utime+stime from /proc/<pid>/stat, before/after) and its peak RSS
   (VmHWM, reset through /proc/<pid>/clear_refs before each run when the kernel allows);
7. stops both brokers (finally blocks; SIGTERM, then SIGKILL after a bounded wait).

Targets (from the issue): FluxMQ/Kafka msg/s >= 1.0, FluxMQ p99 <= Kafka's, FluxMQ peak RSS
<= 0.2x Kafka's, and FluxMQ acked msg/s vs the 608,272 msg/s the old Rust FluxMQ claimed.
Latency under `--throughput -1` is mostly producer queueing (32 MiB buffer.memory), so treat the
p99 comparison as indicative only. Broker and client share the machine's cores (unpinned).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import ROOT, Config, Report, machine_info, markdown_table, text_table, update_section

DESCRIPTION = "Broker: FluxMQ vs Apache Kafka under Kafka's ProducerPerformance/ConsumerPerformance"

KAFKA_VERSION = "4.1.1"
# ProducerPerformance for the fixed-rate latency runs: --warmup-records (newer than 4.1)
# keeps the client's start-up (JIT, first metadata) out of the percentiles.
LATENCY_TOOLS_VERSION = "4.4.0"
LATENCY_WARMUP_S = 3.0
LATENCY_REPEATS = 3  # alternating which broker goes first; medians reported
# Their data is not read back: retention keeps it from filling the disk (~70 GB otherwise).
LATENCY_TOPIC_CONFIG = [
    "--config",
    "retention.bytes=536870912",
    "--config",
    "segment.bytes=134217728",
]
LOG4J_VERSION = "2.24.3"  # the log4j-core that kafka 4.1.1 resolves; the binding must match
POM_DIR = Path(__file__).resolve().parent / "kafka"
WORK = ROOT / "bench" / ".work"
RUN_DIR = WORK / "broker-run"
PYTHON_BIN = Path(sys.executable).parent
OLD_RUST_CLAIM = 608_272  # msg/s the old Rust FluxMQ claimed
SIZES = (100, 1024)
ACKS = ("1", "all")
CODECS = ("none", "lz4")
PRODUCER_PROPS = ("batch.size=65536", "linger.ms=5")  # plus acks, compression, bootstrap
CLIENT_JVM = ["-Xmx512M", "-Duser.language=en", "-Duser.country=US"]
KAFKA_JVM = [
    "-Xmx1G",
    "-Xms1G",
    "-server",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-XX:MaxInlineLevel=15",
    "-Djava.awt.headless=true",
]
SUMMARY = re.compile(
    r"^(\d+)( steady state)? records sent, ([\d.]+) records/sec \(([\d.]+) MB/sec\), "
    r"([\d.]+) ms avg latency, ([\d.]+) ms max latency, (\d+) ms 50th, (\d+) ms 95th, "
    r"(\d+) ms 99th, (\d+) ms 99\.9th\.$",
    re.M,
)
CLK_TCK = os.sysconf("SC_CLK_TCK")
LATENCY_LOAD = 0.5  # fixed-rate latency runs: this share of the slower broker's throughput
ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}

BROKER_LOG4J = """Configuration:
  Properties:
    Property:
      - { name: "kafka.logs.dir", value: "." }
  Appenders:
    File:
      - name: ServerLog
        fileName: "${sys:kafka.logs.dir}/server.log"
        PatternLayout: { pattern: "[%d] %p %m (%c)%n" }
  Loggers:
    Root: { level: INFO, AppenderRef: [ { ref: ServerLog } ] }
    Logger:
      - { name: kafka.request.logger, level: WARN }
      - { name: "kafka.network.RequestChannel$", level: WARN }
"""
TOOLS_LOG4J = """Configuration:
  Appenders:
    Console:
      name: STDERR
      target: SYSTEM_ERR
      PatternLayout: { pattern: "[%d] %p %m (%c)%n" }
  Loggers:
    Root: { level: WARN, AppenderRef: [ { ref: STDERR } ] }
"""


class BenchError(RuntimeError):
    pass


# --------------------------------------------------------------------------- process helpers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_cpu(pid: int) -> float:
    """utime+stime (seconds) of `pid` and its live descendants."""
    total = 0.0
    for p in [pid, *_descendants(pid)]:
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        total += (int(fields[11]) + int(fields[12])) / CLK_TCK  # fields 14, 15 of stat
    return total


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        with suppress(OSError):
            for child in Path(f"/proc/{pid}/task/{tid}/children").read_text().split():
                out.append(int(child))
                out.extend(_descendants(int(child)))
    return out


def proc_status(pid: int, key: str) -> int:
    """A `kB` field of /proc/<pid>/status, in bytes (0 when gone)."""
    with suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def reset_peak_rss(pid: int) -> bool:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def run_tool(
    cmd: list[str], timeout: float, log: IO[str] | None = None
) -> tuple[int | None, str, str]:
    """Run a client to completion; (returncode or None on timeout, stdout, stderr)."""
    if log is not None:
        log.write(f"\n$ {shlex.join(cmd)}\n")
        log.flush()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        rc: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        rc = None
    except BaseException:  # Ctrl-C: do not leave the client running in its own session
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        raise
    if log is not None:
        log.write(out + err + f"[exit {rc}]\n")
        log.flush()
    return rc, out, err


def stop_process(proc: subprocess.Popen[Any] | None, grace: float = 30.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    with suppress(ProcessLookupError):
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def wait_for(
    pred: Callable[[], bool], proc: subprocess.Popen[Any], timeout: float, what: str
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        if proc.poll() is not None:
            raise BenchError(f"{what} exited with {proc.returncode} before it was ready")
        time.sleep(0.2)
    raise BenchError(f"{what} not ready after {timeout:.0f} s")


# --------------------------------------------------------------------------- Kafka runtime


def build_kafka(version: str, log4j: str, say: Callable[[str], None]) -> Path:
    """Jars for broker + tools in bench/.work/kafka-<version>/libs (Maven, cached)."""
    libs = WORK / f"kafka-{version}" / "libs"
    names = {p.name for p in libs.glob("*.jar")} if libs.is_dir() else set()
    if f"kafka_2.13-{version}.jar" in names and f"kafka-tools-{version}.jar" in names:
        if any(n.startswith("log4j-slf4j-impl-") for n in names):
            return libs
    if shutil.which("mvn") is None:
        raise BenchError("mvn not found: Maven is needed to fetch Apache Kafka")
    say(f"building the Kafka {version} runtime with Maven into {libs} ...")
    if libs.exists():
        shutil.rmtree(libs)
    cmd = [
        "mvn",
        "-B",
        "-q",
        "-f",
        str(POM_DIR / "pom.xml"),
        f"-Dkafka.version={version}",
        f"-Dlog4j2.version={log4j}",
        "package",
    ]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    except subprocess.TimeoutExpired as e:
        raise BenchError("Maven build timed out after 1200 s") from e
    if r.returncode != 0:
        raise BenchError("Maven build failed:\n" + (r.stdout + r.stderr)[-3000:])
    jars = {p.name for p in libs.glob("*.jar")}
    cores = {n for n in jars if n.startswith("log4j-core-")}
    binds = {n for n in jars if n.startswith("log4j-slf4j-impl-")}
    if len(cores) != 1 or len(binds) != 1 or cores.pop()[11:] != binds.pop()[17:]:
        raise BenchError(f"log4j jars do not match in {libs}: {sorted(jars)}")
    return libs


def java_version() -> str:
    try:
        r = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    lines = r.stderr.strip().splitlines()
    return " / ".join(lines[:2]) if lines else "unknown"


@dataclass
class Broker:
    name: str
    port: int
    proc: subprocess.Popen[Any] | None = None
    log_path: Path | None = None
    data_dir: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid


def _props(d: dict[str, object]) -> str:
    return "".join(f"{k}={v}\n" for k, v in d.items())


COMMON_PROPS: dict[str, object] = {
    "num.partitions": 1,
    "offsets.topic.replication.factor": 1,
    "offsets.topic.num.partitions": 1,
    "transaction.state.log.replication.factor": 1,
    "transaction.state.log.min.isr": 1,
    "log.segment.bytes": 1073741824,
    "log.retention.hours": 168,
    "group.initial.rebalance.delay.ms": 0,
    "auto.create.topics.enable": "false",
    "log.retention.check.interval.ms": 10000,  # for the latency topics' retention.bytes
}


def start_kafka(
    libs: Path,
    say: Callable[[str], None],
    run_dir: Path = RUN_DIR,
    overrides: dict[str, object] | None = None,
) -> Broker:
    """Kafka under `run_dir`/kafka; `overrides` replace or add server.properties keys."""
    base = run_dir / "kafka"
    if base.exists():
        shutil.rmtree(base)
    conf, logs, data = base / "config", base / "logs", base / "data"
    for d in (conf, logs, data):
        d.mkdir(parents=True)
    port, cport = free_port(), free_port()
    while cport == port:
        cport = free_port()
    props = {
        "process.roles": "broker,controller",
        "node.id": 1,
        "controller.quorum.bootstrap.servers": f"127.0.0.1:{cport}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{cport}",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(data),
        "num.network.threads": 3,
        "num.io.threads": 8,
        "share.coordinator.state.topic.replication.factor": 1,
        "share.coordinator.state.topic.min.isr": 1,
        **COMMON_PROPS,
        **(overrides or {}),
    }
    (conf / "server.properties").write_text(_props(props))
    (conf / "log4j2.yaml").write_text(BROKER_LOG4J)
    (conf / "tools-log4j2.yaml").write_text(TOOLS_LOG4J)
    cp = str(libs / "*")
    tools = ["java", "-Xmx256M", f"-Dlog4j2.configurationFile={conf / 'tools-log4j2.yaml'}"]
    r = subprocess.run(
        [*tools, "-cp", cp, "kafka.tools.StorageTool", "random-uuid"],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    cluster_id = r.stdout.strip().splitlines()[-1] if r.returncode == 0 and r.stdout else ""
    if not cluster_id:
        raise BenchError(f"StorageTool random-uuid failed: {r.stderr[-2000:]}")
    r = subprocess.run(
        [
            *[*tools, "-cp", cp, "kafka.tools.StorageTool", "format", "--standalone"],
            *["-t", cluster_id, "-c", str(conf / "server.properties")],
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    if r.returncode != 0:
        raise BenchError(f"StorageTool format failed: {(r.stdout + r.stderr)[-2000:]}")
    out = open(logs / "kafkaServer.out", "w")
    cmd = [
        "java",
        *KAFKA_JVM,
        f"-Xlog:gc*:file={logs / 'kafkaServer-gc.log'}:time,tags:filecount=10,filesize=100M",
        f"-Dkafka.logs.dir={logs}",
        f"-Dlog4j2.configurationFile={conf / 'log4j2.yaml'}",
        "-cp",
        cp,
        "kafka.Kafka",
        str(conf / "server.properties"),
    ]
    broker = Broker("Kafka", port, log_path=logs / "server.log", data_dir=data)
    broker.proc = subprocess.Popen(
        cmd, stdout=out, stderr=subprocess.STDOUT, env=ENV, start_new_session=True
    )
    out.close()
    server_log = logs / "server.log"

    def ready() -> bool:
        return server_log.exists() and "Kafka Server started" in server_log.read_text(
            errors="replace"
        )

    try:
        wait_for(ready, broker.proc, 120, "Kafka")
    except BenchError:
        tail = (logs / "kafkaServer.out").read_text(errors="replace")[-2000:]
        stop_process(broker.proc)
        raise BenchError(f"Kafka did not start; kafkaServer.out tail:\n{tail}") from None
    say(f"Kafka {KAFKA_VERSION} ready on {broker.bootstrap} (pid {broker.pid})")
    return broker


def start_fluxmq(
    say: Callable[[str], None],
    run_dir: Path = RUN_DIR,
    overrides: dict[str, object] | None = None,
) -> Broker:
    """fluxmq-server under `run_dir`/fluxmq; `overrides` as for `start_kafka`."""
    base = run_dir / "fluxmq"
    if base.exists():
        shutil.rmtree(base)
    data = base / "data"
    data.mkdir(parents=True)
    port = free_port()
    props = {
        "listeners": f"PLAINTEXT://127.0.0.1:{port}",
        "log.dirs": str(data),
        **COMMON_PROPS,
        **(overrides or {}),
    }
    (base / "server.properties").write_text(_props(props))
    log_path = base / "fluxmq-server.log"
    out = open(log_path, "w")
    exe = PYTHON_BIN / "fluxmq-server"
    cmd = [str(exe), "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    cmd += ["--config", str(base / "server.properties")]
    broker = Broker("FluxMQ", port, log_path=log_path, data_dir=data)
    broker.proc = subprocess.Popen(
        cmd, stdout=out, stderr=subprocess.STDOUT, env=ENV, start_new_session=True
    )
    out.close()

    def ready() -> bool:
        return "fluxmq-server ready" in log_path.read_text(errors="replace")

    try:
        wait_for(ready, broker.proc, 60, "fluxmq-server")
    except BenchError:
        tail = log_path.read_text(errors="replace")[-2000:]
        stop_process(broker.proc)
        raise BenchError(f"fluxmq-server did not start; log tail:\n{tail}") from None
    say(f"FluxMQ ready on {broker.bootstrap} (pid {broker.pid})")
    return broker


def broker_problems(broker: Broker, limit: int = 40) -> list[str]:
    """WARN/ERROR/traceback lines from a broker's log (FluxMQ: all of them)."""
    if broker.log_path is None or not broker.log_path.exists():
        return []
    if broker.name == "Kafka":  # log4j lines: keep WARN/ERROR ones (not INFO mentioning errors)
        pat = re.compile(r"^\[[^]]*\] (WARN|ERROR|FATAL) ")
    else:
        pat = re.compile(r"\b(ERROR|WARN|WARNING|CRITICAL|Traceback|Exception)\b")
    lines = [
        ln for ln in broker.log_path.read_text(errors="replace").splitlines() if pat.search(ln)
    ]
    if len(lines) > limit:
        lines = [
            *lines[: limit // 2],
            f"... ({len(lines) - limit} more) ...",
            *lines[-limit // 2 :],
        ]
    return lines


# --------------------------------------------------------------------------- measurements


@dataclass
class ProduceResult:
    broker: str
    case: str
    records: int = 0
    msgs: float = 0.0
    mbs: float = 0.0
    p50: int = 0
    p99: int = 0
    p999: int = 0
    rate: int = -1  # --throughput: -1 unthrottled
    cpu: float = 0.0
    rss: int = 0
    stored: int = 0  # records acked into the topic over every attempt of this case
    disk: int = 0  # bytes in the topic's .log segment files after the run
    seconds: float = 0.0
    error: str = ""


@dataclass
class ConsumeResult:
    broker: str
    topic: str
    records: int = 0
    msgs: float = 0.0
    mbs: float = 0.0
    cpu: float = 0.0
    error: str = ""


def _case(size: int, acks: str, codec: str) -> str:
    return f"{size} B acks={acks} {codec}"


def _topic(size: int, acks: str, codec: str) -> str:
    return f"perf-{size}-acks{acks}-{codec}"


def _error_excerpt(out: str, err: str) -> str:
    pat = re.compile(r"(Exception|ERROR|WARN|error|Error|WARNING)")
    lines = [ln.strip() for ln in (err + "\n" + out).splitlines() if pat.search(ln)]
    return " | ".join(lines[:4])[:600] or (err + out).strip()[-400:]


def create_topics(libs: Path, broker: Broker, topics: list[str], log: IO[str]) -> list[str]:
    cp = str(libs / "*")
    errors = []
    for t in topics:
        rc, out, err = run_tool(
            [
                *["java", "-Xmx256M", *CLIENT_JVM[1:], "-cp", cp],
                *["org.apache.kafka.tools.TopicCommand", "--bootstrap-server", broker.bootstrap],
                *["--create", "--topic", t, "--partitions", "1", "--replication-factor", "1"],
                *(LATENCY_TOPIC_CONFIG if t.startswith("lat-") else []),
            ],
            timeout=90,
            log=log,
        )
        if rc != 0:
            errors.append(f"create {t}: exit {rc}: {_error_excerpt(out, err)}")
    return errors


def produce(
    libs: Path,
    broker: Broker,
    size: int,
    acks: str,
    codec: str,
    records: int,
    timeout: float,
    log: IO[str],
    topic: str | None = None,
    throughput: int = -1,
    warmup: int = 0,
) -> ProduceResult:
    res = ProduceResult(broker.name, _case(size, acks, codec), records=records, rate=throughput)
    cmd = ["java", *CLIENT_JVM, "-cp", str(libs / "*")]
    cmd += ["-Dlog4j2.configurationFile=" + str(RUN_DIR / "kafka" / "config" / "tools-log4j2.yaml")]
    cmd += [
        "org.apache.kafka.tools.ProducerPerformance",
        "--topic",
        topic or _topic(size, acks, codec),
    ]
    cmd += ["--num-records", str(records), "--record-size", str(size)]
    cmd += ["--throughput", str(throughput)]
    if warmup:
        cmd += ["--warmup-records", str(warmup)]
    cmd += ["--producer-props", f"bootstrap.servers={broker.bootstrap}", f"acks={acks}"]
    cmd += [f"compression.type={codec}", *PRODUCER_PROPS]
    # Every run starts with no dirty pages: otherwise the kernel writes back the previous
    # run's gigabytes during this one, which penalised whichever broker went second.
    os.sync()
    reset_peak_rss(broker.pid)
    cpu0, t0 = proc_cpu(broker.pid), time.monotonic()
    rc, out, err = run_tool(cmd, timeout, log)
    res.seconds = time.monotonic() - t0
    res.cpu = proc_cpu(broker.pid) - cpu0
    res.rss = proc_status(broker.pid, "VmHWM")
    matches = list(SUMMARY.finditer(out))
    steady = [m for m in matches if m.group(2)]
    m = (steady or matches)[-1] if matches else None
    if broker.proc is not None and broker.proc.poll() is not None:
        res.error = f"broker exited ({broker.proc.returncode})"
    elif rc is None:
        res.error = f"client timed out after {timeout:.0f} s"
    elif m is None:
        res.error = f"no summary line (exit {rc}): {_error_excerpt(out, err)}"
    else:
        res.records = int(m.group(1))
        res.msgs, res.mbs = float(m.group(3)), float(m.group(4))
        res.p50, res.p99, res.p999 = int(m.group(7)), int(m.group(9)), int(m.group(10))
        if rc != 0 or "ERROR" in err:
            res.error = f"exit {rc}: {_error_excerpt(out, err)}" if rc != 0 else ""
        expected = records - warmup if steady else records  # steady state: after the warm-up
        if res.records < expected:
            res.error = f"only {res.records}/{expected} records acked"
        # errors from the send callbacks end up on stderr; keep them even when a summary exists
        if "Exception" in err and not res.error:
            res.error = "client reported: " + _error_excerpt("", err)
    return res


def consume(
    libs: Path, broker: Broker, topic: str, records: int, timeout: float, log: IO[str]
) -> ConsumeResult:
    res = ConsumeResult(broker.name, topic, records=records)
    cmd = ["java", *CLIENT_JVM, "-cp", str(libs / "*")]
    cmd += ["-Dlog4j2.configurationFile=" + str(RUN_DIR / "kafka" / "config" / "tools-log4j2.yaml")]
    cmd += ["org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", broker.bootstrap]
    cmd += ["--topic", topic, "--messages", str(records), "--timeout", "10000", "--hide-header"]
    cpu0 = proc_cpu(broker.pid)
    rc, out, err = run_tool(cmd, timeout, log)
    res.cpu = proc_cpu(broker.pid) - cpu0
    rows = [ln.split(", ") for ln in out.splitlines() if ln.count(", ") >= 9]
    if rc is None:
        res.error = f"timed out after {timeout:.0f} s: {_error_excerpt(out, err)}"
    elif "Exiting before consuming" in out + err or not rows:
        res.error = f"exit {rc}: {_error_excerpt(out, err)}"
    else:
        f = rows[-1]
        try:
            res.records = int(f[4])
            res.mbs, res.msgs = float(f[8]), float(f[9])
        except (ValueError, IndexError):
            res.error = f"unparsable output: {rows[-1]}"
        if res.records < records:
            res.error = f"only {res.records}/{records} records consumed"
    return res


# --------------------------------------------------------------------------- the run


@dataclass
class Outcome:
    produce: list[ProduceResult]
    consume: list[ConsumeResult]
    peak_rss: dict[str, int]
    problems: dict[str, list[str]]
    notes: list[str]
    jdk: str
    kafka_version: str
    latency: list[ProduceResult] = field(default_factory=list)
    ok: bool = True


def _records_for(rate: float, seconds: float, size: int) -> int:
    n = int(rate * seconds * 1.25)
    return max(n, 20_000 if size <= 100 else 5_000)


@contextmanager
def _brokers(libs: Path, say: Callable[[str], None]) -> Iterator[tuple[Broker, Broker]]:
    kafka: Broker | None = None
    flux: Broker | None = None
    try:
        kafka = start_kafka(libs, say)
        flux = start_fluxmq(say)
        yield kafka, flux
    finally:
        for b in (flux, kafka):
            if b is not None:
                stop_process(b.proc)
                # a JVM exits with 143 (128 + SIGTERM) after its shutdown hooks ran
                clean = (0, None, -signal.SIGTERM, 128 + signal.SIGTERM)
                if b.proc is not None and b.proc.returncode not in clean:
                    b.notes.append(f"{b.name} exit status on SIGTERM: {b.proc.returncode}")
                # A full run writes ~25 GB per broker: keep the logs, not the data.
                if b.data_dir is not None:
                    shutil.rmtree(b.data_dir, ignore_errors=True)


def measure(
    quick: bool,
    say: Callable[[str], None],
    version: str = KAFKA_VERSION,
    cases: tuple[str, ...] = (),
) -> Outcome:
    global KAFKA_VERSION
    KAFKA_VERSION = version
    seconds = 2.0 if quick else 10.0
    libs = build_kafka(version, LOG4J_VERSION, say)
    tools = build_kafka(LATENCY_TOOLS_VERSION, LOG4J_VERSION, say)
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    combos = [(s, a, c) for s in SIZES for a in ACKS for c in CODECS]
    if cases:
        combos = [x for x in combos if any(k in _case(*x) for k in cases)] or combos
    topics = [_topic(*x) for x in combos] + [f"warmup-{s}" for s in SIZES]
    topics += ["lat-" + _topic(*x) for x in combos]
    produced: list[ProduceResult] = []
    latency: list[ProduceResult] = []
    consumed: list[ConsumeResult] = []
    notes: list[str] = []
    peak: dict[str, int] = {}
    problems: dict[str, list[str]] = {}
    client_log = open(RUN_DIR / "clients.log", "w")
    try:
        with _brokers(libs, say) as (kafka, flux):
            brokers = (kafka, flux)
            for b in brokers:
                errs = create_topics(libs, b, topics, client_log)
                notes += [f"{b.name}: {e}" for e in errs]
                say(f"{b.name}: {len(topics) - len(errs)}/{len(topics)} topics created")
            # Warm-up per broker and record size (JIT on both sides; also sizes the runs).
            rate: dict[tuple[str, int], float] = {}
            for size in SIZES:
                # Until one warm-up run lasts about as long as a measured run (at most 3), so
                # that both JVMs are hot and the rate used to size the runs is a hot rate.
                for b in brokers:
                    n = (200_000 if size <= 100 else 40_000) // (4 if quick else 1)
                    for _ in range(3):
                        w = produce(
                            libs, b, size, "1", "none", n, 300, client_log, f"warmup-{size}"
                        )
                        rate[(b.name, size)] = w.msgs if w.msgs > 0 else n / max(w.seconds, 1.0)
                        say(f"warm-up {b.name} {size} B: {n:,} rec {w.msgs:,.0f} msg/s {w.error}")
                        if w.msgs <= 0 or n / w.msgs >= 0.8 * seconds:
                            break
                        n = _records_for(rate[(b.name, size)], seconds, size)
            for size, acks, codec in combos:
                pair: list[ProduceResult] = []
                for b in brokers:
                    stored = 0
                    for attempt in range(2):
                        n = _records_for(rate[(b.name, size)], seconds, size)
                        timeout = max(120.0, seconds * 12 + 60)
                        r = produce(libs, b, size, acks, codec, n, timeout, client_log)
                        stored = r.stored = stored + r.records
                        # size later runs from the fastest rate seen (so none falls short)
                        rate[(b.name, size)] = max(rate[(b.name, size)], r.msgs)
                        short = r.msgs > 0 and r.records / r.msgs < 0.8 * seconds
                        if not short or r.error:
                            break
                        if attempt == 0:  # faster than its warm-up: once more, sized from this run
                            say(f"{r.case} {b.name}: short run ({r.records / r.msgs:.1f} s), again")
                        else:
                            r.error = f"short run: {r.records / r.msgs:.1f} s"
                    produced.append(r)
                    pair.append(r)
                    say(
                        f"{r.case:<22} {b.name:<6} {r.records:>9,} rec {r.msgs:>11,.0f} msg/s "
                        f"{r.mbs:7.2f} MB/s p50 {r.p50} p99 {r.p99} ms cpu {r.cpu:.1f} s "
                        f"rss {r.rss / 2**20:.0f} MiB {r.error}"
                    )
                    if b.proc is not None and b.proc.poll() is not None:
                        raise BenchError(f"{b.name} died during {r.case}")
                # Latency at the same offered load for both: unthrottled, send-to-ack time is
                # mostly the time a record waits in the producer's full buffer.
                if all(x.msgs > 0 for x in pair):
                    fixed = int(LATENCY_LOAD * min(x.msgs for x in pair))
                    for rep in range(1 if quick else LATENCY_REPEATS):
                        for b in brokers if rep % 2 == 0 else brokers[::-1]:
                            warm = int(fixed * LATENCY_WARMUP_S)
                            r = produce(
                                tools,
                                b,
                                size,
                                acks,
                                codec,
                                warm + int(fixed * seconds),
                                max(120.0, seconds * 12 + 60),
                                client_log,
                                topic="lat-" + _topic(size, acks, codec),
                                throughput=fixed,
                                warmup=warm,
                            )
                            latency.append(r)
                            say(
                                f"{r.case:<22} {b.name:<6} at {fixed:,} msg/s: p50 {r.p50} "
                                f"p99 {r.p99} p99.9 {r.p999} ms {r.error}"
                            )
            # Consume what acks=1 produced (same page-cache state for both brokers).
            for r in produced:
                sz, acks, codec = r.case.split()[0], r.case.split()[2][5:], r.case.split()[3]
                if acks != "1" or r.records == 0 or r.error:
                    continue
                b = kafka if r.broker == "Kafka" else flux
                topic = _topic(int(sz), acks, codec)
                c = consume(libs, b, topic, r.records, max(90.0, seconds * 8 + 40), client_log)
                consumed.append(c)
                say(f"consume {topic} {b.name}: {c.msgs:,.0f} msg/s {c.mbs:.2f} MB/s {c.error}")
            for b in brokers:
                peak[b.name] = proc_status(b.pid, "VmHWM")
            for r in produced:  # sanity: did the broker store what it acked?
                b = kafka if r.broker == "Kafka" else flux
                sz, acks, codec = r.case.split()[0], r.case.split()[2][5:], r.case.split()[3]
                assert b.data_dir is not None
                part = b.data_dir / f"{_topic(int(sz), acks, codec)}-0"
                r.disk = sum(f.stat().st_size for f in part.glob("*.log")) if part.is_dir() else 0
                r.disk = r.disk * r.records // max(r.stored, 1)  # this run's share
        for b in (kafka, flux):
            problems[b.name] = broker_problems(b)
            notes += b.notes
    finally:
        client_log.close()
    return Outcome(produced, consumed, peak, problems, notes, java_version(), version, latency)


# --------------------------------------------------------------------------- report


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f}" if n else "-"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if a > 0 and b > 0 else "-"


def _verdict(ok: bool) -> str:
    return "meets" if ok else "misses"


HEADER = [
    "case",
    "broker",
    "records",
    "msg/s",
    "MB/s",
    "p50 ms",
    "p99 ms",
    "broker CPU s",
    "CPU s/GB",
    "peak RSS MiB",
    "log B/rec",
    "note",
]
RATIO_HEADER = [
    "case",
    "msg/s FluxMQ/Kafka (≥1.0)",
    "p99 FluxMQ vs Kafka (≤): at a fixed rate; unthrottled",
    "peak RSS FluxMQ/Kafka (≤0.2)",
    "FluxMQ msg/s vs 608,272",
]
CONSUME_HEADER = ["topic", "Kafka fetch msg/s", "Kafka fetch MB/s", "FluxMQ fetch msg/s", "ratio"]


def produce_rows(o: Outcome) -> list[list[str]]:
    rows = []
    for r in o.produce:
        gb = r.records * (int(r.case.split()[0])) / 1e9
        if r.msgs == 0:
            rows.append([r.case, r.broker, "-", "-", "-", "-", "-", f"{r.cpu:.1f}", "-", "-", "-"])
            rows[-1].append(r.error[:120])
            continue
        rows.append(
            [
                r.case,
                r.broker,
                f"{r.records:,}",
                f"{r.msgs:,.0f}",
                f"{r.mbs:.2f}",
                str(r.p50),
                str(r.p99),
                f"{r.cpu:.1f}",
                f"{r.cpu / gb:.1f}" if gb else "-",
                _mib(r.rss),
                f"{r.disk / r.records:.1f}" if r.records else "-",
                r.error[:120],
            ]
        )
    return rows


def ratio_rows(o: Outcome) -> list[list[str]]:
    by = {(r.case, r.broker): r for r in o.produce}
    lat = {(r.case, r.broker): latency_median(o, r.case, r.broker) for r in o.latency}
    rows = []
    for case in dict.fromkeys(r.case for r in o.produce):
        k, f = by.get((case, "Kafka")), by.get((case, "FluxMQ"))
        if k is None or f is None:
            continue
        if f.msgs == 0 or k.msgs == 0:
            rows.append([case, "n/a", "n/a", _ratio(f.rss, k.rss), f"n/a ({f.error[:60]})"])
            continue
        ratio = f.msgs / k.msgs
        kl, fl = lat.get((case, "Kafka")), lat.get((case, "FluxMQ"))
        if kl is not None and fl is not None and kl.msgs > 0 and fl.msgs > 0:
            p99 = f"{fl.p99} vs {kl.p99} ms ({_verdict(fl.p99 <= kl.p99)}); "
        else:
            p99 = "fixed rate not run; "
        p99 += f"{f.p99} vs {k.p99} ms"
        rows.append(
            [
                case,
                f"{ratio:.2f}x ({_verdict(ratio >= 1.0)})",
                p99,
                f"{f.rss / k.rss:.2f}x ({_verdict(f.rss <= 0.2 * k.rss)})" if k.rss else "-",
                f"{f.msgs / OLD_RUST_CLAIM:.2f}x ({f.msgs:,.0f})",
            ]
        )
    return rows


LATENCY_HEADER = [
    "case",
    "offered msg/s",
    "Kafka p50 / p99 / p99.9 ms (median run)",
    "FluxMQ p50 / p99 / p99.9 ms (median run)",
    "FluxMQ msg/s achieved",
]


def latency_median(o: Outcome, case: str, broker: str) -> ProduceResult | None:
    """The run with the median p99 of `broker` in `case` (failed runs count as worst)."""
    runs = [r for r in o.latency if r.case == case and r.broker == broker]
    if not runs:
        return None
    ok = sorted((r for r in runs if r.msgs > 0), key=lambda r: r.p99)
    if len(ok) * 2 <= len(runs):
        return next(r for r in runs if r.msgs == 0)
    return ok[(len(runs) - 1) // 2] if len(ok) == len(runs) else ok[-1]


def latency_rows(o: Outcome) -> list[list[str]]:
    rows = []
    for case in dict.fromkeys(r.case for r in o.latency):

        def cell(broker: str, case: str = case) -> str:
            r = latency_median(o, case, broker)
            if r is None or r.msgs == 0:
                return f"failed ({r.error[:60]})" if r is not None else "-"
            runs = [x.p99 for x in o.latency if x.case == case and x.broker == broker]
            return f"{r.p50} / {r.p99} / {r.p999} (p99s: {', '.join(map(str, runs))})"

        first = next(r for r in o.latency if r.case == case)
        f = latency_median(o, case, "FluxMQ")
        rows.append(
            [
                case,
                f"{first.rate:,}",
                cell("Kafka"),
                cell("FluxMQ"),
                f"{f.msgs:,.0f}" if f is not None else "-",
            ]
        )
    return rows


def consume_rows(o: Outcome) -> list[list[str]]:
    rows = []
    for topic in dict.fromkeys(c.topic for c in o.consume):
        k = next((c for c in o.consume if c.topic == topic and c.broker == "Kafka"), None)
        f = next((c for c in o.consume if c.topic == topic and c.broker == "FluxMQ"), None)
        kk = [f"{k.msgs:,.0f}", f"{k.mbs:.2f}"] if k and not k.error else ["failed", "-"]
        if f is None:
            ff = "not run (produce failed)"
        elif f.error:
            ff = "n/a (consumer groups not implemented)"
        else:
            ff = f"{f.msgs:,.0f}"
        ratio = _ratio(f.msgs, k.msgs) if f and k and not f.error and not k.error else "-"
        rows.append([topic, *kk, ff, ratio])
    return rows


def body(o: Outcome, command: str, machine: dict[str, str], quick: bool) -> str:
    seconds = 2 if quick else 10
    lines = [
        f"- command: `{command}`" + (" (quick: smoke test only)" if quick else ""),
        *(f"- {k}: {v}" for k, v in machine.items()),
        f"- Apache Kafka {o.kafka_version} (Maven Central, single-node KRaft, stock"
        " `kafka-server-start.sh` JVM flags: -Xmx1G -Xms1G G1), no fsync on produce (defaults)",
        f"- JDK (broker and perf clients): {o.jdk}",
        f"- client: `org.apache.kafka.tools.ProducerPerformance` {o.kafka_version}, one JVM per"
        f" run (-Xmx512M), `--throughput -1`, `{' '.join(PRODUCER_PROPS)}`; `sync` before each"
        f" run (no dirty pages left from the one before); each run sized for"
        f" ≥{seconds} s from a per-broker warm-up; runs alternate Kafka, FluxMQ; unpinned (broker"
        " and client share the cores); 1 partition, RF 1, topics pre-created with TopicCommand",
        "- MB/s = MiB/s of record values (ProducerPerformance's figure); latency from send() to"
        " ack in whole ms (includes producer queueing, so indicative only at unthrottled rate);"
        " CPU = broker utime+stime during the run; RSS = broker VmHWM (reset before each run);"
        " log B/rec = bytes in the topic's .log segments per acked record (a storage check)",
        "",
        markdown_table(HEADER, produce_rows(o), align="llrrrrrrrrrl"),
        "",
        "Targets (FluxMQ against Kafka in the same run):",
        "",
        markdown_table(RATIO_HEADER, ratio_rows(o), align="l"),
        "",
        f"Latency at a fixed offered load ({LATENCY_LOAD:.0%} of the slower broker's"
        " unthrottled rate in this case, the same for both; ProducerPerformance `--throughput`,"
        f" {seconds} s, own topic). This is the p99 the target is judged on: unthrottled, a"
        " record's send-to-ack time is mostly its wait in the producer's full 32 MiB buffer,"
        " i.e. buffer size over throughput, whichever broker is faster.",
        "",
        markdown_table(LATENCY_HEADER, latency_rows(o), align="lr") if o.latency else "(no runs)",
        "",
        "Peak RSS over the whole run: "
        + ", ".join(f"{k} {_mib(v)} MiB" for k, v in o.peak_rss.items())
        + (
            f" (FluxMQ/Kafka {_ratio(o.peak_rss.get('FluxMQ', 0), o.peak_rss.get('Kafka', 0))})"
            if o.peak_rss
            else ""
        ),
        "",
        "ConsumerPerformance (classic consumer group; fetch.nMsg.sec, which leaves out the join):",
        "",
        markdown_table(CONSUME_HEADER, consume_rows(o), align="lr") if o.consume else "(no runs)",
    ]
    if o.notes:
        lines += ["", "Notes:", "", *(f"- {n}" for n in o.notes)]
    flux = o.problems.get("FluxMQ", [])
    if flux:
        lines += ["", "FluxMQ broker log (warnings/errors):", "", "```", *flux, "```"]
    return "\n".join(lines)


def run(config: Config) -> Report:
    """Adapter for the `python -m bench` runner."""
    return _run(config.quick, config.cases, "python -m bench broker" + (" --quick" * config.quick))


def _run(quick: bool, cases: tuple[str, ...], command: str, version: str = KAFKA_VERSION) -> Report:
    machine = machine_info()
    try:
        o = measure(quick, lambda s: print(s, flush=True), version, cases)
    except BenchError as e:
        msg = f"broker suite failed: {e}"
        return Report(text=msg, markdown=msg, ok=False)
    text = text_table(HEADER, produce_rows(o), align="llrrrrrrrrrl")
    text += "\n\n" + text_table(RATIO_HEADER, ratio_rows(o), align="l")
    if o.latency:
        text += "\n\n" + text_table(LATENCY_HEADER, latency_rows(o), align="lr")
    if o.consume:
        text += "\n\n" + text_table(CONSUME_HEADER, consume_rows(o), align="lr")
    text += "\n\npeak RSS: " + ", ".join(f"{k} {_mib(v)} MiB" for k, v in o.peak_rss.items())
    for n in o.notes:
        text += f"\nnote: {n}"
    for name, lines in o.problems.items():
        if lines:
            text += f"\n\n{name} log warnings/errors:\n" + "\n".join(lines)
    md = body(o, command, machine, quick)
    ok = all(r.msgs > 0 for r in o.produce if r.broker == "Kafka")
    return Report(text=text, markdown=md, ok=ok, extra={"outcome": o})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.broker", description=DESCRIPTION)
    p.add_argument("--quick", action="store_true", help="~2 s per run instead of ≥10 s")
    p.add_argument("--kafka-version", default=KAFKA_VERSION, help=f"default {KAFKA_VERSION}")
    p.add_argument("-k", "--case", action="append", default=[], help="only matching cases")
    p.add_argument(
        "--write",
        type=Path,
        metavar="FILE",
        help="also write the markdown into FILE's <!-- bench:broker --> section",
    )
    args = p.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv
    command = "python -m bench.broker" + (" " + shlex.join(argv) if argv else "")
    print(f"$ {command}", flush=True)
    report = _run(args.quick, tuple(args.case), command, args.kafka_version)
    print(report.text)
    print("\n--- markdown ---\n" + report.markdown)
    if args.write:
        update_section(args.write, "broker", f"## {DESCRIPTION}\n\n" + report.markdown)
        print(f"updated the 'broker' section of {args.write}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
