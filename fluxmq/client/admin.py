"""`Admin`: topics, configs, consumer groups, offsets and the cluster, as coroutines.

Methods that act on one thing (`create_topic`) raise on failure; methods that act on many
(`create_topics`) return a result per item, an exception or None, so one bad name does not
hide what happened to the others. Group operations go to the group's coordinator, partition
operations to each partition's leader, as Kafka's AdminClient does.
"""

from __future__ import annotations

import contextlib
import enum
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

import anyio

from ..protocol.message import Message
from ..protocol.messages.consumer_group_describe_request import ConsumerGroupDescribeRequest
from ..protocol.messages.consumer_group_describe_response import ConsumerGroupDescribeResponse
from ..protocol.messages.consumer_protocol_assignment import ConsumerProtocolAssignment
from ..protocol.messages.create_partitions_request import (
    CreatePartitionsRequest,
    CreatePartitionsTopic,
)
from ..protocol.messages.create_partitions_response import CreatePartitionsResponse
from ..protocol.messages.create_topics_request import (
    CreatableTopic,
    CreatableTopicConfig,
    CreateTopicsRequest,
)
from ..protocol.messages.create_topics_response import CreateTopicsResponse
from ..protocol.messages.delete_groups_request import DeleteGroupsRequest
from ..protocol.messages.delete_groups_response import DeleteGroupsResponse
from ..protocol.messages.delete_records_request import (
    DeleteRecordsPartition,
    DeleteRecordsRequest,
    DeleteRecordsTopic,
)
from ..protocol.messages.delete_records_response import DeleteRecordsResponse
from ..protocol.messages.delete_topics_request import DeleteTopicsRequest, DeleteTopicState
from ..protocol.messages.delete_topics_response import DeleteTopicsResponse
from ..protocol.messages.describe_cluster_request import DescribeClusterRequest
from ..protocol.messages.describe_cluster_response import DescribeClusterResponse
from ..protocol.messages.describe_configs_request import (
    DescribeConfigsRequest,
    DescribeConfigsResource,
)
from ..protocol.messages.describe_configs_response import DescribeConfigsResponse
from ..protocol.messages.describe_groups_request import DescribeGroupsRequest
from ..protocol.messages.describe_groups_response import DescribeGroupsResponse
from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.find_coordinator_request import FindCoordinatorRequest
from ..protocol.messages.find_coordinator_response import FindCoordinatorResponse
from ..protocol.messages.incremental_alter_configs_request import (
    AlterableConfig,
    AlterConfigsResource,
    IncrementalAlterConfigsRequest,
)
from ..protocol.messages.incremental_alter_configs_response import (
    IncrementalAlterConfigsResponse,
)
from ..protocol.messages.list_groups_request import ListGroupsRequest
from ..protocol.messages.list_groups_response import ListGroupsResponse
from ..protocol.messages.list_offsets_request import (
    ListOffsetsPartition,
    ListOffsetsRequest,
    ListOffsetsTopic,
)
from ..protocol.messages.list_offsets_response import ListOffsetsResponse
from ..protocol.messages.offset_commit_request import (
    OffsetCommitRequest,
    OffsetCommitRequestPartition,
    OffsetCommitRequestTopic,
)
from ..protocol.messages.offset_commit_response import OffsetCommitResponse
from ..protocol.messages.offset_delete_request import (
    OffsetDeleteRequest,
    OffsetDeleteRequestPartition,
    OffsetDeleteRequestTopic,
)
from ..protocol.messages.offset_delete_response import OffsetDeleteResponse
from ..protocol.messages.offset_fetch_request import (
    OffsetFetchRequest,
    OffsetFetchRequestGroup,
    OffsetFetchRequestTopic,
    OffsetFetchRequestTopics,
)
from ..protocol.messages.offset_fetch_response import OffsetFetchResponse
from .base import ClientBase
from .errors import BrokerError, BrokerUnreachableError, FatalError, FluxMQError, broker_error
from .transport import ANY_NODE, BrokerAddress
from .types import OffsetAndMetadata, TopicPartition

__all__ = [
    "Admin",
    "ClusterDescription",
    "ConfigEntry",
    "GroupDescription",
    "GroupListing",
    "MemberDescription",
    "NewTopic",
    "OffsetSpec",
    "PartitionDescription",
    "TopicDescription",
]

T = TypeVar("T")

_TOPIC, _BROKER = 2, 4  # Kafka's ConfigResource types
# Coordinator errors worth retrying after a backoff (and a new FindCoordinator): Kafka answers
# COORDINATOR_NOT_AVAILABLE while it creates __consumer_offsets on first use, and
# COORDINATOR_LOAD_IN_PROGRESS while it loads a partition of it.
_COORDINATOR_RETRY = frozenset(
    {E.COORDINATOR_NOT_AVAILABLE, E.COORDINATOR_LOAD_IN_PROGRESS, E.NOT_COORDINATOR}
)
_COORDINATOR_BACKOFF = (0.05, 1.0)  # first and largest wait, seconds
# Partition errors after which the leader has moved (or is moving): refresh, then retry.
_LEADER_MOVED = frozenset(
    {
        E.NOT_LEADER_OR_FOLLOWER,
        E.LEADER_NOT_AVAILABLE,
        E.FENCED_LEADER_EPOCH,
        E.UNKNOWN_LEADER_EPOCH,
        E.REQUEST_TIMED_OUT,
    }
)
_SET, _DELETE = 0, 1  # IncrementalAlterConfigs operations
_CONFIG_SOURCES = {
    0: "UNKNOWN",
    1: "DYNAMIC_TOPIC_CONFIG",
    2: "DYNAMIC_BROKER_CONFIG",
    3: "DYNAMIC_DEFAULT_BROKER_CONFIG",
    4: "STATIC_BROKER_CONFIG",
    5: "DEFAULT_CONFIG",
    6: "DYNAMIC_BROKER_LOGGER_CONFIG",
    7: "CLIENT_METRICS_CONFIG",
    8: "GROUP_CONFIG",
}


class OffsetSpec(enum.IntEnum):
    """Which offset ListOffsets looks up (Kafka's special timestamps)."""

    LATEST = -1
    EARLIEST = -2
    MAX_TIMESTAMP = -3


@dataclass(frozen=True)
class NewTopic:
    """A topic for `create_topics`: -1 partitions or replication factor takes the broker's
    default; `configs` are topic configs by Kafka name (e.g. {"cleanup.policy": "compact"})."""

    name: str
    num_partitions: int = -1  # -1: the broker's num.partitions
    replication_factor: int = -1
    configs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PartitionDescription:
    """One partition of a described topic: its leader's node id, replicas and in-sync
    replicas (node ids); leader -1 when it has none."""

    partition: int
    leader: int
    replicas: tuple[int, ...]
    isr: tuple[int, ...]


@dataclass(frozen=True)
class TopicDescription:
    """A topic as `describe_topics` finds it: id, whether Kafka keeps it for itself
    (`__consumer_offsets`), and its partitions in order."""

    name: str
    topic_id: uuid.UUID
    is_internal: bool
    partitions: list[PartitionDescription]


@dataclass(frozen=True)
class ConfigEntry:
    """One config of a topic or broker: its value (None when sensitive or unset), where
    it comes from (Kafka's source name, e.g. "DYNAMIC_TOPIC_CONFIG", "DEFAULT_CONFIG"), and
    whether it can be altered or is hidden."""

    name: str
    value: str | None
    source: str
    read_only: bool
    sensitive: bool


@dataclass(frozen=True)
class GroupListing:
    """A group as `list_groups` returns it: id, protocol type ("consumer" for consumer
    groups), state (e.g. "Stable", "Empty") and type ("classic" or "consumer", KIP-848)."""

    group_id: str
    protocol_type: str
    state: str
    type: str  # "classic" or "consumer"


@dataclass(frozen=True)
class MemberDescription:
    """A member of a described group: member and static instance ids, client id and host,
    and the partitions assigned to it."""

    member_id: str
    instance_id: str | None
    client_id: str
    host: str
    assignment: list[TopicPartition]


@dataclass(frozen=True)
class GroupDescription:
    """A group as `describe_groups` finds it: type, state, the assignor chosen, its
    members, the coordinator's node id, and (KIP-848 groups) the group epoch."""

    group_id: str
    type: str  # "classic" or "consumer"
    state: str
    protocol_type: str
    protocol: str  # the classic assignor chosen, or the KIP-848 server assignor
    members: list[MemberDescription]
    coordinator: int
    epoch: int = -1  # KIP-848 group epoch


@dataclass(frozen=True)
class ClusterDescription:
    """The cluster as `describe_cluster` sees it: cluster id, controller node id, brokers."""

    cluster_id: str
    controller_id: int
    brokers: list[BrokerAddress]


_GROUP_DELETE_WHY: Final[dict[int, str]] = {
    E.GROUP_ID_NOT_FOUND: "the group does not exist",
    E.NON_EMPTY_GROUP: "the group still has members (stop its consumers first)",
}


def _check(code: int, message: str | None = None, what: str = "") -> None:
    if code:
        raise broker_error(code, f"{what}: {message}" if message and what else message or what)


class Admin(ClientBase):
    """Administration of a Kafka cluster (or an embedded FluxMQ broker).

    >>> async with Admin("127.0.0.1:9092") as admin:
    ...     await admin.create_topic("events", num_partitions=6)
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Options as for every client (see ClientBase); metadata lookups by an admin
        never create topics, as in Kafka's AdminClient."""
        super().__init__(*args, **kwargs)
        self.cluster.allow_auto_create_topics = False

    # ---------------------------------------------------------------- plumbing

    async def _call(
        self, msg: Message, api_key: int, lo: int, hi: int, node: int = ANY_NODE
    ) -> Message:
        self._check_open()
        version = self.transport.version(api_key, lo, hi, node)
        resp = await self.transport.request(msg, version, node=node, timeout=self.request_timeout)
        if resp is None:
            raise BrokerUnreachableError(f"no answer to {msg.NAME}")
        return resp

    async def _with_coordinator(self, group_id: str, op: Callable[[int], Awaitable[T]]) -> T:
        """`op(coordinator node)`, found and tried again while the coordinator is moving or
        loading (as Kafka's AdminClient does), within the request timeout."""
        deadline = anyio.current_time() + self.request_timeout
        backoff, most = _COORDINATOR_BACKOFF
        while True:
            try:
                return await op(await self._find_coordinator(group_id))
            except BrokerError as e:
                if e.code not in _COORDINATOR_RETRY or anyio.current_time() + backoff > deadline:
                    raise
            except BrokerUnreachableError:  # the coordinator went away: find the next one
                if anyio.current_time() + backoff > deadline:
                    raise
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, most)

    async def _find_coordinator(self, group_id: str) -> int:
        version = self.transport.version(10, 0, 6)
        if version >= 4:
            req = FindCoordinatorRequest(key_type=0, coordinator_keys=[group_id])
        else:
            req = FindCoordinatorRequest(key=group_id, key_type=0)
        resp = await self._call(req, 10, 0, 6)
        assert isinstance(resp, FindCoordinatorResponse)
        if version >= 4:
            c = resp.coordinators[0]
            _check(c.error_code, c.error_message, f"coordinator of group {group_id!r}")
            node, host, port = c.node_id, c.host, c.port
        else:
            _check(resp.error_code, resp.error_message, f"coordinator of group {group_id!r}")
            node, host, port = resp.node_id, resp.host, resp.port
        if node not in self.cluster.brokers:
            self.cluster.brokers[node] = BrokerAddress(node, host, port)
            self.transport.update_brokers(self.cluster.brokers)
        return node

    # ---------------------------------------------------------------- topics

    async def create_topics(
        self, topics: Sequence[NewTopic], *, validate_only: bool = False, timeout_ms: int = 30_000
    ) -> dict[str, FluxMQError | None]:
        """Create topics; per name, None or the error (TOPIC_ALREADY_EXISTS, ...)."""
        req = CreateTopicsRequest(
            topics=[
                CreatableTopic(
                    name=t.name,
                    num_partitions=t.num_partitions,
                    replication_factor=t.replication_factor,
                    configs=[CreatableTopicConfig(k, v) for k, v in t.configs.items()],
                )
                for t in topics
            ],
            timeout_ms=timeout_ms,
            validate_only=validate_only,
        )
        resp = await self._call(req, 19, 2, 7, self._controller())
        assert isinstance(resp, CreateTopicsResponse)
        return {
            r.name: broker_error(r.error_code, r.error_message) if r.error_code else None
            for r in resp.topics
        }

    async def create_topic(
        self,
        name: str,
        num_partitions: int = -1,
        replication_factor: int = -1,
        configs: Mapping[str, str] | None = None,
        *,
        validate_only: bool = False,
    ) -> None:
        """Create one topic; raises on failure (e.g. BrokerError TOPIC_ALREADY_EXISTS)."""
        topic = NewTopic(name, num_partitions, replication_factor, dict(configs or {}))
        err = (await self.create_topics([topic], validate_only=validate_only)).get(name)
        if err is not None:
            raise err

    async def delete_topics(
        self, names: Iterable[str], *, timeout_ms: int = 30_000
    ) -> dict[str, FluxMQError | None]:
        """Delete topics; per name, None or the error (UNKNOWN_TOPIC_OR_PARTITION, ...)."""
        names = list(names)
        version = self.transport.version(20, 1, 6, self._controller())
        if version >= 6:
            req = DeleteTopicsRequest(
                topics=[DeleteTopicState(name=n) for n in names], timeout_ms=timeout_ms
            )
        else:
            req = DeleteTopicsRequest(topic_names=names, timeout_ms=timeout_ms)
        resp = await self._call(req, 20, 1, 6, self._controller())
        assert isinstance(resp, DeleteTopicsResponse)
        out: dict[str, FluxMQError | None] = {}
        for r in resp.responses:
            out[r.name or ""] = (
                broker_error(r.error_code, r.error_message) if r.error_code else None
            )
        for n in names:
            self.cluster.topics.pop(n, None)
        return out

    async def delete_topic(self, name: str) -> None:
        """Delete one topic; raises on failure (UnknownTopicError when it does not exist)."""
        err = (await self.delete_topics([name])).get(name)
        if err is not None:
            raise err

    async def list_topics(self, *, include_internal: bool = False) -> list[str]:
        """Names of the cluster's topics, sorted (internal ones such as __consumer_offsets
        only with `include_internal`)."""
        await self.cluster.refresh(None)
        return sorted(
            t.name for t in self.cluster.topics.values() if include_internal or not t.is_internal
        )

    async def describe_topics(
        self, names: Iterable[str] | None = None
    ) -> dict[str, TopicDescription]:
        """Partitions, leaders and replicas of `names` (every topic when None); a missing
        topic raises UnknownTopicError."""
        wanted = None if names is None else list(names)
        await self.cluster.refresh(wanted)
        out = {}
        for name in wanted if wanted is not None else sorted(self.cluster.topics):
            t = self.cluster.topics.get(name)
            if t is None:
                code = self.cluster.topic_errors.get(name, E.UNKNOWN_TOPIC_OR_PARTITION)
                why = "does not exist" if code == E.UNKNOWN_TOPIC_OR_PARTITION else "is unavailable"
                raise broker_error(code, f"topic {name!r} {why}")
            out[name] = TopicDescription(
                t.name,
                t.topic_id,
                t.is_internal,
                [
                    PartitionDescription(p.partition, p.leader, p.replicas, p.isr)
                    for _, p in sorted(t.partitions.items())
                ],
            )
        return out

    async def create_partitions(
        self, totals: Mapping[str, int], *, validate_only: bool = False, timeout_ms: int = 30_000
    ) -> dict[str, FluxMQError | None]:
        """Grow topics to the given total partition counts."""
        req = CreatePartitionsRequest(
            topics=[CreatePartitionsTopic(n, c, None) for n, c in totals.items()],
            timeout_ms=timeout_ms,
            validate_only=validate_only,
        )
        resp = await self._call(req, 37, 0, 3, self._controller())
        assert isinstance(resp, CreatePartitionsResponse)
        return {
            r.name: broker_error(r.error_code, r.error_message) if r.error_code else None
            for r in resp.results
        }

    async def add_partitions(self, topic: str, total: int) -> None:
        """Grow one topic to `total` partitions; raises on failure."""
        err = (await self.create_partitions({topic: total})).get(topic)
        if err is not None:
            raise err

    def _controller(self) -> int:
        c = self.cluster.controller_id
        return c if c in self.cluster.brokers else ANY_NODE

    # ---------------------------------------------------------------- configs

    async def _describe_configs(
        self, rtype: int, name: str, keys: Sequence[str] | None, node: int
    ) -> dict[str, ConfigEntry]:
        req = DescribeConfigsRequest(
            resources=[DescribeConfigsResource(rtype, name, None if keys is None else list(keys))]
        )
        resp = await self._call(req, 32, 1, 4, node)
        assert isinstance(resp, DescribeConfigsResponse)
        r = resp.results[0]
        _check(r.error_code, r.error_message, f"configs of {name!r}")
        return {
            c.name: ConfigEntry(
                c.name,
                c.value,
                _CONFIG_SOURCES.get(c.config_source, "UNKNOWN"),
                c.read_only,
                c.is_sensitive,
            )
            for c in r.configs
        }

    async def describe_topic_configs(
        self, topic: str, keys: Sequence[str] | None = None
    ) -> dict[str, ConfigEntry]:
        """A topic's configuration (or only `keys`), with each value's source."""
        return await self._describe_configs(_TOPIC, topic, keys, ANY_NODE)

    async def describe_broker_configs(
        self, broker_id: int | None = None, keys: Sequence[str] | None = None
    ) -> dict[str, ConfigEntry]:
        """A broker's configuration (the first broker when `broker_id` is None)."""
        if broker_id is None:
            broker_id = next(iter(sorted(self.cluster.brokers)), 0)
        node = broker_id if broker_id in self.cluster.brokers else ANY_NODE
        return await self._describe_configs(_BROKER, str(broker_id), keys, node)

    async def alter_topic_configs(
        self,
        topic: str,
        updates: Mapping[str, str] | None = None,
        remove: Iterable[str] = (),
        *,
        validate_only: bool = False,
    ) -> None:
        """IncrementalAlterConfigs: set the keys in `updates`, reset those in `remove` to
        their defaults; other keys are left as they are."""
        await self._alter_configs(_TOPIC, topic, updates or {}, remove, validate_only, ANY_NODE)

    async def alter_broker_configs(
        self,
        broker_id: int,
        updates: Mapping[str, str] | None = None,
        remove: Iterable[str] = (),
        *,
        validate_only: bool = False,
    ) -> None:
        """IncrementalAlterConfigs on a broker: set `updates`, reset `remove` to defaults."""
        node = broker_id if broker_id in self.cluster.brokers else ANY_NODE
        await self._alter_configs(
            _BROKER, str(broker_id), updates or {}, remove, validate_only, node
        )

    async def _alter_configs(
        self,
        rtype: int,
        name: str,
        set_: Mapping[str, str],
        delete: Iterable[str],
        validate_only: bool,
        node: int,
    ) -> None:
        configs = [AlterableConfig(k, _SET, v) for k, v in set_.items()]
        configs += [AlterableConfig(k, _DELETE, None) for k in delete]
        req = IncrementalAlterConfigsRequest(
            resources=[AlterConfigsResource(rtype, name, configs)], validate_only=validate_only
        )
        resp = await self._call(req, 44, 0, 1, node)
        assert isinstance(resp, IncrementalAlterConfigsResponse)
        r = resp.responses[0]
        _check(r.error_code, r.error_message, f"altering configs of {name!r}")

    # ---------------------------------------------------------------- cluster

    async def describe_cluster(self) -> ClusterDescription:
        """The cluster id, the controller and the brokers (DescribeCluster)."""
        resp = await self._call(DescribeClusterRequest(), 60, 0, 2)
        assert isinstance(resp, DescribeClusterResponse)
        _check(resp.error_code, resp.error_message, "describe cluster")
        return ClusterDescription(
            resp.cluster_id,
            resp.controller_id,
            [BrokerAddress(b.broker_id, b.host, b.port, b.rack) for b in resp.brokers],
        )

    # ---------------------------------------------------------------- partitions

    async def _by_leader(
        self, partitions: Iterable[TopicPartition]
    ) -> dict[int, list[TopicPartition]]:
        parts = list(partitions)
        missing = {tp.topic for tp in parts if self.cluster.leader(*tp) is None}
        if missing:
            await self.cluster.refresh(missing)
        out: dict[int, list[TopicPartition]] = defaultdict(list)
        for tp in parts:
            leader = self.cluster.leader(*tp)
            if leader is None:
                code = self.cluster.topic_errors.get(tp.topic, E.UNKNOWN_TOPIC_OR_PARTITION)
                if code == E.UNKNOWN_TOPIC_OR_PARTITION:
                    count = self.cluster.partitions(tp.topic)
                    why = (
                        f"topic {tp.topic!r} does not exist"
                        if not count
                        else f"topic {tp.topic!r} has no partition {tp.partition}"
                    )
                else:
                    why = f"{tp.topic}-{tp.partition} has no leader"
                raise broker_error(code, why)
            out[leader].append(tp)
        return out

    async def _per_leader(
        self,
        partitions: Iterable[TopicPartition],
        call: Callable[[int, list[TopicPartition]], Awaitable[dict[TopicPartition, tuple[int, T]]]],
        what: str,
    ) -> dict[TopicPartition, T]:
        """`call(leader, its partitions)` -> {partition: (error code, value)} for each leader;
        partitions whose leader moved or could not be reached are tried again on fresh
        metadata, with a backoff, within the request timeout (as Kafka's AdminClient)."""
        deadline = anyio.current_time() + self.request_timeout
        backoff, most = _COORDINATOR_BACKOFF
        todo = list(partitions)
        out: dict[TopicPartition, T] = {}
        while True:
            again: list[TopicPartition] = []
            last: FluxMQError | None = None
            for node, tps in (await self._by_leader(todo)).items():
                try:
                    answers = await call(node, tps)
                except BrokerUnreachableError as e:
                    again += tps
                    last = e
                    continue
                for tp in tps:
                    answer = answers.get(tp)
                    if answer is None:
                        raise FatalError(f"{what}: broker {node} did not answer for {tp}")
                    code, value = answer
                    if code in _LEADER_MOVED:
                        again.append(tp)
                        last = broker_error(code, f"{what} of {tp.topic}-{tp.partition}")
                        continue
                    _check(code, None, f"{what} of {tp.topic}-{tp.partition}")
                    out[tp] = value
            if not again:
                return out
            assert last is not None
            if anyio.current_time() + backoff > deadline:
                raise last
            await anyio.sleep(backoff)
            backoff = min(backoff * 2, most)
            with contextlib.suppress(FluxMQError):
                await self.cluster.refresh({tp.topic for tp in again})
            todo = again

    async def list_offsets(
        self,
        specs: Mapping[TopicPartition, OffsetSpec | int],
        *,
        read_committed: bool = False,
    ) -> dict[TopicPartition, tuple[int, int]]:
        """(offset, timestamp) per partition for EARLIEST, LATEST, MAX_TIMESTAMP or a
        timestamp in ms (the first offset at or after it; -1 when there is none)."""

        async def call(
            node: int, tps: list[TopicPartition]
        ) -> dict[TopicPartition, tuple[int, tuple[int, int]]]:
            by_topic: dict[str, list[ListOffsetsPartition]] = defaultdict(list)
            for tp in tps:
                by_topic[tp.topic].append(
                    ListOffsetsPartition(partition_index=tp.partition, timestamp=int(specs[tp]))
                )
            lo = 7 if any(int(specs[tp]) == OffsetSpec.MAX_TIMESTAMP for tp in tps) else 1
            req = ListOffsetsRequest(
                replica_id=-1,
                isolation_level=1 if read_committed else 0,
                topics=[ListOffsetsTopic(t, ps) for t, ps in by_topic.items()],
            )
            resp = await self._call(req, 2, lo, 10, node)
            assert isinstance(resp, ListOffsetsResponse)
            return {
                TopicPartition(t.name, p.partition_index): (p.error_code, (p.offset, p.timestamp))
                for t in resp.topics
                for p in t.partitions
            }

        return await self._per_leader(specs, call, "list offsets")

    async def delete_records(
        self, before: Mapping[TopicPartition, int], *, timeout_ms: int = 30_000
    ) -> dict[TopicPartition, int]:
        """Delete every record before the given offsets (-1: the high watermark); returns
        each partition's new low watermark."""

        async def call(
            node: int, tps: list[TopicPartition]
        ) -> dict[TopicPartition, tuple[int, int]]:
            by_topic: dict[str, list[DeleteRecordsPartition]] = defaultdict(list)
            for tp in tps:
                by_topic[tp.topic].append(DeleteRecordsPartition(tp.partition, before[tp]))
            req = DeleteRecordsRequest(
                topics=[DeleteRecordsTopic(t, ps) for t, ps in by_topic.items()],
                timeout_ms=timeout_ms,
            )
            resp = await self._call(req, 21, 0, 2, node)
            assert isinstance(resp, DeleteRecordsResponse)
            return {
                TopicPartition(t.name, p.partition_index): (p.error_code, p.low_watermark)
                for t in resp.topics
                for p in t.partitions
            }

        return await self._per_leader(before, call, "delete records")

    # ---------------------------------------------------------------- groups

    async def list_groups(
        self, *, states: Sequence[str] = (), types: Sequence[str] = ()
    ) -> list[GroupListing]:
        """Groups on every broker, optionally filtered by state ("Stable", ...) and type
        ("classic", "consumer")."""
        if not self.cluster.brokers:
            await self.cluster.refresh([])
        out = []
        for node in sorted(self.cluster.brokers) or [ANY_NODE]:
            req = ListGroupsRequest(states_filter=list(states), types_filter=list(types))
            lo = 5 if types else 4 if states else 0
            resp = await self._call(req, 16, lo, 5, node)
            assert isinstance(resp, ListGroupsResponse)
            _check(resp.error_code, None, "list groups")
            out += [
                GroupListing(g.group_id, g.protocol_type, g.group_state, g.group_type or "classic")
                for g in resp.groups
            ]
        return sorted(out, key=lambda g: g.group_id)

    async def describe_groups(self, group_ids: Iterable[str]) -> dict[str, GroupDescription]:
        """Members and assignments; KIP-848 groups through ConsumerGroupDescribe, classic
        ones through DescribeGroups (as Kafka's AdminClient falls back)."""
        out = {}
        for gid in group_ids:

            async def describe(node: int, gid: str = gid) -> GroupDescription:
                desc = None
                if 69 in self.transport.api_versions(node):
                    desc = await self._describe_consumer_group(gid, node)
                if desc is None:
                    desc = await self._describe_classic_group(gid, node)
                return desc

            out[gid] = await self._with_coordinator(gid, describe)
        return out

    async def _describe_consumer_group(self, gid: str, node: int) -> GroupDescription | None:
        resp = await self._call(ConsumerGroupDescribeRequest(group_ids=[gid]), 69, 0, 1, node)
        assert isinstance(resp, ConsumerGroupDescribeResponse)
        g = resp.groups[0]
        if g.error_code == E.GROUP_ID_NOT_FOUND:
            return None  # a classic group, or none at all
        _check(g.error_code, g.error_message, f"group {gid!r}")
        members = [
            MemberDescription(
                m.member_id,
                m.instance_id,
                m.client_id,
                m.client_host,
                [
                    TopicPartition(tp.topic_name, p)
                    for tp in m.assignment.topic_partitions
                    for p in tp.partitions
                ],
            )
            for m in g.members
        ]
        return GroupDescription(
            gid,
            "consumer",
            g.group_state,
            "consumer",
            g.assignor_name,
            members,
            node,
            g.group_epoch,
        )

    async def _describe_classic_group(self, gid: str, node: int) -> GroupDescription:
        resp = await self._call(DescribeGroupsRequest(groups=[gid]), 15, 0, 6, node)
        assert isinstance(resp, DescribeGroupsResponse)
        g = resp.groups[0]
        _check(g.error_code, g.error_message, f"group {gid!r}")
        members = []
        for m in g.members:
            assignment: list[TopicPartition] = []
            if g.protocol_type == "consumer" and len(m.member_assignment) >= 2:
                version = int.from_bytes(m.member_assignment[:2], "big", signed=True)
                try:
                    a = ConsumerProtocolAssignment.decode(
                        memoryview(m.member_assignment)[2:],
                        min(max(version, 0), ConsumerProtocolAssignment.MAX_VERSION),
                        allow_trailing=True,
                    )
                    assignment = [
                        TopicPartition(t.topic, p)
                        for t in a.assigned_partitions
                        for p in t.partitions
                    ]
                except ValueError:
                    assignment = []
            members.append(
                MemberDescription(
                    m.member_id, m.group_instance_id, m.client_id, m.client_host, assignment
                )
            )
        return GroupDescription(
            gid, "classic", g.group_state, g.protocol_type, g.protocol_data, members, node
        )

    async def delete_groups(self, group_ids: Iterable[str]) -> dict[str, FluxMQError | None]:
        """Delete consumer groups with no members and their offsets; per group, None or the
        error (NON_EMPTY_GROUP, GROUP_ID_NOT_FOUND, ...)."""
        out: dict[str, FluxMQError | None] = {}
        for gid in group_ids:

            async def delete(node: int, gid: str = gid) -> DeleteGroupsResponse:
                resp = await self._call(DeleteGroupsRequest(groups_names=[gid]), 42, 0, 3, node)
                assert isinstance(resp, DeleteGroupsResponse)
                for r in resp.results:
                    if r.error_code in _COORDINATOR_RETRY:
                        _check(r.error_code, r.error_message, f"delete group {gid!r}")
                return resp

            resp = await self._with_coordinator(gid, delete)
            for r in resp.results:
                why = r.error_message or _GROUP_DELETE_WHY.get(r.error_code, "")
                out[r.group_id] = (
                    broker_error(r.error_code, f"delete group {r.group_id!r}: {why}".rstrip(": "))
                    if r.error_code
                    else None
                )
        return out

    async def delete_group(self, group_id: str) -> None:
        """Delete one group; raises on failure."""
        err = (await self.delete_groups([group_id])).get(group_id)
        if err is not None:
            raise err

    async def list_group_offsets(
        self, group_id: str, partitions: Iterable[TopicPartition] | None = None
    ) -> dict[TopicPartition, OffsetAndMetadata]:
        """The group's committed offsets (only partitions that have one)."""
        wanted_tps = None if partitions is None else list(partitions)
        return await self._with_coordinator(
            group_id, lambda node: self._list_group_offsets(group_id, wanted_tps, node)
        )

    async def _list_group_offsets(
        self, group_id: str, partitions: list[TopicPartition] | None, node: int
    ) -> dict[TopicPartition, OffsetAndMetadata]:
        version = self.transport.version(9, 1, 9, node)  # v10 needs topic ids for everything
        wanted: dict[str, list[int]] | None = None
        if partitions is not None:
            wanted = defaultdict(list)
            for tp in partitions:
                wanted[tp.topic].append(tp.partition)
        if version >= 8:
            req = OffsetFetchRequest(
                groups=[
                    OffsetFetchRequestGroup(
                        group_id,
                        topics=(
                            None
                            if wanted is None
                            else [
                                OffsetFetchRequestTopics(t, partition_indexes=ps)
                                for t, ps in wanted.items()
                            ]
                        ),
                    )
                ]
            )
        else:
            req = OffsetFetchRequest(
                group_id=group_id,
                topics=(
                    None
                    if wanted is None
                    else [OffsetFetchRequestTopic(t, ps) for t, ps in wanted.items()]
                ),
            )
        resp = await self.transport.request(req, version, node=node, timeout=self.request_timeout)
        assert isinstance(resp, OffsetFetchResponse)
        out = {}
        if version >= 8:
            g = resp.groups[0]
            _check(g.error_code, None, f"offsets of group {group_id!r}")
            rows = [(t.name, p) for t in g.topics for p in t.partitions]
        else:
            _check(resp.error_code, None, f"offsets of group {group_id!r}")
            rows = [(t.name, p) for t in resp.topics for p in t.partitions]  # type: ignore[misc]
        for name, p in rows:
            _check(p.error_code, None, f"offset of {name}-{p.partition_index}")
            if p.committed_offset >= 0:
                out[TopicPartition(name, p.partition_index)] = OffsetAndMetadata(
                    p.committed_offset, p.metadata or "", p.committed_leader_epoch
                )
        return out

    async def alter_group_offsets(
        self, group_id: str, offsets: Mapping[TopicPartition, int | OffsetAndMetadata]
    ) -> None:
        """Set committed offsets of a group that has no active members."""
        await self._with_coordinator(
            group_id, lambda node: self._alter_group_offsets(group_id, offsets, node)
        )

    async def _alter_group_offsets(
        self, group_id: str, offsets: Mapping[TopicPartition, int | OffsetAndMetadata], node: int
    ) -> None:
        by_topic: dict[str, list[OffsetCommitRequestPartition]] = defaultdict(list)
        for tp, o in offsets.items():
            om = o if isinstance(o, OffsetAndMetadata) else OffsetAndMetadata(o)
            by_topic[tp.topic].append(
                OffsetCommitRequestPartition(tp.partition, om.offset, om.leader_epoch, om.metadata)
            )
        req = OffsetCommitRequest(
            group_id=group_id,
            generation_id_or_member_epoch=-1,
            member_id="",
            topics=[OffsetCommitRequestTopic(t, partitions=ps) for t, ps in by_topic.items()],
        )
        resp = await self._call(req, 8, 2, 9, node)
        assert isinstance(resp, OffsetCommitResponse)
        for t in resp.topics:
            for p in t.partitions:
                _check(p.error_code, None, f"commit {t.name}-{p.partition_index} for {group_id!r}")

    async def delete_group_offsets(
        self, group_id: str, partitions: Iterable[TopicPartition]
    ) -> None:
        """Forget committed offsets (not allowed for topics the live group subscribes to)."""
        tps = list(partitions)
        await self._with_coordinator(
            group_id, lambda node: self._delete_group_offsets(group_id, tps, node)
        )

    async def _delete_group_offsets(
        self, group_id: str, partitions: list[TopicPartition], node: int
    ) -> None:
        by_topic: dict[str, list[OffsetDeleteRequestPartition]] = defaultdict(list)
        for tp in partitions:
            by_topic[tp.topic].append(OffsetDeleteRequestPartition(tp.partition))
        req = OffsetDeleteRequest(
            group_id=group_id,
            topics=[OffsetDeleteRequestTopic(t, ps) for t, ps in by_topic.items()],
        )
        resp = await self._call(req, 47, 0, 0, node)
        assert isinstance(resp, OffsetDeleteResponse)
        _check(resp.error_code, None, f"delete offsets of group {group_id!r}")
        for t in resp.topics:
            for p in t.partitions:
                _check(p.error_code, None, f"delete offset of {t.name}-{p.partition_index}")

    async def group_lag(self, group_id: str) -> dict[TopicPartition, int]:
        """Per partition with a committed offset: log end offset minus that offset."""
        committed = await self.list_group_offsets(group_id)
        if not committed:
            return {}
        ends = await self.list_offsets(dict.fromkeys(committed, OffsetSpec.LATEST))
        return {tp: max(0, ends[tp][0] - om.offset) for tp, om in committed.items()}
