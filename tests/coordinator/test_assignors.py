"""The server-side assignors: every subscribed partition to exactly one subscriber, balanced,
and (uniform) sticky."""

from __future__ import annotations

import random
import uuid

import pytest

from fluxmq.coordinator.assignors import (
    Assignment,
    MemberSpec,
    range_assign,
    uniform_assign,
)

T = uuid.UUID(int=1)
U = uuid.UUID(int=2)
V = uuid.UUID(int=3)


def members(n: int, topics: frozenset[uuid.UUID]) -> list[MemberSpec]:
    return [MemberSpec(f"m{i:02d}", None, topics) for i in range(n)]


def owners(result: dict[str, Assignment]) -> dict[tuple[uuid.UUID, int], str]:
    seen: dict[tuple[uuid.UUID, int], str] = {}
    for mid, a in result.items():
        for t, ps in a.items():
            for p in ps:
                assert (t, p) not in seen, f"{t}/{p} given to {seen[(t, p)]} and {mid}"
                seen[(t, p)] = mid
    return seen


def check_complete(
    specs: list[MemberSpec], parts: dict[uuid.UUID, int], result: dict[str, Assignment]
) -> None:
    seen = owners(result)
    by_id = {m.member_id: m for m in specs}
    for (t, _), mid in seen.items():
        assert t in by_id[mid].topics, "assigned a topic the member does not subscribe to"
    wanted = {
        (t, p) for t, n in parts.items() for p in range(n) if any(t in m.topics for m in specs)
    }
    assert set(seen) == wanted


def loads(result: dict[str, Assignment]) -> list[int]:
    return [sum(len(ps) for ps in a.values()) for a in result.values()]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("seed", range(30))
def test_uniform_homogeneous_is_complete_and_balanced(seed: int) -> None:
    rnd = random.Random(seed)
    parts = {T: rnd.randint(0, 20), U: rnd.randint(1, 7), V: rnd.randint(0, 3)}
    specs = members(rnd.randint(1, 9), frozenset(parts))
    result = uniform_assign(specs, parts, {})
    check_complete(specs, parts, result)
    assert max(loads(result)) - min(loads(result)) <= 1


@pytest.mark.timeout(60)
@pytest.mark.parametrize("seed", range(30))
def test_uniform_heterogeneous_is_complete(seed: int) -> None:
    rnd = random.Random(seed)
    parts = {T: rnd.randint(1, 12), U: rnd.randint(1, 5), V: rnd.randint(1, 9)}
    specs = [
        MemberSpec(f"m{i}", None, frozenset(rnd.sample(sorted(parts), rnd.randint(1, 3))))
        for i in range(rnd.randint(1, 6))
    ]
    previous = uniform_assign(specs[:-1], parts, {}) if len(specs) > 1 else {}
    result = uniform_assign(specs, parts, previous)
    check_complete(specs, parts, result)
    # no partition could move to a subscriber with two fewer partitions
    load = dict(zip(result, loads(result), strict=True))
    for (t, _), mid in owners(result).items():
        for m in specs:
            if t in m.topics:
                assert load[mid] - load[m.member_id] <= 1


def test_uniform_is_sticky() -> None:
    parts = {T: 12}
    three = members(3, frozenset({T}))
    before = uniform_assign(three, parts, {})
    after = uniform_assign(members(4, frozenset({T})), parts, before)
    assert sorted(loads(after)) == [3, 3, 3, 3]
    moved = sum(len(before[m][T] - after[m].get(T, set())) for m in before)
    assert moved == 3  # only what the newcomer needs
    # a member leaving: its partitions spread, the others keep theirs
    two = uniform_assign(three[:2], parts, before)
    for m in ("m00", "m01"):
        assert before[m][T] <= two[m][T]


def test_uniform_breaks_ties_by_the_given_member_order() -> None:
    parts = {T: 12}
    four = members(4, frozenset({T}))
    before = uniform_assign(four, parts, {})
    stay = [four[2], four[0], four[1]]  # the coordinator's order: who hears of it first
    after = uniform_assign(stay, parts, {m: a for m, a in before.items() if m != "m03"})
    gained = {m.member_id: len(after[m.member_id][T] - before[m.member_id][T]) for m in stay}
    assert gained == {"m02": 1, "m00": 1, "m01": 1}  # 3 freed, one each
    two = [four[3], four[1]]
    after = uniform_assign(two, {T: 3}, {})
    assert len(after["m03"][T]) == 2 and len(after["m01"][T]) == 1
    # surplus (two of 3+3+3 for a fourth member) is taken from the earliest members in order
    five = [*members(3, frozenset({T})), MemberSpec("new", None, frozenset({T}))]
    prev = uniform_assign(members(3, frozenset({T})), {T: 9}, {})
    order = [five[1], five[0], five[2], five[3]]
    after = uniform_assign(order, {T: 9}, prev)
    lost = [m.member_id for m in five[:3] if after[m.member_id][T] != prev[m.member_id][T]]
    assert sorted(lost) == ["m00", "m01"]  # m02, last in order, keeps its three


def test_uniform_previous_assignment_of_unsubscribed_topic_is_dropped() -> None:
    a = MemberSpec("a", None, frozenset({T}))
    result = uniform_assign([a], {T: 2, U: 2}, {"a": {T: {0, 1}, U: {0, 1}}})
    assert result == {"a": {T: {0, 1}}}


def test_range_gives_contiguous_ranges_in_member_order() -> None:
    specs = members(3, frozenset({T, U}))
    result = range_assign(specs, {T: 7, U: 2}, {})
    assert result["m00"] == {T: {0, 1, 2}, U: {0}}
    assert result["m01"] == {T: {3, 4}, U: {1}}
    assert result["m02"] == {T: {5, 6}}
    check_complete(specs, {T: 7, U: 2}, result)


def test_range_orders_static_members_by_instance_id_first() -> None:
    specs = [
        MemberSpec("a", None, frozenset({T})),
        MemberSpec("z", "i-1", frozenset({T})),
        MemberSpec("b", "i-0", frozenset({T})),
    ]
    result = range_assign(specs, {T: 3}, {})
    assert result == {"b": {T: {0}}, "z": {T: {1}}, "a": {T: {2}}}


def test_range_heterogeneous_splits_each_topic_among_its_subscribers() -> None:
    specs = [MemberSpec("a", None, frozenset({T, U})), MemberSpec("b", None, frozenset({T}))]
    result = range_assign(specs, {T: 4, U: 3}, {})
    assert result == {"a": {T: {0, 1}, U: {0, 1, 2}}, "b": {T: {2, 3}}}
