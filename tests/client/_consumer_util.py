"""Helpers for the consumer tests: raw produce (independent of our Producer), broker props."""

from __future__ import annotations

import time
from collections.abc import Sequence

import anyio

from fluxmq.client.base import ClientBase
from fluxmq.client.embedded import EmbeddedBroker
from fluxmq.protocol.messages.error_codes import RETRIABLE_CODES
from fluxmq.protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from fluxmq.protocol.messages.produce_response import ProduceResponse
from fluxmq.protocol.records import build_batch

GROUP_PROPS = {
    "num.partitions": "6",
    "group.initial.rebalance.delay.ms": "0",
    "group.min.session.timeout.ms": "1000",
    "group.max.session.timeout.ms": "60000",
    "group.consumer.heartbeat.interval.ms": "500",
    "group.consumer.min.heartbeat.interval.ms": "100",
    "group.consumer.session.timeout.ms": "3000",
    "group.consumer.min.session.timeout.ms": "1000",
}

# quick group settings for our consumer
FAST_GROUP = {
    "session_timeout_ms": 3000,
    "heartbeat_interval_ms": 300,
    "metadata_max_age_ms": 2000,
    "fetch_max_wait_ms": 200,
    "auto_offset_reset": "earliest",
}


async def produce_raw(
    bootstrap: str | EmbeddedBroker,
    topic: str,
    partition: int,
    values: Sequence[bytes | None],
    *,
    keys: Sequence[bytes | None] | None = None,
    compression: str = "none",
    batch: int = 1000,
) -> int:
    """Write `values` to one partition with plain Produce requests; the first offset.

    A retriable error (Kafka answers NOT_LEADER_OR_FOLLOWER for a moment after it
    auto-creates a topic) is retried after a metadata refresh, for up to 15 s."""
    client = ClientBase(bootstrap, client_id="test-produce")
    first = -1
    deadline = time.monotonic() + 15
    async with client:
        meta = await client.cluster.wait_for_topic(topic, 10)
        leader = meta.partitions[partition].leader
        version = client.transport.version(0, 3, 12, leader)
        i = 0
        while i < len(values):
            chunk = list(values[i : i + batch])
            ks = None if keys is None else list(keys[i : i + batch])
            data = build_batch(chunk, ks, compression=compression)
            req = ProduceRequest(
                acks=-1,
                timeout_ms=10_000,
                topic_data=[
                    TopicProduceData(
                        name=topic,
                        partition_data=[PartitionProduceData(index=partition, records=data)],
                    )
                ],
            )
            resp = await client.transport.request(req, version, node=leader, timeout=15)
            assert isinstance(resp, ProduceResponse)
            p = resp.responses[0].partition_responses[0]
            if p.error_code in RETRIABLE_CODES and time.monotonic() < deadline:
                await anyio.sleep(0.1)
                await client.cluster.refresh([topic])
                leader = client.cluster.leader(topic, partition)
                leader = meta.partitions[partition].leader if leader is None else leader
                continue
            assert p.error_code == 0, p
            if first < 0:
                first = p.base_offset
            i += batch
    return first
