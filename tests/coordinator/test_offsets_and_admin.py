"""Offsets (commit, fetch, delete, retention), group administration and persistence."""

from __future__ import annotations

from fluxmq.coordinator.classic import ClassicGroup, ClassicState
from fluxmq.coordinator.offsets import java_string_hash, offsets_partition
from fluxmq.coordinator.records import decode_record
from fluxmq.protocol.messages.consumer_protocol_subscription import (
    ConsumerProtocolSubscription,
)
from fluxmq.protocol.messages.error_codes import ErrorCode as E
from fluxmq.protocol.messages.group_metadata_value import GroupMetadataValue
from fluxmq.protocol.messages.leave_group_request import LeaveGroupRequest
from fluxmq.protocol.messages.offset_commit_key import OffsetCommitKey
from fluxmq.protocol.messages.offset_commit_value import OffsetCommitValue

from ._support import Harness, MemoryStore

DAY = 24 * 3600 * 1000


def subscription(*topics: str) -> bytes:
    return b"\x00\x01" + ConsumerProtocolSubscription(topics=list(topics)).encode(1)


def commit(
    h: Harness,
    entries: list[tuple[str, int, int]],
    *,
    group: str = "g",
    generation: int = -1,
    member: str = "",
    instance: str | None = None,
    metadata: str | None = "",
    retention_ms: int = -1,
) -> tuple[int, list[int]]:
    return h.coord.commit_offsets(
        group,
        generation,
        member,
        instance,
        [(t, p, o, 7, metadata) for t, p, o in entries],
        retention_ms,
    )


# ---------------------------------------------------------------- placement


def test_java_string_hash_and_partition() -> None:
    assert java_string_hash("") == 0
    assert java_string_hash("hello") == 99162322
    assert java_string_hash("Aa") == java_string_hash("BB") == 2112
    assert java_string_hash("\N{GRINNING FACE}") == 55357 * 31 + 56832  # UTF-16 surrogates
    assert java_string_hash("polygenelubricants") == -(2**31)  # Integer.MIN_VALUE
    assert offsets_partition("polygenelubricants", 50) == 0  # Utils.abs(MIN_VALUE) == 0
    assert offsets_partition("hello", 50) == 99162322 % 50


# ---------------------------------------------------------------- OffsetCommit / Fetch


def test_standalone_commit_creates_a_simple_group() -> None:
    h = Harness()
    assert commit(h, [("t", 0, 5), ("t", 1, 9)]) == (E.NONE, [0, 0])
    res = h.coord.fetch_offsets("g", None)
    assert res.topics == {"t": [(0, 5, 7, "", 0), (1, 9, 7, "", 0)]}
    group = h.coord.groups["g"]
    assert isinstance(group, ClassicGroup) and group.state is ClassicState.EMPTY
    [listed] = h.coord.list_groups()
    assert (listed.group_id, listed.protocol_type, listed.group_state) == ("g", "", "Empty")


def test_commit_validation_against_the_group() -> None:
    h = Harness()
    assert commit(h, [("t", 0, 1)], group="")[0] == E.INVALID_GROUP_ID
    assert commit(h, [("t", 0, 1)], group="new", generation=3, member="m")[0] == (
        E.ILLEGAL_GENERATION
    )
    (leader, follower), gen = h.stable_group(2)
    assert commit(h, [("t", 0, 1)], generation=gen, member=follower)[0] == E.NONE
    assert commit(h, [("t", 0, 1)], generation=gen + 1, member=follower)[0] == (
        E.ILLEGAL_GENERATION
    )
    assert commit(h, [("t", 0, 1)], generation=gen, member="ghost")[0] == E.UNKNOWN_MEMBER_ID
    assert commit(h, [("t", 0, 1)])[0] == E.UNKNOWN_MEMBER_ID  # admin commit, live group
    # PreparingRebalance: commits of the current generation still count
    d = h.join(leader)
    assert commit(h, [("t", 0, 2)], generation=gen, member=follower)[0] == E.NONE
    h.join(follower)
    assert d.done
    # CompletingRebalance: the new generation is not settled yet
    assert commit(h, [("t", 0, 3)], generation=gen + 1, member=follower)[0] == (
        E.REBALANCE_IN_PROGRESS
    )
    assert h.coord.fetch_offsets("g", [("t", [0])]).topics["t"][0][1] == 2


def test_commit_metadata_limit_and_missing_partitions() -> None:
    h = Harness(offset_metadata_max_bytes=10)
    err, errors = h.coord.commit_offsets(
        "g", -1, "", None, [("t", 0, 1, -1, "short"), ("t", 1, 1, -1, "x" * 11)]
    )
    assert err == E.NONE and errors == [0, E.OFFSET_METADATA_TOO_LARGE]
    res = h.coord.fetch_offsets("g", [("t", [0, 1, 2]), ("other", [0])])
    assert res.topics == {
        "t": [(0, 1, -1, "short", 0), (1, -1, -1, "", 0), (2, -1, -1, "", 0)],
        "other": [(0, -1, -1, "", 0)],
    }
    assert h.coord.fetch_offsets("unknown", [("t", [0])]).topics == {"t": [(0, -1, -1, "", 0)]}
    assert h.coord.fetch_offsets("unknown", None).topics == {}


def test_commit_resets_the_members_session() -> None:
    h = Harness()
    (a,), gen = h.stable_group(1, session_ms=5000)
    for _ in range(3):
        h.advance(4000)
        assert commit(h, [("t", 0, 1)], generation=gen, member=a)[0] == E.NONE
    assert h.coord.groups["g"].state is ClassicState.STABLE


# ---------------------------------------------------------------- OffsetDelete


def test_offset_delete() -> None:
    h = Harness()
    assert h.coord.delete_offsets("none", [("t", 0)])[0] == E.GROUP_ID_NOT_FOUND
    (a,), gen = h.stable_group(1, protocols=(("range", subscription("t")),))
    commit(h, [("t", 0, 1), ("u", 0, 2)], generation=gen, member=a)
    err, errors = h.coord.delete_offsets("g", [("t", 0), ("u", 0), ("u", 1)])
    assert err == E.NONE and errors == [E.GROUP_SUBSCRIBED_TO_TOPIC, 0, 0]
    assert h.coord.fetch_offsets("g", None).topics == {"t": [(0, 1, 7, "", 0)]}
    h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id=a), 1)
    assert h.coord.delete_offsets("g", [("t", 0)]) == (E.NONE, [0])
    assert h.coord.fetch_offsets("g", None).topics == {}


def test_offset_delete_on_a_non_consumer_group_with_members() -> None:
    h = Harness()
    h.stable_group(1, protocol_type="connect")
    assert h.coord.delete_offsets("g", [("t", 0)])[0] == E.NON_EMPTY_GROUP


# ---------------------------------------------------------------- retention


def test_offsets_of_an_empty_group_expire_and_the_group_goes() -> None:
    h = Harness(offsets_retention_ms=DAY, offsets_retention_check_interval_ms=60_000)
    (a,), gen = h.stable_group(1)
    commit(h, [("t", 0, 1)], generation=gen, member=a)
    h.advance(2 * DAY)  # a live group keeps its offsets however old
    h.heartbeat(a, gen)
    assert h.coord.fetch_offsets("g", None).topics
    h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id=a), 1)
    h.advance(DAY - 60_000)
    assert h.coord.fetch_offsets("g", None).topics  # empty for less than the retention
    h.advance(120_000)
    assert h.coord.fetch_offsets("g", None).topics == {}
    assert "g" not in h.coord.groups
    kinds = [decode_record(k, v) for _, k, v in h.store.records[-2:]]
    assert all(v is None for _, v in kinds)  # tombstones for the offset and the group


def test_standalone_offsets_expire_by_commit_time_and_explicit_expiry() -> None:
    h = Harness(offsets_retention_ms=DAY, offsets_retention_check_interval_ms=60_000)
    commit(h, [("t", 0, 1)])
    commit(h, [("t", 1, 1)], retention_ms=3_600_000)  # v2-4 retention_time_ms
    h.advance(3_600_000 + 60_000)
    assert [p for p, *_ in h.coord.fetch_offsets("g", None).topics["t"]] == [0]
    h.advance(DAY)
    assert "g" not in h.coord.groups


# ---------------------------------------------------------------- admin


def test_list_describe_and_delete_groups() -> None:
    h = Harness()
    (_leader, follower), _gen = h.stable_group(2, protocols=(("range", subscription("t")),))
    commit(h, [("t", 0, 1)], group="simple")
    assert {g.group_id: g.group_state for g in h.coord.list_groups()} == {
        "g": "Stable",
        "simple": "Empty",
    }
    assert [g.group_id for g in h.coord.list_groups(states=["stable"])] == ["g"]
    assert [g.group_id for g in h.coord.list_groups(types=["consumer"])] == []
    assert len(h.coord.list_groups(types=["Classic"])) == 2
    desc = h.coord.describe_group("g", 5)
    assert (desc.group_state, desc.protocol_type, desc.protocol_data) == (
        "Stable",
        "consumer",
        "range",
    )
    members = {m.member_id: m for m in desc.members}
    assert members[follower].member_assignment == f"a-{follower}".encode()
    assert members[follower].member_metadata == subscription("t")
    assert members[follower].client_host == "/127.0.0.1"
    assert h.coord.describe_group("nope", 5).group_state == "Dead"
    assert h.coord.describe_group("nope", 6).error_code == E.GROUP_ID_NOT_FOUND
    results = {r.group_id: r.error_code for r in h.coord.delete_groups(["g", "simple", "x"])}
    assert results == {"g": E.NON_EMPTY_GROUP, "simple": 0, "x": E.GROUP_ID_NOT_FOUND}
    assert h.coord.fetch_offsets("simple", None).topics == {}
    assert [g.group_id for g in h.coord.list_groups()] == ["g"]


def test_describe_a_rebalancing_group_hides_assignments() -> None:
    h = Harness()
    (leader, _follower), _gen = h.stable_group(2)
    h.join(leader)
    desc = h.coord.describe_group("g", 5)
    assert desc.group_state == "PreparingRebalance" and desc.protocol_data == ""
    assert all(m.member_assignment == b"" for m in desc.members)


# ---------------------------------------------------------------- persistence


def test_records_are_kafkas_format() -> None:
    h = Harness()
    (a,), gen = h.stable_group(1)
    commit(h, [("t", 3, 42)], generation=gen, member=a, metadata="meta")
    part, key, value = h.store.records[-1]
    assert part == offsets_partition("g", 50)
    assert key == b"\x00\x01" + OffsetCommitKey("g", "t", 3).encode(0)
    assert value is not None and value[:2] == b"\x00\x03"
    v = OffsetCommitValue.decode(value[2:], 3)
    assert (v.offset, v.leader_epoch, v.metadata) == (42, 7, "meta")
    group_records = [decode_record(k, v)[1] for _, k, v in h.store.records if k[:2] == b"\x00\x02"]
    last = group_records[-1]
    assert isinstance(last, GroupMetadataValue)
    assert last.generation == gen and last.protocol == "range" and last.leader == a
    assert [m.assignment for m in last.members] == [f"a-{a}".encode()]


def test_state_survives_a_restart() -> None:
    store = MemoryStore()
    h = Harness(store)
    (leader, follower), gen = h.stable_group(2, session_ms=8000)
    commit(h, [("t", 0, 10), ("t", 1, 11)], generation=gen, member=leader)
    commit(h, [("u", 0, 5)], group="solo")
    commit(h, [("u", 0, 6)], group="gone")
    h.coord.delete_groups(["gone"])

    h2 = Harness(store)
    assert h2.coord.load(store.replay()) == len(store.records)
    g = h2.coord.groups["g"]
    assert isinstance(g, ClassicGroup)
    assert (g.state, g.generation, g.leader_id, g.protocol_name) == (
        ClassicState.STABLE,
        gen,
        leader,
        "range",
    )
    assert set(g.members) == {leader, follower}
    assert h2.sync(follower, gen).result().assignment == f"a-{follower}".encode()
    assert h2.coord.fetch_offsets("g", None).topics == {"t": [(0, 10, 7, "", 0), (1, 11, 7, "", 0)]}
    assert h2.coord.fetch_offsets("solo", None).topics == {"u": [(0, 5, 7, "", 0)]}
    assert "gone" not in h2.coord.groups and h2.coord.fetch_offsets("gone", None).topics == {}
    # members that do not come back after the restart expire like any silent member
    h2.advance(7999)
    assert h2.coord.groups["g"].state is ClassicState.STABLE
    h2.advance(2)
    assert h2.coord.groups["g"].state is ClassicState.EMPTY
    assert h2.coord.groups["g"].generation == gen + 1  # type: ignore[union-attr]


def test_load_skips_unreadable_records() -> None:
    store = MemoryStore()
    h = Harness(store)
    commit(h, [("t", 0, 1)])
    store.records.insert(0, (0, b"\x7f\x7f", b"junk"))
    store.records.insert(0, (0, b"\x00\x01\x00", b""))
    h2 = Harness(store)
    assert h2.coord.load(store.replay()) == 1
    assert h2.coord.fetch_offsets("g", None).topics == {"t": [(0, 1, 7, "", 0)]}
