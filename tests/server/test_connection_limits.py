"""max.connections and connections.max.idle.ms over real sockets."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from ._raw import answers_api_versions, closed_by_peer
from .conftest import BrokerProcess

pytestmark = pytest.mark.timeout(60)


def test_connection_limit(broker_factory: Callable[..., BrokerProcess]) -> None:
    b = broker_factory({"max.connections": "2"})
    first = socket.create_connection(b.address)
    second = socket.create_connection(b.address)
    assert answers_api_versions(first) and answers_api_versions(second)
    third = socket.create_connection(b.address)
    assert closed_by_peer(third, 5), "a third connection was accepted past max.connections"
    first.close()
    time.sleep(0.3)
    fourth = socket.create_connection(b.address)
    assert answers_api_versions(fourth), "a freed slot was not reusable"
    for s in (second, third, fourth):
        s.close()


def test_idle_connections_are_closed(broker_factory: Callable[..., BrokerProcess]) -> None:
    b = broker_factory({"connections.max.idle.ms": "500"})
    idle = socket.create_connection(b.address)
    busy = socket.create_connection(b.address)
    assert answers_api_versions(idle)
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:  # keep `busy` active past the idle limit
        assert answers_api_versions(busy), "an active connection was closed"
        time.sleep(0.2)
    assert closed_by_peer(idle, 5), "an idle connection stayed open past connections.max.idle.ms"
    idle.close()
    busy.close()
