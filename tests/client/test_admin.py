"""Admin against fluxmq-server (over TCP), Apache Kafka and an embedded broker (in-process)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio
import pytest
from kafka import KafkaConsumer, KafkaProducer

from fluxmq.client.admin import Admin, NewTopic, OffsetSpec
from fluxmq.client.embedded import EmbeddedBroker
from fluxmq.client.errors import BrokerError, BrokerUnreachableError, UnknownTopicError
from fluxmq.client.types import OffsetAndMetadata, TopicPartition
from tests.kafka_runtime import KafkaServer
from tests.server.conftest import BrokerProcess, broker_factory  # noqa: F401 (fixture)

pytestmark = [pytest.mark.timeout(120), pytest.mark.anyio]

T = TypeVar("T")
PROPS = {"num.partitions": "2", "group.initial.rebalance.delay.ms": "0"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["server", pytest.param("kafka", marks=pytest.mark.kafka), "embedded"])
def target(request: pytest.FixtureRequest, tmp_path: Any) -> Callable[[], Any]:
    """An async context manager giving (admin bootstrap, kafka-python bootstrap, eventual):
    `eventual` for Apache Kafka, whose brokers apply metadata changes after the controller
    has answered the admin request."""
    if request.param == "kafka":
        kafka: Callable[..., KafkaServer] = request.getfixturevalue("kafka_factory")

        @asynccontextmanager
        async def apache_kafka() -> AsyncIterator[tuple[str, str, bool]]:
            k = kafka(PROPS)
            yield k.bootstrap, k.bootstrap, True

        return apache_kafka
    if request.param == "server":
        make: Callable[..., BrokerProcess] = request.getfixturevalue("broker_factory")

        @asynccontextmanager
        async def server() -> AsyncIterator[tuple[str, str, bool]]:
            b = make(PROPS)
            yield b.bootstrap, b.bootstrap, False

        return server

    @asynccontextmanager
    async def embedded() -> AsyncIterator[tuple[str, str, bool]]:
        async with EmbeddedBroker(tmp_path / "data", listen=True, config=PROPS) as eb:
            host, port = eb.address
            yield f"embedded://{eb.data_dir}", f"{host}:{port}", False

    return embedded


def produce(bootstrap: str, topic: str, n: int) -> None:
    p = KafkaProducer(bootstrap_servers=bootstrap, max_block_ms=30_000)
    try:
        futures = [
            p.send(topic, key=b"k%d" % i, value=b"v%d" % i, partition=i % 2) for i in range(n)
        ]
        p.flush(timeout=30)
        for f in futures:
            f.get(timeout=1)  # raises what the broker answered, if it failed
    finally:
        p.close(timeout=10)  # every wait bounded: a worker thread cannot be cancelled


async def settled(probe: Callable[[], Awaitable[T]], ok: Callable[[T], bool], eventual: bool) -> T:
    """probe() once on FluxMQ, which updates its metadata before it answers; on Apache Kafka
    until ok(result), for up to 10 s."""
    with anyio.fail_after(10):
        while True:
            got = await probe()
            if ok(got) or not eventual:
                return got
            await anyio.sleep(0.1)


async def test_topics_configs_cluster_records(target: Callable[[], Any]) -> None:
    async with target() as (boot, kboot, eventual), Admin(boot) as admin:
        await admin.create_topic("orders", num_partitions=3, configs={"retention.ms": "60000"})
        with pytest.raises(BrokerError, match="TOPIC_ALREADY_EXISTS"):
            await admin.create_topic("orders")
        results = await admin.create_topics(
            [NewTopic("a", 1), NewTopic("bad name!", 1), NewTopic("b", 1)], validate_only=True
        )
        assert results["a"] is None and results["b"] is None
        assert isinstance(results["bad name!"], BrokerError)
        topics = await settled(admin.list_topics, lambda t: t == ["orders"], eventual)
        assert topics == ["orders"]  # and validate_only created nothing

        desc = (await admin.describe_topics(["orders"]))["orders"]
        assert [p.partition for p in desc.partitions] == [0, 1, 2]
        assert all(p.leader == 0 and p.replicas == (0,) for p in desc.partitions)
        with pytest.raises(UnknownTopicError):
            await admin.describe_topics(["nope"])

        await admin.add_partitions("orders", 5)
        desc = await settled(
            lambda: admin.describe_topics(["orders"]),
            lambda d: len(d["orders"].partitions) == 5,
            eventual,
        )
        assert len(desc["orders"].partitions) == 5

        cfg = await admin.describe_topic_configs("orders")
        assert cfg["retention.ms"].value == "60000"
        assert cfg["retention.ms"].source == "DYNAMIC_TOPIC_CONFIG"
        await admin.alter_topic_configs("orders", {"cleanup.policy": "compact"}, ["retention.ms"])
        cfg = await settled(
            lambda: admin.describe_topic_configs("orders", ["retention.ms", "cleanup.policy"]),
            lambda c: c["cleanup.policy"].value == "compact",
            eventual,
        )
        assert cfg["cleanup.policy"].value == "compact"
        assert cfg["retention.ms"].source == "DEFAULT_CONFIG"
        broker_cfg = await admin.describe_broker_configs()
        assert broker_cfg["num.partitions"].value == "2"
        # Kafka deletes records only where cleanup.policy includes "delete"
        with pytest.raises(BrokerError, match="POLICY_VIOLATION"):
            await admin.delete_records({TopicPartition("orders", 0): 0})
        await admin.alter_topic_configs("orders", {}, ["cleanup.policy"])
        cfg = await settled(
            lambda: admin.describe_topic_configs("orders", ["cleanup.policy"]),
            lambda c: c["cleanup.policy"].value == "delete",
            eventual,
        )
        assert cfg["cleanup.policy"].value == "delete"

        cluster = await admin.describe_cluster()
        assert cluster.cluster_id and [b.node_id for b in cluster.brokers] == [0]

        await anyio.to_thread.run_sync(produce, kboot, "orders", 10)
        tps = [TopicPartition("orders", 0), TopicPartition("orders", 1)]
        ends = await admin.list_offsets(dict.fromkeys(tps, OffsetSpec.LATEST))
        assert [ends[tp][0] for tp in tps] == [5, 5]
        low = await admin.delete_records({tps[0]: 3})
        assert low == {tps[0]: 3}
        starts = await admin.list_offsets(dict.fromkeys(tps, OffsetSpec.EARLIEST))
        assert [starts[tp][0] for tp in tps] == [3, 0]

        await admin.delete_topic("orders")
        assert await settled(admin.list_topics, lambda t: t == [], eventual) == []
        with pytest.raises(UnknownTopicError):
            await admin.delete_topic("orders")


def consume_in_group(bootstrap: str, stop: anyio.Event, ready: list[int]) -> None:
    c = KafkaConsumer(
        "t",
        bootstrap_servers=bootstrap,
        group_id="live",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        client_id="member-one",
    )
    deadline = time.monotonic() + 60  # the test's own waits are shorter: never outlive it
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            # A long poll: kafka-python 3.0.12 drops a JoinGroup that completes after its poll
            # timed out (the member then never applies its assignment).
            if c.poll(1000):
                c.commit()
                ready.append(1)
    finally:
        c.close()


async def test_groups_offsets_and_lag(target: Callable[[], Any]) -> None:
    async with target() as (boot, kboot, _), Admin(boot) as admin:
        await admin.create_topic("t", 2)
        await anyio.to_thread.run_sync(produce, kboot, "t", 10)
        tp0, tp1 = TopicPartition("t", 0), TopicPartition("t", 1)

        # a group with no members: offsets set and read through the admin
        await admin.alter_group_offsets("idle", {tp0: 2, tp1: OffsetAndMetadata(4, "note")})
        offsets = await admin.list_group_offsets("idle")
        assert offsets == {tp0: OffsetAndMetadata(2, ""), tp1: OffsetAndMetadata(4, "note")}
        assert await admin.group_lag("idle") == {tp0: 3, tp1: 1}
        assert [g.group_id for g in await admin.list_groups()] == ["idle"]
        await admin.delete_group_offsets("idle", [tp0])
        assert set(await admin.list_group_offsets("idle")) == {tp1}

        # a live classic group
        stop = anyio.Event()
        seen: list[int] = []
        async with anyio.create_task_group() as tg:
            tg.start_soon(anyio.to_thread.run_sync, consume_in_group, kboot, stop, seen)
            try:
                await check_live_group(admin, seen, tp0, tp1)
            finally:  # a failed check must not leave the consumer thread polling
                stop.set()
        assert await admin.group_lag("live") == {tp0: 0, tp1: 0}
        results = await admin.delete_groups(["live", "idle", "ghost"])
        assert results["live"] is None and results["idle"] is None
        assert isinstance(results["ghost"], BrokerError)
        assert await admin.list_groups() == []


async def check_live_group(
    admin: Admin, seen: list[int], tp0: TopicPartition, tp1: TopicPartition
) -> None:
    with anyio.fail_after(30):
        while not seen:
            await anyio.sleep(0.1)
        listed = {g.group_id: g for g in await admin.list_groups()}
        assert listed["live"].state == "Stable" and listed["live"].type == "classic"
        assert [g.group_id for g in await admin.list_groups(states=["Empty"])] == ["idle"]
        desc = (await admin.describe_groups(["live"]))["live"]
        assert desc.protocol_type == "consumer" and desc.state == "Stable"
        [member] = desc.members
        assert member.client_id == "member-one"
        assert sorted(member.assignment) == [tp0, tp1]
        with pytest.raises(BrokerError, match="NON_EMPTY_GROUP"):
            await admin.delete_group("live")
        with pytest.raises(BrokerError, match="GROUP_SUBSCRIBED_TO_TOPIC"):
            await admin.delete_group_offsets("live", [tp0])


async def test_unreachable_broker_is_a_clear_error() -> None:
    with pytest.raises(BrokerUnreachableError) as ei:
        async with Admin("127.0.0.1:1", connect_timeout_ms=500):
            pass
    assert str(ei.value).startswith("no broker reachable at 127.0.0.1:1 ("), ei.value
    assert str(ei.value).count("no broker reachable") == 1, ei.value  # said once, not twice


async def test_missing_things_are_named_in_the_error(target: Callable[[], Any]) -> None:
    """Errors about what does not exist say which thing, in words, on every broker."""
    async with target() as (bootstrap, _kp, eventual), Admin(bootstrap) as admin:
        with pytest.raises(UnknownTopicError, match="topic 'nosuch' does not exist"):
            await admin.describe_topics(["nosuch"])
        with pytest.raises(UnknownTopicError, match="topic 'nosuch' does not exist"):
            await admin.delete_records({TopicPartition("nosuch", 0): 1})
        with pytest.raises(BrokerError, match=r"GROUP_ID_NOT_FOUND.*delete group 'never'"):
            await admin.delete_group("never")
        await admin.create_topic("gone", 1)
        await settled(lambda: admin.list_topics(), lambda ts: "gone" in ts, eventual)
        await admin.delete_topic("gone")
        await settled(lambda: admin.list_topics(), lambda ts: "gone" not in ts, eventual)
        with pytest.raises(UnknownTopicError):
            await admin.delete_topic("gone")
