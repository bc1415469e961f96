"""franz-go (the Go client: kgo and kadm) against a real fluxmq-server.

tests/go/franzprobe is a Go program that runs each check with its own timeout and prints one
`RESULT <check> PASS|FAIL <details>` line per check: connect-time behaviour (ApiVersions v5,
DescribeCluster, Metadata with topic ids), every kadm admin call the suite cares about,
idempotent produce with each codec (10,000 keyed records with headers, ProduceSync, offsets
checked), direct partition consumes verifying every record (plain, and with fetch min bytes /
max wait / tiny partition limits), a raw Fetch long poll, three-member consumer groups (classic
with range, roundrobin and cooperative-sticky; KIP-848 with the server-side range and uniform
assignors) with commits, describe, offsets, lag and delete, and transactions, which FluxMQ does
not implement: a transactional producer must fail promptly and clearly, and the broker keep
serving.

The program is built once per session with `go build` (GOFLAGS=-mod=mod, the module proxy
as configured); the test is skipped only when no Go toolchain is found. One broker serves the
whole run; every check is then one test here. A check that fails because of a known broker bug
goes in KNOWN_BUGS, a strict xfail naming the bug (a fix turns it into a failure, so the entry
goes with the fix).
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

# Build (a cold module download and compile can take minutes) plus the whole probe run,
# which lands on the first test; the probe bounds itself with -total.
pytestmark = pytest.mark.timeout(1500)

PROBE_DIR = ROOT / "tests" / "go" / "franzprobe"
BUILD_TIMEOUT = 900
PROBE_TOTAL = "14m"

BROKER_PROPS = {
    "num.partitions": "3",
    "group.initial.rebalance.delay.ms": "0",
    # KIP-848 members learn a new assignment at their next heartbeat: keep it short.
    "group.consumer.heartbeat.interval.ms": "500",
    "group.consumer.min.heartbeat.interval.ms": "100",
}

# Every check the probe runs, in its order.
CHECKS = [
    "connect.default_client",
    "connect.api_versions",
    "connect.api_versions_raw",
    "connect.describe_cluster",
    "connect.metadata_topic_ids",
    "admin.create_topic",
    "admin.list_topics",
    "admin.describe_configs",
    "admin.alter_configs",
    "admin.create_partitions",
    "admin.list_offsets",
    "admin.delete_records",
    "admin.delete_topic",
    *(f"produce.{c}" for c in ("none", "gzip", "snappy", "lz4", "zstd")),
    *(
        f"{kind}.{c}"
        for c in ("none", "gzip", "snappy", "lz4", "zstd")
        for kind in ("consume", "consume_minbytes")
    ),
    "fetch.long_poll",
    "group.classic.range",
    "group.classic.roundrobin",
    "group.classic.cooperative-sticky",
    "group.kip848.range",
    "group.kip848.uniform",
    "txn.raw_answers",
    "txn.producer_fails_clearly",
    "txn.broker_still_serves",
]

KNOWN_BUGS: dict[str, str] = {}  # check -> why it fails (a strict xfail until fixed)


@pytest.fixture(scope="module")
def probe_binary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return go_build(PROBE_DIR, tmp_path_factory.mktemp("franzprobe") / "franzprobe", BUILD_TIMEOUT)


@pytest.fixture(scope="module")
def franz_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    with module_broker(tmp_path_factory.mktemp("franz-broker"), BROKER_PROPS) as b:
        yield b


@pytest.fixture(scope="module")
def probe_results(probe_binary: Path, franz_broker: BrokerProcess) -> Results:
    """check -> (passed, details) from one run of the probe against the module's broker."""
    cmd = [
        str(probe_binary),
        "-bootstrap", franz_broker.bootstrap,
        "-total", PROBE_TOTAL,
    ]  # fmt: skip
    return run_probe(cmd, timeout=15 * 60 + 60)  # beyond the probe's own -total


@pytest.mark.parametrize("check", check_params(CHECKS, KNOWN_BUGS))
def test_franz_go(probe_results: Results, check: str) -> None:
    assert_passed(probe_results, check)


def test_transactions_fail_without_hurting_the_broker(
    probe_results: Results, franz_broker: BrokerProcess
) -> None:
    """Whatever the transactional producer saw, the broker answered the transactional
    requests with an error (never a success), did not crash, and served a plain producer and
    consumer afterwards."""
    ok, details = probe_results["txn.raw_answers"]
    assert ok, details
    assert "TRANSACTIONAL_ID_AUTHORIZATION_FAILED" in details, details
    ok, details = probe_results["txn.broker_still_serves"]
    assert ok, details
    assert franz_broker.alive()


def test_broker_log_has_no_errors(probe_results: Results, franz_broker: BrokerProcess) -> None:
    """Nothing franz-go sends makes the broker log a traceback or an error."""
    assert probe_results
    bad = log_errors(franz_broker)
    assert not bad, "\n".join(bad[:40])
    assert franz_broker.alive()
