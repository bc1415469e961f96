"""Incremental fetch sessions (KIP-227) in the broker core: what a session answers, when it
ends, and every session error a client can receive."""

from __future__ import annotations

import uuid
from pathlib import Path

import anyio
import pytest

from fluxmq.protocol.messages.fetch_request import (
    FetchPartition,
    FetchRequest,
    FetchTopic,
    ForgottenTopic,
)
from fluxmq.protocol.messages.fetch_response import FetchResponse
from fluxmq.protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from fluxmq.protocol.records import build_batch
from fluxmq.server.broker import Broker, RequestContext
from fluxmq.server.config import ServerConfig
from fluxmq.server.fetch_sessions import FetchSessionCache, next_epoch

pytestmark = pytest.mark.timeout(60)

FETCH_SESSION_ID_NOT_FOUND = 70
INVALID_FETCH_SESSION_EPOCH = 71
FETCH_SESSION_TOPIC_ID_ERROR = 106
UNKNOWN_TOPIC_OR_PARTITION = 3


def _broker(tmp_path: Path, **config: object) -> Broker:
    b = Broker(ServerConfig(data_dir=str(tmp_path), **config))  # type: ignore[arg-type]
    b.create_topic("a", 2)
    b.create_topic("b", 1)
    return b


def _produce(b: Broker, topic: str, partition: int, n: int = 1) -> None:
    req = ProduceRequest(
        acks=-1,
        timeout_ms=1000,
        topic_data=[
            TopicProduceData(
                topic, partition_data=[PartitionProduceData(partition, build_batch([b"x"] * n))]
            )
        ],
    )
    resp = anyio.run(b.handle, RequestContext(0, 9), req)
    assert resp.responses[0].partition_responses[0].error_code == 0  # type: ignore[union-attr]


def _fetch(
    b: Broker,
    session_id: int,
    epoch: int,
    parts: dict[str, dict[int, int]],
    *,
    forget: dict[str, list[int]] | None = None,
    version: int = 12,
    max_wait_ms: int = 0,
    max_bytes: int = 1 << 20,
) -> FetchResponse:
    """`parts`: topic -> {partition: fetch offset}; topics by name, or by id from v13."""
    ids = {n: i.topic_id for n, i in b.storage.catalog.topics.items()}

    def topic(name: str) -> dict[str, object]:
        return {"topic_id": ids.get(name, uuid.uuid4())} if version >= 13 else {"topic": name}

    req = FetchRequest(
        replica_id=-1,
        max_wait_ms=max_wait_ms,
        min_bytes=1,
        max_bytes=max_bytes,
        session_id=session_id,
        session_epoch=epoch,
        topics=[
            FetchTopic(
                **topic(t),  # type: ignore[arg-type]
                partitions=[
                    FetchPartition(partition=p, fetch_offset=o, partition_max_bytes=1 << 20)
                    for p, o in ps.items()
                ],
            )
            for t, ps in parts.items()
        ],
        forgotten_topics_data=[
            ForgottenTopic(**topic(t), partitions=ps)  # type: ignore[arg-type]
            for t, ps in (forget or {}).items()
        ],
    )
    resp = anyio.run(b.handle, RequestContext(1, version), req)
    assert isinstance(resp, FetchResponse)
    return resp


def _answered(resp: FetchResponse, b: Broker | None = None) -> dict[tuple[str, int], int]:
    """(topic, partition) -> number of bytes of records in the response."""
    names = {}
    if b is not None:
        names = {i.topic_id: n for n, i in b.storage.catalog.topics.items()}
    out = {}
    for t in resp.responses:
        for p in t.partitions:
            out[(t.topic or names.get(t.topic_id, "?"), p.partition_index)] = len(p.records or b"")
    return out


def test_a_session_answers_only_what_changed(tmp_path: Path) -> None:
    b = _broker(tmp_path)
    _produce(b, "a", 0, 3)
    full = _fetch(b, 0, 0, {"a": {0: 0, 1: 0}, "b": {0: 0}})
    sid = full.session_id
    assert full.error_code == 0 and sid > 0
    assert set(_answered(full)) == {("a", 0), ("a", 1), ("b", 0)}
    assert _answered(full)[("a", 0)] > 0

    # The client moved its position on a-0; nothing else changed: an empty answer.
    quiet = _fetch(b, sid, 1, {"a": {0: 3}})
    assert (quiet.error_code, quiet.session_id, list(quiet.responses)) == (0, sid, [])

    # New records on b-0, which this request does not name: the session still reads it.
    _produce(b, "b", 0, 2)
    news = _fetch(b, sid, 2, {})
    assert _answered(news) == {("b", 0): _answered(news)[("b", 0)]}
    assert _answered(news)[("b", 0)] > 0
    assert news.responses[0].partitions[0].high_watermark == 2

    # Forgotten partitions are not reported any more, whatever happens to them.
    _produce(b, "a", 1)
    gone = _fetch(b, sid, 3, {"b": {0: 2}}, forget={"a": [1]})
    assert not gone.responses
    assert b.fetch_sessions.get(sid) is not None
    assert set(b.fetch_sessions.get(sid).partitions) == {("a", 0), ("b", 0)}  # type: ignore[union-attr]

    # A log start offset moving is news too (DeleteRecords).
    anyio.run(b.storage.delete_records, "a", 0, 2)
    moved = _fetch(b, sid, 4, {})
    assert moved.responses[0].partitions[0].log_start_offset == 2
    assert _answered(moved) == {("a", 0): 0}


def test_session_errors_and_endings(tmp_path: Path) -> None:
    b = _broker(tmp_path)
    sid = _fetch(b, 0, 0, {"a": {0: 0}}).session_id
    assert sid > 0

    unknown = _fetch(b, sid + 1, 1, {})
    assert (unknown.error_code, unknown.session_id) == (FETCH_SESSION_ID_NOT_FOUND, 0)
    wrong = _fetch(b, sid, 5, {})
    assert (wrong.error_code, wrong.session_id) == (INVALID_FETCH_SESSION_EPOCH, 0)
    # A session made with topic names cannot be continued with topic ids.
    mixed = _fetch(b, sid, 1, {}, version=13)
    assert mixed.error_code == FETCH_SESSION_TOPIC_ID_ERROR
    assert _fetch(b, sid, 1, {}).error_code == 0  # the errors left the session intact

    # Epoch -1 closes the session named and opens none.
    final = _fetch(b, sid, -1, {"a": {0: 0}})
    assert (final.error_code, final.session_id) == (0, 0)
    assert set(_answered(final)) == {("a", 0)}
    assert _fetch(b, sid, 2, {}).error_code == FETCH_SESSION_ID_NOT_FOUND

    # A new full request naming an old session replaces it.
    first = _fetch(b, 0, 0, {"a": {0: 0}}).session_id
    second = _fetch(b, first, 0, {"b": {0: 0}}).session_id
    assert second not in (0, first)
    assert b.fetch_sessions.get(first) is None

    # Forgetting every partition ends the session.
    assert _fetch(b, second, 1, {}, forget={"b": [0]}).session_id == 0
    assert b.fetch_sessions.get(second) is None


def test_topic_id_sessions_and_errors_inside_a_session(tmp_path: Path) -> None:
    b = _broker(tmp_path)
    full = _fetch(b, 0, 0, {"a": {0: 0}, "ghost": {0: 0}}, version=13)
    sid = full.session_id
    assert sid > 0 and b.fetch_sessions.get(sid).uses_topic_ids  # type: ignore[union-attr]
    assert _answered(full, b) == {("a", 0): 0, ("?", 0): 0}
    # A partition in error is answered every time (so the client sees it until it recovers).
    again = _fetch(b, sid, 1, {}, version=13)
    assert [p.error_code for t in again.responses for p in t.partitions] == [100]
    _produce(b, "a", 0)
    later = _fetch(b, sid, 2, {}, version=13)
    assert _answered(later, b)[("a", 0)] > 0
    assert b.fetch_sessions.get(sid).partitions  # type: ignore[union-attr]
    # A deleted topic turns into an error inside the session.
    b.delete_topic("a")
    deleted = _fetch(b, sid, 3, {}, version=13)
    assert sorted(p.error_code for t in deleted.responses for p in t.partitions) == [100, 100]


def test_long_poll_wakes_on_a_partition_the_request_does_not_name(tmp_path: Path) -> None:
    b = _broker(tmp_path)
    sid = _fetch(b, 0, 0, {"a": {0: 0}, "b": {0: 0}}).session_id

    async def go() -> tuple[float, FetchResponse]:
        req = FetchRequest(
            replica_id=-1, max_wait_ms=5000, min_bytes=1, session_id=sid, session_epoch=1
        )
        async with anyio.create_task_group() as tg:

            async def later() -> None:
                await anyio.sleep(0.2)
                batch = build_batch([b"late"])
                preq = ProduceRequest(
                    acks=1,
                    timeout_ms=1000,
                    topic_data=[
                        TopicProduceData("b", partition_data=[PartitionProduceData(0, batch)])
                    ],
                )
                await b.handle(RequestContext(0, 9), preq)

            tg.start_soon(later)
            started = anyio.current_time()
            resp = await b.handle(RequestContext(1, 12), req)
            assert isinstance(resp, FetchResponse)
            return anyio.current_time() - started, resp

    took, resp = anyio.run(go)
    assert 0.15 < took < 4
    assert set(_answered(resp)) == {("b", 0)}


def test_partitions_that_answered_move_behind_the_others(tmp_path: Path) -> None:
    b = _broker(tmp_path)
    for p in (0, 1):
        _produce(b, "a", p, 50)
    sid = _fetch(b, 0, 0, {"a": {0: 50, 1: 50}}).session_id
    session = b.fetch_sessions.get(sid)
    assert session is not None
    _produce(b, "a", 0, 50)
    # Only a-0 has news: it answers and moves to the back.
    assert set(_answered(_fetch(b, sid, 1, {}))) == {("a", 0)}
    assert list(session.partitions) == [("a", 1), ("a", 0)]
    # With a 1-byte response limit the partition now first is the one that gets records.
    _produce(b, "a", 0, 50)
    _produce(b, "a", 1, 50)
    resp = _fetch(b, sid, 2, {"a": {0: 100}}, max_bytes=1)
    sizes = _answered(resp)
    assert sizes[("a", 1)] > 0 and sizes[("a", 0)] == 0


def test_sessions_are_not_made_for_old_versions_or_without_room(tmp_path: Path) -> None:
    b = _broker(tmp_path, fetch_session_cache_slots=1)
    assert _fetch(b, 0, 0, {"a": {0: 0}}, version=6).session_id == 0
    first = _fetch(b, 0, 0, {"a": {0: 0}}).session_id
    assert first > 0
    # The cache is full and its one session is fresh: no session, a plain full answer.
    crowded = _fetch(b, 0, 0, {"a": {0: 0, 1: 0}})
    assert crowded.session_id == 0 and set(_answered(crowded)) == {("a", 0), ("a", 1)}


def test_cache_eviction_rules() -> None:
    from fluxmq.server.fetch_sessions import CachedPartition

    def parts(n: int) -> list[CachedPartition]:
        return [CachedPartition("t", uuid.UUID(int=0), i, 0, 1) for i in range(n)]

    cache = FetchSessionCache(max_entries=2, eviction_ms=1000)
    small = cache.create(0, parts(1), False)
    big = cache.create(0, parts(3), False)
    assert cache.create(500, parts(5), False) == 0  # both too young to evict
    cache.touch(cache.get(big), 1500)  # type: ignore[arg-type]
    # `small` is stale (unused for > 1 s): it goes first
    third = cache.create(1600, parts(1), False)
    assert third and cache.get(small) is None
    # no stale session; an older, smaller one gives way only to a bigger new one
    assert cache.create(1700, parts(3), False) == 0
    fourth = cache.create(1700, parts(4), False)
    assert fourth and cache.get(big) is None and len(cache) == 2
    assert next_epoch(2**31 - 1) == 1 and next_epoch(-1) == -1 and next_epoch(0) == 1
