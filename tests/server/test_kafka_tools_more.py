"""More of Apache Kafka's 4.1.1 command-line tools against a real fluxmq-server, run and checked
as in test_kafka_tools.py (whose runtime and `tools` fixture this module shares): the admin
tools kafka-broker-api-versions, kafka-log-dirs, kafka-reassign-partitions, kafka-leader-election,
kafka-acls, kafka-cluster, kafka-features, kafka-client-metrics, kafka-transactions and
kafka-configs for users/clients/ips; the perf tools (producer, consumer, end-to-end latency);
kafka-streams-application-reset; kafka-replica-verification; and kafka-verifiable-producer with
two kafka-verifiable-consumers in a group, as Kafka's system tests drive them.

Expected output is what the same commands print against a single-node KRaft Kafka 4.1.1
(checked by hand), except where noted: `kafka-features describe` prints no features (FluxMQ's
ApiVersions lists none) and `kafka-transactions describe` fails at the coordinator lookup
(transactional ids are refused, see find_coordinator).
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from typing import Any

import pytest

from fluxmq.protocol.records import build_batch

from . import _raw
from . import test_kafka_tools as base
from .test_kafka_tools import ENV, GROUPS, Tools, _rows, _wait_for

# test_kafka_tools's fixtures, found by pytest under these names
kafka_tools_libs = base.kafka_tools_libs
tools = base.tools

pytestmark = pytest.mark.timeout(300)

T = "org.apache.kafka.tools."
API_VERSIONS = T + "BrokerApiVersionsCommand"
LOG_DIRS = T + "LogDirsCommand"
REASSIGN = T + "reassign.ReassignPartitionsCommand"
ELECTION = T + "LeaderElectionCommand"
ACLS = T + "AclCommand"
CLUSTER = T + "ClusterTool"
FEATURES = T + "FeatureCommand"
CLIENT_METRICS = T + "ClientMetricsCommand"
TRANSACTIONS = T + "TransactionsCommand"
PRODUCER_PERF = T + "ProducerPerformance"
CONSUMER_PERF = T + "ConsumerPerformance"
E2E_LATENCY = T + "EndToEndLatency"
STREAMS_RESET = T + "StreamsResetter"
REPLICA_VERIFICATION = T + "ReplicaVerificationTool"
VERIFIABLE_PRODUCER = T + "VerifiableProducer"
VERIFIABLE_CONSUMER = T + "VerifiableConsumer"


def admin(tools: Tools, cls: str, *args: str) -> Any:
    return tools.run(cls, "--bootstrap-server", tools.bootstrap, *args)


def _create(tools: Tools, topic: str, partitions: int) -> None:
    with _raw.RawClient(*tools.broker.address) as c:
        assert _raw.create_topic(c, topic, partitions) == 0


def _produce(tools: Tools, topic: str, partition: int, n: int) -> None:
    with _raw.RawClient(*tools.broker.address) as c:
        records = build_batch([b"v%d" % i for i in range(n)], timestamps=int(time.time() * 1000))
        assert _raw.produce(c, topic, partition, records).error_code == 0  # type: ignore[attr-defined]


def test_broker_api_versions(tools: Tools) -> None:
    r = tools.run(API_VERSIONS, "--bootstrap-server", tools.bootstrap)
    assert r.rc == 0, r
    first, *apis = r.lines()
    assert re.match(r"127\.0\.0\.1:\d+ \(id: 0 rack: null isFenced: false\) -> \($", first), r
    assert apis[-1] == ")", r
    found = {line.strip().rstrip(",").split("(")[0]: line.strip().rstrip(",") for line in apis}
    for line in (
        "ElectLeaders(43): 0 to 2 [usable: 2]",
        "AlterPartitionReassignments(45): 0 to 1 [usable: 1]",
        "ListPartitionReassignments(46): 0 [usable: 0]",
        "DescribeClientQuotas(48): 0 to 1 [usable: 1]",
        "DescribeUserScramCredentials(50): 0 [usable: 0]",
        "ListTransactions(66): 0 to 2 [usable: 2]",
        "ListConfigResources(74): 0 to 1 [usable: 1]",
        "DescribeTransactions(65): UNSUPPORTED",
        "UpdateFeatures(57): UNSUPPORTED",
        "GetTelemetrySubscriptions(71): UNSUPPORTED",
    ):
        assert found.get(line.split("(")[0]) == line, r


def test_log_dirs(tools: Tools) -> None:
    _create(tools, "ld", 2)
    _produce(tools, "ld", 1, 5)
    r = admin(tools, LOG_DIRS, "--describe", "--topic-list", "ld")
    assert r.rc == 0, r
    head1, head2, body = r.lines()
    assert head1 == "Querying brokers for log directories information", r
    assert head2 == "Received log directory information from brokers 0", r
    doc = json.loads(body)
    assert doc["version"] == 1
    (b,) = doc["brokers"]
    (d,) = b["logDirs"]
    assert b["broker"] == 0 and d["error"] is None and d["logDir"].startswith("/"), doc
    parts = {p["partition"]: p for p in d["partitions"]}
    assert set(parts) == {"ld-0", "ld-1"}, doc
    assert parts["ld-0"]["size"] == 0 and parts["ld-1"]["size"] > 0, doc
    assert all(p["offsetLag"] == 0 and p["isFuture"] is False for p in parts.values()), doc


def test_reassign_partitions_on_one_broker(tools: Tools) -> None:
    """--list, --generate, then --execute, --verify and --cancel with the only possible
    assignment. (--execute --throttle fails here: the throttle configs are not accepted.)"""
    _create(tools, "ra", 2)
    r = admin(tools, REASSIGN, "--list")
    assert r.rc == 0 and r.lines() == ["No partition reassignments found."], r

    move = tools.workdir / "move.json"
    move.write_text(json.dumps({"topics": [{"topic": "ra"}], "version": 1}))
    r = admin(tools, REASSIGN, "--generate", "--topics-to-move-json-file", str(move),
              "--broker-list", "0")  # fmt: skip
    assert r.rc == 0, r
    assignment = {
        "version": 1,
        "partitions": [
            {"topic": "ra", "partition": p, "replicas": [0], "log_dirs": ["any"]} for p in (0, 1)
        ],
    }
    text = json.dumps(assignment, separators=(",", ":"))
    assert r.lines() == [
        "Current partition replica assignment",
        text,
        "Proposed partition reassignment configuration",
        text,
    ], r

    plan = tools.workdir / "plan.json"
    plan.write_text(text)
    r = admin(tools, REASSIGN, "--execute", "--reassignment-json-file", str(plan))
    assert r.rc == 0, r
    assert r.lines() == [
        "Current partition replica assignment",
        text,
        "Save this to use as the --reassignment-json-file option during rollback",
        "Successfully started partition reassignments for ra-0,ra-1",
    ], r
    r = admin(tools, REASSIGN, "--verify", "--reassignment-json-file", str(plan))
    assert r.rc == 0, r
    assert r.lines() == [
        "Status of partition reassignment:",
        "Reassignment of partition ra-0 is completed.",
        "Reassignment of partition ra-1 is completed.",
        "Clearing broker-level throttles on broker 0",
        "Clearing topic-level throttles on topic ra",
    ], r
    # nothing to cancel (Kafka prints the same, missing newline included)
    r = admin(tools, REASSIGN, "--cancel", "--reassignment-json-file", str(plan))
    assert r.rc == 0, r
    assert r.lines() == [
        "None of the specified partition reassignments are active.",
        "None of the specified partition moves are active.Clearing broker-level throttles on "
        "broker 0",
        "Clearing topic-level throttles on topic ra",
    ], r


def test_leader_election(tools: Tools) -> None:
    _create(tools, "le", 2)
    # nothing to elect anywhere: Kafka prints nothing either
    r = admin(tools, ELECTION, "--election-type", "preferred", "--all-topic-partitions")
    assert r.rc == 0 and r.out == "" and "Exception" not in r.err, r
    r = admin(tools, ELECTION, "--election-type", "preferred", "--topic", "le", "--partition", "1")
    assert r.rc == 0 and r.lines() == ["Valid replica already elected for partitions le-1"], r
    r = admin(tools, ELECTION, "--election-type", "unclean", "--topic", "nope", "--partition", "0")
    assert r.rc == 1, r
    assert r.lines()[0] == (
        "Error completing leader election (UNCLEAN) for partition: nope-0: "
        "org.apache.kafka.common.errors.UnknownTopicOrPartitionException: No such topic as nope"
    ), r
    assert "AdminCommandFailedException: 1 replica(s) could not be elected" in r.err, r


def test_cluster_features_acls_client_metrics(tools: Tools) -> None:
    with _raw.RawClient(*tools.broker.address) as c:
        cluster_id = _raw.metadata(c, []).cluster_id  # type: ignore[attr-defined]
    r = tools.run(CLUSTER, "cluster-id", "--bootstrap-server", tools.bootstrap)
    assert r.rc == 0 and r.lines() == [f"Cluster ID: {cluster_id}"], r
    # Kafka lists its finalized features (metadata.version, group.version, ...); FluxMQ's
    # ApiVersions carries none, so nothing is printed
    r = admin(tools, FEATURES, "describe")
    assert r.rc == 0 and r.out == "", r
    r = admin(tools, ACLS, "--list")
    assert r.rc == 1, r
    assert r.lines()[0].startswith(
        "Error while executing ACL command: "
        "org.apache.kafka.common.errors.SecurityDisabledException: "
    ), r
    r = admin(tools, CLIENT_METRICS, "--list")
    assert r.rc == 0 and r.lines() == [] and "Exception" not in r.err, r


def test_configs_quotas_and_scram_users(tools: Tools) -> None:
    """No quotas and no SCRAM users: kafka-configs describes nothing, as against Kafka."""
    for entity in (
        ("--entity-type", "clients"),
        ("--entity-type", "users"),
        ("--entity-type", "users", "--entity-name", "alice"),
        ("--entity-type", "ips"),
    ):
        r = tools.configs("--describe", *entity)
        assert r.rc == 0 and r.out == "" and "Exception" not in r.err, r


def test_perf_tools_transactions_and_streams_reset(tools: Tools) -> None:
    """kafka-producer-perf-test (idempotent) then kafka-consumer-perf-test in a group, whose
    committed offsets kafka-streams-application-reset sets back to the start;
    kafka-transactions sees the idempotent producer and no transactions; kafka-e2e-latency."""
    _create(tools, "perf", 3)
    r = tools.run(PRODUCER_PERF, "--topic", "perf", "--num-records", "2000", "--record-size",
                  "100", "--throughput", "-1", "--producer-props",
                  f"bootstrap.servers={tools.bootstrap}", "acks=all")  # fmt: skip
    assert r.rc == 0, r
    assert re.fullmatch(
        r"2000 records sent, [\d.]+ records/sec \([\d.]+ MB/sec\), [\d.]+ ms avg latency, "
        r"[\d.]+ ms max latency, \d+ ms 50th, \d+ ms 95th, \d+ ms 99th, \d+ ms 99\.9th\.",
        r.lines()[-1],
    ), r

    r = admin(tools, CONSUMER_PERF, "--topic", "perf", "--messages", "2000", "--group", "app",
              "--timeout", "30000")  # fmt: skip
    assert r.rc == 0, r
    head, row = r.lines()
    assert head.startswith("start.time, end.time, data.consumed.in.MB, MB.sec, "), r
    cells = [x.strip() for x in row.split(",")]
    assert (cells[2], cells[4]) == ("0.1907", "2000"), r

    r = admin(tools, TRANSACTIONS, "list")
    assert r.rc == 0 and [x.split() for x in r.lines()] == [
        ["TransactionalId", "Coordinator", "ProducerId", "TransactionState"]
    ], r
    r = admin(tools, TRANSACTIONS, "describe-producers", "--topic", "perf", "--partition", "0")
    assert r.rc == 0, r
    head, *producers = [x.split() for x in r.lines()]
    assert head == [
        "ProducerId", "ProducerEpoch", "LatestCoordinatorEpoch", "LastSequence",
        "LastTimestamp", "CurrentTransactionStartOffset",
    ], r  # fmt: skip
    (producer,) = producers
    assert producer[1:3] == ["0", "-1"] and producer[5] == "None" and int(producer[3]) >= 0, r
    r = admin(tools, TRANSACTIONS, "find-hanging", "--broker-id", "0")
    assert r.rc == 0 and len(r.lines()) == 1 and r.lines()[0].startswith("Topic\tPartition"), r
    # Kafka: "... failed because the ID could not be found"; here the lookup is refused
    r = admin(tools, TRANSACTIONS, "describe", "--transactional-id", "x")
    assert r.rc == 1 and "authorization failure" in r.text, r

    r = admin(tools, STREAMS_RESET, "--application-id", "app", "--input-topics", "perf")
    assert r.rc == 0, r
    lines = r.lines()
    assert lines[:2] == [
        "Reset-offsets for input topics [perf]",
        "Following input topics offsets will be reset to (for consumer group app)",
    ], r
    assert sorted(lines[2:5]) == [f"Topic: perf Partition: {p} Offset: 0" for p in range(3)], r
    assert lines[5:] == ["Done.", "Deleting inferred internal topics []", "Done."], r
    r = tools.run(GROUPS, "--bootstrap-server", tools.bootstrap, "--describe", "--group", "app")
    assert r.rc == 0, r
    assert sorted(row[3] for row in _rows(r, "app")) == ["0", "0", "0"], r

    r = tools.run(E2E_LATENCY, tools.bootstrap, "e2e", "100", "all", "100")
    assert r.rc == 0, r
    lines = r.lines()
    assert lines[0] == (
        'Topic "e2e" does not exist. Will create topic with 1 partition(s) and '
        "replication factor = 1"
    ), r
    assert re.fullmatch(r"Avg latency: [\d.]+ ms", lines[-2]), r
    assert re.fullmatch(r"Percentiles: 50th = \d+, 99th = \d+, 99\.9th = \d+", lines[-1]), r


def test_replica_verification(tools: Tools) -> None:
    """Deprecated, but still shipped: it fetches from every replica and reports the max lag."""
    _create(tools, "rv", 2)
    _produce(tools, "rv", 0, 3)
    out = tools.workdir / "rv.txt"
    with open(out, "w") as f:
        proc = subprocess.Popen(
            tools.java(REPLICA_VERIFICATION, "--broker-list", tools.bootstrap,
                       "--topics-include", "rv", "--report-interval-ms", "1000"),
            stdout=f, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=ENV,
        )  # fmt: skip
    try:
        pattern = re.compile(r": max lag is 0 for partition rv-\d at offset \d+ among 2 partitions")
        _wait_for("a replica verification report", lambda: bool(pattern.search(out.read_text())))
    finally:
        proc.kill()
        proc.wait(10)
    assert "verification process is started" in out.read_text()


def _events(path: Any) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines() if x.startswith("{")]


@pytest.mark.parametrize("protocol", ["classic", "consumer"])
def test_verifiable_producer_and_consumers(tools: Tools, protocol: str) -> None:
    """Kafka's system-test clients: two consumers in one group while the producer writes;
    every acknowledged record is consumed exactly once (no rebalance after the writes start
    loses or repeats one, since each consumer commits after every batch), and the JSON events
    are the ones the system tests parse."""
    topic, group = f"vt-{protocol}", f"vg-{protocol}"
    _create(tools, topic, 3)
    procs: list[subprocess.Popen[str]] = []
    outs = []
    for i in range(2):
        out = tools.workdir / f"consumer-{protocol}-{i}.jsonl"
        outs.append(out)
        cmd = tools.java(VERIFIABLE_CONSUMER, "--bootstrap-server", tools.bootstrap,
                         "--topic", topic, "--group-id", group, "--group-protocol", protocol,
                         "--reset-policy", "earliest", "--verbose")  # fmt: skip
        with open(out, "w") as f:
            procs.append(
                subprocess.Popen(
                    cmd,
                    stdout=f,
                    stderr=subprocess.DEVNULL,
                    stdin=subprocess.DEVNULL,
                    text=True,
                    env=ENV,
                )
            )

    def balanced() -> bool:
        """Each consumer owns partitions, and together all three."""
        owned: list[set[int]] = [set(), set()]
        for i, out in enumerate(outs):
            for e in _events(out):
                parts = {p["partition"] for p in e.get("partitions", [])}
                if e["name"] == "partitions_assigned":
                    owned[i] |= parts
                elif e["name"] == "partitions_revoked":
                    owned[i] -= parts
        return all(owned) and owned[0] | owned[1] == {0, 1, 2}

    try:
        _wait_for("both consumers with partitions", balanced)
        r = tools.run(VERIFIABLE_PRODUCER, "--bootstrap-server", tools.bootstrap,
                      "--topic", topic, "--max-messages", "300", "--throughput", "300",
                      "--acks", "-1")  # fmt: skip
        assert r.rc == 0, r
        produced = [json.loads(x) for x in r.lines()]
        assert produced[0]["name"] == "startup_complete", r
        assert produced[-2]["name"] == "shutdown_complete", r
        tool_data = produced[-1]
        assert (tool_data["name"], tool_data["sent"], tool_data["acked"]) == ("tool_data", 300, 300)
        acked = {
            (e["partition"], e["offset"]): e["value"]
            for e in produced
            if e["name"] == "producer_send_success"
        }
        assert len(acked) == 300 and {e["topic"] for e in produced if "topic" in e} == {topic}

        def consumed() -> dict[tuple[int, int], list[str]]:
            got: dict[tuple[int, int], list[str]] = {}
            for out in outs:
                for e in _events(out):
                    if e["name"] == "record_data":
                        got.setdefault((e["partition"], e["offset"]), []).append(e["value"])
            return got

        _wait_for("every acked record consumed", lambda: set(consumed()) >= set(acked), 30)
    finally:
        for p in procs:
            Tools.stop(p)  # SIGTERM: the consumer commits, leaves and reports shutdown
    got = consumed()
    assert {k: v[0] for k, v in got.items()} == acked
    assert all(len(v) == 1 for v in got.values()), "a record was consumed twice"
    commits = []
    for out in outs:
        events = _events(out)
        names = [e["name"] for e in events]
        assert names[0] == "startup_complete" and names[-1] == "shutdown_complete", names
        assert "partitions_assigned" in names
        # a consumer commits after each batch it got (the producer may have written only to
        # the other consumer's partitions)
        commits += [e for e in events if e["name"] == "offsets_committed"]
        for e in events:
            if e["name"] == "records_consumed":
                for p in e["partitions"]:
                    assert p["count"] == p["maxOffset"] - p["minOffset"] + 1, e
    assert commits and all(e["success"] for e in commits), commits
    # the group's committed offsets reach the log end of every partition
    ends: dict[int, int] = {}
    for part, offset in acked:
        ends[part] = max(ends.get(part, 0), offset + 1)
    r = tools.run(GROUPS, "--bootstrap-server", tools.bootstrap, "--describe", "--group", group)
    assert r.rc == 0, r
    committed = {int(row[2]): int(row[3]) for row in _rows(r, group)}
    assert all(committed.get(p) == end for p, end in ends.items()), r
