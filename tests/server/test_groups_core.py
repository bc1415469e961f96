"""Groups through the transport-free broker core: versions, __consumer_offsets on disk,
restart, and the broker with groups switched off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest

from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.find_coordinator_request import FindCoordinatorRequest
from fluxmq.protocol.messages.join_group_request import JoinGroupRequest, JoinGroupRequestProtocol
from fluxmq.protocol.messages.offset_commit_request import (
    OffsetCommitRequest,
    OffsetCommitRequestPartition,
    OffsetCommitRequestTopic,
)
from fluxmq.protocol.messages.offset_fetch_request import (
    OffsetFetchRequest,
    OffsetFetchRequestGroup,
    OffsetFetchRequestTopic,
    OffsetFetchRequestTopics,
)
from fluxmq.protocol.messages.sync_group_request import SyncGroupRequest
from fluxmq.server.broker import GROUP_APIS, Broker, RequestContext
from fluxmq.server.config import ServerConfig
from fluxmq.server.group_store import OFFSETS_TOPIC

pytestmark = pytest.mark.timeout(60)


def call(broker: Broker, api: int, version: int, req: Message) -> Any:
    async def go() -> Any:
        async with anyio.create_task_group() as tg:
            if broker.groups is not None:  # group timeouts (a 0 ms initial delay) must run
                tg.start_soon(broker._drive_group_timers)
            resp = await broker.handle(RequestContext(api, version, client_id="cli"), req)
            tg.cancel_scope.cancel()
        assert resp is not None
        # every response must encode in the version it answers
        resp.encode(version)
        return resp

    return anyio.run(go)


def make(tmp_path: Path, **kw: Any) -> Broker:
    cfg = ServerConfig(data_dir=str(tmp_path)).with_properties(
        {"group.initial.rebalance.delay.ms": "0", "offsets.topic.num.partitions": "5"}
    )
    from dataclasses import replace

    b = Broker(replace(cfg, **kw))
    if "t" not in b.storage.catalog.topics:
        b.create_topic("t", 2)
    return b


def commit(broker: Broker, version: int, offset: int, **kw: Any) -> Any:
    topic = (
        OffsetCommitRequestTopic(
            topic_id=broker.storage.catalog.topics["t"].topic_id,
            partitions=[OffsetCommitRequestPartition(1, offset, committed_metadata="m")],
        )
        if version >= 10
        else OffsetCommitRequestTopic(
            "t", partitions=[OffsetCommitRequestPartition(1, offset, committed_metadata="m")]
        )
    )
    req = OffsetCommitRequest(group_id="g", generation_id_or_member_epoch=-1, topics=[topic], **kw)
    return call(broker, 8, version, req)


@pytest.mark.parametrize("version", range(2, 11))
def test_commit_and_fetch_every_version(tmp_path: Path, version: int) -> None:
    b = make(tmp_path)
    resp = commit(b, version, 40 + version)
    assert resp.topics[0].partitions[0].error_code == 0
    for fv in range(1, 11):
        if fv < 8:
            req = OffsetFetchRequest(group_id="g", topics=[OffsetFetchRequestTopic("t", [1, 0])])
            parts = call(b, 9, fv, req).topics[0].partitions
        else:
            t = OffsetFetchRequestTopics(
                name="t", topic_id=b.storage.catalog.topics["t"].topic_id, partition_indexes=[1, 0]
            )
            req = OffsetFetchRequest(groups=[OffsetFetchRequestGroup("g", topics=[t])])
            parts = call(b, 9, fv, req).groups[0].topics[0].partitions
        got = {p.partition_index: (p.committed_offset, p.metadata) for p in parts}
        assert got == {1: (40 + version, "m"), 0: (-1, "")}, fv
    b.close()


def test_join_every_version_and_offsets_survive_restart(tmp_path: Path) -> None:
    b = make(tmp_path)
    for v in range(10):
        join = JoinGroupRequest(
            group_id=f"g{v}",
            session_timeout_ms=10_000,
            rebalance_timeout_ms=10_000,
            protocol_type="consumer",
            protocols=[JoinGroupRequestProtocol("range", b"meta")],
        )
        resp = call(b, 11, v, join)
        if v >= 4:
            assert resp.error_code == 79
            join.member_id = resp.member_id
            resp = call(b, 11, v, join)
        assert resp.error_code == 0 and resp.generation_id == 1
        sync = SyncGroupRequest(
            group_id=f"g{v}", generation_id=1, member_id=resp.member_id, assignments=[]
        )
        assert call(b, 14, min(v, 5), sync).error_code == 0
    commit(b, 9, 77)
    assert OFFSETS_TOPIC in b.storage.catalog.topics
    assert b.storage.catalog.topics[OFFSETS_TOPIC].partitions == 5
    b.close()

    b2 = make(tmp_path)
    assert b2.groups is not None
    assert b2.groups.fetch_offsets("g", None).topics == {"t": [(1, 77, -1, "m", 0)]}
    assert {g.group_id for g in b2.groups.list_groups()} == {f"g{v}" for v in range(10)} | {"g"}
    b2.close()


def test_groups_disabled(tmp_path: Path) -> None:
    b = make(tmp_path, enable_consumer_groups=False)
    keys = {k.api_key for k in call(b, 18, 3, ApiVersionsRequest()).api_keys}
    assert not keys & GROUP_APIS
    resp = call(b, 10, 3, FindCoordinatorRequest(key="g", key_type=0))
    assert resp.error_code == 15 and resp.node_id == -1
    b.close()
