"""The classic group state machine, driven by a manual clock: every transition, timeout and
error code a JoinGroup/SyncGroup/Heartbeat/LeaveGroup client can receive."""

from __future__ import annotations

from fluxmq.coordinator.classic import ClassicState
from fluxmq.protocol.messages.error_codes import ErrorCode as E
from fluxmq.protocol.messages.leave_group_request import LeaveGroupRequest, MemberIdentity

from ._support import Harness


def state(h: Harness, group: str = "g") -> ClassicState:
    return h.coord.groups[group].state  # type: ignore[return-value]


# ---------------------------------------------------------------- JoinGroup


def test_first_join_needs_a_member_id_then_completes_alone() -> None:
    h = Harness()
    first = h.join().result()
    assert first.error_code == E.MEMBER_ID_REQUIRED
    assert first.member_id.startswith("c-")
    assert state(h) is ClassicState.EMPTY  # a pending member starts nothing
    resp = h.join(first.member_id).result()
    assert resp.error_code == 0
    assert resp.generation_id == 1
    assert resp.leader == resp.member_id == first.member_id
    assert resp.protocol_name == "range"
    assert [m.member_id for m in resp.members] == [first.member_id]
    assert state(h) is ClassicState.COMPLETING_REBALANCE


def test_join_before_v4_gets_an_id_at_once() -> None:
    h = Harness()
    resp = h.join(version=3).result()
    assert resp.error_code == 0 and resp.member_id and resp.generation_id == 1


def test_join_errors() -> None:
    h = Harness()
    assert h.join(group="").result().error_code == E.INVALID_GROUP_ID
    assert h.join(session_ms=500).result().error_code == E.INVALID_SESSION_TIMEOUT
    assert h.join(session_ms=10**9).result().error_code == E.INVALID_SESSION_TIMEOUT
    assert h.join("someone").result().error_code == E.UNKNOWN_MEMBER_ID  # no such group
    assert h.join(protocol_type="").result().error_code == E.INCONSISTENT_GROUP_PROTOCOL
    assert h.join(protocols=()).result().error_code == E.INCONSISTENT_GROUP_PROTOCOL
    h.stable_group(1)
    assert h.join(protocol_type="connect").result().error_code == E.INCONSISTENT_GROUP_PROTOCOL
    no_common = h.join(protocols=(("roundrobin", b""),)).result()
    assert no_common.error_code == E.INCONSISTENT_GROUP_PROTOCOL
    assert h.join("ghost").result().error_code == E.UNKNOWN_MEMBER_ID


def test_protocol_chosen_by_votes_among_common_protocols() -> None:
    h = Harness()
    both = (("cooperative-sticky", b"x"), ("range", b"y"))
    range_first = (("range", b"y"), ("cooperative-sticky", b"x"))
    a, da = h.join_new(protocols=both)
    b, _db = h.join_new(protocols=range_first)
    da = h.join(a, protocols=both)
    c, _dc = h.join_new(protocols=range_first)
    da = h.join(a, protocols=both)
    h.join(b, protocols=range_first)
    assert da.result().protocol_name == "range"  # two votes to one
    leader = da.result()
    assert {m.member_id: m.metadata for m in leader.members} == {a: b"y", b: b"y", c: b"y"}


def test_group_max_size() -> None:
    h = Harness(max_size=2)
    h.stable_group(2)
    assert h.join().result().error_code == E.GROUP_MAX_SIZE_REACHED
    assert h.join(instance="i").result().error_code == E.GROUP_MAX_SIZE_REACHED


def test_initial_rebalance_delay_gathers_members_and_is_extended_by_joins() -> None:
    h = Harness(initial_rebalance_delay_ms=3000)
    _a, da = h.join_new(rebalance_ms=10_000)
    assert not da.done and state(h) is ClassicState.PREPARING_REBALANCE
    h.advance(2000)
    _b, db = h.join_new(rebalance_ms=10_000)
    h.advance(1000)  # the first delay ends, but a member arrived: wait another round
    assert not da.done and not db.done
    h.advance(3000)
    assert da.done and db.done
    assert da.result().generation_id == db.result().generation_id == 1
    assert len(da.result().members) + len(db.result().members) == 2  # leader sees both


def test_initial_delay_is_capped_by_the_rebalance_timeout() -> None:
    h = Harness(initial_rebalance_delay_ms=3000)
    _, da = h.join_new(rebalance_ms=4000)
    h.advance(2500)
    h.join_new(rebalance_ms=4000)
    h.advance(1000)  # 3500 ms: one more member would be waited for, but only 500 ms remain
    assert not da.done
    h.advance(500)
    assert da.done


def test_rejoin_in_completing_rebalance_with_same_protocols_returns_the_generation() -> None:
    h = Harness()
    a, da = h.join_new()
    gen = da.result().generation_id
    again = h.join(a).result()
    assert again.error_code == 0 and again.generation_id == gen
    assert [m.member_id for m in again.members] == [a]  # still the leader's view


def test_follower_rejoin_in_stable_is_answered_without_rebalance() -> None:
    h = Harness()
    (_leader, follower), gen = h.stable_group(2)
    resp = h.join(follower).result()
    assert resp.error_code == 0 and resp.generation_id == gen and resp.members == []
    assert state(h) is ClassicState.STABLE


def test_leader_rejoin_or_changed_metadata_rebalances() -> None:
    h = Harness()
    (leader, follower), gen = h.stable_group(2)
    d = h.join(follower, protocols=(("range", b"changed"),))
    assert not d.done and state(h) is ClassicState.PREPARING_REBALANCE
    assert h.heartbeat(leader, gen) == E.REBALANCE_IN_PROGRESS
    dl = h.join(leader)
    assert d.done and dl.done and d.result().generation_id == gen + 1
    (leader2, f2), gen2 = [leader, follower], gen + 1
    h.sync(leader2, gen2, {leader2: b"x", f2: b"y"})
    assert h.sync(f2, gen2).result().assignment == b"y"
    d = h.join(leader)
    assert not d.done  # the leader rejoining always rebalances


# ---------------------------------------------------------------- SyncGroup


def test_followers_wait_for_the_leaders_assignment() -> None:
    h = Harness()
    a, da = h.join_new()
    b, _db = h.join_new()
    da = h.join(a)
    gen = da.result().generation_id
    leader = da.result().leader
    follower = b if leader == a else a
    fs = h.sync(follower, gen)
    assert not fs.done
    ls = h.sync(leader, gen, {leader: b"L", follower: b"F"})
    assert ls.result().assignment == b"L" and fs.result().assignment == b"F"
    assert fs.result().protocol_name == "range" and fs.result().protocol_type == "consumer"
    assert state(h) is ClassicState.STABLE
    # a late sync in Stable returns the stored assignment
    assert h.sync(follower, gen).result().assignment == b"F"


def test_members_missing_from_the_assignment_get_empty_bytes() -> None:
    h = Harness()
    (leader, follower), gen = h.stable_group(2)
    h.join(follower, protocols=(("range", b"new"),))
    h.join(leader)
    h.sync(leader, gen + 1, {leader: b"all"})
    assert h.sync(follower, gen + 1).result().assignment == b""


def test_sync_errors() -> None:
    h = Harness()
    assert h.sync("x", 1, group="nope").result().error_code == E.UNKNOWN_MEMBER_ID
    (leader, follower), gen = h.stable_group(2)
    assert h.sync("ghost", gen).result().error_code == E.UNKNOWN_MEMBER_ID
    assert h.sync(follower, gen + 5).result().error_code == E.ILLEGAL_GENERATION
    assert h.sync(follower, gen, instance="i").result().error_code == E.UNKNOWN_MEMBER_ID
    from fluxmq.protocol.messages.sync_group_request import SyncGroupRequest

    wrong = SyncGroupRequest(
        group_id="g", generation_id=gen, member_id=follower, protocol_name="roundrobin"
    )
    assert h.coord.sync_group(wrong).result().error_code == E.INCONSISTENT_GROUP_PROTOCOL
    h.join(leader)  # rebalance starts
    assert h.sync(follower, gen).result().error_code == E.REBALANCE_IN_PROGRESS


def test_new_rebalance_cancels_parked_syncs() -> None:
    h = Harness()
    a, da = h.join_new()
    _b, db = h.join_new()
    da = h.join(a)
    gen = da.result().generation_id
    follower = db.result().member_id if da.result().leader == a else a
    parked = h.sync(follower, gen)
    h.join_new()  # a third member arrives before the leader synced
    assert parked.result().error_code == E.REBALANCE_IN_PROGRESS


def test_members_that_do_not_sync_in_time_are_removed() -> None:
    h = Harness()
    a, da = h.join_new(rebalance_ms=5000)
    b, _db = h.join_new(rebalance_ms=5000)
    da = h.join(a, rebalance_ms=5000)
    gen = da.result().generation_id
    leader = da.result().leader
    follower = b if leader == a else a
    h.sync(leader, gen, {leader: b"1", follower: b"2"})
    h.advance(4000)
    h.heartbeat(leader, gen)
    h.heartbeat(follower, gen)
    h.advance(1001)  # the follower never synced
    assert follower not in h.coord.groups["g"].members  # type: ignore[union-attr]
    assert state(h) is ClassicState.PREPARING_REBALANCE


# ---------------------------------------------------------------- Heartbeat


def test_heartbeat_answers() -> None:
    h = Harness()
    assert h.heartbeat("x", 0, group="none") == E.UNKNOWN_MEMBER_ID
    (leader, follower), gen = h.stable_group(2, instance=None)
    assert h.heartbeat(follower, gen) == E.NONE
    assert h.heartbeat(follower, gen - 1) == E.ILLEGAL_GENERATION
    assert h.heartbeat("ghost", gen) == E.UNKNOWN_MEMBER_ID
    h.join(leader)
    assert h.heartbeat(follower, gen) == E.REBALANCE_IN_PROGRESS


def test_heartbeat_in_completing_rebalance_is_accepted() -> None:
    h = Harness()
    a, da = h.join_new()
    assert h.heartbeat(a, da.result().generation_id) == E.NONE


def test_heartbeat_to_an_empty_group_is_unknown_member() -> None:
    h = Harness()
    (a,), gen = h.stable_group(1)
    h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id=a), 1)
    assert state(h) is ClassicState.EMPTY
    assert h.heartbeat(a, gen) == E.UNKNOWN_MEMBER_ID


# ---------------------------------------------------------------- timeouts


def test_session_expiry_removes_the_member_and_rebalances() -> None:
    h = Harness()
    (leader, follower), gen = h.stable_group(2, session_ms=6000)
    h.advance(4000)
    assert h.heartbeat(leader, gen) == E.NONE  # the follower has gone silent
    h.advance(1999)
    assert follower in h.coord.groups["g"].members  # type: ignore[union-attr]
    h.advance(1)
    assert follower not in h.coord.groups["g"].members  # type: ignore[union-attr]
    assert h.heartbeat(leader, gen) == E.REBALANCE_IN_PROGRESS
    resp = h.join(leader, session_ms=6000).result()
    assert resp.generation_id == gen + 1 and [m.member_id for m in resp.members] == [leader]


def test_member_that_does_not_rejoin_is_dropped_at_the_rebalance_timeout() -> None:
    h = Harness()
    (leader, _follower), gen = h.stable_group(2, rebalance_ms=8000, session_ms=30_000)
    d = h.join(leader, rebalance_ms=8000, session_ms=30_000)
    h.advance(7999)
    assert not d.done
    h.advance(1)
    resp = d.result()
    assert resp.error_code == 0 and resp.generation_id == gen + 1
    assert [m.member_id for m in resp.members] == [leader]


def test_parked_join_keeps_a_member_alive_past_its_session() -> None:
    h = Harness()
    (leader, _follower), gen = h.stable_group(2, session_ms=2000, rebalance_ms=10_000)
    d = h.join(leader, session_ms=2000, rebalance_ms=10_000)
    h.advance(5000)  # leader parked in JoinGroup: not expired; follower silent: expired
    assert d.done and d.result().generation_id == gen + 1
    assert [m.member_id for m in d.result().members] == [leader]


def test_pending_member_that_never_joins_expires() -> None:
    h = Harness()
    (a,), gen = h.stable_group(1, session_ms=3000)
    pending = h.join(session_ms=3000).result().member_id
    assert pending in h.coord.groups["g"].pending_members  # type: ignore[union-attr]
    h.advance(1500)
    h.heartbeat(a, gen)
    h.advance(1600)
    assert pending not in h.coord.groups["g"].pending_members  # type: ignore[union-attr]
    assert h.join(pending).result().error_code == E.UNKNOWN_MEMBER_ID


# ---------------------------------------------------------------- LeaveGroup


def test_leave_v0_and_batched_v3() -> None:
    h = Harness()
    (a, b, c), gen = h.stable_group(3)
    r = h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id=c), 0)
    assert r.error_code == 0 and state(h) is ClassicState.PREPARING_REBALANCE
    bad = h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id="ghost"), 2)
    assert bad.error_code == E.UNKNOWN_MEMBER_ID
    r = h.coord.leave_group(
        LeaveGroupRequest(
            group_id="g", members=[MemberIdentity(a), MemberIdentity(b), MemberIdentity("x")]
        ),
        3,
    )
    assert r.error_code == 0
    assert [m.error_code for m in r.members] == [0, 0, E.UNKNOWN_MEMBER_ID]
    assert state(h) is ClassicState.EMPTY
    assert h.coord.groups["g"].generation == gen + 1  # type: ignore[union-attr]
    missing = h.coord.leave_group(LeaveGroupRequest(group_id="none", member_id="x"), 1)
    assert missing.error_code == E.UNKNOWN_MEMBER_ID


def test_leave_completes_a_rebalance_waiting_for_the_leaver() -> None:
    h = Harness()
    (a, b), gen = h.stable_group(2)
    d = h.join(a)
    assert not d.done
    h.coord.leave_group(LeaveGroupRequest(group_id="g", member_id=b), 1)
    assert d.done and d.result().generation_id == gen + 1


# ---------------------------------------------------------------- static membership


def test_static_member_restart_keeps_assignment_without_rebalance() -> None:
    h = Harness()
    mids = []
    for inst in ("s1", "s2"):
        d = h.join(instance=inst)
        mids.append(d)
    d1 = h.join(mids[0].result().member_id, instance="s1")  # rejoin for the 2nd member
    gen = d1.result().generation_id
    m1, m2 = d1.result().member_id, mids[1].result().member_id
    leader = d1.result().leader
    h.sync(leader, gen, {m1: b"A1", m2: b"A2"}, instance="s1" if leader == m1 else "s2")
    other = m2 if leader == m1 else m1
    h.sync(other, gen, instance="s2" if leader == m1 else "s1")
    assert state(h) is ClassicState.STABLE
    # s2 restarts: joins with no member id but the same instance id
    restarted = h.join(instance="s2").result()
    assert restarted.error_code == 0
    assert restarted.generation_id == gen  # no new generation
    assert restarted.member_id not in (m1, m2)
    assert state(h) is ClassicState.STABLE
    assert h.sync(restarted.member_id, gen, instance="s2").result().assignment == b"A2"
    # the old incarnation is fenced
    assert h.heartbeat(m2, gen, instance="s2") == E.FENCED_INSTANCE_ID
    assert h.join(m2, instance="s2").result().error_code == E.FENCED_INSTANCE_ID
    assert h.heartbeat(restarted.member_id, gen, instance="s2") == E.NONE


def test_static_leader_restart_is_told_to_skip_assignment() -> None:
    h = Harness()
    (leader,), gen = h.stable_group(1, instance="lead")
    resp = h.join(instance="lead").result()
    assert resp.skip_assignment and resp.leader == resp.member_id != leader
    assert resp.generation_id == gen and [m.member_id for m in resp.members] == [resp.member_id]


def test_static_leader_restart_before_v9_is_answered_as_a_follower() -> None:
    h = Harness()
    (leader,), gen = h.stable_group(1, instance="lead")
    resp = h.join(instance="lead", version=7).result()
    assert resp.error_code == 0 and resp.generation_id == gen
    assert resp.leader == leader != resp.member_id  # the old id: it will not reassign
    assert resp.members == [] and not resp.skip_assignment
    assert (
        h.sync(resp.member_id, gen, instance="lead").result().assignment == f"a-{leader}".encode()
    )


def test_static_restart_with_new_subscription_bytes_keeps_the_generation() -> None:
    h = Harness()
    (_a,), gen = h.stable_group(1, instance="s", protocols=(("range", b"v1"),))
    resp = h.join(instance="s", protocols=(("range", b"v2-owned-partitions"),)).result()
    assert resp.generation_id == gen and state(h) is ClassicState.STABLE


def test_static_restart_that_changes_the_chosen_protocol_rebalances() -> None:
    h = Harness()
    both = (("range", b"r"), ("roundrobin", b"rr"))
    (_a,), gen = h.stable_group(1, instance="s", protocols=both)
    d = h.join(instance="s", protocols=(("roundrobin", b"rr"), ("range", b"r")))
    assert d.result().generation_id == gen + 1
    assert d.result().protocol_name == "roundrobin"


def test_a_member_that_never_returns_does_not_hold_up_a_new_group() -> None:
    h = Harness()
    ghost = h.join().result()  # told MEMBER_ID_REQUIRED, never comes back
    assert ghost.error_code == E.MEMBER_ID_REQUIRED
    a, da = h.join_new()
    assert da.done and da.result().generation_id == 1
    assert [m.member_id for m in da.result().members] == [a]


def test_static_member_gone_past_its_session_rejoins_as_new() -> None:
    h = Harness()
    (_a,), gen = h.stable_group(1, instance="s", session_ms=3000)
    h.advance(3001)
    assert state(h) is ClassicState.PREPARING_REBALANCE or state(h) is ClassicState.EMPTY
    h.advance(30_000)
    assert state(h) is ClassicState.EMPTY
    resp = h.join(instance="s", session_ms=3000).result()
    assert resp.error_code == 0 and resp.generation_id > gen


def test_static_leave_by_instance_id() -> None:
    h = Harness()
    (_a,), _gen = h.stable_group(1, instance="s")
    fenced = h.coord.leave_group(
        LeaveGroupRequest(group_id="g", members=[MemberIdentity("wrong", "s")]), 3
    )
    assert fenced.members[0].error_code == E.FENCED_INSTANCE_ID
    unknown = h.coord.leave_group(
        LeaveGroupRequest(group_id="g", members=[MemberIdentity("", "nobody")]), 3
    )
    assert unknown.members[0].error_code == E.UNKNOWN_MEMBER_ID
    ok = h.coord.leave_group(LeaveGroupRequest(group_id="g", members=[MemberIdentity("", "s")]), 3)
    assert ok.members[0].error_code == 0 and state(h) is ClassicState.EMPTY
