"""The network transport against a real fluxmq-server, seen through a loopback relay that
records the order of the requests on the wire and can hold the broker's answers back."""

from __future__ import annotations

import struct
from typing import Any

import anyio
import pytest
from anyio.abc import SocketStream

from fluxmq.client.network import NetworkTransport
from fluxmq.client.transport import BrokerAddress
from fluxmq.protocol.messages.list_groups_request import ListGroupsRequest
from fluxmq.protocol.messages.metadata_request import MetadataRequest
from tests.server.conftest import BrokerProcess, broker, broker_factory  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.timeout(30), pytest.mark.anyio]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Relay:
    """Forwards one client's connections to the broker; notes (api key, correlation id) of
    every request frame going up, and holds everything coming down until `release`."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.requests: list[tuple[int, int]] = []
        self.first_request = anyio.Event()
        self.release = anyio.Event()
        self.port = 0
        self.connections = 0  # open right now

    async def serve(self, tg: Any, *, task_status: Any) -> None:
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        task_status.started()
        await listener.serve(self._handle, task_group=tg)

    async def _handle(self, client: SocketStream) -> None:
        self.connections += 1
        try:
            async with client, await anyio.connect_tcp(*self.target) as up:
                async with anyio.create_task_group() as tg:
                    tg.start_soon(self._down, up, client)
                    await self._up(client, up)
                    tg.cancel_scope.cancel()  # the client hung up: so does the relay
        finally:
            self.connections -= 1

    async def _up(self, client: SocketStream, up: SocketStream) -> None:
        buf = b""
        with pytest.raises((anyio.EndOfStream, anyio.BrokenResourceError)):
            while True:
                data = await client.receive()
                buf += data
                while len(buf) >= 4 and len(buf) >= 4 + struct.unpack_from(">i", buf)[0]:
                    size = struct.unpack_from(">i", buf)[0]
                    api_key, _, corr = struct.unpack_from(">hhi", buf, 4)
                    self.requests.append((api_key, corr))
                    self.first_request.set()
                    buf = buf[4 + size :]
                await up.send(data)

    async def _down(self, up: SocketStream, client: SocketStream) -> None:
        with pytest.raises((anyio.EndOfStream, anyio.BrokenResourceError)):
            while True:
                data = await up.receive()
                await self.release.wait()
                await client.send(data)


async def test_requests_leave_in_order_while_the_connection_is_negotiated(
    broker: BrokerProcess,  # noqa: F811
) -> None:
    """A request made while another task is still in the ApiVersions handshake of a new
    connection waits for it: it used to go first, and an idempotent producer's second batch
    reached a new broker before its first (Kafka then refuses the first as out of order)."""
    relay = Relay(broker.address)
    async with anyio.create_task_group() as tg:
        await tg.start(relay.serve, tg)
        transport = NetworkTransport(broker.bootstrap)
        await transport.start()  # the bootstrap connection: straight to the broker
        transport.update_brokers({0: BrokerAddress(0, "127.0.0.1", relay.port)})
        answered: list[str] = []

        async def call(name: str, msg: Any, version: int) -> None:
            await transport.request(msg, version, node=0, timeout=10)
            answered.append(name)

        async with anyio.create_task_group() as calls:
            calls.start_soon(call, "first", MetadataRequest(topics=[]), 12)
            with anyio.fail_after(5):
                await relay.first_request.wait()  # the ApiVersions of the new connection
            calls.start_soon(call, "second", ListGroupsRequest(), 4)
            await anyio.sleep(0.2)  # the second has had every chance to overtake
            relay.release.set()
        await transport.aclose()
        tg.cancel_scope.cancel()
    assert [k for k, _ in relay.requests] == [18, 3, 16]  # ApiVersions, Metadata, ListGroups
    assert answered == ["first", "second"]


async def test_a_broker_that_moved_has_its_old_connection_closed(
    broker: BrokerProcess,  # noqa: F811
) -> None:
    """When the metadata gives a broker a new address, the connection to the old one is
    closed (once its requests are answered) rather than left to the garbage collector."""
    relay = Relay(broker.address)
    relay.release.set()
    async with anyio.create_task_group() as tg:
        await tg.start(relay.serve, tg)
        transport = NetworkTransport(f"127.0.0.1:{relay.port}")
        await transport.start()
        transport.update_brokers({0: BrokerAddress(0, "127.0.0.1", relay.port)})
        await transport.request(MetadataRequest(topics=[]), 12, node=0, timeout=10)
        assert relay.connections == 1  # the bootstrap connection, now node 0's
        host, port = broker.address
        transport.update_brokers({0: BrokerAddress(0, host, port)})  # node 0 moved
        await transport.request(MetadataRequest(topics=[]), 12, node=0, timeout=10)
        with anyio.fail_after(5):
            while relay.connections:
                await anyio.sleep(0.01)
        await transport.aclose()
        tg.cancel_scope.cancel()
