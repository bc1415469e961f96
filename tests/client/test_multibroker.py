"""The client against a three-node Apache Kafka cluster: partition leaders on every broker, a
group coordinator that is not the bootstrap broker, and a broker killed (SIGKILL) while the
producer and a group are busy — leadership moves, the client must follow it.

Each node is a broker and a voter of a static controller quorum (tests/kafka_runtime.
KafkaCluster), so the cluster outlives any one of them. Topics have replication factor 3 and
min.insync.replicas 2; the brokers fence a dead peer after 3 s and shrink the ISR after 3 s, so
failover takes seconds, not Kafka's default 9-30 s.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from fluxmq.client import Admin, Consumer, Producer, TopicPartition
from fluxmq.client.errors import UnknownTopicError
from fluxmq.client.partitioner import partition_for_key
from fluxmq.client.producer import DeliveryFuture
from tests.kafka_runtime import KafkaCluster, KafkaStartError

pytestmark = [pytest.mark.timeout(180), pytest.mark.anyio, pytest.mark.kafka]

PARTITIONS = 6
PROPS = {
    "broker.heartbeat.interval.ms": "500",
    "broker.session.timeout.ms": "3000",
    "replica.lag.time.max.ms": "3000",
    "num.partitions": str(PARTITIONS),
}
FAST_GROUP: dict[str, Any] = {
    "session_timeout_ms": 6000,
    "heartbeat_interval_ms": 300,
    "metadata_max_age_ms": 2000,
    "fetch_max_wait_ms": 200,
    "auto_offset_reset": "earliest",
    "enable_auto_commit": False,
    "request_timeout_ms": 10_000,
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def cluster(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[KafkaCluster]:
    """A fresh cluster per test (tests kill nodes)."""
    c = KafkaCluster(tmp_path / "cluster", 3, PROPS)
    try:
        c.start()
    except KafkaStartError:
        c.kill()
        raise
    try:
        yield c
    finally:
        rep = getattr(request.node, "rep_call", None)
        if rep is not None and rep.failed:
            print(c.log_tail(80))
        c.kill()  # its data is thrown away: a clean shutdown of a cluster takes ~30 s


async def _create(admin: Admin, topic: str) -> dict[int, int]:
    """Create `topic` (6 partitions, RF 3); partition -> leader once every one has a leader."""
    await admin.create_topic(topic, PARTITIONS, 3)
    with anyio.fail_after(30):
        while True:
            try:
                desc = (await admin.describe_topics([topic]))[topic]
            except UnknownTopicError:  # a broker whose metadata has not caught up yet
                await anyio.sleep(0.2)
                continue
            leaders = {p.partition: p.leader for p in desc.partitions}
            if len(leaders) == PARTITIONS and all(v >= 0 for v in leaders.values()):
                return leaders
            await anyio.sleep(0.2)


def _value(i: int) -> bytes:
    return b"v%08d" % i


async def _read_all(c: Consumer, want: int, timeout: float = 60) -> list[Any]:
    out: list[Any] = []
    with anyio.fail_after(timeout):
        while len(out) < want:
            for recs in (await c.getmany(timeout_ms=500)).values():
                out.extend(recs)
    return out


def _check_exactly_once_in_order(records: list[Any], n: int, key_of: Any = None) -> None:
    """Every value 0..n-1 once; within a partition, values ascend (the producer's order)."""
    seen = [int(r.value[1:]) for r in records]
    dupes = len(seen) - len(set(seen))
    assert dupes == 0, f"{dupes} duplicate records"
    assert sorted(seen) == list(range(n)), f"missing: {sorted(set(range(n)) - set(seen))[:20]}"
    by_part: dict[int, list[int]] = defaultdict(list)
    for r in sorted(records, key=lambda r: (r.partition, r.offset)):
        by_part[r.partition].append(int(r.value[1:]))
        if key_of is not None:
            assert r.partition == partition_for_key(key_of(int(r.value[1:])), PARTITIONS)
    for p, vals in by_part.items():
        assert vals == sorted(vals), f"partition {p} out of order"


async def test_leaders_on_every_broker(cluster: KafkaCluster) -> None:
    """Keyed records to six partitions led by three brokers; a three-member group on a
    coordinator reached through whichever broker answers FindCoordinator."""
    topic, group, n = "spread", "spread-group", 6000
    async with Admin(cluster.bootstrap) as admin:
        desc = await admin.describe_cluster()
        assert sorted(b.node_id for b in desc.brokers) == [0, 1, 2]
        leaders = await _create(admin, topic)
        assert len(set(leaders.values())) == 3, f"leaders not spread: {leaders}"

    def key(i: int) -> bytes:
        return b"k%d" % (i % 97)

    async with Producer(cluster.bootstrap, linger_ms=2) as p:
        futs = [await p.enqueue(topic, _value(i), key=key(i)) for i in range(n)]
        metas = [await f for f in futs]
    assert {m.partition for m in metas} == set(range(PARTITIONS))

    got: list[Any] = []
    async with contextlib.AsyncExitStack() as stack:
        members = [
            await stack.enter_async_context(
                Consumer(cluster.bootstrap, group_id=group, topics=[topic], **FAST_GROUP)
            )
            for _ in range(3)
        ]
        done = anyio.Event()

        async def member(c: Consumer) -> None:
            while not done.is_set():
                for recs in (await c.getmany(timeout_ms=200)).values():
                    got.extend(recs)
                if len(got) >= n:
                    done.set()
                await c.commit()

        with anyio.fail_after(90):
            async with anyio.create_task_group() as tg:
                for c in members:
                    tg.start_soon(member, c)
        owned = [set(c.assignment()) for c in members]
        assert all(owned), f"a member got nothing: {owned}"
        assert sum(len(o) for o in owned) == PARTITIONS == len(set().union(*owned))
    _check_exactly_once_in_order(got, n, key)
    async with Admin(cluster.bootstrap) as admin:
        committed = await admin.list_group_offsets(group)
        ends = await admin.list_offsets({TopicPartition(topic, p): -1 for p in range(PARTITIONS)})
        assert {tp: o.offset for tp, o in committed.items()} == {
            tp: end for tp, (end, _) in ends.items()
        }


async def test_idempotent_producer_follows_a_killed_leader(cluster: KafkaCluster) -> None:
    """SIGKILL the leader of half the partitions mid-stream: every record is acknowledged
    once leadership moves, none is written twice, each partition keeps the send order."""
    topic, n = "failover", 30_000
    async with Admin(cluster.bootstrap) as admin:
        leaders = await _create(admin, topic)
    victim = max({1, 2}, key=lambda b: sum(1 for v in leaders.values() if v == b))
    acked = 0
    async with Producer(
        cluster.bootstrap, linger_ms=5, batch_size=16_384, request_timeout_ms=8000
    ) as p:
        futs: list[DeliveryFuture] = []
        with anyio.fail_after(120):
            for i in range(n):
                futs.append(await p.enqueue(topic, _value(i), partition=i % PARTITIONS))
                if i == n // 3:
                    await p.flush()
                    acked = i + 1
                    cluster.node(victim).kill()
                if i % 500 == 0:
                    await anyio.sleep(0.005)  # spread the stream over the failover
            await p.flush()
        metas = [await f for f in futs]
    assert acked and len(metas) == n
    async with Admin(cluster.bootstrap) as admin:
        after = {
            p.partition: p.leader for p in (await admin.describe_topics([topic]))[topic].partitions
        }
    assert victim not in after.values(), f"node {victim} still leads: {after}"
    async with Consumer(cluster.bootstrap, **FAST_GROUP) as c:
        c.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
        records = await _read_all(c, n)
        assert await c.getmany(timeout_ms=500) == {}
    _check_exactly_once_in_order(records, n)
    offsets = {(m.partition, m.offset) for m in metas}
    assert offsets == {(r.partition, r.offset) for r in records}


@pytest.mark.parametrize("protocol", ["classic", "consumer"])
async def test_group_survives_its_coordinator_killed(cluster: KafkaCluster, protocol: str) -> None:
    """Kill the broker coordinating a two-member group (and leading some partitions): the
    members find the new coordinator, keep consuming and committing; nothing is lost."""
    topic, group, n = f"coord-{protocol}", f"coord-{protocol}-group", 4000
    async with Admin(cluster.bootstrap) as admin:
        await _create(admin, topic)
    produced = 0

    async def produce(p: Producer, count: int) -> None:
        nonlocal produced
        futs = [await p.enqueue(topic, _value(produced + i)) for i in range(count)]
        for f in futs:
            await f
        produced += count

    got: list[Any] = []
    opts = dict(FAST_GROUP, group_protocol=protocol)
    async with contextlib.AsyncExitStack() as stack:
        p = await stack.enter_async_context(Producer(cluster.bootstrap, linger_ms=2))
        admin = await stack.enter_async_context(Admin(cluster.bootstrap))
        members = [
            await stack.enter_async_context(
                Consumer(cluster.bootstrap, group_id=group, topics=[topic], **opts)
            )
            for _ in range(2)
        ]
        stop = anyio.Event()
        errors: list[BaseException] = []

        async def member(c: Consumer) -> None:
            while not stop.is_set():
                for recs in (await c.getmany(timeout_ms=200)).values():
                    got.extend(recs)
                try:
                    await c.commit()
                except Exception as e:  # a commit may fail across the failover; later ones not
                    errors.append(e)

        with anyio.fail_after(150):
            async with anyio.create_task_group() as tg:
                for c in members:
                    tg.start_soon(member, c)
                await produce(p, n // 2)
                while len(got) < n // 2:
                    await anyio.sleep(0.1)
                coordinator = (await admin.describe_groups([group]))[group].coordinator
                assert coordinator in (0, 1, 2)
                cluster.node(coordinator).kill()
                await produce(p, n // 2)
                while len(got) < n:
                    await anyio.sleep(0.1)
                errors.clear()
                await anyio.sleep(2)  # a few more commit rounds, all on the new coordinator
                stop.set()
        assert not errors, f"commits still failing after the failover: {errors[:3]}"
        desc = (await admin.describe_groups([group]))[group]
        assert desc.coordinator != coordinator
        assert len(desc.members) == 2
        owned = [set(c.assignment()) for c in members]
        assert sum(len(o) for o in owned) == PARTITIONS == len(set().union(*owned))
        committed = await admin.list_group_offsets(group)
        ends = await admin.list_offsets({TopicPartition(topic, q): -1 for q in range(PARTITIONS)})
        assert {tp: o.offset for tp, o in committed.items()} == {
            tp: end for tp, (end, _) in ends.items()
        }
    values = sorted({int(r.value[1:]) for r in got})
    assert values == list(range(n))  # redelivery after the failover is allowed, loss is not
