"""TCP listener: bytes from each connection into the sans-IO BrokerConnection, requests into
the broker core, responses back — one request at a time per connection, as Kafka does, so a
client's pipelined requests (an idempotent producer's five in-flight batches) keep their order.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import replace
from typing import Any

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


class _Close(Exception):
    """The connection must be closed (the protocol leaves no way to answer)."""


class Server:
    def __init__(self, broker: Broker) -> None:
        self.broker = broker
        self.config = broker.config
        self.port: int | None = None
        self.connections = 0
        self.stopping = False
        self._active_requests = 0

    async def serve(self, *, task_status: TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
        listener = await anyio.create_tcp_listener(
            local_host=self.config.host, local_port=self.config.port, reuse_port=False
        )
        self.port = int(listener.extra(SocketAttribute.local_port))
        if self.config.port == 0:  # an ephemeral port: advertise the one we got
            self.config = self.broker.config = replace(self.config, port=self.port)
        task_status.started(self.port)
        async with listener:
            await listener.serve(self._connection)

    async def drain(self, timeout: float) -> None:
        """Stop taking requests and wait (bounded) for those in flight to finish."""
        self.stopping = True
        with anyio.move_on_after(timeout):
            while self._active_requests:
                await anyio.sleep(0.01)

    async def _connection(self, stream: SocketStream) -> None:
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
                        self._active_requests += 1
                        try:
                            body = await self._answer(ev, host)
                            try:
                                conn.send_response(ev, body)
                            except EncodeError:  # a handler bug, not the client's fault
                                log.exception(
                                    "cannot encode the answer to API %d v%d",
                                    ev.api_key,
                                    ev.api_version,
                                )
                                raise
                        finally:
                            self._active_requests -= 1
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

    async def _answer(self, ev: RequestEvent, host: str) -> Message | None:
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
        ctx = RequestContext(
            ev.api_key, ev.api_version, ev.correlation_id, ev.header.client_id, host
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
