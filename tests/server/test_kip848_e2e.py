"""KIP-848 against a real broker with librdkafka's consumer-protocol consumers
(confluent-kafka, `group.protocol=consumer`): three consumers split six partitions and read
every record once; a leaving consumer's partitions move; the group and its commits survive a
broker restart. The full multi-client suite is tests/server/test_groups_clients.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import pytest
from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic

from .conftest import BrokerProcess

pytestmark = pytest.mark.timeout(180)

PROPS = {
    "group.consumer.heartbeat.interval.ms": "500",
    "group.consumer.min.heartbeat.interval.ms": "100",
    "group.consumer.session.timeout.ms": "6000",
    "group.consumer.min.session.timeout.ms": "1000",
}
TOPIC = "k848"
GROUP = "g848"


def setup_topic(bootstrap: str, records: int) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(TOPIC, 6, 1)]).values():
        f.result(10)
    p = Producer({"bootstrap.servers": bootstrap})
    for i in range(records):
        p.produce(TOPIC, value=str(i).encode(), partition=i % 6)
    assert p.flush(10) == 0


def consumer(bootstrap: str) -> Consumer:
    c = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": GROUP,
            "group.protocol": "consumer",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    c.subscribe([TOPIC])
    return c


def poll_until(
    consumers: Sequence[Consumer],
    done: Callable[[list[list[int]], list[int]], bool],
    got: list[int],
    timeout: float = 60,
) -> list[list[int]]:
    """Poll every consumer in turn until `done(assignments, records)`; commits what it reads."""
    deadline = time.monotonic() + timeout
    while True:
        for c in consumers:
            m = c.poll(0.05)
            if m is not None and m.error() is None:
                got.append(int(m.value()))
                c.commit(message=m, asynchronous=False)
        assignments = [sorted(tp.partition for tp in c.assignment()) for c in consumers]
        if done(assignments, got):
            return assignments
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out: assignments {assignments}, {len(got)} records")


def split_evenly(n: int) -> Callable[[list[list[int]], list[int]], bool]:
    def check(assignments: list[list[int]], got: list[int]) -> bool:
        flat = sorted(p for a in assignments for p in a)
        return flat == list(range(6)) and all(len(a) == 6 // n for a in assignments)

    return check


def describe(bootstrap: str) -> object:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    return admin.describe_consumer_groups([GROUP])[GROUP].result(10)


def test_three_consumers_split_six_partitions(
    broker_factory: Callable[..., BrokerProcess],
) -> None:
    broker = broker_factory(PROPS)
    bs = broker.bootstrap
    setup_topic(bs, 60)
    consumers = [consumer(bs) for _ in range(3)]
    got: list[int] = []
    try:
        split = split_evenly(3)
        poll_until(consumers, lambda a, g: split(a, g) and len(g) >= 60, got)
        assert sorted(got) == list(range(60))  # no record twice, none skipped
        desc = describe(bs)
        assert desc.state.name == "STABLE" and desc.type.name == "CONSUMER"  # type: ignore[attr-defined]
        owned = sorted(
            tp.partition
            for m in desc.members  # type: ignore[attr-defined]
            for tp in m.assignment.topic_partitions
        )
        assert owned == list(range(6))

        # one leaves: the other two take its partitions, nothing is read twice
        consumers.pop().close()
        poll_until(consumers, split_evenly(2), got)
    finally:
        for c in consumers:
            c.close()
    assert sorted(got) == list(range(60))


def test_group_and_commits_survive_a_restart(
    broker_factory: Callable[..., BrokerProcess],
) -> None:
    broker = broker_factory(PROPS)
    setup_topic(broker.bootstrap, 30)
    got: list[int] = []
    c = consumer(broker.bootstrap)
    try:
        poll_until([c], lambda a, g: len(g) >= 30, got)
    finally:
        c.close()
    before = describe(broker.bootstrap)
    assert before.state.name == "EMPTY"  # type: ignore[attr-defined]
    broker.restart()
    after = describe(broker.bootstrap)
    assert after.type.name == "CONSUMER" and after.state.name == "EMPTY"  # type: ignore[attr-defined]
    # a new member resumes after the committed offsets: nothing old comes back
    p = Producer({"bootstrap.servers": broker.bootstrap})
    for i in range(30, 36):
        p.produce(TOPIC, value=str(i).encode(), partition=i % 6)
    assert p.flush(10) == 0
    c = consumer(broker.bootstrap)
    try:
        poll_until([c], lambda a, g: len(g) >= 36, got)
    finally:
        c.close()
    assert sorted(got) == list(range(36))
