"""The listener's two connection loops — asyncio protocols (on uvloop and on asyncio's own
loop) and the portable anyio stream loop — over real sockets, in-process: pipelining and
order, back-pressure on a client that sends far ahead, half-closed connections, bad frames,
max.connections and the idle timeout."""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import anyio
import anyio.from_thread
import pytest

from fluxmq.protocol.connection import ClientConnection
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from fluxmq.protocol.records import build_batch
from fluxmq.server.broker import Broker
from fluxmq.server.config import ServerConfig
from fluxmq.server.network import Server

from ._raw import (
    RawClient,
    answers_api_versions,
    api_versions,
    closed_by_peer,
    create_topic,
    fetch_all,
)

pytestmark = pytest.mark.timeout(120)

LOOPS = ["uvloop", "asyncio", "portable"]


@contextmanager
def _serving(tmp_path: Path, loop: str, **config: object) -> Iterator[tuple[str, int]]:
    """A Broker and its Server on an event loop in a thread; yields the address."""
    if loop == "uvloop":
        pytest.importorskip("uvloop")
    options = {"use_uvloop": loop == "uvloop"}
    cfg = replace(ServerConfig(data_dir=str(tmp_path / "data"), port=0), **config)  # type: ignore[arg-type]
    with anyio.from_thread.start_blocking_portal("asyncio", options) as portal:
        broker = portal.call(lambda: Broker(cfg))
        server = Server(broker, portable=loop == "portable")
        future, port = portal.start_task(server.serve)
        try:
            yield "127.0.0.1", port
        finally:
            future.cancel()
            portal.call(broker.close)


def _produce(topic: str, value: bytes, n: int) -> ProduceRequest:
    return ProduceRequest(
        acks=-1,
        timeout_ms=10_000,
        topic_data=[
            TopicProduceData(
                name=topic,
                partition_data=[PartitionProduceData(0, build_batch([value] * n))],
            )
        ],
    )


@pytest.mark.parametrize("loop", LOOPS)
def test_pipelined_requests_are_answered_in_order_under_back_pressure(
    tmp_path: Path, loop: str
) -> None:
    # 200 produce requests of ~64 KiB sent before reading any answer: far past the point
    # where the broker stops reading the connection, so reading must resume by itself.
    with _serving(tmp_path, loop) as (host, port), RawClient(host, port) as c:
        # an fsync per append keeps the broker behind the client, so requests pile up
        assert create_topic(c, "pipe", configs={"flush.messages": "1"}) == 0
        conn = ClientConnection("pipeline")
        sent = [conn.send(_produce("pipe", b"v" * 1000, 64), 9) for _ in range(200)]
        out = conn.data_to_send()
        assert len(out) > 12 << 20

        # The answers (~60 bytes each) fit the socket buffers, so sending everything first
        # cannot deadlock; the broker must still read, pause and resume on its own.
        c.sock.settimeout(30)
        c.sock.sendall(out)
        got: list[tuple[int, int, int]] = []
        while len(got) < len(sent):
            data = c.sock.recv(1 << 20)
            assert data, "the broker closed a pipelining connection"
            for r in conn.receive_data(data):
                p = r.body.responses[0].partition_responses[0]  # type: ignore[attr-defined]
                got.append((r.correlation_id, p.error_code, p.base_offset))
        assert [g[0] for g in got] == sent
        assert all(g[1] == 0 for g in got)
        assert [g[2] for g in got] == [64 * i for i in range(200)]
        # ... and the log holds every record, read back through large Fetch responses
        recs, _ = fetch_all(c, "pipe", 1)
        assert [r.offset for r in recs] == list(range(200 * 64))


@pytest.mark.parametrize("loop", LOOPS)
def test_half_closed_connection_still_gets_its_answers(tmp_path: Path, loop: str) -> None:
    with _serving(tmp_path, loop) as (host, port):
        sock = socket.create_connection((host, port), timeout=10)
        conn = ClientConnection("half-close")
        ids = [
            conn.send(ApiVersionsRequest(client_software_name="t", client_software_version="1"), 3)
            for _ in range(3)
        ]
        sock.sendall(conn.data_to_send())
        sock.shutdown(socket.SHUT_WR)
        seen: list[int] = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            seen += [r.correlation_id for r in conn.receive_data(data)]
        assert seen == ids
        sock.close()


@pytest.mark.parametrize("loop", LOOPS)
def test_bad_frame_closes_only_its_connection(tmp_path: Path, loop: str) -> None:
    with _serving(tmp_path, loop, socket_request_max_bytes=1 << 20) as (host, port):
        good = RawClient(host, port)
        for bad_prefix in (struct.pack(">i", -1), struct.pack(">i", (1 << 20) + 1)):
            bad = socket.create_connection((host, port), timeout=10)
            bad.sendall(bad_prefix + b"x" * 64)
            assert closed_by_peer(bad, 5), f"size prefix {bad_prefix!r} did not close"
            bad.close()
        assert api_versions(good).error_code == 0  # type: ignore[attr-defined]
        good.close()


@pytest.mark.parametrize("loop", LOOPS)
def test_connection_limit_and_idle_timeout(tmp_path: Path, loop: str) -> None:
    with _serving(tmp_path, loop, max_connections=2, connections_max_idle_ms=600) as (h, p):
        first = socket.create_connection((h, p))
        second = socket.create_connection((h, p))
        assert answers_api_versions(first) and answers_api_versions(second)
        third = socket.create_connection((h, p))
        assert closed_by_peer(third, 5), "a third connection was accepted past max.connections"
        third.close()
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:  # keep `second` active past the idle limit
            assert answers_api_versions(second), "an active connection was closed"
            time.sleep(0.15)
        assert closed_by_peer(first, 5), "an idle connection outlived connections.max.idle.ms"
        first.close()
        time.sleep(0.3)
        fourth = socket.create_connection((h, p))
        assert answers_api_versions(fourth), "a freed slot was not reusable"
        second.close()
        fourth.close()
