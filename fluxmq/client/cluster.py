"""The client's view of the cluster: brokers, topics, partition leaders (from Metadata)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import anyio

from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.metadata_request import MetadataRequest, MetadataRequestTopic
from ..protocol.messages.metadata_response import MetadataResponse
from .errors import BrokerUnreachableError, UnknownTopicError, broker_error
from .transport import ANY_NODE, BrokerAddress, Transport

__all__ = ["Cluster", "PartitionMetadata", "TopicMetadata"]

METADATA_API = 3
_RETRY_CODES = frozenset({E.LEADER_NOT_AVAILABLE, E.UNKNOWN_TOPIC_OR_PARTITION})


@dataclass(frozen=True, slots=True)
class PartitionMetadata:
    partition: int
    leader: int  # -1 while there is none
    leader_epoch: int
    replicas: tuple[int, ...]
    isr: tuple[int, ...]


@dataclass(slots=True)
class TopicMetadata:
    name: str
    topic_id: uuid.UUID
    is_internal: bool
    partitions: dict[int, PartitionMetadata] = field(default_factory=dict)


class Cluster:
    def __init__(
        self,
        transport: Transport,
        *,
        allow_auto_create_topics: bool = True,
        metadata_max_age_ms: int = 300_000,
        request_timeout: float = 30.0,
    ) -> None:
        self.transport = transport
        self.allow_auto_create_topics = allow_auto_create_topics
        self.max_age = metadata_max_age_ms / 1000
        self.request_timeout = request_timeout
        self.brokers: dict[int, BrokerAddress] = {}
        self.topics: dict[str, TopicMetadata] = {}
        self.topic_errors: dict[str, int] = {}
        self.cluster_id: str | None = None
        self.controller_id = -1
        self.updated_at = 0.0
        self._refreshing: anyio.Event | None = None

    @property
    def stale(self) -> bool:
        return time.monotonic() - self.updated_at > self.max_age

    async def refresh(self, topics: Iterable[str] | None = None) -> MetadataResponse:
        """Fetch metadata for `topics` (all topics when None) and merge it in."""
        version = self.transport.version(METADATA_API, 1, 12)
        names = None if topics is None else sorted(set(topics))
        req = MetadataRequest(
            topics=None if names is None else [MetadataRequestTopic(name=n) for n in names],
            allow_auto_topic_creation=self.allow_auto_create_topics,
        )
        resp = await self.transport.request(
            req, version, node=ANY_NODE, timeout=self.request_timeout
        )
        if not isinstance(resp, MetadataResponse):
            raise BrokerUnreachableError("no Metadata answer")
        self._apply(resp, names)
        return resp

    def _apply(self, resp: MetadataResponse, asked: list[str] | None) -> None:
        self.brokers = {
            b.node_id: BrokerAddress(b.node_id, b.host, b.port, b.rack) for b in resp.brokers
        }
        self.transport.update_brokers(self.brokers)
        self.cluster_id = resp.cluster_id
        self.controller_id = resp.controller_id
        seen = set()
        for t in resp.topics:
            if t.name is None:
                continue
            seen.add(t.name)
            if t.error_code:
                self.topic_errors[t.name] = t.error_code
                self.topics.pop(t.name, None)
                continue
            self.topic_errors.pop(t.name, None)
            self.topics[t.name] = TopicMetadata(
                t.name,
                t.topic_id,
                t.is_internal,
                {
                    p.partition_index: PartitionMetadata(
                        p.partition_index,
                        p.leader_id,
                        p.leader_epoch,
                        tuple(p.replica_nodes),
                        tuple(p.isr_nodes),
                    )
                    for p in t.partitions
                },
            )
        if asked is None:  # a full listing: forget topics that are gone
            for name in list(self.topics):
                if name not in seen:
                    del self.topics[name]
        self.updated_at = time.monotonic()

    def partitions(self, topic: str) -> list[int] | None:
        t = self.topics.get(topic)
        return None if t is None else sorted(t.partitions)

    def leader(self, topic: str, partition: int) -> int | None:
        t = self.topics.get(topic)
        if t is None:
            return None
        p = t.partitions.get(partition)
        return None if p is None or p.leader < 0 else p.leader

    def topic_id(self, topic: str) -> uuid.UUID | None:
        t = self.topics.get(topic)
        return None if t is None else t.topic_id

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        for t in self.topics.values():
            if t.topic_id == topic_id:
                return t.name
        return None

    async def wait_for_topic(self, topic: str, timeout: float) -> TopicMetadata:
        """Metadata for `topic`: the cached one when every partition has a leader, else
        refreshed (with backoff) until the topic has partitions or `timeout` seconds pass.
        As Java's producer, it does not wait for leaders: a partition without one (a new
        topic on Kafka, for a moment; a broker down) is waited for where it is used."""
        deadline = time.monotonic() + timeout
        delay = 0.05
        while True:
            t = self.topics.get(topic)
            if t is not None and t.partitions and all(p.leader >= 0 for p in t.partitions.values()):
                return t
            await self.refresh([topic])
            t = self.topics.get(topic)
            if t is not None and t.partitions:
                return t
            code = self.topic_errors.get(topic, E.UNKNOWN_TOPIC_OR_PARTITION)
            if code not in _RETRY_CODES:
                raise broker_error(code, f"topic {topic!r}")
            if time.monotonic() + delay > deadline:
                how = (
                    "and auto-creation is off (create it first, or allow auto-creation)"
                    if not self.allow_auto_create_topics
                    else f"after {timeout:.1f}s (is auto.create.topics.enable off on the broker?)"
                )
                raise UnknownTopicError(code, f"topic {topic!r} does not exist {how}")
            await anyio.sleep(delay)
            delay = min(delay * 2, 1.0)
