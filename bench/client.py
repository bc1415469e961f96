"""Client suite: FluxMQ's asyncio client vs aiokafka, kafka-python and confluent-kafka.

    python -m bench client [--quick] [--repeat N] [-k CASE] [--profile]
    python -m bench.client [--quick] [--repeat N] [--records N] [--profile] [--write FILE]

What one run does (everything under bench/.work/client-run, git-ignored; loopback only):

1. starts Apache Kafka 4.1.1 (single-node KRaft, from the Maven artefacts cached by the broker
   suite) and fluxmq-server, each on free 127.0.0.1 ports with fresh data dirs
   (bench.broker's helpers);
2. per broker and per round (`--repeat`, default 5): for each client a fresh topic
   (1 partition, RF 1, created with FluxMQ's Admin), then one subprocess that produces
   `--records` (default 1,000,000) 100-byte values, then another that consumes them all from
   offset 0 with a manually assigned partition (no group); then the topic is deleted. The
   clients take turns within a round, so a burst of load on the shared machine hits them all;
3. the embedded transport: one subprocess runs an `EmbeddedBroker` on a temporary directory and
   FluxMQ's client with "embedded:///that/dir" produces and consumes the same records;
4. stops both brokers (SIGTERM, then SIGKILL after a bounded wait).

Every client gets acks=all, idempotence on (explicitly; it is aiokafka's and librdkafka's
non-default), linger 5 ms, batch size 256 KiB (FluxMQ's default; request limit 1 MiB), one
100-byte value object reused, null keys. Each consumer polls up to 10,000 records per call,
with each library's default fetch sizes (1 MiB per partition, 50 MiB per fetch, 500 ms wait).
A run's clock starts at the first send (producer connected, the topic's metadata known) or
the first poll (consumer connected, partition assigned) and stops when `flush()` returns
(every record acknowledged) or the last record arrives. gc stays enabled (as in applications).

Targets (issue 7): FluxMQ ≥ 3x aiokafka and ≥ 1.0x confluent-kafka msg/s, produce and consume;
embedded ≥ 5x FluxMQ over the network (against fluxmq-server).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import re
import resource
import shlex
import shutil
import statistics
import sys
import sysconfig
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import (
    ROOT,
    Config,
    Report,
    machine_info,
    markdown_table,
    package_version,
    text_table,
    update_section,
)
from .broker import (
    KAFKA_VERSION,
    LOG4J_VERSION,
    WORK,
    BenchError,
    Broker,
    broker_problems,
    build_kafka,
    java_version,
    proc_cpu,
    run_tool,
    start_fluxmq,
    start_kafka,
    stop_process,
)

DESCRIPTION = (
    "Clients: FluxMQ vs aiokafka vs kafka-python vs confluent-kafka, produce and consume"
    " 1,000,000 x 100 B against fluxmq-server and Apache Kafka, plus the embedded transport"
)

RUN_DIR = WORK / "client-run"
RECORDS = 1_000_000
SIZE = 100
PARTITIONS = 1
BATCH_BYTES = 262_144  # batch size for every client (FluxMQ's default)
LINGER_MS = 5
MAX_REQUEST = 1_048_576
POLL_MAX = 10_000  # records per poll call, every consumer
CHUNK = 10_000  # records per send_batch call (FluxMQ bulk API) and per checked window
WINDOW_LAG = 2  # per-record producers check a window's futures two windows later
CONFLUENT_FETCH_BACKOFF_MS = 0  # librdkafka's default 1000 ms stalls the fetcher (see body())
STALL_S = 60.0  # a consumer that receives nothing for this long gives up
ROUNDS = 5  # default rounds, median reported (the runner's default repeat, 7, is too many)
KAFKA_PYTHON_ROUNDS = 1  # kafka-python runs in the first round only (slow; no target on it)

# (client, mode): mode names the API used; label is what the tables show.
CLIENTS: list[tuple[str, str, str]] = [
    ("fluxmq", "record", "FluxMQ per-record"),
    ("fluxmq", "bulk", "FluxMQ bulk"),
    ("aiokafka", "record", "aiokafka"),
    ("kafka-python", "record", "kafka-python"),
    ("confluent", "record", "confluent-kafka"),
]
SHORT = {  # the FluxMQ API in the target tables
    ("record", "produce"): "per-record: `await enqueue()`",
    ("bulk", "produce"): "bulk: `send_batch()`",
    ("record", "consume"): "per-record: `async for`",
    ("bulk", "consume"): "bulk: `getmany()`",
}
_WIN = f"futures checked per {CHUNK:,}-record window, two windows behind"
API = {
    ("fluxmq", "record", "produce"): f"`await enqueue()` per record, {_WIN}; `flush()`",
    ("fluxmq", "bulk", "produce"): f"`send_batch(wait=False)` x {CHUNK:,} values, `flush()`",
    ("fluxmq", "record", "consume"): "`async for record in consumer`",
    ("fluxmq", "bulk", "consume"): f"`getmany(max_records={POLL_MAX:,})`",
    ("aiokafka", "record", "produce"): f"`await send()` per record, {_WIN}; `flush()`",
    ("aiokafka", "record", "consume"): f"`getmany(max_records={POLL_MAX:,})`",
    ("kafka-python", "record", "produce"): f"`send()` per record, {_WIN}; `flush()`",
    ("kafka-python", "record", "consume"): f"`poll(max_records={POLL_MAX:,})`",
    ("confluent", "record", "produce"): "`produce()` per record + delivery callback"
    " (counts failures), `poll(0)` every 10,000, `flush()`",
    ("confluent", "record", "consume"): f"`consume(num_messages={POLL_MAX:,})`",
}


# =========================================================================== workers
# Each runs in its own subprocess (`python -m bench.client --worker JSON`) and prints one
# `RESULT {json}` line. Only the library under test is imported there.


def _now() -> tuple[float, float]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return time.perf_counter(), ru.ru_utime + ru.ru_stime


class _Clock:
    def __init__(self, profile: str | None) -> None:
        self.profile = profile
        self.prof: Any = None
        self.t0 = self.c0 = self.seconds = self.cpu = self.t1 = 0.0
        self.n1 = 0  # records in the first batch received (consumers)

    def mark(self, n: int) -> None:
        """The first records arrived (consumers): steady-state rate is timed from here."""
        self.t1, self.n1 = time.perf_counter(), n

    def start(self) -> None:
        if self.profile:
            import cProfile

            self.prof = cProfile.Profile()
            self.prof.enable()
        self.t0, self.c0 = _now()

    def stop(self) -> None:
        t1, c1 = _now()
        if self.prof is not None:
            self.prof.disable()
            self.prof.dump_stats(self.profile)
        self.seconds, self.cpu = t1 - self.t0, c1 - self.c0
        if self.n1:
            self.t1 -= self.t0  # seconds from the first poll to the first records


async def _flux_produce(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from fluxmq.client import Producer

    topic, n, value = a["topic"], a["records"], b"x" * a["size"]
    async with Producer(
        a["bootstrap"],
        acks="all",
        enable_idempotence=True,
        linger_ms=LINGER_MS,
        batch_size=BATCH_BYTES,
        max_request_size=MAX_REQUEST,
        transport=a.get("transport"),  # the zero-cost ceiling's (see _ceiling)
    ) as p:
        await p.partitions_for(topic)
        errors = 0
        if a["mode"] == "record":

            async def check(window: list[Any]) -> int:
                for f in window:
                    if not f.done():
                        with contextlib.suppress(Exception):
                            await f.wait()
                return sum(1 for f in window if f.exception() is not None)

            enqueue = p.enqueue
            windows: deque[list[Any]] = deque()
            clock.start()
            left = n
            while left > 0:
                k = min(left, CHUNK)
                w: list[Any] = [None] * k
                for i in range(k):
                    w[i] = await enqueue(topic, value)
                windows.append(w)
                left -= k
                if len(windows) > WINDOW_LAG:
                    errors += await check(windows.popleft())
            await p.flush()
            while windows:
                errors += await check(windows.popleft())
            clock.stop()
        else:
            chunk = [value] * CHUNK
            results = []
            clock.start()
            left = n
            while left > 0:
                part = chunk if left >= CHUNK else chunk[:left]
                results.append(await p.send_batch(topic, part, wait=False))
                left -= len(part)
            await p.flush()
            clock.stop()
            for r in results:
                try:
                    await r.wait()
                except Exception:
                    errors += len(r)
    return {"errors": errors}


async def _flux_consume(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from fluxmq.client import Consumer, TopicPartition

    topic, n = a["topic"], a["records"]
    got = 0
    last = -1
    async with Consumer(
        a["bootstrap"],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        transport=a.get("transport"),
    ) as c:
        c.assign([TopicPartition(topic, p) for p in range(a["partitions"])])
        if a["mode"] == "record":
            clock.start()
            async for rec in c:  # bounded by the parent's timeout on this subprocess
                got += 1
                if got == 1:
                    clock.mark(1)
                if got >= n:
                    last = rec.offset
                    break
            clock.stop()
        else:
            clock.start()
            idle = time.monotonic()
            while got < n:
                batches = await c.getmany(timeout_ms=1000, max_records=POLL_MAX)
                if batches:
                    idle = time.monotonic()
                    for recs in batches.values():
                        got += len(recs)
                        last = recs[-1].offset
                    if not clock.n1:
                        clock.mark(got)
                elif time.monotonic() - idle > STALL_S:
                    break
            clock.stop()
    return {"consumed": got, "last_offset": last}


async def _aiokafka_produce(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from aiokafka import AIOKafkaProducer

    topic, n, value = a["topic"], a["records"], b"x" * a["size"]
    p = AIOKafkaProducer(
        bootstrap_servers=a["bootstrap"],
        acks="all",
        enable_idempotence=True,
        linger_ms=LINGER_MS,
        max_batch_size=BATCH_BYTES,
        max_request_size=MAX_REQUEST,
    )
    await p.start()
    try:
        await p.partitions_for(topic)

        async def check(window: list[Any]) -> int:
            pending = [f for f in window if not f.done()]
            if pending:
                await asyncio.wait(pending)
            return sum(1 for f in window if f.cancelled() or f.exception() is not None)

        send = p.send
        windows: deque[list[Any]] = deque()
        errors = 0
        clock.start()
        left = n
        while left > 0:
            k = min(left, CHUNK)
            w: list[Any] = [None] * k
            for i in range(k):
                w[i] = await send(topic, value)
            windows.append(w)
            left -= k
            if len(windows) > WINDOW_LAG:
                errors += await check(windows.popleft())
        await p.flush()
        while windows:
            errors += await check(windows.popleft())
        clock.stop()
    finally:
        await p.stop()
    return {"errors": errors}


async def _aiokafka_consume(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    topic, n = a["topic"], a["records"]
    c = AIOKafkaConsumer(
        bootstrap_servers=a["bootstrap"], enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await c.start()
    got, last = 0, -1
    try:
        c.assign([TopicPartition(topic, p) for p in range(a["partitions"])])
        clock.start()
        idle = time.monotonic()
        while got < n:
            batches = await c.getmany(timeout_ms=1000, max_records=POLL_MAX)
            if batches:
                idle = time.monotonic()
                for recs in batches.values():
                    got += len(recs)
                    last = recs[-1].offset
                if not clock.n1:
                    clock.mark(got)
            elif time.monotonic() - idle > STALL_S:
                break
        clock.stop()
    finally:
        await c.stop()
    return {"consumed": got, "last_offset": last}


def _kafka_python_produce(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from kafka import KafkaProducer

    topic, n, value = a["topic"], a["records"], b"x" * a["size"]
    p = KafkaProducer(
        bootstrap_servers=a["bootstrap"],
        acks="all",
        enable_idempotence=True,
        linger_ms=LINGER_MS,
        batch_size=BATCH_BYTES,
        max_request_size=MAX_REQUEST,
    )
    try:
        p.partitions_for(topic)

        def check(window: list[Any]) -> int:
            for f in window:
                if not f.is_done:
                    with contextlib.suppress(Exception):
                        f.get(timeout=120)
            return sum(1 for f in window if not f.succeeded())

        send = p.send
        windows: deque[list[Any]] = deque()
        errors = 0
        clock.start()
        left = n
        while left > 0:
            k = min(left, CHUNK)
            w: list[Any] = [None] * k
            for i in range(k):
                w[i] = send(topic, value)
            windows.append(w)
            left -= k
            if len(windows) > WINDOW_LAG:
                errors += check(windows.popleft())
        p.flush(timeout=300)
        while windows:
            errors += check(windows.popleft())
        clock.stop()
    finally:
        p.close(timeout=30)
    return {"errors": errors}


def _kafka_python_consume(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from kafka import KafkaConsumer, TopicPartition

    topic, n = a["topic"], a["records"]
    c = KafkaConsumer(
        bootstrap_servers=a["bootstrap"], enable_auto_commit=False, auto_offset_reset="earliest"
    )
    got, last = 0, -1
    try:
        c.assign([TopicPartition(topic, p) for p in range(a["partitions"])])
        clock.start()
        idle = time.monotonic()
        while got < n:
            batches = c.poll(timeout_ms=1000, max_records=POLL_MAX)
            if batches:
                idle = time.monotonic()
                for recs in batches.values():
                    got += len(recs)
                    last = recs[-1].offset
                if not clock.n1:
                    clock.mark(got)
            elif time.monotonic() - idle > STALL_S:
                break
        clock.stop()
    finally:
        c.close()
    return {"consumed": got, "last_offset": last}


def _confluent_produce(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from confluent_kafka import Producer

    topic, n, value = a["topic"], a["records"], b"x" * a["size"]
    failed = [0]

    def delivered(err: Any, _msg: Any) -> None:
        if err is not None:
            failed[0] += 1

    p = Producer(
        {
            "bootstrap.servers": a["bootstrap"],
            "acks": "all",
            "enable.idempotence": True,
            "linger.ms": LINGER_MS,
            "batch.size": BATCH_BYTES,
            "message.max.bytes": MAX_REQUEST,
            "on_delivery": delivered,
        }
    )
    p.list_topics(topic, timeout=30)
    produce, poll = p.produce, p.poll
    clock.start()
    left = n
    while left > 0:
        k = min(left, 10_000)
        for _ in range(k):
            try:
                produce(topic, value)
            except BufferError:  # local queue full: serve delivery reports until there is room
                while True:
                    poll(0.01)
                    try:
                        produce(topic, value)
                        break
                    except BufferError:
                        continue
        poll(0)
        left -= k
    remaining = p.flush(300)
    clock.stop()
    return {"errors": failed[0] + remaining}


def _confluent_consume(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from confluent_kafka import OFFSET_BEGINNING, Consumer, Message, TopicPartition

    topic, n = a["topic"], a["records"]
    c = Consumer(
        {
            "bootstrap.servers": a["bootstrap"],
            "group.id": "bench-unused",  # required by the library; assign() joins no group
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "fetch.queue.backoff.ms": CONFLUENT_FETCH_BACKOFF_MS,
        }
    )
    got, last, errors = 0, -1, 0
    error = Message.error
    try:
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(a["partitions"])])
        clock.start()
        idle = time.monotonic()
        while got < n:
            msgs = c.consume(num_messages=POLL_MAX, timeout=1.0)
            if msgs:
                idle = time.monotonic()
                if any(map(error, msgs)):
                    good = [m for m in msgs if m.error() is None]
                    errors += len(msgs) - len(good)
                    msgs = good
                    if not msgs:
                        continue
                got += len(msgs)
                last = msgs[-1].offset()
                if not clock.n1:
                    clock.mark(got)
            elif time.monotonic() - idle > STALL_S:
                break
        clock.stop()
    finally:
        c.close()
    return {"consumed": got, "last_offset": last, "errors": errors}


def _ceiling_transports(broker: Any) -> tuple[Any, Any]:
    """Transports for the zero-cost ceiling: one acknowledging every Produce at once without
    storing it, one answering each Fetch from a recording of the embedded broker's answers
    (empty until `recording` is set). Anything else goes to the embedded broker. Together
    they bound what any transport could give FluxMQ's client: its own work, nothing else."""
    from fluxmq.client.embedded import EmbeddedTransport
    from fluxmq.protocol.message import Message
    from fluxmq.protocol.messages.produce_response import (
        PartitionProduceResponse,
        ProduceResponse,
        TopicProduceResponse,
    )
    from fluxmq.protocol.records.batch import RecordBatch

    class Acking(EmbeddedTransport):
        next_offset = 0

        async def request(
            self, msg: Message, version: int, *, node: int = -1, timeout: float = 30.0
        ) -> Message | None:
            if msg.API_KEY != 0:
                return await super().request(msg, version, node=node, timeout=timeout)
            topics = []
            for t in msg.topic_data:  # type: ignore[attr-defined]
                parts = []
                for pd in t.partition_data:
                    parts.append(
                        PartitionProduceResponse(
                            index=pd.index, base_offset=self.next_offset, log_append_time_ms=-1
                        )
                    )
                    self.next_offset += RecordBatch(pd.records).record_count
                topics.append(TopicProduceResponse(name=t.name, partition_responses=parts))
            return ProduceResponse(responses=topics)

    answers: dict[tuple[Any, ...], Message | None] = {}

    class Replaying(EmbeddedTransport):
        recording = False

        async def request(
            self, msg: Message, version: int, *, node: int = -1, timeout: float = 30.0
        ) -> Message | None:
            if msg.API_KEY != 1:
                return await super().request(msg, version, node=node, timeout=timeout)
            key = tuple(
                (t.topic, p.partition, p.fetch_offset)
                for t in msg.topics  # type: ignore[attr-defined]
                for p in t.partitions
            )
            if not self.recording and key in answers:
                return answers[key]
            resp = await super().request(msg, version, node=node, timeout=timeout)
            if self.recording:
                answers[key] = resp
            return resp

    return Acking(broker), Replaying


async def _ceiling(a: dict[str, Any], clock: _Clock, broker: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    acking, replaying = _ceiling_transports(broker)
    if a["phase"] in ("produce", "both"):
        out.update(await _flux_produce({**a, "transport": acking}, clock))
        out["produce_seconds"], out["produce_cpu"] = clock.seconds, clock.cpu
    if a["phase"] in ("consume", "both"):
        await _flux_produce(a, _Clock(None))  # the records, stored for real (not timed)
        recorder = replaying(broker)
        recorder.recording = True
        await _flux_consume({**a, "transport": recorder}, _Clock(None))
        cclock = _Clock(None)
        out.update(await _flux_consume({**a, "transport": replaying(broker)}, cclock))
        out["consume_seconds"], out["consume_cpu"] = cclock.seconds, cclock.cpu
        out["consume_first_seconds"], out["consume_first_count"] = cclock.t1, cclock.n1
    return out


async def _embedded(a: dict[str, Any], clock: _Clock) -> dict[str, Any]:
    from fluxmq.client import Admin, EmbeddedBroker

    out: dict[str, Any] = {}
    data = tempfile.mkdtemp(prefix="embedded-", dir=a["dir"])
    try:
        async with EmbeddedBroker(data) as broker:
            a = {**a, "bootstrap": broker.bootstrap_servers}  # "embedded:///<data>"
            async with Admin(a["bootstrap"]) as admin:
                await admin.create_topic(a["topic"], a["partitions"], 1)
            if a.get("ceiling"):
                assert broker.broker is not None
                out.update(await _ceiling(a, clock, broker.broker))
                out["bootstrap"] = a["bootstrap"]
                return out
            if a["phase"] in ("produce", "both"):
                out.update(await _flux_produce(a, clock))
                out["produce_seconds"], out["produce_cpu"] = clock.seconds, clock.cpu
            if a["phase"] in ("consume", "both"):
                cclock = _Clock(a.get("profile_consume"))
                out.update(await _flux_consume(a, cclock))
                out["consume_seconds"], out["consume_cpu"] = cclock.seconds, cclock.cpu
                out["consume_first_seconds"], out["consume_first_count"] = cclock.t1, cclock.n1
            out["bootstrap"] = a["bootstrap"]
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return out


WORKERS: dict[tuple[str, str], Callable[[dict[str, Any], _Clock], Any]] = {
    ("fluxmq", "produce"): _flux_produce,
    ("fluxmq", "consume"): _flux_consume,
    ("aiokafka", "produce"): _aiokafka_produce,
    ("aiokafka", "consume"): _aiokafka_consume,
    ("kafka-python", "produce"): _kafka_python_produce,
    ("kafka-python", "consume"): _kafka_python_consume,
    ("confluent", "produce"): _confluent_produce,
    ("confluent", "consume"): _confluent_consume,
    ("embedded", "both"): _embedded,
}


def worker(spec: str) -> int:
    a = json.loads(spec)
    fn = WORKERS[(a["client"], a["phase"])]
    clock = _Clock(a.get("profile"))
    out: dict[str, Any]
    if asyncio.iscoroutinefunction(fn):
        out = asyncio.run(fn(a, clock))
    else:
        out = fn(a, clock)
    out.setdefault("seconds", clock.seconds)
    out.setdefault("cpu", clock.cpu)
    out.setdefault("first_seconds", clock.t1)
    out.setdefault("first_count", clock.n1)
    print("RESULT " + json.dumps(out), flush=True)
    return 0


# =========================================================================== orchestration


class _Say:
    def __init__(self) -> None:
        self.t0 = time.monotonic()

    def __call__(self, msg: str) -> None:
        print(f"[{time.monotonic() - self.t0:6.1f} s] {msg}", flush=True)


@dataclass
class Run:
    broker: str  # "fluxmq-server", "Kafka", "embedded"
    client: str
    mode: str
    label: str
    phase: str  # produce / consume
    records: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # client process CPU during the timed part
    broker_cpu: float = 0.0  # broker process CPU during the whole worker
    first_seconds: float = 0.0  # consumers: first poll -> first records
    first_count: int = 0  # consumers: records in that first arrival
    error: str = ""

    @property
    def msgs(self) -> float:
        """produce: records / time to flush; consume: steady state, from the first records
        received to the last (what follows the first arrival / the time it took)."""
        if self.error or self.seconds <= 0:
            return 0.0
        if self.phase == "consume" and 0 < self.first_count < self.records:
            return (self.records - self.first_count) / (self.seconds - self.first_seconds)
        return self.records / self.seconds

    @property
    def mbs(self) -> float:
        return self.msgs * SIZE / 2**20


@dataclass
class Outcome:
    runs: list[Run]
    records: int
    repeat: int
    notes: list[str] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)
    profiles: dict[str, str] = field(default_factory=dict)
    jdk: str = ""
    seconds: float = 0.0


def _run_worker(spec: dict[str, Any], timeout: float) -> tuple[dict[str, Any] | None, str]:
    cmd = [sys.executable, "-m", "bench.client", "--worker", json.dumps(spec)]
    rc, out, err = run_tool(cmd, timeout)
    for line in out.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:]), ""
    why = f"timed out after {timeout:.0f} s" if rc is None else f"exit {rc}"
    tail = " | ".join((err or out).strip().splitlines()[-3:])[-400:]
    return None, f"{why}: {tail}"


def _admin(bootstrap: str, op: str, topic: str, partitions: int = PARTITIONS) -> str:
    """Create or delete `topic` with FluxMQ's Admin (in this process); '' or the error."""
    from fluxmq.client import Admin

    async def go() -> None:
        async with Admin(bootstrap) as admin:
            if op == "create":
                await admin.create_topic(topic, partitions, 1)
            else:
                await admin.delete_topics([topic])

    try:
        asyncio.run(asyncio.wait_for(go(), 60))
    except Exception as e:
        return f"{op} {topic}: {type(e).__name__}: {e}"
    return ""


def _check(run: Run, res: dict[str, Any] | None, err: str, n: int) -> None:
    if res is None:
        run.error = err
        return
    run.seconds, run.cpu = float(res["seconds"]), float(res["cpu"])
    run.first_seconds = float(res.get("first_seconds", 0.0))
    run.first_count = int(res.get("first_count", 0))
    if run.phase == "produce":
        run.records = n
        if res.get("errors"):
            run.error = f"{res['errors']:,} records not acknowledged"
    else:
        run.records = int(res.get("consumed", 0))
        if run.records != n or res.get("last_offset") != n - 1 or res.get("errors"):
            run.error = (
                f"consumed {run.records:,}/{n:,}, last offset {res.get('last_offset')},"
                f" {res.get('errors', 0)} errors"
            )


def _timeout(n: int) -> float:
    return max(60.0, 300.0 * n / 1_000_000)


def _one_network(
    broker: Broker, client: str, mode: str, label: str, n: int, rnd: int, say: _Say
) -> list[Run]:
    topic = f"bench-{client}-{mode}-{rnd}-{time.monotonic_ns() % 10**9}"
    bname = "fluxmq-server" if broker.name == "FluxMQ" else broker.name
    runs = [Run(bname, client, mode, label, ph) for ph in ("produce", "consume")]
    err = _admin(broker.bootstrap, "create", topic)
    if err:
        for r in runs:
            r.error = err
        return runs
    for r in runs:
        spec = {
            "client": client,
            "mode": mode,
            "phase": r.phase,
            "bootstrap": broker.bootstrap,
            "topic": topic,
            "records": n,
            "size": SIZE,
            "partitions": PARTITIONS,
        }
        cpu0 = proc_cpu(broker.pid)
        res, err = _run_worker(spec, _timeout(n))
        r.broker_cpu = proc_cpu(broker.pid) - cpu0
        _check(r, res, err, n)
        say(
            f"{bname:<13} {label:<18} {r.phase:<7} {r.msgs:>11,.0f} msg/s"
            f" {r.seconds:6.2f} s cpu {r.cpu:5.2f} s broker {r.broker_cpu:5.2f} s"
            f" first {r.first_seconds * 1000:4.0f} ms {r.error}"
        )
        if r.phase == "produce" and r.error:
            runs[1].error = "not run (produce failed)"
            break
    _admin(broker.bootstrap, "delete", topic)
    return runs


def _one_embedded(
    mode: str, n: int, rnd: int, say: _Say, profile: str = "", ceiling: bool = False
) -> list[Run]:
    label = f"FluxMQ {'per-record' if mode == 'record' else 'bulk'}"
    place = CEILING if ceiling else "embedded"
    runs = [Run(place, "fluxmq", mode, label, ph) for ph in ("produce", "consume")]
    spec: dict[str, Any] = {
        "client": "embedded",
        "mode": mode,
        "phase": "both",
        "dir": str(RUN_DIR),
        "topic": f"bench-embedded-{mode}-{rnd}",
        "records": n,
        "size": SIZE,
        "partitions": PARTITIONS,
        "ceiling": ceiling,
    }
    if profile:
        spec["profile"], spec["profile_consume"] = profile + ".produce", profile + ".consume"
    res, err = _run_worker(spec, 2 * _timeout(n))
    for r in runs:
        if res is None:
            r.error = err
        else:
            sub = {
                "seconds": res.get(f"{r.phase}_seconds", 0.0),
                "cpu": res.get(f"{r.phase}_cpu", 0.0),
                "first_seconds": res.get(f"{r.phase}_first_seconds", 0.0),
                "first_count": res.get(f"{r.phase}_first_count", 0),
                **{k: v for k, v in res.items() if k in ("errors", "consumed", "last_offset")},
            }
            _check(r, sub, "", n)
        say(
            f"{place[:13]:<13} {label:<18} {r.phase:<7} {r.msgs:>11,.0f} msg/s"
            f" {r.seconds:6.2f} s cpu {r.cpu:5.2f} s first {r.first_seconds * 1000:4.0f} ms"
            f" {r.error}"
        )
    return runs


def _select(cases: tuple[str, ...]) -> tuple[list[tuple[str, str, str]], set[str]]:
    """-k tokens: broker names (fluxmq-server, kafka, embedded) and client labels/names pick
    brokers and clients; a kind with no token matching it runs in full."""
    toks = [k.lower() for k in cases]
    places = {"fluxmq-server", "kafka", "embedded"}
    chosen = {p for p in places if any(t in p for t in toks)} or places
    ctoks = [t for t in toks if t not in places]
    clients = [c for c in CLIENTS if any(t in f"{c[0]} {c[2]}".lower() for t in ctoks)]
    return clients or CLIENTS, chosen


def measure(
    records: int, repeat: int, say: _Say, cases: tuple[str, ...] = (), profile: str = ""
) -> Outcome:
    """Run everything; `profile` = "" (no profiling), "misses" or "all"."""
    started = time.monotonic()
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    o = Outcome([], records, repeat, jdk=java_version())
    clients, places = _select(cases)
    libs = build_kafka(KAFKA_VERSION, LOG4J_VERSION, say)
    for bname in ("FluxMQ", "Kafka"):
        here = "fluxmq-server" if bname == "FluxMQ" else "kafka"
        embedded = bname == "FluxMQ" and "embedded" in places
        if here not in places and not embedded:
            continue
        b: Broker | None = None
        try:
            if here in places:
                b = (
                    start_fluxmq(say, RUN_DIR)
                    if bname == "FluxMQ"
                    else start_kafka(libs, say, RUN_DIR)
                )
            for rnd in range(repeat):
                if b is not None:
                    for client, mode, label in clients:
                        if client == "kafka-python" and rnd >= KAFKA_PYTHON_ROUNDS:
                            continue  # ~50 s a round, and no target depends on it
                        o.runs += _one_network(b, client, mode, label, records, rnd, say)
                        if b.proc is not None and b.proc.poll() is not None:
                            raise BenchError(f"{b.name} exited ({b.proc.returncode})")
                if embedded:
                    for mode in ("record", "bulk"):
                        o.runs += _one_embedded(mode, records, rnd, say)
                        o.runs += _one_embedded(mode, records, rnd, say, ceiling=True)
            if profile and b is not None:
                o.profiles.update(_profiles(o, b, records, profile, say))
        finally:
            if b is not None:
                stop_process(b.proc)
                o.problems[b.name] = broker_problems(b)
                if b.data_dir is not None and b.proc is not None and b.proc.poll() is not None:
                    shutil.rmtree(b.data_dir, ignore_errors=True)  # deleted topics linger
    if profile and "embedded" in places:
        o.profiles.update(_profiles(o, None, records, profile, say))
    o.seconds = time.monotonic() - started
    return o


# =========================================================================== summaries


def _median(runs: list[Run]) -> float:
    ok = [r.msgs for r in runs if not r.error]
    return statistics.median(ok) if ok else 0.0


def _group(o: Outcome) -> dict[tuple[str, str, str], list[Run]]:
    out: dict[tuple[str, str, str], list[Run]] = {}
    for r in o.runs:
        out.setdefault((r.broker, r.label, r.phase), []).append(r)
    return out


def _k(x: float) -> str:
    return f"{x / 1000:,.0f}k" if x else "fail"


def _ratio(a: float, b: float, target: float | None = None) -> str:
    if a <= 0 or b <= 0:
        return "-"
    s = f"{a / b:.2f}x"
    return s if target is None else s + (" (meets)" if a / b >= target else " (**misses**)")


HEADER = [
    "broker",
    "client",
    "produce msg/s",
    "MiB/s",
    "client CPU s",
    "broker CPU s",
    "runs (msg/s)",
    "consume msg/s",
    "MiB/s",
    "first records ms",
    "client CPU s",
    "broker CPU s",
    "runs (msg/s)",
    "note",
]


def result_rows(o: Outcome) -> list[list[str]]:
    g = _group(o)
    rows = []
    keys = dict.fromkeys((b, lab) for b, lab, _ in g)
    for broker, label in keys:
        row = [broker, label]
        notes = []
        for phase in ("produce", "consume"):
            runs = g.get((broker, label, phase), [])
            med = _median(runs)
            ok = [r for r in runs if not r.error]
            cpu = statistics.median(r.cpu for r in ok) if ok else 0.0
            bcpu = statistics.median(r.broker_cpu for r in ok) if ok else 0.0
            first = statistics.median(r.first_seconds for r in ok) * 1000 if ok else 0.0
            row += [
                f"{med:,.0f}" if med else "fail",
                f"{med * SIZE / 2**20:.1f}" if med else "-",
                *([f"{first:,.0f}" if ok else "-"] if phase == "consume" else []),
                f"{cpu:.2f}" if ok else "-",
                f"{bcpu:.2f}" if ok and broker not in ("embedded", CEILING) else "-",
                " / ".join(_k(r.msgs) for r in runs),
            ]
            notes += [f"{phase}: {r.error[:100]}" for r in runs if r.error][:1]
        rows.append([*row, "; ".join(notes)])
    return rows


TARGET_HEADER = [
    "broker",
    "phase",
    "FluxMQ API",
    "FluxMQ msg/s",
    "aiokafka msg/s",
    "vs aiokafka (≥3x)",
    "confluent msg/s",
    "vs confluent (≥1.0x)",
]


def target_rows(o: Outcome) -> list[list[str]]:
    g = _group(o)
    rows = []
    for broker in ("fluxmq-server", "Kafka"):
        for phase in ("produce", "consume"):
            aio = _median(g.get((broker, "aiokafka", phase), []))
            cfl = _median(g.get((broker, "confluent-kafka", phase), []))
            for mode, label in (("record", "FluxMQ per-record"), ("bulk", "FluxMQ bulk")):
                runs = g.get((broker, label, phase))
                if not runs:
                    continue
                f = _median(runs)
                rows.append(
                    [
                        broker,
                        phase,
                        SHORT[(mode, phase)],
                        f"{f:,.0f}" if f else "fail",
                        f"{aio:,.0f}" if aio else "-",
                        _ratio(f, aio, 3.0),
                        f"{cfl:,.0f}" if cfl else "-",
                        _ratio(f, cfl, 1.0),
                    ]
                )
    return rows


EMB_HEADER = [
    "phase",
    "FluxMQ API",
    "embedded msg/s",
    "network msg/s",
    "embedded/network (≥5x)",
    "zero-cost transport msg/s",
    "zero-cost/network: the most any transport could give",
]
# The client with a transport that costs nothing (Produce acknowledged at once and not stored,
# Fetch answered from a recording): the ceiling of every transport, embedded included.
CEILING = "zero-cost transport"


def embedded_rows(o: Outcome) -> list[list[str]]:
    g = _group(o)
    rows = []
    for phase in ("produce", "consume"):
        for mode, label in (("record", "FluxMQ per-record"), ("bulk", "FluxMQ bulk")):
            e = g.get(("embedded", label, phase))
            if not e:
                continue
            em, net = _median(e), _median(g.get(("fluxmq-server", label, phase), []))
            top = _median(g.get((CEILING, label, phase), []))
            rows.append(
                [
                    phase,
                    SHORT[(mode, phase)],
                    f"{em:,.0f}" if em else "fail",
                    f"{net:,.0f}" if net else "-",
                    _ratio(em, net, 5.0),
                    f"{top:,.0f}" if top else "-",
                    f"{top / net:.2f}x" if top and net else "-",
                ]
            )
    return rows


def misses(o: Outcome) -> list[tuple[str, str, str]]:
    """(broker, mode, phase) of FluxMQ cases missing a target."""
    out = []
    for row in target_rows(o):
        if "misses" in row[5] + row[7] or row[3] == "fail":
            mode = "record" if row[2].startswith("per-record") else "bulk"
            out.append((row[0], mode, row[1]))
    for row in embedded_rows(o):
        if "misses" in row[4] or row[2] == "fail":
            mode = "record" if row[1].startswith("per-record") else "bulk"
            out.append(("embedded", mode, row[0]))
    return out


# =========================================================================== profiling


def _profile_summary(path: str, top: int = 14) -> str:
    import pstats

    st = pstats.Stats(path)
    total = st.total_tt  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        short = file
        for prefix in (
            sysconfig.get_paths()["stdlib"],
            str(Path(sys.prefix)),
            str(Path(__file__).resolve().parent.parent),
        ):
            if short.startswith(prefix):
                short = short[len(prefix) :].lstrip("/")
        short = short.replace("lib/python3.11/site-packages/", "")
        name = re.sub(r" at 0x[0-9a-f]+", "", name)  # tuple.__new__ (ConsumerRecord)
        rows.append((tt, ct, nc, f"{short}:{line}({name})"))
    rows.sort(reverse=True)
    out = [f"total {total:.2f} s (profiled); tottime / cumtime / calls / function"]
    out += [f"  {tt:6.2f} {ct:6.2f} {nc:>9,} {fn}" for tt, ct, nc, fn in rows[:top]]
    return "\n".join(out)


def _profiles(
    o: Outcome, broker: Broker | None, records: int, how: str, say: _Say
) -> dict[str, str]:
    """cProfile FluxMQ's client in the cases that missed a target (`how`="all": every case)."""
    bname = (
        "embedded" if broker is None else ("fluxmq-server" if broker.name == "FluxMQ" else "Kafka")
    )
    wanted = {(b, m, ph) for b, m, ph in misses(o) if b == bname}
    if how == "all":
        wanted = {(bname, m, ph) for m in ("record", "bulk") for ph in ("produce", "consume")}
    out: dict[str, str] = {}
    for mode in ("record", "bulk"):
        phases = [ph for ph in ("produce", "consume") if (bname, mode, ph) in wanted]
        if not phases:
            continue
        prof = str(RUN_DIR / f"profile-{bname}-{mode}")
        if broker is None:
            _one_embedded(mode, records, 99, say, profile=prof)
        else:
            topic = f"bench-profile-{mode}-{time.monotonic_ns() % 10**9}"
            if _admin(broker.bootstrap, "create", topic):
                continue
            for ph in ("produce", "consume"):
                spec = {
                    "client": "fluxmq",
                    "mode": mode,
                    "phase": ph,
                    "bootstrap": broker.bootstrap,
                    "topic": topic,
                    "records": records,
                    "size": SIZE,
                    "partitions": PARTITIONS,
                }
                if ph in phases:
                    spec["profile"] = f"{prof}.{ph}"
                _run_worker(spec, 3 * _timeout(records))
            _admin(broker.bootstrap, "delete", topic)
        for ph in phases:
            path = f"{prof}.{ph}"
            if os.path.exists(path):
                key = f"{bname} {ph} {SHORT[(mode, ph)]}"
                out[key] = _profile_summary(path)
                say(f"profile {key}:\n{out[key]}")
    return out


# =========================================================================== report


def body(o: Outcome, command: str, machine: dict[str, str] | None, quick: bool) -> str:
    versions = ", ".join(
        f"{name} {package_version(dist)}"
        for name, dist in (
            ("aiokafka", "aiokafka"),
            ("kafka-python", "kafka-python"),
            ("confluent-kafka", "confluent-kafka"),
        )
    )
    try:
        import confluent_kafka

        librdkafka = confluent_kafka.libversion()[0]
    except ImportError:
        librdkafka = "?"
    lines = []
    if machine is not None:
        lines += [f"- command: `{command}`", *(f"- {k}: {v}" for k, v in machine.items())]
    lines += [
        "- the runner's timing line does not apply here: each figure is the median of"
        f" {o.repeat} run(s) (every run listed, in k msg/s); suite took {o.seconds:.0f} s"
        + (" (quick: smoke test only)" if quick else ""),
        f"- workload: {o.records:,} records x {SIZE} B values (one bytes object reused, null"
        f" keys, no headers), a fresh {PARTITIONS}-partition RF-1 topic per run (created, then"
        " deleted, with FluxMQ's Admin), produced by one subprocess, then consumed from offset 0"
        " by another (manually assigned partition, no group, no commits); clients take turns"
        " within each round; brokers one at a time (fluxmq-server with the embedded runs"
        " interleaved, then Kafka); unpinned: client and broker share the 2 cores",
        f"- brokers: fluxmq-server (this checkout) and Apache Kafka {KAFKA_VERSION} (Maven"
        " Central, single-node KRaft, stock JVM flags -Xmx1G -Xms1G G1), started by the suite"
        " on 127.0.0.1 with fresh data dirs, no fsync on produce (both defaults);"
        f" JDK: {o.jdk}",
        f"- peers: {versions} (librdkafka {librdkafka}); FluxMQ's client runs on asyncio"
        " (anyio), as does aiokafka; no uvloop",
        f"- producer settings, every client: acks=all, idempotence on (set explicitly: it is"
        f" FluxMQ's and kafka-python's default but not aiokafka's or librdkafka's), linger"
        f" {LINGER_MS} ms, batch size {BATCH_BYTES:,} B (FluxMQ's default; `max_batch_size`"
        f" in aiokafka, `batch.size` in librdkafka), max request {MAX_REQUEST:,} B, no"
        " compression, other settings default (buffer 32 MiB; librdkafka's queue 100,000"
        " messages)",
        f"- consumer settings: up to {POLL_MAX:,} records per poll call, default fetch sizes"
        " (1 MiB per partition, 50 MiB per fetch) and waits; auto.offset.reset=earliest",
        "- timing: produce = from the first send (producer connected, topic metadata known)"
        " to `flush()` returning with every record acknowledged; consume = steady state, from"
        " the first records received to the last (msg/s = records after the first arrival /"
        " that time; 'first records ms' = from the first poll, partition already assigned, to"
        " that first arrival: offset lookup and first fetch, left out of msg/s for every"
        " client); gc enabled. MiB/s of values; client CPU = the client process's user+sys"
        " from the first send/poll to the end (librdkafka's threads included); broker CPU ="
        " the broker's user+sys over the whole subprocess. Checks: no delivery errors;"
        " offsets 0..N-1 all consumed",
        "- kafka-python runs in the first round only (≈50 s a round; no target depends on"
        " it), so its figures are single runs",
        f"- confluent-kafka's consumer gets `fetch.queue.backoff.ms={CONFLUENT_FETCH_BACKOFF_MS}`:"
        " with librdkafka's default (1000 ms) it stops fetching for a second each time its"
        " 100,000-message prefetch queue fills, and reached only ≈200-330k msg/s here (against"
        " both brokers); everything else is its default",
        "- APIs: "
        + "; ".join(
            f"{lab} {ph}: {API[(c, m, ph)]}"
            for c, m, lab in CLIENTS
            for ph in ("produce", "consume")
        ),
        "- embedded: one subprocess runs `EmbeddedBroker(tmpdir)` and FluxMQ's Producer then"
        ' Consumer on `"embedded:///tmpdir"` (no sockets, no encoding of requests); same'
        " settings and APIs",
        f"- {CEILING}: the same embedded subprocess, but the Producer's transport acknowledges"
        " each Produce at once without storing it, and the Consumer's answers each Fetch from"
        " a recording of the embedded broker's answers (recorded in an untimed pass over the"
        " same records): FluxMQ's client doing its own work and nothing else, so its msg/s"
        " bound what any transport could reach, the embedded one included",
        "",
        markdown_table(HEADER, result_rows(o), align="llrrrrlrrrrrll"),
        "",
        "Targets (issue 7), median msg/s in the same run:",
        "",
        markdown_table(TARGET_HEADER, target_rows(o), align="lllrrlrl"),
        "",
        markdown_table(EMB_HEADER, embedded_rows(o), align="llrrlrl"),
    ]
    missed = misses(o)
    if missed:
        lines += [
            "",
            "Missed: " + ", ".join(f"{b} {m} {ph}" for b, m, ph in missed) + ".",
        ]
    if o.profiles:
        lines += ["", "cProfile of FluxMQ's client in those cases (one extra run each):", ""]
        for key, text in o.profiles.items():
            lines += [f"- {key}", "", "```", *text.splitlines()[:9], "```", ""]
    if o.notes:
        lines += ["", "Notes:", "", *(f"- {n}" for n in o.notes)]
    flux = o.problems.get("FluxMQ", [])
    if flux:
        lines += ["", "fluxmq-server log (warnings/errors):", "", "```", *flux, "```"]
    return "\n".join(lines)


def _plan(config: Config) -> tuple[int, int]:
    records = 100_000 if config.quick else RECORDS
    if config.quick:
        repeat = 1
    elif config.repeat == Config().repeat:  # the runner's default (7) is for micro-benchmarks
        repeat = ROUNDS
    else:
        repeat = config.repeat
    return records, repeat


def run(config: Config) -> Report:
    """Adapter for the `python -m bench` runner."""
    records, repeat = _plan(config)
    return _run(records, repeat, config, "python -m bench client", None)


def _code_stamp() -> str:
    """A fingerprint of fluxmq/ (paths, sizes, mtimes): did the code change during the run?"""
    h = hashlib.sha256()
    for f in sorted((ROOT / "fluxmq").rglob("*")):
        if f.is_file() and f.suffix in (".py", ".c", ".so"):
            st = f.stat()
            h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _run(
    records: int, repeat: int, config: Config, command: str, machine: dict[str, str] | None
) -> Report:
    say = _Say()
    stamp = _code_stamp()
    uptime = os.getloadavg()
    say(f"client suite: {records:,} records, {repeat} round(s); load {uptime}")
    profile = "all" if config.profile_all else ("misses" if config.profile else "")
    try:
        o = measure(records, repeat, say, config.cases, profile)
    except BenchError as e:
        msg = f"client suite failed: {e}"
        return Report(text=msg, markdown=msg, ok=False)
    if _code_stamp() != stamp:
        o.notes.append(
            "**fluxmq/ changed while the suite ran: these figures mix code versions; rerun**"
        )
        say(o.notes[-1])
    o.notes.append(
        "load average before / after the suite: "
        + " ".join(f"{x:.2f}" for x in uptime)
        + " / "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + " (2 cores, shared with other work)"
    )
    text = text_table(HEADER, result_rows(o), align="llrrrrlrrrrrll")
    text += "\n\n" + text_table(TARGET_HEADER, target_rows(o), align="lllrrlrl")
    text += "\n\n" + text_table(EMB_HEADER, embedded_rows(o), align="llrrlrl")
    for key, prof in o.profiles.items():
        text += f"\n\nprofile {key}:\n{prof}"
    for n in o.notes:
        text += f"\nnote: {n}"
    md = body(o, command, machine, config.quick)
    ok = all(not r.error for r in o.runs if r.client == "fluxmq") and _code_stamp() == stamp
    return Report(text=text, markdown=md, ok=ok, extra={"outcome": o})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.client", description=DESCRIPTION)
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--quick", action="store_true", help="100,000 records, one round")
    p.add_argument("--records", type=int, help=f"records per run (default {RECORDS:,})")
    p.add_argument("--repeat", type=int, help="rounds (default 5; median reported)")
    p.add_argument("-k", "--case", action="append", default=[], help="only matching clients")
    p.add_argument("--profile", action="store_true", help="cProfile FluxMQ cases that miss")
    p.add_argument("--profile-all", action="store_true", help="cProfile every FluxMQ case")
    p.add_argument("--write", type=Path, metavar="FILE", help="write the 'client' section")
    args = p.parse_args(argv)
    if args.worker:
        return worker(args.worker)
    argv = sys.argv[1:] if argv is None else argv
    command = "python -m bench.client" + (" " + shlex.join(argv) if argv else "")
    print(f"$ {command}", flush=True)
    config = Config.make(
        args.quick,
        repeat=args.repeat,
        cases=tuple(args.case),
        profile=args.profile or args.profile_all,
        profile_all=args.profile_all,
    )
    records, repeat = _plan(config)
    records = args.records or records
    report = _run(records, args.repeat or repeat, config, command, machine_info())
    print(report.text)
    if args.write:
        update_section(args.write, "client", f"## {DESCRIPTION}\n\n" + report.markdown)
        print(f"updated the 'client' section of {args.write}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
