"""The broker in-process: `EmbeddedBroker`, and the transport that talks to it directly.

`EmbeddedTransport` passes request objects to the broker core (`Broker.handle`) and gets
response objects back: no sockets, no encoding, the same rules as fluxmq-server because it
is the same code. `EmbeddedBroker` runs that core (storage and group coordinator with their
background work) and can also listen on a loopback port so other clients join it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Mapping
from contextlib import AsyncExitStack
from dataclasses import replace
from types import TracebackType

import anyio

from ..protocol.message import Message
from ..server.broker import Broker, CloseConnection, RequestContext
from ..server.config import ServerConfig
from .errors import (
    BrokerUnreachableError,
    ClientClosedError,
    ConfigurationError,
    RequestTimeoutError,
)
from .transport import ANY_NODE, BrokerAddress, Transport

__all__ = ["EMBEDDED_SCHEME", "EmbeddedBroker", "EmbeddedTransport", "embedded_path"]

EMBEDDED_SCHEME = "embedded://"

# Running EmbeddedBrokers by real data-directory path, so that clients given
# "embedded:///that/path" in the same process attach to them.
_RUNNING: dict[str, EmbeddedBroker] = {}


def embedded_path(bootstrap_servers: object) -> str | None:
    """The data directory of an "embedded:///path" bootstrap string, else None."""
    if isinstance(bootstrap_servers, str) and bootstrap_servers.startswith(EMBEDDED_SCHEME):
        path = bootstrap_servers[len(EMBEDDED_SCHEME) :]
        if not path:
            raise ConfigurationError("embedded:// needs a data directory: embedded:///path/to/data")
        return os.path.realpath(path)
    return None


class EmbeddedBroker:
    """A FluxMQ broker inside this process (an async context manager).

    >>> async with EmbeddedBroker("/tmp/data", listen=True) as broker:
    ...     async with Producer(broker) as p: ...   # in-process (or broker.in_process_servers)
    ...     print(broker.bootstrap_servers)         # "127.0.0.1:<port>" for other clients

    Clients given the EmbeddedBroker itself, or "embedded:///<data_dir>", use the in-process
    transport (no sockets); with `listen=True`, `bootstrap_servers` is the loopback address.
    `data_dir=None` uses a temporary directory removed on exit. `config` takes
    server.properties keys (e.g. {"num.partitions": "3"}).
    """

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        listen: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        config: Mapping[str, str] | None = None,
    ) -> None:
        self._tmp: str | None = None
        if data_dir is None:
            self._tmp = tempfile.mkdtemp(prefix="fluxmq-embedded-")
            data_dir = self._tmp
        self.data_dir = os.path.realpath(os.fspath(data_dir))
        self.listen = listen
        self._host = host
        self._port = port
        self._config = dict(config or {})
        self.broker: Broker | None = None
        self.port: int | None = None
        self._stack: AsyncExitStack | None = None

    @property
    def bootstrap_servers(self) -> str:
        """What to give clients: the loopback address when listening, else embedded://."""
        if self.listen and self.port is not None:
            return f"{self._host}:{self.port}"
        return f"{EMBEDDED_SCHEME}{self.data_dir}"

    @property
    def in_process_servers(self) -> str:
        """ "embedded:///<data_dir>": clients in this process given it skip the sockets,
        whether or not the broker listens."""
        return f"{EMBEDDED_SCHEME}{self.data_dir}"

    @property
    def address(self) -> tuple[str, int]:
        """(host, port) of the loopback listener, for clients in other processes."""
        if self.port is None:
            raise RuntimeError("this EmbeddedBroker is not listening (listen=True)")
        return self._host, self.port

    async def __aenter__(self) -> EmbeddedBroker:
        if self.data_dir in _RUNNING:
            raise RuntimeError(f"an EmbeddedBroker already runs on {self.data_dir}")
        cfg = ServerConfig(data_dir=self.data_dir, host=self._host, port=self._port)
        cfg = cfg.with_properties(self._config)
        cfg = replace(cfg, data_dir=self.data_dir)
        stack = AsyncExitStack()
        await stack.__aenter__()
        try:
            broker = Broker(cfg)
            stack.callback(broker.close)
            tg = await stack.enter_async_context(anyio.create_task_group())
            stack.callback(tg.cancel_scope.cancel)
            tg.start_soon(broker.run)
            if self.listen:
                from ..server.network import Server

                self.port = await tg.start(Server(broker).serve)
        except BaseException:
            await stack.aclose()
            raise
        self.broker = broker
        self._stack = stack
        _RUNNING[self.data_dir] = self
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop the broker (its data stays, unless it lives in a temporary directory)."""
        _RUNNING.pop(self.data_dir, None)
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.aclose()
        self.broker = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def transport(self, client_id: str = "fluxmq") -> EmbeddedTransport:
        """A transport that hands requests straight to this broker (what clients use)."""
        if self.broker is None:
            raise RuntimeError("the EmbeddedBroker is not running (use `async with`)")
        return EmbeddedTransport(self.broker, client_id=client_id)


class EmbeddedTransport(Transport):
    """Requests go straight to an in-process broker core."""

    def __init__(
        self,
        broker: Broker | None = None,
        *,
        client_id: str = "fluxmq",
        data_dir: str | None = None,
        config: Mapping[str, str] | None = None,
    ) -> None:
        """Attach to `broker`, or to the EmbeddedBroker running on `data_dir`, or (when none
        runs there) start a private one on `data_dir` for this client's lifetime."""
        self.client_id = client_id
        self.broker = broker
        self._data_dir = data_dir
        self._config = config
        self._own: EmbeddedBroker | None = None
        self._closed = False
        self._ids = itertools.count()

    @property
    def is_embedded(self) -> bool:
        return True

    async def start(self) -> None:
        if self.broker is not None:
            return
        assert self._data_dir is not None
        running = _RUNNING.get(self._data_dir)
        if running is not None and running.broker is not None:
            self.broker = running.broker
            return
        self._own = EmbeddedBroker(self._data_dir, config=self._config)
        await self._own.__aenter__()
        self.broker = self._own.broker

    async def aclose(self) -> None:
        self._closed = True
        own, self._own = self._own, None
        if own is not None:
            await own.aclose()

    def api_versions(self, node: int = ANY_NODE) -> Mapping[int, tuple[int, int]]:
        if self.broker is None:
            return {}
        return {k: (a.min_version, a.max_version) for k, a in self.broker.apis.items()}

    def update_brokers(self, brokers: Mapping[int, BrokerAddress]) -> None:
        pass  # every node is this broker

    async def request(
        self, msg: Message, version: int, *, node: int = ANY_NODE, timeout: float = 30.0
    ) -> Message | None:
        if self._closed:
            raise ClientClosedError("the client is closed")
        broker = self.broker
        if broker is None:
            raise BrokerUnreachableError("the embedded broker is not running")
        api_key = msg.API_KEY
        assert api_key is not None
        ctx = RequestContext(api_key, version, next(self._ids), self.client_id, "embedded")
        try:
            with anyio.fail_after(timeout):
                resp = await broker.handle(ctx, msg)
        except TimeoutError:
            raise RequestTimeoutError(f"the embedded broker did not answer in {timeout}s") from None
        except CloseConnection as e:
            raise BrokerUnreachableError(f"the embedded broker refused the request: {e}") from e
        return resp
