"""The transport-free broker core: idempotent produce rules, also across a restart."""

from __future__ import annotations

import anyio
import pytest

from fluxmq.protocol import messages
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.api_versions_response import ApiVersionsResponse
from fluxmq.protocol.messages.find_coordinator_request import FindCoordinatorRequest
from fluxmq.protocol.messages.find_coordinator_response import FindCoordinatorResponse
from fluxmq.protocol.messages.init_producer_id_request import InitProducerIdRequest
from fluxmq.protocol.messages.init_producer_id_response import InitProducerIdResponse
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
TRANSACTIONAL_ID_AUTHORIZATION_FAILED = 53
REBOOTSTRAP_REQUIRED = 129


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


def _ask(broker: Broker, api_key: int, version: int, req: Message) -> Message:
    async def go() -> Message:
        resp = await broker.handle(RequestContext(api_key, version), req)
        assert resp is not None
        return resp

    return anyio.run(go)


def test_every_decodable_api_versions_version_is_served(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Clients open connections with the newest ApiVersions they know (franz-go with v5): a
    version the generated protocol decodes but the broker did not serve was answered
    UNSUPPORTED_VERSION in that version's layout, which such a client cannot parse. A newer
    schema pin must come with the handler serving it."""
    b = _broker(tmp_path)
    assert b.apis[18].max_version == messages.APIS[18].max_version


def test_api_versions_v5_checks_the_cluster_and_node(tmp_path) -> None:  # type: ignore[no-untyped-def]
    b = _broker(tmp_path)
    ok = [ApiVersionsRequest(), ApiVersionsRequest(cluster_id=b.cluster_id, node_id=b.node_id)]
    for req in ok:
        resp = _ask(b, 18, 5, req)
        assert isinstance(resp, ApiVersionsResponse) and resp.error_code == 0
        assert {k.api_key for k in resp.api_keys} >= {0, 1, 3, 18}
    wrong = [
        ApiVersionsRequest(cluster_id="another-cluster", node_id=b.node_id),
        ApiVersionsRequest(cluster_id=b.cluster_id, node_id=b.node_id + 1),
    ]
    for req in wrong:
        resp = _ask(b, 18, 5, req)
        assert isinstance(resp, ApiVersionsResponse) and resp.error_code == REBOOTSTRAP_REQUIRED
    # before v5 the fields do not exist on the wire: nothing to check
    resp = _ask(b, 18, 4, wrong[0])
    assert isinstance(resp, ApiVersionsResponse) and resp.error_code == 0


def test_transactional_ids_fail_fast(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """No transaction coordinator: a transactional id gets the fatal
    TRANSACTIONAL_ID_AUTHORIZATION_FAILED (with a message saying why), not the retriable
    COORDINATOR_NOT_AVAILABLE that kept transactional producers retrying until their own
    timeouts; idempotent producers are unaffected."""
    b = _broker(tmp_path)
    fc = _ask(b, 10, 4, FindCoordinatorRequest(key_type=1, coordinator_keys=["tx"]))
    assert isinstance(fc, FindCoordinatorResponse)
    c = fc.coordinators[0]
    assert c.error_code == TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    assert c.error_message is not None and "transactions are not supported" in c.error_message
    fc = _ask(b, 10, 3, FindCoordinatorRequest(key_type=1, key="tx"))
    assert isinstance(fc, FindCoordinatorResponse)
    assert fc.error_code == TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    ip = _ask(b, 22, 4, InitProducerIdRequest(transactional_id="tx", transaction_timeout_ms=60000))
    assert isinstance(ip, InitProducerIdResponse)
    assert ip.error_code == TRANSACTIONAL_ID_AUTHORIZATION_FAILED
    ip = _ask(b, 22, 4, InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=-1))
    assert isinstance(ip, InitProducerIdResponse)
    assert ip.error_code == 0 and ip.producer_id >= 0
    fc = _ask(b, 10, 4, FindCoordinatorRequest(key_type=0, coordinator_keys=["g"]))
    assert isinstance(fc, FindCoordinatorResponse) and fc.coordinators[0].error_code == 0
