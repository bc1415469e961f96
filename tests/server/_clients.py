"""One driver per client (Java 4.1/4.4, confluent-kafka, kafka-python, aiokafka) behind a common
`run(bootstrap, ops)`: a list of produce/consume operations in, their results out.

Consumers never join a group: they assign every partition and read from the beginning until
they hold at least the expected count and have reached every partition's end offset (so
duplicates beyond the expected count are read too).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ._records import Rec, RecordSpec

log = logging.getLogger(__name__)

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")


@dataclass(frozen=True)
class ProduceOp:
    topic: str
    spec: RecordSpec
    codec: str = "none"
    acks: str = "all"  # "0", "1" or "all"
    idempotent: bool | None = None  # None: on with acks=all, off otherwise
    props: dict[str, str] = field(default_factory=dict)  # extra client settings (client names)

    @property
    def idempotence(self) -> bool:
        return self.acks == "all" if self.idempotent is None else self.idempotent


@dataclass(frozen=True)
class ConsumeOp:
    topic: str
    expected: int
    timeout_s: float = 120.0
    idle_s: float = 20.0  # give up when no record came for this long


class _Progress:
    """The consume loops' deadline: the overall timeout, or `idle_s` without a record."""

    def __init__(self, op: ConsumeOp) -> None:
        self.op = op
        self.deadline = time.monotonic() + op.timeout_s
        self.last = time.monotonic()
        self.seen = 0

    def going(self, count: int) -> bool:
        now = time.monotonic()
        if count != self.seen:
            self.seen, self.last = count, now
        return now < self.deadline and now - self.last < self.op.idle_s


@dataclass
class ProduceResult:
    meta: dict[int, tuple[int, int]]  # index -> (partition, offset); offset -1 with acks=0
    errors: list[str]
    elapsed_s: float = 0.0


@dataclass
class ConsumeResult:
    records: list[Rec]
    timed_out: bool
    elapsed_s: float = 0.0


Op = ProduceOp | ConsumeOp
Result = ProduceResult | ConsumeResult


class Driver:
    name: str = "?"
    null_header_values: bool = True  # can send a header whose value is null
    murmur2: bool = True  # keyed records placed by Kafka's murmur2 partitioner

    def spec(self, **kw: object) -> RecordSpec:
        return RecordSpec(null_header_values=self.null_header_values, **kw)  # type: ignore[arg-type]

    def run(self, bootstrap: str, ops: Sequence[Op]) -> list[Result]:
        out: list[Result] = []
        for op in ops:
            t0 = time.monotonic()
            if isinstance(op, ProduceOp):
                res: Result = self.produce(bootstrap, op)
            else:
                res = self.consume(bootstrap, op)
            res.elapsed_s = time.monotonic() - t0
            out.append(res)
        return out

    def produce(self, bootstrap: str, op: ProduceOp) -> ProduceResult:
        raise NotImplementedError

    def consume(self, bootstrap: str, op: ConsumeOp) -> ConsumeResult:
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.name


# ---------------------------------------------------------------- Java (one JVM for many ops)


def _b64(s: str | None) -> bytes | None:
    return None if s is None else base64.b64decode(s)


class JavaDriver(Driver):
    def __init__(self, version: str, classpath: str, workdir: Path) -> None:
        self.version = version
        self.name = f"java-{version}"
        self.classpath = classpath
        self.workdir = workdir
        self.calls = 0

    def command(self, bootstrap: str, commands: Sequence[Sequence[str]]) -> list[str]:
        args = [
            "java",
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "-cp",
            self.classpath,
            "io.fluxmq.interop.FluxCli",
            "--bootstrap",
            bootstrap,
        ]
        for n, cmd in enumerate(commands):
            if n:
                args.append("::")
            args.extend(cmd)
        return args

    def invoke(
        self, bootstrap: str, commands: Sequence[Sequence[str]], timeout: float = 600
    ) -> list[list[dict[str, object]]]:
        """Run commands in one JVM; each command's JSON lines (the last is its summary)."""
        self.calls += 1
        self.workdir.mkdir(parents=True, exist_ok=True)
        outs = [self.workdir / f"{self.name}-{self.calls}-{n}.jsonl" for n in range(len(commands))]
        full = [[*cmd, "--out", str(o)] for cmd, o in zip(commands, outs, strict=True)]
        args = self.command(bootstrap, full)
        t0 = time.monotonic()
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        stderr_path = self.workdir / f"{self.name}-{self.calls}.stderr"
        stderr_path.write_text(proc.stderr)
        results = []
        for o in outs:
            lines = o.read_text().splitlines() if o.exists() else []
            results.append([json.loads(line) for line in lines if line.strip()])
        tail = proc.stderr[-6000:]
        for cmd, res in zip(commands, results, strict=True):
            if not res or "done" not in res[-1]:
                raise AssertionError(
                    f"{self.name}: {cmd[0]} gave no summary (exit {proc.returncode}, "
                    f"{time.monotonic() - t0:.1f}s)\nstderr:\n{tail}"
                )
            if "fatal" in res[-1]:
                raise AssertionError(f"{self.name}: {cmd[0]} failed: {res[-1]['fatal']}\n{tail}")
        if proc.returncode != 0:
            raise AssertionError(f"{self.name} exited {proc.returncode}\nstderr:\n{tail}")
        return results

    def admin(self, bootstrap: str, op: str, *args: str) -> dict[str, object]:
        return self.invoke(bootstrap, [["admin", "--op", op, *args]], timeout=120)[0][-1]

    @staticmethod
    def produce_args(op: ProduceOp) -> list[str]:
        s = op.spec
        args = [
            "produce",
            "--topic", op.topic,
            "--count", str(s.count),
            "--start", str(s.start),
            "--keyed", str(s.keyed).lower(),
            "--headers", str(s.headers).lower(),
            "--base-ts", str(s.base_ts),
            "--codec", op.codec,
            "--acks", op.acks,
            "--idempotence", str(op.idempotence).lower(),
        ]  # fmt: skip
        for k, v in op.props.items():
            args += ["--prop", f"{k}={v}"]
        return args

    def run(self, bootstrap: str, ops: Sequence[Op]) -> list[Result]:
        cmds = []
        for op in ops:
            if isinstance(op, ProduceOp):
                cmds.append(self.produce_args(op))
            else:
                cmd = [
                    "consume",
                    "--topic", op.topic,
                    "--count", str(op.expected),
                    "--timeout-ms", str(int(op.timeout_s * 1000)),
                    "--idle-ms", str(int(op.idle_s * 1000)),
                ]  # fmt: skip
                cmds.append(cmd)
        out: list[Result] = []
        for lines in self.invoke(bootstrap, cmds):
            summary = lines[-1]
            if summary["done"] == "produce":
                meta: dict[int, tuple[int, int]] = {}
                errors = []
                for line in lines[:-1]:
                    if "error" in line:
                        errors.append(f"index {line['i']}: {line['error']}")
                    else:
                        meta[int(line["i"])] = (int(line["p"]), int(line["o"]))  # type: ignore[arg-type]
                out.append(ProduceResult(meta, errors, int(summary["ms"]) / 1000))  # type: ignore[arg-type]
            else:
                recs = [
                    Rec(
                        int(r["p"]),
                        int(r["o"]),
                        int(r["ts"]),
                        _b64(r["k"]),
                        _b64(r["v"]),
                        tuple((h[0], _b64(h[1])) for h in r["h"]),
                        r["tt"],
                    )
                    for r in lines[:-1]
                ]  # type: ignore[misc,arg-type,index]
                out.append(
                    ConsumeResult(recs, bool(summary["timed_out"]), int(summary["ms"]) / 1000)  # type: ignore[arg-type]
                )
        return out


# ---------------------------------------------------------------- confluent-kafka (librdkafka)


class ConfluentDriver(Driver):
    name = "confluent-kafka"

    def produce(self, bootstrap: str, op: ProduceOp) -> ProduceResult:
        from confluent_kafka import Producer

        conf: dict[str, object] = {
            "bootstrap.servers": bootstrap,
            "client.id": "fluxmq-interop-confluent",
            "acks": op.acks,
            "compression.type": op.codec,
            "enable.idempotence": op.idempotence,
            "partitioner": "murmur2_random",  # Java's placement (librdkafka's default is CRC32)
            "linger.ms": 5,
            "message.timeout.ms": 120_000,
        }
        conf.update(op.props)
        p = Producer(conf)
        s = op.spec
        meta: dict[int, tuple[int, int]] = {}
        errors: list[str] = []

        def on_delivery(err: object, msg: object) -> None:
            i = msg.timestamp()[1] - s.base_ts  # type: ignore[attr-defined]
            if err is not None:
                errors.append(f"index {i}: {err}")
            else:
                off = msg.offset()  # type: ignore[attr-defined]
                meta[i] = (msg.partition(), off if off is not None and off >= 0 else -1)  # type: ignore[attr-defined]

        for i in s.indexes:
            while True:
                try:
                    p.produce(
                        op.topic,
                        value=s.value(i),
                        key=s.key(i),
                        headers=s.header_list(i) or None,
                        timestamp=s.timestamp(i),
                        on_delivery=on_delivery,
                    )
                    break
                except BufferError:
                    p.poll(0.05)
            p.poll(0)
        left = p.flush(120)
        if left:
            errors.append(f"{left} records still queued after flush(120)")
        return ProduceResult(meta, errors)

    def consume(self, bootstrap: str, op: ConsumeOp) -> ConsumeResult:
        from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

        c = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "client.id": "fluxmq-interop-confluent",
                # librdkafka insists on a group id; assign() never joins the group.
                "group.id": "fluxmq-interop-unused",
                "enable.auto.commit": False,
                "enable.auto.offset.store": False,
                "auto.offset.reset": "earliest",
                "fetch.wait.max.ms": 200,
            }
        )
        deadline = time.monotonic() + op.timeout_s
        recs: list[Rec] = []
        try:
            parts: list[int] = []
            while not parts:
                md = c.list_topics(op.topic, timeout=10)
                t = md.topics.get(op.topic)
                if t is not None and t.error is None:
                    parts = sorted(t.partitions)
                if not parts:
                    if time.monotonic() > deadline:
                        raise AssertionError(f"{op.topic}: no partitions in metadata")
                    time.sleep(0.1)
            c.assign([TopicPartition(op.topic, p, OFFSET_BEGINNING) for p in parts])
            progress = _Progress(op)
            while progress.going(len(recs)):
                for m in c.consume(num_messages=5000, timeout=0.2):
                    if m.error():
                        raise AssertionError(f"consume error: {m.error()}")
                    tstype, ts = m.timestamp()
                    recs.append(
                        Rec(
                            m.partition(),
                            m.offset(),
                            ts,
                            m.key(),
                            m.value(),
                            tuple(m.headers() or ()),
                            {1: "CreateTime", 2: "LogAppendTime"}.get(tstype),
                        )
                    )
                if len(recs) >= op.expected:
                    positions = {
                        tp.partition: tp.offset
                        for tp in c.position([TopicPartition(op.topic, p) for p in parts])
                    }
                    ends = {
                        p: c.get_watermark_offsets(TopicPartition(op.topic, p), timeout=10)[1]
                        for p in parts
                    }
                    if all(ends[p] == 0 or positions[p] >= ends[p] for p in parts):
                        return ConsumeResult(recs, False)
            return ConsumeResult(recs, True)
        finally:
            c.close()


# ---------------------------------------------------------------- kafka-python


class KafkaPythonDriver(Driver):
    name = "kafka-python"
    null_header_values = False  # KafkaProducer.send: headers must be (str, bytes)

    def produce(self, bootstrap: str, op: ProduceOp) -> ProduceResult:
        from kafka import KafkaProducer

        acks: int | str = "all" if op.acks == "all" else int(op.acks)
        kw: dict[str, object] = {
            "bootstrap_servers": bootstrap,
            "client_id": "fluxmq-interop-kafka-python",
            "acks": acks,
            "compression_type": None if op.codec == "none" else op.codec,
            "enable_idempotence": op.idempotence,
            "linger_ms": 5,
            "request_timeout_ms": 30_000,
        }
        kw.update(op.props)
        p = KafkaProducer(**kw)
        s = op.spec
        futures = []
        try:
            for i in s.indexes:
                futures.append(
                    (
                        i,
                        p.send(
                            op.topic,
                            value=s.value(i),
                            key=s.key(i),
                            headers=s.header_list(i),
                            timestamp_ms=s.timestamp(i),
                        ),
                    )
                )
            p.flush(timeout=120)
        finally:
            p.close(timeout=30)
        meta: dict[int, tuple[int, int]] = {}
        errors: list[str] = []
        for i, f in futures:
            if not f.is_done:
                errors.append(f"index {i}: not done")
            elif f.failed():
                errors.append(f"index {i}: {f.exception!r}")
            else:
                md = f.value
                meta[i] = (md.partition, md.offset if md.offset is not None else -1)
        return ProduceResult(meta, errors)

    def consume(self, bootstrap: str, op: ConsumeOp) -> ConsumeResult:
        from kafka import KafkaConsumer, TopicPartition

        c = KafkaConsumer(
            bootstrap_servers=bootstrap,
            client_id="fluxmq-interop-kafka-python",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=5000,
            fetch_max_wait_ms=200,
        )
        deadline = time.monotonic() + op.timeout_s
        recs: list[Rec] = []
        try:
            parts: set[int] | None = None
            while not parts:
                parts = c.partitions_for_topic(op.topic)
                if not parts:
                    if time.monotonic() > deadline:
                        raise AssertionError(f"{op.topic}: no partitions in metadata")
                    c.topics()  # refreshes the metadata
                    time.sleep(0.1)
            tps = [TopicPartition(op.topic, p) for p in sorted(parts)]
            c.assign(tps)
            c.seek_to_beginning(*tps)
            progress = _Progress(op)
            while progress.going(len(recs)):
                for tp_recs in c.poll(timeout_ms=200, max_records=5000).values():
                    for m in tp_recs:
                        recs.append(
                            Rec(
                                m.partition,
                                m.offset,
                                m.timestamp,
                                m.key,
                                m.value,
                                tuple(m.headers or ()),
                                {0: "CreateTime", 1: "LogAppendTime"}.get(m.timestamp_type),
                            )
                        )
                if len(recs) >= op.expected:
                    ends = c.end_offsets(tps)
                    if all(c.position(tp) >= ends[tp] for tp in tps):
                        return ConsumeResult(recs, False)
            return ConsumeResult(recs, True)
        finally:
            c.close()


# ---------------------------------------------------------------- aiokafka


class AiokafkaDriver(Driver):
    name = "aiokafka"

    def produce(self, bootstrap: str, op: ProduceOp) -> ProduceResult:
        return asyncio.run(self._produce(bootstrap, op))

    async def _produce(self, bootstrap: str, op: ProduceOp) -> ProduceResult:
        from aiokafka import AIOKafkaProducer

        acks: int | str = "all" if op.acks == "all" else int(op.acks)
        kw: dict[str, object] = {
            "bootstrap_servers": bootstrap,
            "client_id": "fluxmq-interop-aiokafka",
            "acks": acks,
            "compression_type": None if op.codec == "none" else op.codec,
            "enable_idempotence": op.idempotence,
            "linger_ms": 5,
            "request_timeout_ms": 30_000,
        }
        kw.update(op.props)
        p = AIOKafkaProducer(**kw)
        await p.start()
        s = op.spec
        futs = []
        try:
            for i in s.indexes:
                fut = await p.send(
                    op.topic,
                    value=s.value(i),
                    key=s.key(i),
                    headers=s.header_list(i),
                    timestamp_ms=s.timestamp(i),
                )
                futs.append((i, fut))
            await p.flush()
            results = await asyncio.gather(*(f for _, f in futs), return_exceptions=True)
        finally:
            await p.stop()
        meta: dict[int, tuple[int, int]] = {}
        errors: list[str] = []
        for (i, _), r in zip(futs, results, strict=True):
            if isinstance(r, BaseException):
                errors.append(f"index {i}: {r!r}")
            elif r is not None:  # acks=0: aiokafka resolves the future with None
                meta[i] = (r.partition, r.offset if r.offset is not None else -1)
        return ProduceResult(meta, errors)

    def consume(self, bootstrap: str, op: ConsumeOp) -> ConsumeResult:
        return asyncio.run(self._consume(bootstrap, op))

    async def _consume(self, bootstrap: str, op: ConsumeOp) -> ConsumeResult:
        from aiokafka import AIOKafkaConsumer, TopicPartition

        c = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            client_id="fluxmq-interop-aiokafka",
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=5000,
            fetch_max_wait_ms=200,
        )
        await c.start()
        deadline = time.monotonic() + op.timeout_s
        recs: list[Rec] = []
        try:
            parts: set[int] | None = None
            while not parts:
                # topics() does not refresh the metadata partitions_for_topic() reads.
                await c._client.force_metadata_update()
                parts = c.partitions_for_topic(op.topic)
                if not parts:
                    if time.monotonic() > deadline:
                        raise AssertionError(f"{op.topic}: no partitions in metadata")
                    await asyncio.sleep(0.1)
            tps = [TopicPartition(op.topic, p) for p in sorted(parts)]
            c.assign(tps)
            await c.seek_to_beginning(*tps)
            progress = _Progress(op)
            while progress.going(len(recs)):
                try:  # getmany can block far past its timeout while offsets cannot be reset
                    batch = await asyncio.wait_for(c.getmany(timeout_ms=200, max_records=5000), 5)
                except TimeoutError:
                    continue
                for tp_recs in batch.values():
                    for m in tp_recs:
                        recs.append(
                            Rec(
                                m.partition,
                                m.offset,
                                m.timestamp,
                                m.key,
                                m.value,
                                tuple(m.headers or ()),
                                {0: "CreateTime", 1: "LogAppendTime"}.get(m.timestamp_type),
                            )
                        )
                if len(recs) >= op.expected:
                    ends = await c.end_offsets(tps)
                    positions = [await c.position(tp) for tp in tps]
                    if all(pos >= ends[tp] for pos, tp in zip(positions, tps, strict=True)):
                        return ConsumeResult(recs, False)
            return ConsumeResult(recs, True)
        finally:
            await c.stop()


PYTHON_DRIVERS: dict[str, Driver] = {
    d.name: d for d in (ConfluentDriver(), KafkaPythonDriver(), AiokafkaDriver())
}


def quiet_client_logs() -> None:
    """kafka-python and aiokafka log every retry at WARNING/ERROR; keep pytest's output useful."""
    for name in ("kafka", "aiokafka"):
        logging.getLogger(name).setLevel(os.environ.get("FLUXMQ_TEST_CLIENT_LOG", "ERROR"))
