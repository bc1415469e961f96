"""KIP-848 consumer groups on a manual clock: joining, assignment, the revocation handshake,
epochs, fencing, timeouts, static members, metadata changes, persistence, and every error a
ConsumerGroupHeartbeat / ConsumerGroupDescribe client can receive."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from fluxmq.coordinator.classic import ClassicGroup
from fluxmq.coordinator.consumer_group import ConsumerGroup, MemberState
from fluxmq.coordinator.group_coordinator import GroupConfig, GroupCoordinator
from fluxmq.coordinator.timer import ManualClock
from fluxmq.protocol.messages.consumer_group_heartbeat_request import (
    ConsumerGroupHeartbeatRequest,
    TopicPartitions,
)
from fluxmq.protocol.messages.consumer_group_heartbeat_response import (
    ConsumerGroupHeartbeatResponse,
)
from fluxmq.protocol.messages.error_codes import ErrorCode as E

from ._support import MemoryStore, StaticTopics

pytestmark = pytest.mark.timeout(60)

SESSION = 10_000
INTERVAL = 1000
REBALANCE = 30_000


class H:
    """A coordinator on a manual clock with an in-memory store and topics t (6), u (2)."""

    def __init__(
        self, store: MemoryStore | None = None, topics: StaticTopics | None = None, **cfg: Any
    ) -> None:
        config: dict[str, Any] = {
            "consumer_session_timeout_ms": SESSION,
            "consumer_heartbeat_interval_ms": INTERVAL,
        }
        config.update(cfg)
        self.clock = ManualClock()
        self.store = store or MemoryStore()
        self.topics = topics or StaticTopics({"t": 6, "u": 2})
        self.coord = GroupCoordinator(GroupConfig(**config), self.clock, self.store, self.topics)

    def hb(
        self,
        member_id: str,
        epoch: int,
        *,
        group: str = "g",
        topics: Sequence[str] | None = None,
        regex: str | None = None,
        owned: dict[str, Iterable[int]] | None = None,
        instance: str | None = None,
        rebalance_ms: int = -1,
        assignor: str | None = None,
        rack: str | None = None,
        version: int = 1,
    ) -> ConsumerGroupHeartbeatResponse:
        req = ConsumerGroupHeartbeatRequest(
            group_id=group,
            member_id=member_id,
            member_epoch=epoch,
            instance_id=instance,
            rack_id=rack,
            rebalance_timeout_ms=rebalance_ms,
            subscribed_topic_names=None if topics is None else list(topics),
            subscribed_topic_regex=regex,
            server_assignor=assignor,
            topic_partitions=None if owned is None else self.tps(owned),
        )
        return self.coord.consumer.heartbeat(req, version, "client", "/127.0.0.1")

    def join(
        self, member_id: str, topics: Sequence[str] = ("t",), **kw: Any
    ) -> ConsumerGroupHeartbeatResponse:
        kw.setdefault("rebalance_ms", REBALANCE)
        return self.hb(member_id, 0, topics=topics, owned={}, **kw)

    def tps(self, owned: dict[str, Iterable[int]]) -> list[TopicPartitions]:
        return [TopicPartitions(self.tid(t), sorted(ps)) for t, ps in owned.items() if list(ps)]

    def tid(self, topic: str) -> uuid.UUID:
        return self.topics.ids[topic]  # also for a deleted topic a client still owns

    def group(self, gid: str = "g") -> ConsumerGroup:
        g = self.coord.groups[gid]
        assert isinstance(g, ConsumerGroup)
        return g

    def names(self, resp: ConsumerGroupHeartbeatResponse) -> dict[str, set[int]] | None:
        if resp.assignment is None:
            return None
        out: dict[str, set[int]] = {}
        for t in resp.assignment.topic_partitions:
            name = self.topics.topic_name(t.topic_id)
            assert name is not None
            out[name] = set(t.partitions)
        return out

    def advance(self, ms: int) -> int:
        self.clock.advance(ms)
        return self.coord.timer.run_due()


class Client:
    """A well-behaved consumer: applies each assignment at once and reports what it owns."""

    def __init__(self, h: H, member_id: str, topics: Sequence[str] = ("t",), **kw: Any) -> None:
        self.h = h
        self.member_id = member_id
        self.topics = topics
        self.kw = kw
        self.epoch = 0
        self.owned: dict[str, set[int]] = {}
        self.last: ConsumerGroupHeartbeatResponse | None = None

    def beat(self) -> ConsumerGroupHeartbeatResponse:
        if self.epoch == 0:
            resp = self.h.join(self.member_id, self.topics, **self.kw)
        else:
            inst = self.kw.get("instance")
            resp = self.h.hb(self.member_id, self.epoch, owned=self.owned, instance=inst)
        assert resp.error_code == 0, resp
        self.epoch = resp.member_epoch
        got = self.h.names(resp)
        if got is not None:
            self.owned = got
        self.last = resp
        return resp

    def parts(self, topic: str = "t") -> set[int]:
        return self.owned.get(topic, set())


def settle(clients: Sequence[Client], rounds: int = 20) -> None:
    """Heartbeat round-robin until nothing changes; no partition is ever owned twice."""
    for _ in range(rounds):
        before = [(c.epoch, {t: set(p) for t, p in c.owned.items()}) for c in clients]
        for c in clients:
            c.beat()
            check_exclusive(clients)
        if before == [(c.epoch, c.owned) for c in clients]:
            return
    raise AssertionError("the group did not settle")


def check_exclusive(clients: Sequence[Client]) -> None:
    seen: dict[tuple[str, int], str] = {}
    for c in clients:
        for t, ps in c.owned.items():
            for p in ps:
                assert (t, p) not in seen, f"{t}-{p} owned by {seen[(t, p)]} and {c.member_id}"
                seen[(t, p)] = c.member_id


def all_owned(clients: Sequence[Client], topic: str = "t") -> list[int]:
    return sorted(p for c in clients for p in c.parts(topic))


# ---------------------------------------------------------------- joining and assignment


def test_first_member_gets_everything() -> None:
    h = H()
    resp = h.join("a", ["t", "u"])
    assert resp.error_code == 0 and resp.member_id == "a"
    assert resp.member_epoch == 1
    assert resp.heartbeat_interval_ms == INTERVAL
    assert h.names(resp) == {"t": set(range(6)), "u": {0, 1}}
    g = h.group()
    assert g.group_epoch == g.assignment_epoch == 1
    assert g.state.value == "Stable"
    # a steady heartbeat carries no assignment (nothing changed)
    again = h.hb("a", 1, owned={"t": range(6), "u": [0, 1]})
    assert again.error_code == 0 and again.member_epoch == 1 and again.assignment is None


def test_v0_join_gets_a_member_id_from_the_coordinator() -> None:
    h = H()
    resp = h.join("", version=0)
    assert resp.error_code == 0 and len(resp.member_id or "") == 22
    assert resp.member_id in h.group().members


@pytest.mark.parametrize("assignor", ["uniform", "range"])
def test_three_members_split_six_partitions(assignor: str) -> None:
    h = H()
    clients = [Client(h, m, assignor=assignor) for m in ("a", "b", "c")]
    settle(clients)
    assert all_owned(clients) == list(range(6))
    assert [len(c.parts()) for c in clients] == [2, 2, 2]
    g = h.group()
    assert g.state.value == "Stable"
    assert {c.epoch for c in clients} == {g.group_epoch} == {3}
    if assignor == "range":
        assert [c.parts() for c in clients] == [{0, 1}, {2, 3}, {4, 5}]
    desc = h.coord.consumer.describe(["g"])[0]
    assert desc.error_code == 0 and desc.assignor_name == assignor
    assert desc.group_epoch == desc.assignment_epoch == 3


def test_revocation_handshake_gives_a_partition_only_after_its_release() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    assert a.parts() == set(range(6)) and a.epoch == 1
    b = Client(h, "b")
    rb = b.beat()
    # b is in epoch 2 but every partition is still a's: it gets nothing yet
    assert rb.member_epoch == 2 and h.names(rb) == {}
    assert h.group().members["b"].state is MemberState.UNRELEASED_PARTITIONS
    assert h.group().state.value == "Reconciling"
    ra = a.beat()  # a is asked to revoke three: its epoch stays until it confirms
    assert ra.member_epoch == 1 and len(a.parts()) == 3
    assert h.group().members["a"].state is MemberState.UNREVOKED_PARTITIONS
    moving = set(range(6)) - a.parts()
    # b asks again while a has not confirmed (its heartbeat had no owned list): still nothing
    assert h.hb("a", 1).member_epoch == 1
    assert b.beat().assignment is None and b.parts() == set()
    ra = a.beat()  # now a reports only what it kept
    assert ra.member_epoch == 2 and h.group().members["a"].state is MemberState.STABLE
    rb = b.beat()
    assert b.parts() == moving and rb.member_epoch == 2
    assert h.group().state.value == "Stable"


def test_revocation_waits_while_the_old_owner_still_lists_the_partition() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    b = Client(h, "b")
    b.beat()
    h.hb("a", 1, owned={"t": range(6)})  # revocation requested
    for _ in range(3):  # a keeps listing all six: b never gets any of them
        assert h.hb("a", 1, owned={"t": range(6)}).member_epoch == 1
        assert b.beat().assignment is None and b.parts() == set()


def test_subscription_change_bumps_the_epoch() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    resp = h.hb("a", 1, topics=["t", "u"], owned={"t": range(6)})
    assert resp.member_epoch == 2
    assert h.names(resp) == {"t": set(range(6)), "u": {0, 1}}
    resp = h.hb("a", 2, topics=["u"], owned={"t": range(6), "u": [0, 1]})
    assert resp.member_epoch == 2 and h.names(resp) == {"u": {0, 1}}  # t revoked first
    resp = h.hb("a", 2, owned={"u": [0, 1]})
    assert resp.member_epoch == 3 and resp.assignment is None


def test_member_subscribed_to_nothing_is_in_the_group_with_nothing() -> None:
    h = H()
    Client(h, "a").beat()
    resp = h.join("b", [])
    assert resp.error_code == 0 and h.names(resp) == {}
    assert "b" in h.group().members


def test_first_member_of_a_new_group_subscribed_to_nothing_leaves_epoch_zero() -> None:
    """A client-side Pattern not yet resolved joins with SubscribedTopicNames=[]: Kafka bumps a
    new group's epoch anyway (bumpGroupEpoch = group.groupEpoch() == 0), so the member gets
    epoch 1 and its next heartbeat (no RebalanceTimeoutMs, as it is not a join) is valid."""
    h = H()
    resp = h.join("a", [])
    assert resp.error_code == 0 and resp.member_epoch == 1, resp
    assert h.group().group_epoch == h.group().assignment_epoch == 1
    again = h.hb("a", 1, owned={})
    assert again.error_code == 0 and again.member_epoch == 1, again
    # the pattern resolves: the member subscribes and gets the partitions
    resp = h.hb("a", 1, topics=["t"], owned={})
    assert resp.error_code == 0 and resp.member_epoch == 2 and h.names(resp) == {"t": set(range(6))}


# ---------------------------------------------------------------- metadata changes


def test_partitions_added_to_a_subscribed_topic_are_assigned() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    h.topics.add("t", 8)
    resp = a.beat()
    assert resp.member_epoch == 2 and a.parts() == set(range(8))


def test_topic_created_after_subscribing_is_assigned() -> None:
    h = H()
    a = Client(h, "a", ["t", "later"])
    a.beat()
    assert a.owned == {"t": set(range(6))}
    h.topics.add("later", 3)
    a.beat()
    assert a.owned == {"t": set(range(6)), "later": {0, 1, 2}}


def test_deleted_topic_is_dropped_without_waiting_for_revocation() -> None:
    h = H()
    a = Client(h, "a", ["t", "u"])
    a.beat()
    del h.topics.counts["u"]
    resp = a.beat()
    assert resp.member_epoch == 2 and h.names(resp) == {"t": set(range(6))}


def test_regex_subscription_follows_matching_topics() -> None:
    h = H()
    h.topics.add("__consumer_offsets", 50)
    resp = h.hb("a", 0, regex="t.*|__.*", owned={}, rebalance_ms=REBALANCE)
    assert resp.error_code == 0 and h.names(resp) == {"t": set(range(6))}
    assert h.group().subscribed_topics() == {"t"}
    h.topics.add("t2", 2)
    resp = h.hb("a", 1, owned={"t": range(6)})
    assert resp.member_epoch == 2 and h.names(resp) == {"t": set(range(6)), "t2": {0, 1}}
    desc = h.coord.consumer.describe(["g"])[0]
    assert desc.members[0].subscribed_topic_regex == "t.*|__.*"


# ---------------------------------------------------------------- epochs and fencing


def test_epoch_checks() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    b = Client(h, "b")
    settle([a, b])
    assert a.epoch == 2
    assert h.hb("a", 3, owned=a.owned).error_code == E.FENCED_MEMBER_EPOCH
    assert h.hb("a", 0, owned={}).error_code == E.INVALID_REQUEST  # no rebalance timeout
    fenced = h.join("a")  # a rejoin with epoch 0 by a member at epoch 2 is fenced
    assert fenced.error_code == E.FENCED_MEMBER_EPOCH
    # the previous epoch is accepted when the member owns only assigned partitions (the
    # response that bumped it was lost)
    lost = h.hb("a", 1, owned=a.owned)
    assert lost.error_code == 0 and lost.member_epoch == 2
    assert h.hb("a", 1, owned={"t": range(6)}).error_code == E.FENCED_MEMBER_EPOCH
    assert h.hb("a", 1).error_code == E.FENCED_MEMBER_EPOCH  # no owned list: not a subset


def test_session_expiry_moves_partitions_to_the_others() -> None:
    h = H()
    a, b = Client(h, "a"), Client(h, "b")
    settle([a, b])
    h.advance(SESSION - 1)
    a.beat()  # a keeps its session; b goes silent
    assert h.advance(1) == 1
    assert "b" not in h.group().members
    assert h.group().group_epoch == 3
    settle([a])
    assert a.parts() == set(range(6))
    assert h.hb("b", b.epoch, owned=b.owned).error_code == E.UNKNOWN_MEMBER_ID
    # b comes back with the same member id: a new member
    b.epoch, b.owned = 0, {}
    settle([a, b])
    assert all_owned([a, b]) == list(range(6))


def test_member_that_does_not_revoke_in_time_is_fenced() -> None:
    h = H()
    a = Client(h, "a", rebalance_ms=5000)
    a.beat()
    b = Client(h, "b")
    b.beat()
    h.hb("a", 1, owned={"t": range(6)})  # revocation requested, rebalance timer starts
    for _ in range(4):
        h.advance(1000)
        assert h.hb("a", 1, owned={"t": range(6)}).error_code == 0  # keeps all six
    h.advance(1000)
    assert "a" not in h.group().members
    assert h.hb("a", 1, owned={"t": range(6)}).error_code == E.UNKNOWN_MEMBER_ID
    b.beat()
    assert b.parts() == set(range(6))


def test_rebalance_timer_stops_once_the_member_revokes() -> None:
    h = H()
    a = Client(h, "a", rebalance_ms=5000)
    a.beat()
    b = Client(h, "b")
    settle([a, b])
    h.advance(6000)
    assert "a" in h.group().members


def test_leave_gives_partitions_away() -> None:
    h = H()
    a, b = Client(h, "a"), Client(h, "b")
    settle([a, b])
    resp = h.hb("b", -1)
    assert resp.error_code == 0 and resp.member_epoch == -1 and resp.member_id == "b"
    assert "b" not in h.group().members and h.group().group_epoch == 3
    settle([a])
    assert a.parts() == set(range(6))
    assert h.hb("b", -1).error_code == E.UNKNOWN_MEMBER_ID
    assert h.hb("a", -1).error_code == 0
    assert h.group().state.value == "Empty"


def test_leave_hands_partitions_to_the_members_that_heartbeat_soonest() -> None:
    """A leave's partitions go to the member heartbeating now and then to the one whose last
    heartbeat is oldest (its next is due first): the group is whole again after two beats,
    not after the beats of two members picked by id."""
    h = H(consumer_assignors=("uniform",))
    clients = [Client(h, m) for m in ("a", "b", "c", "d", "e")]  # t: 6 partitions
    settle(clients)
    two = next(c for c in clients if len(c.parts()) == 2)
    assert two.member_id != "d"
    freed = set(two.parts())
    staying = [c for c in clients if c is not two]
    # the stayers heartbeat in this order, 100 ms apart: d first, then the rest by id
    order = sorted(staying, key=lambda c: (c.member_id != "d", c.member_id))
    for c in order:
        h.advance(100)
        c.beat()
    assert h.hb(two.member_id, -1).error_code == 0
    # the first to beat after the leave (the last one heard from) takes one at once
    newest = order[-1]
    h.advance(100)
    newest.beat()
    got = newest.parts() & freed
    assert len(got) == 1
    # the other freed partition goes to the member heard from longest ago: order[0]
    oldest = order[0]
    h.advance(100)
    oldest.beat()
    assert oldest.parts() & freed == freed - got
    check_exclusive(staying)
    assert sorted(len(c.parts()) for c in staying) == [1, 1, 2, 2]


# ---------------------------------------------------------------- static members


def test_static_member_restart_keeps_its_assignment_without_a_rebalance() -> None:
    h = H()
    a = Client(h, "a", instance="ia")
    b = Client(h, "b", instance="ib")
    settle([a, b])
    epoch = h.group().group_epoch
    kept = b.parts()
    resp = h.hb("b", -2, instance="ib")
    assert resp.error_code == 0 and resp.member_epoch == -2
    assert h.group().members["b"].member_epoch == -2
    # nobody else gets b's partitions while it is away
    settle([a])
    assert not a.parts() & kept
    # the restarted process has a new member id
    b2 = Client(h, "b2", instance="ib")
    resp = b2.beat()
    assert resp.member_epoch == epoch and b2.parts() == kept
    assert h.group().group_epoch == epoch
    assert "b" not in h.group().members and h.group().static_members["ib"] == "b2"
    assert h.hb("b", epoch, instance="ib", owned={"t": kept}).error_code == E.FENCED_INSTANCE_ID


def test_static_member_errors() -> None:
    h = H()
    a = Client(h, "a", instance="ia")
    a.beat()
    dup = h.join("a2", instance="ia")
    assert dup.error_code == E.UNRELEASED_INSTANCE_ID
    assert h.hb("x", 1, instance="nope").error_code == E.UNKNOWN_MEMBER_ID
    assert h.hb("x", -2, instance="nope").error_code == E.UNKNOWN_MEMBER_ID
    assert h.hb("x", -2, instance="ia").error_code == E.FENCED_INSTANCE_ID
    assert h.hb("a", -2).error_code == E.INVALID_REQUEST  # -2 needs the instance id
    # -1 with the instance id leaves for good
    assert h.hb("a", -1, instance="ia").error_code == 0
    assert h.group().is_empty


def test_static_member_that_does_not_come_back_expires() -> None:
    h = H()
    a, b = Client(h, "a"), Client(h, "b", instance="ib")
    settle([a, b])
    h.hb("b", -2, instance="ib")
    h.advance(SESSION // 2)
    a.beat()
    h.advance(SESSION // 2)
    assert "b" not in h.group().members
    settle([a])
    assert a.parts() == set(range(6))


# ---------------------------------------------------------------- request errors


def test_invalid_requests() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()

    def err(**kw: Any) -> tuple[int, str | None]:
        fields: dict[str, Any] = {
            "group_id": "g",
            "member_id": "m",
            "member_epoch": 0,
            "rebalance_timeout_ms": REBALANCE,
            "subscribed_topic_names": ["t"],
            "topic_partitions": [],
        }
        version = kw.pop("version", 1)
        fields.update(kw)
        resp = h.coord.consumer.heartbeat(
            ConsumerGroupHeartbeatRequest(**fields), version, "c", "h"
        )
        return resp.error_code, resp.error_message

    assert err() == (0, None)
    assert err(member_id="")[0] == E.INVALID_REQUEST  # v1: the client names itself
    assert err(member_id="", member_epoch=1, version=0)[0] == E.INVALID_REQUEST
    assert err(group_id="")[1] == "GroupId can't be empty."
    assert err(instance_id=" ")[1] == "InstanceId can't be empty."
    assert err(rack_id="")[1] == "RackId can't be empty."
    assert err(rebalance_timeout_ms=-1)[0] == E.INVALID_REQUEST
    assert err(topic_partitions=None)[0] == E.INVALID_REQUEST
    assert err(topic_partitions=[TopicPartitions(h.tid("t"), [0])])[0] == E.INVALID_REQUEST
    assert err(subscribed_topic_names=None)[0] == E.INVALID_REQUEST
    assert err(member_epoch=-3)[1] == "MemberEpoch is invalid."
    assert err(server_assignor="sticky")[0] == E.UNSUPPORTED_ASSIGNOR
    assert err(subscribed_topic_regex="(")[0] == E.INVALID_REGULAR_EXPRESSION


def test_unknown_group_and_member() -> None:
    h = H()
    assert h.hb("a", 1, owned={}).error_code == E.GROUP_ID_NOT_FOUND
    assert h.hb("a", -1).error_code == E.GROUP_ID_NOT_FOUND
    Client(h, "a").beat()
    assert h.hb("nobody", 1, owned={}).error_code == E.UNKNOWN_MEMBER_ID


def test_group_max_size() -> None:
    h = H(consumer_max_size=2)
    a, b = Client(h, "a"), Client(h, "b")
    settle([a, b])
    assert h.join("c").error_code == E.GROUP_MAX_SIZE_REACHED
    assert a.beat().error_code == 0  # members already in keep heartbeating


def test_classic_group_is_not_a_consumer_group() -> None:
    h = H()
    h.coord.groups["cl"] = grp = ClassicGroup("cl")
    grp.members["x"] = object()  # type: ignore[assignment]  # a live classic group
    assert h.join("a", group="cl").error_code == E.GROUP_ID_NOT_FOUND
    assert h.hb("a", -1, group="cl").error_code == E.GROUP_ID_NOT_FOUND
    desc = h.coord.consumer.describe(["cl", "none", ""])
    assert [d.error_code for d in desc] == [E.GROUP_ID_NOT_FOUND] * 2 + [E.INVALID_GROUP_ID]


def test_empty_classic_group_with_offsets_becomes_a_consumer_group() -> None:
    h = H()
    err, _ = h.coord.commit_offsets("g", -1, "", None, [("t", 0, 42, -1, "")])
    assert err == 0 and isinstance(h.coord.groups["g"], ClassicGroup)
    assert h.join("a").error_code == 0
    assert isinstance(h.coord.groups["g"], ConsumerGroup)
    assert h.coord.fetch_offsets("g", [("t", [0])]).topics["t"][0][1] == 42
    h2 = H(store=h.store, topics=h.topics)
    h2.coord.load(h.store.replay())
    assert isinstance(h2.coord.groups["g"], ConsumerGroup)


# ---------------------------------------------------------------- offsets and admin


def test_offset_commit_and_fetch_check_the_member_epoch() -> None:
    h = H()
    a = Client(h, "a")
    a.beat()
    c = h.coord
    assert c.commit_offsets("g", 1, "a", None, [("t", 0, 5, -1, "")])[0] == 0
    assert c.commit_offsets("g", 0, "a", None, [("t", 0, 5, -1, "")])[0] == E.STALE_MEMBER_EPOCH
    assert c.commit_offsets("g", 1, "x", None, [("t", 0, 5, -1, "")])[0] == E.UNKNOWN_MEMBER_ID
    # an admin commit (epoch -1) only while the group is empty
    assert c.commit_offsets("g", -1, "", None, [("t", 0, 5, -1, "")])[0] == E.UNKNOWN_MEMBER_ID
    assert c.fetch_offsets("g", None, "a", 1).error == 0
    assert c.fetch_offsets("g", None, "a", 0).error == E.STALE_MEMBER_EPOCH
    assert c.fetch_offsets("g", None, "a", 2).error == E.FENCED_MEMBER_EPOCH
    assert c.commit_offsets("g", 2, "a", None, [("t", 0, 5, -1, "")])[0] == E.FENCED_MEMBER_EPOCH
    old = c.commit_offsets("g", 1, "a", None, [("t", 0, 5, -1, "")], api_version=8)
    assert old[0] == E.UNSUPPORTED_VERSION  # a consumer-protocol member must use v9+
    assert c.fetch_offsets("g", None, "x", 1).error == E.UNKNOWN_MEMBER_ID
    assert c.fetch_offsets("g", None).error == 0  # admin fetch
    h.hb("a", -1)
    assert c.commit_offsets("g", -1, "", None, [("t", 0, 6, -1, "")])[0] == 0


def test_list_describe_and_delete() -> None:
    h = H()
    a = Client(h, "a", ["t", "u"], rack="r1")
    a.beat()
    listed = h.coord.list_groups(types=["consumer"])
    assert [(g.group_id, g.group_state, g.protocol_type) for g in listed] == [
        ("g", "Stable", "consumer")
    ]
    (desc,) = h.coord.consumer.describe(["g"])
    assert desc.group_state == "Stable" and desc.assignor_name == "uniform"
    (m,) = desc.members
    assert (m.member_id, m.member_epoch, m.client_id, m.rack_id) == ("a", 1, "client", "r1")
    assert m.subscribed_topic_names == ["t", "u"] and m.member_type == 1
    assigned = {t.topic_name: t.partitions for t in m.assignment.topic_partitions}
    assert assigned == {"t": list(range(6)), "u": [0, 1]}
    assert m.target_assignment == m.assignment
    assert h.coord.delete_groups(["g"])[0].error_code == E.NON_EMPTY_GROUP
    h.hb("a", -1)
    assert h.coord.delete_groups(["g"])[0].error_code == 0
    assert "g" not in h.coord.groups
    h2 = H(store=h.store, topics=h.topics)
    h2.coord.load(h.store.replay())
    assert "g" not in h2.coord.groups


def test_classic_join_replaces_an_empty_consumer_group() -> None:
    from fluxmq.protocol.messages.join_group_request import (
        JoinGroupRequest,
        JoinGroupRequestProtocol,
    )

    h = H()
    h.join("a")
    h.hb("a", -1)
    req = JoinGroupRequest(
        group_id="g",
        session_timeout_ms=10_000,
        rebalance_timeout_ms=10_000,
        member_id="",
        protocol_type="consumer",
        protocols=[JoinGroupRequestProtocol("range", b"")],
    )
    h.coord.join_group(req, 9, "c", "h")
    assert isinstance(h.coord.groups["g"], ClassicGroup)
    h2 = H(store=h.store, topics=h.topics)
    h2.coord.load(h.store.replay())
    assert not isinstance(h2.coord.groups.get("g"), ConsumerGroup)


# ---------------------------------------------------------------- persistence


def snapshot(g: ConsumerGroup) -> dict[str, Any]:
    return {
        "epochs": (g.group_epoch, g.assignment_epoch, g.metadata_hash),
        "members": dict(g.members),
        "target": {m: a for m, a in g.target.items() if a},
        "static": dict(g.static_members),
        "partitions": dict(g.partition_epochs),
        "state": g.state,
    }


def test_state_survives_a_restart() -> None:
    h = H()
    a = Client(h, "a", ["t", "u"], instance="ia")
    b = Client(h, "b", ["t"], assignor="range")
    c = Client(h, "c", ["u"])
    settle([a, b, c])
    d = Client(h, "d")
    d.beat()
    a.beat()  # mid-rebalance: some members revoking, some waiting
    h.hb("c", -1)
    d.beat()  # a new target without c
    before = snapshot(h.group())
    assert before["state"].value == "Reconciling"

    h2 = H(store=h.store, topics=h.topics)
    assert h2.coord.load(h.store.replay()) > 0
    assert snapshot(h2.group()) == before
    # the members carry on with their epochs; sessions restarted on load
    for cl in (a, b, d):
        cl.h = h2
    settle([a, b, d])
    assert all_owned([a, b, d]) == list(range(6))
    assert all_owned([a, b, d], "u") == [0, 1]
    h2.advance(SESSION)
    assert h2.group().is_empty  # nobody heartbeated after the settle: all expired


def test_static_leave_survives_a_restart() -> None:
    h = H()
    a = Client(h, "a", instance="ia")
    a.beat()
    h.hb("a", -2, instance="ia")
    h2 = H(store=h.store, topics=h.topics)
    h2.coord.load(h.store.replay())
    assert h2.group().members["a"].member_epoch == -2
    resp = h2.join("a-new", instance="ia")
    assert resp.error_code == 0 and h2.names(resp) == {"t": set(range(6))}


def test_records_of_other_group_types_are_ignored_on_load() -> None:
    from fluxmq.coordinator.records import encode_key, encode_value
    from fluxmq.protocol.messages.share_group_metadata_key import ShareGroupMetadataKey
    from fluxmq.protocol.messages.share_group_metadata_value import ShareGroupMetadataValue

    h = H()
    record = (encode_key(ShareGroupMetadataKey("s")), encode_value(ShareGroupMetadataValue(), 0))
    h.coord.load([record])
    assert "s" not in h.coord.groups
