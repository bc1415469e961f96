"""How the client reaches a broker: one interface, two transports.

`NetworkTransport` speaks the Kafka wire protocol over TCP; `EmbeddedTransport` hands the
request objects straight to an in-process broker core (no sockets, no encoding). Producer,
Consumer and Admin are written against `Transport` only.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from dataclasses import dataclass

from ..protocol.message import Message
from ..protocol.messages import APIS
from .errors import FatalError

__all__ = ["ANY_NODE", "BrokerAddress", "Transport", "UnsupportedVersionError"]

ANY_NODE = -1  # "whichever broker is reachable" (bootstrap, metadata, admin)


class UnsupportedVersionError(FatalError):
    """The broker does not serve any version of an API that the client can use."""


@dataclass(frozen=True, slots=True)
class BrokerAddress:
    """A broker of the cluster: node id, the host and port it advertises, its rack."""

    node_id: int
    host: str
    port: int
    rack: str | None = None


class Transport(abc.ABC):
    """Requests to brokers by node id; versions negotiated per broker."""

    client_id: str

    @abc.abstractmethod
    async def start(self) -> None:
        """Reach a first broker (bootstrap); raises BrokerUnreachableError when none answers."""

    @abc.abstractmethod
    async def aclose(self) -> None:
        """Close every connection; requests in flight fail with ClientClosedError."""

    @abc.abstractmethod
    def api_versions(self, node: int = ANY_NODE) -> Mapping[int, tuple[int, int]]:
        """The (min, max) versions a broker serves per API key, as it advertised them."""

    @abc.abstractmethod
    async def request(
        self, msg: Message, version: int, *, node: int = ANY_NODE, timeout: float = 30.0
    ) -> Message | None:
        """Send `msg` at `version` and return the response (None for acks=0 produce).

        Raises BrokerUnreachableError when the broker cannot be reached, RequestTimeoutError
        when the answer does not come within `timeout` seconds.
        """

    @abc.abstractmethod
    def update_brokers(self, brokers: Mapping[int, BrokerAddress]) -> None:
        """The cluster's brokers, from the latest metadata."""

    @property
    def is_embedded(self) -> bool:
        return False

    def dedicated_node(self, node: int) -> int:
        """A node id reaching broker `node` over a connection of its own, so requests to it
        (group heartbeats) never queue behind long-polling fetches to the same broker, as
        Java's coordinator connection. Transports without connections return `node`."""
        return node

    def version(self, api_key: int, lo: int, hi: int, node: int = ANY_NODE) -> int:
        """The highest version in [lo, hi] that both we and the broker serve."""
        spec = APIS[api_key]
        theirs = self.api_versions(node).get(api_key)
        top = min(hi, spec.max_version)
        if theirs is not None:
            top = min(top, theirs[1])
            bottom = max(lo, theirs[0], spec.min_version)
        else:
            bottom = top + 1
        if top < bottom:
            have = "none" if theirs is None else f"v{theirs[0]}-{theirs[1]}"
            raise UnsupportedVersionError(
                f"the broker serves {spec.name} {have}; this client needs v{lo}-{hi}"
            )
        return top
