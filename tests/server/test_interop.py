"""Interop matrix: real Kafka clients against a real fluxmq-server.

For each client (Java kafka-clients 4.1.1 and 4.4.0, confluent-kafka, kafka-python, aiokafka):
10,000 keyed records with every codec, checked field by field (key, value, headers, timestamp),
per-partition order, murmur2 placement and the offsets each producer was told, read back by the
client itself and by a raw Fetch (which also checks each stored batch kept its codec); then the
broker restarts and everything is read again. Acks 0 and 1 on their own topics. Idempotent
producers whose connections are cut by a proxy produce no duplicates.

Java clients run all of one case in one JVM. FLUXMQ_INTEROP_RECORDS=N shrinks the record count
for quick local runs (the default, 10,000, is what the suite is meant to run).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable

import pytest

from ._clients import (
    CODECS,
    PYTHON_DRIVERS,
    ConsumeOp,
    ConsumeResult,
    Driver,
    JavaDriver,
    ProduceOp,
    ProduceResult,
)
from ._proxy import CuttingProxy
from ._raw import RawClient, StoredBatch, fetch_all, metadata
from ._records import Rec, RecordSpec, verify
from .conftest import JAVA_CLIENT_VERSIONS, BrokerProcess, free_port

N = int(os.environ.get("FLUXMQ_INTEROP_RECORDS", "10000"))
PARTITIONS = 3
CODEC_IDS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}
CLIENTS = [f"java-{v}" for v in JAVA_CLIENT_VERSIONS] + list(PYTHON_DRIVERS)

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(params=CLIENTS)
def client(request: pytest.FixtureRequest) -> Driver:
    name: str = request.param
    if name.startswith("java-"):
        java: dict[str, JavaDriver] = request.getfixturevalue("java_clients")
        return java[name.removeprefix("java-")]
    return PYTHON_DRIVERS[name]


def slug(driver: Driver) -> str:
    return driver.name.replace(".", "_")


def check_stored(
    broker: BrokerProcess,
    topic: str,
    spec: RecordSpec,
    codec: str | None,
    *,
    falls_back: bool = False,
    **kw: object,
) -> tuple[list[str], list[Rec]]:
    """Read `topic` with a raw Fetch and verify it; also each batch's codec."""
    problems = []
    with RawClient(*broker.address) as c:
        recs, batches = fetch_all(c, topic, PARTITIONS)
    rep = verify(spec, recs, partitions=PARTITIONS, **kw)  # type: ignore[arg-type]
    if not rep.ok:
        problems.append(rep.summary(f"{topic} stored (raw fetch)"))
    if codec is not None:
        want = CODEC_IDS[codec]
        wrong = [
            b for b in batches if b.codec != want and not (falls_back and not_shrunk(b, codec))
        ]
        if wrong:
            problems.append(
                f"{topic}: {len(wrong)} of {len(batches)} stored batches have codec "
                f"{sorted({b.codec for b in wrong})}, not {want} ({codec}): "
                f"{[(b.partition, b.base_offset, b.count, len(b.records_data)) for b in wrong]}"
            )
    return problems, recs


# Clients that send a batch uncompressed when compressing it does not make it smaller:
# kafka-python (DefaultRecordBatchBuilder._maybe_compress) and librdkafka
# (rd_kafka_msgset_writer_compress), e.g. a lone 69-byte record under lz4.
FALLS_BACK = ("kafka-python", "confluent-kafka")


def not_shrunk(batch: StoredBatch, codec: str) -> bool:
    """An uncompressed batch that the codec would not have made smaller: allowed for the
    clients in FALLS_BACK, and only then."""
    if batch.codec != 0:
        return False
    from kafka import codec as kp  # the encoders kafka-python compared with

    encode = {
        "gzip": kp.gzip_encode,
        "snappy": kp.snappy_encode,
        "lz4": kp.lz4_encode,
        "zstd": kp.zstd_encode,
    }[codec]
    return len(encode(batch.records_data)) >= len(batch.records_data)


def check_produce(
    label: str, res: ProduceResult, spec: RecordSpec, *, acked: bool = True
) -> list[str]:
    """No errors; with `acked`, every record's (partition, offset) was reported."""
    problems = []
    if res.errors:
        problems.append(f"{label}: {len(res.errors)} produce errors, first {res.errors[:3]}")
    if acked and len(res.meta) != spec.count:
        problems.append(f"{label}: {len(res.meta)} of {spec.count} records acknowledged")
    return problems


def check_consumed(
    label: str, res: ConsumeResult, spec: RecordSpec, driver: Driver, **kw: object
) -> list[str]:
    problems = []
    if res.timed_out:
        problems.append(f"{label}: consumer timed out with {len(res.records)} records")
    rep = verify(
        spec, res.records, partitions=PARTITIONS, murmur2_placement=driver.murmur2, **kw  # type: ignore[arg-type]
    )
    if not rep.ok:
        problems.append(rep.summary(label))
    return problems


def test_codecs_roundtrip_and_restart(client: Driver, broker: BrokerProcess) -> None:
    """10,000 keyed records per codec (acks=all, idempotent): produced, consumed, checked, the
    broker restarted, consumed and checked again."""
    spec = client.spec(count=N)
    topics = {codec: f"interop-{slug(client)}-{codec}" for codec in CODECS}
    produce = [ProduceOp(topics[c], spec, codec=c, acks="all") for c in CODECS]
    consume = [ConsumeOp(topics[c], N) for c in CODECS]
    t0 = time.monotonic()
    results = client.run(broker.bootstrap, produce + consume)
    t_first = time.monotonic() - t0
    problems: list[str] = []
    before: dict[str, list[Rec]] = {}
    for k, codec in enumerate(CODECS):
        pr, cr = results[k], results[len(CODECS) + k]
        assert isinstance(pr, ProduceResult) and isinstance(cr, ConsumeResult)
        label = f"{client.name} {codec}"
        problems += check_produce(label, pr, spec)
        problems += check_consumed(f"{label} consumed", cr, spec, client, produced=pr.meta)
        stored_problems, stored = check_stored(
            broker,
            topics[codec],
            spec,
            codec,
            murmur2_placement=client.murmur2,
            produced=pr.meta,
            falls_back=client.name in FALLS_BACK,
        )
        problems += stored_problems
        before[codec] = stored

    rc = broker.restart()
    if rc != 0:
        problems.append(f"SIGTERM before the restart gave exit code {rc}")
    t0 = time.monotonic()
    again = client.run(broker.bootstrap, consume)
    t_second = time.monotonic() - t0
    for k, codec in enumerate(CODECS):
        cr = again[k]
        assert isinstance(cr, ConsumeResult)
        label = f"{client.name} {codec} after restart"
        problems += check_consumed(label, cr, spec, client)
        stored_problems, stored = check_stored(
            broker,
            topics[codec],
            spec,
            codec,
            murmur2_placement=client.murmur2,
            falls_back=client.name in FALLS_BACK,
        )
        problems += stored_problems
        if stored != before[codec]:
            problems.append(f"{label}: the stored records differ from before the restart")
    print(f"{client.name}: first pass {t_first:.1f}s, after restart {t_second:.1f}s")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("acks", "codec"), [("0", "lz4"), ("1", "gzip")])
def test_acks(client: Driver, broker: BrokerProcess, acks: str, codec: str) -> None:
    """acks=0 and acks=1 (acks=all is the codec test): every record arrives (with acks=0,
    eventually), in order, exactly once."""
    spec = client.spec(count=N)
    topic = f"acks{acks}-{slug(client)}"
    pr, cr = client.run(
        broker.bootstrap,
        [ProduceOp(topic, spec, codec=codec, acks=acks), ConsumeOp(topic, N, timeout_s=120)],
    )
    assert isinstance(pr, ProduceResult) and isinstance(cr, ConsumeResult)
    problems = check_produce(f"{client.name} acks={acks}", pr, spec, acked=acks != "0")
    produced = pr.meta
    if acks == "0":
        # The producer learns no offsets (clients report -1, None or a batch-relative index):
        # only the partitions it chose are compared.
        produced = {i: (p, -1) for i, (p, _) in pr.meta.items()}
    problems += check_consumed(
        f"{client.name} acks={acks} consumed", cr, spec, client, produced=produced
    )
    problems += check_stored(
        broker,
        topic,
        spec,
        codec,
        murmur2_placement=client.murmur2,
        produced=produced,
        falls_back=client.name in FALLS_BACK,
    )[0]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- idempotence under cuts


def _proxied_broker(
    broker_factory: Callable[..., BrokerProcess], cut_every_kb: int
) -> tuple[BrokerProcess, CuttingProxy]:
    proxy = CuttingProxy(("127.0.0.1", 0), cut_every_kb=cut_every_kb)
    port = free_port()
    b = broker_factory(
        {
            "num.partitions": str(PARTITIONS),
            "listeners": f"PLAINTEXT://127.0.0.1:{port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{proxy.port}",
        },
        port=port,
        start=False,
    )
    proxy.target = b.address
    b.start()
    proxy.start()
    return b, proxy


IDEMPOTENT_CLIENTS = [f"java-{JAVA_CLIENT_VERSIONS[-1]}", "confluent-kafka"]


@pytest.mark.parametrize("client", IDEMPOTENT_CLIENTS, indirect=True)
def test_idempotent_producer_survives_cut_connections(
    client: Driver, broker_factory: Callable[..., BrokerProcess]
) -> None:
    """Connections dropped every 64 KB (mid-request, after a whole request with its response
    lost, mid-response): every record is stored exactly once, in order per partition."""
    b, proxy = _proxied_broker(broker_factory, cut_every_kb=64)
    assert b.bootstrap == f"127.0.0.1:{proxy.port}", "the broker must advertise the proxy"
    count = max(N, 2000) * 2
    spec = client.spec(count=count)
    topic = f"idem-{slug(client)}"
    props = (
        {
            "max.in.flight.requests.per.connection": "5",
            "retries": "2147483647",
            "retry.backoff.ms": "20",
            "reconnect.backoff.ms": "20",
            "reconnect.backoff.max.ms": "200",
            "delivery.timeout.ms": "300000",
            "batch.size": "16384",
        }
        if isinstance(client, JavaDriver)
        else {
            "max.in.flight.requests.per.connection": "5",
            "retry.backoff.ms": "20",
            "reconnect.backoff.ms": "20",
            "reconnect.backoff.max.ms": "200",
            "message.timeout.ms": "300000",
            "batch.size": "16384",
        }
    )
    try:
        (pr,) = client.run(
            b.bootstrap,
            [ProduceOp(topic, spec, codec="none", acks="all", idempotent=True, props=props)],
        )
    finally:
        proxy.enabled = False
    assert isinstance(pr, ProduceResult)
    stats = proxy.stats
    print(f"proxy: {stats.connections} connections, cuts {stats.cuts}, {stats.bytes_up} B up")
    proxy.stop()
    problems = check_produce(f"{client.name} through the proxy", pr, spec)
    problems += check_stored(
        b, topic, spec, None, murmur2_placement=client.murmur2, produced=pr.meta
    )[0]
    # The batches whose responses were swallowed had been appended; the retries must have
    # been recognised as duplicates: each such batch is stored exactly once.
    with RawClient(*b.address) as c:
        stored = fetch_all(c, topic, PARTITIONS)[1]
        topic_id = str(metadata(c, [topic]).topics[0].topic_id)  # type: ignore[attr-defined]
    seen = Counter((x.partition, x.producer_id, x.base_sequence) for x in stored)
    lost = {(p, pid, seq) for t, p, pid, seq in stats.lost_batches if t in (topic, topic_id)}
    assert lost, f"no Produce request lost its response: {stats.cuts}"
    for key in sorted(lost):
        if seen[key] != 1:
            problems.append(
                f"batch p{key[0]} producer {key[1]} sequence {key[2]} (its response was lost) "
                f"is stored {seen[key]} times"
            )
    assert proxy.total_cuts >= 10, f"the proxy cut only {proxy.total_cuts} times: {stats.cuts}"
    for mode, n in stats.cuts.items():
        assert n > 0, f"no {mode} cut happened: {stats.cuts}"
    assert not problems, "\n".join(problems)
