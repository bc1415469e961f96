"""Harness for the consumer-group tests: live group members in their own processes, a steady
producer, and the broker settings that keep rebalances and session expiry quick.

A `Member` is one consumer process — the Java CLI's `group-consume` (tests/java) or
`_group_member.py` over confluent-kafka, kafka-python or aiokafka — printing JSON-line events
(assigned / revoked / lost / gen / rec / commit, see GroupConsume.java) that a reader thread
collects while the test goes on; the test closes it through stdin or SIGKILLs it.

Reference mode: with FLUXMQ_GROUP_TESTS_KAFKA=<dir of Apache Kafka jars> (e.g.
bench/.work/kafka-4.1.1/libs, which `python -m bench.broker` builds) the group tests run against
a single-node Apache Kafka instead of fluxmq-server, to check the tests themselves.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._clients import JavaDriver
from ._raw import RawClient, create_topic

HERE = Path(__file__).resolve().parent
MEMBER_SCRIPT = HERE / "_group_member.py"

CLASSIC_SESSION_MS = 3000  # members' session.timeout.ms (classic protocol)
CONSUMER_SESSION_MS = 3000  # group.consumer.session.timeout.ms (KIP-848)
HEARTBEAT_MS = 500

# Kafka's server.properties keys; small timeouts so that rebalances and expiry are quick.
GROUP_BROKER_PROPS = {
    "num.partitions": "6",
    "group.initial.rebalance.delay.ms": "0",
    "group.min.session.timeout.ms": "1000",
    "group.max.session.timeout.ms": "60000",
    "group.consumer.heartbeat.interval.ms": str(HEARTBEAT_MS),
    "group.consumer.min.heartbeat.interval.ms": "100",
    "group.consumer.session.timeout.ms": str(CONSUMER_SESSION_MS),
    "group.consumer.min.session.timeout.ms": "1000",
}


# ---------------------------------------------------------------- clients


@dataclass(frozen=True)
class ClientSpec:
    """One way of being a group member: a client library, its group protocol and assignor."""

    id: str
    kind: str  # "java", "confluent-kafka", "kafka-python", "aiokafka"
    protocol: str = "classic"  # or "consumer" (KIP-848)
    assignor: str | None = None  # classic: the client-side assignor
    java_version: str = "4.4.0"

    @property
    def kip848(self) -> bool:
        return self.protocol == "consumer"

    @property
    def eager(self) -> bool:
        return not self.kip848 and self.assignor != "cooperative-sticky"


JAVA_RANGE = ClientSpec("java-4.4.0-range", "java", assignor="range")
JAVA_41_RANGE = ClientSpec("java-4.1.1-range", "java", assignor="range", java_version="4.1.1")
JAVA_COOP = ClientSpec("java-4.4.0-cooperative", "java", assignor="cooperative-sticky")
JAVA_848 = ClientSpec("java-4.4.0-consumer", "java", protocol="consumer")
CONFLUENT = ClientSpec("confluent-classic", "confluent-kafka", assignor="range")
CONFLUENT_848 = ClientSpec("confluent-consumer", "confluent-kafka", protocol="consumer")
KAFKA_PYTHON = ClientSpec("kafka-python", "kafka-python")
AIOKAFKA = ClientSpec("aiokafka", "aiokafka")

ALL_CLIENTS = (
    JAVA_41_RANGE,
    JAVA_RANGE,
    JAVA_COOP,
    JAVA_848,
    CONFLUENT,
    CONFLUENT_848,
    KAFKA_PYTHON,
    AIOKAFKA,
)


# ---------------------------------------------------------------- one member process


class MemberFailed(AssertionError):
    pass


class Member:
    """A consumer process in the group; its events are collected as they are printed."""

    def __init__(self, name: str, args: Sequence[str], workdir: Path) -> None:
        self.name = name
        self.args = list(args)
        workdir.mkdir(parents=True, exist_ok=True)
        self.stdout_path = workdir / f"{name}.jsonl"
        self.stderr_path = workdir / f"{name}.stderr"
        self.events: list[dict[str, Any]] = []
        self.cond = threading.Condition()
        self.eof = False
        self.killed_at: float | None = None
        with open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(
                self.args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                start_new_session=True,
            )
        self.reader = threading.Thread(target=self._read, name=f"member-{name}", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        with open(self.stdout_path, "wb") as log:
            for raw in self.proc.stdout:
                log.write(raw)
                log.flush()
                try:
                    ev = json.loads(raw)
                except ValueError:
                    continue
                with self.cond:
                    self.events.append(ev)
                    self.cond.notify_all()
        with self.cond:
            self.eof = True
            self.cond.notify_all()

    # ------------------------------------------------------------ state from the events

    def snapshot(self) -> list[dict[str, Any]]:
        with self.cond:
            return list(self.events)

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    @property
    def done(self) -> dict[str, Any] | None:
        for ev in reversed(self.snapshot()):
            if "done" in ev:
                return ev
        return None

    @property
    def owned(self) -> frozenset[int]:
        for ev in reversed(self.snapshot()):
            if ev.get("ev") in ("assigned", "revoked", "lost"):
                return frozenset(ev["owned"])
        return frozenset()

    def rebalances(self) -> list[dict[str, Any]]:
        """assigned / revoked / lost callbacks, in order."""
        return [e for e in self.snapshot() if e.get("ev") in ("assigned", "revoked", "lost")]

    def gens(self) -> list[tuple[Any, Any]]:
        """(generation or member epoch, member id) each time they changed."""
        return [(e["gen"], e.get("member")) for e in self.snapshot() if e.get("ev") == "gen"]

    def records(self) -> list[tuple[int, int]]:
        return [(e["p"], e["o"]) for e in self.snapshot() if e.get("ev") == "rec"]

    def commits(self) -> list[dict[str, Any]]:
        return [e for e in self.snapshot() if e.get("ev") == "commit"]

    def commit_failures(self) -> list[dict[str, Any]]:
        return [e for e in self.snapshot() if e.get("ev") == "commit_failed"]

    def last_commits(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for c in self.commits():
            for p, o in c["offsets"].items():
                out[int(p)] = int(o)
        return out

    def stderr_tail(self, n: int = 4000) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def describe(self) -> str:
        evs = self.snapshot()
        reb = [
            f"{e['ev']}{e['parts']}->{e['owned']} gen={e.get('gen')}"
            for e in evs
            if e.get("ev") in ("assigned", "revoked", "lost")
        ]
        fails = [f"{e['error']}: {e.get('message')}" for e in self.commit_failures()]
        return (
            f"member {self.name} (pid {self.proc.pid}, exit {self.proc.poll()}): "
            f"{len(self.records())} records, rebalance callbacks {reb[-12:]}, "
            f"commit failures {fails[:5]}, done={self.done}\n"
            f"  stderr tail: {self.stderr_tail(3000)!r}"
        )

    # ------------------------------------------------------------ waiting and control

    def check_running(self) -> None:
        d = self.done
        if d is not None and "fatal" in d:
            raise MemberFailed(f"{self.name} failed: {d['fatal']}\n{d.get('trace', '')[-3000:]}")
        if not self.alive and self.killed_at is None and d is None:
            raise MemberFailed(f"{self.name} exited {self.proc.poll()}\n{self.stderr_tail()}")

    def wait_for(self, pred: Callable[[Member], bool], timeout: float, what: str) -> float:
        """Wait until pred(self); returns the seconds it took."""
        t0 = time.monotonic()
        with self.cond:
            while True:
                if pred(self):
                    return time.monotonic() - t0
                self.check_running()
                left = t0 + timeout - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"{self.name}: {what} not seen in {timeout}s\n{self.describe()}"
                    )
                self.cond.wait(min(left, 0.2))

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(line.encode() + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def close(self, timeout: float = 30.0, command: str = "close") -> dict[str, Any]:
        """Clean close (the consumer leaves the group); returns the summary line."""
        self.send(command)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(
                f"{self.name} did not close in {timeout}s\n{self.describe()}"
            ) from None
        self.reader.join(10)
        d = self.done
        if d is None or "fatal" in d or self.proc.returncode != 0:
            raise MemberFailed(
                f"{self.name} closed badly (exit {self.proc.returncode})\n{self.describe()}"
            )
        return d

    def kill(self) -> None:
        """SIGKILL: the member crashes without leaving the group."""
        if self.proc.poll() is None:
            self.killed_at = time.monotonic()
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self.reader.join(10)

    def cleanup(self) -> None:
        if self.proc.poll() is None:
            self.kill()
        for f in (self.proc.stdin, self.proc.stdout):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass


# ---------------------------------------------------------------- a test's group


class GroupRun:
    """The members of one group on one topic, started from one ClientSpec."""

    def __init__(
        self,
        env: GroupEnv,
        spec: ClientSpec,
        topic: str,
        group: str,
        partitions: int = 6,
        session_ms: int = CLASSIC_SESSION_MS,
    ) -> None:
        self.env = env
        self.spec = spec
        self.topic = topic
        self.group = group
        self.partitions = partitions
        self.session_ms = session_ms

    @property
    def all_parts(self) -> frozenset[int]:
        return frozenset(range(self.partitions))

    def command(self, *, instance_id: str | None, extra: Sequence[str]) -> list[str]:
        s = self.spec
        opts = ["--topic", self.topic, "--group", self.group, "--group-protocol", s.protocol]
        if instance_id:
            opts += ["--instance-id", instance_id]
        if not s.kip848:
            opts += [
                "--session-timeout-ms",
                str(self.session_ms),
                "--heartbeat-ms",
                str(HEARTBEAT_MS),
            ]
            if s.assignor:
                opts += ["--assignor", s.assignor]
        opts += list(extra)
        if s.kind == "java":
            cmd = self.env.java(s.java_version).command(
                self.env.bootstrap, [["group-consume", *opts]]
            )
            # C1 only: a member does little work, and several JVMs start at once on few cores.
            return [cmd[0], "-XX:TieredStopAtLevel=1", *cmd[1:]]
        return [
            sys.executable,
            str(MEMBER_SCRIPT),
            "--client",
            s.kind,
            "--bootstrap",
            self.env.bootstrap,
            *opts,
        ]

    def start(
        self, name: str, *, instance_id: str | None = None, extra: Sequence[str] = ()
    ) -> Member:
        m = Member(
            name, self.command(instance_id=instance_id, extra=extra), self.env.workdir / "members"
        )
        self.env.members.append(m)
        return m

    def wait_split(
        self, members: Sequence[Member], timeout: float = 60.0, settle: float = 0.4
    ) -> dict[str, frozenset[int]]:
        """Wait until the members' partitions are disjoint, cover every partition and are
        balanced (sizes differ by at most one), unchanged for `settle` seconds."""
        t0 = time.monotonic()
        stable_since: float | None = None
        last: dict[str, frozenset[int]] | None = None
        while True:
            for m in members:
                m.check_running()
                if not m.alive:
                    raise MemberFailed(f"{m.name} is not running\n{m.describe()}")
            snap = {m.name: m.owned for m in members}
            sizes = [len(v) for v in snap.values()]
            union: set[int] = set().union(*snap.values())
            ok = (
                sum(sizes) == len(union)
                and union == self.all_parts
                and max(sizes) - min(sizes) <= 1
            )
            now = time.monotonic()
            if ok and snap == last:
                if stable_since is not None and now - stable_since >= settle:
                    return snap
            else:
                stable_since = now if ok else None
            last = snap
            if now - t0 > timeout:
                raise AssertionError(
                    f"{self.spec.id}: no clean split of {self.partitions} partitions among "
                    f"{[m.name for m in members]} in {timeout}s: last {snap}\n"
                    + "\n".join(m.describe() for m in members)
                )
            time.sleep(0.05)


class GroupEnv:
    """Per-test: the broker, the members started (all stopped at teardown), the Java CLIs."""

    def __init__(self, broker: Any, workdir: Path, java: Callable[[str], JavaDriver]) -> None:
        self.broker = broker
        self.workdir = workdir
        self.java = java
        self.members: list[Member] = []

    @property
    def bootstrap(self) -> str:
        return str(self.broker.bootstrap)

    def group(self, spec: ClientSpec, name: str, **kw: Any) -> GroupRun:
        """A fresh topic and group for `spec` (the topic is created with its partitions)."""
        topic = f"{name}-{spec.id}"
        self.create_topic(topic, kw.get("partitions", 6))
        return GroupRun(self, spec, topic, f"g-{name}-{spec.id}", **kw)

    def create_topic(self, topic: str, partitions: int) -> None:
        host, port = self.broker.address
        with RawClient(host, port) as c:
            code = create_topic(c, topic, partitions)
        assert code == 0, f"CreateTopics {topic}: error {code}"

    def cleanup(self) -> None:
        for m in self.members:
            m.cleanup()


# ---------------------------------------------------------------- producing


class RateProducer:
    """Produces records "0", "1", ... round-robin over the partitions at a steady rate from a
    background thread (confluent-kafka, acks=all), until stop(); records what was acknowledged."""

    def __init__(
        self, bootstrap: str, topic: str, partitions: int = 6, per_second: int = 200
    ) -> None:
        from confluent_kafka import Producer

        self.topic = topic
        self.partitions = partitions
        self.interval = 0.02
        self.per_tick = max(1, per_second * 20 // 1000)
        self.p = Producer(
            {
                "bootstrap.servers": bootstrap,
                "client.id": "fluxmq-group-tests-producer",
                "acks": "all",
                "linger.ms": 2,
                "message.timeout.ms": 30000,
            }
        )
        self.acked: list[tuple[int, int, int]] = []  # (partition, offset, index)
        self.errors: list[str] = []
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rate-producer", daemon=True)

    def start(self) -> RateProducer:
        self._thread.start()
        return self

    def _cb(self, err: Any, msg: Any) -> None:
        if err is not None:
            self.errors.append(str(err))
        else:
            self.acked.append((msg.partition(), msg.offset(), int(msg.value())))

    def _run(self) -> None:
        while not self._stop.is_set():
            for _ in range(self.per_tick):
                i = self.sent
                self.p.produce(
                    self.topic,
                    value=str(i).encode(),
                    partition=i % self.partitions,
                    on_delivery=self._cb,
                )
                self.sent += 1
            self.p.poll(0)
            self._stop.wait(self.interval)

    def stop(self) -> set[tuple[int, int]]:
        """Stops, flushes; the (partition, offset) of every record produced."""
        self._stop.set()
        self._thread.join(10)
        left = self.p.flush(30)
        assert (
            left == 0 and not self.errors
        ), f"producer: {left} unflushed, errors {self.errors[:5]}"
        assert len(self.acked) == self.sent
        return {(p, o) for p, o, _ in self.acked}


def produce_counts(bootstrap: str, topic: str, counts: Mapping[int, int], start: int = 0) -> None:
    """Produce counts[p] records to each partition p (values are running indexes from start)."""
    from confluent_kafka import Producer

    errors: list[str] = []
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 2})
    i = start
    for part, n in sorted(counts.items()):
        for _ in range(n):
            p.produce(
                topic,
                value=str(i).encode(),
                partition=part,
                on_delivery=lambda err, msg: errors.append(str(err)) if err else None,
            )
            i += 1
    assert p.flush(30) == 0 and not errors, f"produce: {errors[:5]}"


def dup_report(found: Iterable[tuple[str, int, int]]) -> str:
    return ", ".join(f"{who}:{p}@{o}" for who, p, o in list(found)[:20])


# ---------------------------------------------------------------- Apache Kafka (reference mode)

KAFKA_REF_ENV = "FLUXMQ_GROUP_TESTS_KAFKA"

_KAFKA_LOG4J = """\
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
logger.req.name = kafka.request.logger
logger.req.level = WARN
"""


class KafkaRefBroker:
    """A single-node KRaft Apache Kafka with BrokerProcess's interface (start/stop/restart)."""

    def __init__(self, libs: Path, workdir: Path, props: Mapping[str, str]) -> None:
        from .conftest import free_port

        self.libs = libs
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.host = "127.0.0.1"
        self.port = free_port()
        self.cport = free_port()
        self.bootstrap = f"{self.host}:{self.port}"
        self.log_path = workdir / "kafka.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.formatted = False
        all_props = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.bootstrap.servers": f"127.0.0.1:{self.cport}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.cport}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name": "PLAINTEXT",
            "log.dirs": str(workdir / "data"),
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "3",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            **props,
        }
        self.props_path = workdir / "server.properties"
        self.props_path.write_text("".join(f"{k}={v}\n" for k, v in all_props.items()))
        (workdir / "log4j2.properties").write_text(_KAFKA_LOG4J)

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    def _java(self) -> list[str]:
        return [
            "java",
            "-Xmx512m",
            f"-Dlog4j2.configurationFile={self.workdir / 'log4j2.properties'}",
            "-cp",
            str(self.libs / "*"),
        ]

    def start(self, timeout: float = 120.0) -> None:
        if not self.formatted:
            cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
            cmd = [*self._java(), "kafka.tools.StorageTool", "format", "--standalone", "-t", cid]
            r = subprocess.run(
                [*cmd, "-c", str(self.props_path)], capture_output=True, text=True, timeout=120
            )
            assert r.returncode == 0, f"kafka storage format failed: {r.stdout}{r.stderr}"
            self.formatted = True
        mark = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [*self._java(), "kafka.Kafka", str(self.props_path)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(self.log_path, "rb") as f:
                f.seek(mark)
                if b"Kafka Server started" in f.read():
                    return
            assert self.proc.poll() is None, f"kafka exited\n{self.log_tail()}"
            time.sleep(0.2)
        self.kill()
        raise AssertionError(f"kafka not ready in {timeout}s\n{self.log_tail()}")

    def stop(self, timeout: float = 60.0) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        rc = self.proc.returncode
        self.proc = None
        return 0 if rc in (0, 143) else rc

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def restart(self, timeout: float = 120.0) -> int:
        rc = self.stop()
        self.start(timeout)
        return rc

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def log_tail(self, lines: int = 200) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])


def kafka_ref_libs() -> Path | None:
    v = os.environ.get(KAFKA_REF_ENV)
    return Path(v) if v else None
