"""The classic group's data: members, generation, chosen protocol and state.

The rules that move a group between states live in `group_coordinator`; this module holds
what a group is and the small queries those rules ask of it (Kafka's ClassicGroup).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from ..protocol.errors import DecodeError
from ..protocol.messages.consumer_protocol_subscription import ConsumerProtocolSubscription
from ..protocol.messages.join_group_response import JoinGroupResponse
from ..protocol.messages.sync_group_response import SyncGroupResponse
from .deferred import Deferred

__all__ = ["ClassicGroup", "ClassicMember", "ClassicState", "subscribed_topics"]


class ClassicState(enum.Enum):
    EMPTY = "Empty"
    PREPARING_REBALANCE = "PreparingRebalance"
    COMPLETING_REBALANCE = "CompletingRebalance"
    STABLE = "Stable"
    DEAD = "Dead"


@dataclass(eq=False)
class ClassicMember:
    member_id: str
    instance_id: str | None
    client_id: str
    client_host: str
    rebalance_timeout_ms: int
    session_timeout_ms: int
    protocol_type: str
    protocols: list[tuple[str, bytes]]
    assignment: bytes = b""
    join: Deferred[JoinGroupResponse] | None = None
    sync: Deferred[SyncGroupResponse] | None = None
    is_new: bool = False

    def metadata(self, protocol: str | None) -> bytes:
        for name, meta in self.protocols:
            if name == protocol:
                return meta
        return b""

    def protocol_names(self) -> list[str]:
        return [name for name, _ in self.protocols]

    @property
    def awaiting(self) -> bool:
        """A parked JoinGroup or SyncGroup keeps the member alive (Kafka's shouldKeepAlive)."""
        return (self.join is not None and not self.join.done) or (
            self.sync is not None and not self.sync.done
        )


@dataclass(eq=False)
class ClassicGroup:
    group_id: str
    state: ClassicState = ClassicState.EMPTY
    state_timestamp: int = -1
    generation: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader_id: str | None = None
    members: dict[str, ClassicMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # instance id -> member id
    pending_members: set[str] = field(default_factory=set)  # told MEMBER_ID_REQUIRED
    pending_sync: set[str] = field(default_factory=set)
    initial_delay_active: bool = False
    new_member_joined: bool = False
    rebalance_started_ms: int = 0

    group_type = "classic"

    @property
    def is_empty(self) -> bool:
        return not self.members

    def add(self, member: ClassicMember) -> None:
        self.members[member.member_id] = member
        if member.instance_id is not None:
            self.static_members[member.instance_id] = member.member_id
        if self.protocol_type is None or self.state is ClassicState.EMPTY:
            self.protocol_type = member.protocol_type
        if self.leader_id is None:
            self.leader_id = member.member_id

    def remove(self, member_id: str) -> ClassicMember | None:
        member = self.members.pop(member_id, None)
        if member is None:
            return None
        if member.instance_id is not None:
            if self.static_members.get(member.instance_id) == member_id:
                del self.static_members[member.instance_id]
        self.pending_sync.discard(member_id)
        if self.leader_id == member_id:
            self.leader_id = next(iter(self.members), None)
        return member

    def replace_member_id(self, old_id: str, new_id: str) -> ClassicMember:
        member = self.members.pop(old_id)
        member.member_id = new_id
        self.members[new_id] = member
        if member.instance_id is not None:
            self.static_members[member.instance_id] = new_id
        if self.leader_id == old_id:
            self.leader_id = new_id
        if old_id in self.pending_sync:
            self.pending_sync.discard(old_id)
            self.pending_sync.add(new_id)
        return member

    def candidate_protocols(self) -> list[str]:
        """Protocols every member supports, in the first member's order of preference."""
        members = list(self.members.values())
        if not members:
            return []
        common = set(members[0].protocol_names())
        for m in members[1:]:
            common &= set(m.protocol_names())
        return [p for p in members[0].protocol_names() if p in common]

    def supports(self, protocol_type: str, protocols: list[str]) -> bool:
        if not protocol_type or not protocols:
            return False
        if self.is_empty:
            return True
        if protocol_type != self.protocol_type:
            return False
        return bool(set(protocols) & set(self.candidate_protocols()))

    def select_protocol(self) -> str:
        """Each member votes for its most preferred common protocol; the most votes win."""
        candidates = self.candidate_protocols()
        votes = dict.fromkeys(candidates, 0)
        for m in self.members.values():
            for name in m.protocol_names():
                if name in votes:
                    votes[name] += 1
                    break
        return max(candidates, key=lambda p: votes[p])

    def all_joined(self) -> bool:
        return not self.pending_members and all(
            m.join is not None and not m.join.done for m in self.members.values()
        )

    def max_rebalance_timeout(self) -> int:
        return max((m.rebalance_timeout_ms for m in self.members.values()), default=0)

    def subscribed_topics(self) -> set[str] | None:
        """Topics the members subscribe to, or None when that cannot be known."""
        if self.protocol_type != "consumer" or self.protocol_name is None:
            return None if self.protocol_type not in (None, "consumer") else set()
        topics: set[str] = set()
        for m in self.members.values():
            found = subscribed_topics(m.metadata(self.protocol_name))
            if found is None:
                return None
            topics |= found
        return topics


def subscribed_topics(metadata: bytes) -> set[str] | None:
    """Topics in a ConsumerProtocolSubscription (int16 version + struct), None if unreadable."""
    if len(metadata) < 2:
        return None
    version = int.from_bytes(metadata[:2], "big", signed=True)
    if version < 0:
        return None
    v = min(version, ConsumerProtocolSubscription.MAX_VERSION)
    try:
        sub = ConsumerProtocolSubscription.decode(memoryview(metadata)[2:], v, allow_trailing=True)
    except DecodeError:
        return None
    return set(sub.topics)
