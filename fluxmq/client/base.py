"""What Producer, Consumer and Admin share: a transport, the cluster metadata, lifecycle."""

from __future__ import annotations

import os
from types import TracebackType
from typing import TypeVar

from .cluster import Cluster
from .embedded import EmbeddedBroker, EmbeddedTransport, embedded_path
from .errors import ClientClosedError
from .network import NetworkTransport
from .transport import Transport

__all__ = ["ClientBase", "make_transport"]

C = TypeVar("C", bound="ClientBase")


def make_transport(
    bootstrap_servers: str | list[str] | EmbeddedBroker,
    *,
    client_id: str,
    connect_timeout: float = 10.0,
    reconnect_backoff_ms: float = 50,
    reconnect_backoff_max_ms: float = 1000,
) -> Transport:
    """A network transport for "host:port[,...]", an embedded one for "embedded:///path"
    or an `EmbeddedBroker`."""
    if isinstance(bootstrap_servers, EmbeddedBroker):
        return bootstrap_servers.transport(client_id)
    path = embedded_path(bootstrap_servers)
    if path is not None:
        return EmbeddedTransport(client_id=client_id, data_dir=path)
    return NetworkTransport(
        bootstrap_servers,
        client_id=client_id,
        connect_timeout=connect_timeout,
        reconnect_backoff_ms=reconnect_backoff_ms,
        reconnect_backoff_max_ms=reconnect_backoff_max_ms,
    )


class ClientBase:
    """Lifecycle: `async with Client(...) as c`, or `await c.start()` ... `await c.aclose()`
    (both in the same task: background work runs in a task group owned by that task)."""

    def __init__(
        self,
        bootstrap_servers: str | list[str] | EmbeddedBroker = "127.0.0.1:9092",
        *,
        client_id: str | None = None,
        request_timeout_ms: int = 30_000,
        connect_timeout_ms: int = 10_000,
        reconnect_backoff_ms: int = 50,
        reconnect_backoff_max_ms: int = 1000,
        metadata_max_age_ms: int = 300_000,
        allow_auto_create_topics: bool = True,
        transport: Transport | None = None,
    ) -> None:
        self.client_id = client_id or f"fluxmq-{type(self).__name__.lower()}-{os.getpid()}"
        self.request_timeout = request_timeout_ms / 1000
        self.transport = transport or make_transport(
            bootstrap_servers,
            client_id=self.client_id,
            connect_timeout=connect_timeout_ms / 1000,
            reconnect_backoff_ms=reconnect_backoff_ms,
            reconnect_backoff_max_ms=reconnect_backoff_max_ms,
        )
        self.cluster = Cluster(
            self.transport,
            allow_auto_create_topics=allow_auto_create_topics,
            metadata_max_age_ms=metadata_max_age_ms,
            request_timeout=self.request_timeout,
        )
        self._started = False
        self._closed = False

    async def start(self) -> None:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed; create a new one")
        if self._started:
            return
        await self.transport.start()
        try:
            await self.cluster.refresh([])  # brokers and cluster id, no topics
        except BaseException:
            await self.transport.aclose()
            raise
        self._started = True

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self.transport.aclose()

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(f"{type(self).__name__} is closed")
        if not self._started:
            raise ClientClosedError(
                f"{type(self).__name__} is not started: use `async with` or `await start()`"
            )

    async def __aenter__(self: C) -> C:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._started else "new"
        return f"<{type(self).__name__} {self.client_id} {state}>"
