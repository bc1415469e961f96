"""Client-side partition assignors for the classic group protocol.

The group leader runs one of these over every member's subscription and sends the result in
SyncGroup. Names match Kafka's, so FluxMQ consumers share groups with Java ones:

- `RangeAssignor` ("range"): per topic, consecutive ranges of partitions; the first members
  (sorted by instance id, else member id) get one extra when it does not divide evenly.
- `RoundRobinAssignor` ("roundrobin"): every partition, in topic/partition order, dealt to
  members in turn, skipping members that do not subscribe to its topic.
- `CooperativeStickyAssignor` ("cooperative-sticky"): balanced, keeps partitions where they
  are, and never hands a partition to a new owner in the same rebalance it is taken from the
  old one: the old owner revokes it first, then a second rebalance gives it away (KIP-429).
"""

from __future__ import annotations

import abc
import enum
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .errors import ConfigurationError
from .types import TopicPartition

__all__ = [
    "Assignor",
    "CooperativeStickyAssignor",
    "GroupSubscription",
    "RangeAssignor",
    "RebalanceProtocol",
    "RoundRobinAssignor",
    "assignor_by_name",
]


class RebalanceProtocol(enum.Enum):
    """EAGER: every member revokes everything before each rebalance. COOPERATIVE: members keep
    what they own and revoke only what moves."""

    EAGER = "eager"
    COOPERATIVE = "cooperative"


@dataclass(frozen=True)
class GroupSubscription:
    """One member's subscription as the leader sees it (from ConsumerProtocolSubscription)."""

    member_id: str
    topics: Sequence[str]
    group_instance_id: str | None = None
    owned_partitions: Sequence[TopicPartition] = field(default_factory=tuple)
    generation_id: int = -1
    rack_id: str | None = None
    user_data: bytes | None = None

    @property
    def sort_key(self) -> tuple[str, str]:
        """Kafka orders members by group instance id when set, then member id."""
        if self.group_instance_id is not None:
            return ("0", self.group_instance_id + "\0" + self.member_id)
        return ("1", self.member_id)


class Assignor(abc.ABC):
    """A partition assignment strategy for the classic protocol."""

    name: str = ""
    """The protocol name sent in JoinGroup (shared with other clients' assignors)."""

    supported_protocols: tuple[RebalanceProtocol, ...] = (RebalanceProtocol.EAGER,)

    @abc.abstractmethod
    def assign(
        self, partitions: Mapping[str, int], subscriptions: Mapping[str, GroupSubscription]
    ) -> dict[str, list[TopicPartition]]:
        """Partitions per member id. `partitions` is the partition count of every topic any
        member subscribes to (topics that do not exist are absent)."""

    def user_data(self, topics: Sequence[str]) -> bytes | None:
        """Opaque bytes carried in this member's subscription."""
        return None

    def on_assignment(self, partitions: Sequence[TopicPartition], generation: int) -> None:
        """Told the member's assignment after each rebalance."""
        return None


def _members_of(
    topic: str, subscriptions: Mapping[str, GroupSubscription]
) -> list[GroupSubscription]:
    return sorted(
        (s for s in subscriptions.values() if topic in s.topics), key=lambda s: s.sort_key
    )


class RangeAssignor(Assignor):
    """Kafka's RangeAssignor (without its rack-aware refinement)."""

    name = "range"

    def assign(
        self, partitions: Mapping[str, int], subscriptions: Mapping[str, GroupSubscription]
    ) -> dict[str, list[TopicPartition]]:
        out: dict[str, list[TopicPartition]] = {m: [] for m in subscriptions}
        for topic in sorted(partitions):
            members = _members_of(topic, subscriptions)
            if not members:
                continue
            n = partitions[topic]
            per, extra = divmod(n, len(members))
            start = 0
            for i, m in enumerate(members):
                size = per + (1 if i < extra else 0)
                out[m.member_id].extend(
                    TopicPartition(topic, p) for p in range(start, start + size)
                )
                start += size
        return out


class RoundRobinAssignor(Assignor):
    """Kafka's RoundRobinAssignor."""

    name = "roundrobin"

    def assign(
        self, partitions: Mapping[str, int], subscriptions: Mapping[str, GroupSubscription]
    ) -> dict[str, list[TopicPartition]]:
        out: dict[str, list[TopicPartition]] = {m: [] for m in subscriptions}
        members = sorted(subscriptions.values(), key=lambda s: s.sort_key)
        if not members:
            return out
        ring = itertools.cycle(members)
        for topic in sorted(partitions):
            if not any(topic in m.topics for m in members):
                continue
            for p in range(partitions[topic]):
                m = next(ring)
                while topic not in m.topics:
                    m = next(ring)
                out[m.member_id].append(TopicPartition(topic, p))
        return out


class CooperativeStickyAssignor(Assignor):
    """Kafka's CooperativeStickyAssignor: sticky and balanced, then cooperative.

    1. Each member keeps the partitions it owned (by the highest generation claiming them)
       that still exist and that it still subscribes to.
    2. Unowned partitions go to the eligible member with the fewest.
    3. While some member has two more than another member eligible for one of its
       partitions, one moves (so the result is as balanced as subscriptions allow).
    4. A partition moved away from its previous owner is left out of this round: the old
       owner revokes it and rejoins, and the next rebalance assigns it.
    """

    name = "cooperative-sticky"
    supported_protocols = (RebalanceProtocol.COOPERATIVE, RebalanceProtocol.EAGER)

    def assign(
        self, partitions: Mapping[str, int], subscriptions: Mapping[str, GroupSubscription]
    ) -> dict[str, list[TopicPartition]]:
        all_parts = [TopicPartition(t, p) for t in sorted(partitions) for p in range(partitions[t])]
        members = sorted(subscriptions.values(), key=lambda s: s.sort_key)
        subscribed = {m.member_id: frozenset(m.topics) for m in members}
        # 1. previous owners: the highest generation wins; a tie keeps nobody's claim
        owner: dict[TopicPartition, tuple[int, str | None]] = {}
        for m in members:
            for tp in m.owned_partitions:
                prev = owner.get(tp)
                if prev is None or m.generation_id > prev[0]:
                    owner[tp] = (m.generation_id, m.member_id)
                elif m.generation_id == prev[0]:
                    owner[tp] = (prev[0], None)
        assignment: dict[str, list[TopicPartition]] = {m.member_id: [] for m in members}
        existing = set(all_parts)
        previous: dict[TopicPartition, str] = {}
        for tp, (_gen, mid) in owner.items():
            if mid is None or tp not in existing:
                continue
            previous[tp] = mid
            if tp.topic in subscribed[mid]:
                assignment[mid].append(tp)
        taken = {tp for parts in assignment.values() for tp in parts}
        # 2. the rest to the least loaded eligible member
        for tp in all_parts:
            if tp in taken:
                continue
            eligible = [m.member_id for m in members if tp.topic in subscribed[m.member_id]]
            if not eligible:
                continue
            best = min(eligible, key=lambda mid: len(assignment[mid]))
            assignment[best].append(tp)
        # 3. balance
        for _ in range(len(all_parts) * 2 + 1):
            moved = False
            order = sorted(assignment, key=lambda mid: -len(assignment[mid]))
            for src in order:
                for dst in reversed(order):
                    if len(assignment[src]) - len(assignment[dst]) < 2:
                        continue
                    # prefer moving a partition that src did not own before
                    cands = [tp for tp in assignment[src] if tp.topic in subscribed[dst]]
                    if not cands:
                        continue
                    cands.sort(key=lambda tp: (previous.get(tp) == src, tp))
                    tp = cands[0]
                    assignment[src].remove(tp)
                    assignment[dst].append(tp)
                    moved = True
                    break
                if moved:
                    break
            if not moved:
                break
        # 4. cooperative: nothing changes hands within one rebalance
        for mid, parts in assignment.items():
            assignment[mid] = sorted(
                tp for tp in parts if previous.get(tp) is None or previous[tp] == mid
            )
        return assignment


_BY_NAME: dict[str, type[Assignor]] = {
    "range": RangeAssignor,
    "roundrobin": RoundRobinAssignor,
    "cooperative-sticky": CooperativeStickyAssignor,
}


def assignor_by_name(name: str) -> Assignor:
    """A new assignor for "range", "roundrobin" or "cooperative-sticky" (Java class names
    such as "org.apache.kafka.clients.consumer.RangeAssignor" are accepted too)."""
    short = name.rsplit(".", 1)[-1]
    aliases = {
        "RangeAssignor": "range",
        "RoundRobinAssignor": "roundrobin",
        "CooperativeStickyAssignor": "cooperative-sticky",
    }
    cls = _BY_NAME.get(aliases.get(short, short))
    if cls is None:
        raise ConfigurationError(
            f"unknown partition assignment strategy {name!r}: "
            "use 'range', 'roundrobin' or 'cooperative-sticky'"
        )
    return cls()
