"""The Java AdminClient (kafka-clients 4.1.1 and 4.4.0) against a real fluxmq-server: topics
created, described, listed, configured, grown, trimmed (DeleteRecords), their log dirs and
producers described, and deleted, with assertions on every result.

Each test runs its admin calls in one JVM (tests/java `admin --op ...` commands chained with
`::`) and then checks every step, reporting all wrong steps together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ._clients import JavaDriver
from .conftest import JAVA_CLIENT_VERSIONS, BrokerProcess

pytestmark = pytest.mark.timeout(300)

CORE_TOPIC_CONFIGS = {
    "cleanup.policy",
    "compression.type",
    "max.message.bytes",
    "message.timestamp.type",
    "min.insync.replicas",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "segment.ms",
}


@pytest.fixture(params=JAVA_CLIENT_VERSIONS, ids=[f"java-{v}" for v in JAVA_CLIENT_VERSIONS])
def java(request: pytest.FixtureRequest) -> JavaDriver:
    clients: dict[str, JavaDriver] = request.getfixturevalue("java_clients")
    return clients[request.param]


class Steps:
    """Run chained admin/produce/consume commands in one JVM; collect failed checks."""

    def __init__(self, java: JavaDriver, broker: BrokerProcess) -> None:
        self.java = java
        self.broker = broker
        self.cmds: list[list[str]] = []
        self.names: list[str] = []
        self.out: dict[str, list[dict[str, Any]]] = {}
        self.failures: list[str] = []

    def admin(self, name: str, op: str, *args: str) -> None:
        self.names.append(name)
        self.cmds.append(["admin", "--op", op, *args])

    def command(self, name: str, *args: str) -> None:
        self.names.append(name)
        self.cmds.append(list(args))

    def run(self) -> None:
        for name, lines in zip(
            self.names, self.java.invoke(self.broker.bootstrap, self.cmds), strict=True
        ):
            self.out[name] = lines

    def __getitem__(self, name: str) -> dict[str, Any]:
        return self.out[name][-1]

    def check(self, cond: bool, what: str, name: str | None = None) -> bool:
        if not cond:
            detail = f" -> {self[name]}" if name is not None else ""
            self.failures.append(f"{what}{detail}")
        return cond

    def ok(self, name: str) -> bool:
        """The step succeeded (no error)."""
        return self.check("error" not in self[name], f"{name}: unexpected error", name)

    def error(self, name: str, *expected: str) -> bool:
        """The step failed with one of the `expected` exception class names."""
        got = self[name].get("error")
        return self.check(got in expected, f"{name}: expected {' or '.join(expected)}", name)

    def done(self) -> None:
        assert not self.failures, f"{len(self.failures)} failed checks:\n" + "\n".join(
            f"- {f}" for f in self.failures
        )


def config(res: dict[str, Any], resource: str, key: str) -> dict[str, Any] | None:
    cfgs = res.get("resources", {}).get(resource)
    if not isinstance(cfgs, dict):
        return None
    entry = cfgs.get(key)
    return entry if isinstance(entry, dict) else None


def test_topic_lifecycle(java: JavaDriver, broker: BrokerProcess) -> None:
    t = "admin-life"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "2", "--replication", "1",
            "--config", "retention.ms=3600000", "--config", "cleanup.policy=delete")  # fmt: skip
    s.admin("create-again", "create-topic", "--topic", t, "--partitions", "1")
    s.admin("create-invalid-name", "create-topic", "--topic", "bad/name", "--partitions", "1")
    s.admin("create-zero-partitions", "create-topic", "--topic", "admin-zero", "--partitions", "0")
    s.admin("create-rf3", "create-topic", "--topic", "admin-rf3", "--partitions", "1",
            "--replication", "3")  # fmt: skip
    s.admin("create-bad-config", "create-topic", "--topic", "admin-badcfg", "--partitions", "1",
            "--config", "retention.ms=soon")  # fmt: skip
    s.admin("list", "list-topics")
    s.admin("describe", "describe-topics", "--topic", t)
    s.admin("cluster", "describe-cluster")
    s.admin("delete", "delete-topics", "--topic", t)
    s.admin("list-after", "list-topics")
    s.admin("describe-after", "describe-topics", "--topic", t)
    s.admin("delete-again", "delete-topics", "--topic", t)
    s.run()

    if s.ok("create"):
        c = s["create"]
        s.check(c["num_partitions"] == 2, "create: num_partitions", "create")
        s.check(c["replication_factor"] == 1, "create: replication_factor", "create")
        s.check(
            c["topic_id"] not in (None, "", "AAAAAAAAAAAAAAAAAAAAAA"), "create: topic id", "create"
        )
        cfgs = c.get("configs")
        if s.check(isinstance(cfgs, dict), "create: configs in the result", "create"):
            s.check(
                cfgs.get("retention.ms", {}).get("value") == "3600000",
                "create: retention.ms in the returned configs",
                "create",
            )
    s.error("create-again", "TopicExistsException")
    s.error("create-invalid-name", "InvalidTopicException")
    s.error("create-zero-partitions", "InvalidPartitionsException")
    s.error("create-rf3", "InvalidReplicationFactorException")
    s.error("create-bad-config", "InvalidConfigurationException", "InvalidRequestException")
    if s.ok("list"):
        s.check(t in s["list"]["topics"], "list: the new topic is listed", "list")
        for bad in ("bad/name", "admin-zero", "admin-rf3", "admin-badcfg"):
            s.check(bad not in s["list"]["topics"], f"list: {bad} must not exist", "list")
    if s.ok("describe"):
        d = s["describe"]["topics"].get(t, {})
        parts = d.get("partitions", [])
        s.check(
            [p["partition"] for p in parts] == [0, 1], "describe: partitions 0 and 1", "describe"
        )
        for p in parts:
            s.check(
                p["leader"] == 0 and p["replicas"] == [0] and p["isr"] == [0],
                f"describe: partition {p['partition']} led by node 0, replicas and ISR [0]",
                "describe",
            )
        s.check(not d.get("internal"), "describe: not internal", "describe")
        if s.ok("create"):
            s.check(
                d.get("topic_id") == s["create"]["topic_id"],
                "describe: the topic id CreateTopics returned",
                "describe",
            )
    if s.ok("cluster"):
        c = s["cluster"]
        host, port = broker.bootstrap.rsplit(":", 1)
        s.check(
            c["nodes"] == [{"id": 0, "host": host, "port": int(port), "rack": None}],
            "cluster: one node, 0, at the advertised address",
            "cluster",
        )
        s.check(c["controller"] == 0, "cluster: controller 0", "cluster")
        s.check(bool(c["cluster_id"]), "cluster: a cluster id", "cluster")
    s.ok("delete")
    if s.ok("list-after"):
        s.check(t not in s["list-after"]["topics"], "list after delete: gone", "list-after")
    s.error("describe-after", "UnknownTopicOrPartitionException")
    s.error("delete-again", "UnknownTopicOrPartitionException")
    s.done()


def test_describe_and_alter_configs(
    java: JavaDriver, broker_factory: Callable[..., BrokerProcess]
) -> None:
    broker = broker_factory({"num.partitions": "1", "log.retention.ms": "86400000"})
    t = "admin-configs"
    r = f"topic:{t}"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "1",
            "--config", "max.message.bytes=200000")  # fmt: skip
    s.admin("describe", "describe-configs", "--topic", t)
    s.admin("alter", "alter-configs", "--name", t, "--set", "retention.ms=7200000",
            "--set", "cleanup.policy=compact", "--delete", "max.message.bytes")  # fmt: skip
    s.admin("describe2", "describe-configs", "--topic", t)
    s.admin("alter-validate-only", "alter-configs", "--name", t, "--set", "segment.ms=600000",
            "--validate-only", "true")  # fmt: skip
    s.admin("alter-bad-value", "alter-configs", "--name", t, "--set", "retention.ms=soon")
    s.admin("alter-unknown-key", "alter-configs", "--name", t, "--set", "no.such.config=1")
    s.admin("alter-unknown-topic", "alter-configs", "--name", "admin-nope", "--set",
            "retention.ms=1000")  # fmt: skip
    s.admin("append", "alter-configs", "--name", t, "--append", "cleanup.policy=delete")
    s.admin("describe3", "describe-configs", "--topic", t)
    s.admin("describe-unknown", "describe-configs", "--topic", "admin-nope")
    s.admin("describe-broker", "describe-configs", "--broker", "0")
    s.run()

    s.ok("create")
    if s.ok("describe"):
        keys = set(s["describe"]["resources"].get(r, {}))
        s.check(
            CORE_TOPIC_CONFIGS <= keys,
            f"describe: missing topic configs {sorted(CORE_TOPIC_CONFIGS - keys)}",
        )
        mmb = config(s["describe"], r, "max.message.bytes") or {}
        s.check(
            mmb.get("value") == "200000" and mmb.get("source") == "DYNAMIC_TOPIC_CONFIG",
            f"describe: max.message.bytes 200000 from DYNAMIC_TOPIC_CONFIG, got {mmb}",
        )
        ret = config(s["describe"], r, "retention.ms") or {}
        s.check(
            ret.get("value") == "86400000" and ret.get("source") == "STATIC_BROKER_CONFIG",
            "describe: retention.ms from server.properties log.retention.ms "
            f"(86400000, STATIC_BROKER_CONFIG), got {ret}",
        )
        seg = config(s["describe"], r, "segment.bytes") or {}
        s.check(
            seg.get("value") == "1073741824" and seg.get("source") == "DEFAULT_CONFIG",
            f"describe: segment.bytes default 1073741824 from DEFAULT_CONFIG, got {seg}",
        )
        s.check(not seg.get("read_only", True), f"describe: topic configs are not read-only {seg}")
    s.ok("alter")
    if s.ok("describe2"):
        ret = config(s["describe2"], r, "retention.ms") or {}
        s.check(
            ret.get("value") == "7200000" and ret.get("source") == "DYNAMIC_TOPIC_CONFIG",
            f"after alter: retention.ms 7200000 (DYNAMIC_TOPIC_CONFIG), got {ret}",
        )
        cp = config(s["describe2"], r, "cleanup.policy") or {}
        s.check(cp.get("value") == "compact", f"after alter: cleanup.policy compact, got {cp}")
        mmb = config(s["describe2"], r, "max.message.bytes") or {}
        s.check(
            mmb.get("value") == "1048588" and mmb.get("source") != "DYNAMIC_TOPIC_CONFIG",
            f"after delete: max.message.bytes back to the default 1048588, got {mmb}",
        )
    s.ok("alter-validate-only")
    s.error("alter-bad-value", "InvalidConfigurationException", "InvalidRequestException")
    s.error("alter-unknown-key", "InvalidConfigurationException", "InvalidRequestException")
    s.error("alter-unknown-topic", "UnknownTopicOrPartitionException")
    s.ok("append")
    if s.ok("describe3"):
        seg_ms = config(s["describe3"], r, "segment.ms") or {}
        s.check(
            seg_ms.get("source") != "DYNAMIC_TOPIC_CONFIG",
            f"validate-only must not change segment.ms, got {seg_ms}",
        )
        cp = config(s["describe3"], r, "cleanup.policy") or {}
        s.check(
            cp.get("value") == "compact,delete",  # APPEND delete to compact: Kafka keeps order
            f"after APPEND: cleanup.policy compact,delete, got {cp}",
        )
    if s.ok("describe-unknown"):
        got = s["describe-unknown"]["resources"].get("topic:admin-nope")
        s.check(
            isinstance(got, dict) and got.get("error") == "UnknownTopicOrPartitionException",
            f"describe unknown topic: UnknownTopicOrPartitionException, got {got}",
        )
    if s.ok("describe-broker"):
        b = s["describe-broker"]["resources"].get("broker:0")
        if s.check(isinstance(b, dict) and "error" not in b, f"describe broker 0: {b}"):
            lr = b.get("log.retention.ms", {})
            s.check(
                lr.get("value") == "86400000" and lr.get("source") == "STATIC_BROKER_CONFIG",
                f"broker 0: log.retention.ms 86400000 from STATIC_BROKER_CONFIG, got {lr}",
            )
            np = b.get("num.partitions", {})
            s.check(np.get("value") == "1", f"broker 0: num.partitions 1, got {np}")
    s.done()


def test_create_partitions(java: JavaDriver, broker: BrokerProcess) -> None:
    t = "admin-grow"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "2")
    s.admin("grow", "create-partitions", "--topic", t, "--total", "5")
    s.admin("describe", "describe-topics", "--topic", t)
    s.admin("shrink", "create-partitions", "--topic", t, "--total", "3")
    s.admin("same", "create-partitions", "--topic", t, "--total", "5")
    s.admin("unknown", "create-partitions", "--topic", "admin-nope", "--total", "5")
    # The new partitions take writes and reads.
    s.command("produce", "produce", "--topic", t, "--count", "500", "--partition", "4",
              "--base-ts", "1700000000000")  # fmt: skip
    s.command("consume", "consume", "--topic", t, "--count", "500", "--timeout-ms", "30000")
    s.run()

    s.ok("create")
    s.ok("grow")
    if s.ok("describe"):
        parts = s["describe"]["topics"].get(t, {}).get("partitions", [])
        s.check(
            [p["partition"] for p in parts] == [0, 1, 2, 3, 4],
            "describe after grow: partitions 0-4",
            "describe",
        )
    s.error("shrink", "InvalidPartitionsException")
    s.error("same", "InvalidPartitionsException")
    s.error("unknown", "UnknownTopicOrPartitionException")
    prod = s["produce"]
    s.check(prod["acked"] == 500 and prod["errors"] == 0, f"produce to partition 4: {prod}")
    cons = s["consume"]
    s.check(
        cons["count"] == 500 and not cons["timed_out"] and cons["end_offsets"].get("4") == 500,
        f"consume from partition 4: {cons}",
    )
    s.done()


def test_delete_records(java: JavaDriver, broker: BrokerProcess) -> None:
    t = "admin-trim"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "3")
    for p, n in ((0, 300), (1, 200), (2, 100)):
        s.command(f"produce{p}", "produce", "--topic", t, "--count", str(n), "--start", "0",
                  "--partition", str(p), "--base-ts", "1700000000000")  # fmt: skip
    s.admin("delete", "delete-records", "--topic", t, "--before", "0=120", "--before", "1=200")
    s.admin("earliest", "list-offsets", "--topic", t, "--partitions", "0,1,2", "--spec", "earliest")
    s.admin("latest", "list-offsets", "--topic", t, "--partitions", "0,1,2", "--spec", "latest")
    s.admin("beyond", "delete-records", "--topic", t, "--before", "2=5000")
    s.admin("backwards", "delete-records", "--topic", t, "--before", "0=50")
    s.command("consume", "consume", "--topic", t, "--count", "280", "--timeout-ms", "30000")
    s.run()

    s.ok("create")
    for p in range(3):
        s.check(s[f"produce{p}"]["errors"] == 0, f"produce{p}: {s[f'produce{p}']}")
    if s.ok("delete"):
        parts = s["delete"]["partitions"]
        s.check(
            parts.get("0") == {"low_watermark": 120} and parts.get("1") == {"low_watermark": 200},
            "delete: low watermarks 120 and 200",
            "delete",
        )
    if s.ok("earliest"):
        e = {p: v.get("offset") for p, v in s["earliest"]["partitions"].items()}
        s.check(e == {"0": 120, "1": 200, "2": 0}, "earliest offsets after delete", "earliest")
    if s.ok("latest"):
        e = {p: v.get("offset") for p, v in s["latest"]["partitions"].items()}
        s.check(e == {"0": 300, "1": 200, "2": 100}, "latest offsets unchanged", "latest")
    beyond = s["beyond"].get("partitions", {}).get("2", s["beyond"])
    s.check(
        beyond.get("error") == "OffsetOutOfRangeException",
        f"delete beyond the high watermark: OffsetOutOfRangeException, got {beyond}",
    )
    back = s["backwards"].get("partitions", {}).get("0", s["backwards"])
    s.check(
        back == {"low_watermark": 120} or "error" in back,
        f"delete below the log start: no change (low watermark 120) or an error, got {back}",
    )
    cons = s.out["consume"]
    summary = cons[-1]
    offsets: dict[int, list[int]] = {}
    for r in cons[:-1]:
        offsets.setdefault(r["p"], []).append(r["o"])
    s.check(
        summary["count"] == 280
        and offsets.get(0) == list(range(120, 300))
        and 1 not in offsets
        and offsets.get(2) == list(range(100)),
        f"consume after delete: p0 120-299, nothing of p1, p2 0-99; got {summary}, "
        f"{ {p: (o[0], o[-1], len(o)) for p, o in offsets.items()} }",
    )
    s.done()


def test_describe_log_dirs(java: JavaDriver, broker: BrokerProcess) -> None:
    t = "admin-dirs"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "2")
    s.command("produce", "produce", "--topic", t, "--count", "1000", "--partition", "0",
              "--base-ts", "1700000000000")  # fmt: skip
    s.admin("dirs", "describe-log-dirs", "--broker", "0")
    s.admin("dirs-all", "describe-log-dirs")
    s.run()

    s.ok("create")
    s.check(s["produce"]["errors"] == 0, f"produce: {s['produce']}")
    if s.ok("dirs"):
        dirs = s["dirs"]["brokers"].get("0", {})
        want = str(Path(broker.data_dir).resolve())
        if s.check(
            list(dirs) == [want], f"one log dir, the data dir {want}; got {list(dirs)}", "dirs"
        ):
            d = dirs[want]
            s.check(d["error"] is None, f"log dir error: {d['error']}")
            reps = d["replicas"]
            s.check(
                {f"{t}-0", f"{t}-1"} <= set(reps), f"replicas {t}-0 and {t}-1 listed: {list(reps)}"
            )
            r0, r1 = reps.get(f"{t}-0", {}), reps.get(f"{t}-1", {})
            s.check(
                r0.get("size", 0) > 100_000, f"{t}-0 holds 1000 records: size > 100 kB, got {r0}"
            )
            s.check(r1.get("size") == 0, f"{t}-1 is empty: size 0, got {r1}")
            s.check(
                r0.get("offset_lag") == 0 and r0.get("future") is False,
                f"{t}-0: offset lag 0, not a future replica: {r0}",
            )
            total, usable = d.get("total_bytes"), d.get("usable_bytes")
            s.check(
                isinstance(total, int) and isinstance(usable, int) and 0 < usable <= total,
                f"total/usable bytes reported (DescribeLogDirs v4+): {total}, {usable}",
            )
    if s.ok("dirs-all"):
        s.check(list(s["dirs-all"]["brokers"]) == ["0"], "describe all: broker 0", "dirs-all")
    s.done()


def test_describe_producers(java: JavaDriver, broker: BrokerProcess) -> None:
    t = "admin-producers"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "2")
    s.command("produce", "produce", "--topic", t, "--count", "300", "--partition", "0",
              "--acks", "all", "--idempotence", "true", "--base-ts", "1700000000000")  # fmt: skip
    s.admin("producers", "describe-producers", "--topic", t, "--partitions", "0,1")
    s.run()

    s.ok("create")
    s.check(s["produce"]["errors"] == 0, f"produce: {s['produce']}")
    if s.ok("producers"):
        parts = s["producers"]["partitions"]
        p0 = parts.get("0", {}).get("producers")
        if s.check(isinstance(p0, list) and len(p0) == 1, f"partition 0: one producer: {parts}"):
            ps = p0[0]
            s.check(
                ps["producer_id"] >= 0 and ps["epoch"] >= 0 and ps["last_sequence"] == 299,
                f"partition 0: the idempotent producer with last sequence 299: {ps}",
            )
            s.check(
                ps["last_timestamp"] == 1700000000000 + 299,
                f"partition 0: last timestamp of record 299: {ps}",
            )
        s.check(parts.get("1") == {"producers": []}, f"partition 1: no producers: {parts}")
    s.done()


def test_consume_sees_what_admin_created(java: JavaDriver, broker: BrokerProcess) -> None:
    """A topic created by the AdminClient with configs is used by the Java producer/consumer."""
    t = "admin-used"
    s = Steps(java, broker)
    s.admin("create", "create-topic", "--topic", t, "--partitions", "4",
            "--config", "compression.type=producer")  # fmt: skip
    s.command("produce", "produce", "--topic", t, "--count", "2000", "--codec", "zstd")
    s.command("consume", "consume", "--topic", t, "--count", "2000", "--timeout-ms", "30000")
    s.run()
    s.ok("create")
    s.check(s["produce"]["acked"] == 2000, f"produce: {s['produce']}")
    summary = s["consume"]
    parts = {r["p"] for r in s.out["consume"][:-1]}
    s.check(summary["count"] == 2000 and not summary["timed_out"], f"consume: {summary}")
    s.check(parts == {0, 1, 2, 3}, f"records in all 4 partitions: {parts}")
    s.done()
