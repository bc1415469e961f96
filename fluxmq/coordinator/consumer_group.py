"""KIP-848 consumer groups (ConsumerGroupHeartbeat, ConsumerGroupDescribe): server-side
assignment, member epochs and the incremental revocation handshake, as Kafka's
GroupMetadataManager / ConsumerGroup / CurrentAssignmentBuilder do it.

- The **group epoch** goes up whenever a subscription, the membership or the subscribed
  topics' metadata (ids, partition counts: a hash of them, KIP-1101) change. A heartbeat that
  sees a group epoch newer than the **target assignment epoch** runs the group's assignor and
  stores the new target assignment.
- Each member then moves towards its target one step per heartbeat. Partitions it must give
  up are first listed as pending revocation (its epoch stays); once its heartbeat no longer
  reports them as owned it reaches the target epoch. A partition is handed to its new owner
  only when no other member holds it any more (otherwise the new owner waits, in state
  UNRELEASED_PARTITIONS). A member that does not revoke within its rebalance timeout, or
  that stops heartbeating for the session timeout, is fenced (removed).
- Every change is a coordinator record (types 3, 5-8) written to `__consumer_offsets`, and
  the in-memory state is changed only by replaying those records (`_Batch.add`), so the state
  after a restart is the state before it.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import logging
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..protocol.message import Message
from ..protocol.messages.consumer_group_current_member_assignment_key import (
    ConsumerGroupCurrentMemberAssignmentKey,
)
from ..protocol.messages.consumer_group_current_member_assignment_value import (
    ConsumerGroupCurrentMemberAssignmentValue,
)
from ..protocol.messages.consumer_group_current_member_assignment_value import (
    TopicPartitions as CurrentTopicPartitions,
)
from ..protocol.messages.consumer_group_describe_response import (
    Assignment as DescribedAssignment,
)
from ..protocol.messages.consumer_group_describe_response import (
    DescribedGroup,
    Member,
)
from ..protocol.messages.consumer_group_describe_response import (
    TopicPartitions as DescribedTopicPartitions,
)
from ..protocol.messages.consumer_group_heartbeat_request import (
    ConsumerGroupHeartbeatRequest,
)
from ..protocol.messages.consumer_group_heartbeat_request import (
    TopicPartitions as OwnedTopicPartitions,
)
from ..protocol.messages.consumer_group_heartbeat_response import (
    Assignment as HeartbeatAssignment,
)
from ..protocol.messages.consumer_group_heartbeat_response import (
    ConsumerGroupHeartbeatResponse,
)
from ..protocol.messages.consumer_group_heartbeat_response import (
    TopicPartitions as HeartbeatTopicPartitions,
)
from ..protocol.messages.consumer_group_member_metadata_key import (
    ConsumerGroupMemberMetadataKey,
)
from ..protocol.messages.consumer_group_member_metadata_value import (
    ConsumerGroupMemberMetadataValue,
)
from ..protocol.messages.consumer_group_metadata_key import ConsumerGroupMetadataKey
from ..protocol.messages.consumer_group_metadata_value import ConsumerGroupMetadataValue
from ..protocol.messages.consumer_group_partition_metadata_key import (
    ConsumerGroupPartitionMetadataKey,
)
from ..protocol.messages.consumer_group_target_assignment_member_key import (
    ConsumerGroupTargetAssignmentMemberKey,
)
from ..protocol.messages.consumer_group_target_assignment_member_value import (
    ConsumerGroupTargetAssignmentMemberValue,
)
from ..protocol.messages.consumer_group_target_assignment_member_value import (
    TopicPartition as TargetTopicPartition,
)
from ..protocol.messages.consumer_group_target_assignment_metadata_key import (
    ConsumerGroupTargetAssignmentMetadataKey,
)
from ..protocol.messages.consumer_group_target_assignment_metadata_value import (
    ConsumerGroupTargetAssignmentMetadataValue,
)
from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.group_metadata_key import GroupMetadataKey
from .assignors import ASSIGNORS, Assignment, MemberSpec
from .classic import ClassicGroup, ClassicState
from .records import encode_key, encode_value

if TYPE_CHECKING:
    from .group_coordinator import GroupConfig, GroupCoordinator

__all__ = [
    "LEAVE_GROUP_EPOCH",
    "LEAVE_GROUP_STATIC_EPOCH",
    "ConsumerGroup",
    "ConsumerGroupState",
    "ConsumerGroups",
    "ConsumerMember",
    "MemberState",
]

log = logging.getLogger(__name__)

LEAVE_GROUP_EPOCH = -1
LEAVE_GROUP_STATIC_EPOCH = -2
# Topics a regex subscription never matches (Kafka's internal topics).
_INTERNAL_TOPICS = frozenset({"__consumer_offsets", "__transaction_state", "__share_group_state"})

Record = tuple[Message, Message | None]


class ConsumerGroupState(enum.Enum):
    EMPTY = "Empty"
    ASSIGNING = "Assigning"
    RECONCILING = "Reconciling"
    STABLE = "Stable"
    DEAD = "Dead"


class MemberState(enum.IntEnum):
    """Kafka's MemberState (the int8 stored in ConsumerGroupCurrentMemberAssignmentValue)."""

    STABLE = 0
    UNREVOKED_PARTITIONS = 1
    UNRELEASED_PARTITIONS = 2
    UNKNOWN = 127


@dataclass(frozen=True)
class ConsumerMember:
    """One member; immutable, so a changed member is a new object compared with the old."""

    member_id: str
    instance_id: str | None = None
    rack_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: tuple[str, ...] = ()  # sorted, no duplicates
    subscribed_topic_regex: str | None = None
    rebalance_timeout_ms: int = -1
    server_assignor: str | None = None
    # the assignment part (ConsumerGroupCurrentMemberAssignmentValue)
    member_epoch: int = 0
    previous_member_epoch: int = 0
    state: MemberState = MemberState.STABLE
    assigned: Assignment = field(default_factory=dict)
    pending_revocation: Assignment = field(default_factory=dict)

    def metadata(self) -> tuple[object, ...]:
        """What ConsumerGroupMemberMetadataValue holds."""
        return (
            self.instance_id,
            self.rack_id,
            self.client_id,
            self.client_host,
            self.subscribed_topic_names,
            self.subscribed_topic_regex,
            self.rebalance_timeout_ms,
            self.server_assignor,
        )

    def assignment_state(self) -> tuple[object, ...]:
        return (
            self.member_epoch,
            self.previous_member_epoch,
            self.state,
            self.assigned,
            self.pending_revocation,
        )

    def reconciled_to(self, epoch: int) -> bool:
        return self.member_epoch == epoch and self.state is MemberState.STABLE


@dataclass(eq=False)
class ConsumerGroup:
    group_id: str
    members: dict[str, ConsumerMember] = field(default_factory=dict)
    group_epoch: int = 0
    assignment_epoch: int = 0
    metadata_hash: int = 0
    target: dict[str, Assignment] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # instance id -> member id
    # (topic id, partition) -> epoch of the member holding it (assigned or pending revocation)
    partition_epochs: dict[tuple[uuid.UUID, int], int] = field(default_factory=dict)
    regex_topics: frozenset[str] = frozenset()  # topics the members' regexes match, last seen
    # member id -> clock ms of its last heartbeat (not persisted): who hears of a change soonest
    heard: dict[str, int] = field(default_factory=dict)
    dead: bool = False

    group_type = "consumer"

    @property
    def state(self) -> ConsumerGroupState:
        if self.dead:
            return ConsumerGroupState.DEAD
        if not self.members:
            return ConsumerGroupState.EMPTY
        if self.group_epoch > self.assignment_epoch:
            return ConsumerGroupState.ASSIGNING
        if any(not m.reconciled_to(self.assignment_epoch) for m in self.members.values()):
            return ConsumerGroupState.RECONCILING
        return ConsumerGroupState.STABLE

    @property
    def is_empty(self) -> bool:
        return not self.members

    def subscribed_topics(self) -> set[str]:
        topics = set(self.regex_topics)
        for m in self.members.values():
            topics.update(m.subscribed_topic_names)
        return topics

    def static_member(self, instance_id: str) -> ConsumerMember | None:
        mid = self.static_members.get(instance_id)
        return None if mid is None else self.members.get(mid)

    def partition_epoch(self, topic_id: uuid.UUID, partition: int) -> int:
        return self.partition_epochs.get((topic_id, partition), -1)

    def put_member(self, member: ConsumerMember) -> None:
        old = self.members.get(member.member_id)
        if old is not None:
            self._drop_partition_epochs(old)
        for assignment in (member.assigned, member.pending_revocation):
            for topic, parts in assignment.items():
                for p in parts:
                    self.partition_epochs[(topic, p)] = member.member_epoch
        self.members[member.member_id] = member
        if member.instance_id is not None:
            self.static_members[member.instance_id] = member.member_id

    def remove_member(self, member_id: str) -> None:
        self.heard.pop(member_id, None)
        old = self.members.pop(member_id, None)
        if old is None:
            return
        self._drop_partition_epochs(old)
        if old.instance_id is not None and self.static_members.get(old.instance_id) == member_id:
            del self.static_members[old.instance_id]

    def _drop_partition_epochs(self, member: ConsumerMember) -> None:
        for assignment in (member.assigned, member.pending_revocation):
            for topic, parts in assignment.items():
                for p in parts:
                    if self.partition_epochs.get((topic, p)) == member.member_epoch:
                        del self.partition_epochs[(topic, p)]

    def preferred_assignor(self, default: str) -> str:
        """The server assignor most members ask for (Kafka's preferredServerAssignor)."""
        counts = Counter(
            m.server_assignor for m in self.members.values() if m.server_assignor is not None
        )
        if not counts:
            return default
        return min(counts, key=lambda name: (-counts[name], name))


class _Fail(Exception):
    """A request error: the code and message the response carries."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------- records


def _assignment_from(topics: Iterable[CurrentTopicPartitions | TargetTopicPartition]) -> Assignment:
    out: Assignment = {}
    for t in topics:
        if t.partitions:
            out.setdefault(t.topic_id, set()).update(t.partitions)
    return out


def _owned_from(topics: Sequence[OwnedTopicPartitions]) -> Assignment:
    out: Assignment = {}
    for t in topics:
        if t.partitions:
            out.setdefault(t.topic_id, set()).update(t.partitions)
    return out


def _sorted_items(a: Assignment) -> list[tuple[uuid.UUID, list[int]]]:
    return [(t, sorted(ps)) for t, ps in sorted(a.items(), key=lambda kv: kv[0].int) if ps]


def _member_metadata_record(gid: str, m: ConsumerMember) -> Record:
    return (
        ConsumerGroupMemberMetadataKey(gid, m.member_id),
        ConsumerGroupMemberMetadataValue(
            instance_id=m.instance_id,
            rack_id=m.rack_id,
            client_id=m.client_id,
            client_host=m.client_host,
            subscribed_topic_names=list(m.subscribed_topic_names),
            subscribed_topic_regex=m.subscribed_topic_regex,
            rebalance_timeout_ms=m.rebalance_timeout_ms,
            server_assignor=m.server_assignor,
        ),
    )


def _current_assignment_record(gid: str, m: ConsumerMember) -> Record:
    return (
        ConsumerGroupCurrentMemberAssignmentKey(gid, m.member_id),
        ConsumerGroupCurrentMemberAssignmentValue(
            member_epoch=m.member_epoch,
            previous_member_epoch=m.previous_member_epoch,
            state=int(m.state),
            assigned_partitions=[
                CurrentTopicPartitions(t, ps) for t, ps in _sorted_items(m.assigned)
            ],
            partitions_pending_revocation=[
                CurrentTopicPartitions(t, ps) for t, ps in _sorted_items(m.pending_revocation)
            ],
        ),
    )


def _target_record(gid: str, member_id: str, a: Assignment) -> Record:
    return (
        ConsumerGroupTargetAssignmentMemberKey(gid, member_id),
        ConsumerGroupTargetAssignmentMemberValue(
            topic_partitions=[TargetTopicPartition(t, ps) for t, ps in _sorted_items(a)]
        ),
    )


def _member_tombstones(gid: str, member_id: str) -> list[Record]:
    # Kafka's order: the current assignment first, so a replay never sees a member without
    # its subscription but with partitions.
    return [
        (ConsumerGroupCurrentMemberAssignmentKey(gid, member_id), None),
        (ConsumerGroupTargetAssignmentMemberKey(gid, member_id), None),
        (ConsumerGroupMemberMetadataKey(gid, member_id), None),
    ]


def _encode(records: Sequence[Record]) -> list[tuple[bytes, bytes | None]]:
    return [(encode_key(k), None if v is None else encode_value(v, 0)) for k, v in records]


def _kafka_uuid() -> str:
    """A member id as Kafka's coordinator makes them for v0 joins (Uuid.toString)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


class _Batch:
    """Records of one operation: each is replayed at once (so later steps see it) and all
    are written together at the end."""

    def __init__(self, owner: ConsumerGroups, group: ConsumerGroup) -> None:
        self.owner = owner
        self.group = group
        self.records: list[Record] = []
        self.prefix: list[tuple[bytes, bytes | None]] = []

    def add(self, key: Message, value: Message | None) -> None:
        self.owner._apply(self.group, key, value)
        self.records.append((key, value))

    def write(self) -> None:
        out = self.prefix + _encode(self.records)
        self.owner.coordinator.write(self.group.group_id, out)


# ---------------------------------------------------------------- the protocol


class ConsumerGroups:
    def __init__(self, coordinator: GroupCoordinator) -> None:
        self.coordinator = coordinator
        self._patterns: dict[str, re.Pattern[str]] = {}

    @property
    def _config(self) -> GroupConfig:
        return self.coordinator.config

    # ------------------------------------------------------------ ConsumerGroupHeartbeat

    def heartbeat(
        self,
        req: ConsumerGroupHeartbeatRequest,
        version: int,
        client_id: str,
        client_host: str,
    ) -> ConsumerGroupHeartbeatResponse:
        try:
            self._validate(req, version)
            if req.member_epoch in (LEAVE_GROUP_EPOCH, LEAVE_GROUP_STATIC_EPOCH):
                return self._leave(req)
            return self._heartbeat(req, client_id, client_host)
        except _Fail as e:
            return ConsumerGroupHeartbeatResponse(error_code=e.code, error_message=e.message)

    def _validate(self, req: ConsumerGroupHeartbeatRequest, version: int) -> None:
        def blank(value: str | None) -> bool:
            return value is not None and not value.strip()

        def invalid(message: str) -> _Fail:
            return _Fail(E.INVALID_REQUEST, message)

        epoch = req.member_epoch
        # v1 (KIP-1082): the client generates its member id, so it is always required.
        if (version >= 1 or epoch > 0 or epoch == LEAVE_GROUP_EPOCH) and blank(req.member_id):
            raise invalid("MemberId can't be empty.")
        if blank(req.group_id):
            raise invalid("GroupId can't be empty.")
        if blank(req.instance_id):
            raise invalid("InstanceId can't be empty.")
        if blank(req.rack_id):
            raise invalid("RackId can't be empty.")
        if epoch == 0:
            if req.rebalance_timeout_ms == -1:
                raise invalid("RebalanceTimeoutMs must be provided in first request.")
            if req.topic_partitions is None or req.topic_partitions:
                raise invalid("TopicPartitions must be empty when (re-)joining.")
            if req.subscribed_topic_names is None and req.subscribed_topic_regex is None:
                raise invalid(
                    "Either SubscribedTopicNames or SubscribedTopicRegex must be non-null "
                    "when (re-)joining."
                )
        elif epoch == LEAVE_GROUP_STATIC_EPOCH:
            if req.instance_id is None:
                raise invalid("InstanceId can't be null.")
        elif epoch < LEAVE_GROUP_STATIC_EPOCH:
            raise invalid("MemberEpoch is invalid.")
        assignors = self._config.consumer_assignors
        if req.server_assignor is not None and req.server_assignor not in assignors:
            raise _Fail(
                E.UNSUPPORTED_ASSIGNOR,
                f"ServerAssignor {req.server_assignor} is not supported. "
                f"Supported assignors: {', '.join(assignors)}.",
            )
        if req.subscribed_topic_regex:
            self._pattern(req.subscribed_topic_regex)

    def _pattern(self, regex: str) -> re.Pattern[str]:
        """The compiled regex (Kafka uses RE2/J; Python's `re` agrees on the common subset)."""
        pattern = self._patterns.get(regex)
        if pattern is None:
            try:
                pattern = re.compile(regex)
            except re.error as e:
                raise _Fail(
                    E.INVALID_REGULAR_EXPRESSION,
                    f"SubscribedTopicRegex `{regex}` is not a valid regular expression: {e}.",
                ) from None
            if len(self._patterns) > 1000:  # regexes come from clients: keep the cache bounded
                self._patterns.clear()
            self._patterns[regex] = pattern
        return pattern

    def _heartbeat(
        self, req: ConsumerGroupHeartbeatRequest, client_id: str, client_host: str
    ) -> ConsumerGroupHeartbeatResponse:
        gid, epoch = req.group_id, req.member_epoch
        group, replaced_classic = self._group_for_heartbeat(gid, create=epoch == 0)
        max_size = self._config.consumer_max_size
        if len(group.members) >= max_size and (
            not req.member_id or req.member_id not in group.members
        ):
            raise _Fail(
                E.GROUP_MAX_SIZE_REACHED,
                f"The consumer group has reached its maximum capacity of {max_size} members.",
            )
        member_id = req.member_id or _kafka_uuid()
        owned = req.topic_partitions
        replaced: ConsumerMember | None = None  # a static member this one takes over from
        if req.instance_id is None:
            found = group.members.get(member_id)
            if found is None:
                if epoch != 0:
                    raise _Fail(
                        E.UNKNOWN_MEMBER_ID, f"Member {member_id} is not a member of group {gid}."
                    )
                member = ConsumerMember(member_id)
            else:
                self._check_epoch(found, epoch, owned)
                member = found
        else:
            iid = req.instance_id
            existing = group.static_member(iid)
            if epoch == 0:
                if existing is None:
                    member = group.members.get(member_id) or ConsumerMember(member_id)
                else:
                    if existing.member_epoch != LEAVE_GROUP_STATIC_EPOCH:
                        raise _Fail(
                            E.UNRELEASED_INSTANCE_ID,
                            f"Static member {member_id} with instance id {iid} cannot join the "
                            f"group because the instance id is owned by {existing.member_id} "
                            "member.",
                        )
                    replaced = existing
                    member = replace(
                        existing, member_id=member_id, member_epoch=0, previous_member_epoch=0
                    )
            else:
                if existing is None:
                    raise _Fail(E.UNKNOWN_MEMBER_ID, f"Instance id {iid} is unknown.")
                if existing.member_id != member_id:
                    raise _Fail(
                        E.FENCED_INSTANCE_ID,
                        f"Static member {member_id} with instance id {iid} was fenced by "
                        f"member {existing.member_id}.",
                    )
                self._check_epoch(existing, epoch, owned)
                member = existing

        # Validation is over: from here on every change is a record.
        batch = _Batch(self, group)
        if replaced_classic is not None:
            # An empty classic group (e.g. one that only committed offsets) becomes a
            # consumer group; its offsets stay.
            replaced_classic.state = ClassicState.DEAD
            self.coordinator.groups.pop(gid, None)
            batch.prefix.append((encode_key(GroupMetadataKey(gid)), None))
        self.coordinator.groups.setdefault(gid, group)
        if replaced is not None:
            self._replace_static(batch, replaced, member)

        names = req.subscribed_topic_names
        regex = req.subscribed_topic_regex
        updated = replace(
            member,
            instance_id=req.instance_id if req.instance_id is not None else member.instance_id,
            rack_id=req.rack_id if req.rack_id is not None else member.rack_id,
            rebalance_timeout_ms=(
                req.rebalance_timeout_ms
                if req.rebalance_timeout_ms != -1
                else member.rebalance_timeout_ms
            ),
            server_assignor=(
                req.server_assignor if req.server_assignor is not None else member.server_assignor
            ),
            subscribed_topic_names=(
                tuple(sorted(set(names))) if names is not None else member.subscribed_topic_names
            ),
            # an empty regex clears it
            subscribed_topic_regex=(
                (regex or None) if regex is not None else (member.subscribed_topic_regex)
            ),
            client_id=client_id,
            client_host=client_host,
        )
        bump = False
        if updated.metadata() != member.metadata() or member.member_id not in group.members:
            batch.add(*_member_metadata_record(gid, updated))
            bump = (
                updated.subscribed_topic_names != member.subscribed_topic_names
                or updated.subscribed_topic_regex != member.subscribed_topic_regex
            )
            if bump:
                log.info(
                    "group %s: member %s subscribes to %s%s",
                    gid,
                    member_id,
                    list(updated.subscribed_topic_names),
                    (
                        f" and /{updated.subscribed_topic_regex}/"
                        if updated.subscribed_topic_regex
                        else ""
                    ),
                )
        # A new group always leaves epoch 0 (Kafka: `bumpGroupEpoch = group.groupEpoch() == 0`),
        # even when the first member's subscription is empty (a client-side Pattern not yet
        # resolved). Otherwise the member is answered with epoch 0, its next (non-full)
        # heartbeat at epoch 0 lacks RebalanceTimeoutMs and is refused with INVALID_REQUEST,
        # which the Java consumer treats as fatal.
        # The subscribed topics' metadata is checked on every heartbeat, so created topics
        # and added partitions reach the assignment within one heartbeat interval.
        self._maybe_bump(batch, force=bump or group.group_epoch == 0)
        group.heard[member_id] = self.coordinator.clock()
        if group.group_epoch > group.assignment_epoch:
            self._compute_target(batch, member_id)
        current = group.members[member_id]
        target = group.target.get(member_id, {})
        new = self._reconcile(group, current, group.assignment_epoch, target, owned)
        if new != current:
            batch.add(*_current_assignment_record(gid, new))
            self._update_rebalance_timer(group, new)
        batch.write()
        self._schedule_session(group, member_id)

        resp = ConsumerGroupHeartbeatResponse(
            member_id=member_id,
            member_epoch=new.member_epoch,
            heartbeat_interval_ms=self._config.consumer_heartbeat_interval_ms,
        )
        # Kafka sends the assignment on a full request (joining, or a client that lost track
        # and resent every field) and whenever it changed.
        full = epoch == 0 or (
            req.rebalance_timeout_ms != -1
            and (names is not None or regex is not None)
            and owned is not None
        )
        if full or new.assigned != member.assigned:
            resp.assignment = HeartbeatAssignment(
                [HeartbeatTopicPartitions(t, ps) for t, ps in _sorted_items(new.assigned)]
            )
        return resp

    def _group_for_heartbeat(
        self, gid: str, *, create: bool
    ) -> tuple[ConsumerGroup, ClassicGroup | None]:
        """(the consumer group, or a new one; an empty classic group it replaces)."""
        existing = self.coordinator.groups.get(gid)
        if isinstance(existing, ConsumerGroup):
            return existing, None
        if existing is None:
            if not create:
                raise _Fail(E.GROUP_ID_NOT_FOUND, f"Consumer group {gid} not found.")
            return ConsumerGroup(gid), None
        if create and existing.is_empty:
            return ConsumerGroup(gid), existing
        # Kafka can convert a live classic group member by member (KIP-848's online
        # migration); FluxMQ does not, and answers as Kafka does with migration disabled.
        raise _Fail(E.GROUP_ID_NOT_FOUND, f"Group {gid} is not a consumer group.")

    @staticmethod
    def _check_epoch(
        member: ConsumerMember, epoch: int, owned: Sequence[OwnedTopicPartitions] | None
    ) -> None:
        if epoch > member.member_epoch:
            raise _Fail(
                E.FENCED_MEMBER_EPOCH,
                f"The consumer group member has a greater member epoch ({epoch}) than the one "
                f"known by the group coordinator ({member.member_epoch}). The member must "
                "abandon all its partitions and rejoin.",
            )
        if epoch < member.member_epoch:
            # The response that bumped the epoch may have been lost: the previous epoch is
            # accepted from a member that owns nothing beyond its current assignment.
            if epoch != member.previous_member_epoch or not _is_subset(owned, member.assigned):
                raise _Fail(
                    E.FENCED_MEMBER_EPOCH,
                    f"The consumer group member has a smaller member epoch ({epoch}) than the "
                    f"one known by the group coordinator ({member.member_epoch}). The member "
                    "must abandon all its partitions and rejoin.",
                )

    def _replace_static(self, batch: _Batch, old: ConsumerMember, new: ConsumerMember) -> None:
        """A static member back after leaving with epoch -2: the new member id takes over
        the old one's subscription, assignment and target."""
        gid = batch.group.group_id
        target = batch.group.target.get(old.member_id, {})
        for k, v in _member_tombstones(gid, old.member_id):
            batch.add(k, v)
        batch.add(*_member_metadata_record(gid, new))
        batch.add(*_target_record(gid, new.member_id, target))
        batch.add(*_current_assignment_record(gid, new))
        if old.member_id != new.member_id:
            self._cancel_timers(batch.group, old.member_id)
        log.info(
            "group %s: static member %s rejoins as %s (was %s)",
            gid,
            new.instance_id,
            new.member_id,
            old.member_id,
        )

    # ------------------------------------------------------------ leaving

    def _leave(self, req: ConsumerGroupHeartbeatRequest) -> ConsumerGroupHeartbeatResponse:
        gid, mid = req.group_id, req.member_id
        existing = self.coordinator.groups.get(gid)
        if existing is None:
            raise _Fail(E.GROUP_ID_NOT_FOUND, f"Consumer group {gid} not found.")
        if not isinstance(existing, ConsumerGroup):
            raise _Fail(E.GROUP_ID_NOT_FOUND, f"Group {gid} is not a consumer group.")
        group = existing
        if req.instance_id is None:
            member = group.members.get(mid)
            if member is None:
                raise _Fail(E.UNKNOWN_MEMBER_ID, f"Member {mid} is not a member of group {gid}.")
        else:
            found = group.static_member(req.instance_id)
            if found is None:
                raise _Fail(E.UNKNOWN_MEMBER_ID, f"Instance id {req.instance_id} is unknown.")
            if found.member_id != mid:
                raise _Fail(
                    E.FENCED_INSTANCE_ID,
                    f"Static member {mid} with instance id {req.instance_id} was fenced by "
                    f"member {found.member_id}.",
                )
            member = found
            if req.member_epoch == LEAVE_GROUP_STATIC_EPOCH:
                # A static member that will be back: it keeps its partitions (nobody else
                # gets them) until it rejoins or its session times out.
                log.info("group %s: static member %s left temporarily", gid, mid)
                batch = _Batch(self, group)
                gone = replace(member, member_epoch=LEAVE_GROUP_STATIC_EPOCH, pending_revocation={})
                batch.add(*_current_assignment_record(gid, gone))
                batch.write()
                self.coordinator.timer.cancel(("cg-rebalance", gid, mid))
                return ConsumerGroupHeartbeatResponse(
                    member_id=mid, member_epoch=LEAVE_GROUP_STATIC_EPOCH
                )
        log.info("group %s: member %s left", gid, mid)
        self._fence(group, member)
        return ConsumerGroupHeartbeatResponse(member_id=mid, member_epoch=req.member_epoch)

    def _fence(self, group: ConsumerGroup, member: ConsumerMember) -> None:
        """Remove a member; the group epoch goes up so the others get its partitions."""
        batch = _Batch(self, group)
        for k, v in _member_tombstones(group.group_id, member.member_id):
            batch.add(k, v)
        self._maybe_bump(batch, force=True)
        batch.write()
        self._cancel_timers(group, member.member_id)

    def _fence_by_id(self, group: ConsumerGroup, member_id: str, why: str) -> None:
        if self.coordinator.groups.get(group.group_id) is not group:
            return
        member = group.members.get(member_id)
        if member is None:
            return
        log.info("group %s: member %s fenced: %s", group.group_id, member_id, why)
        self._fence(group, member)

    # ------------------------------------------------------------ timers

    def _schedule_session(self, group: ConsumerGroup, member_id: str) -> None:
        self.coordinator.timer.schedule(
            ("cg-session", group.group_id, member_id),
            self._config.consumer_session_timeout_ms,
            lambda: self._fence_by_id(group, member_id, "its session expired"),
        )

    def _update_rebalance_timer(self, group: ConsumerGroup, member: ConsumerMember) -> None:
        key = ("cg-rebalance", group.group_id, member.member_id)
        if member.state is not MemberState.UNREVOKED_PARTITIONS:
            self.coordinator.timer.cancel(key)
            return
        epoch, mid = member.member_epoch, member.member_id

        def expired() -> None:
            current = group.members.get(mid)
            if current is not None and current.member_epoch == epoch:
                self._fence_by_id(
                    group,
                    mid,
                    f"it did not revoke its partitions within {member.rebalance_timeout_ms}ms",
                )

        self.coordinator.timer.schedule(key, max(0, member.rebalance_timeout_ms), expired)

    def _cancel_timers(self, group: ConsumerGroup, member_id: str) -> None:
        for kind in ("cg-session", "cg-rebalance"):
            self.coordinator.timer.cancel((kind, group.group_id, member_id))

    # ------------------------------------------------------------ epochs and assignment

    def _subscribed_metadata(
        self, group: ConsumerGroup
    ) -> tuple[int, frozenset[str], dict[str, tuple[uuid.UUID, int]]]:
        """(hash of the subscribed topics' ids and partition counts, the topics the regexes
        match, name -> (id, partitions) of every subscribed topic that exists)."""
        view = self.coordinator.topics
        names: set[str] = set()
        regexes: set[str] = set()
        for m in group.members.values():
            names.update(m.subscribed_topic_names)
            if m.subscribed_topic_regex:
                regexes.add(m.subscribed_topic_regex)
        matched: set[str] = set()
        if regexes:
            all_topics = [t for t in view.topic_names() if t not in _INTERNAL_TOPICS]
            for rx in regexes:
                try:
                    pattern = self._pattern(rx)
                except _Fail:
                    continue  # validated on the way in; unreadable only from old records
                matched.update(t for t in all_topics if pattern.fullmatch(t))
        existing: dict[str, tuple[uuid.UUID, int]] = {}
        for name in sorted(names | matched):
            tid, count = view.topic_id(name), view.partition_count(name)
            if tid is not None and count is not None:
                existing[name] = (tid, count)
        digest = hashlib.blake2b(digest_size=8)
        for name, (tid, count) in existing.items():
            digest.update(f"{name}\0{tid}\0{count}\n".encode())
        h = int.from_bytes(digest.digest(), "big", signed=True) if existing else 0
        return h, frozenset(matched), existing

    def _maybe_bump(self, batch: _Batch, *, force: bool) -> None:
        group = batch.group
        h, matched, _ = self._subscribed_metadata(group)
        group.regex_topics = matched
        if force or h != group.metadata_hash:
            epoch = group.group_epoch + 1
            batch.add(
                ConsumerGroupMetadataKey(group.group_id), ConsumerGroupMetadataValue(epoch, h)
            )
            log.info("group %s: group epoch %d", group.group_id, epoch)

    def _member_specs(
        self, group: ConsumerGroup, topics: dict[str, tuple[uuid.UUID, int]]
    ) -> list[MemberSpec]:
        pattern_cache: dict[str, list[uuid.UUID]] = {}
        specs = []
        for m in group.members.values():
            ids = {topics[n][0] for n in m.subscribed_topic_names if n in topics}
            rx = m.subscribed_topic_regex
            if rx:
                if rx not in pattern_cache:
                    try:
                        pattern = self._pattern(rx)
                        pattern_cache[rx] = [
                            tid
                            for name, (tid, _) in topics.items()
                            if name in group.regex_topics and pattern.fullmatch(name)
                        ]
                    except _Fail:
                        pattern_cache[rx] = []
                ids.update(pattern_cache[rx])
            specs.append(MemberSpec(m.member_id, m.instance_id, frozenset(ids)))
        return specs

    def _compute_target(self, batch: _Batch, heartbeating: str) -> None:
        """A new target assignment for the group epoch; only changed members get a record.

        The assignor gets the members in the order they will hear of it: the one heartbeating
        now, then the others by their last heartbeat, oldest first (the client's next one is
        due an interval after it). Where balance leaves a choice, `uniform` gives freed
        partitions to, and takes surplus ones from, the members earliest in that order, so a
        rebalance completes in fewer heartbeat rounds (a leave's partitions reach their new
        owners on the next beats, not at two random members' beats)."""
        group = batch.group
        _, _, topics = self._subscribed_metadata(group)
        name = group.preferred_assignor(self._config.consumer_assignors[0])
        assign = ASSIGNORS[name]
        partitions = {tid: count for tid, count in topics.values()}
        heard = group.heard
        specs = sorted(
            self._member_specs(group, topics),
            key=lambda m: (m.member_id != heartbeating, heard.get(m.member_id, 0), m.member_id),
        )
        new_target = assign(specs, partitions, group.target)
        gid = group.group_id
        for mid in group.members:
            a = {t: ps for t, ps in new_target.get(mid, {}).items() if ps}
            if a != group.target.get(mid, {}):
                batch.add(*_target_record(gid, mid, a))
        batch.add(
            ConsumerGroupTargetAssignmentMetadataKey(gid),
            ConsumerGroupTargetAssignmentMetadataValue(
                assignment_epoch=group.group_epoch, assignment_timestamp=self.coordinator.clock()
            ),
        )
        log.info("group %s: target assignment for epoch %d by %s", gid, group.group_epoch, name)

    def _reconcile(
        self,
        group: ConsumerGroup,
        member: ConsumerMember,
        target_epoch: int,
        target: Assignment,
        owned: Sequence[OwnedTopicPartitions] | None,
    ) -> ConsumerMember:
        """Kafka's CurrentAssignmentBuilder: one step of the member towards its target."""
        if member.reconciled_to(target_epoch) or member.member_epoch == LEAVE_GROUP_STATIC_EPOCH:
            return member
        owned_now = None if owned is None else _owned_from(owned)

        def still_owns(revoking: Assignment) -> bool:
            # Without an owned list (unchanged since the last heartbeat) assume the worst.
            if owned_now is None:
                return True
            return any(owned_now.get(t, set()) & ps for t, ps in revoking.items())

        state = member.state
        if state is MemberState.UNREVOKED_PARTITIONS:
            if still_owns(member.pending_revocation):
                return member
            return self._next(
                group, member, member.member_epoch + 1, target_epoch, target, still_owns
            )
        if state is MemberState.STABLE and member.member_epoch == target_epoch:
            return member
        # UNKNOWN (a state from a newer broker's records) restarts from the target epoch.
        epoch = target_epoch if state is MemberState.UNKNOWN else member.member_epoch
        return self._next(group, member, epoch, target_epoch, target, still_owns)

    def _next(
        self,
        group: ConsumerGroup,
        member: ConsumerMember,
        epoch: int,
        target_epoch: int,
        target: Assignment,
        still_owns: Callable[[Assignment], bool],
    ) -> ConsumerMember:
        view = self.coordinator.topics
        assigned: Assignment = {}
        revoking: Assignment = {}
        adding: Assignment = {}
        unreleased = False
        for topic in set(target) | set(member.assigned):
            want = target.get(topic, set())
            have = member.assigned.get(topic, set())
            keep = have & want
            drop = have - keep
            # Partitions of a deleted topic cannot be consumed: nothing to wait for.
            if drop and view.topic_name(topic) is None:
                drop = set()
            add = set()
            for p in want - keep:
                if group.partition_epoch(topic, p) == -1:
                    add.add(p)
                else:
                    unreleased = True  # its previous owner has not released it yet
            if keep:
                assigned[topic] = keep
            if drop:
                revoking[topic] = drop
            if add:
                adding[topic] = add
        if revoking and still_owns(revoking):
            # Revoke first; the epoch stays until the member confirms.
            return replace(
                member,
                state=MemberState.UNREVOKED_PARTITIONS,
                previous_member_epoch=member.member_epoch,
                member_epoch=epoch,
                assigned=assigned,
                pending_revocation=revoking,
            )
        for topic, ps in adding.items():
            assigned[topic] = assigned.get(topic, set()) | ps
        return replace(
            member,
            state=MemberState.UNRELEASED_PARTITIONS if unreleased else MemberState.STABLE,
            previous_member_epoch=member.member_epoch,
            member_epoch=target_epoch,
            assigned=assigned,
            pending_revocation={},
        )

    # ------------------------------------------------------------ ConsumerGroupDescribe

    def describe(self, group_ids: Sequence[str]) -> list[DescribedGroup]:
        out = []
        default = self._config.consumer_assignors[0]
        for gid in group_ids:
            if not gid:
                out.append(DescribedGroup(error_code=E.INVALID_GROUP_ID, group_id=gid))
                continue
            group = self.coordinator.groups.get(gid)
            if not isinstance(group, ConsumerGroup):
                what = "not found" if group is None else "is not a consumer group"
                out.append(
                    DescribedGroup(
                        error_code=E.GROUP_ID_NOT_FOUND,
                        error_message=f"Group {gid} {what}.",
                        group_id=gid,
                    )
                )
                continue
            out.append(
                DescribedGroup(
                    group_id=gid,
                    group_state=group.state.value,
                    group_epoch=group.group_epoch,
                    assignment_epoch=group.assignment_epoch,
                    assignor_name=group.preferred_assignor(default),
                    members=[
                        Member(
                            member_id=m.member_id,
                            instance_id=m.instance_id,
                            rack_id=m.rack_id,
                            member_epoch=m.member_epoch,
                            client_id=m.client_id,
                            client_host=m.client_host,
                            subscribed_topic_names=list(m.subscribed_topic_names),
                            subscribed_topic_regex=m.subscribed_topic_regex,
                            assignment=self._described(m.assigned),
                            target_assignment=self._described(group.target.get(m.member_id, {})),
                            member_type=1,  # a consumer-protocol member (KIP-1099)
                        )
                        for m in group.members.values()
                    ],
                )
            )
        return out

    def _described(self, a: Assignment) -> DescribedAssignment:
        out = []
        for tid, ps in _sorted_items(a):
            name = self.coordinator.topics.topic_name(tid)
            if name is not None:  # Kafka leaves out topics that no longer exist
                out.append(DescribedTopicPartitions(tid, name, ps))
        return DescribedAssignment(out)

    # ------------------------------------------------------------ replay and loading

    def replay(self, key: Message, value: Message | None) -> None:
        if not isinstance(key, _KEYS):
            return  # a record type this module does not keep (share and streams groups)
        gid = key.group_id
        group = self.coordinator.groups.get(gid)
        if not isinstance(group, ConsumerGroup):
            if value is None:
                return  # a tombstone for a group that is gone or was converted
            if group is not None and not group.is_empty:
                log.warning("group %s: consumer group record for a live classic group", gid)
                return
            group = self.coordinator.groups[gid] = ConsumerGroup(gid)
        self._apply(group, key, value)

    def _apply(self, group: ConsumerGroup, key: Message, value: Message | None) -> None:
        """Change the group as the record says (the only way its state changes)."""
        if isinstance(key, ConsumerGroupMetadataKey):
            if value is None:
                group.dead = True
                if self.coordinator.groups.get(group.group_id) is group:
                    del self.coordinator.groups[group.group_id]
                return
            assert isinstance(value, ConsumerGroupMetadataValue)
            group.group_epoch = value.epoch
            group.metadata_hash = value.metadata_hash
        elif isinstance(key, ConsumerGroupMemberMetadataKey):
            if value is None:
                group.remove_member(key.member_id)
                return
            assert isinstance(value, ConsumerGroupMemberMetadataValue)
            prev = group.members.get(key.member_id) or ConsumerMember(key.member_id)
            group.put_member(
                replace(
                    prev,
                    instance_id=value.instance_id,
                    rack_id=value.rack_id,
                    client_id=value.client_id,
                    client_host=value.client_host,
                    subscribed_topic_names=tuple(sorted(set(value.subscribed_topic_names))),
                    subscribed_topic_regex=value.subscribed_topic_regex or None,
                    rebalance_timeout_ms=value.rebalance_timeout_ms,
                    server_assignor=value.server_assignor,
                )
            )
        elif isinstance(key, ConsumerGroupTargetAssignmentMetadataKey):
            if value is not None:
                assert isinstance(value, ConsumerGroupTargetAssignmentMetadataValue)
                group.assignment_epoch = value.assignment_epoch
        elif isinstance(key, ConsumerGroupTargetAssignmentMemberKey):
            if value is None:
                group.target.pop(key.member_id, None)
            else:
                assert isinstance(value, ConsumerGroupTargetAssignmentMemberValue)
                group.target[key.member_id] = _assignment_from(value.topic_partitions)
        elif isinstance(key, ConsumerGroupCurrentMemberAssignmentKey):
            old = group.members.get(key.member_id)
            if value is None:
                # The member is on its way out (its subscription's tombstone follows): it
                # holds nothing any more.
                if old is not None:
                    group.put_member(
                        replace(
                            old,
                            member_epoch=LEAVE_GROUP_EPOCH,
                            previous_member_epoch=LEAVE_GROUP_EPOCH,
                            assigned={},
                            pending_revocation={},
                        )
                    )
                return
            assert isinstance(value, ConsumerGroupCurrentMemberAssignmentValue)
            try:
                state = MemberState(value.state)
            except ValueError:
                state = MemberState.UNKNOWN
            group.put_member(
                replace(
                    old or ConsumerMember(key.member_id),
                    member_epoch=value.member_epoch,
                    previous_member_epoch=value.previous_member_epoch,
                    state=state,
                    assigned=_assignment_from(value.assigned_partitions),
                    pending_revocation=_assignment_from(value.partitions_pending_revocation),
                )
            )
        elif isinstance(key, ConsumerGroupPartitionMetadataKey):
            pass  # superseded by the metadata hash (KIP-1101); not written by FluxMQ

    def after_load(self, group: ConsumerGroup) -> None:
        """Restart the members' clocks: each gets a full session (and, if it was revoking,
        a full rebalance timeout) from now, as Kafka does when it loads a group."""
        _, group.regex_topics, _ = self._subscribed_metadata(group)
        for member in group.members.values():
            self._schedule_session(group, member.member_id)
            self._update_rebalance_timer(group, member)

    # ------------------------------------------------------------ used by GroupCoordinator

    def delete_empty(self, group: ConsumerGroup) -> None:
        """An empty consumer group is replaced (a classic member joins its group id)."""
        self.coordinator.write(group.group_id, _encode(self._tombstone_records(group)))
        group.dead = True
        if self.coordinator.groups.get(group.group_id) is group:
            del self.coordinator.groups[group.group_id]

    def validate_commit(
        self, group: ConsumerGroup, epoch: int, member_id: str, api_version: int = 9
    ) -> int:
        # An admin client, or a consumer outside group management, commits with epoch -1:
        # allowed while nobody is in the group.
        if epoch < 0 and group.is_empty:
            return E.NONE
        member = group.members.get(member_id)
        if member is None:
            return E.UNKNOWN_MEMBER_ID
        if api_version < 9:
            # Only v9+ carries a member epoch (Kafka: UnsupportedVersionException).
            return E.UNSUPPORTED_VERSION
        return _epoch_error(epoch, member.member_epoch)

    def validate_fetch(self, group: ConsumerGroup, member_id: str, epoch: int) -> int:
        member = group.members.get(member_id)
        if member is None:
            return E.UNKNOWN_MEMBER_ID
        return _epoch_error(epoch, member.member_epoch)

    def tombstones(self, group: ConsumerGroup) -> list[tuple[bytes, bytes | None]]:
        """The records deleting the group (the caller writes them and drops the group)."""
        for mid in list(group.members):
            self._cancel_timers(group, mid)
        group.dead = True
        return _encode(self._tombstone_records(group))

    @staticmethod
    def _tombstone_records(group: ConsumerGroup) -> list[Record]:
        gid = group.group_id
        members = list(group.members)
        records: list[Record] = []
        records += [(ConsumerGroupCurrentMemberAssignmentKey(gid, m), None) for m in members]
        records += [(ConsumerGroupTargetAssignmentMemberKey(gid, m), None) for m in members]
        records.append((ConsumerGroupTargetAssignmentMetadataKey(gid), None))
        records += [(ConsumerGroupMemberMetadataKey(gid, m), None) for m in members]
        records.append((ConsumerGroupMetadataKey(gid), None))
        return records


_KEYS = (
    ConsumerGroupMetadataKey,
    ConsumerGroupPartitionMetadataKey,
    ConsumerGroupMemberMetadataKey,
    ConsumerGroupTargetAssignmentMetadataKey,
    ConsumerGroupTargetAssignmentMemberKey,
    ConsumerGroupCurrentMemberAssignmentKey,
)


def _is_subset(owned: Sequence[OwnedTopicPartitions] | None, assigned: Assignment) -> bool:
    if owned is None:
        return False
    return all(set(t.partitions) <= assigned.get(t.topic_id, set()) for t in owned)


def _epoch_error(received: int, expected: int) -> int:
    """Kafka's validateMemberEpoch: ahead of the coordinator is fenced, behind is stale."""
    if received > expected:
        return E.FENCED_MEMBER_EPOCH
    if received < expected:
        return E.STALE_MEMBER_EPOCH
    return E.NONE
