"""kafkajs (Node.js, 2.x) against a real fluxmq-server.

tests/node/kafkajsprobe/probe.js prints one `RESULT <check> PASS|FAIL <details>` line per
check: admin (create/validate-only/list/metadata/describe and alter configs/create
partitions/topic offsets and offsets by timestamp/delete records/group offsets, set, reset and
fetch/delete groups/delete topics, error codes), producers with none, gzip and snappy (the
pure-JS kafkajs-snappy codec; lz4 and zstd need native modules and are not probed), plain and
idempotent, keys and headers, acks=0, nulls, auto-creation, oversized records; consumers
verifying every record (also with 1 KB fetch limits, seek, pause/resume, LogAppendTime),
consumer groups (three members with commit and rebalance on leave, default timings, manual
commit and resume, out-of-range committed offsets, describe) and a transactional producer,
which must fail clearly.

`npm ci` installs the pinned packages (package-lock.json) when node_modules is missing; the
tests are skipped only when node or npm is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from ._probes import Results, assert_passed, check_params, log_errors, module_broker, run_probe
from .conftest import ROOT, BrokerProcess

pytestmark = pytest.mark.timeout(900)

PROBE_DIR = ROOT / "tests" / "node" / "kafkajsprobe"
INSTALL_TIMEOUT = 300
RUN_TIMEOUT = 600

BROKER_PROPS = {"num.partitions": "3", "group.initial.rebalance.delay.ms": "0"}

CHECKS = [
    "connect.admin", "admin.describe_cluster", "admin.create_topic",
    "admin.create_topic_validate_only", "admin.list_topics", "admin.fetch_topic_metadata",
    "admin.describe_configs", "admin.create_partitions", "admin.fetch_topic_offsets",
    "admin.delete_records", "admin.group_offsets", "admin.delete_topic",
    *(
        f"{kind}.{c}{suffix}"
        for c in ("none", "gzip", "snappy")
        for kind, suffix in (
            ("produce", ""), ("consume", ""), ("idempotent", ""), ("consume", ".idem")
        )
    ),
    "group.three_members", "group.manual_commit_resume", "produce.acks0", "produce.nulls",
    "produce.auto_create", "produce.too_large", "consume.small_max_bytes",
    "consume.seek_pause_resume", "admin.alter_configs", "admin.reset_offsets",
    "admin.log_append_time", "group.offset_out_of_range", "admin.error_codes",
    "admin.fetch_offsets_all_topics", "group.describe_active", "group.default_timings",
    "produce.compacted_null_key", "txn.producer",
]  # fmt: skip

KNOWN_BUGS: dict[str, str] = {}  # check -> why it fails (a strict xfail until fixed)


@pytest.fixture(scope="module")
def node() -> str:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node and npm are needed for the kafkajs probe")
    if not (PROBE_DIR / "node_modules" / "kafkajs").is_dir():
        try:
            proc = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"],
                cwd=PROBE_DIR,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"npm ci in {PROBE_DIR} took over {INSTALL_TIMEOUT}s", pytrace=False)
        if proc.returncode != 0:
            pytest.fail(f"npm ci failed:\n{(proc.stdout + proc.stderr)[-4000:]}", pytrace=False)
    return node


@pytest.fixture(scope="module")
def kjs_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    with module_broker(tmp_path_factory.mktemp("kafkajs-broker"), BROKER_PROPS) as b:
        yield b


@pytest.fixture(scope="module")
def probe_results(node: str, kjs_broker: BrokerProcess) -> Results:
    env = {**os.environ, "KAFKAJS_NO_PARTITIONER_WARNING": "1"}
    cmd = [node, str(PROBE_DIR / "probe.js"), kjs_broker.bootstrap]
    return run_probe(cmd, timeout=RUN_TIMEOUT, env=env)


@pytest.mark.parametrize("check", check_params(CHECKS, KNOWN_BUGS))
def test_kafkajs(probe_results: Results, check: str) -> None:
    assert_passed(probe_results, check)


def test_broker_log_has_no_errors(probe_results: Results, kjs_broker: BrokerProcess) -> None:
    assert probe_results
    bad = log_errors(kjs_broker)
    assert not bad, "\n".join(bad[:40])
    assert kjs_broker.alive()
