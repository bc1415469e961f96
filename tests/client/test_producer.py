"""The Producer against fluxmq-server (over TCP), Apache Kafka and an embedded broker.

Records follow tests/server/_records.RecordSpec (index i has a known key, value, headers and
timestamp base+i), so what comes back — read with a raw Fetch, kafka-python, confluent-kafka
or the Java client — is checked field by field, for order, duplicates and murmur2 placement.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest
from kafka.partitioner.default import murmur2 as kp_murmur2

from fluxmq.client.admin import Admin, OffsetSpec
from fluxmq.client.embedded import EmbeddedBroker
from fluxmq.client.errors import (
    BrokerError,
    ClientClosedError,
    ConfigurationError,
    FluxMQError,
    RequestTimeoutError,
    RetriableError,
    UnknownTopicError,
)
from fluxmq.client.partitioner import StickyPartitioner, murmur2, partition_for_key
from fluxmq.client.producer import BufferFullError, Producer, RecordTooLargeError
from fluxmq.client.types import TopicPartition
from tests.kafka_runtime import KafkaServer
from tests.server._clients import ConfluentDriver, ConsumeOp, ConsumeResult, ProduceOp
from tests.server._proxy import CuttingProxy
from tests.server._raw import RawClient, fetch_all
from tests.server._records import Rec, RecordSpec, partition_for, verify
from tests.server.conftest import (  # noqa: F401 (fixtures)
    BrokerProcess,
    broker_factory,
    free_port,
    java_clients,
)

pytestmark = [pytest.mark.timeout(90), pytest.mark.anyio]

PARTITIONS = 3
PROPS = {"num.partitions": str(PARTITIONS)}
CODECS = ("none", "gzip", "snappy", "lz4", "zstd")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


Target = Callable[[], Any]


KAFKA = pytest.param("kafka", marks=pytest.mark.kafka)


@pytest.fixture(params=["server", KAFKA, "embedded"])
def target(request: pytest.FixtureRequest, tmp_path: Any) -> Target:
    """An async context manager giving (producer bootstrap, (host, port) for raw reads)."""
    if request.param == "kafka":
        kafka: Callable[..., KafkaServer] = request.getfixturevalue("kafka_factory")

        @asynccontextmanager
        async def apache_kafka() -> AsyncIterator[tuple[str, tuple[str, int]]]:
            k = kafka(PROPS)
            yield k.bootstrap, k.address

        return apache_kafka
    if request.param == "server":
        make: Callable[..., BrokerProcess] = request.getfixturevalue("broker_factory")

        @asynccontextmanager
        async def server() -> AsyncIterator[tuple[str, tuple[str, int]]]:
            b = make(PROPS)
            yield b.bootstrap, b.address

        return server

    @asynccontextmanager
    async def embedded() -> AsyncIterator[tuple[str, tuple[str, int]]]:
        async with EmbeddedBroker(tmp_path / "data", listen=True, config=PROPS) as eb:
            yield f"embedded://{eb.data_dir}", eb.address

    return embedded


async def produce_spec(p: Producer, topic: str, spec: RecordSpec) -> dict[int, tuple[int, int]]:
    """Produce `spec` with every API (send, enqueue, send_batch); index -> (partition, offset)."""
    idx = list(spec.indexes)
    meta: dict[int, tuple[int, int]] = {}
    third = len(idx) // 3
    for i in idx[:20]:  # one at a time
        m = await p.send(
            topic,
            spec.value(i),
            spec.key(i),
            headers=spec.header_list(i),
            timestamp=spec.timestamp(i),
        )
        meta[i] = (m.partition, m.offset)
    futs = []
    for i in idx[20:third]:
        futs.append(
            (
                i,
                await p.enqueue(
                    topic,
                    spec.value(i),
                    spec.key(i),
                    headers=spec.header_list(i),
                    timestamp=spec.timestamp(i),
                ),
            )
        )
    rest = idx[third:]
    res = await p.send_batch(
        topic,
        [spec.value(i) for i in rest],
        keys=[spec.key(i) for i in rest],
        headers=[spec.header_list(i) for i in rest],
        timestamps=[spec.timestamp(i) for i in rest],
    )
    for i, f in futs:
        m = await f
        meta[i] = (m.partition, m.offset)
    for i, m in zip(rest, res, strict=True):
        meta[i] = (m.partition, m.offset)
    return meta


async def create_writable_topic(bootstrap: str, topic: str) -> None:
    """Create `topic` and wait until every partition's leader serves it. Right after creating
    a topic Kafka's leader may answer NOT_LEADER_OR_FOLLOWER for a moment; with acks=0 it then
    drops the records (closing the connection), as acks=0 allows."""
    tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
    async with Admin(bootstrap) as admin:
        await admin.create_topic(topic, PARTITIONS)
        with anyio.fail_after(20):
            while True:
                try:
                    await admin.list_offsets(dict.fromkeys(tps, OffsetSpec.LATEST))
                    return
                except RetriableError:
                    await anyio.sleep(0.1)


async def read_back(addr: tuple[str, int], topic: str) -> list[Rec]:
    def read() -> list[Rec]:
        with RawClient(*addr) as c:
            return fetch_all(c, topic, PARTITIONS)[0]

    return await anyio.to_thread.run_sync(read)


# ---------------------------------------------------------------- partitioner


def test_murmur2_java_vectors() -> None:
    # org.apache.kafka.common.utils.UtilsTest.testMurmur2
    cases = {
        b"21": -973932308,
        b"foobar": -790332482,
        b"a-little-bit-long-string": -985981536,
        b"a-little-bit-longer-string": -1486304829,
        b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8": -58897971,
        b"abc": 479470107,
    }
    for key, want in cases.items():
        assert murmur2(key) == want, key
    for n in range(64):
        data = os.urandom(n)
        assert murmur2(data) & 0xFFFFFFFF == kp_murmur2(data) & 0xFFFFFFFF
        for parts in (1, 3, 7, 100):
            assert partition_for_key(data, parts) == partition_for(data, parts)
            assert partition_for_key(bytearray(data), parts) == partition_for(data, parts)


def test_sticky_partitioner_sticks_for_a_batch() -> None:
    sp = StickyPartitioner(1000)
    first = sp.partition(100, [0, 1, 2], 3)
    assert [sp.partition(100, [0, 1, 2], 3) for _ in range(9)] == [first] * 9
    second = sp.partition(100, [0, 1, 2], 3)
    assert second != first
    assert StickyPartitioner(10).partition(5, [], 4) in range(4)
    assert {StickyPartitioner(10).partition(5, [2], 4) for _ in range(10)} == {2}


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        Producer("127.0.0.1:1", acks=1, enable_idempotence=True)
    with pytest.raises(ConfigurationError):
        Producer("127.0.0.1:1", max_in_flight_requests_per_connection=6, enable_idempotence=True)
    with pytest.raises(ConfigurationError):
        Producer("127.0.0.1:1", compression_type="brotli")
    with pytest.raises(ConfigurationError):
        Producer("127.0.0.1:1", acks="some")
    assert not Producer("127.0.0.1:1", acks=1).idempotent
    assert Producer("127.0.0.1:1").idempotent


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("codec", CODECS)
async def test_round_trip_every_codec(target: Target, codec: str) -> None:
    spec = RecordSpec(count=1500)
    topic = f"rt-{codec}"
    async with target() as (bootstrap, addr):
        async with Producer(bootstrap, compression_type=codec, linger_ms=2) as p:
            meta = await produce_spec(p, topic, spec)
            assert p.producer_id >= 0 and p.idempotent
        recs = await read_back(addr, topic)

        def batches() -> Counter[int]:
            with RawClient(*addr) as c:
                return Counter(b.codec for b in fetch_all(c, topic, PARTITIONS)[1])

        codecs = await anyio.to_thread.run_sync(batches)
    rep = verify(spec, recs, partitions=PARTITIONS, produced=meta)
    assert rep.ok, rep.summary(codec)
    want = CODECS.index(codec)
    assert set(codecs) == {want}, codecs


@pytest.mark.parametrize("acks", [0, 1])
async def test_acks_0_and_1(target: Target, acks: int) -> None:
    spec = RecordSpec(count=300, headers=False)
    async with target() as (bootstrap, addr):
        await create_writable_topic(bootstrap, f"acks{acks}")
        async with Producer(bootstrap, acks=acks) as p:
            assert not p.idempotent and p.producer_id == -1
            meta = await produce_spec(p, f"acks{acks}", spec)
            await p.flush()
        recs = await read_back(addr, f"acks{acks}")
        with anyio.move_on_after(10):  # acks=0: the broker may still be appending (Kafka)
            while len(recs) < spec.count and acks == 0:
                await anyio.sleep(0.2)
                recs = await read_back(addr, f"acks{acks}")
    if acks == 0:
        assert {o for _, o in meta.values()} == {-1}
    rep = verify(spec, recs, partitions=PARTITIONS, produced=meta)
    assert rep.ok, rep.summary()


async def test_batches_too_large_for_the_topic_are_split(target: Target) -> None:
    """A topic's max.message.bytes below the producer's batch size: the broker answers
    MESSAGE_TOO_LARGE and the producer sends the records again in smaller batches (with
    idempotence: in the refused batch's sequence range), so every record lands once, in
    order; only a record too large on its own fails, with its own future."""
    spec = RecordSpec(count=900)
    topic = "split-me"
    async with target() as (bootstrap, addr):
        async with Admin(bootstrap) as admin:
            await admin.create_topic(topic, PARTITIONS, configs={"max.message.bytes": "4000"})
        async with Producer(bootstrap, linger_ms=50, batch_size=64 * 1024) as p:
            assert p.idempotent
            meta = await produce_spec(p, topic, spec)
            before = await p.enqueue(topic, b"small", partition=0)
            huge = await p.enqueue(topic, b"x" * 6000, partition=0)
            after = await p.enqueue(topic, b"small too", partition=0)
            await p.flush()
            assert huge.done() and isinstance(huge.exception(), BrokerError)
            assert huge.exception().code == 10  # type: ignore[union-attr]
            with pytest.raises(BrokerError):
                huge.result()
            assert before.exception() is None and after.exception() is None
            assert after.result().offset > before.result().offset >= 0
        recs = await read_back(addr, topic)

        def batch_sizes() -> list[int]:
            with RawClient(*addr) as c:
                return [61 + len(b.records_data) for b in fetch_all(c, topic, PARTITIONS)[1]]

        sizes = await anyio.to_thread.run_sync(batch_sizes)
    recs = [r for r in recs if r.value not in (b"small", b"small too")]
    rep = verify(spec, recs, partitions=PARTITIONS, produced=meta)
    assert rep.ok, rep.summary()
    assert max(sizes) <= 4000 and len(sizes) > 3 * PARTITIONS  # split, not refused


async def test_batches_are_idempotent_and_sequenced(tmp_path: Any) -> None:
    async with EmbeddedBroker(tmp_path / "d", listen=True, config=PROPS) as eb:
        async with Producer(eb, batch_size=2000, linger_ms=50) as p:
            res = await p.send_batch("seq", [b"v%05d" % i for i in range(3000)], partition=1)
            futs = [await p.enqueue("seq", b"w", partition=1) for _ in range(500)]
            await p.flush()
            assert all(f.done() and f.exception() is None for f in futs)
            assert [m.offset for m in res] == list(range(3000))
            assert [f.result().offset for f in futs] == list(range(3000, 3500))
            pid = p.producer_id

        def read() -> Any:
            with RawClient(*eb.address) as c:
                return fetch_all(c, "seq", PARTITIONS)[1]

        batches = await anyio.to_thread.run_sync(read)
    assert len(batches) > 10
    seq = 0
    for b in sorted(batches, key=lambda b: b.base_offset):
        assert (b.producer_id, b.base_sequence) == (pid, seq)
        seq += b.count
    assert seq == 3500


async def test_linger_and_batch_size(tmp_path: Any) -> None:
    async with EmbeddedBroker(tmp_path / "d") as eb:
        async with Producer(eb, linger_ms=300, batch_size=100_000) as p:
            await p.send("warm", b"x")
            t0 = time.monotonic()
            fut = await p.enqueue("linger", b"x", partition=0)
            await fut
            assert time.monotonic() - t0 >= 0.25  # waited for the linger
            t0 = time.monotonic()
            f2 = await p.enqueue("linger", b"y", partition=0)
            await p.flush()  # flush skips the linger
            assert f2.done() and time.monotonic() - t0 < 0.25
        async with Producer(eb, linger_ms=10_000, batch_size=1000) as p:
            futs = [await p.enqueue("full", b"z" * 100, partition=0) for _ in range(30)]
            with anyio.fail_after(5):  # full batches go without waiting for the linger
                await futs[5]


# ---------------------------------------------------------------- interop


@pytest.fixture(params=["server", KAFKA])
def tcp_broker(request: pytest.FixtureRequest) -> BrokerProcess | KafkaServer:
    """fluxmq-server or Apache Kafka with PROPS (each has .bootstrap and .address)."""
    if request.param == "kafka":
        return request.getfixturevalue("kafka_factory")(PROPS)  # type: ignore[no-any-return]
    return request.getfixturevalue("broker_factory")(PROPS)  # type: ignore[no-any-return]


async def test_java_and_confluent_read_ours_and_keys_match_java(
    tcp_broker: BrokerProcess | KafkaServer, java_clients: Any  # noqa: F811
) -> None:
    b = tcp_broker
    spec = RecordSpec(count=2000)
    async with Producer(b.bootstrap, compression_type="lz4") as p:
        meta = await produce_spec(p, "ours", spec)
    java = java_clients["4.4.0"]
    op = ConsumeOp("ours", spec.count, timeout_s=60, idle_s=15)
    (jres,) = await anyio.to_thread.run_sync(java.run, b.bootstrap, [op])
    (cres,) = await anyio.to_thread.run_sync(ConfluentDriver().run, b.bootstrap, [op])
    for name, res in (("java", jres), ("confluent", cres)):
        assert isinstance(res, ConsumeResult) and not res.timed_out, name
        rep = verify(spec, res.records, partitions=PARTITIONS, produced=meta)
        assert rep.ok, rep.summary(name)
    # The Java producer puts the same keys on the same partitions.
    (jp,) = await anyio.to_thread.run_sync(
        java.run, b.bootstrap, [ProduceOp("theirs", RecordSpec(count=500, base_ts=spec.base_ts))]
    )
    assert not jp.errors  # type: ignore[union-attr]
    for i, (part, _) in jp.meta.items():  # type: ignore[union-attr]
        if spec.key(i) is not None:
            assert meta[i][0] == part, (i, spec.key(i))


# ---------------------------------------------------------------- failures


@pytest.mark.parametrize("broker", ["server", KAFKA])
async def test_cut_connections_no_duplicates_order_kept(
    request: pytest.FixtureRequest, broker: str
) -> None:
    proxy = CuttingProxy(("127.0.0.1", 0), cut_every_kb=48, max_cuts=30)
    advertised = f"PLAINTEXT://127.0.0.1:{proxy.port}"
    b: BrokerProcess | KafkaServer
    if broker == "kafka":  # the client bootstraps from Kafka, then produces through the proxy
        b = request.getfixturevalue("kafka_factory")({**PROPS, "advertised.listeners": advertised})
    else:
        port = free_port()
        b = request.getfixturevalue("broker_factory")(
            {
                **PROPS,
                "listeners": f"PLAINTEXT://127.0.0.1:{port}",
                "advertised.listeners": advertised,
            },
            port=port,
            start=False,
        )
        b.start()
    proxy.target = b.address
    proxy.start()
    spec = RecordSpec(count=6000)
    try:
        async with Producer(
            b.bootstrap,
            retry_backoff_ms=20,
            reconnect_backoff_ms=20,
            reconnect_backoff_max_ms=200,
            request_timeout_ms=5000,
        ) as p:
            meta = await produce_spec(p, "cut", spec)
    finally:
        proxy.enabled = False
        proxy.stop()
    assert proxy.stats.cuts["lost-response"] > 0, proxy.stats.cuts
    recs = await read_back(b.address, "cut")
    rep = verify(spec, recs, partitions=PARTITIONS, produced=meta)
    assert rep.ok, rep.summary(f"cuts {proxy.stats.cuts}")


async def test_aclose_is_bounded_when_the_broker_is_gone(
    broker_factory: Callable[..., BrokerProcess],  # noqa: F811
) -> None:
    b = broker_factory(PROPS)
    p = Producer(b.bootstrap, linger_ms=50, request_timeout_ms=2000, reconnect_backoff_ms=50)
    await p.start()
    try:
        await p.send("gone", b"first")
        b.kill()
        futs = [await p.enqueue("gone", b"x%d" % i) for i in range(200)]
    finally:
        t0 = time.monotonic()
        await p.aclose(timeout=1.5)
        took = time.monotonic() - t0
    assert took < 4, took
    assert all(f.done() for f in futs)
    assert all(isinstance(f.exception(), FluxMQError) for f in futs)
    with pytest.raises(ClientClosedError):
        await p.send("gone", b"late")


async def test_delivery_timeout_and_back_pressure_when_the_broker_hangs(
    broker_factory: Callable[..., BrokerProcess],  # noqa: F811
) -> None:
    b = broker_factory(PROPS)
    async with Producer(
        b.bootstrap,
        buffer_memory=3000,
        max_block_ms=300,
        linger_ms=0,
        request_timeout_ms=400,
        delivery_timeout_ms=1500,
        retry_backoff_ms=50,
    ) as p:
        await p.send("hang", b"x", partition=0)
        os.kill(b.pid, signal.SIGSTOP)  # connections stay open, nothing answers
        try:
            fut = await p.enqueue("hang", b"y" * 100, partition=0)
            with pytest.raises(RequestTimeoutError, match=r"not acknowledged within 0\.2 s"):
                await p.flush(timeout=0.2)  # also a TimeoutError, and retriable
            t0 = time.monotonic()
            with pytest.raises(BufferFullError):
                for _ in range(100):
                    await p.enqueue("hang", b"z" * 100, partition=0)
            assert 0.25 < time.monotonic() - t0 < 3
            with anyio.fail_after(10):
                with pytest.raises(FluxMQError):
                    await fut  # fails once delivery_timeout_ms has passed
            assert time.monotonic() - t0 < 6
        finally:
            os.kill(b.pid, signal.SIGCONT)
        # the broker is back: sending works again (the producer bumped its epoch if needed)
        with anyio.fail_after(20):
            m = await p.send("hang", b"after", partition=0)
        assert m.offset >= 1


async def test_back_pressure_bounds_the_buffer(tmp_path: Any) -> None:
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        # Room for a few records at a time: sending many still works, bounded.
        async with Producer(eb, buffer_memory=5000, batch_size=2000) as p:
            futs = []
            for i in range(300):
                futs.append(await p.enqueue("bp", b"%0100d" % i))
                assert p.buffered_bytes <= 5000
            res = await p.send_batch("bp", [b"y" * 100] * 500)
            assert len(res) == 500 and all(m.offset >= 0 for m in res)
            for f in futs:
                await f
            assert p.buffered_bytes == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"value": "a str"}, "value must be bytes-like or None, not str"),
        ({"value": 7}, "no len|value must be bytes-like"),
        ({"key": "k"}, "key must be bytes-like or None, not str"),
        ({"headers": [("h", "v")]}, "header must be a"),
        ({"headers": [(b"h", b"v")]}, "header must be a"),
        ({"headers": "hv"}, "headers must be a sequence of pairs"),
        ({"timestamp": 1.5}, "timestamp must be an int"),
        ({"partition": "0"}, "partition must be an int"),
    ],
)
async def test_a_record_of_the_wrong_type_is_refused_by_the_call(
    tmp_path: Any, kwargs: dict[str, Any], message: str
) -> None:
    """The call raises TypeError and adds nothing: the records around it are sent (a str
    value used to be accepted, then broke its whole batch in the sender)."""
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        async with Producer(eb, linger_ms=20) as p:
            before = await p.enqueue("ty", b"before")
            args = {"value": b"v", **kwargs}
            value = args.pop("value")
            with pytest.raises(TypeError, match=message):
                await p.enqueue("ty", value, **args)
            with pytest.raises(TypeError, match=message):
                await p.send("ty", value, **args)
            after = await p.enqueue("ty", b"after")
            with anyio.fail_after(10):
                m0, m1 = await before, await after
            assert (m1.partition, m1.offset) == (m0.partition, m0.offset + 1)


async def test_send_batch_with_a_value_of_the_wrong_type_fails_alone(tmp_path: Any) -> None:
    """send_batch does not check each value up front (it is the fast bulk path): the batch
    that cannot be encoded fails with a TypeError that says why, takes no sequence numbers,
    and what is sent after it is accepted (an idempotent producer's sequence has no gap)."""
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        async with Producer(eb, linger_ms=20) as p:
            first = await p.send("tb", b"first", partition=0)
            with anyio.fail_after(10), pytest.raises(TypeError, match="cannot be encoded"):
                await p.send_batch("tb", [b"a", "b", b"c"], partition=0)
            with anyio.fail_after(10):
                res = await p.send_batch("tb", [b"d", b"e"], partition=0)
                last = await p.send("tb", b"last", partition=0)
            assert [m.offset for m in res] + [last.offset] == [first.offset + i for i in (1, 2, 3)]


async def test_a_record_larger_than_max_request_size_is_refused_by_the_client(
    tmp_path: Any,
) -> None:
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        # batch_size above max_request_size: the open batch has room, the request would not
        async with Producer(eb, max_request_size=1000, batch_size=100_000, linger_ms=20) as p:
            small = await p.enqueue("big", b"s")
            with pytest.raises(RecordTooLargeError, match="max_request_size=1000"):
                await p.enqueue("big", b"x" * 2000)
            with pytest.raises(RecordTooLargeError):
                await p.send("big", b"x" * 950, key=b"k" * 100)
            with anyio.fail_after(10):
                assert (await small).offset == 0
            assert p.producer_epoch == 0  # nothing reached the broker to be refused


async def test_a_missing_topic_says_why(tmp_path: Any) -> None:
    config = {**PROPS, "auto.create.topics.enable": "false"}
    async with EmbeddedBroker(tmp_path / "d", config=config) as eb:
        async with Producer(eb, allow_auto_create_topics=False, max_block_ms=300) as p:
            with pytest.raises(UnknownTopicError, match="does not exist and auto-creation is off"):
                await p.send("absent", b"x")
        async with Producer(eb, max_block_ms=300) as p:  # asks, but the broker creates none
            with pytest.raises(UnknownTopicError, match=r"auto\.create\.topics\.enable off"):
                await p.send("absent", b"x")


async def test_cancellation_leaves_no_task(tmp_path: Any) -> None:
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        before = set(asyncio.all_tasks())
        started = anyio.Event()

        async def run() -> None:
            async with Producer(eb, linger_ms=1000) as p:
                await p.enqueue("c", b"x")
                assert any("fluxmq.client" in t.get_name() for t in asyncio.all_tasks())
                started.set()
                await p.send("c", b"y")  # waits for the linger; cancelled meanwhile
                await anyio.sleep(60)

        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                tg.start_soon(run)
                await started.wait()
                await anyio.sleep(0.05)
                tg.cancel_scope.cancel()
        await anyio.sleep(0.05)
        left = [
            t
            for t in asyncio.all_tasks()
            if t not in before and not t.done() and "fluxmq.client" in t.get_name()
        ]
        assert not left, left


async def test_metadata_refresh_after_partitions_added(tmp_path: Any) -> None:
    async with EmbeddedBroker(tmp_path / "d", config=PROPS) as eb:
        async with Producer(eb) as p:
            await p.send("grow", b"x")
            assert await p.partitions_for("grow") == [0, 1, 2]
            with pytest.raises(ValueError):
                await p.send("grow", b"x", partition=3)
