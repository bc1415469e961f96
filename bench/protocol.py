"""Protocol codec suite: FluxMQ's generated messages vs kafka-python 3.x vs kio.

Four cases, each built with the same values in every library's own objects:

- MetadataResponse: 3 brokers, 1,000 topics × 10 partitions (3 replicas each);
- ProduceRequest: 10 topics × 10 partitions = 100 partitions, 16 KiB of random record bytes each;
- FetchResponse: the matching response, the same 100 partitions and record bytes;
- HeartbeatRequest.

All three libraries run at the same version, the newest all of them support (fixed per case, as
kio has one set of classes per version; the check reports each library's newest version and
complains when a newer common one appears). Before timing, each library's encoding must decode
back to an equal object, the three encodings are compared byte for byte, and FluxMQ and each
peer must decode each other's bytes. `encode` is object -> `bytes` (or kafka-python's `bytearray`); `decode` is
`bytes` -> object. The record payloads are opaque bytes (no record-batch parsing).
"""

from __future__ import annotations

import cProfile
import datetime as dt
import io
import pstats
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from . import (
    Config,
    Report,
    Timing,
    fmt_time,
    markdown_table,
    measure,
    measure_many,
    package_version,
    text_table,
)

DESCRIPTION = "Protocol codecs: FluxMQ vs kafka-python vs kio (`python -m bench protocol`)"

TARGET = 3.0  # FluxMQ must be this many times faster than the faster of the two peers
SEED = 20240917
LIBS = ("FluxMQ", "kafka-python", "kio")
INTO = "FluxMQ encode_into"
CLASSMETHOD = "FluxMQ decode()"

# Sizes from the issue.
META_BROKERS = 3
META_TOPICS = 1000
META_PARTITIONS = 10
PRODUCE_TOPICS = 10
PRODUCE_PARTITIONS = 10  # per topic: 100 partitions in all
RECORD_BYTES = 16 * 1024


# ----------------------------------------------------------------------------- shared data


@dataclass(frozen=True)
class Partition:
    index: int
    leader: int
    epoch: int
    replicas: tuple[int, ...]


@dataclass(frozen=True)
class Topic:
    name: str
    id: uuid.UUID
    partitions: tuple[Partition, ...]


@dataclass(frozen=True)
class Broker:
    node_id: int
    host: str
    port: int
    rack: str | None


@dataclass(frozen=True)
class MetadataData:
    throttle_ms: int
    brokers: tuple[Broker, ...]
    cluster_id: str
    controller_id: int
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class Batch:
    partition: int
    records: bytes
    high_watermark: int


@dataclass(frozen=True)
class ProduceTopic:
    id: uuid.UUID
    batches: tuple[Batch, ...]


@dataclass(frozen=True)
class ProduceData:
    acks: int
    timeout_ms: int
    topics: tuple[ProduceTopic, ...]
    session_id: int  # for the matching fetch response


@dataclass(frozen=True)
class HeartbeatData:
    group_id: str
    generation_id: int
    member_id: str


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def metadata_data(rng: random.Random) -> MetadataData:
    brokers = tuple(
        Broker(i, f"broker-{i}.kafka.bench.internal", 9092, f"rack-{i}")
        for i in range(META_BROKERS)
    )
    topics = []
    for t in range(META_TOPICS):
        parts = []
        for p in range(META_PARTITIONS):
            leader = (t + p) % META_BROKERS
            replicas = tuple((leader + k) % META_BROKERS for k in range(3))
            parts.append(Partition(p, leader, rng.randrange(0, 200), replicas))
        topics.append(Topic(f"bench-topic-{t:04d}", _uuid(rng), tuple(parts)))
    return MetadataData(0, brokers, "fluxmq-bench-cluster-01", 1, tuple(topics))


def produce_data(rng: random.Random) -> ProduceData:
    topics = tuple(
        ProduceTopic(
            _uuid(rng),
            tuple(
                Batch(p, rng.randbytes(RECORD_BYTES), rng.randrange(1 << 20, 1 << 40))
                for p in range(PRODUCE_PARTITIONS)
            ),
        )
        for _ in range(PRODUCE_TOPICS)
    )
    return ProduceData(-1, 30_000, topics, 1_234_567)


def heartbeat_data(rng: random.Random) -> HeartbeatData:
    return HeartbeatData("bench-consumer-group", 42, f"consumer-bench-1-{_uuid(rng)}")


# ------------------------------------------------------------------ per-library adapters


@dataclass
class Impl:
    """One library's side of a case: its object, codec closures and version."""

    lib: str
    version: int
    newest: int  # newest version of this API the library supports
    obj: Any
    encode: Callable[[], bytes | bytearray]
    decode: Callable[[bytes], Any]
    encode_into: Callable[[], object] | None = None  # FluxMQ's chunk-list variant, informational
    decode_classmethod: Callable[[bytes], Any] | None = None  # FluxMQ's cls.decode, informational


def _flux(obj: Any, version: int) -> Impl:
    cls = type(obj)

    def encode_into() -> list[Any]:
        out: list[Any] = []
        obj.encode_into(out, version)
        return out

    # decoder(version) is looked up once, as kio's entity_reader(cls) is below; the classmethod
    # cls.decode(data, version) is timed alongside and reported apart.
    return Impl(
        "FluxMQ",
        version,
        cls.MAX_VERSION,
        obj,
        partial(obj.encode, version),
        cls.decoder(version),
        encode_into,
        partial(cls.decode, version=version),
    )


def _kafka_python(obj: Any, version: int) -> Impl:
    cls = type(obj)
    obj.API_VERSION = version  # what encode(version=...) does; decode() returns versioned objects
    return Impl(
        "kafka-python",
        version,
        cls.max_version,
        obj,
        partial(obj.encode, version=version),
        partial(cls.decode, version=version),
    )


def _kio_newest(api: str) -> int:
    import importlib
    import pkgutil

    pkg = importlib.import_module(f"kio.schema.{api}")
    return max(int(m.name[1:]) for m in pkgutil.iter_modules(pkg.__path__) if m.name[:1] == "v")


def _kio(obj: Any, api: str) -> Impl:
    from kio.serial import entity_reader, entity_writer

    cls = type(obj)
    writer = entity_writer(cls)
    reader = entity_reader(cls)

    def encode() -> bytes:
        buf = io.BytesIO()
        writer(buf, obj)
        return buf.getvalue()

    def decode(data: bytes) -> Any:
        return reader(data, 0)[0]

    return Impl("kio", int(cls.__version__), _kio_newest(api), obj, encode, decode)


# ------------------------------------------------------------------------------- the cases


@dataclass
class Case:
    name: str
    api: str  # Kafka message name
    shape: str
    impls: list[Impl]


def _metadata_case(d: MetadataData) -> Case:
    from kafka.protocol.metadata import MetadataResponse as KP
    from kio.schema.errors import ErrorCode
    from kio.schema.metadata.v13 import response as kio_typed
    from kio.static.primitive import i32Timedelta

    from fluxmq.protocol.messages import metadata_response as fx

    kio_m: Any = kio_typed  # kio's phantom int/str types: plain values at run time
    version = 13
    flux = fx.MetadataResponse(
        throttle_time_ms=d.throttle_ms,
        brokers=[fx.MetadataResponseBroker(b.node_id, b.host, b.port, b.rack) for b in d.brokers],
        cluster_id=d.cluster_id,
        controller_id=d.controller_id,
        topics=[
            fx.MetadataResponseTopic(
                error_code=0,
                name=t.name,
                topic_id=t.id,
                is_internal=False,
                partitions=[
                    fx.MetadataResponsePartition(
                        error_code=0,
                        partition_index=p.index,
                        leader_id=p.leader,
                        leader_epoch=p.epoch,
                        replica_nodes=list(p.replicas),
                        isr_nodes=list(p.replicas),
                        offline_replicas=[],
                    )
                    for p in t.partitions
                ],
            )
            for t in d.topics
        ],
        error_code=0,
    )
    kp = KP(
        throttle_time_ms=d.throttle_ms,
        brokers=[
            KP.MetadataResponseBroker(node_id=b.node_id, host=b.host, port=b.port, rack=b.rack)
            for b in d.brokers
        ],
        cluster_id=d.cluster_id,
        controller_id=d.controller_id,
        topics=[
            KP.MetadataResponseTopic(
                error_code=0,
                name=t.name,
                topic_id=t.id,
                is_internal=False,
                partitions=[
                    KP.MetadataResponseTopic.MetadataResponsePartition(
                        error_code=0,
                        partition_index=p.index,
                        leader_id=p.leader,
                        leader_epoch=p.epoch,
                        replica_nodes=list(p.replicas),
                        isr_nodes=list(p.replicas),
                        offline_replicas=[],
                    )
                    for p in t.partitions
                ],
                authorized_operations=None,  # = INT32_MIN, "not requested"
            )
            for t in d.topics
        ],
        error_code=0,
    )
    kio = kio_m.MetadataResponse(
        throttle_time=i32Timedelta.parse(dt.timedelta(milliseconds=d.throttle_ms)),
        brokers=tuple(
            kio_m.MetadataResponseBroker(node_id=b.node_id, host=b.host, port=b.port, rack=b.rack)
            for b in d.brokers
        ),
        cluster_id=d.cluster_id,
        controller_id=d.controller_id,
        topics=tuple(
            kio_m.MetadataResponseTopic(
                error_code=ErrorCode.none,
                name=t.name,
                topic_id=t.id,
                is_internal=False,
                partitions=tuple(
                    kio_m.MetadataResponsePartition(
                        error_code=ErrorCode.none,
                        partition_index=p.index,
                        leader_id=p.leader,
                        leader_epoch=p.epoch,
                        replica_nodes=p.replicas,
                        isr_nodes=p.replicas,
                        offline_replicas=(),
                    )
                    for p in t.partitions
                ),
            )
            for t in d.topics
        ),
        error_code=ErrorCode.none,
    )
    shape = (
        f"{len(d.brokers)} brokers, {len(d.topics):,} topics × {META_PARTITIONS} partitions, "
        "3 replicas"
    )
    return Case(
        "metadata",
        "MetadataResponse",
        shape,
        [_flux(flux, version), _kafka_python(kp, version), _kio(kio, "metadata")],
    )


def _produce_case(d: ProduceData) -> Case:
    from kafka.protocol.producer import ProduceRequest as KP
    from kio.schema.produce.v13 import request as kio_typed
    from kio.static.primitive import i32Timedelta

    from fluxmq.protocol.messages import produce_request as fx

    kio_m: Any = kio_typed  # kio's phantom int/str types: plain values at run time
    version = 13
    flux = fx.ProduceRequest(
        transactional_id=None,
        acks=d.acks,
        timeout_ms=d.timeout_ms,
        topic_data=[
            fx.TopicProduceData(
                topic_id=t.id,
                partition_data=[
                    fx.PartitionProduceData(index=b.partition, records=b.records) for b in t.batches
                ],
            )
            for t in d.topics
        ],
    )
    kp = KP(
        transactional_id=None,
        acks=d.acks,
        timeout_ms=d.timeout_ms,
        topic_data=[
            KP.TopicProduceData(
                topic_id=t.id,
                partition_data=[
                    KP.TopicProduceData.PartitionProduceData(index=b.partition, records=b.records)
                    for b in t.batches
                ],
            )
            for t in d.topics
        ],
    )
    kio = kio_m.ProduceRequest(
        transactional_id=None,
        acks=d.acks,
        timeout=i32Timedelta.parse(dt.timedelta(milliseconds=d.timeout_ms)),
        topic_data=tuple(
            kio_m.TopicProduceData(
                topic_id=t.id,
                partition_data=tuple(
                    kio_m.PartitionProduceData(index=b.partition, records=b.records)
                    for b in t.batches
                ),
            )
            for t in d.topics
        ),
    )
    n = len(d.topics) * len(d.topics[0].batches)
    shape = f"{len(d.topics)} topics × {len(d.topics[0].batches)} partitions = {n} × 16 KiB records"
    return Case(
        "produce",
        "ProduceRequest",
        shape,
        [_flux(flux, version), _kafka_python(kp, version), _kio(kio, "produce")],
    )


def _fetch_case(d: ProduceData) -> Case:
    from kafka.protocol.consumer import FetchResponse as KP
    from kio.schema.errors import ErrorCode
    from kio.schema.fetch.v18 import response as kio_typed
    from kio.static.primitive import i32Timedelta

    from fluxmq.protocol.messages import fetch_response as fx

    kio_m: Any = kio_typed  # kio's phantom int/str types: plain values at run time
    version = 18
    flux = fx.FetchResponse(
        throttle_time_ms=0,
        error_code=0,
        session_id=d.session_id,
        responses=[
            fx.FetchableTopicResponse(
                topic_id=t.id,
                partitions=[
                    fx.PartitionData(
                        partition_index=b.partition,
                        error_code=0,
                        high_watermark=b.high_watermark,
                        last_stable_offset=b.high_watermark,
                        log_start_offset=0,
                        aborted_transactions=None,
                        preferred_read_replica=-1,
                        records=b.records,
                    )
                    for b in t.batches
                ],
            )
            for t in d.topics
        ],
    )
    PD = KP.FetchableTopicResponse.PartitionData
    kp = KP(
        throttle_time_ms=0,
        error_code=0,
        session_id=d.session_id,
        responses=[
            KP.FetchableTopicResponse(
                topic_id=t.id,
                partitions=[
                    PD(
                        partition_index=b.partition,
                        error_code=0,
                        high_watermark=b.high_watermark,
                        last_stable_offset=b.high_watermark,
                        log_start_offset=0,
                        aborted_transactions=None,
                        preferred_read_replica=-1,
                        records=b.records,
                    )
                    for b in t.batches
                ],
            )
            for t in d.topics
        ],
        node_endpoints=[],
    )
    kio = kio_m.FetchResponse(
        throttle_time=i32Timedelta.parse(dt.timedelta(0)),
        error_code=ErrorCode.none,
        session_id=d.session_id,
        responses=tuple(
            kio_m.FetchableTopicResponse(
                topic_id=t.id,
                partitions=tuple(
                    kio_m.PartitionData(
                        partition_index=b.partition,
                        error_code=ErrorCode.none,
                        high_watermark=b.high_watermark,
                        last_stable_offset=b.high_watermark,
                        log_start_offset=0,
                        aborted_transactions=None,
                        preferred_read_replica=-1,
                        records=b.records,
                    )
                    for b in t.batches
                ),
            )
            for t in d.topics
        ),
    )
    n = len(d.topics) * len(d.topics[0].batches)
    shape = f"the same {n} partitions and records"
    return Case(
        "fetch",
        "FetchResponse",
        shape,
        [_flux(flux, version), _kafka_python(kp, version), _kio(kio, "fetch")],
    )


def _heartbeat_case(d: HeartbeatData) -> Case:
    from kafka.protocol.consumer import HeartbeatRequest as KP
    from kio.schema.heartbeat.v4 import request as kio_typed

    from fluxmq.protocol.messages import heartbeat_request as fx

    kio_m: Any = kio_typed  # kio's phantom int/str types: plain values at run time
    version = 4
    flux = fx.HeartbeatRequest(
        group_id=d.group_id, generation_id=d.generation_id, member_id=d.member_id
    )
    kp = KP(
        group_id=d.group_id,
        generation_id=d.generation_id,
        member_id=d.member_id,
        group_instance_id=None,
    )
    kio = kio_m.HeartbeatRequest(
        group_id=d.group_id, generation_id=d.generation_id, member_id=d.member_id
    )
    return Case(
        "heartbeat",
        "HeartbeatRequest",
        "group id, generation, member id",
        [_flux(flux, version), _kafka_python(kp, version), _kio(kio, "heartbeat")],
    )


def build_cases(selected: tuple[str, ...] = ()) -> list[Case]:
    rng = random.Random(SEED)
    meta, produce, heartbeat = metadata_data(rng), produce_data(rng), heartbeat_data(rng)
    builders: list[tuple[str, Callable[[], Case]]] = [
        ("metadata", lambda: _metadata_case(meta)),
        ("produce", lambda: _produce_case(produce)),
        ("fetch", lambda: _fetch_case(produce)),
        ("heartbeat", lambda: _heartbeat_case(heartbeat)),
    ]
    return [b() for name, b in builders if not selected or any(s in name for s in selected)]


# ------------------------------------------------------------------------------ checking


@dataclass
class Check:
    wire: dict[str, bytes] = field(default_factory=dict)  # libraries whose encode worked
    decodes: set[str] = field(default_factory=set)  # libraries that round-trip correctly
    problems: list[str] = field(default_factory=list)
    identical: bool = False  # all encodings byte-identical
    cross_ok: bool = True  # each library decodes FluxMQ's bytes, and FluxMQ theirs, correctly

    @property
    def ok(self) -> bool:
        """Correctness, as opposed to mere byte differences (which are reported, not fatal)."""
        return len(self.decodes) == len(self.wire) and self.cross_ok


def _first_difference(a: bytes, b: bytes) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def check_case(case: Case) -> Check:
    """Each library must round-trip its own object; then the encodings are compared."""
    result = Check()
    for impl in case.impls:
        try:
            wire = bytes(impl.encode())
        except Exception as e:
            result.problems.append(f"{impl.lib}: encode v{impl.version} failed: {e!r}")
            continue
        result.wire[impl.lib] = wire
        try:
            back = impl.decode(wire)
        except Exception as e:
            result.problems.append(f"{impl.lib}: decode v{impl.version} failed: {e!r}")
            continue
        if back != impl.obj:
            result.problems.append(f"{impl.lib}: v{impl.version} decode(encode(x)) != x")
        else:
            result.decodes.add(impl.lib)
    versions = {impl.version for impl in case.impls}
    common = min(impl.newest for impl in case.impls)
    if common > max(versions):
        result.problems.append(f"all three libraries now support v{common}: update this case")
    if len(versions) > 1:
        result.problems.append(f"versions differ: {versions}")
    elif "FluxMQ" in result.wire:
        ref = result.wire["FluxMQ"]
        result.identical = len(result.wire) == len(case.impls)
        for lib, wire in result.wire.items():
            if wire != ref:
                result.identical = False
                at = _first_difference(ref, wire)
                result.problems.append(
                    f"{lib}'s encoding differs from FluxMQ's at byte {at} "
                    f"({len(wire)} vs {len(ref)} bytes)"
                )
        # Cross-decode: FluxMQ must read the peers' bytes and the peers FluxMQ's.
        flux = case.impls[0]
        for impl in case.impls[1:]:
            try:
                if impl.lib in result.wire and flux.decode(result.wire[impl.lib]) != flux.obj:
                    result.cross_ok = False
                    result.problems.append(f"FluxMQ decodes {impl.lib}'s bytes differently")
                if impl.decode(ref) != impl.obj:
                    result.cross_ok = False
                    result.problems.append(f"{impl.lib} decodes FluxMQ's bytes differently")
            except Exception as e:
                result.cross_ok = False
                result.problems.append(f"cross-decode FluxMQ/{impl.lib} failed: {e!r}")
    return result


# -------------------------------------------------------------------------------- timing


@dataclass
class CaseResult:
    case: Case
    check: Check
    encode: dict[str, Timing]
    decode: dict[str, Timing]
    encode_into: Timing | None
    decode_classmethod: Timing | None = None

    def ratio(self, op: str) -> float:
        timings = self.encode if op == "encode" else self.decode
        peers = [t.best for lib, t in timings.items() if lib != "FluxMQ"]
        if "FluxMQ" not in timings or not peers:
            return float("nan")
        return min(peers) / timings["FluxMQ"].best


def time_case(case: Case, check: Check, config: Config) -> CaseResult:
    # Every library decodes the same bytes when the encodings agree, else its own.
    ref = check.wire.get("FluxMQ")
    encoders: dict[str, Callable[[], object]] = {
        impl.lib: impl.encode for impl in case.impls if impl.lib in check.wire
    }
    decoders = {
        impl.lib: partial(
            impl.decode, ref if check.identical and ref is not None else check.wire[impl.lib]
        )
        for impl in case.impls
        if impl.lib in check.decodes
    }
    flux = case.impls[0]
    if flux.encode_into is not None and flux.lib in encoders:
        encoders[INTO] = flux.encode_into  # timed alongside, reported apart
    if flux.decode_classmethod is not None and flux.lib in decoders:
        decoders[CLASSMETHOD] = partial(
            flux.decode_classmethod,
            ref if check.identical and ref is not None else check.wire[flux.lib],
        )
    encode = measure_many(encoders, config)
    decode = measure_many(decoders, config)
    return CaseResult(
        case, check, encode, decode, encode.pop(INTO, None), decode.pop(CLASSMETHOD, None)
    )


def profile_flux(case: Case, op: str, data: bytes, seconds: float = 1.0, top: int = 18) -> str:
    """cProfile FluxMQ's encode or decode of this case for about `seconds`; the top entries."""
    flux = case.impls[0]
    fn: Callable[[], object] = flux.encode if op == "encode" else partial(flux.decode, data)
    t = measure(fn, Config(min_time=0.05, repeat=1))
    n = max(1, int(seconds / max(t.best, 1e-9)))
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        fn()
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
    body = "\n".join(ln for ln in lines if not ln.lstrip().startswith(("Ordered by", "List red")))
    return f"--- cProfile: FluxMQ {case.api} {op} ×{n} (sorted by own time) ---\n{body}"


# ------------------------------------------------------------------------------- report


def _ratio_cell(r: float) -> str:
    return "n/a" if r != r else f"{r:.2f}×"


def run(config: Config) -> Report:
    cases = build_cases(config.cases)
    results: list[CaseResult] = []
    ok = True
    for case in cases:
        check = check_case(case)
        ok &= check.ok
        results.append(time_case(case, check, config))

    header = ["case", "op", *LIBS, "FluxMQ speed-up", f"≥{TARGET:g}×"]
    rows: list[list[str]] = []
    for res in results:
        for op, timings in (("encode", res.encode), ("decode", res.decode)):
            r = res.ratio(op)
            rows.append(
                [
                    f"{res.case.api} v{res.case.impls[0].version}",
                    op,
                    *(fmt_time(timings[lib].best) if lib in timings else "—" for lib in LIBS),
                    _ratio_cell(r),
                    "yes" if r >= TARGET else "**no**",
                ]
            )

    check_header = ["case", "shape", "wire bytes", "versions (newest: F / kp / kio)", "check"]
    check_rows = []
    for res in results:
        c, chk = res.case, res.check
        size = len(chk.wire.get("FluxMQ", b""))
        newest = " / ".join(str(i.newest) for i in c.impls)
        status = "round trip ok; byte-identical" if chk.identical and not chk.problems else ""
        check_rows.append(
            [
                c.api,
                c.shape,
                f"{size:,}",
                f"v{c.impls[0].version} ({newest})",
                status or "; ".join(chk.problems),
            ]
        )

    into_rows = [
        [
            f"{res.case.api} v{res.case.impls[0].version}",
            fmt_time(res.encode["FluxMQ"].best),
            fmt_time(res.encode_into.best),
            fmt_time(res.decode["FluxMQ"].best) if "FluxMQ" in res.decode else "—",
            fmt_time(res.decode_classmethod.best) if res.decode_classmethod else "—",
        ]
        for res in results
        if res.encode_into is not None
    ]
    into_header = [
        "case",
        "encode() → bytes",
        "encode_into() → chunk list",
        "decoder(v)(data)",
        "decode(data, v)",
    ]
    spread = max(
        (
            t.median / t.best
            for res in results
            for timings in (res.encode, res.decode)
            for t in timings.values()
        ),
        default=1.0,
    )

    from fluxmq.protocol.message import accelerated

    flux_impl = (
        "decodes with generated C readers (`fluxmq.protocol._accel`, built from the same specs "
        "as its Python readers) into msgspec structs and encodes in pure Python"
        if accelerated()
        else "is pure Python (generated code + msgspec structs; C readers not in use)"
    )
    versions = (
        f"kafka-python {package_version('kafka-python')}, kio {package_version('kio')}, "
        f"msgspec {package_version('msgspec')}"
    )
    notes = [
        "Time per operation (best run); speed-up = faster peer's time ÷ FluxMQ's time.",
        "encode = object → bytes (kafka-python returns a bytearray; kio writes to a BytesIO); "
        "decode = bytes → object (FluxMQ's `records` are zero-copy memoryviews, the peers copy).",
        f"Peers: {versions}. kio decodes with its native extension (`kio._kio_native`, Rust) and "
        "encodes in pure Python; kafka-python 3 compiles per-version Python encoders/decoders at "
        f"run time; FluxMQ {flux_impl}.",
        "FluxMQ's decode is timed as `decoder = cls.decoder(version)` looked up once, then "
        "`decoder(data)`, as kio's `entity_reader(cls)` is looked up once; the classmethod "
        "`cls.decode(data, version)` (same readers, plus a Python call) is in the last table.",
        f"Noise gauge: the worst median run was {spread - 1:.0%} slower than the best run.",
    ]
    faulting = [
        f"{res.case.api} {op} {lib} ({t.faults:.0f}/op)"
        for res in results
        for op, timings in (("encode", res.encode), ("decode", res.decode))
        for lib, t in timings.items()
        if t.faults >= 1
    ]
    if faulting:
        notes.append("Page faults while timing (allocator noise): " + ", ".join(faulting) + ".")
    misses = [
        f"{res.case.api} {op}"
        for res in results
        for op in ("encode", "decode")
        if not res.ratio(op) >= TARGET
    ]
    verdict = (
        f"Target ≥{TARGET:g}× met on every case."
        if not misses
        else f"Target ≥{TARGET:g}× missed on: {', '.join(misses)}."
    )

    text_parts = [
        "Protocol codecs",
        text_table(header, [[c.replace("**", "") for c in r] for r in rows], "llrrrrl"),
        "",
        verdict,
        *(f"- {n.replace('`', '')}" for n in notes),
        "",
        text_table(check_header, check_rows, "llrll"),
        "",
        "FluxMQ only (informational): encode_into() appends chunks, records not copied; "
        "decode through the classmethod",
        text_table(into_header, into_rows),
    ]
    if config.profile:
        for res in results:
            for op in ("encode", "decode"):
                if config.profile_all or not res.ratio(op) >= TARGET:
                    text_parts += ["", profile_flux(res.case, op, res.check.wire["FluxMQ"])]

    md_parts = [
        markdown_table(header, rows, "llrrrrl"),
        "",
        verdict,
        "",
        *(f"- {n}" for n in notes),
        "",
        "Checks (before timing, each library must decode its own encoding back to an equal "
        "object; the encodings are then compared byte for byte and cross-decoded):",
        "",
        markdown_table(check_header, check_rows, "llrll"),
        "",
        "FluxMQ only (informational): `encode_into()` appends chunks to a list without "
        "joining, so record payloads are not copied; `decode(data, v)` is the classmethod "
        "(through `functools.partial(cls.decode, version=v)`), `decoder(v)(data)` the timed "
        "decode above.",
        "",
        markdown_table(into_header, into_rows),
    ]
    return Report("\n".join(text_parts), "\n".join(md_parts), ok)
