"""segmentio/kafka-go (the Go client: Conn, Client, Writer, Reader) against a real fluxmq-server.

tests/go/kafkagoprobe is a Go program (kafka-go v0.4.51) that runs each check with its own
timeout and prints one `RESULT <check> PASS|FAIL <details>` line per check: ApiVersions and
Metadata through both the Client and a Conn; Client admin calls (CreateTopics with configs,
Conn.CreateTopics/DeleteTopics, DescribeConfigs, AlterConfigs, IncrementalAlterConfigs,
CreatePartitions, ListOffsets first/last/by time also through a Conn, OffsetCommit/OffsetFetch/
OffsetDelete/ListGroups/DeleteGroups, DeleteTopics); Writers with every codec, the Hash,
ReferenceHash and Murmur2Balancer{Consistent} balancers (the last checked against Java's
murmur2 placement), RequiredAcks all/one/none and batch sizes 1 to 5,000, each record read back
with a partition Reader (partition, offset, key, value, headers in order, timestamp); Conn
writes with every codec; partition Readers from the first offset, the last offset, SetOffset and
SetOffsetAt, and with a MaxBytes smaller than a batch; consumer groups of three Readers (range,
roundrobin, rack affinity) committing every record: each read exactly once, the assignment the
balancer computes, a member leaving rebalances the others, a restarted group resumes at its
commits; and two protocols per member (the common preferred one wins). Then null and empty
keys/values/header values, a producer's timestamp kept and a LogAppendTime topic stamping at
append (seen through ListOffsets by time: kafka-go reads every record's CreateTime), Writer
auto-creation and a missing topic, MESSAGE_TOO_LARGE, one Writer for two topics, CreateTopics
with a manual replica assignment (refused on a broker that does not exist), group errors
(a stranger's commit, deleting a live or unknown group, describing an unknown one), and a
group following partitions added under it, and ElectLeaders and the partition reassignment
APIs answered as a single-node Kafka answers them. kafka-go has no transactional producer.

Built once per module with `go build`; skipped only when no Go toolchain is found. The same
binary passes every check against Apache Kafka 4.1.1 (`-bootstrap` of a tests/kafka_runtime
broker).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ._probes import (
    Results,
    assert_passed,
    check_params,
    go_build,
    log_errors,
    module_broker,
    run_probe,
)
from .conftest import ROOT, BrokerProcess

# Build (a cold module download and compile can take minutes) plus the probe run (about 20 s),
# which lands on the first test; the probe bounds itself with -total.
pytestmark = pytest.mark.timeout(1200)

PROBE_DIR = ROOT / "tests" / "go" / "kafkagoprobe"
BUILD_TIMEOUT = 900
PROBE_TOTAL = "3m"

BROKER_PROPS = {"num.partitions": "3", "group.initial.rebalance.delay.ms": "0"}

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")

# Every check the probe runs, in its order.
CHECKS = [
    "connect.api_versions",
    "connect.metadata",
    "admin.create_topics",
    "admin.conn_create_topics",
    "admin.describe_configs",
    "admin.alter_configs",
    "admin.incremental_alter_configs",
    "admin.create_partitions",
    "admin.list_offsets",
    "admin.offset_commit_fetch",
    "admin.elect_leaders",
    "admin.partition_reassignments",
    "admin.delete_topics",
    "produce.murmur2_vectors",
    *(f"produce.{c}" for c in CODECS),
    "produce.reference_hash",
    "produce.murmur2",
    "produce.acks_one",
    "produce.acks_none",
    "produce.batch_1",
    "produce.batch_big",
    "produce.conn_write",
    "read.first_offset",
    "read.last_offset",
    "read.set_offset",
    "read.set_offset_at",
    "read.small_max_bytes",
    "group.range",
    "group.roundrobin",
    "group.rack_affinity",
    "group.two_protocols",
    "produce.nulls_and_times",
    "produce.auto_create",
    "produce.too_large",
    "produce.multi_topic",
    "admin.create_topics_assignments",
    "group.errors",
    "group.partitions_added",
]

KNOWN_BUGS: dict[str, str] = {}  # check -> why it fails (a strict xfail until fixed)


@pytest.fixture(scope="module")
def probe_binary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return go_build(
        PROBE_DIR, tmp_path_factory.mktemp("kafkagoprobe") / "kafkagoprobe", BUILD_TIMEOUT
    )


@pytest.fixture(scope="module")
def kafkago_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    with module_broker(tmp_path_factory.mktemp("kafkago-broker"), BROKER_PROPS) as b:
        yield b


@pytest.fixture(scope="module")
def probe_results(probe_binary: Path, kafkago_broker: BrokerProcess) -> Results:
    """check -> (passed, details) from one run of the probe against the module's broker."""
    cmd = [str(probe_binary), "-bootstrap", kafkago_broker.bootstrap, "-total", PROBE_TOTAL]
    return run_probe(cmd, timeout=4 * 60)  # beyond the probe's own -total


@pytest.mark.parametrize("check", check_params(CHECKS, KNOWN_BUGS))
def test_kafka_go(probe_results: Results, check: str) -> None:
    assert_passed(probe_results, check)


def test_broker_log_has_no_errors(probe_results: Results, kafkago_broker: BrokerProcess) -> None:
    """Nothing kafka-go sends makes the broker log a traceback or an error."""
    assert probe_results
    bad = log_errors(kafkago_broker)
    assert not bad, "\n".join(bad[:40])
    assert kafkago_broker.alive()
