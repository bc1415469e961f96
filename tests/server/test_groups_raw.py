"""Classic-group rules that real clients hide, checked over raw JoinGroup/SyncGroup/Heartbeat:
a static member that restarts (JoinGroup with no member id and its group.instance.id) while
the group is Stable takes its place back with no rebalance — even when its subscription
metadata bytes differ, as long as the group's protocol stays the same — and the old member id
is fenced. A restarted static leader is not made to run the assignor again: with JoinGroup v9
it is told to skip the assignment; before v9 it is given the old leader id and no members, so
it does not even know that it leads (Kafka's GroupCoordinator, "Prior to version 9 of the
JoinGroup API ..."). Clients whose leader does assign (kafka-python, aiokafka) would otherwise
rejoin and rebalance the group.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from typing import Any

import pytest

from fluxmq.protocol.messages.find_coordinator_request import FindCoordinatorRequest
from fluxmq.protocol.messages.heartbeat_request import HeartbeatRequest
from fluxmq.protocol.messages.join_group_request import JoinGroupRequest, JoinGroupRequestProtocol
from fluxmq.protocol.messages.sync_group_request import (
    SyncGroupRequest,
    SyncGroupRequestAssignment,
)

from ._groups import GroupEnv
from ._raw import RawClient

pytestmark = pytest.mark.timeout(60)

FENCED_INSTANCE_ID = 82
COORDINATOR_LOAD_IN_PROGRESS = 14
COORDINATOR_NOT_AVAILABLE = 15
NOT_COORDINATOR = 16
RETRIABLE = (COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR)


def _str(s: str) -> bytes:
    return struct.pack(">h", len(s)) + s.encode()


def subscription(version: int, topic: str, owned: list[int]) -> bytes:
    """ConsumerProtocolSubscription v0 or v1 (v1 adds the owned partitions), user data null."""
    out = struct.pack(">hi", version, 1) + _str(topic) + struct.pack(">i", -1)
    if version >= 1:
        out += struct.pack(">i", 1) + _str(topic) + struct.pack(">i", len(owned))
        out += b"".join(struct.pack(">i", p) for p in owned)
    return out


def assignment(topic: str, parts: list[int]) -> bytes:
    """ConsumerProtocolAssignment v0, user data null."""
    body = struct.pack(">hi", 0, 1) + _str(topic) + struct.pack(">i", len(parts))
    return body + b"".join(struct.pack(">i", p) for p in parts) + struct.pack(">i", -1)


# JoinGroup version -> SyncGroup and Heartbeat versions a client of that era sends.
VERSIONS = {5: (3, 3), 7: (5, 4), 9: (5, 4)}


def wait_coordinator(c: RawClient, group: str) -> None:
    """FindCoordinator until it answers (Apache Kafka first creates __consumer_offsets)."""
    deadline = time.monotonic() + 30
    while True:
        r = c.request(FindCoordinatorRequest(key=group, key_type=0), 3)
        if r.error_code == 0:  # type: ignore[attr-defined]
            return
        assert r.error_code in (COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE), r  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, f"no coordinator for {group}: {r}"
        time.sleep(0.2)


def join(c: RawClient, version: int, group: str, member_id: str, metadata: bytes) -> Any:
    """JoinGroup as static member "instance-a", retried while the coordinator is loading."""
    deadline = time.monotonic() + 30
    while True:
        r = c.request(
            JoinGroupRequest(
                group_id=group,
                session_timeout_ms=10_000,
                rebalance_timeout_ms=10_000,
                member_id=member_id,
                group_instance_id="instance-a",
                protocol_type="consumer",
                protocols=[JoinGroupRequestProtocol(name="range", metadata=metadata)],
            ),
            version,
        )
        if r.error_code not in RETRIABLE or time.monotonic() > deadline:  # type: ignore[attr-defined]
            return r
        time.sleep(0.2)


CASES = [(5, False), (7, False), (9, False), (5, True), (9, True)]


@pytest.mark.parametrize(
    ("version", "changed"),
    CASES,
    ids=[f"join-v{v}-{'new' if ch else 'same'}-metadata" for v, ch in CASES],
)
def test_static_leader_restart_keeps_generation(
    version: int, changed: bool, group_env_factory: Callable[..., GroupEnv]
) -> None:
    sync_v, hb_v = VERSIONS[version]
    env = group_env_factory()
    group = f"raw-static-v{version}-{changed}"
    host, port = env.broker.address
    with RawClient(host, port) as c:
        wait_coordinator(c, group)
        mine = assignment("raw", [0, 1])
        first = join(c, version, group, "", subscription(0, "raw", []))
        assert first.error_code == 0, first  # type: ignore[attr-defined]
        old_id = first.member_id  # type: ignore[attr-defined]
        gen = first.generation_id  # type: ignore[attr-defined]
        assert first.leader == old_id, first  # type: ignore[attr-defined]
        s = c.request(
            SyncGroupRequest(
                group_id=group,
                generation_id=gen,
                member_id=old_id,
                group_instance_id="instance-a",
                protocol_type="consumer",
                protocol_name="range",
                assignments=[SyncGroupRequestAssignment(member_id=old_id, assignment=mine)],
            ),
            sync_v,
        )
        assert (s.error_code, s.assignment) == (0, mine), s  # type: ignore[attr-defined]

        # The process restarts: no member id, the same instance id; the same subscription, or
        # other metadata bytes for it (the Java client's carries its generation and owned
        # partitions, which a restarted process no longer has).
        meta = subscription(1, "raw", [0, 1]) if changed else subscription(0, "raw", [])
        again = join(c, version, group, "", meta)
        assert again.error_code == 0, again  # type: ignore[attr-defined]
        new_id = again.member_id  # type: ignore[attr-defined]
        assert new_id and new_id != old_id, again
        assert again.generation_id == gen, f"the restart started a rebalance: {again}"  # type: ignore[attr-defined]
        assert again.protocol_name == "range", again  # type: ignore[attr-defined]
        if version >= 9:
            assert again.leader == new_id, again  # type: ignore[attr-defined]
            assert again.skip_assignment, f"a restarted leader must skip the assignment: {again}"  # type: ignore[attr-defined]
        else:
            # Before v9: the old leader id and no members, so that it does not assign.
            assert again.leader == old_id, (  # type: ignore[attr-defined]
                f"JoinGroup v{version}: a restarted static leader must get the old leader id "
                f"({old_id}), not its own: {again}"
            )
            assert again.members == (), again  # type: ignore[attr-defined]

        s = c.request(
            SyncGroupRequest(
                group_id=group,
                generation_id=gen,
                member_id=new_id,
                group_instance_id="instance-a",
                protocol_type="consumer",
                protocol_name="range",
            ),
            sync_v,
        )
        assert (s.error_code, s.assignment) == (0, mine), s  # type: ignore[attr-defined]

        def heartbeat(member_id: str) -> int:
            r = c.request(
                HeartbeatRequest(
                    group_id=group,
                    generation_id=gen,
                    member_id=member_id,
                    group_instance_id="instance-a",
                ),
                hb_v,
            )
            return int(r.error_code)  # type: ignore[attr-defined]

        assert heartbeat(new_id) == 0, "the group is not Stable at the same generation"
        assert heartbeat(old_id) == FENCED_INSTANCE_ID
