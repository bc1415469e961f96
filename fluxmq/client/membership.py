"""Group membership for the consumer: the coordinator, offsets, and the two group protocols.

- `GroupClient`: finds the group coordinator (a connection of its own, so heartbeats never
  wait behind a fetch's long poll) and commits / fetches offsets. Used alone for manually
  assigned consumers with a `group_id`.
- `ClassicMembership`: JoinGroup (with the KIP-394 MEMBER_ID_REQUIRED round trip), the leader
  runs the client-side assignor, SyncGroup, heartbeats in a task of their own, LeaveGroup on
  close (not for static members). Eager assignors revoke everything before each rebalance;
  cooperative ones (KIP-429) revoke only what moves and rejoin once more.
- `ConsumerMembership` (`group_protocol="consumer"`, KIP-848): ConsumerGroupHeartbeat with
  member epochs; the broker assigns; the member reconciles, revoking before acknowledging;
  leaving is a heartbeat with epoch -1 (-2 for static members).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import anyio

from ..protocol.message import Message
from ..protocol.messages.consumer_group_heartbeat_request import (
    ConsumerGroupHeartbeatRequest,
)
from ..protocol.messages.consumer_group_heartbeat_request import (
    TopicPartitions as HbTopicPartitions,
)
from ..protocol.messages.consumer_group_heartbeat_response import ConsumerGroupHeartbeatResponse
from ..protocol.messages.consumer_protocol_assignment import ConsumerProtocolAssignment
from ..protocol.messages.consumer_protocol_assignment import TopicPartition as CpaTopicPartition
from ..protocol.messages.consumer_protocol_subscription import ConsumerProtocolSubscription
from ..protocol.messages.consumer_protocol_subscription import (
    TopicPartition as CpsTopicPartition,
)
from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.find_coordinator_request import FindCoordinatorRequest
from ..protocol.messages.find_coordinator_response import FindCoordinatorResponse
from ..protocol.messages.heartbeat_request import HeartbeatRequest
from ..protocol.messages.heartbeat_response import HeartbeatResponse
from ..protocol.messages.join_group_request import JoinGroupRequest, JoinGroupRequestProtocol
from ..protocol.messages.join_group_response import JoinGroupResponse
from ..protocol.messages.leave_group_request import LeaveGroupRequest, MemberIdentity
from ..protocol.messages.offset_commit_request import (
    OffsetCommitRequest,
    OffsetCommitRequestPartition,
    OffsetCommitRequestTopic,
)
from ..protocol.messages.offset_commit_response import OffsetCommitResponse
from ..protocol.messages.offset_fetch_request import (
    OffsetFetchRequest,
    OffsetFetchRequestGroup,
    OffsetFetchRequestTopic,
    OffsetFetchRequestTopics,
)
from ..protocol.messages.offset_fetch_response import OffsetFetchResponse
from ..protocol.messages.sync_group_request import SyncGroupRequest, SyncGroupRequestAssignment
from ..protocol.messages.sync_group_response import SyncGroupResponse
from .assignors import Assignor, GroupSubscription, RebalanceProtocol
from .errors import (
    BrokerError,
    BrokerUnreachableError,
    ConfigurationError,
    FatalError,
    FluxMQError,
    GroupError,
    RequestTimeoutError,
    RetriableError,
    broker_error,
)
from .transport import ANY_NODE
from .types import OffsetAndMetadata, TopicPartition

if TYPE_CHECKING:
    from .consumer import Consumer

__all__ = [
    "ClassicMembership",
    "CommitFailedError",
    "ConsumerMembership",
    "GroupClient",
    "GroupState",
]

log = logging.getLogger(__name__)

OFFSET_COMMIT_API = 8
OFFSET_FETCH_API = 9
FIND_COORDINATOR_API = 10
JOIN_GROUP_API = 11
HEARTBEAT_API = 12
LEAVE_GROUP_API = 13
SYNC_GROUP_API = 14
CONSUMER_GROUP_HEARTBEAT_API = 68

_COORDINATOR_ERRORS = frozenset({E.COORDINATOR_NOT_AVAILABLE, E.NOT_COORDINATOR})
_SUBSCRIPTION_VERSION = 3
_ASSIGNMENT_VERSION = 3


class CommitFailedError(FatalError):
    """The commit cannot succeed: the group rebalanced and these partitions may now belong to
    another member. Their records may be delivered again."""


@dataclass(frozen=True)
class GroupState:
    """A read-only snapshot of the consumer's group membership (`Consumer.group`)."""

    group_id: str
    protocol: str
    """"classic" or "consumer" (KIP-848)."""
    member_id: str
    group_instance_id: str | None
    generation_id: int
    """The classic generation, or the KIP-848 member epoch; -1 when not in the group."""
    state: str
    """"unjoined", "joining", "stable", "reconciling" or "left"."""
    assignment: frozenset[TopicPartition]
    is_leader: bool
    assignor: str | None
    """The classic protocol chosen by the group, or the KIP-848 server assignor asked for."""
    coordinator: int | None
    """The coordinator's broker node id, once known."""
    last_heartbeat: float | None
    """Wall-clock time (time.time()) of the last successful heartbeat."""
    last_rebalance: float | None
    """Wall-clock time of the last completed assignment."""


def _offsets_by_topic(
    offsets: Mapping[TopicPartition, OffsetAndMetadata],
) -> dict[str, list[tuple[int, OffsetAndMetadata]]]:
    out: dict[str, list[tuple[int, OffsetAndMetadata]]] = {}
    for tp, om in sorted(offsets.items()):
        out.setdefault(tp.topic, []).append((tp.partition, om))
    return out


class GroupClient:
    """Coordinator discovery and offsets for one group (no membership)."""

    protocol = "classic"

    def __init__(self, consumer: Consumer, group_id: str) -> None:
        self.consumer = consumer
        self.group_id = group_id
        self.transport = consumer.transport
        self.cluster = consumer.cluster
        self.subs = consumer._subs
        self.coordinator: int | None = None  # dedicated node id
        self.coordinator_id: int | None = None  # the broker's node id
        self.request_timeout = consumer.request_timeout
        self.retry_backoff = consumer._retry_backoff
        self.member_id = ""
        self.group_instance_id: str | None = None
        self.generation = -1
        self.state = "unjoined"
        self.is_leader = False
        self.last_heartbeat: float | None = None
        self.last_rebalance: float | None = None
        self.wake = anyio.Event()
        self._coord_lock = anyio.Lock()

    # -------------------------------------------------------------- view

    def view(self) -> GroupState:
        return GroupState(
            group_id=self.group_id,
            protocol=self.protocol,
            member_id=self.member_id,
            group_instance_id=self.group_instance_id,
            generation_id=self.generation,
            state=self.state,
            assignment=frozenset(self.subs.assignment),
            is_leader=self.is_leader,
            assignor=self.assignor_name(),
            coordinator=self.coordinator_id,
            last_heartbeat=self.last_heartbeat,
            last_rebalance=self.last_rebalance,
        )

    def assignor_name(self) -> str | None:
        return None

    def poke(self) -> None:
        self.wake.set()

    async def wait(self, timeout: float) -> None:
        with anyio.move_on_after(max(0.0, timeout)):
            await self.wake.wait()
        self.wake = anyio.Event()

    # -------------------------------------------------------------- lifecycle hooks

    async def run(self) -> None:
        """The membership loop (none for a group used only for offsets)."""
        await anyio.sleep_forever()

    def poll_tick(self) -> None:
        """The application polled."""

    def request_rejoin(self, reason: str) -> None:
        """Subscription or metadata changed."""

    def in_group(self) -> bool:
        return False

    async def close(self) -> None:
        """Leave the group, as the protocol says."""

    # -------------------------------------------------------------- coordinator

    async def ensure_coordinator(self, timeout: float | None = None) -> int:
        deadline = time.monotonic() + (timeout if timeout is not None else self.request_timeout)
        async with self._coord_lock:
            delay = self.retry_backoff
            while self.coordinator is None:
                try:
                    await self._find_coordinator()
                except FatalError:
                    raise
                except FluxMQError as e:
                    log.debug("group %s: no coordinator yet: %s", self.group_id, e)
                    if time.monotonic() + delay > deadline:
                        raise RequestTimeoutError(
                            f"no coordinator found for group {self.group_id!r}: {e}"
                        ) from e
                    await anyio.sleep(delay)
                    delay = min(delay * 2, 1.0)
            return self.coordinator

    async def _find_coordinator(self) -> None:
        version = self.transport.version(FIND_COORDINATOR_API, 0, 6)
        if version >= 4:
            req = FindCoordinatorRequest(key_type=0, coordinator_keys=[self.group_id])
        else:
            req = FindCoordinatorRequest(key=self.group_id, key_type=0)
        resp = await self.transport.request(
            req, version, node=ANY_NODE, timeout=self.request_timeout
        )
        if not isinstance(resp, FindCoordinatorResponse):
            raise BrokerUnreachableError("no FindCoordinator answer")
        if version >= 4:
            if not resp.coordinators:
                raise BrokerUnreachableError("empty FindCoordinator answer")
            c = resp.coordinators[0]
            code, node, host, port = c.error_code, c.node_id, c.host, c.port
        else:
            code, node, host, port = resp.error_code, resp.node_id, resp.host, resp.port
        if code:
            raise broker_error(code, f"finding the coordinator of group {self.group_id!r}")
        if node not in self.cluster.brokers or (
            (self.cluster.brokers[node].host, self.cluster.brokers[node].port) != (host, port)
        ):
            await self.cluster.refresh([])
        self.coordinator_id = node
        self.coordinator = self.transport.dedicated_node(node)

    def coordinator_dead(self, why: object) -> None:
        if self.coordinator is not None:
            log.info("group %s: coordinator lost (%s), looking it up again", self.group_id, why)
        self.coordinator = None

    async def request(self, msg: Message, api_key: int, lo: int, hi: int) -> Message:
        """Send to the coordinator; coordinator-gone errors mark it unknown."""
        node = await self.ensure_coordinator()
        version = self.transport.version(api_key, lo, hi, node)
        try:
            resp = await self.transport.request(
                msg, version, node=node, timeout=self.request_timeout
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            raise
        assert resp is not None
        return resp

    async def request_v(
        self, build: type[Message], api_key: int, lo: int, hi: int, **fields: object
    ) -> tuple[Message, int]:
        node = await self.ensure_coordinator()
        version = self.transport.version(api_key, lo, hi, node)
        try:
            resp = await self.transport.request(
                build(**fields), version, node=node, timeout=self.request_timeout
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            raise
        assert resp is not None
        return resp, version

    # -------------------------------------------------------------- offsets

    def commit_identity(self) -> tuple[int, str]:
        """(generation or member epoch, member id) for OffsetCommit."""
        return -1, ""

    async def commit(self, offsets: Mapping[TopicPartition, OffsetAndMetadata]) -> None:
        """Commit, retrying retriable errors until the request timeout; raise the rest."""
        if not offsets:
            return
        deadline = time.monotonic() + self.request_timeout
        delay = self.retry_backoff
        while True:
            try:
                await self._commit_once(offsets)
                return
            except RetriableError as e:
                if time.monotonic() + delay > deadline:
                    raise
                log.debug("group %s: commit retry: %s", self.group_id, e)
                await anyio.sleep(delay)
                delay = min(delay * 2, 1.0)

    async def _commit_once(self, offsets: Mapping[TopicPartition, OffsetAndMetadata]) -> None:
        gen, member = self.commit_identity()
        topics = [
            OffsetCommitRequestTopic(
                name=topic,
                partitions=[
                    OffsetCommitRequestPartition(
                        partition_index=p,
                        committed_offset=om.offset,
                        committed_leader_epoch=om.leader_epoch,
                        committed_metadata=om.metadata,
                    )
                    for p, om in parts
                ],
            )
            for topic, parts in _offsets_by_topic(offsets).items()
        ]
        resp, _v = await self.request_v(
            OffsetCommitRequest,
            OFFSET_COMMIT_API,
            2,
            9,
            group_id=self.group_id,
            generation_id_or_member_epoch=gen,
            member_id=member,
            group_instance_id=self.group_instance_id,
            topics=topics,
        )
        assert isinstance(resp, OffsetCommitResponse)
        for t in resp.topics:
            for p in t.partitions:
                code = p.error_code
                if not code:
                    continue
                where = f"committing {t.name}[{p.partition_index}] for group {self.group_id!r}"
                if code in _COORDINATOR_ERRORS:
                    self.coordinator_dead(E(code).name)
                    raise broker_error(code, where)
                if code in (E.UNKNOWN_MEMBER_ID, E.ILLEGAL_GENERATION, E.FENCED_INSTANCE_ID):
                    self.on_commit_fenced(code)
                    raise CommitFailedError(
                        f"{E(code).name} {where}: the group rebalanced and the partitions may "
                        "be assigned to another member; their records may be delivered again"
                    )
                if code == E.STALE_MEMBER_EPOCH:
                    raise broker_error(E.REBALANCE_IN_PROGRESS, where)  # retriable: retry
                if code == E.REBALANCE_IN_PROGRESS:
                    self.request_rejoin("commit answered REBALANCE_IN_PROGRESS")
                    raise CommitFailedError(
                        f"REBALANCE_IN_PROGRESS {where}: commit again after the rebalance"
                    )
                raise broker_error(code, where)

    def on_commit_fenced(self, code: int) -> None:
        pass

    async def fetch_committed(
        self, partitions: Iterable[TopicPartition]
    ) -> dict[TopicPartition, OffsetAndMetadata | None]:
        """The committed offsets (None where nothing is committed)."""
        tps = sorted(set(partitions))
        if not tps:
            return {}
        deadline = time.monotonic() + self.request_timeout
        delay = self.retry_backoff
        while True:
            try:
                return await self._fetch_committed_once(tps)
            except RetriableError as e:
                if time.monotonic() + delay > deadline:
                    raise
                log.debug("group %s: offset fetch retry: %s", self.group_id, e)
                await anyio.sleep(delay)
                delay = min(delay * 2, 1.0)

    async def _fetch_committed_once(
        self, tps: list[TopicPartition]
    ) -> dict[TopicPartition, OffsetAndMetadata | None]:
        by_topic: dict[str, list[int]] = {}
        for tp in tps:
            by_topic.setdefault(tp.topic, []).append(tp.partition)
        node = await self.ensure_coordinator()
        version = self.transport.version(OFFSET_FETCH_API, 1, 9, node)
        if version >= 8:
            gen, member = self.commit_identity()
            req = OffsetFetchRequest(
                groups=[
                    OffsetFetchRequestGroup(
                        group_id=self.group_id,
                        member_id=member or None,
                        member_epoch=gen if self.protocol == "consumer" else -1,
                        topics=[
                            OffsetFetchRequestTopics(name=t, partition_indexes=ps)
                            for t, ps in by_topic.items()
                        ],
                    )
                ],
                require_stable=True,
            )
        else:
            req = OffsetFetchRequest(
                group_id=self.group_id,
                topics=[
                    OffsetFetchRequestTopic(name=t, partition_indexes=ps)
                    for t, ps in by_topic.items()
                ],
                require_stable=version >= 7,
            )
        try:
            resp = await self.transport.request(
                req, version, node=node, timeout=self.request_timeout
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            raise
        assert isinstance(resp, OffsetFetchResponse)
        out: dict[TopicPartition, OffsetAndMetadata | None] = {}
        where = f"fetching committed offsets of group {self.group_id!r}"
        if version >= 8:
            if not resp.groups:
                raise BrokerUnreachableError("empty OffsetFetch answer")
            g = resp.groups[0]
            self._offset_fetch_error(g.error_code, where)
            rows = [(t.name, p) for t in g.topics for p in t.partitions]
        else:
            self._offset_fetch_error(resp.error_code, where)
            rows = [(t.name, p) for t in resp.topics for p in t.partitions]  # type: ignore[misc]
        for name, p in rows:
            self._offset_fetch_error(p.error_code, where)
            tp = TopicPartition(name, p.partition_index)
            if p.committed_offset < 0:
                out[tp] = None
            else:
                out[tp] = OffsetAndMetadata(
                    p.committed_offset, p.metadata or "", p.committed_leader_epoch
                )
        for tp in tps:
            out.setdefault(tp, None)
        return out

    def _offset_fetch_error(self, code: int, where: str) -> None:
        if not code:
            return
        if code in _COORDINATOR_ERRORS:
            self.coordinator_dead(E(code).name)
        if code == E.STALE_MEMBER_EPOCH:
            raise broker_error(E.UNSTABLE_OFFSET_COMMIT, where)  # retriable
        raise broker_error(code, where)

    # -------------------------------------------------------------- helpers

    async def _revoke(self, partitions: Sequence[TopicPartition], *, lost: bool = False) -> None:
        """Commit (auto-commit), tell the listener, drop the partitions."""
        if not partitions:
            return
        c = self.consumer
        if not lost:
            await c._auto_commit_before_revoke(partitions)
        try:
            await c._invoke_listener("lost" if lost else "revoked", partitions)
        finally:
            self.subs.remove_partitions(partitions)
            c._forget(partitions)  # with what the `async for` buffer holds of them

    async def _assign(self, partitions: Sequence[TopicPartition]) -> None:
        self.subs.add_partitions(partitions)
        self.last_rebalance = time.time()
        self.consumer._fetcher.wake()
        await self.consumer._invoke_listener("assigned", partitions)
        self.consumer._fetcher.wake()


# ---------------------------------------------------------------------------- classic


class ClassicMembership(GroupClient):
    """The classic group protocol (JoinGroup / SyncGroup / Heartbeat / LeaveGroup)."""

    protocol = "classic"

    def __init__(
        self,
        consumer: Consumer,
        group_id: str,
        *,
        assignors: Sequence[Assignor],
        group_instance_id: str | None,
        session_timeout_ms: int,
        rebalance_timeout_ms: int,
        heartbeat_interval_ms: int,
        max_poll_interval_ms: int,
        client_rack: str | None,
    ) -> None:
        super().__init__(consumer, group_id)
        if not assignors:
            raise ConfigurationError("partition_assignment_strategy is empty")
        self.assignors = list(assignors)
        common = set(self.assignors[0].supported_protocols)
        for a in self.assignors[1:]:
            common &= set(a.supported_protocols)
        if not common:
            raise ConfigurationError(
                "the assignors share no rebalance protocol (eager/cooperative)"
            )
        self.rebalance_protocol = (
            RebalanceProtocol.COOPERATIVE
            if RebalanceProtocol.COOPERATIVE in common
            else RebalanceProtocol.EAGER
        )
        self.group_instance_id = group_instance_id
        self.session_timeout_ms = session_timeout_ms
        self.rebalance_timeout_ms = rebalance_timeout_ms
        self.heartbeat_interval = heartbeat_interval_ms / 1000
        self.max_poll_interval = max_poll_interval_ms / 1000
        self.rack = client_rack
        self.protocol_name: str | None = None
        self.need_rejoin = True
        self.rejoin_reason = "initial join"
        self.lost_pending = False
        self.left_for_poll = False
        self.join_prepared = False
        self.joined_counts: dict[str, int] = {}  # partition counts seen at the last join
        self.fatal: BaseException | None = None

    def assignor_name(self) -> str | None:
        return self.protocol_name

    def in_group(self) -> bool:
        return self.generation >= 0 and not self.need_rejoin

    def commit_identity(self) -> tuple[int, str]:
        if not self.subs.is_group_managed:
            return -1, ""
        return self.generation, self.member_id

    def on_commit_fenced(self, code: int) -> None:
        if code == E.UNKNOWN_MEMBER_ID:
            self.member_id = ""
        self.generation = -1
        self.lost_pending = bool(self.subs.assignment)
        self.request_rejoin(f"commit answered {E(code).name}")

    def request_rejoin(self, reason: str) -> None:
        if not self.need_rejoin:
            log.info("group %s: rejoining: %s", self.group_id, reason)
        self.need_rejoin = True
        self.rejoin_reason = reason
        self.poke()

    def poll_tick(self) -> None:
        if self.left_for_poll:
            self.left_for_poll = False
            self.poke()

    # -------------------------------------------------------------- main loop

    async def run(self) -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._heartbeat_loop)
            delay = self.retry_backoff
            while self.fatal is None:
                try:
                    if self.left_for_poll or not self.subs.is_group_managed or not self.subs.topics:
                        await self.wait(1.0)
                        continue
                    if self.lost_pending:
                        self.lost_pending = False
                        await self._revoke(list(self.subs.assignment), lost=True)
                    if self.need_rejoin or self.generation < 0:
                        self.state = "joining"
                        await self._join_and_sync()
                        delay = self.retry_backoff
                        continue
                    await self.wait(self.heartbeat_interval)
                except anyio.get_cancelled_exc_class():
                    raise
                except (FatalError, GroupError) as e:
                    if isinstance(e, CommitFailedError):
                        continue
                    log.error("group %s: %s", self.group_id, e)
                    self.fatal = e
                    self.consumer._set_error(e)
                except Exception as e:
                    log.info("group %s: %s; retrying", self.group_id, e)
                    await anyio.sleep(delay)
                    delay = min(delay * 2, 2.0)
            tg.cancel_scope.cancel()

    async def _heartbeat_loop(self) -> None:
        while True:
            await anyio.sleep(self.heartbeat_interval)
            if self.fatal is not None:
                return
            if self.consumer._poll_expired(self.max_poll_interval) and self.generation >= 0:
                log.warning(
                    "group %s: the application did not poll for %.1fs (max_poll_interval_ms): "
                    "leaving the group; poll again to rejoin",
                    self.group_id,
                    self.max_poll_interval,
                )
                # Flags first: the main loop must not rejoin while LeaveGroup is in flight.
                self.left_for_poll = True
                self.lost_pending = bool(self.subs.assignment)
                await self._leave("consumer poll timeout has expired")
                continue
            if self.generation < 0 or self.coordinator is None or self.state != "stable":
                continue
            try:
                resp = await self.request(
                    HeartbeatRequest(
                        group_id=self.group_id,
                        generation_id=self.generation,
                        member_id=self.member_id,
                        group_instance_id=self.group_instance_id,
                    ),
                    HEARTBEAT_API,
                    0,
                    4,
                )
            except anyio.get_cancelled_exc_class():
                raise
            except Exception as e:
                log.debug("group %s: heartbeat failed: %s", self.group_id, e)
                continue
            assert isinstance(resp, HeartbeatResponse)
            code = resp.error_code
            if code == 0:
                self.last_heartbeat = time.time()
            elif code == E.REBALANCE_IN_PROGRESS:
                self.last_heartbeat = time.time()
                self.request_rejoin("the group is rebalancing")
            elif code in (E.ILLEGAL_GENERATION, E.UNKNOWN_MEMBER_ID, E.FENCED_INSTANCE_ID):
                if code == E.FENCED_INSTANCE_ID:
                    self.fatal = GroupError(
                        code,
                        f"group {self.group_id!r}: fenced by another "
                        f"member with instance id {self.group_instance_id}",
                    )
                    self.consumer._set_error(self.fatal)
                    self.poke()
                    return
                log.info("group %s: heartbeat %s: partitions lost", self.group_id, E(code).name)
                if code == E.UNKNOWN_MEMBER_ID:
                    self.member_id = ""
                self.generation = -1
                self.lost_pending = bool(self.subs.assignment)
                self.request_rejoin(E(code).name)
            elif code in _COORDINATOR_ERRORS:
                self.coordinator_dead(E(code).name)
            else:
                log.debug("group %s: heartbeat error %s", self.group_id, code)

    # -------------------------------------------------------------- join

    def _subscription_bytes(self, assignor: Assignor) -> bytes:
        owned: dict[str, list[int]] = {}
        if self.rebalance_protocol is RebalanceProtocol.COOPERATIVE:
            for tp in self.subs.assignment:
                owned.setdefault(tp.topic, []).append(tp.partition)
        topics = sorted(self.subs.topics)
        sub = ConsumerProtocolSubscription(
            topics=topics,
            user_data=assignor.user_data(topics),
            owned_partitions=[
                CpsTopicPartition(topic=t, partitions=sorted(ps)) for t, ps in sorted(owned.items())
            ],
            generation_id=self.generation,
            rack_id=self.rack,
        )
        return _SUBSCRIPTION_VERSION.to_bytes(2, "big") + sub.encode(_SUBSCRIPTION_VERSION)

    async def _prepare_join(self) -> None:
        if self.join_prepared:
            return
        owned = list(self.subs.assignment)
        if self.generation < 0 and owned:
            await self._revoke(owned, lost=True)
        elif self.rebalance_protocol is RebalanceProtocol.EAGER:
            await self._revoke(owned)
        else:
            gone = [tp for tp in owned if tp.topic not in self.subs.topics]
            await self._revoke(gone)
        self.join_prepared = True

    async def _join_and_sync(self) -> None:
        await self.ensure_coordinator()
        await self._prepare_join()
        self.is_leader = False
        protocols = [
            JoinGroupRequestProtocol(name=a.name, metadata=self._subscription_bytes(a))
            for a in self.assignors
        ]
        counts = {t: len(self.cluster.partitions(t) or []) for t in self.subs.topics}
        node = await self.ensure_coordinator()
        version = self.transport.version(JOIN_GROUP_API, 0, 9, node)
        if self.group_instance_id is not None and version < 5:
            raise FatalError("static membership (group_instance_id) needs JoinGroup v5+")
        req = JoinGroupRequest(
            group_id=self.group_id,
            session_timeout_ms=self.session_timeout_ms,
            rebalance_timeout_ms=self.rebalance_timeout_ms,
            member_id=self.member_id,
            group_instance_id=self.group_instance_id,
            protocol_type="consumer",
            protocols=protocols,
            reason=self.rejoin_reason[:256] if version >= 8 else None,
        )
        self.need_rejoin = False
        try:
            resp = await self.transport.request(
                req, version, node=node, timeout=self.rebalance_timeout_ms / 1000 + 5
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            self.need_rejoin = True
            raise
        assert isinstance(resp, JoinGroupResponse)
        code = resp.error_code
        if code:
            self.need_rejoin = True
            self._join_error(code, resp.member_id)
            return
        self.generation = resp.generation_id
        self.member_id = resp.member_id
        self.protocol_name = resp.protocol_name
        self.is_leader = resp.leader == resp.member_id
        self.joined_counts = counts
        assignments: list[SyncGroupRequestAssignment] = []
        if self.is_leader and not resp.skip_assignment:
            assignments = await self._leader_assign(resp)
        sv = self.transport.version(SYNC_GROUP_API, 0, 5, node)
        sreq = SyncGroupRequest(
            group_id=self.group_id,
            generation_id=self.generation,
            member_id=self.member_id,
            group_instance_id=self.group_instance_id,
            protocol_type="consumer" if sv >= 5 else None,
            protocol_name=self.protocol_name if sv >= 5 else None,
            assignments=assignments,
        )
        try:
            sresp = await self.transport.request(
                sreq, sv, node=node, timeout=self.rebalance_timeout_ms / 1000 + 5
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            self.need_rejoin = True
            raise
        assert isinstance(sresp, SyncGroupResponse)
        if sresp.error_code:
            self.need_rejoin = True
            self._join_error(sresp.error_code, None)
            return
        if self.need_rejoin:  # a heartbeat meanwhile said the group rebalances again
            return
        await self._on_assignment(sresp.assignment)

    def _join_error(self, code: int, member_id: str | None) -> None:
        name = E(code).name
        if code == E.MEMBER_ID_REQUIRED:
            self.member_id = member_id or ""
            self.rejoin_reason = "need to re-join with the given member-id"
            return
        if code == E.UNKNOWN_MEMBER_ID:
            self.member_id = ""
            self.generation = -1
            return
        if code == E.ILLEGAL_GENERATION:
            self.generation = -1
            return
        if code == E.REBALANCE_IN_PROGRESS:
            return  # rejoin at once
        if code in _COORDINATOR_ERRORS:
            self.coordinator_dead(name)
            raise broker_error(code, f"joining group {self.group_id!r}")
        if code == E.COORDINATOR_LOAD_IN_PROGRESS:
            raise broker_error(code, f"joining group {self.group_id!r}")
        if code == E.FENCED_INSTANCE_ID:
            raise GroupError(
                code,
                f"another consumer with group_instance_id {self.group_instance_id!r} joined "
                f"group {self.group_id!r}; this one is fenced",
            )
        if code == E.INCONSISTENT_GROUP_PROTOCOL:
            raise GroupError(
                code,
                f"group {self.group_id!r} uses assignors none of "
                f"{[a.name for a in self.assignors]} (or another protocol type)",
            )
        if code == E.INVALID_SESSION_TIMEOUT:
            raise BrokerError(
                code,
                f"session_timeout_ms={self.session_timeout_ms} is outside the broker's "
                "group.min/max.session.timeout.ms",
            )
        raise broker_error(code, f"joining group {self.group_id!r}")

    async def _leader_assign(self, resp: JoinGroupResponse) -> list[SyncGroupRequestAssignment]:
        assignor = next((a for a in self.assignors if a.name == resp.protocol_name), None)
        if assignor is None:
            raise FatalError(f"the group chose assignor {resp.protocol_name!r}, unknown here")
        subs: dict[str, GroupSubscription] = {}
        topics: set[str] = set()
        for m in resp.members:
            data = memoryview(m.metadata)
            version = int.from_bytes(data[:2], "big") if len(data) >= 2 else 0
            sub = ConsumerProtocolSubscription.decode(
                data[2:], min(version, _SUBSCRIPTION_VERSION), allow_trailing=True
            )
            owned = [TopicPartition(t.topic, p) for t in sub.owned_partitions for p in t.partitions]
            subs[m.member_id] = GroupSubscription(
                member_id=m.member_id,
                topics=list(sub.topics),
                group_instance_id=m.group_instance_id,
                owned_partitions=owned,
                generation_id=sub.generation_id,
                rack_id=sub.rack_id,
                user_data=None if sub.user_data is None else bytes(sub.user_data),
            )
            topics.update(sub.topics)
        await self.cluster.refresh(sorted(topics))
        counts = {t: n for t in topics if (n := len(self.cluster.partitions(t) or [])) > 0}
        self.joined_counts.update({t: counts.get(t, 0) for t in self.subs.topics})
        result = assignor.assign(counts, subs)
        out = []
        for mid in subs:
            parts = result.get(mid, [])
            by_topic: dict[str, list[int]] = {}
            for tp in parts:
                by_topic.setdefault(tp.topic, []).append(tp.partition)
            a = ConsumerProtocolAssignment(
                assigned_partitions=[
                    CpaTopicPartition(topic=t, partitions=sorted(ps))
                    for t, ps in sorted(by_topic.items())
                ]
            )
            out.append(
                SyncGroupRequestAssignment(
                    member_id=mid,
                    assignment=_ASSIGNMENT_VERSION.to_bytes(2, "big")
                    + a.encode(_ASSIGNMENT_VERSION),
                )
            )
        log.info("group %s: leader assigned %s", self.group_id, result)
        return out

    async def _on_assignment(self, raw: bytes) -> None:
        data = memoryview(raw)
        new: list[TopicPartition] = []
        if len(data) >= 2:
            version = int.from_bytes(data[:2], "big")
            a = ConsumerProtocolAssignment.decode(
                data[2:], min(version, _ASSIGNMENT_VERSION), allow_trailing=True
            )
            new = [TopicPartition(t.topic, p) for t in a.assigned_partitions for p in t.partitions]
        self.join_prepared = False
        self.state = "stable"
        self.last_heartbeat = time.time()
        for assignor in self.assignors:
            if assignor.name == self.protocol_name:
                assignor.on_assignment(new, self.generation)
        owned = set(self.subs.assignment)
        target = set(new)
        log.info(
            "group %s: generation %d, member %s, assigned %s",
            self.group_id,
            self.generation,
            self.member_id,
            sorted(target),
        )
        if self.rebalance_protocol is RebalanceProtocol.COOPERATIVE:
            revoked = sorted(owned - target)
            if revoked:
                await self._revoke(revoked)
            await self._assign(sorted(target - owned))
            if revoked:  # KIP-429: give up what moved, then rejoin so it can be reassigned
                self.request_rejoin("partitions revoked in a cooperative rebalance")
        else:
            self.subs.set_assignment(())
            await self._assign(sorted(target))

    def on_metadata(self) -> None:
        """Metadata was refreshed: rejoin when a subscribed topic's partition count changed."""
        if self.generation < 0 or self.need_rejoin:
            return
        for t in self.subs.topics:
            n = len(self.cluster.partitions(t) or [])
            if n and n != self.joined_counts.get(t, 0):
                self.request_rejoin(f"topic {t} has {n} partitions now")
                return

    # -------------------------------------------------------------- leave

    async def _leave(self, reason: str) -> None:
        gen, member = self.generation, self.member_id
        self.generation = -1
        self.state = "left"
        self.need_rejoin = True
        if self.group_instance_id is not None or not member or self.coordinator is None:
            return  # static members stay until their session expires (as Java)
        try:
            node = self.coordinator
            version = self.transport.version(LEAVE_GROUP_API, 0, 5, node)
            if version >= 3:
                req = LeaveGroupRequest(
                    group_id=self.group_id,
                    members=[
                        MemberIdentity(
                            member_id=member, reason=reason[:256] if version >= 5 else None
                        )
                    ],
                )
            else:
                req = LeaveGroupRequest(group_id=self.group_id, member_id=member)
            with anyio.move_on_after(min(self.request_timeout, 5.0)):
                await self.transport.request(req, version, node=node, timeout=5.0)
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as e:
            log.debug("group %s: LeaveGroup failed: %s", self.group_id, e)
        del gen

    async def close(self) -> None:
        if self.generation >= 0 and self.subs.assignment:
            await self._revoke(list(self.subs.assignment))
        elif self.subs.assignment:
            await self._revoke(list(self.subs.assignment), lost=True)
        await self._leave("the consumer is being closed")


# ---------------------------------------------------------------------------- KIP-848


class ConsumerMembership(GroupClient):
    """The KIP-848 consumer group protocol (ConsumerGroupHeartbeat)."""

    protocol = "consumer"

    def __init__(
        self,
        consumer: Consumer,
        group_id: str,
        *,
        group_instance_id: str | None,
        rebalance_timeout_ms: int,
        max_poll_interval_ms: int,
        server_assignor: str | None,
        client_rack: str | None,
    ) -> None:
        super().__init__(consumer, group_id)
        self.group_instance_id = group_instance_id
        self.rebalance_timeout_ms = rebalance_timeout_ms
        self.max_poll_interval = max_poll_interval_ms / 1000
        self.server_assignor = server_assignor
        self.rack = client_rack
        self.member_id = str(uuid.uuid4())
        self.heartbeat_interval = 1.0
        self.lost_pending = False
        self.left_for_poll = False
        self.fatal: BaseException | None = None
        self.target: dict[uuid.UUID, list[int]] | None = None  # unreconciled assignment
        self.sent_subscription: tuple[object, ...] | None = None
        self.ack_needed = False

    def assignor_name(self) -> str | None:
        return self.server_assignor

    def in_group(self) -> bool:
        return self.generation > 0

    def commit_identity(self) -> tuple[int, str]:
        if not self.subs.is_group_managed:
            return -1, ""
        return self.generation, self.member_id

    def on_commit_fenced(self, code: int) -> None:
        self.request_rejoin(f"commit answered {E(code).name}")

    def request_rejoin(self, reason: str) -> None:
        self.sent_subscription = None  # resend the subscription at the next heartbeat
        self.poke()

    def poll_tick(self) -> None:
        if self.left_for_poll:
            self.left_for_poll = False
            self.poke()

    async def run(self) -> None:
        delay = self.retry_backoff
        while self.fatal is None:
            try:
                if (
                    self.left_for_poll
                    or not self.subs.is_group_managed
                    or not (self.subs.topics or self.subs.pattern)
                ):
                    await self.wait(1.0)
                    continue
                if self.lost_pending:
                    self.lost_pending = False
                    await self._revoke(list(self.subs.assignment), lost=True)
                if self.consumer._poll_expired(self.max_poll_interval) and self.generation > 0:
                    log.warning(
                        "group %s: the application did not poll for %.1fs "
                        "(max_poll_interval_ms): leaving the group; poll again to rejoin",
                        self.group_id,
                        self.max_poll_interval,
                    )
                    self.left_for_poll = True  # before the await: a poll meanwhile clears it
                    self.lost_pending = bool(self.subs.assignment)
                    await self._leave()
                    continue
                await self._heartbeat()
                delay = self.retry_backoff
                if self.target is not None:
                    await self._reconcile()
                if not self.ack_needed:
                    await self.wait(self.heartbeat_interval)
            except anyio.get_cancelled_exc_class():
                raise
            except (FatalError, GroupError) as e:
                if isinstance(e, CommitFailedError):
                    continue
                log.error("group %s: %s", self.group_id, e)
                self.fatal = e
                self.consumer._set_error(e)
            except Exception as e:
                log.info("group %s: %s; retrying", self.group_id, e)
                await anyio.sleep(delay)
                delay = min(delay * 2, 2.0)

    def _subscription(self, version: int) -> tuple[list[str] | None, str | None]:
        pattern = self.subs.pattern
        if pattern is not None and version >= 1:
            return None, pattern.pattern
        return sorted(self.subs.topics), None

    async def _heartbeat(self) -> None:
        node = await self.ensure_coordinator()
        version = self.transport.version(CONSUMER_GROUP_HEARTBEAT_API, 0, 1, node)
        names, regex = self._subscription(version)
        joining = self.generation <= 0
        sub_key = (tuple(names) if names is not None else None, regex)
        send_sub = joining or sub_key != self.sent_subscription
        owned: dict[uuid.UUID, list[int]] = {}
        for tp in self.subs.assignment:
            tid = self.cluster.topic_id(tp.topic)
            if tid is not None:
                owned.setdefault(tid, []).append(tp.partition)
        req = ConsumerGroupHeartbeatRequest(
            group_id=self.group_id,
            member_id=self.member_id,
            member_epoch=0 if joining else self.generation,
            instance_id=self.group_instance_id,
            rack_id=self.rack if joining else None,
            rebalance_timeout_ms=self.rebalance_timeout_ms if joining else -1,
            subscribed_topic_names=names if send_sub and regex is None else None,
            subscribed_topic_regex=regex if send_sub else None,
            server_assignor=self.server_assignor if joining else None,
            topic_partitions=(
                []
                if joining
                else [
                    HbTopicPartitions(topic_id=t, partitions=sorted(ps)) for t, ps in owned.items()
                ]
            ),
        )
        if joining:
            self.state = "joining"
        try:
            resp = await self.transport.request(
                req, version, node=node, timeout=self.request_timeout
            )
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            self.coordinator_dead(e)
            raise
        assert isinstance(resp, ConsumerGroupHeartbeatResponse)
        self.ack_needed = False
        code = resp.error_code
        if code:
            self._heartbeat_error(code, resp.error_message)
            return
        if send_sub:
            self.sent_subscription = sub_key
        self.last_heartbeat = time.time()
        if resp.member_id:
            self.member_id = resp.member_id
        self.generation = resp.member_epoch
        if resp.heartbeat_interval_ms > 0:
            self.heartbeat_interval = resp.heartbeat_interval_ms / 1000
        if resp.assignment is not None:
            self.target = {t.topic_id: list(t.partitions) for t in resp.assignment.topic_partitions}
        if self.state == "joining" and self.target is None:
            self.state = "stable"

    def _heartbeat_error(self, code: int, message: str | None) -> None:
        name = E(code).name
        where = f"group {self.group_id!r}: {message or name}"
        if code in _COORDINATOR_ERRORS:
            self.coordinator_dead(name)
            raise broker_error(code, where)
        if code == E.COORDINATOR_LOAD_IN_PROGRESS:
            raise broker_error(code, where)
        if code in (E.FENCED_MEMBER_EPOCH, E.UNKNOWN_MEMBER_ID):
            log.info("group %s: %s: partitions lost, rejoining", self.group_id, name)
            self.generation = 0
            self.target = None
            self.sent_subscription = None
            self.lost_pending = bool(self.subs.assignment)
            self.poke()
            return
        if code in (E.UNRELEASED_INSTANCE_ID, E.FENCED_INSTANCE_ID):
            raise GroupError(code, where)
        if code in (E.UNSUPPORTED_ASSIGNOR, E.INVALID_REQUEST, E.GROUP_MAX_SIZE_REACHED):
            raise GroupError(code, where) if code != E.INVALID_REQUEST else FatalError(where)
        if code == E.UNSUPPORTED_VERSION:
            raise FatalError(f"{where}: the broker does not serve group_protocol='consumer'")
        raise broker_error(code, where)

    async def _reconcile(self) -> None:
        target = self.target
        assert target is not None
        names: dict[uuid.UUID, str] = {}
        for tid in target:
            name = self.cluster.topic_name(tid)
            if name is None:
                await self.cluster.refresh(None)
                name = self.cluster.topic_name(tid)
            if name is not None:
                names[tid] = name
        wanted = {TopicPartition(names[t], p) for t, ps in target.items() if t in names for p in ps}
        owned = set(self.subs.assignment)
        revoked = sorted(owned - wanted)
        added = sorted(wanted - owned)
        if len(names) == len(target):
            self.target = None  # fully resolved
        if revoked or added:
            self.state = "reconciling"
            await self._revoke(revoked)
            await self._assign(added)
            self.ack_needed = True  # tell the coordinator at once
            log.info(
                "group %s: epoch %d, member %s, assigned %s",
                self.group_id,
                self.generation,
                self.member_id,
                sorted(self.subs.assignment),
            )
        self.state = "stable"

    async def _leave(self) -> None:
        epoch = -2 if self.group_instance_id is not None else -1
        was = self.generation
        self.generation = 0
        self.state = "left"
        self.target = None
        if was <= 0 or self.coordinator is None:
            return
        try:
            node = self.coordinator
            version = self.transport.version(CONSUMER_GROUP_HEARTBEAT_API, 0, 1, node)
            req = ConsumerGroupHeartbeatRequest(
                group_id=self.group_id,
                member_id=self.member_id,
                member_epoch=epoch,
                instance_id=self.group_instance_id,
            )
            with anyio.move_on_after(min(self.request_timeout, 5.0)):
                await self.transport.request(req, version, node=node, timeout=5.0)
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as e:
            log.debug("group %s: leave failed: %s", self.group_id, e)

    async def close(self) -> None:
        if self.subs.assignment:
            await self._revoke(list(self.subs.assignment), lost=self.generation <= 0)
        await self._leave()
