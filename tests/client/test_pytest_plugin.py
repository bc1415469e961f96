"""The fixtures fluxmq ships for users' own tests (entry point pytest11)."""

from __future__ import annotations

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from fluxmq.client.admin import Admin
from fluxmq.client.embedded import EmbeddedBroker

pytestmark = pytest.mark.timeout(60)


def test_fluxmq_server_serves_any_kafka_client(fluxmq_server: EmbeddedBroker) -> None:
    boot = fluxmq_server.bootstrap_servers
    assert not boot.startswith("embedded:")
    p = KafkaProducer(bootstrap_servers=boot)
    p.send("t", b"hello").get(timeout=10)
    p.close(timeout=10)
    c = KafkaConsumer(bootstrap_servers=boot, auto_offset_reset="earliest")
    c.assign([TopicPartition("t", 0)])
    got = c.poll(5000)
    c.close()
    assert [r.value for recs in got.values() for r in recs] == [b"hello"]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_fluxmq_broker_in_the_event_loop(
    fluxmq_broker: EmbeddedBroker, anyio_backend: str
) -> None:
    async with Admin(fluxmq_broker) as admin:  # in-process
        assert admin.transport.is_embedded
        await admin.create_topic("x", 2)
        assert await admin.list_topics() == ["x"]
    async with Admin(fluxmq_broker.in_process_servers) as admin:
        assert admin.transport.is_embedded
        assert await admin.list_topics() == ["x"]
    host, port = fluxmq_broker.address
    assert fluxmq_broker.bootstrap_servers == f"{host}:{port}"
    async with Admin(fluxmq_broker.bootstrap_servers) as admin:  # the same broker over TCP
        assert not admin.transport.is_embedded
        assert await admin.list_topics() == ["x"]
