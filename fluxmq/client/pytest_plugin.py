"""pytest fixtures for applications that use Kafka: a real FluxMQ broker per test.

Installed with the package (entry point `pytest11`), so a project that depends on
fluxmq-kafka can simply ask for:

- `fluxmq_broker` — an `EmbeddedBroker` in the test's event loop (async tests, anyio or
  pytest-asyncio), listening on a loopback port too: give FluxMQ's clients the fixture
  itself (in-process, no sockets) and any client `fluxmq_broker.bootstrap_servers`
  ("127.0.0.1:<port>").
- `fluxmq_server` — the same broker on a thread of its own, for synchronous code and for
  any Kafka client (kafka-python, confluent-kafka, Java): use `fluxmq_server.bootstrap_servers`.

Both use a fresh data directory under the test's `tmp_path` and stop with the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .embedded import EmbeddedBroker

__all__ = ["fluxmq_broker", "fluxmq_server"]


@pytest.fixture
async def fluxmq_broker(tmp_path: Path) -> AsyncIterator[EmbeddedBroker]:
    from .embedded import EmbeddedBroker

    async with EmbeddedBroker(tmp_path / "fluxmq-data", listen=True) as broker:
        yield broker


@pytest.fixture
def fluxmq_server(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    import anyio.from_thread

    from .embedded import EmbeddedBroker

    with anyio.from_thread.start_blocking_portal() as portal:
        broker = EmbeddedBroker(tmp_path / "fluxmq-data", listen=True)
        with portal.wrap_async_context_manager(broker):
            yield broker
