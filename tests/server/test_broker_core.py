"""The transport-free broker core: idempotent produce rules, also across a restart."""

from __future__ import annotations

import anyio
import pytest

from fluxmq.protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from fluxmq.protocol.messages.produce_response import ProduceResponse
from fluxmq.protocol.records import build_batch
from fluxmq.server.broker import Broker, RequestContext
from fluxmq.server.config import ServerConfig

pytestmark = pytest.mark.timeout(60)

OUT_OF_ORDER = 45
INVALID_EPOCH = 47


def _produce(broker: Broker, batch: bytes, version: int = 9) -> tuple[int, int]:
    req = ProduceRequest(
        acks=-1,
        timeout_ms=1000,
        topic_data=[TopicProduceData("t", partition_data=[PartitionProduceData(0, batch)])],
    )

    async def go() -> ProduceResponse:
        resp = await broker.handle(RequestContext(0, version), req)
        assert isinstance(resp, ProduceResponse)
        return resp

    resp = anyio.run(go)
    p = resp.responses[0].partition_responses[0]
    return p.error_code, p.base_offset


def _batch(seq: int, n: int = 3, epoch: int = 0, pid: int = 7) -> bytes:
    return build_batch(
        [b"v%d" % (seq + i) for i in range(n)],
        producer_id=pid,
        producer_epoch=epoch,
        base_sequence=seq,
        timestamps=1000,
    )


def _broker(tmp_path) -> Broker:  # type: ignore[no-untyped-def]
    b = Broker(ServerConfig(data_dir=str(tmp_path)))
    if "t" not in b.storage.catalog.topics:
        b.create_topic("t", 1)
    return b


def test_duplicates_gaps_and_epochs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    b = _broker(tmp_path)
    assert _produce(b, _batch(0)) == (0, 0)
    assert _produce(b, _batch(3)) == (0, 3)
    assert _produce(b, _batch(0)) == (0, 0)  # a retry: the original offsets, nothing appended
    assert _produce(b, _batch(3)) == (0, 3)
    assert b.storage.get_log("t", 0).log_end_offset == 6
    assert _produce(b, _batch(9))[0] == OUT_OF_ORDER  # a gap
    assert _produce(b, _batch(6, epoch=1))[0] == OUT_OF_ORDER  # a new epoch must start at 0
    assert _produce(b, _batch(0, epoch=1)) == (0, 6)
    assert _produce(b, _batch(3, epoch=0))[0] == INVALID_EPOCH  # fenced older epoch
    assert b.storage.get_log("t", 0).log_end_offset == 9
    b.close()


def test_duplicate_detected_after_a_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    b = _broker(tmp_path)
    for seq in range(0, 15, 3):
        assert _produce(b, _batch(seq))[0] == 0
    b.close()
    b = _broker(tmp_path)  # producer state comes back from the log
    assert _produce(b, _batch(12)) == (0, 12)
    assert _produce(b, _batch(18))[0] == OUT_OF_ORDER
    assert _produce(b, _batch(15)) == (0, 15)
    assert b.storage.get_log("t", 0).log_end_offset == 18
    b.close()
