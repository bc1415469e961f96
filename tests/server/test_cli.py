"""The fluxmq-server process itself: the ready line, --port 0, restarts, SIGTERM."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ._raw import RawClient, api_versions, create_topic, list_offset, metadata, produce
from .conftest import BrokerProcess, server_command

pytestmark = pytest.mark.timeout(120)


def test_port_zero_advertises_the_bound_port(broker_factory: Callable[..., BrokerProcess]) -> None:
    """With --port 0 the ready line shows the port the OS gave; Metadata must advertise that
    port too, or every client that follows the metadata connects to port 0."""
    b = broker_factory(port=0)
    assert b.port != 0
    assert b.bootstrap == f"127.0.0.1:{b.port}", b.bootstrap
    with RawClient(*b.address) as c:
        md = metadata(c, None)
    brokers = [(x.node_id, x.host, x.port) for x in md.brokers]  # type: ignore[attr-defined]
    assert brokers == [(0, "127.0.0.1", b.port)], f"Metadata advertises {brokers}"


def test_restart_keeps_data_and_sigterm_exits_zero(broker: BrokerProcess) -> None:
    from fluxmq.protocol.records import build_batch

    with RawClient(*broker.address) as c:
        assert create_topic(c, "kept", 2) == 0
        for p in range(2):
            r = produce(c, "kept", p, build_batch([b"a", b"b", b"c"], timestamps=1_700_000_000_000))
            assert r.error_code == 0  # type: ignore[attr-defined]
    assert broker.restart() == 0, "SIGTERM must stop the broker with exit code 0"
    with RawClient(*broker.address) as c:
        assert api_versions(c).error_code == 0  # type: ignore[attr-defined]
        assert [list_offset(c, "kept", p) for p in range(2)] == [(0, 3), (0, 3)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "log.retention.ms=7d",
            "invalid value '7d' for log.retention.ms: not a number of type LONG",
        ),
        (
            "log.segment.bytes=3000000000",
            "invalid value '3000000000' for log.segment.bytes: out of range for type INT",
        ),
        ("num.partitions=two", "invalid value 'two' for num.partitions: not a number of type LONG"),
    ],
)
def test_a_bad_number_in_server_properties_stops_the_start_with_its_name(
    tmp_path: Path, line: str, message: str
) -> None:
    props = tmp_path / "server.properties"
    props.write_text(f"{line}\n")
    proc = subprocess.run(
        [*server_command(), "--config", str(props), "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
