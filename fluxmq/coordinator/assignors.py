"""Server-side partition assignors of KIP-848 consumer groups: `uniform` and `range`.

An assignor turns the members' subscriptions (topic ids) and the topics' partition counts
into a target assignment. It is pure: the coordinator hands it the previous target so that
`uniform` can be sticky, and persists whatever comes back.

- `uniform` (Kafka's default) spreads all subscribed partitions evenly over the members that
  can take them, keeping each partition with its previous owner where balance allows. With
  identical subscriptions the counts differ by at most one; with different subscriptions it
  moves partitions from a member to a less loaded subscriber until no such move helps. Where
  loads tie, members earlier in the given sequence take freed partitions and give up surplus
  ones first (the coordinator lists them by who will heartbeat next).
- `range` gives each topic's subscribers contiguous ranges, in member order (static members
  by instance id first, then the others by member id), the first ones one extra partition:
  co-partitioned topics line up, as with Kafka's RangeAssignor.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "ASSIGNORS",
    "Assignment",
    "MemberSpec",
    "range_assign",
    "uniform_assign",
]

# topic id -> partitions
Assignment = dict[uuid.UUID, set[int]]


@dataclass(frozen=True)
class MemberSpec:
    member_id: str
    instance_id: str | None
    topics: frozenset[uuid.UUID]  # subscribed topics that exist


Assignor = Callable[
    [Sequence[MemberSpec], Mapping[uuid.UUID, int], Mapping[str, Assignment]],
    dict[str, Assignment],
]


def _member_order(m: MemberSpec) -> tuple[int, str]:
    """Kafka's order: static members by instance id, then dynamic ones by member id."""
    if m.instance_id is not None:
        return (0, m.instance_id)
    return (1, m.member_id)


def range_assign(
    members: Sequence[MemberSpec],
    partitions: Mapping[uuid.UUID, int],
    previous: Mapping[str, Assignment],
) -> dict[str, Assignment]:
    out: dict[str, Assignment] = {m.member_id: {} for m in members}
    ordered = sorted(members, key=_member_order)
    for topic, count in partitions.items():
        subscribers = [m for m in ordered if topic in m.topics]
        if not subscribers:
            continue
        quota, extra = divmod(count, len(subscribers))
        start = 0
        for i, m in enumerate(subscribers):
            end = start + quota + (1 if i < extra else 0)
            if end > start:
                out[m.member_id][topic] = set(range(start, end))
            start = end
    return out


def uniform_assign(
    members: Sequence[MemberSpec],
    partitions: Mapping[uuid.UUID, int],
    previous: Mapping[str, Assignment],
) -> dict[str, Assignment]:
    ordered = list(members)
    rank = {m.member_id: i for i, m in enumerate(ordered)}
    subscribers: dict[uuid.UUID, list[str]] = {
        t: [m.member_id for m in ordered if t in m.topics] for t in sorted(partitions)
    }
    owned: dict[str, set[tuple[uuid.UUID, int]]] = {m.member_id: set() for m in ordered}
    taken: set[tuple[uuid.UUID, int]] = set()

    # 1. Stickiness: each partition stays with its previous owner if that member still
    # subscribes to the topic (and nobody else claimed it first).
    for m in ordered:
        for topic, parts in previous.get(m.member_id, {}).items():
            if topic not in m.topics:
                continue
            for p in parts:
                tp = (topic, p)
                if p < partitions.get(topic, 0) and tp not in taken:
                    owned[m.member_id].add(tp)
                    taken.add(tp)

    def least_loaded(candidates: list[str]) -> str:
        return min(candidates, key=lambda mid: (len(owned[mid]), rank[mid]))

    # 2. Unowned partitions go to the least loaded subscriber; the most constrained
    # partitions (fewest subscribers) first, so they still find room.
    free = [
        (topic, p)
        for topic, subs in subscribers.items()
        if subs
        for p in range(partitions[topic])
        if (topic, p) not in taken
    ]
    free.sort(key=lambda tp: (len(subscribers[tp[0]]), tp[0].int, tp[1]))
    for tp in free:
        owned[least_loaded(subscribers[tp[0]])].add(tp)

    # 3. Balance: move one partition at a time from the most loaded member that can give
    # one to a subscriber with at least two fewer partitions. Every move lowers the sum of
    # squared loads, so this ends; with identical subscriptions it ends with loads that
    # differ by at most one, after the fewest moves.
    while _move_one(owned, subscribers, least_loaded, rank):
        pass

    out: dict[str, Assignment] = {}
    for mid, tps in owned.items():
        a: Assignment = {}
        for topic, p in tps:
            a.setdefault(topic, set()).add(p)
        out[mid] = a
    return out


def _move_one(
    owned: dict[str, set[tuple[uuid.UUID, int]]],
    subscribers: dict[uuid.UUID, list[str]],
    least_loaded: Callable[[list[str]], str],
    rank: dict[str, int],
) -> bool:
    for mid in sorted(owned, key=lambda x: (-len(owned[x]), rank[x])):
        for tp in sorted(owned[mid], key=lambda tp: (tp[0].int, tp[1]), reverse=True):
            target = least_loaded(subscribers[tp[0]])
            if len(owned[mid]) - len(owned[target]) > 1:
                owned[mid].discard(tp)
                owned[target].add(tp)
                return True
    return False


ASSIGNORS: dict[str, Assignor] = {"uniform": uniform_assign, "range": range_assign}
