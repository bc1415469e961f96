"""The Consumer against fluxmq-server (over TCP), Apache Kafka and an embedded broker."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest

from fluxmq.client.admin import Admin
from fluxmq.client.assignors import (
    CooperativeStickyAssignor,
    GroupSubscription,
    RangeAssignor,
    RoundRobinAssignor,
)
from fluxmq.client.consumer import Consumer, NoOffsetForPartitionError, RebalanceListener
from fluxmq.client.embedded import EmbeddedBroker
from fluxmq.client.types import ConsumerRecord, OffsetAndMetadata, TopicPartition
from tests.kafka_runtime import KafkaServer
from tests.server._clients import CODECS, ConfluentDriver, ProduceOp
from tests.server._records import RecordSpec
from tests.server.conftest import (  # noqa: F401 (fixtures)
    BrokerProcess,
    broker_factory,
    java_clients,
)

from ._consumer_util import FAST_GROUP, GROUP_PROPS, produce_raw

pytestmark = [pytest.mark.timeout(90), pytest.mark.anyio]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


KAFKA = pytest.param("kafka", marks=pytest.mark.kafka)


@pytest.fixture(params=["server", KAFKA, "embedded"])
def target(request: pytest.FixtureRequest) -> Callable[[], Any]:
    """An async context manager giving what to pass as bootstrap_servers."""
    if request.param == "kafka":
        kafka: Callable[..., KafkaServer] = request.getfixturevalue("kafka_factory")

        @asynccontextmanager
        async def apache_kafka() -> AsyncIterator[Any]:
            yield kafka(GROUP_PROPS).bootstrap

        return apache_kafka
    if request.param == "server":
        make: Callable[..., BrokerProcess] = request.getfixturevalue("broker_factory")

        @asynccontextmanager
        async def server() -> AsyncIterator[Any]:
            yield make(GROUP_PROPS).bootstrap

        return server

    @asynccontextmanager
    async def embedded() -> AsyncIterator[Any]:
        async with EmbeddedBroker(config=GROUP_PROPS) as b:
            yield b

    return embedded


@pytest.fixture(params=["server", KAFKA])
def tcp_broker(request: pytest.FixtureRequest) -> BrokerProcess | KafkaServer:
    """fluxmq-server or Apache Kafka with GROUP_PROPS (both have .bootstrap)."""
    if request.param == "kafka":
        return request.getfixturevalue("kafka_factory")(GROUP_PROPS)  # type: ignore[no-any-return]
    return request.getfixturevalue("broker_factory")(GROUP_PROPS)  # type: ignore[no-any-return]


async def read_all(c: Consumer, want: int, timeout: float = 20) -> list[Any]:
    out: list[Any] = []
    with anyio.fail_after(timeout):
        while len(out) < want:
            got = await c.getmany(timeout_ms=500)
            for recs in got.values():
                out.extend(recs)
    return out


# ---------------------------------------------------------------- assignors (pure)


def _subs(
    n: int, topics: list[str], owned: dict[str, list[TopicPartition]] | None = None
) -> dict[str, GroupSubscription]:
    owned = owned or {}
    return {
        f"m{i}": GroupSubscription(
            f"m{i}", topics, owned_partitions=owned.get(f"m{i}", []), generation_id=1
        )
        for i in range(n)
    }


def test_range_and_roundrobin() -> None:
    r = RangeAssignor().assign({"a": 5, "b": 2}, _subs(2, ["a", "b"]))
    assert r["m0"] == [TopicPartition("a", p) for p in (0, 1, 2)] + [TopicPartition("b", 0)]
    assert r["m1"] == [TopicPartition("a", 3), TopicPartition("a", 4), TopicPartition("b", 1)]
    rr = RoundRobinAssignor().assign({"a": 3, "b": 2}, _subs(2, ["a", "b"]))
    assert rr["m0"] == [TopicPartition("a", 0), TopicPartition("a", 2), TopicPartition("b", 1)]
    assert rr["m1"] == [TopicPartition("a", 1), TopicPartition("b", 0)]


def test_cooperative_sticky_moves_only_what_it_must() -> None:
    a = CooperativeStickyAssignor()
    all6 = [TopicPartition("t", p) for p in range(6)]
    first = a.assign({"t": 6}, _subs(1, ["t"]))
    assert first["m0"] == all6
    # a second member joins: m0 keeps 3, gives up 3 (not assigned to m1 yet: cooperative)
    second = a.assign({"t": 6}, _subs(2, ["t"], {"m0": all6}))
    assert len(second["m0"]) == 3 and set(second["m0"]) < set(all6)
    assert second["m1"] == []
    # the follow-up rebalance hands the revoked ones to m1
    third = a.assign({"t": 6}, _subs(2, ["t"], {"m0": second["m0"]}))
    assert third["m0"] == second["m0"]
    assert sorted(third["m1"]) == sorted(set(all6) - set(second["m0"]))


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("codec", CODECS)
async def test_codecs_round_trip(target: Callable[[], Any], codec: str) -> None:
    async with target() as bootstrap:
        topic = f"codec-{codec}"
        values = [f"value-{i}".encode() * (i % 5 + 1) for i in range(500)]
        keys = [None if i % 7 == 0 else f"k{i}".encode() for i in range(500)]
        await produce_raw(bootstrap, topic, 1, values, keys=keys, compression=codec, batch=100)
        tp = TopicPartition(topic, 1)
        async with Consumer(bootstrap_servers=bootstrap, auto_offset_reset="earliest") as c:
            c.assign([tp])
            recs = await read_all(c, 500)
            assert [r.offset for r in recs] == list(range(500))
            assert [r.value for r in recs] == values
            assert [r.key for r in recs] == keys
            assert all(r.topic == topic and r.partition == 1 for r in recs)
            assert await c.position(tp) == 500
            assert c.highwater(tp) == 500 and c.lag(tp) == 0


async def test_async_for_from_two_tasks_loses_nothing() -> None:
    """Two tasks iterating one consumer (not a recommended pattern, but a legal one) can both
    be waiting in a poll when records come: what the second brings is added to what the
    first loaded, not put in its place. The polls are held at a gate so that both wait."""
    async with EmbeddedBroker(config=GROUP_PROPS) as b:
        async with Consumer(b) as c:
            gate = anyio.Event()
            tp = TopicPartition("t", 0)
            polls = [[0, 1], [2]]

            async def held_poll(*_: Any, **__: Any) -> dict[TopicPartition, list[Any]]:
                await gate.wait()
                offsets = polls.pop(0)
                return {tp: [ConsumerRecord("t", 0, o, 0, 0, None, b"", (), 0) for o in offsets]}

            c.getmany = held_poll  # type: ignore[method-assign]
            got: list[int] = []

            async def next_record() -> None:
                got.append((await c.__anext__()).offset)

            with anyio.fail_after(10):
                async with anyio.create_task_group() as tg:
                    tg.start_soon(next_record)
                    tg.start_soon(next_record)
                    await anyio.sleep(0.05)  # both are waiting at the gate
                    gate.set()
            left = [r.offset for r in c._iter_buf.remaining()]
    assert sorted(got + left) == [0, 1, 2]


async def test_two_tasks_polling_both_wake_for_records() -> None:
    """Two tasks in getmany at once: each wakes when records come (a poll used to replace
    the other's wake-up, which then slept out its whole timeout)."""
    async with EmbeddedBroker(config=GROUP_PROPS) as b:
        topic = "two-pollers"
        await produce_raw(b, topic, 0, [b"seed"], batch=1)
        async with Consumer(b, auto_offset_reset="latest") as c:
            tp = TopicPartition(topic, 0)
            c.assign([tp])
            await c.position(tp)
            got: list[float] = []
            t0 = time.monotonic()

            async def poll() -> None:
                while True:
                    recs = await c.getmany(timeout_ms=8000)
                    if recs:
                        got.append(time.monotonic() - t0)
                        return

            with anyio.fail_after(20):
                async with anyio.create_task_group() as tg:
                    tg.start_soon(poll)
                    tg.start_soon(poll)
                    await anyio.sleep(0.2)
                    await produce_raw(b, topic, 0, [b"one"], batch=1)
                    await anyio.sleep(0.3)
                    await produce_raw(b, topic, 0, [b"two"], batch=1)
    assert len(got) == 2 and max(got) < 3, got


async def test_seek_pause_offsets_for_times(target: Callable[[], Any]) -> None:
    async with target() as bootstrap:
        await produce_raw(bootstrap, "seeky", 0, [b"%d" % i for i in range(100)], batch=10)
        await produce_raw(bootstrap, "seeky", 1, [b"x"] * 10)
        tp, tp1 = TopicPartition("seeky", 0), TopicPartition("seeky", 1)
        async with Consumer(bootstrap_servers=bootstrap, auto_offset_reset="latest") as c:
            c.assign([tp, tp1])
            assert await c.position(tp) == 100  # latest
            c.seek(tp, 42)
            recs = await read_all(c, 58)
            assert [r.offset for r in recs] == list(range(42, 100))
            c.seek_to_beginning(tp)
            assert await c.position(tp) == 0
            c.pause(tp)
            assert c.paused() == {tp}
            assert await c.getmany(timeout_ms=300) == {}
            c.resume(tp)
            got = await read_all(c, 100)
            assert got[0].offset == 0
            c.seek_to_end(tp)
            assert await c.position(tp) == 100
            ts = got[0].timestamp
            found = await c.offsets_for_times({tp: ts, tp1: int(time.time() * 1000) + 3_600_000})
            assert found[tp] is not None and found[tp].offset == 0
            assert found[tp1] is None
            assert await c.beginning_offsets([tp]) == {tp: 0}
            assert await c.end_offsets([tp, tp1]) == {tp: 100, tp1: 10}
            # selective getmany
            c.seek(tp, 0)
            c.seek(tp1, 0)
            only = await c.getmany(tp1, timeout_ms=2000)
            assert set(only) == {tp1}


async def test_pause_holds_back_what_async_for_has_buffered() -> None:
    """`async for` reads ahead a whole poll; pausing a partition takes its buffered records
    back (they were not handed out) and resuming gives them, each offset exactly once."""
    async with EmbeddedBroker(config=GROUP_PROPS) as b:
        await produce_raw(b, "pz", 0, [b"a%d" % i for i in range(50)])
        await produce_raw(b, "pz", 1, [b"b%d" % i for i in range(50)])
        tp0, tp1 = TopicPartition("pz", 0), TopicPartition("pz", 1)
        async with Consumer(bootstrap_servers=b, auto_offset_reset="earliest") as c:
            c.assign([tp0, tp1])
            seen: list[tuple[int, int]] = []
            with anyio.fail_after(20):
                async for r in c:
                    seen.append((r.partition, r.offset))
                    if len(seen) == 1:
                        paused = TopicPartition("pz", 1 - r.partition)  # the other one
                        c.pause(paused)
                        held = len([1 for p, _ in seen if p == paused.partition])
                    if sum(1 for p, _ in seen if p != paused.partition) == 50:
                        break
            assert [o for p, o in seen if p == paused.partition] == list(range(held))
            assert await c.position(paused) == held
            c.resume(paused)
            with anyio.fail_after(20):
                async for r in c:
                    seen.append((r.partition, r.offset))
                    if len(seen) == 100:
                        break
            for p in (0, 1):
                assert [o for q, o in seen if q == p] == list(range(50)), p


async def test_revoked_partitions_leave_the_async_for_buffer() -> None:
    """When a rebalance takes partitions away, records of theirs that `async for` had read
    ahead are dropped (the new owner reads them), and commit() still works."""
    async with EmbeddedBroker(config=GROUP_PROPS) as b:
        async with Admin(b) as admin:
            await admin.create_topic("rv", 2)
        for p in (0, 1):
            await produce_raw(b, "rv", p, [b"x"] * 300)
        revoked = anyio.Event()
        stray: list[TopicPartition] = []
        settings = {**FAST_GROUP, "enable_auto_commit": False}
        settings["partition_assignment_strategy"] = ["range"]
        async with anyio.create_task_group() as tg:
            async with Consumer(
                bootstrap_servers=b, group_id="rv", max_poll_records=600, **settings
            ) as a:
                a.subscribe(["rv"], on_revoked=lambda _parts: revoked.set())

                async def second_member() -> None:
                    async with Consumer(bootstrap_servers=b, group_id="rv", **settings) as c2:
                        c2.subscribe(["rv"])
                        with anyio.move_on_after(30):
                            while True:
                                await c2.getmany(timeout_ms=100)

                n = 0
                with anyio.fail_after(40):
                    async for r in a:
                        n += 1
                        if n == 1:
                            tg.start_soon(second_member)
                        tp = TopicPartition(r.topic, r.partition)
                        if revoked.is_set():
                            if tp not in a.assignment():
                                stray.append(tp)
                            if len(a.assignment()) == 1:
                                await a.commit()  # raised KeyError for buffered strays
                                break
                        await anyio.sleep(0.005)  # slow: the buffer still holds both
            tg.cancel_scope.cancel()
        assert revoked.is_set()
        assert not stray, f"{len(stray)} records of partitions no longer assigned"


@pytest.mark.parametrize("protocol", ["classic", "consumer"])
async def test_pattern_subscription_follows_new_topics(protocol: str) -> None:
    """subscribe(pattern=...) takes the matching topics, and one created later within a
    metadata refresh or two; the group view shows the membership (getone reads)."""
    async with EmbeddedBroker(config=GROUP_PROPS) as b:
        async with Admin(b) as admin:
            await admin.create_topic("pt-a", 1)
            await admin.create_topic("other", 1)
            await produce_raw(b, "pt-a", 0, [b"a"])
            await produce_raw(b, "other", 0, [b"o"])
            opts = {**FAST_GROUP, "group_protocol": protocol, "metadata_max_age_ms": 500}
            if protocol == "consumer":
                del opts["session_timeout_ms"], opts["heartbeat_interval_ms"]
            async with Consumer(b, group_id=f"pattern-{protocol}", **opts) as c:
                c.subscribe(pattern=r"pt-.*")
                with anyio.fail_after(15):
                    assert (await c.getone()).value == b"a"
                assert c.subscription() == {"pt-a"}
                await admin.create_topic("pt-b", 1)
                await produce_raw(b, "pt-b", 0, [b"b"])
                with anyio.fail_after(15):
                    r = await c.getone()
                assert (r.topic, r.value) == ("pt-b", b"b")
                assert c.subscription() == {"pt-a", "pt-b"}
                assert c.assignment() == {TopicPartition("pt-a", 0), TopicPartition("pt-b", 0)}
                g = c.group
                assert g is not None and g.protocol == protocol and g.state == "stable"
                assert g.assignment == c.assignment() and g.generation_id >= 1
                assert g.last_heartbeat is not None and time.time() - g.last_heartbeat < 5
                assert g.last_rebalance is not None and g.coordinator == 0


def _transactions(bootstrap: str, topic: str) -> Any:
    """With confluent-kafka's transactional producer: 5 records aborted, 5 committed, then
    3 left in an open transaction; returns the producer, its transaction still open."""
    from confluent_kafka import Producer as CProducer

    p = CProducer(
        {"bootstrap.servers": bootstrap, "transactional.id": f"tx-{topic}", "linger.ms": 1}
    )
    p.init_transactions(30)
    for label, end in (("aborted", p.abort_transaction), ("committed", p.commit_transaction)):
        p.begin_transaction()
        for i in range(5):
            p.produce(topic, value=b"%s-%d" % (label.encode(), i), partition=0)
        p.flush(30)
        end(30)
    p.begin_transaction()
    for i in range(3):
        p.produce(topic, value=b"open-%d" % i, partition=0)
    p.flush(30)
    return p


@pytest.mark.kafka
async def test_read_committed_skips_aborted_and_stops_at_the_open_transaction(
    kafka_factory: Callable[..., KafkaServer],
) -> None:
    """Against Apache Kafka (FluxMQ has no transactions): read_committed drops the aborted
    records (the fetch's aborted-transaction list) and the commit/abort markers, and stops at
    the last stable offset; read_uncommitted gets every data record."""
    k = kafka_factory(GROUP_PROPS)
    topic = "txn-read"
    async with Admin(k.bootstrap) as admin:
        await admin.create_topic(topic, 1)
    txn = await anyio.to_thread.run_sync(_transactions, k.bootstrap, topic)
    try:
        tp = TopicPartition(topic, 0)
        seen: dict[str, list[bytes]] = {}
        for isolation in ("read_committed", "read_uncommitted"):
            async with Consumer(
                k.bootstrap, isolation_level=isolation, auto_offset_reset="earliest"
            ) as c:
                c.assign([tp])
                want = 5 if isolation == "read_committed" else 13
                got: list[bytes] = []
                with anyio.fail_after(30):
                    while len(got) < want:
                        for recs in (await c.getmany(timeout_ms=500)).values():
                            got += [r.value for r in recs if r.value is not None]
                extra = await c.getmany(timeout_ms=1000)  # nothing more comes
                got += [r.value for recs in extra.values() for r in recs if r.value is not None]
                seen[isolation] = got
                if isolation == "read_committed":
                    # aborted 0-4, marker 5, committed 6-10, marker 11, open 12-14
                    assert c.last_stable_offset(tp) == 12
                    assert await c.position(tp) == 12
                    assert c.lag(tp) == 0
                    assert (await c.end_offsets([tp]))[tp] == 12
        assert seen["read_committed"] == [b"committed-%d" % i for i in range(5)]
        assert seen["read_uncommitted"] == (
            [b"aborted-%d" % i for i in range(5)]
            + [b"committed-%d" % i for i in range(5)]
            + [b"open-%d" % i for i in range(3)]
        )
    finally:
        await anyio.to_thread.run_sync(txn.abort_transaction, 10)


async def test_auto_offset_reset_none(target: Callable[[], Any]) -> None:
    async with target() as bootstrap:
        await produce_raw(bootstrap, "noreset", 0, [b"a"])
        async with Consumer(
            bootstrap_servers=bootstrap, group_id="nr", auto_offset_reset="none"
        ) as c:
            c.assign([TopicPartition("noreset", 0)])
            with pytest.raises(NoOffsetForPartitionError):
                with anyio.fail_after(10):
                    while True:
                        await c.getmany(timeout_ms=200)


async def test_commits_survive(target: Callable[[], Any]) -> None:
    async with target() as bootstrap:
        topic = "commits"
        for p in range(6):
            await produce_raw(bootstrap, topic, p, [b"%d" % i for i in range(20)])
        opts = {**FAST_GROUP, "enable_auto_commit": False}
        async with Consumer(bootstrap, topics=[topic], group_id="cs", **opts) as c:
            recs = await read_all(c, 120)
            assert len(recs) == 120
            await c.commit()
            await c.commit({TopicPartition(topic, 0): 5})
            pend = c.commit_nowait({TopicPartition(topic, 1): OffsetAndMetadata(7, "meta")})
            await pend.wait()
            assert (await c.committed(TopicPartition(topic, 1))) == OffsetAndMetadata(7, "meta")
        async with Consumer(bootstrap, topics=[topic], group_id="cs", **opts) as c:
            recs = await read_all(c, 15 + 13)
            starts: dict[int, int] = {}
            for r in recs:
                starts.setdefault(r.partition, r.offset)
            assert starts == {0: 5, 1: 7}
            assert await c.committed(TopicPartition(topic, 2)) == OffsetAndMetadata(20)


# ---------------------------------------------------------------- groups


class Recorder(RebalanceListener):
    """Records callbacks and checks that no partition ever has two owners."""

    def __init__(self, name: str, owners: dict[TopicPartition, str], log: list[Any]) -> None:
        self.name, self.owners, self.log = name, owners, log
        self.owned: set[TopicPartition] = set()

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        for tp in assigned:
            assert self.owners.get(tp) in (None, self.name), f"{tp} owned twice"
            self.owners[tp] = self.name
        self.owned |= set(assigned)
        self.log.append((self.name, "assigned", sorted(assigned)))

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        for tp in revoked:
            if self.owners.get(tp) == self.name:
                del self.owners[tp]
        self.owned -= set(revoked)
        self.log.append((self.name, "revoked", sorted(revoked)))

    def on_partitions_lost(self, lost: list[TopicPartition]) -> None:
        self.on_partitions_revoked(lost)
        self.log.append((self.name, "lost", sorted(lost)))


GROUP_VARIANTS = ["range", "roundrobin", "cooperative-sticky", "consumer"]


@pytest.mark.parametrize("variant", GROUP_VARIANTS)
async def test_three_member_group(tcp_broker: BrokerProcess | KafkaServer, variant: str) -> None:
    broker = tcp_broker
    bootstrap = broker.bootstrap
    topic, group = f"grp-{variant}", f"g-{variant}"
    per_part = 30
    for p in range(6):
        await produce_raw(bootstrap, topic, p, [b"a%d" % i for i in range(per_part)])
    owners: dict[TopicPartition, str] = {}
    log: list[Any] = []
    seen: dict[tuple[int, int], str] = {}
    dupes: list[Any] = []
    opts: dict[str, Any] = dict(FAST_GROUP, auto_commit_interval_ms=200)
    if variant == "consumer":
        opts["group_protocol"] = "consumer"
    else:
        opts["partition_assignment_strategy"] = [variant]
    listeners = [Recorder(f"m{i}", owners, log) for i in range(3)]

    async def member(i: int, started: anyio.Event, stop: anyio.Event) -> None:
        async with Consumer(
            bootstrap_servers=bootstrap, group_id=group, client_id=f"m{i}", **opts
        ) as c:
            c.subscribe([topic], listener=listeners[i])
            started.set()
            while not stop.is_set():
                got = await c.getmany(timeout_ms=100)
                for tp, recs in got.items():
                    assert tp in c.assignment()
                    for r in recs:
                        key = (r.partition, r.offset)
                        if key in seen:
                            dupes.append((key, seen[key], f"m{i}"))
                        seen[key] = f"m{i}"

    def balanced() -> bool:
        sizes = sorted(len(rec.owned) for rec in listeners)
        return sizes == [2, 2, 2] and len(owners) == 6

    stop = anyio.Event()
    with anyio.fail_after(60):
        async with anyio.create_task_group() as tg:
            for i in range(3):
                started = anyio.Event()
                tg.start_soon(member, i, started, stop)
                await started.wait()
                await anyio.sleep(1.0)
            while not (balanced() and len(seen) == 6 * per_part):
                await anyio.sleep(0.1)
            # now a stable group: more records, each read exactly once
            for p in range(6):
                await produce_raw(bootstrap, topic, p, [b"b%d" % i for i in range(per_part)])
            while len(seen) < 12 * per_part:
                await anyio.sleep(0.1)
            await anyio.sleep(0.5)
            before_close = len(log)
            stop.set()
    assert len(seen) == 12 * per_part
    assert not [d for d in dupes if d[0][1] >= per_part], dupes
    m0 = [(kind, parts) for name, kind, parts in log[:before_close] if name == "m0"]
    assert m0[0] == ("assigned", [TopicPartition(topic, p) for p in range(6)])
    revokes = [parts for kind, parts in m0[1:] if kind == "revoked"]
    assert revokes
    if variant in ("cooperative-sticky", "consumer"):
        # incremental: m0 only ever gave up what moved (never everything it held)
        assert all(len(parts) < 6 for parts in revokes), m0
        assert sum(len(p) for p in revokes) == 4, m0  # 6 -> 3 -> 2
    else:
        assert revokes[0] == [TopicPartition(topic, p) for p in range(6)]  # eager


@pytest.mark.parametrize("protocol", ["classic", "consumer"])
async def test_static_member_keeps_assignment(
    tcp_broker: BrokerProcess | KafkaServer, protocol: str
) -> None:
    broker = tcp_broker
    bootstrap = broker.bootstrap
    await produce_raw(bootstrap, "static", 0, [b"x"] * 10)
    opts: dict[str, Any] = dict(FAST_GROUP, session_timeout_ms=10_000, group_protocol=protocol)
    if protocol == "consumer":
        del opts["session_timeout_ms"], opts["heartbeat_interval_ms"]  # the broker's
    async with Consumer(
        bootstrap, topics=["static"], group_id="st", group_instance_id="i1", **opts
    ) as c:
        await read_all(c, 10)
        state = c.group
        assert state is not None and state.generation_id >= 1
        gen = state.generation_id
    # no LeaveGroup: rejoining with the same instance id within the session keeps the
    # generation (the coordinator just replaces the member id)
    async with Consumer(
        bootstrap, topics=["static"], group_id="st", group_instance_id="i1", **opts
    ) as c:
        with anyio.fail_after(15):
            while not c.assignment():
                await c.getmany(timeout_ms=100)
        state = c.group
        assert state is not None and state.generation_id == gen


async def test_max_poll_interval_leaves_group(tcp_broker: BrokerProcess | KafkaServer) -> None:
    broker = tcp_broker
    bootstrap = broker.bootstrap
    await produce_raw(bootstrap, "slow", 0, [b"x"] * 10)
    lost: list[Any] = []
    opts: dict[str, Any] = dict(FAST_GROUP, max_poll_interval_ms=1500)
    async with Consumer(bootstrap_servers=bootstrap, group_id="slow", **opts) as c:
        c.subscribe(["slow"], on_lost=lost.append, on_revoked=lost.append)
        await read_all(c, 10)
        gen = c.group.generation_id if c.group else -1
        await anyio.sleep(3.0)  # stop polling
        assert c.group is not None and c.group.state == "left"
        with anyio.fail_after(15):
            while c.group.generation_id <= gen or c.group.state != "stable":
                await c.getmany(timeout_ms=100)
        assert lost and lost[0] == [TopicPartition("slow", p) for p in range(6)]


# ---------------------------------------------------------------- interop, failures


async def test_reads_confluent_records(tcp_broker: BrokerProcess | KafkaServer) -> None:
    broker = tcp_broker
    driver = ConfluentDriver()
    spec = driver.spec(count=600)
    for codec in ("zstd", "lz4"):
        topic = f"confluent-{codec}"
        res = await anyio.to_thread.run_sync(
            driver.produce, broker.bootstrap, ProduceOp(topic, spec, codec)
        )
        assert not res.errors
        async with Consumer(broker.bootstrap, topics=[topic], group_id=topic, **FAST_GROUP) as c:
            recs = await read_all(c, 600)
        _check_spec(spec, recs, res.meta)


def _check_spec(spec: RecordSpec, recs: list[Any], meta: dict[int, tuple[int, int]]) -> None:
    by_pos = {(r.partition, r.offset): r for r in recs}
    assert len(by_pos) == spec.count
    for i in spec.indexes:
        r = by_pos[meta[i]]
        assert r.key == spec.key(i) and r.value == spec.value(i)
        assert [(k, v) for k, v in r.headers] == spec.header_list(i)
        assert r.timestamp == spec.timestamp(i)


async def test_reads_java_records(
    tcp_broker: BrokerProcess | KafkaServer, java_clients: dict[str, Any]  # noqa: F811
) -> None:
    broker = tcp_broker
    driver = java_clients["4.1.1"]
    spec = driver.spec(count=500)
    ops = [ProduceOp("java-gzip", spec, "gzip"), ProduceOp("java-snappy", spec, "snappy")]
    results = await anyio.to_thread.run_sync(driver.run, broker.bootstrap, ops)
    for op, res in zip(ops, results, strict=True):
        assert not res.errors  # type: ignore[union-attr]
        async with Consumer(
            broker.bootstrap, topics=[op.topic], group_id=op.topic, **FAST_GROUP
        ) as c:
            recs = await read_all(c, 500)
        _check_spec(spec, recs, res.meta)  # type: ignore[union-attr]


async def test_aclose_bounded_when_broker_gone(
    broker_factory: Callable[..., BrokerProcess],  # noqa: F811
) -> None:
    broker = broker_factory(GROUP_PROPS)
    await produce_raw(broker.bootstrap, "gone", 0, [b"x"] * 10)
    c = Consumer(
        broker.bootstrap,
        topics=["gone"],
        group_id="gone",
        close_timeout_ms=3000,
        request_timeout_ms=5000,
        **FAST_GROUP,
    )
    await c.start()
    try:
        await read_all(c, 10)
        broker.kill()
        await c.getmany(timeout_ms=500)
    finally:
        t0 = time.monotonic()
        await c.aclose()
        assert time.monotonic() - t0 < 6


async def test_cancellation_leaves_no_task(target: Callable[[], Any]) -> None:
    async with target() as bootstrap:
        await produce_raw(bootstrap, "cancel", 0, [b"x"] * 10)
        before = set(asyncio.all_tasks())

        async def consume_forever() -> None:
            async with Consumer(bootstrap, topics=["cancel"], group_id="cx", **FAST_GROUP) as c:
                async for _ in c:
                    pass

        with anyio.move_on_after(3):
            await consume_forever()
        await anyio.sleep(0.1)
        # (the embedded broker may start tasks of its own on first use of a group)
        left = [t.get_name() for t in asyncio.all_tasks() - before]
        assert not [n for n in left if "fluxmq.client" in n or "consume" in n], left
