"""max.connections and connections.max.idle.ms over real sockets."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from fluxmq.protocol.connection import ClientConnection
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest

from .conftest import BrokerProcess

pytestmark = pytest.mark.timeout(60)


def _api_versions(sock: socket.socket) -> bool:
    """True if the broker answers an ApiVersions request on `sock`."""
    conn = ClientConnection("limits-test")
    conn.send(ApiVersionsRequest(client_software_name="t", client_software_version="1"), 3)
    try:
        sock.sendall(conn.data_to_send())
        sock.settimeout(5)
        while True:
            data = sock.recv(65536)
            if not data:
                return False
            if conn.receive_data(data):
                return True
    except OSError:
        return False


def _closed_by_peer(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


def test_connection_limit(broker_factory: Callable[..., BrokerProcess]) -> None:
    b = broker_factory({"max.connections": "2"})
    first = socket.create_connection(b.address)
    second = socket.create_connection(b.address)
    assert _api_versions(first) and _api_versions(second)
    third = socket.create_connection(b.address)
    assert _closed_by_peer(third, 5), "a third connection was accepted past max.connections"
    first.close()
    time.sleep(0.3)
    fourth = socket.create_connection(b.address)
    assert _api_versions(fourth), "a freed slot was not reusable"
    for s in (second, third, fourth):
        s.close()


def test_idle_connections_are_closed(broker_factory: Callable[..., BrokerProcess]) -> None:
    b = broker_factory({"connections.max.idle.ms": "500"})
    idle = socket.create_connection(b.address)
    busy = socket.create_connection(b.address)
    assert _api_versions(idle)
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:  # keep `busy` active past the idle limit
        assert _api_versions(busy), "an active connection was closed"
        time.sleep(0.2)
    assert _closed_by_peer(idle, 5), "an idle connection stayed open past connections.max.idle.ms"
    idle.close()
    busy.close()
