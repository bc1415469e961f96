"""Kafka's group coordinator, transport-free: the classic protocol (JoinGroup, SyncGroup,
Heartbeat, LeaveGroup), committed offsets, and group administration.

Requests come in as the generated request objects and leave as generated responses (built
with every field; the caller fits them to the request's version). A JoinGroup or SyncGroup
that must wait for other members returns an incomplete `Deferred`. Time comes from an
injected clock and every timeout is a `Timer` entry, so tests drive rebalances and session
expiry deterministically. State changes are written to `__consumer_offsets` through a
`GroupStore` in Kafka's record format, and `load` replays them on start.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..protocol.message import Message
from ..protocol.messages.delete_groups_response import DeletableGroupResult
from ..protocol.messages.describe_groups_response import (
    DescribedGroup,
    DescribedGroupMember,
)
from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.group_metadata_key import GroupMetadataKey
from ..protocol.messages.group_metadata_value import GroupMetadataValue, MemberMetadata
from ..protocol.messages.heartbeat_request import HeartbeatRequest
from ..protocol.messages.join_group_request import JoinGroupRequest
from ..protocol.messages.join_group_response import JoinGroupResponse, JoinGroupResponseMember
from ..protocol.messages.leave_group_request import LeaveGroupRequest
from ..protocol.messages.leave_group_response import LeaveGroupResponse, MemberResponse
from ..protocol.messages.list_groups_response import ListedGroup
from ..protocol.messages.offset_commit_key import OffsetCommitKey
from ..protocol.messages.offset_commit_value import OffsetCommitValue
from ..protocol.messages.sync_group_request import SyncGroupRequest
from ..protocol.messages.sync_group_response import SyncGroupResponse
from .classic import ClassicGroup, ClassicMember, ClassicState
from .deferred import Deferred
from .offsets import OffsetAndMetadata, offsets_partition
from .records import RecordError, decode_record, encode_key, encode_value
from .timer import Clock, Timer

if TYPE_CHECKING:
    from .consumer_group import ConsumerGroup, ConsumerGroups

__all__ = [
    "GroupConfig",
    "GroupCoordinator",
    "GroupStore",
    "OffsetFetchResult",
    "TopicView",
]

log = logging.getLogger(__name__)

NO_OFFSET = -1
NO_EPOCH = -1
_GROUP_METADATA_VERSION = 3  # what Kafka 3.x/4.x writes (non-flexible)
_OFFSET_VALUE_VERSION = 3
_OFFSET_VALUE_VERSION_WITH_EXPIRY = 1


@dataclass(frozen=True)
class GroupConfig:
    """Broker settings of the group coordinator (Kafka's names in the comments)."""

    initial_rebalance_delay_ms: int = 3000  # group.initial.rebalance.delay.ms
    min_session_timeout_ms: int = 6000  # group.min.session.timeout.ms
    max_session_timeout_ms: int = 1_800_000  # group.max.session.timeout.ms
    max_size: int = 2**31 - 1  # group.max.size
    offsets_retention_ms: int = 7 * 24 * 3600 * 1000  # offsets.retention.minutes
    offsets_retention_check_interval_ms: int = 600_000  # offsets.retention.check.interval.ms
    offset_metadata_max_bytes: int = 4096  # offset.metadata.max.bytes
    offsets_topic_partitions: int = 50  # offsets.topic.num.partitions
    # KIP-848 consumer groups
    consumer_session_timeout_ms: int = 45_000  # group.consumer.session.timeout.ms
    consumer_min_session_timeout_ms: int = 45_000
    consumer_max_session_timeout_ms: int = 60_000
    consumer_heartbeat_interval_ms: int = 5000  # group.consumer.heartbeat.interval.ms
    consumer_min_heartbeat_interval_ms: int = 5000
    consumer_max_heartbeat_interval_ms: int = 15_000
    consumer_max_size: int = 2**31 - 1  # group.consumer.max.size
    consumer_assignors: tuple[str, ...] = ("uniform", "range")  # group.consumer.assignors


class GroupStore(Protocol):
    """Where coordinator records go: one `__consumer_offsets` partition per call."""

    def write(self, partition: int, records: Sequence[tuple[bytes, bytes | None]]) -> None: ...


class TopicView(Protocol):
    """What the coordinator needs to know about topics (names, ids, partition counts)."""

    def partition_count(self, topic: str) -> int | None: ...

    def topic_id(self, topic: str) -> uuid.UUID | None: ...

    def topic_name(self, topic_id: uuid.UUID) -> str | None: ...

    def topic_names(self) -> Iterable[str]: ...


@dataclass
class OffsetFetchResult:
    error: int
    # topic -> [(partition, offset, leader epoch, metadata, error)]
    topics: dict[str, list[tuple[int, int, int, str | None, int]]]


Group = "ClassicGroup | ConsumerGroup"


class GroupCoordinator:
    def __init__(
        self,
        config: GroupConfig,
        clock: Clock,
        store: GroupStore,
        topics: TopicView,
    ) -> None:
        from .consumer_group import ConsumerGroups

        self.config = config
        self.clock = clock
        self.timer = Timer(clock)
        self.store = store
        self.topics = topics
        self.groups: dict[str, ClassicGroup | ConsumerGroup] = {}
        self.offsets: dict[str, dict[tuple[str, int], OffsetAndMetadata]] = {}
        self.consumer: ConsumerGroups = ConsumerGroups(self)
        self.new_member_id: Callable[[str], str] = lambda prefix: f"{prefix}-{uuid.uuid4()}"
        self._schedule_offset_expiry()

    # ---------------------------------------------------------------- persistence

    def _partition(self, group_id: str) -> int:
        return offsets_partition(group_id, self.config.offsets_topic_partitions)

    def write(self, group_id: str, records: Sequence[tuple[bytes, bytes | None]]) -> None:
        if records:
            self.store.write(self._partition(group_id), records)

    def _group_record(self, group: ClassicGroup) -> tuple[bytes, bytes | None]:
        value = GroupMetadataValue(
            protocol_type=group.protocol_type or "",
            generation=group.generation,
            protocol=group.protocol_name,
            leader=group.leader_id,
            current_state_timestamp=group.state_timestamp,
            members=[
                MemberMetadata(
                    member_id=m.member_id,
                    group_instance_id=m.instance_id,
                    client_id=m.client_id,
                    client_host=m.client_host,
                    rebalance_timeout=m.rebalance_timeout_ms,
                    session_timeout=m.session_timeout_ms,
                    subscription=m.metadata(group.protocol_name),
                    assignment=m.assignment,
                )
                for m in group.members.values()
            ],
        )
        return (
            encode_key(GroupMetadataKey(group.group_id)),
            encode_value(value, _GROUP_METADATA_VERSION),
        )

    def _store_group(self, group: ClassicGroup) -> None:
        self.write(group.group_id, [self._group_record(group)])

    def load(self, records: Iterable[tuple[bytes | None, bytes | None]]) -> int:
        """Replay `__consumer_offsets` records (in log order); returns how many applied."""
        applied = 0
        for key, value in records:
            if key is None:
                continue
            try:
                k, v = decode_record(key, value)
            except RecordError as e:
                log.warning("skipping unreadable __consumer_offsets record: %s", e)
                continue
            self._replay(k, v)
            applied += 1
        now = self.clock()
        for group in self.groups.values():
            if isinstance(group, ClassicGroup):
                for m in group.members.values():
                    self._schedule_heartbeat(group, m)
                if group.state_timestamp < 0:
                    group.state_timestamp = now
            else:
                self.consumer.after_load(group)
        return applied

    def _replay(self, k: Message, v: Message | None) -> None:
        if isinstance(k, OffsetCommitKey):
            offsets = self.offsets.setdefault(k.group, {})
            if v is None:
                offsets.pop((k.topic, k.partition), None)
            else:
                assert isinstance(v, OffsetCommitValue)
                offsets[(k.topic, k.partition)] = OffsetAndMetadata(
                    v.offset, v.leader_epoch, v.metadata, v.commit_timestamp, v.expire_timestamp
                )
                if k.group not in self.groups:
                    self.groups[k.group] = ClassicGroup(k.group, state_timestamp=-1)
        elif isinstance(k, GroupMetadataKey):
            if v is None:
                if isinstance(self.groups.get(k.group), ClassicGroup):
                    del self.groups[k.group]
                return
            assert isinstance(v, GroupMetadataValue)
            group = ClassicGroup(k.group)
            group.protocol_type = v.protocol_type or None
            group.generation = v.generation
            group.protocol_name = v.protocol
            group.state_timestamp = v.current_state_timestamp
            for mm in v.members:
                group.add(
                    ClassicMember(
                        member_id=mm.member_id,
                        instance_id=mm.group_instance_id,
                        client_id=mm.client_id,
                        client_host=mm.client_host,
                        rebalance_timeout_ms=mm.rebalance_timeout,
                        session_timeout_ms=mm.session_timeout,
                        protocol_type=v.protocol_type,
                        protocols=[(v.protocol or "", mm.subscription)],
                        assignment=mm.assignment,
                    )
                )
            group.leader_id = v.leader if v.leader in group.members else group.leader_id
            group.state = ClassicState.STABLE if group.members else ClassicState.EMPTY
            self.groups[k.group] = group
        else:
            self.consumer.replay(k, v)

    # ---------------------------------------------------------------- helpers

    def _classic(self, group_id: str) -> ClassicGroup | None:
        g = self.groups.get(group_id)
        return g if isinstance(g, ClassicGroup) else None

    @staticmethod
    def _validate_member(
        group: ClassicGroup, member_id: str, instance_id: str | None
    ) -> tuple[int, ClassicMember | None]:
        """Kafka's ClassicGroup.validateMember: a static member is known by its instance id,
        and a different member id under that instance id has been fenced."""
        if instance_id is not None:
            current = group.static_members.get(instance_id)
            if current is None:
                return E.UNKNOWN_MEMBER_ID, None
            if current != member_id:
                return E.FENCED_INSTANCE_ID, None
        member = group.members.get(member_id)
        if member is None:
            return E.UNKNOWN_MEMBER_ID, None
        return E.NONE, member

    def _set_state(self, group: ClassicGroup, state: ClassicState) -> None:
        group.state = state
        group.state_timestamp = self.clock()

    def _schedule_heartbeat(self, group: ClassicGroup, member: ClassicMember) -> None:
        key = ("hb", group.group_id, member.member_id)
        self.timer.schedule(
            key, member.session_timeout_ms, lambda: self._heartbeat_expired(group, member)
        )

    def _heartbeat_expired(self, group: ClassicGroup, member: ClassicMember) -> None:
        if group.members.get(member.member_id) is not member:
            return
        if member.awaiting:
            self._schedule_heartbeat(group, member)
            return
        log.info("group %s: member %s session expired", group.group_id, member.member_id)
        self._remove_member_and_update(group, member, "session timeout")

    def _join_response(
        self, group: ClassicGroup, member_id: str, *, error: int = 0, with_members: bool = False
    ) -> JoinGroupResponse:
        members = []
        if with_members:
            members = [
                JoinGroupResponseMember(m.member_id, m.instance_id, m.metadata(group.protocol_name))
                for m in group.members.values()
            ]
        return JoinGroupResponse(
            error_code=error,
            generation_id=group.generation,
            protocol_type=group.protocol_type,
            protocol_name=group.protocol_name,
            leader=group.leader_id or "",
            member_id=member_id,
            members=members,
        )

    @staticmethod
    def _join_error(error: int, member_id: str = "") -> Deferred[JoinGroupResponse]:
        return Deferred.of(
            JoinGroupResponse(
                error_code=error, generation_id=-1, protocol_name=None, member_id=member_id
            )
        )

    # ---------------------------------------------------------------- JoinGroup

    def join_group(
        self,
        req: JoinGroupRequest,
        version: int,
        client_id: str,
        client_host: str,
    ) -> Deferred[JoinGroupResponse]:
        cfg = self.config
        gid = req.group_id
        if not gid:
            return self._join_error(E.INVALID_GROUP_ID, req.member_id)
        if not cfg.min_session_timeout_ms <= req.session_timeout_ms <= cfg.max_session_timeout_ms:
            return self._join_error(E.INVALID_SESSION_TIMEOUT, req.member_id)
        existing = self.groups.get(gid)
        if existing is not None and not isinstance(existing, ClassicGroup):
            if not existing.is_empty:
                return self._join_error(E.INCONSISTENT_GROUP_PROTOCOL, req.member_id)
            self.consumer.delete_empty(existing)  # an empty consumer group converts
            existing = None
        group = existing
        if group is None:
            if req.member_id:
                return self._join_error(E.UNKNOWN_MEMBER_ID, req.member_id)
            group = ClassicGroup(gid, state_timestamp=self.clock())
            self.groups[gid] = group
        if group.state is ClassicState.DEAD:
            return self._join_error(E.COORDINATOR_NOT_AVAILABLE, req.member_id)
        names = [p.name for p in req.protocols]
        if not group.supports(req.protocol_type, names):
            return self._join_error(E.INCONSISTENT_GROUP_PROTOCOL, req.member_id)
        rebalance_timeout = req.rebalance_timeout_ms if version >= 1 else req.session_timeout_ms
        if rebalance_timeout <= 0:
            rebalance_timeout = req.session_timeout_ms
        member = ClassicMember(
            member_id=req.member_id,
            instance_id=req.group_instance_id,
            client_id=client_id,
            client_host=client_host,
            rebalance_timeout_ms=rebalance_timeout,
            session_timeout_ms=req.session_timeout_ms,
            protocol_type=req.protocol_type,
            protocols=[(p.name, bytes(p.metadata)) for p in req.protocols],
        )
        if not req.member_id:
            return self._join_unknown(group, member, version)
        return self._join_known(group, member)

    def _group_full(self, group: ClassicGroup) -> bool:
        return len(group.members) + len(group.pending_members) >= self.config.max_size

    def _join_unknown(
        self, group: ClassicGroup, member: ClassicMember, version: int
    ) -> Deferred[JoinGroupResponse]:
        instance = member.instance_id
        if instance is not None:
            member.member_id = self.new_member_id(instance)
            old_id = group.static_members.get(instance)
            if old_id is not None:
                return self._static_rejoin(group, old_id, member, version)
            if self._group_full(group):
                return self._join_error(E.GROUP_MAX_SIZE_REACHED)
            return self._add_and_rebalance(group, member)
        member.member_id = self.new_member_id(member.client_id)
        if self._group_full(group):
            return self._join_error(E.GROUP_MAX_SIZE_REACHED)
        if version >= 4:
            # KIP-394: hand out the id first; the member joins with it, so a client that
            # times out and retries does not leave a ghost member behind.
            group.pending_members.add(member.member_id)
            mid = member.member_id
            self.timer.schedule(
                ("pending", group.group_id, mid),
                member.session_timeout_ms,
                lambda: self._pending_expired(group, mid),
            )
            return self._join_error(E.MEMBER_ID_REQUIRED, mid)
        return self._add_and_rebalance(group, member)

    def _pending_expired(self, group: ClassicGroup, member_id: str) -> None:
        if member_id in group.pending_members:
            group.pending_members.discard(member_id)
            self._maybe_complete_join(group)

    def _join_known(
        self, group: ClassicGroup, joining: ClassicMember
    ) -> Deferred[JoinGroupResponse]:
        mid = joining.member_id
        if mid in group.pending_members:
            group.pending_members.discard(mid)
            self.timer.cancel(("pending", group.group_id, mid))
            if self._group_full(group):
                return self._join_error(E.GROUP_MAX_SIZE_REACHED, mid)
            return self._add_and_rebalance(group, joining)
        err, member = self._validate_member(group, mid, joining.instance_id)
        if member is None:
            return self._join_error(err, mid)
        state = group.state
        if state is ClassicState.PREPARING_REBALANCE:
            return self._update_and_rebalance(group, member, joining)
        if state is ClassicState.COMPLETING_REBALANCE:
            if member.protocols == joining.protocols:
                # The member missed our answer: give it again.
                return Deferred.of(
                    self._join_response(group, mid, with_members=mid == group.leader_id)
                )
            return self._update_and_rebalance(group, member, joining)
        if state is ClassicState.STABLE:
            if mid == group.leader_id or member.protocols != joining.protocols:
                return self._update_and_rebalance(group, member, joining)
            return Deferred.of(self._join_response(group, mid))
        return self._join_error(E.UNKNOWN_MEMBER_ID, mid)

    def _static_rejoin(
        self, group: ClassicGroup, old_id: str, joining: ClassicMember, version: int
    ) -> Deferred[JoinGroupResponse]:
        """A static member restarted: it takes over its old identity, fencing the old id."""
        old = group.members[old_id]
        new_id = joining.member_id
        if old.join is not None and not old.join.done:
            old.join.set(
                JoinGroupResponse(
                    error_code=E.FENCED_INSTANCE_ID, generation_id=-1, member_id=old_id
                )
            )
        if old.sync is not None and not old.sync.done:
            old.sync.set(SyncGroupResponse(error_code=E.FENCED_INSTANCE_ID))
        self.timer.cancel(("hb", group.group_id, old_id))
        old_leader = group.leader_id
        member = group.replace_member_id(old_id, new_id)
        member.client_id = joining.client_id
        member.client_host = joining.client_host
        member.session_timeout_ms = joining.session_timeout_ms
        member.rebalance_timeout_ms = joining.rebalance_timeout_ms
        state = group.state
        if state is not ClassicState.STABLE:
            # PreparingRebalance: it simply joins the rebalance. CompletingRebalance: the
            # leader may already be assigning to the old id, so start over (as Kafka does).
            return self._update_and_rebalance(group, member, joining)
        member.protocols = joining.protocols
        if group.select_protocol() != group.protocol_name:
            return self._update_and_rebalance(group, member, joining)
        # Stable, same protocol chosen: the member takes its place back with no rebalance
        # (its subscription bytes may differ: Java's carry the owned partitions).
        self._schedule_heartbeat(group, member)
        self._store_group(group)
        is_leader = new_id == group.leader_id
        if version >= 9:
            # KIP-814: a returning leader gets the members but is told to skip assigning.
            resp = self._join_response(group, new_id, with_members=is_leader)
            resp.skip_assignment = is_leader
        else:
            # Older clients would run the assignment again if told they lead: name the old
            # leader id, which no longer matches, so they behave as followers.
            resp = self._join_response(group, new_id)
            resp.leader = (old_leader if is_leader else group.leader_id) or ""
        return Deferred.of(resp)

    def _add_and_rebalance(
        self, group: ClassicGroup, member: ClassicMember
    ) -> Deferred[JoinGroupResponse]:
        member.is_new = True
        join = member.join = Deferred()
        group.add(member)
        group.new_member_joined = True
        self._schedule_heartbeat(group, member)
        if group.state is ClassicState.PREPARING_REBALANCE:
            self._maybe_complete_join(group)
        else:
            self._prepare_rebalance(group, f"member {member.member_id} joined")
        return join

    def _update_and_rebalance(
        self, group: ClassicGroup, member: ClassicMember, joining: ClassicMember
    ) -> Deferred[JoinGroupResponse]:
        member.protocols = joining.protocols
        member.session_timeout_ms = joining.session_timeout_ms
        member.rebalance_timeout_ms = joining.rebalance_timeout_ms
        member.client_id = joining.client_id
        member.client_host = joining.client_host
        if member.join is not None and not member.join.done:
            # A second JoinGroup replaces the first (its connection is gone or stuck).
            member.join.set(
                self._join_response(group, member.member_id, error=E.REBALANCE_IN_PROGRESS)
            )
        join = member.join = Deferred()
        if group.state is ClassicState.PREPARING_REBALANCE:
            self._maybe_complete_join(group)
        else:
            self._prepare_rebalance(group, f"member {member.member_id} rejoined")
        return join

    def _prepare_rebalance(self, group: ClassicGroup, reason: str) -> None:
        log.info("group %s: preparing rebalance (%s)", group.group_id, reason)
        if group.state is ClassicState.COMPLETING_REBALANCE:
            for m in group.members.values():
                m.assignment = b""
                if m.sync is not None and not m.sync.done:
                    m.sync.set(SyncGroupResponse(error_code=E.REBALANCE_IN_PROGRESS))
        self.timer.cancel(("sync", group.group_id))
        group.pending_sync.clear()
        was_empty = group.state is ClassicState.EMPTY
        self._set_state(group, ClassicState.PREPARING_REBALANCE)
        group.rebalance_started_ms = self.clock()
        delay = self.config.initial_rebalance_delay_ms
        if was_empty:
            # Kafka's initial delayed join: wait for more members of a starting group so it
            # does not rebalance once per member. Even at 0 ms the join completes from the
            # timer, with whoever has joined by then: members told MEMBER_ID_REQUIRED that
            # never come back must not hold up a new group.
            group.initial_delay_active = True
            group.new_member_joined = False
            self.timer.schedule(
                ("join", group.group_id), delay, lambda: self._initial_delay_expired(group)
            )
        else:
            group.initial_delay_active = False
            self.timer.schedule(
                ("join", group.group_id),
                group.max_rebalance_timeout(),
                lambda: self._complete_join(group),
            )
            self._maybe_complete_join(group)

    def _initial_delay_expired(self, group: ClassicGroup) -> None:
        remaining = group.max_rebalance_timeout() - (self.clock() - group.rebalance_started_ms)
        if group.new_member_joined and remaining > 0:
            group.new_member_joined = False
            self.timer.schedule(
                ("join", group.group_id),
                min(self.config.initial_rebalance_delay_ms, remaining),
                lambda: self._initial_delay_expired(group),
            )
            return
        group.initial_delay_active = False
        self._complete_join(group)

    def _maybe_complete_join(self, group: ClassicGroup) -> None:
        if (
            group.state is ClassicState.PREPARING_REBALANCE
            and not group.initial_delay_active
            and group.all_joined()
        ):
            self._complete_join(group)

    def _complete_join(self, group: ClassicGroup) -> None:
        if group.state is not ClassicState.PREPARING_REBALANCE:
            return
        self.timer.cancel(("join", group.group_id))
        group.initial_delay_active = False
        for m in list(group.members.values()):
            if m.join is None or m.join.done:
                log.info("group %s: member %s did not rejoin", group.group_id, m.member_id)
                self._remove_member(group, m)
        for pending in group.pending_members:
            self.timer.cancel(("pending", group.group_id, pending))
        group.pending_members.clear()
        group.generation += 1
        if not group.members:
            group.protocol_name = None
            self._set_state(group, ClassicState.EMPTY)
            self._store_group(group)
            log.info("group %s: empty at generation %d", group.group_id, group.generation)
            return
        group.protocol_name = group.select_protocol()
        if group.leader_id not in group.members:
            group.leader_id = next(iter(group.members))
        self._set_state(group, ClassicState.COMPLETING_REBALANCE)
        log.info(
            "group %s: generation %d with %d members, protocol %s",
            group.group_id,
            group.generation,
            len(group.members),
            group.protocol_name,
        )
        for m in group.members.values():
            join = m.join
            m.join = None
            m.is_new = False
            assert join is not None
            join.set(
                self._join_response(group, m.member_id, with_members=m.member_id == group.leader_id)
            )
            self._schedule_heartbeat(group, m)
        group.pending_sync = set(group.members)
        generation = group.generation
        self.timer.schedule(
            ("sync", group.group_id),
            group.max_rebalance_timeout(),
            lambda: self._sync_expired(group, generation),
        )

    def _sync_expired(self, group: ClassicGroup, generation: int) -> None:
        if group.generation != generation or not group.pending_sync:
            return
        if group.state not in (ClassicState.COMPLETING_REBALANCE, ClassicState.STABLE):
            return
        missing = list(group.pending_sync)
        log.info("group %s: members %s did not sync in time", group.group_id, missing)
        for mid in missing:
            m = group.members.get(mid)
            if m is not None:
                self._remove_member(group, m)
        group.pending_sync.clear()
        self._after_member_removed(group, "members did not sync")

    def _remove_member(self, group: ClassicGroup, member: ClassicMember) -> None:
        self.timer.cancel(("hb", group.group_id, member.member_id))
        group.remove(member.member_id)
        if member.join is not None and not member.join.done:
            member.join.set(
                JoinGroupResponse(
                    error_code=E.UNKNOWN_MEMBER_ID, generation_id=-1, member_id=member.member_id
                )
            )
        if member.sync is not None and not member.sync.done:
            member.sync.set(SyncGroupResponse(error_code=E.UNKNOWN_MEMBER_ID))

    def _remove_member_and_update(
        self, group: ClassicGroup, member: ClassicMember, reason: str
    ) -> None:
        self._remove_member(group, member)
        self._after_member_removed(group, f"member {member.member_id} left ({reason})")

    def _after_member_removed(self, group: ClassicGroup, reason: str) -> None:
        if group.state in (ClassicState.STABLE, ClassicState.COMPLETING_REBALANCE):
            self._prepare_rebalance(group, reason)
        elif group.state is ClassicState.PREPARING_REBALANCE:
            self._maybe_complete_join(group)

    # ---------------------------------------------------------------- SyncGroup

    def sync_group(self, req: SyncGroupRequest) -> Deferred[SyncGroupResponse]:
        def fail(code: int) -> Deferred[SyncGroupResponse]:
            return Deferred.of(SyncGroupResponse(error_code=code))

        group = self._classic(req.group_id)
        if group is None:
            return fail(E.UNKNOWN_MEMBER_ID)
        if group.state is ClassicState.DEAD:
            return fail(E.COORDINATOR_NOT_AVAILABLE)
        err, member = self._validate_member(group, req.member_id, req.group_instance_id)
        if member is None:
            return fail(err)
        if req.generation_id != group.generation:
            return fail(E.ILLEGAL_GENERATION)
        if (req.protocol_type is not None and req.protocol_type != group.protocol_type) or (
            req.protocol_name is not None and req.protocol_name != group.protocol_name
        ):
            return fail(E.INCONSISTENT_GROUP_PROTOCOL)
        state = group.state
        if state is ClassicState.PREPARING_REBALANCE:
            return fail(E.REBALANCE_IN_PROGRESS)
        if state is ClassicState.EMPTY:
            return fail(E.UNKNOWN_MEMBER_ID)
        group.pending_sync.discard(member.member_id)
        self._schedule_heartbeat(group, member)
        if state is ClassicState.STABLE:
            return Deferred.of(self._sync_response(group, member))
        # CompletingRebalance: followers wait for the leader's assignment.
        if member.sync is not None and not member.sync.done:
            member.sync.set(SyncGroupResponse(error_code=E.REBALANCE_IN_PROGRESS))
        member.sync = Deferred()
        waiting = member.sync
        if member.member_id == group.leader_id:
            given = {a.member_id: bytes(a.assignment) for a in req.assignments}
            for m in group.members.values():
                m.assignment = given.get(m.member_id, b"")
            self._set_state(group, ClassicState.STABLE)
            self._store_group(group)
            for m in group.members.values():
                if m.sync is not None and not m.sync.done:
                    m.sync.set(self._sync_response(group, m))
        return waiting

    @staticmethod
    def _sync_response(group: ClassicGroup, member: ClassicMember) -> SyncGroupResponse:
        return SyncGroupResponse(
            error_code=0,
            protocol_type=group.protocol_type,
            protocol_name=group.protocol_name,
            assignment=member.assignment,
        )

    # ---------------------------------------------------------------- Heartbeat

    def heartbeat(self, req: HeartbeatRequest) -> int:
        group = self._classic(req.group_id)
        if group is None or group.state is ClassicState.EMPTY:
            return E.UNKNOWN_MEMBER_ID
        if group.state is ClassicState.DEAD:
            return E.COORDINATOR_NOT_AVAILABLE
        err, member = self._validate_member(group, req.member_id, req.group_instance_id)
        if member is None:
            return err
        if req.generation_id != group.generation:
            return E.ILLEGAL_GENERATION
        self._schedule_heartbeat(group, member)
        if group.state is ClassicState.PREPARING_REBALANCE:
            return E.REBALANCE_IN_PROGRESS
        return E.NONE

    # ---------------------------------------------------------------- LeaveGroup

    def leave_group(self, req: LeaveGroupRequest, version: int) -> LeaveGroupResponse:
        leaving: list[tuple[str, str | None]]
        if version < 3:
            leaving = [(req.member_id, None)]
        else:
            leaving = [(m.member_id, m.group_instance_id) for m in req.members]
        group = self._classic(req.group_id)
        if group is None:
            return LeaveGroupResponse(error_code=E.UNKNOWN_MEMBER_ID)
        if group.state is ClassicState.DEAD:
            return LeaveGroupResponse(error_code=E.COORDINATOR_NOT_AVAILABLE)
        results = []
        removed = False
        for member_id, instance in leaving:
            code = E.NONE
            target: ClassicMember | None = None
            if instance is not None:
                mid = group.static_members.get(instance)
                if mid is None:
                    code = E.UNKNOWN_MEMBER_ID
                elif member_id and member_id != mid:
                    code = E.FENCED_INSTANCE_ID
                else:
                    target = group.members[mid]
            elif member_id in group.pending_members:
                group.pending_members.discard(member_id)
                self.timer.cancel(("pending", group.group_id, member_id))
                removed = True
            else:
                target = group.members.get(member_id)
                if target is None:
                    code = E.UNKNOWN_MEMBER_ID
            if target is not None:
                log.info("group %s: member %s leaves", group.group_id, target.member_id)
                self._remove_member(group, target)
                removed = True
            results.append(MemberResponse(member_id, instance, code))
        if removed:
            self._after_member_removed(group, "members left")
        if version < 3:
            return LeaveGroupResponse(error_code=results[0].error_code)
        return LeaveGroupResponse(error_code=E.NONE, members=results)

    # ---------------------------------------------------------------- offsets

    def validate_commit(
        self,
        group_id: str,
        generation: int,
        member_id: str,
        instance_id: str | None,
        api_version: int = 9,
    ) -> int:
        """The error for an OffsetCommit's group fields (creating a simple group if needed)."""
        if not group_id:
            return E.INVALID_GROUP_ID
        group = self.groups.get(group_id)
        if group is None:
            if generation >= 0:
                return E.ILLEGAL_GENERATION
            self.groups[group_id] = ClassicGroup(group_id, state_timestamp=self.clock())
            return E.NONE
        if not isinstance(group, ClassicGroup):
            return self.consumer.validate_commit(group, generation, member_id, api_version)
        if group.state is ClassicState.DEAD:
            return E.COORDINATOR_NOT_AVAILABLE
        if generation < 0 and group.state is ClassicState.EMPTY:
            return E.NONE  # the admin client or a consumer without group management
        if group.state is ClassicState.COMPLETING_REBALANCE:
            return E.REBALANCE_IN_PROGRESS
        err, member = self._validate_member(group, member_id, instance_id)
        if member is None:
            return err
        if generation != group.generation:
            return E.ILLEGAL_GENERATION
        self._schedule_heartbeat(group, member)
        return E.NONE

    def commit_offsets(
        self,
        group_id: str,
        generation: int,
        member_id: str,
        instance_id: str | None,
        offsets: Sequence[tuple[str, int, int, int, str | None]],
        retention_ms: int = -1,
        api_version: int = 9,
    ) -> tuple[int, list[int]]:
        """Commit (topic, partition, offset, leader epoch, metadata) entries.

        Returns (group error, one error per entry); entries are written only when the group
        error is NONE.
        """
        err = self.validate_commit(group_id, generation, member_id, instance_id, api_version)
        if err != E.NONE:
            return err, [int(err)] * len(offsets)
        now = self.clock()
        expire = now + retention_ms if retention_ms >= 0 else -1
        stored = self.offsets.setdefault(group_id, {})
        records: list[tuple[bytes, bytes | None]] = []
        errors: list[int] = []
        for topic, partition, offset, epoch, metadata in offsets:
            meta = metadata or ""
            if len(meta.encode()) > self.config.offset_metadata_max_bytes:
                errors.append(E.OFFSET_METADATA_TOO_LARGE)
                continue
            om = OffsetAndMetadata(offset, epoch, meta, now, expire)
            stored[(topic, partition)] = om
            version = _OFFSET_VALUE_VERSION if expire < 0 else _OFFSET_VALUE_VERSION_WITH_EXPIRY
            records.append(
                (
                    encode_key(OffsetCommitKey(group_id, topic, partition)),
                    encode_value(
                        OffsetCommitValue(
                            offset=offset,
                            leader_epoch=epoch,
                            metadata=meta,
                            commit_timestamp=now,
                            expire_timestamp=expire,
                        ),
                        version,
                    ),
                )
            )
            errors.append(E.NONE)
        self.write(group_id, records)
        return E.NONE, errors

    def fetch_offsets(
        self,
        group_id: str,
        topics: Sequence[tuple[str, Sequence[int]]] | None,
        member_id: str | None = None,
        member_epoch: int = -1,
    ) -> OffsetFetchResult:
        """Committed offsets of `topics` ((topic, partitions) pairs), or all when None."""
        group = self.groups.get(group_id)
        if group is not None and not isinstance(group, ClassicGroup) and member_id is not None:
            err = self.consumer.validate_fetch(group, member_id, member_epoch)
            if err != E.NONE:
                return OffsetFetchResult(err, {})
        stored = self.offsets.get(group_id, {})
        out: dict[str, list[tuple[int, int, int, str | None, int]]] = {}
        if topics is None:
            for (t, p), found in sorted(stored.items()):
                out.setdefault(t, []).append(
                    (p, found.offset, found.leader_epoch, found.metadata, 0)
                )
            return OffsetFetchResult(E.NONE, out)
        for t, parts in topics:
            rows = out.setdefault(t, [])
            for p in parts:
                om = stored.get((t, p))
                if om is None:
                    rows.append((p, NO_OFFSET, NO_EPOCH, "", 0))
                else:
                    rows.append((p, om.offset, om.leader_epoch, om.metadata, 0))
        return OffsetFetchResult(E.NONE, out)

    def delete_offsets(
        self, group_id: str, partitions: Sequence[tuple[str, int]]
    ) -> tuple[int, list[int]]:
        group = self.groups.get(group_id)
        if group is None:
            return E.GROUP_ID_NOT_FOUND, []
        if isinstance(group, ClassicGroup):
            if group.state is ClassicState.DEAD:
                return E.GROUP_ID_NOT_FOUND, []
            subscribed = group.subscribed_topics() if not group.is_empty else set()
            if subscribed is None:
                return E.NON_EMPTY_GROUP, []
        else:
            subscribed = group.subscribed_topics()
        stored = self.offsets.get(group_id, {})
        records: list[tuple[bytes, bytes | None]] = []
        errors: list[int] = []
        for t, p in partitions:
            if t in subscribed:
                errors.append(E.GROUP_SUBSCRIBED_TO_TOPIC)
                continue
            if stored.pop((t, p), None) is not None:
                records.append((encode_key(OffsetCommitKey(group_id, t, p)), None))
            errors.append(E.NONE)
        self.write(group_id, records)
        return E.NONE, errors

    def _schedule_offset_expiry(self) -> None:
        self.timer.schedule(
            ("offset-expiry",),
            self.config.offsets_retention_check_interval_ms,
            self._expire_offsets,
        )

    def _expire_offsets(self) -> None:
        """Kafka's rule: offsets of a group expire `offsets.retention.minutes` after it
        became empty (or after the commit for groups without members, or at the explicit
        expire timestamp of old commits); an empty group left with no offsets is deleted."""
        self._schedule_offset_expiry()
        now = self.clock()
        retention = self.config.offsets_retention_ms
        for gid in list(self.offsets):
            group = self.groups.get(gid)
            if group is not None and not group.is_empty:
                continue
            stored = self.offsets[gid]
            since = -1
            if isinstance(group, ClassicGroup) and group.protocol_type is not None:
                since = group.state_timestamp
            expired = [
                tp
                for tp, om in stored.items()
                if (
                    now >= om.expire_timestamp
                    if om.expire_timestamp >= 0
                    else now >= max(since, om.commit_timestamp) + retention
                )
            ]
            if not expired:
                continue
            for tp in expired:
                del stored[tp]
            self.write(gid, [(encode_key(OffsetCommitKey(gid, t, p)), None) for t, p in expired])
            log.info("group %s: %d committed offsets expired", gid, len(expired))
            if not stored:
                del self.offsets[gid]
                if group is not None:
                    self._delete_group(group)

    # ---------------------------------------------------------------- administration

    def list_groups(
        self, states: Sequence[str] = (), types: Sequence[str] = ()
    ) -> list[ListedGroup]:
        want_states = {s.lower() for s in states}
        want_types = {t.lower() for t in types}
        out = []
        for gid, group in self.groups.items():
            state = self.state_name(group)
            if state == "Dead":
                continue
            if want_states and state.lower() not in want_states:
                continue
            if want_types and group.group_type not in want_types:
                continue
            protocol_type = (
                group.protocol_type or "" if isinstance(group, ClassicGroup) else "consumer"
            )
            out.append(ListedGroup(gid, protocol_type, state, group.group_type))
        return out

    @staticmethod
    def state_name(group: ClassicGroup | ConsumerGroup) -> str:
        return str(group.state.value)

    def describe_group(self, group_id: str, version: int) -> DescribedGroup:
        group = self.groups.get(group_id)
        if group is None or not isinstance(group, ClassicGroup):
            if version >= 6:
                what = "does not exist" if group is None else "is not a classic group"
                return DescribedGroup(
                    error_code=E.GROUP_ID_NOT_FOUND,
                    error_message=f"group {group_id} {what}",
                    group_id=group_id,
                    group_state="Dead",
                )
            return DescribedGroup(group_id=group_id, group_state="Dead")
        stable = group.state is ClassicState.STABLE
        return DescribedGroup(
            error_code=E.NONE,
            group_id=group_id,
            group_state=group.state.value,
            protocol_type=group.protocol_type or "",
            protocol_data=(group.protocol_name or "") if stable else "",
            members=[
                DescribedGroupMember(
                    member_id=m.member_id,
                    group_instance_id=m.instance_id,
                    client_id=m.client_id,
                    client_host=m.client_host,
                    member_metadata=m.metadata(group.protocol_name) if stable else b"",
                    member_assignment=m.assignment if stable else b"",
                )
                for m in group.members.values()
            ],
        )

    def delete_groups(self, group_ids: Sequence[str]) -> list[DeletableGroupResult]:
        out = []
        for gid in group_ids:
            group = self.groups.get(gid)
            if group is None or (
                isinstance(group, ClassicGroup) and group.state is ClassicState.DEAD
            ):
                out.append(DeletableGroupResult(gid, E.GROUP_ID_NOT_FOUND))
            elif not group.is_empty:
                out.append(DeletableGroupResult(gid, E.NON_EMPTY_GROUP))
            else:
                self._delete_group(group)
                out.append(DeletableGroupResult(gid, E.NONE))
        return out

    def _delete_group(self, group: ClassicGroup | ConsumerGroup) -> None:
        gid = group.group_id
        records: list[tuple[bytes, bytes | None]] = [
            (encode_key(OffsetCommitKey(gid, t, p)), None) for t, p in self.offsets.pop(gid, {})
        ]
        if isinstance(group, ClassicGroup):
            group.state = ClassicState.DEAD
            for key in ("join", "sync"):
                self.timer.cancel((key, gid))
            records.append((encode_key(GroupMetadataKey(gid)), None))
        else:
            records += self.consumer.tombstones(group)
        self.groups.pop(gid, None)
        self.write(gid, records)
        log.info("group %s deleted", gid)
