"""Apache Kafka's own command-line tools (4.1.1 jars) against a real fluxmq-server.

Each tool runs as its own `java` process, as `bin/kafka-*.sh` would run it: kafka-topics
(TopicCommand), kafka-configs (ConfigCommand), kafka-consumer-groups (ConsumerGroupCommand),
kafka-console-producer / -consumer, kafka-get-offsets (GetOffsetShell) and kafka-delete-records
(DeleteRecordsCommand). Their printed output is what an operator sees, so the checks are on
stdout/stderr text and exit codes, compared with what the same command prints against Apache
Kafka 4.1.1 (checked by hand against a single-node KRaft broker).

The tools live in `kafka-tools` (plus `kafka_2.13` for ConfigCommand), resolved with Maven by
tests/kafka_runtime.maven_libs into tests/.work/kafka-tools-<version>/libs (git-ignored).
Missing Java or Maven fails these tests, as elsewhere in tests/server; nothing is skipped.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fluxmq.protocol.records import build_batch
from tests.kafka_runtime import KafkaStartError, maven_libs

from . import _raw
from .conftest import BrokerProcess

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parents[2]
VERSION = os.environ.get("FLUXMQ_TEST_KAFKA_VERSION", "4.1.1")
LOG4J = os.environ.get("FLUXMQ_TEST_KAFKA_LOG4J", "2.24.3")  # what Kafka 4.1.1 resolves
ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}
TOOL_TIMEOUT = 120.0  # seconds for one tool run; every subprocess here has a timeout

TOPICS = "org.apache.kafka.tools.TopicCommand"
CONFIGS = "kafka.admin.ConfigCommand"
GROUPS = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"
PRODUCER = "org.apache.kafka.tools.ConsoleProducer"
CONSUMER = "org.apache.kafka.tools.consumer.ConsoleConsumer"
GET_OFFSETS = "org.apache.kafka.tools.GetOffsetShell"
DELETE_RECORDS = "org.apache.kafka.tools.DeleteRecordsCommand"

# WARN and above to stderr: the tools' own warnings (e.g. a reset offset clamped to the log
# end) are part of what they print to an operator.
LOG4J2 = """Configuration:
  Appenders:
    Console:
      name: STDERR
      target: SYSTEM_ERR
      PatternLayout: { pattern: "[%d] %p %m (%c)%n" }
  Loggers:
    Root: { level: WARN, AppenderRef: [ { ref: STDERR } ] }
    Logger:
      - { name: org.apache.kafka.clients.NetworkClient, level: ERROR }
"""


def tools_libs() -> Path:
    """The directory of Kafka's tool jars, resolved with Maven on first use."""
    try:
        return maven_libs("kafka-tools", ["kafka_2.13", "kafka-tools"], VERSION, LOG4J)
    except KafkaStartError as e:
        pytest.fail(str(e), pytrace=False)


class Result:
    def __init__(self, cmd: Sequence[str], proc: subprocess.CompletedProcess[str]) -> None:
        self.cmd = list(cmd)
        self.rc = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    @property
    def text(self) -> str:
        return self.out + self.err

    def lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line.strip()]

    def __repr__(self) -> str:
        short = " ".join(self.cmd[self.cmd.index("-cp") + 2 :])
        return f"`{short}` exit {self.rc}\n--- stdout\n{self.out}--- stderr\n{self.err[-3000:]}"


class Tools:
    """Runs Kafka's tools against one broker; every run is kept for the failure report."""

    def __init__(self, libs: Path, broker: BrokerProcess, workdir: Path) -> None:
        self.libs = libs
        self.broker = broker
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.log4j = workdir / "log4j2.yaml"
        self.log4j.write_text(LOG4J2)
        self.runs: list[Result] = []

    @property
    def bootstrap(self) -> str:
        return self.broker.bootstrap

    def java(self, cls: str, *args: str) -> list[str]:
        return [
            "java",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            f"-Dlog4j2.configurationFile={self.log4j}",
            "-cp",
            f"{self.libs}/*",
            cls,
            *args,
        ]

    def run(
        self, cls: str, *args: str, stdin: str | None = None, timeout: float = TOOL_TIMEOUT
    ) -> Result:
        cmd = self.java(cls, *args)
        try:
            proc = subprocess.run(
                cmd,
                input=stdin if stdin is not None else "",
                capture_output=True,
                text=True,
                timeout=timeout,
                env=ENV,
            )
        except subprocess.TimeoutExpired as e:
            pytest.fail(f"{cls} {' '.join(args)} did not finish in {timeout:.0f}s: {e}")
        r = Result(cmd, proc)
        self.runs.append(r)
        return r

    def start(self, cls: str, *args: str) -> subprocess.Popen[str]:
        """A long-running tool (a console consumer in a group); stop it with `stop`."""
        with open(self.workdir / f"bg-{len(self.runs)}.txt", "w") as out:
            return subprocess.Popen(
                self.java(cls, *args),
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
                env=ENV,
            )

    @staticmethod
    def stop(proc: subprocess.Popen[str]) -> None:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the console consumer closes (and leaves its group)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    # the tools, with --bootstrap-server filled in
    def topics(self, *args: str) -> Result:
        return self.run(TOPICS, "--bootstrap-server", self.bootstrap, *args)

    def configs(self, *args: str) -> Result:
        return self.run(CONFIGS, "--bootstrap-server", self.bootstrap, *args)

    def groups(self, *args: str) -> Result:
        return self.run(GROUPS, "--bootstrap-server", self.bootstrap, *args)

    def produce(self, topic: str, lines: Sequence[str], *args: str) -> Result:
        r = self.run(
            PRODUCER,
            "--bootstrap-server",
            self.bootstrap,
            "--topic",
            topic,
            *args,
            stdin="".join(f"{line}\n" for line in lines),
        )
        assert r.rc == 0 and "Exception" not in r.text, r
        return r

    def consume(self, topic: str, *args: str) -> Result:
        return self.run(CONSUMER, "--bootstrap-server", self.bootstrap, "--topic", topic, *args)

    def offsets(self, *args: str) -> dict[str, int]:
        r = self.run(GET_OFFSETS, "--bootstrap-server", self.bootstrap, *args)
        assert r.rc == 0, r
        found = {}
        for line in r.lines():
            name, offset = line.rsplit(":", 1)
            found[name] = int(offset)
        return found

    def delete_records(self, spec: dict[str, object]) -> Result:
        path = self.workdir / f"delete-records-{len(self.runs)}.json"
        path.write_text(json.dumps(spec))
        return self.run(
            DELETE_RECORDS, "--bootstrap-server", self.bootstrap, "--offset-json-file", str(path)
        )


@pytest.fixture(scope="session")
def kafka_tools_libs() -> Path:
    return tools_libs()


@pytest.fixture
def tools(
    request: pytest.FixtureRequest,
    kafka_tools_libs: Path,
    broker_factory: Callable[..., BrokerProcess],
    tmp_path: Path,
) -> Iterator[Tools]:
    """Kafka's tools against a broker with 3 partitions per auto-created topic and no initial
    rebalance delay (classic groups form at once)."""
    broker = broker_factory({"num.partitions": "3", "group.initial.rebalance.delay.ms": "0"})
    t = Tools(kafka_tools_libs, broker, tmp_path / "tools")
    yield t
    failed = any(
        getattr(getattr(request.node, f"rep_{w}", None), "failed", False) for w in ("setup", "call")
    )
    if failed:
        for r in t.runs[-12:]:
            print(f"\n----- {r!r}")
    log = broker.log_text()
    bad = [line for line in log.splitlines() if "Traceback" in line or " ERROR " in line]
    assert not bad, "broker logged errors:\n" + "\n".join(bad[:20])


def _rows(r: Result, first: str) -> list[list[str]]:
    """The whitespace-split table rows of a ConsumerGroupCommand output starting with `first`."""
    return [line.split() for line in r.lines() if line.split()[0] == first]


def _wait_for(what: str, check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")


def _iso_utc(ms: int) -> str:
    """A --to-datetime argument for the epoch millisecond `ms` (UTC, millisecond precision)."""
    dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


# ---------------------------------------------------------------- kafka-topics


def test_topics_create_list_describe_alter_delete(tools: Tools) -> None:
    r = tools.topics(
        "--create", "--topic", "tt", "--partitions", "2", "--replication-factor", "1",
        "--config", "retention.ms=3600000", "--config", "cleanup.policy=compact",
    )  # fmt: skip
    assert r.rc == 0 and r.out.strip() == "Created topic tt.", r

    r = tools.topics("--create", "--topic", "tt", "--partitions", "1")
    assert r.rc == 1 and "TopicExistsException" in r.text, r
    r = tools.topics("--create", "--topic", "tt", "--partitions", "1", "--if-not-exists")
    assert r.rc == 0 and "Exception" not in r.text, r
    r = tools.topics("--create", "--topic", "rf3", "--partitions", "1", "--replication-factor", "3")
    assert r.rc == 1 and "InvalidReplicationFactorException" in r.text, r
    r = tools.topics("--create", "--topic", "bad name!", "--partitions", "1")
    assert r.rc == 1 and "InvalidTopicException" in r.text, r
    r = tools.topics("--create", "--topic", "cfg", "--partitions", "1", "--config", "nope.x=1")
    assert r.rc == 1 and "InvalidConfigurationException" in r.text, r

    r = tools.topics("--list")
    assert r.rc == 0 and "tt" in r.lines() and "rf3" not in r.lines(), r

    r = tools.topics("--describe", "--topic", "tt")
    assert r.rc == 0, r
    head, *parts = r.lines()
    assert re.match(
        r"Topic: tt\tTopicId: [A-Za-z0-9_-]{22}\tPartitionCount: 2\tReplicationFactor: 1\t"
        r"Configs: cleanup.policy=compact,retention.ms=3600000$",
        head,
    ), r
    assert parts == [
        f"\tTopic: tt\tPartition: {p}\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: \tLastKnownElr: "
        for p in range(2)
    ], r

    # a single healthy broker: nothing under-replicated, unavailable or under min ISR
    for flag in (
        "--under-replicated-partitions",
        "--unavailable-partitions",
        "--under-min-isr-partitions",
    ):
        r = tools.topics("--describe", flag)
        assert r.rc == 0 and r.out.strip() == "", r

    r = tools.topics("--alter", "--topic", "tt", "--partitions", "4")
    assert r.rc == 0 and "Exception" not in r.text, r
    r = tools.topics("--describe", "--topic", "tt")
    assert "PartitionCount: 4" in r.lines()[0] and len(r.lines()) == 5, r
    r = tools.topics("--alter", "--topic", "tt", "--partitions", "3")
    assert r.rc == 1 and "InvalidPartitionsException" in r.text, r

    r = tools.topics("--delete", "--topic", "tt")
    assert r.rc == 0 and "Exception" not in r.text, r
    _wait_for("tt to leave --list", lambda: "tt" not in tools.topics("--list").lines(), 30)
    r = tools.topics("--describe", "--topic", "tt")
    assert r.rc == 1 and "Topic 'tt' does not exist as expected" in r.text, r
    r = tools.topics("--delete", "--topic", "tt")
    assert r.rc == 1 and "does not exist" in r.text, r


# ---------------------------------------------------------------- kafka-configs


def test_configs_describe_alter(tools: Tools) -> None:
    assert tools.topics("--create", "--topic", "ct", "--partitions", "1").rc == 0
    topic = ("--entity-type", "topics", "--entity-name", "ct")

    r = tools.configs("--describe", *topic)
    assert r.rc == 0 and r.lines() == ["Dynamic configs for topic ct are:"], r

    r = tools.configs("--alter", *topic, "--add-config", "retention.ms=1000,segment.bytes=1048576")
    assert r.rc == 0 and r.out.strip() == "Completed updating config for topic ct.", r
    r = tools.configs("--describe", *topic)
    assert r.lines()[0] == "Dynamic configs for topic ct are:", r
    entries = {line.split("=", 1)[0].strip(): line.strip() for line in r.lines()[1:]}
    assert set(entries) == {"retention.ms", "segment.bytes"}, r
    assert entries["retention.ms"].startswith(
        "retention.ms=1000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=1000, "
    ), r

    r = tools.configs("--alter", *topic, "--add-config", "cleanup.policy=[compact,delete]")
    assert r.rc == 0, r
    r = tools.configs("--alter", *topic, "--delete-config", "segment.bytes")
    assert r.rc == 0, r
    r = tools.configs("--describe", *topic)
    names = [line.split("=", 1)[0].strip() for line in r.lines()[1:]]
    assert sorted(names) == ["cleanup.policy", "retention.ms"], r
    assert "  cleanup.policy=compact,delete sensitive=false" in r.out, r

    r = tools.configs("--describe", *topic, "--all")
    assert r.lines()[0] == "All configs for topic ct are:", r
    assert "  retention.ms=1000 sensitive=false" in r.out, r
    assert "  max.message.bytes=1048588 sensitive=false" in r.out, r
    assert "  min.insync.replicas=1 sensitive=false" in r.out, r

    r = tools.configs("--alter", *topic, "--add-config", "bogus.key=1")
    assert r.rc == 1 and "InvalidConfigurationException" in r.text, r
    r = tools.configs("--alter", *topic, "--add-config", "retention.ms=abc")
    assert r.rc == 1 and "InvalidConfigurationException" in r.text, r
    r = tools.configs("--alter", "--entity-type", "topics", "--entity-name", "nope",
                      "--add-config", "retention.ms=5")  # fmt: skip
    assert r.rc == 1 and "UnknownTopicOrPartitionException" in r.text, r

    broker = ("--entity-type", "brokers", "--entity-name", "0")
    r = tools.configs("--describe", *broker)
    assert r.rc == 0 and r.lines() == ["Dynamic configs for broker 0 are:"], r
    r = tools.configs("--describe", *broker, "--all")
    assert r.rc == 0 and r.lines()[0] == "All configs for broker 0 are:", r
    assert "  num.partitions=3 sensitive=false" in r.out, r
    # FluxMQ's broker configs are static: altering one is a clear error, not a silent no-op
    r = tools.configs("--alter", *broker, "--add-config", "log.retention.ms=1000")
    assert r.rc == 1 and "InvalidRequestException" in r.text, r


# ---------------------------------------------------------------- console producer / consumer

PROTOCOLS = ["classic", "consumer"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_console_round_trip_with_keys_and_headers(tools: Tools, protocol: str) -> None:
    assert tools.topics("--create", "--topic", "rt", "--partitions", "1").rc == 0
    tools.produce(
        "rt",
        ["h1:v1,h2:v2|k1|hello", "h3:|k2|world", "NULL|k3|NULL", "NULL|NULL|no key"],
        "--property", "parse.key=true", "--property", "key.separator=|",
        "--property", "parse.headers=true", "--property", "headers.delimiter=|",
        "--property", "headers.separator=,", "--property", "headers.key.separator=:",
        "--property", "null.marker=NULL",
    )  # fmt: skip
    before = int(time.time() * 1000)
    r = tools.consume(
        "rt", "--from-beginning", "--max-messages", "4", "--group", f"rt-{protocol}",
        "--consumer-property", f"group.protocol={protocol}",
        "--property", "print.key=true", "--property", "print.headers=true",
        "--property", "print.timestamp=true", "--property", "print.partition=true",
        "--property", "print.offset=true", "--property", "null.literal=NULL",
    )  # fmt: skip
    assert r.rc == 0 and "Processed a total of 4 messages" in r.err, r
    rows = [line.split("\t") for line in r.lines()]
    assert [row[1:] for row in rows] == [
        ["Partition:0", "Offset:0", "h1:v1,h2:v2", "k1", "hello"],
        ["Partition:0", "Offset:1", "h3:", "k2", "world"],
        ["Partition:0", "Offset:2", "NO_HEADERS", "k3", "NULL"],
        ["Partition:0", "Offset:3", "NO_HEADERS", "NULL", "no key"],
    ], r
    for row in rows:
        kind, ts = row[0].split(":")
        assert kind == "CreateTime" and before - 120_000 < int(ts) <= before, r

    # the group committed its position: the group tool sees it, with no lag
    r = tools.groups("--describe", "--group", f"rt-{protocol}")
    assert r.rc == 0, r
    assert [row[:6] for row in _rows(r, f"rt-{protocol}")] == [
        [f"rt-{protocol}", "rt", "0", "4", "4", "0"]
    ], r
    r = tools.groups("--list", "--type")
    want = "Classic" if protocol == "classic" else "Consumer"
    assert [f"rt-{protocol}", want] in [line.split() for line in r.lines()], r


def test_console_consumer_partition_offset_and_codecs(tools: Tools) -> None:
    assert tools.topics("--create", "--topic", "cc", "--partitions", "1").rc == 0
    for codec in ("none", "gzip", "snappy", "lz4", "zstd"):
        tools.produce("cc", [f"{codec}-{i}" for i in range(3)], "--compression-codec", codec)
    r = tools.consume("cc", "--partition", "0", "--offset", "10", "--max-messages", "2",
                      "--property", "print.offset=true")  # fmt: skip
    assert r.rc == 0 and r.lines() == ["Offset:10\tlz4-1", "Offset:11\tlz4-2"], r
    r = tools.consume("cc", "--from-beginning", "--max-messages", "15", "--group", "cc-g")
    assert r.rc == 0, r
    assert sorted(r.lines()) == sorted(
        f"{c}-{i}" for c in ("none", "gzip", "snappy", "lz4", "zstd") for i in range(3)
    ), r


# ---------------------------------------------------------------- kafka-consumer-groups


def test_consumer_groups_list_describe_reset_delete(tools: Tools) -> None:
    assert tools.topics("--create", "--topic", "gt", "--partitions", "1").rc == 0
    tools.produce("gt", [f"m{i}" for i in range(10)])
    r = tools.consume("gt", "--from-beginning", "--max-messages", "10", "--group", "g1")
    assert r.rc == 0 and len(r.lines()) == 10, r

    r = tools.groups("--list")
    assert r.rc == 0 and "g1" in r.lines(), r
    r = tools.groups("--list", "--state")
    assert ["g1", "Empty"] in [line.split() for line in r.lines()], r

    def position() -> list[str]:
        rows = _rows(tools.groups("--describe", "--group", "g1"), "g1")
        assert len(rows) == 1, rows
        return rows[0][3:6]  # CURRENT-OFFSET, LOG-END-OFFSET, LAG

    r = tools.groups("--describe", "--group", "g1")
    assert "Consumer group 'g1' has no active members." in r.text, r
    assert [row[:9] for row in _rows(r, "g1")] == [
        ["g1", "gt", "0", "10", "10", "0", "-", "-", "-"]
    ], r
    r = tools.groups("--describe", "--group", "g1", "--state")
    assert _rows(r, "g1") == [["g1", tools.bootstrap, "(0)", "-", "Empty", "0"]], r
    r = tools.groups("--describe", "--group", "g1", "--members")
    assert "Consumer group 'g1' has no active members." in r.text and not _rows(r, "g1"), r

    def reset(*args: str) -> list[list[str]]:
        r = tools.groups("--reset-offsets", "--group", "g1", *args)
        assert r.rc == 0, r
        return [row[1:] for row in _rows(r, "g1")]

    assert reset("--topic", "gt", "--to-earliest", "--execute") == [["gt", "0", "0"]]
    assert position() == ["0", "10", "10"]
    assert reset("--topic", "gt", "--shift-by", "3", "--execute") == [["gt", "0", "3"]]
    assert reset("--topic", "gt:0", "--shift-by", "-1", "--execute") == [["gt", "0", "2"]]
    assert reset("--topic", "gt", "--to-offset", "100", "--execute") == [["gt", "0", "10"]]
    assert reset("--all-topics", "--to-offset", "5", "--execute") == [["gt", "0", "5"]]
    assert reset("--topic", "gt", "--to-latest", "--dry-run") == [["gt", "0", "10"]]
    assert position() == ["5", "10", "5"]  # a dry run changes nothing
    past, future = "2000-01-01T00:00:00.000", "2099-01-01T00:00:00.000"
    assert reset("--topic", "gt", "--to-datetime", past, "--execute") == [["gt", "0", "0"]]
    assert reset("--topic", "gt", "--to-datetime", future, "--execute") == [["gt", "0", "10"]]
    assert reset("--topic", "gt", "--by-duration", "PT1H", "--execute") == [["gt", "0", "0"]]
    r = tools.groups("--reset-offsets", "--group", "g1", "--all-topics", "--to-current",
                     "--export", "--dry-run")  # fmt: skip
    assert r.rc == 0 and r.lines() == ["gt,0,0"], r

    # a group that only exists through the reset (no member ever joined)
    assert tools.groups("--reset-offsets", "--group", "g-new", "--topic", "gt", "--to-latest",
                        "--execute").rc == 0  # fmt: skip
    r = tools.groups("--describe", "--group", "g-new")
    assert [row[:6] for row in _rows(r, "g-new")] == [["g-new", "gt", "0", "10", "10", "0"]], r

    r = tools.groups("--delete-offsets", "--group", "g1", "--topic", "gt")
    assert r.rc == 0 and ["gt", "0", "Successful"] in [line.split() for line in r.lines()], r
    r = tools.groups("--describe", "--group", "g1")
    assert not _rows(r, "g1"), r

    r = tools.groups("--delete", "--group", "g1", "--group", "g-new")
    assert r.rc == 0, r
    assert "Deletion of requested consumer groups ('g1', 'g-new') was successful." in r.out, r
    r = tools.groups("--list")
    assert "g1" not in r.lines() and "g-new" not in r.lines(), r
    r = tools.groups("--describe", "--group", "g1")
    assert "GroupIdNotFoundException" in r.text, r
    r = tools.groups("--delete", "--group", "g1")
    assert "GroupIdNotFoundException" in r.text, r


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_consumer_groups_active_group(tools: Tools, protocol: str) -> None:
    assert tools.topics("--create", "--topic", "at", "--partitions", "2").rc == 0
    tools.produce("at", [f"m{i}" for i in range(6)])
    group = f"active-{protocol}"
    proc = tools.start(
        CONSUMER, "--bootstrap-server", tools.bootstrap, "--topic", "at", "--group", group,
        "--from-beginning", "--consumer-property", f"group.protocol={protocol}",
        "--consumer-property", "client.id=tools-test",
    )  # fmt: skip
    try:

        def stable() -> bool:
            rows = _rows(tools.groups("--describe", "--group", group, "--state"), group)
            return bool(rows) and rows[0][-2:] == ["Stable", "1"]

        _wait_for(f"{group} to be Stable with one member", stable)
        _wait_for(
            f"{group} to commit its position",
            lambda: (
                sum(
                    int(row[3])
                    for row in _rows(tools.groups("--describe", "--group", group), group)
                    if row[3].isdigit()
                )
                == 6
            ),
        )
        r = tools.groups("--describe", "--group", group, "--members")
        rows = _rows(r, group)
        # (Kafka prints the host as InetAddress.toString(), "/127.0.0.1")
        assert len(rows) == 1, r
        assert rows[0][2:5] == ["/127.0.0.1", "tools-test", "2"], r
        r = tools.groups("--describe", "--group", group, "--state")
        strategy = "range" if protocol == "classic" else "uniform"
        assert _rows(r, group)[0][3:] == [strategy, "Stable", "1"], r

        r = tools.groups("--reset-offsets", "--group", group, "--topic", "at", "--to-earliest",
                         "--execute")  # fmt: skip
        assert "can only be reset if the group" in r.text and "inactive" in r.text, r
        r = tools.groups("--delete", "--group", group)
        assert "GroupNotEmptyException" in r.text, r
        r = tools.groups("--delete-offsets", "--group", group, "--topic", "at")
        assert "GroupSubscribedToTopicException" in r.text, r
    finally:
        tools.stop(proc)

    # the member left on close: the group is empty and can be deleted
    _wait_for(
        f"{group} to be Empty",
        lambda: (
            _rows(tools.groups("--describe", "--group", group, "--state"), group)[0][-2:]
            == ["Empty", "0"]
        ),
        30,
    )
    r = tools.groups("--delete", "--group", group)
    assert r.rc == 0 and "was successful" in r.out, r


def test_console_consumer_pattern_subscription_kip848(tools: Tools) -> None:
    """--include (a java.util.regex.Pattern, matched by the client) with group.protocol=consumer:
    the first heartbeat carries an empty SubscribedTopicNames when nothing matches yet."""
    r = tools.run(
        CONSUMER, "--bootstrap-server", tools.bootstrap, "--include", "nothing-here-.*",
        "--group", "rx", "--consumer-property", "group.protocol=consumer", "--timeout-ms", "8000",
    )  # fmt: skip
    # Kafka: no record within 8 s -> TimeoutException and "Processed a total of 0 messages"
    assert "InvalidRequestException" not in r.text, r
    assert "Processed a total of 0 messages" in r.err, r


# ---------------------------------------------------------------- get-offsets, delete-records


def _produce_batch(broker: BrokerProcess, topic: str, timestamps: Sequence[int]) -> None:
    """One batch with the given record timestamps (a console producer cannot set them)."""
    with _raw.RawClient(*broker.address) as c:
        values = [f"v{i}".encode() for i in range(len(timestamps))]
        resp = _raw.produce(c, topic, 0, build_batch(values, timestamps=list(timestamps)))
        assert resp.error_code == 0, resp  # type: ignore[attr-defined]


def test_get_offsets_and_delete_records(tools: Tools) -> None:
    assert tools.topics("--create", "--topic", "ot", "--partitions", "2").rc == 0
    base = int(time.time() * 1000) - 60_000
    _produce_batch(tools.broker, "ot", [base, base + 10])
    _produce_batch(tools.broker, "ot", [base + 20, base + 30, base + 40])

    assert tools.offsets("--topic", "ot") == {"ot:0": 5, "ot:1": 0}
    assert tools.offsets("--topic", "ot", "--time", "-1") == {"ot:0": 5, "ot:1": 0}
    assert tools.offsets("--topic", "ot", "--time", "-2") == {"ot:0": 0, "ot:1": 0}
    assert tools.offsets("--topic-partitions", "ot:0", "--time", "-4") == {"ot:0": 0}
    assert tools.offsets("--topic", "ot", "--time", "-5") == {}  # no tiered storage: -1 each
    # timestamps at batch boundaries; an empty partition or a future time has no answer
    assert tools.offsets("--topic", "ot", "--time", str(base)) == {"ot:0": 0}
    assert tools.offsets("--topic", "ot", "--time", str(base + 20)) == {"ot:0": 2}
    assert tools.offsets("--topic", "ot", "--time", str(base + 3_600_000)) == {}
    assert "ot:0" in tools.offsets("--exclude-internal-topics")

    r = tools.delete_records(
        {
            "version": 1,
            "partitions": [
                {"topic": "ot", "partition": 0, "offset": 3},
                {"topic": "ot", "partition": 1, "offset": 1},  # above the high watermark
            ],
        }
    )
    assert r.rc == 0, r
    assert "partition: ot-0\tlow_watermark: 3" in r.out, r
    assert "partition: ot-1\terror: org.apache.kafka.common.errors.OffsetOutOfRangeException" in (
        r.out
    ), r
    assert tools.offsets("--topic", "ot", "--time", "-2") == {"ot:0": 3, "ot:1": 0}
    assert tools.offsets("--topic", "ot", "--time", str(base)) == {"ot:0": 3}
    r = tools.consume("ot", "--partition", "0", "--offset", "earliest", "--max-messages", "2",
                      "--property", "print.offset=true")  # fmt: skip
    assert r.rc == 0 and r.lines() == ["Offset:3\tv1", "Offset:4\tv2"], r

    # -1 deletes up to the high watermark
    r = tools.delete_records(
        {"version": 1, "partitions": [{"topic": "ot", "partition": 0, "offset": -1}]}
    )
    assert r.rc == 0 and "partition: ot-0\tlow_watermark: 5" in r.out, r
    assert tools.offsets("--topic", "ot", "--time", "-2") == {"ot:0": 5, "ot:1": 0}


def test_offsets_by_timestamp_are_per_record(tools: Tools) -> None:
    """GetOffsetShell --time T / -3 and --reset-offsets --to-datetime inside one batch."""
    assert tools.topics("--create", "--topic", "tsr", "--partitions", "1").rc == 0
    base = int(time.time() * 1000) - 60_000
    _produce_batch(tools.broker, "tsr", [base, base + 10, base + 20, base + 20, base + 5])
    found: dict[str, object] = {
        "max timestamp (-3)": tools.offsets("--topic", "tsr", "--time", "-3"),
        "first record >= base+15": tools.offsets("--topic", "tsr", "--time", str(base + 15)),
    }
    tools.groups("--reset-offsets", "--group", "tg", "--topic", "tsr", "--to-earliest",
                 "--execute")  # fmt: skip
    r = tools.groups("--reset-offsets", "--group", "tg", "--topic", "tsr", "--to-datetime",
                     _iso_utc(base + 15), "--execute")  # fmt: skip
    found["reset --to-datetime base+15"] = [row[1:] for row in _rows(r, "tg")]
    # Kafka 4.1.1: the record at offset 2 is the first with the max timestamp, and the first
    # with a timestamp >= base+15
    assert found == {
        "max timestamp (-3)": {"tsr:0": 2},
        "first record >= base+15": {"tsr:0": 2},
        "reset --to-datetime base+15": [["tsr", "0", "2"]],
    }
