"""The Kafka wire protocol over TCP: one connection per broker, requests pipelined on it.

There is no background reader: a coroutine waiting for an answer reads the socket itself
when nobody else is, handing every response it meets to its owner. So a connection has no
task to leak, cancelling a request leaves the connection usable, and a lost connection is
noticed by whoever is waiting on it. Every wait is bounded by the request's deadline.
"""

from __future__ import annotations

import logging
import random
import socket
import time
from collections.abc import Mapping, Sequence

import anyio
from anyio.abc import SocketAttribute, SocketStream

from .. import __version__ as _version
from ..protocol.connection import ClientConnection
from ..protocol.errors import ProtocolError
from ..protocol.message import Message
from ..protocol.messages.api_versions_request import ApiVersionsRequest
from ..protocol.messages.api_versions_response import ApiVersionsResponse
from .errors import (
    BrokerUnreachableError,
    ClientClosedError,
    ConfigurationError,
    RequestTimeoutError,
)
from .transport import ANY_NODE, BrokerAddress, Transport

__all__ = ["NetworkTransport", "parse_bootstrap"]

log = logging.getLogger(__name__)

_RECEIVE = 1 << 20
_UNSUPPORTED_VERSION = 35
_PRODUCE = 0
_DEDICATED_BASE = 2**31 - 1  # as Java's coordinator connection: Integer.MAX_VALUE - node id


def parse_bootstrap(servers: str | Sequence[str]) -> list[tuple[str, int]]:
    """ "host:port,host2:port2" (or a list) as (host, port) pairs; port 9092 by default."""
    items = servers.split(",") if isinstance(servers, str) else list(servers)
    out = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        if "://" in item:
            item = item.split("://", 1)[1]
        if item.startswith("["):  # [ipv6]:port
            host, _, rest = item[1:].partition("]")
            port = rest.lstrip(":") or "9092"
        else:
            host, _, port = item.rpartition(":") if ":" in item else (item, "", "9092")
        if not port.isdigit():
            raise ConfigurationError(f"bad bootstrap server {item!r}: expected host:port")
        out.append((host, int(port)))
    if not out:
        raise ConfigurationError("bootstrap_servers is empty")
    return out


class _Waiter:
    __slots__ = ("done", "error", "event", "result")

    def __init__(self) -> None:
        self.done = False
        self.result: Message | None = None
        self.error: BaseException | None = None
        self.event = anyio.Event()

    def finish(self, result: Message | None = None, error: BaseException | None = None) -> None:
        if not self.done:
            self.done = True
            self.result = result
            self.error = error
        self.event.set()

    def poke(self) -> None:
        self.event.set()


class _Link:
    """One TCP connection to one broker."""

    def __init__(self, owner: NetworkTransport, node: int, host: str, port: int) -> None:
        self.owner = owner
        self.node = node
        self.host = host
        self.port = port
        self.stream: SocketStream | None = None
        # Set once the handshake is done: until then only the connecting task may send, so
        # requests leave in the order they were made (an idempotent producer's batches
        # must reach the broker in sequence order).
        self.ready = False
        self.conn = ClientConnection(owner.client_id, max_frame_size=owner.max_frame_size)
        self.waiting: dict[int, _Waiter] = {}
        self.versions: dict[int, tuple[int, int]] = {}
        self.reading = False
        self.send_lock = anyio.Lock()
        self.connect_lock = anyio.Lock()
        self.failures = 0
        self.retry_at = 0.0

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def is_open(self) -> bool:
        return self.ready

    async def ensure_open(self, deadline: float) -> None:
        if self.ready:
            return
        async with self.connect_lock:
            if self.ready:
                return
            wait = self.retry_at - time.monotonic()
            if wait > 0:  # back off after failures, as far as the deadline allows
                if time.monotonic() + wait > deadline:
                    raise BrokerUnreachableError(
                        f"broker {self.where} is backing off after {self.failures} failed "
                        "connection attempts"
                    )
                await anyio.sleep(wait)
            try:
                with anyio.fail_after(max(0.0, deadline - time.monotonic())):
                    stream = await anyio.connect_tcp(self.host, self.port)
            except (OSError, TimeoutError) as e:
                self._backoff()
                raise BrokerUnreachableError(f"no broker reachable at {self.where}: {e}") from e
            sock = stream.extra(SocketAttribute.raw_socket)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.stream = stream
            self.conn = ClientConnection(
                self.owner.client_id, max_frame_size=self.owner.max_frame_size
            )
            try:
                await self._negotiate(deadline)
            except BaseException:
                await self.close(BrokerUnreachableError(f"handshake with {self.where} failed"))
                self._backoff()
                raise
            self.failures = 0
            self.ready = True

    def _backoff(self) -> None:
        self.failures += 1
        base = self.owner.reconnect_backoff_ms * (2 ** min(self.failures - 1, 10))
        delay = min(base, self.owner.reconnect_backoff_max_ms) * random.uniform(0.8, 1.2)
        self.retry_at = time.monotonic() + delay / 1000

    async def _negotiate(self, deadline: float) -> None:
        req = ApiVersionsRequest(client_software_name="fluxmq", client_software_version=_version)
        resp = await self.roundtrip(req, 3, deadline)
        if isinstance(resp, ApiVersionsResponse) and resp.error_code == _UNSUPPORTED_VERSION:
            resp = await self.roundtrip(ApiVersionsRequest(), 0, deadline)
        if not isinstance(resp, ApiVersionsResponse):
            raise BrokerUnreachableError(f"{self.where} gave no ApiVersions answer")
        if resp.error_code:
            raise BrokerUnreachableError(
                f"{self.where} refused ApiVersions: error {resp.error_code}"
            )
        self.versions = {k.api_key: (k.min_version, k.max_version) for k in resp.api_keys}

    async def roundtrip(self, msg: Message, version: int, deadline: float) -> Message | None:
        stream = self.stream
        if stream is None:
            raise BrokerUnreachableError(f"connection to {self.where} is closed")
        expect = not (msg.API_KEY == _PRODUCE and getattr(msg, "acks", 1) == 0)
        corr = self.conn.send(msg, version, expect_response=expect)
        waiter = None
        if expect:
            waiter = self.waiting[corr] = _Waiter()
        try:
            async with self.send_lock:
                out = self.conn.chunks_to_send()
                if out:
                    await stream.send(b"".join(out))
        except (OSError, anyio.BrokenResourceError, anyio.ClosedResourceError) as e:
            await self.close(BrokerUnreachableError(f"connection to {self.where} lost: {e}"))
            raise BrokerUnreachableError(f"connection to {self.where} lost: {e}") from e
        if waiter is None:
            return None
        try:
            await self._wait(waiter, deadline)
        finally:
            self.waiting.pop(corr, None)
        if waiter.error is not None:
            raise waiter.error
        return waiter.result

    async def _wait(self, waiter: _Waiter, deadline: float) -> None:
        while not waiter.done:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                await self._timed_out()
            if not self.reading:
                self.reading = True
                try:
                    await self._read_until(waiter, deadline)
                finally:
                    self.reading = False
                    for other in list(self.waiting.values()):  # someone else reads now
                        other.poke()
            else:
                waiter.event = anyio.Event()
                with anyio.move_on_after(remaining):
                    await waiter.event.wait()

    async def _timed_out(self) -> None:
        # Like Kafka's NetworkClient: a request that timed out poisons the connection (its
        # answer may still come), so it is closed and the next request reconnects.
        err = RequestTimeoutError(f"no answer from {self.where} in time")
        await self.close(err)
        raise err

    async def _read_until(self, waiter: _Waiter, deadline: float) -> None:
        stream = self.stream
        while not waiter.done:
            if stream is None or self.stream is not stream:
                raise BrokerUnreachableError(f"connection to {self.where} is closed")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                await self._timed_out()
            try:
                with anyio.move_on_after(remaining):
                    data = await stream.receive(_RECEIVE)
                    for resp in self.conn.receive_data(data):
                        w = self.waiting.get(resp.correlation_id)
                        if w is not None:
                            w.finish(resp.body)
            except (
                anyio.EndOfStream,
                anyio.BrokenResourceError,
                anyio.ClosedResourceError,
                OSError,
                ProtocolError,
            ) as e:
                why = "closed by the broker" if isinstance(e, anyio.EndOfStream) else str(e)
                await self.close(BrokerUnreachableError(f"connection to {self.where} lost: {why}"))
                return

    async def close(self, error: BaseException) -> None:
        stream, self.stream = self.stream, None
        self.ready = False
        for w in list(self.waiting.values()):
            w.finish(error=error)
        self.waiting.clear()
        if stream is not None:
            with anyio.CancelScope(shield=True):
                await stream.aclose()


class NetworkTransport(Transport):
    def __init__(
        self,
        bootstrap_servers: str | Sequence[str],
        *,
        client_id: str = "fluxmq",
        connect_timeout: float = 10.0,
        reconnect_backoff_ms: float = 50,
        reconnect_backoff_max_ms: float = 1000,
        max_frame_size: int = 100 * 1024 * 1024,
    ) -> None:
        self.client_id = client_id
        self.bootstrap = parse_bootstrap(bootstrap_servers)
        self.connect_timeout = connect_timeout
        self.reconnect_backoff_ms = reconnect_backoff_ms
        self.reconnect_backoff_max_ms = reconnect_backoff_max_ms
        self.max_frame_size = max_frame_size
        self._bootstrap_links = [_Link(self, ANY_NODE, h, p) for h, p in self.bootstrap]
        self._links: dict[int, _Link] = {}
        self._brokers: dict[int, BrokerAddress] = {}
        self._dedicated: dict[int, int] = {}  # dedicated node id -> broker node id
        self._retired: list[_Link] = []  # dropped by update_brokers, not closed yet
        self._closed = False

    async def start(self) -> None:
        await self._any_link(time.monotonic() + self.connect_timeout)

    async def aclose(self) -> None:
        self._closed = True
        err = ClientClosedError("the client is closed")
        for link in [*self._bootstrap_links, *self._links.values(), *self._retired]:
            await link.close(err)
        self._retired.clear()

    async def _reap(self) -> None:
        busy = []
        for link in self._retired:
            if link.waiting:
                busy.append(link)
            else:
                await link.close(BrokerUnreachableError(f"broker {link.where} left the cluster"))
        self._retired = busy

    def update_brokers(self, brokers: Mapping[int, BrokerAddress]) -> None:
        self._brokers = dict(brokers)
        for node, link in list(self._links.items()):
            addr = brokers.get(self._dedicated.get(node, node))
            if addr is None or (addr.host, addr.port) != (link.host, link.port):
                # Moved or gone: the next use reconnects. The old connection is closed
                # once the requests already on it have their answers (see _reap).
                del self._links[node]
                if link.stream is not None:
                    self._retired.append(link)

    def api_versions(self, node: int = ANY_NODE) -> Mapping[int, tuple[int, int]]:
        link = self._links.get(node) if node != ANY_NODE else None
        if link is None or not link.versions:
            link = next((lk for lk in self._all_links() if lk.versions), None)
        return {} if link is None else link.versions

    def _all_links(self) -> list[_Link]:
        return [*self._links.values(), *self._bootstrap_links]

    async def _any_link(self, deadline: float) -> _Link:
        for link in self._all_links():
            if link.is_open:
                return link
        errors = []
        candidates = list(self._links.values()) + self._bootstrap_links
        for link in candidates:
            try:
                await link.ensure_open(deadline)
                return link
            except BrokerUnreachableError as e:
                errors.append(str(e).removeprefix("no broker reachable at "))
            if time.monotonic() >= deadline:
                break
        where = ", ".join(f"{h}:{p}" for h, p in self.bootstrap)
        raise BrokerUnreachableError(
            f"no broker reachable at {where} ({'; '.join(errors) or 'no attempt possible'}): "
            "check bootstrap_servers and that the broker is running"
        )

    def dedicated_node(self, node: int) -> int:
        virtual = _DEDICATED_BASE - node
        self._dedicated[virtual] = node
        return virtual

    def _link_for(self, node: int) -> _Link:
        link = self._links.get(node)
        if link is None:
            real = self._dedicated.get(node)
            addr = self._brokers.get(node if real is None else real)
            if addr is None:
                raise BrokerUnreachableError(
                    f"broker {node if real is None else real} is not in the cluster metadata"
                )
            if real is not None:
                link = self._links[node] = _Link(self, node, addr.host, addr.port)
                return link
            # reuse a bootstrap connection that already goes to this address
            for b in self._bootstrap_links:
                if (b.host, b.port) == (addr.host, addr.port) and b.is_open:
                    b.node = node
                    self._links[node] = b
                    self._bootstrap_links.remove(b)
                    self._bootstrap_links.append(_Link(self, ANY_NODE, b.host, b.port))
                    return b
            link = self._links[node] = _Link(self, node, addr.host, addr.port)
        return link

    async def request(
        self, msg: Message, version: int, *, node: int = ANY_NODE, timeout: float = 30.0
    ) -> Message | None:
        if self._closed:
            raise ClientClosedError("the client is closed")
        if self._retired:
            await self._reap()
        deadline = time.monotonic() + timeout
        if node != ANY_NODE:
            link = self._link_for(node)
            await link.ensure_open(deadline)
            return await link.roundtrip(msg, version, deadline)
        # Any broker will do: when the connection picked turns out dead (its broker went
        # away since it was last used), try the others (as Java's clients pick another
        # node for metadata and admin calls).
        for _ in range(len(self._all_links())):
            link = await self._any_link(deadline)
            try:
                return await link.roundtrip(msg, version, deadline)
            except BrokerUnreachableError:
                if time.monotonic() >= deadline or link.is_open:
                    raise
        link = await self._any_link(deadline)
        return await link.roundtrip(msg, version, deadline)
