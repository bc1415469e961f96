"""TCP listener: bytes from each connection into the sans-IO BrokerConnection, requests into
the broker core, responses back — one request at a time per connection, as Kafka does, so a
client's pipelined requests (an idempotent producer's five in-flight batches) keep their order.

On asyncio (what `fluxmq-server` runs, on uvloop when installed) each connection is an
`asyncio.Protocol` with one worker task: profiling the produce path showed anyio's stream
layer (a cancel scope per receive for the idle timeout, a checkpoint per send, each asking
asyncio for the current task, which on 3.11 is a getpid() system call) costing about a fifth
of the broker's CPU. Idle connections are found by one sweeper instead. Any other anyio
backend gets the portable stream loop, which behaves the same.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections import deque
from dataclasses import replace
from typing import Any, cast

import anyio
from anyio.abc import SocketAttribute, SocketStream, TaskStatus

from ..protocol.connection import (
    BrokerConnection,
    MalformedRequest,
    ReceivedRequest,
    RequestEvent,
    UnsupportedRequest,
)
from ..protocol.errors import EncodeError, ProtocolError
from ..protocol.message import Message
from .broker import Broker, CloseConnection, RequestContext
from .handlers.api_versions import api_versions_body

__all__ = ["Server"]

log = logging.getLogger(__name__)

INVALID_REQUEST = 42
UNSUPPORTED_VERSION = 35
_RECEIVE = 1 << 20
# Stop reading a connection whose decoded-but-unanswered requests hold this many bytes:
# memory per connection stays bounded by it plus one frame (socket.request.max.bytes).
_MAX_BUFFERED = 4 << 20


class _Close(Exception):
    """The connection must be closed (the protocol leaves no way to answer)."""


class Server:
    def __init__(self, broker: Broker, *, portable: bool = False) -> None:
        """`portable` forces the anyio stream loop even on asyncio (for tests)."""
        self.broker = broker
        self.config = broker.config
        self.port: int | None = None
        self.connections = 0
        self.stopping = False
        self.portable = portable
        self._active_requests = 0
        self._conns: set[_Connection] = set()

    async def serve(self, *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
        try:
            asyncio.get_running_loop()
            on_asyncio = not self.portable
        except RuntimeError:  # another anyio backend
            on_asyncio = False
        if on_asyncio:
            await self._serve_asyncio(task_status)
        else:
            await self._serve_portable(task_status)

    def _bound(self, port: int) -> int:
        self.port = port
        if self.config.port == 0:  # an ephemeral port: advertise the one we got
            self.config = self.broker.config = replace(self.config, port=port)
        return port

    async def drain(self, timeout: float) -> None:
        """Stop taking requests and wait (bounded) for those in flight to finish."""
        self.stopping = True
        for c in list(self._conns):
            c.wake_worker()
        with anyio.move_on_after(timeout):
            while self._active_requests:
                await anyio.sleep(0.01)

    async def answer(self, ev: RequestEvent, host: str) -> Message | None:
        """The response body for one decoded request (raises _Close when there is none)."""
        if isinstance(ev, UnsupportedRequest):
            if ev.api_key == 18:
                # ApiVersions of an unknown version: a v0 body listing what we serve (KIP-511).
                return api_versions_body(self.broker, UNSUPPORTED_VERSION)
            raise _Close(ev.reason)
        if isinstance(ev, MalformedRequest):
            log.info("malformed %s v%d from %s: %s", ev.api_key, ev.api_version, host, ev.error)
            try:
                return self.broker.error_response(ev.api_key, INVALID_REQUEST, ev.api_version)
            except ValueError:
                raise _Close(str(ev.error)) from None
        assert isinstance(ev, ReceivedRequest)
        # Groups report a member's host as Kafka does (Java's InetAddress.toString()): tools
        # print it as given, and scripts parsing their output expect "/127.0.0.1".
        ctx = RequestContext(
            ev.api_key, ev.api_version, ev.correlation_id, ev.header.client_id, f"/{host}"
        )
        try:
            return await self.broker.handle(ctx, ev.body)
        except CloseConnection as e:
            raise _Close(str(e)) from None
        except Exception as e:  # a handler bug must not take the broker down
            log.exception("handler for API %d v%d failed", ev.api_key, ev.api_version)
            try:
                return self.broker.error_response(ev.api_key, -1, ev.api_version)
            except ValueError:
                raise _Close(f"internal error: {e}") from None

    async def respond(self, conn: BrokerConnection, ev: RequestEvent, host: str) -> None:
        """Answer `ev` into `conn`'s output (counted as in flight for `drain`)."""
        self._active_requests += 1
        try:
            body = await self.answer(ev, host)
            try:
                conn.send_response(ev, body)
            except EncodeError:  # a handler bug, not the client's fault
                log.exception("cannot encode the answer to API %d v%d", ev.api_key, ev.api_version)
                raise
        finally:
            self._active_requests -= 1

    # ------------------------------------------------------------------ asyncio

    async def _serve_asyncio(self, task_status: TaskStatus[int]) -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _Connection(self, loop), self.config.host, self.config.port
        )
        try:
            task_status.started(self._bound(int(server.sockets[0].getsockname()[1])))
            idle = self.config.connections_max_idle_ms / 1000
            while True:
                await anyio.sleep(max(0.05, min(idle / 4, 1.0)))
                cutoff = time.monotonic() - idle
                for c in list(self._conns):
                    if c.last_active < cutoff and not c.busy:
                        log.debug("closing idle connection from %s", c.host)
                        c.close()
        finally:
            server.close()
            workers = [c.abort() for c in list(self._conns)]
            with anyio.move_on_after(5, shield=True):
                await asyncio.gather(*(w for w in workers if w is not None), return_exceptions=True)

    # ------------------------------------------------------------------ any anyio backend

    async def _serve_portable(self, task_status: TaskStatus[int]) -> None:
        listener = await anyio.create_tcp_listener(
            local_host=self.config.host, local_port=self.config.port, reuse_port=False
        )
        task_status.started(self._bound(int(listener.extra(SocketAttribute.local_port))))
        async with listener:
            await listener.serve(self._stream_connection)

    async def _stream_connection(self, stream: SocketStream) -> None:
        peer: Any = stream.extra(SocketAttribute.remote_address, ("?", 0))
        host = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        if self.connections >= self.config.max_connections:
            log.warning("refusing connection from %s: max.connections reached", host)
            await stream.aclose()
            return
        self.connections += 1
        sock = stream.extra(SocketAttribute.raw_socket)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = BrokerConnection(max_frame_size=self.config.socket_request_max_bytes)
        idle = self.config.connections_max_idle_ms / 1000
        try:
            async with stream:
                while not self.stopping:
                    with anyio.move_on_after(idle) as scope:
                        data = await stream.receive(_RECEIVE)
                    if scope.cancelled_caught:
                        log.debug("closing idle connection from %s", host)
                        return
                    for ev in conn.receive_data(data):
                        await self.respond(conn, ev, host)
                        out = conn.data_to_send()
                        if out:
                            await stream.send(out)
        except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
            pass
        except (ProtocolError, _Close) as e:
            log.info("closing connection from %s: %s", host, e)
        except OSError as e:
            log.info("connection from %s failed: %s", host, e)
        finally:
            self.connections -= 1


class _Connection(asyncio.Protocol):
    """One client connection on asyncio: the transport feeds `data_received`, one worker
    task answers the decoded requests in order."""

    def __init__(self, server: Server, loop: asyncio.AbstractEventLoop) -> None:
        self.server = server
        self.loop = loop
        self.conn = BrokerConnection(max_frame_size=server.config.socket_request_max_bytes)
        self.transport: asyncio.Transport | None = None
        self.host = "?"
        self.last_active = time.monotonic()
        self.busy = False
        self.closed = False
        self._eof = False
        self._counted = False
        self._queue: deque[RequestEvent] = deque()
        self._buffered = 0  # bytes received since the queue was last empty
        self._reading = True
        self._wake: asyncio.Future[None] | None = None
        self._writable: asyncio.Future[None] | None = None
        self._worker: asyncio.Task[None] | None = None

    # -------------------------------------------------------------- transport callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        try:
            self._accept(cast(asyncio.Transport, transport))
        except Exception:  # an accepted socket nobody serves would hang its client
            log.exception("cannot serve a new connection")
            self.closed = True
            transport.abort()  # type: ignore[attr-defined]

    def _accept(self, transport: asyncio.Transport) -> None:
        # (uvloop's transports implement asyncio.Transport without subclassing it)
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.host = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        server = self.server
        full = server.connections >= server.config.max_connections
        if server.stopping or full:
            why = "max.connections reached" if full else "shutting down"
            log.warning("refusing connection from %s: %s", self.host, why)
            self.closed = True
            transport.abort()
            return
        server.connections += 1
        self._counted = True
        server._conns.add(self)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._worker = self.loop.create_task(self._run())

    def data_received(self, data: bytes) -> None:
        if self.closed:
            return
        self.last_active = time.monotonic()
        try:
            events = self.conn.receive_data(data)
        except ProtocolError as e:  # a bad size prefix or header: nothing can be answered
            log.info("closing connection from %s: %s", self.host, e)
            self.close()
            return
        self._buffered += len(data)
        if events:
            self._queue.extend(events)
            self.wake_worker()
        if self._queue and self._buffered > _MAX_BUFFERED and self._reading:
            assert self.transport is not None
            self.transport.pause_reading()
            self._reading = False

    def eof_received(self) -> bool | None:
        # The client has finished sending: answer what it sent, then close.
        self._eof = True
        self.wake_worker()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._counted:
            self._counted = False
            self.server.connections -= 1
            self.server._conns.discard(self)
        self.wake_worker()
        self._set_writable()

    def pause_writing(self) -> None:
        if self._writable is None:
            self._writable = self.loop.create_future()

    def resume_writing(self) -> None:
        self._set_writable()

    # -------------------------------------------------------------- control

    def _set_writable(self) -> None:
        w, self._writable = self._writable, None
        if w is not None and not w.done():
            w.set_result(None)

    def wake_worker(self) -> None:
        w = self._wake
        if w is not None and not w.done():
            w.set_result(None)

    def close(self) -> None:
        """Close after what was already written (in-flight requests are dropped)."""
        self.closed = True
        if self.transport is not None:
            self.transport.close()
        self.wake_worker()

    def abort(self) -> asyncio.Task[None] | None:
        """Drop the connection at once (server shutdown); returns the worker to await."""
        self.closed = True
        if self.transport is not None:
            self.transport.abort()
        w = self._worker
        if w is not None and not w.done():
            w.cancel()
        return w

    # -------------------------------------------------------------- the worker

    async def _run(self) -> None:
        server, conn, queue = self.server, self.conn, self._queue
        transport = self.transport
        assert transport is not None
        try:
            while True:
                while not queue:
                    if not self._reading:
                        self._reading = True
                        if not self.closed:
                            transport.resume_reading()
                    self._buffered = 0
                    if self.closed or self._eof or server.stopping:
                        return
                    self._wake = self.loop.create_future()
                    await self._wake
                    self._wake = None
                if server.stopping or self.closed:
                    return
                ev = queue.popleft()
                self.busy = True
                try:
                    await server.respond(conn, ev, self.host)
                finally:
                    self.busy = False
                chunks = conn.chunks_to_send()
                if chunks and not self.closed:
                    transport.writelines(chunks)
                    self.last_active = time.monotonic()
                    if self._writable is not None:
                        await self._writable
        except (ProtocolError, _Close) as e:
            log.info("closing connection from %s: %s", self.host, e)
        except OSError as e:
            log.info("connection from %s failed: %s", self.host, e)
        except Exception:  # never let one connection's failure reach the server
            log.exception("connection from %s failed", self.host)
        finally:
            self.closed = True
            transport.close()
