"""In-memory store and topic view for driving the group coordinator deterministically."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from fluxmq.coordinator.deferred import Deferred
from fluxmq.coordinator.group_coordinator import GroupConfig, GroupCoordinator
from fluxmq.coordinator.timer import ManualClock
from fluxmq.protocol.messages.heartbeat_request import HeartbeatRequest
from fluxmq.protocol.messages.join_group_request import (
    JoinGroupRequest,
    JoinGroupRequestProtocol,
)
from fluxmq.protocol.messages.join_group_response import JoinGroupResponse
from fluxmq.protocol.messages.sync_group_request import (
    SyncGroupRequest,
    SyncGroupRequestAssignment,
)
from fluxmq.protocol.messages.sync_group_response import SyncGroupResponse


class MemoryStore:
    def __init__(self) -> None:
        self.records: list[tuple[int, bytes, bytes | None]] = []

    def write(self, partition: int, records: Sequence[tuple[bytes, bytes | None]]) -> None:
        for k, v in records:
            self.records.append((partition, k, v))

    def replay(self) -> list[tuple[bytes | None, bytes | None]]:
        return [(k, v) for _, k, v in self.records]


class StaticTopics:
    def __init__(self, topics: dict[str, int] | None = None) -> None:
        self.counts = dict(topics or {})
        self.ids = {t: uuid.uuid5(uuid.NAMESPACE_DNS, t) for t in self.counts}

    def add(self, name: str, partitions: int) -> None:
        self.counts[name] = partitions
        self.ids.setdefault(name, uuid.uuid5(uuid.NAMESPACE_DNS, name))

    def partition_count(self, topic: str) -> int | None:
        return self.counts.get(topic)

    def topic_id(self, topic: str) -> uuid.UUID | None:
        return self.ids.get(topic) if topic in self.counts else None

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        for name, tid in self.ids.items():
            if tid == topic_id and name in self.counts:
                return name
        return None

    def topic_names(self) -> Iterable[str]:
        return list(self.counts)


class Harness:
    """A coordinator on a manual clock with an in-memory store."""

    def __init__(self, store: MemoryStore | None = None, **config: object) -> None:
        defaults: dict[str, object] = {
            "initial_rebalance_delay_ms": 0,
            "min_session_timeout_ms": 1000,
        }
        defaults.update(config)
        self.config = GroupConfig(**defaults)  # type: ignore[arg-type]
        self.clock = ManualClock()
        self.store = store or MemoryStore()
        self.topics = StaticTopics({"t": 6, "u": 2})
        self.coord = GroupCoordinator(self.config, self.clock, self.store, self.topics)
        self._ids = 0
        self.coord.new_member_id = self._new_id

    def _new_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}-{self._ids}"

    def advance(self, ms: int) -> int:
        self.clock.advance(ms)
        return self.coord.timer.run_due()

    def join(
        self,
        member_id: str = "",
        *,
        group: str = "g",
        version: int = 9,
        instance: str | None = None,
        session_ms: int = 10_000,
        rebalance_ms: int = 30_000,
        protocols: Sequence[tuple[str, bytes]] = (("range", b"m"),),
        protocol_type: str = "consumer",
        client_id: str = "c",
    ) -> Deferred[JoinGroupResponse]:
        req = JoinGroupRequest(
            group_id=group,
            session_timeout_ms=session_ms,
            rebalance_timeout_ms=rebalance_ms,
            member_id=member_id,
            group_instance_id=instance,
            protocol_type=protocol_type,
            protocols=[JoinGroupRequestProtocol(n, m) for n, m in protocols],
        )
        d = self.coord.join_group(req, version, client_id, "/127.0.0.1")
        self.coord.timer.run_due()  # what is due now (a 0 ms initial delay) fires at once
        return d

    def join_new(self, **kw: Any) -> tuple[str, Deferred[JoinGroupResponse]]:
        """The KIP-394 two-step join: returns (member id, the second join's Deferred).
        Static members join in one step."""
        if kw.get("instance") is not None:
            d = self.join(**kw)
            group = self.coord.groups[kw.get("group", "g")]
            return group.static_members[kw["instance"]], d  # type: ignore[union-attr]
        first = self.join(**kw).result()
        assert first.error_code == 79, first
        return first.member_id, self.join(first.member_id, **kw)

    def sync(
        self,
        member_id: str,
        generation: int,
        assignments: dict[str, bytes] | None = None,
        *,
        group: str = "g",
        instance: str | None = None,
    ) -> Deferred[SyncGroupResponse]:
        req = SyncGroupRequest(
            group_id=group,
            generation_id=generation,
            member_id=member_id,
            group_instance_id=instance,
            assignments=[SyncGroupRequestAssignment(m, a) for m, a in (assignments or {}).items()],
        )
        return self.coord.sync_group(req)

    def heartbeat(
        self, member_id: str, generation: int, *, group: str = "g", instance: str | None = None
    ) -> int:
        return self.coord.heartbeat(HeartbeatRequest(group, generation, member_id, instance))

    def stable_group(self, n: int, **kw: Any) -> tuple[list[str], int]:
        """n members in a Stable group; returns their ids (leader first) and the generation."""
        ids: list[str] = []
        pending: dict[str, Deferred[JoinGroupResponse]] = {}
        for _ in range(n):
            mid, d = self.join_new(**kw)
            ids.append(mid)
            pending[mid] = d
            # the newcomer starts a rebalance that the earlier members must rejoin
            for other in ids[:-1]:
                if pending[other].done:
                    pending[other] = self.join(other, **kw)
        resps = [pending[m].result() for m in ids]
        gen = resps[0].generation_id
        assert all(r.error_code == 0 and r.generation_id == gen for r in resps), resps
        leader = resps[0].leader
        ids = [leader] + [m for m in ids if m != leader]
        assign = {m: f"a-{m}".encode() for m in ids}
        syncs = [self.sync(leader, gen, assign)] + [self.sync(m, gen) for m in ids[1:]]
        assert all(s.done and s.result().error_code == 0 for s in syncs)
        return ids, gen
