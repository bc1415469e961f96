"""IBM/sarama (the Go client) against a real fluxmq-server.

tests/go/saramaprobe is a Go program that runs each check with its own timeout and prints one
`RESULT <check> PASS|FAIL <details>` line per check: cluster admin (create/validate-only/list/
describe/alter configs/create partitions/list offsets/delete records/group offsets/delete, and
the error codes of bad admin requests), sync and async producers with every codec (plain and
idempotent, keys and headers, acks=0, null keys/values/header values, oversized records),
partition consumers verifying every record (also with a 100-byte fetch size and
read_committed), consumer groups with three members (range, roundrobin, sticky: commit,
rebalance when one leaves), static membership, out-of-range committed offsets, describe and
member removal, keyless records on a compacted topic (INVALID_RECORD), ListOffsets for a
future timestamp and DeleteRecords to the high watermark, admin calls FluxMQ does not implement (must answer, never hang) and a
transactional producer (must fail clearly).

The probe runs twice: with sarama's newest `Version` (sarama.MaxVersion) and with its default
(2.8). A third run with `Version` 0.10.2 uses CreateTopics v1, which Kafka 4 removed: the broker
must close the connection at once (as Kafka does), never hang. Built once per module with
`go build`; skipped only when no Go toolchain is found.
"""

from __future__ import annotations

import re
import subprocess
import time
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
    parse_results,
)
from .conftest import ROOT, BrokerProcess

pytestmark = pytest.mark.timeout(1500)

PROBE_DIR = ROOT / "tests" / "go" / "saramaprobe"
BUILD_TIMEOUT = 900
PROBE_TOTAL = "8m"
VERSIONS = ("max", "default")

BROKER_PROPS = {"num.partitions": "3", "group.initial.rebalance.delay.ms": "0"}

CHECKS = [
    "connect.client",
    "connect.admin",
    "admin.describe_cluster",
    "admin.create_topic",
    "admin.create_topic_validate_only",
    "admin.list_topics",
    "admin.describe_topics",
    "admin.describe_config",
    "admin.alter_config",
    "admin.create_partitions",
    "admin.offsets",
    "admin.delete_records",
    "admin.group_offsets",
    "admin.delete_topic",
    *(
        f"{kind}.{c}{suffix}"
        for c in ("none", "gzip", "snappy", "lz4", "zstd")
        for kind, suffix in (
            ("produce", ""), ("consume", ""), ("idempotent", ""), ("consume", ".idem")
        )
    ),
    "group.range",
    "group.roundrobin",
    "group.sticky",
    "txn.producer",
    "produce.acks0",
    "produce.nulls",
    "produce.too_large",
    "consume.small_fetch",
    "consume.read_committed",
    "consume.async_inflight",
    "group.static_membership",
    "group.offset_out_of_range",
    "admin.unsupported_calls",
    "admin.error_codes",
    "admin.group_all_offsets_and_describe",
    "admin.remove_static_member",
    "produce.compacted_null_key",
    "admin.offsets_edge",
    "broker.still_serves",
]  # fmt: skip

KNOWN_BUGS: dict[str, str] = {}  # "version:check" -> why it fails (a strict xfail until fixed)


@pytest.fixture(scope="module")
def probe_binary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return go_build(
        PROBE_DIR, tmp_path_factory.mktemp("saramaprobe") / "saramaprobe", BUILD_TIMEOUT
    )


@pytest.fixture(scope="module")
def sarama_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    with module_broker(tmp_path_factory.mktemp("sarama-broker"), BROKER_PROPS) as b:
        yield b


def _run(binary: Path, bootstrap: str, *args: str, timeout: float) -> tuple[int, str, str]:
    try:
        proc = subprocess.run(
            [str(binary), "-broker", bootstrap, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"saramaprobe {args} overran {timeout}s:\n{e.stdout!r}", pytrace=False)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def probe_results(probe_binary: Path, sarama_broker: BrokerProcess) -> Results:
    """`version:check` -> (passed, details) from one run per sarama Version."""
    results: Results = {}
    for version in VERSIONS:
        rc, out, err = _run(
            probe_binary, sarama_broker.bootstrap, "-version", version, "-total", PROBE_TOTAL,
            timeout=9 * 60,
        )  # fmt: skip
        print(f"----- saramaprobe -version {version} (exit {rc}) -----\n{out}")
        if err:
            print(err[-4000:])
        results.update(parse_results(out, f"{version}:"))
    if not results:
        pytest.fail("the probe printed no results", pytrace=False)
    return results


@pytest.mark.parametrize(
    "key", check_params([f"{v}:{c}" for v in VERSIONS for c in CHECKS], KNOWN_BUGS)
)
def test_sarama(probe_results: Results, key: str) -> None:
    assert_passed(probe_results, key)


def test_removed_versions_fail_fast(probe_binary: Path, sarama_broker: BrokerProcess) -> None:
    """sarama configured for Kafka 0.10.2 sends CreateTopics v1 (removed in Kafka 4): the broker
    closes the connection at once, as Kafka 4 does, and keeps serving everybody else."""
    t0 = time.monotonic()
    _, out, _ = _run(
        probe_binary, sarama_broker.bootstrap, "-version", "0.10.2.0", "-only",
        "^admin.create_topic$", "-total", "60s", timeout=90,
    )  # fmt: skip
    assert re.search(r"^RESULT admin.create_topic FAIL .*EOF", out, re.M), out
    assert time.monotonic() - t0 < 30, out
    assert "CreateTopics v1 is not supported" in sarama_broker.log_text()
    assert sarama_broker.alive()


def test_broker_log_has_no_errors(probe_results: Results, sarama_broker: BrokerProcess) -> None:
    assert probe_results
    bad = log_errors(sarama_broker)
    assert not bad, "\n".join(bad[:40])
    assert sarama_broker.alive()
