"""A live consumer-group member over a Python client, run as its own process by the group tests
(`python _group_member.py --client confluent-kafka|kafka-python|aiokafka ...`), so that it can be
SIGKILLed like a real crashed consumer. The Java equivalent is `group-consume` in tests/java.

It subscribes to one topic and, for every record, prints it ("processing"); after each poll it
commits what it processed (synchronously), and when partitions are revoked it first commits what
it processed of them (the documented way to avoid reprocessing across rebalances).

Output, one JSON object per line on stdout, flushed (the same events as GroupConsume.java):
  {"ev":"started",...}
  {"ev":"assigned"|"revoked"|"lost","parts":[P...],"owned":[P...],"gen":G|null,"ts":MS}
  {"ev":"gen","gen":G,"member":ID,"ts"}   generation changed (kafka-python, aiokafka)
  {"ev":"rec","p":P,"o":O,"v":VALUE,"ts"}
  {"ev":"commit","offsets":{"P":NEXT},"ts"} / {"ev":"commit_failed","error","message","ts"}
  {"done":"group-consume","count":N,"reason":"closed|stdin-eof|max-records|timeout","ms"}
Standard input: a line "close" (or end of input) closes the consumer cleanly.

Self-contained (no package imports): it runs as a script.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import queue
import sys
import threading
import time
import traceback
from typing import Any


def now_ms() -> int:
    return int(time.time() * 1000)


def emit(ev: str, **kw: Any) -> None:
    kw.setdefault("ts", now_ms())
    sys.stdout.write(json.dumps({"ev": ev, **kw}) + "\n")
    sys.stdout.flush()


def done(count: int, reason: str, t0: float) -> None:
    line = {"done": "group-consume", "count": count, "reason": reason}
    line["ms"] = int((time.monotonic() - t0) * 1000)
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


class Commands:
    """Lines from stdin, read by a daemon thread; "stdin-eof" at the end."""

    def __init__(self) -> None:
        self.q: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            if line.strip():
                self.q.put(line.strip())
        self.q.put("stdin-eof")

    def get(self) -> str | None:
        try:
            return self.q.get_nowait()
        except queue.Empty:
            return None


class Book:
    """What was processed and committed, and the owned partitions (as the callbacks report)."""

    def __init__(self) -> None:
        self.processed: dict[int, int] = {}
        self.committed: dict[int, int] = {}
        self.owned: set[int] = set()
        self.count = 0
        self.gen: tuple[object, object] | None = None

    def pending(self, only: set[int] | None = None) -> dict[int, int]:
        return {
            p: o
            for p, o in self.processed.items()
            if (only is None or p in only) and self.committed.get(p) != o
        }

    def committed_ok(self, offsets: dict[int, int]) -> None:
        self.committed.update(offsets)
        emit("commit", offsets={str(p): o for p, o in sorted(offsets.items())})

    def commit_failed(self, offsets: dict[int, int], e: BaseException) -> None:
        emit(
            "commit_failed",
            offsets={str(p): o for p, o in sorted(offsets.items())},
            error=type(e).__name__,
            message=str(e),
        )

    def forget(self, parts: set[int]) -> None:
        self.owned -= parts
        for p in parts:
            self.processed.pop(p, None)
            self.committed.pop(p, None)

    def event(self, ev: str, parts: set[int], gen: object = None) -> None:
        emit(ev, parts=sorted(parts), owned=sorted(self.owned), gen=gen)

    def record(self, p: int, o: int, v: bytes | None) -> None:
        emit("rec", p=p, o=o, v=None if v is None else v.decode("utf-8", "replace"))
        self.processed[p] = o + 1
        self.count += 1

    def check_gen(self, gen: object, member: object) -> None:
        if (gen, member) != self.gen:
            self.gen = (gen, member)
            emit("gen", gen=gen, member=member)


# ---------------------------------------------------------------- confluent-kafka


def run_confluent(a: argparse.Namespace, cmds: Commands, book: Book) -> str:
    from confluent_kafka import Consumer, KafkaException, TopicPartition

    conf: dict[str, object] = {
        "bootstrap.servers": a.bootstrap,
        "group.id": a.group,
        "client.id": f"fluxmq-group-{a.group}",
        "group.protocol": a.group_protocol,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "fetch.wait.max.ms": 100,
    }
    if a.instance_id:
        conf["group.instance.id"] = a.instance_id
    if a.group_protocol == "classic":
        conf["partition.assignment.strategy"] = a.assignor or "range"
        conf["max.poll.interval.ms"] = max(30000, a.session_timeout_ms or 0)
        if a.session_timeout_ms:
            conf["session.timeout.ms"] = a.session_timeout_ms
        if a.heartbeat_ms:
            conf["heartbeat.interval.ms"] = a.heartbeat_ms
    elif a.remote_assignor:
        conf["group.remote.assignor"] = a.remote_assignor
    for kv in a.prop:
        k, v = kv.split("=", 1)
        conf[k] = v
    c = Consumer(conf)

    def commit(offsets: dict[int, int]) -> None:
        if not offsets or not a.commit:
            return
        tps = [TopicPartition(a.topic, p, o) for p, o in sorted(offsets.items())]
        try:
            res = c.commit(offsets=tps, asynchronous=False)
            bad = [tp for tp in res or [] if tp.error is not None]
            if bad:
                raise KafkaException(bad[0].error)
            book.committed_ok(offsets)
        except KafkaException as e:
            book.commit_failed(offsets, e)

    # The consumer protocol and cooperative-sticky hand out and revoke partitions incrementally.
    incremental = a.group_protocol != "classic" or "cooperative" in (a.assignor or "")

    def on_assign(consumer: object, parts: list[Any]) -> None:
        ps = {tp.partition for tp in parts}
        if not incremental:
            book.owned = set()
        book.owned |= ps
        book.event("assigned", ps)

    def on_revoke(consumer: object, parts: list[Any]) -> None:
        ps = {tp.partition for tp in parts}
        commit(book.pending(ps))
        book.forget(ps)
        book.event("revoked", ps)

    def on_lost(consumer: object, parts: list[Any]) -> None:
        ps = {tp.partition for tp in parts}
        book.forget(ps)
        book.event("lost", ps)

    c.subscribe([a.topic], on_assign=on_assign, on_revoke=on_revoke, on_lost=on_lost)
    deadline = time.monotonic() + a.timeout_ms / 1000
    reason = "timeout"
    try:
        while time.monotonic() < deadline:
            cmd = cmds.get()
            if cmd is not None:
                reason = cmd if cmd == "stdin-eof" else "closed"
                break
            for m in c.consume(num_messages=a.max_poll_records, timeout=0.1):
                if m.error():
                    emit("client_error", error=str(m.error()))
                    continue
                book.record(m.partition(), m.offset(), m.value())
            commit(book.pending(book.owned))
            if book.count >= a.max_records:
                reason = "max-records"
                break
    finally:
        c.close()
    return reason


# ---------------------------------------------------------------- kafka-python


def run_kafka_python(a: argparse.Namespace, cmds: Commands, book: Book) -> str:
    from kafka import ConsumerRebalanceListener, KafkaConsumer, OffsetAndMetadata, TopicPartition
    from kafka.errors import KafkaError

    kw: dict[str, Any] = {
        "bootstrap_servers": a.bootstrap,
        "group_id": a.group,
        "client_id": f"fluxmq-group-{a.group}",
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "max_poll_records": a.max_poll_records,
        "max_poll_interval_ms": 30000,
        "fetch_max_wait_ms": 100,
    }
    if a.instance_id:
        kw["group_instance_id"] = a.instance_id
    if a.session_timeout_ms:
        kw["session_timeout_ms"] = a.session_timeout_ms
    if a.heartbeat_ms:
        kw["heartbeat_interval_ms"] = a.heartbeat_ms
    c = KafkaConsumer(**kw)

    def gen() -> object:
        g = getattr(getattr(c, "_coordinator", None), "_generation", None)
        return getattr(g, "generation_id", None)

    def commit(offsets: dict[int, int]) -> None:
        if not offsets or not a.commit:
            return
        try:
            c.commit(
                {
                    TopicPartition(a.topic, p): OffsetAndMetadata(o, "", -1)
                    for p, o in offsets.items()
                }
            )
            book.committed_ok(offsets)
        except KafkaError as e:
            book.commit_failed(offsets, e)

    class Listener(ConsumerRebalanceListener):  # type: ignore[misc]
        def on_partitions_revoked(self, revoked: Any) -> None:
            ps = {tp.partition for tp in revoked}
            commit(book.pending(ps))
            book.forget(ps)
            book.event("revoked", ps, gen())

        def on_partitions_assigned(self, assigned: Any) -> None:
            ps = {tp.partition for tp in assigned}
            book.owned |= ps
            book.event("assigned", ps, gen())

    c.subscribe([a.topic], listener=Listener())
    deadline = time.monotonic() + a.timeout_ms / 1000
    reason = "timeout"
    try:
        while time.monotonic() < deadline:
            cmd = cmds.get()
            if cmd is not None:
                reason = cmd if cmd == "stdin-eof" else "closed"
                break
            # Not shorter: kafka-python 3.0.12 loses a JoinGroup that completes after its poll
            # timed out, and the member then never takes up its assignment.
            batch = c.poll(timeout_ms=1000, max_records=a.max_poll_records)
            for tp, recs in sorted(batch.items(), key=lambda kv: kv[0].partition):
                for m in recs:
                    book.record(tp.partition, m.offset, m.value)
            commit(book.pending(book.owned))
            g = getattr(getattr(c, "_coordinator", None), "_generation", None)
            if g is not None:
                book.check_gen(getattr(g, "generation_id", None), getattr(g, "member_id", None))
            if book.count >= a.max_records:
                reason = "max-records"
                break
    finally:
        c.close()
    return reason


# ---------------------------------------------------------------- aiokafka


def run_aiokafka(a: argparse.Namespace, cmds: Commands, book: Book) -> str:
    return asyncio.run(_run_aiokafka(a, cmds, book))


async def _run_aiokafka(a: argparse.Namespace, cmds: Commands, book: Book) -> str:
    from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
    from aiokafka.errors import KafkaError
    from aiokafka.structs import OffsetAndMetadata

    kw: dict[str, Any] = {
        "bootstrap_servers": a.bootstrap,
        "group_id": a.group,
        "client_id": f"fluxmq-group-{a.group}",
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "max_poll_records": a.max_poll_records,
        "max_poll_interval_ms": 30000,
        "fetch_max_wait_ms": 100,
    }
    if a.instance_id:
        kw["group_instance_id"] = a.instance_id
    if a.session_timeout_ms:
        kw["session_timeout_ms"] = a.session_timeout_ms
    if a.heartbeat_ms:
        kw["heartbeat_interval_ms"] = a.heartbeat_ms
    c = AIOKafkaConsumer(**kw)

    def gen() -> object:
        return getattr(getattr(c, "_coordinator", None), "generation", None)

    async def commit(offsets: dict[int, int]) -> None:
        if not offsets or not a.commit:
            return
        try:
            await c.commit(
                {TopicPartition(a.topic, p): OffsetAndMetadata(o, "") for p, o in offsets.items()}
            )
            book.committed_ok(offsets)
        except KafkaError as e:
            book.commit_failed(offsets, e)

    class Listener(ConsumerRebalanceListener):  # type: ignore[misc]
        async def on_partitions_revoked(self, revoked: Any) -> None:
            ps = {tp.partition for tp in revoked}
            await commit(book.pending(ps))
            book.forget(ps)
            book.event("revoked", ps, gen())

        async def on_partitions_assigned(self, assigned: Any) -> None:
            ps = {tp.partition for tp in assigned}
            book.owned |= ps
            book.event("assigned", ps, gen())

    await c.start()
    c.subscribe([a.topic], listener=Listener())
    deadline = time.monotonic() + a.timeout_ms / 1000
    reason = "timeout"
    try:
        while time.monotonic() < deadline:
            cmd = cmds.get()
            if cmd is not None:
                reason = cmd if cmd == "stdin-eof" else "closed"
                break
            batch = await c.getmany(timeout_ms=100, max_records=a.max_poll_records)
            for tp, recs in sorted(batch.items(), key=lambda kv: kv[0].partition):
                for m in recs:
                    book.record(tp.partition, m.offset, m.value)
            await commit(book.pending(book.owned))
            co = getattr(c, "_coordinator", None)
            if co is not None:
                book.check_gen(getattr(co, "generation", None), getattr(co, "member_id", None))
            if book.count >= a.max_records:
                reason = "max-records"
                break
    finally:
        await c.stop()
    return reason


RUNNERS = {
    "confluent-kafka": run_confluent,
    "kafka-python": run_kafka_python,
    "aiokafka": run_aiokafka,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--client", required=True, choices=sorted(RUNNERS))
    ap.add_argument("--bootstrap", required=True)
    ap.add_argument("--topic", required=True)
    ap.add_argument("--group", required=True)
    ap.add_argument("--group-protocol", default="classic")
    ap.add_argument("--assignor", default=None)
    ap.add_argument("--remote-assignor", default=None)
    ap.add_argument("--instance-id", default=None)
    ap.add_argument("--session-timeout-ms", type=int, default=None)
    ap.add_argument("--heartbeat-ms", type=int, default=None)
    ap.add_argument("--max-poll-records", type=int, default=100)
    ap.add_argument("--max-records", type=int, default=sys.maxsize)
    ap.add_argument("--timeout-ms", type=int, default=180_000)
    ap.add_argument("--commit", default="sync", choices=("sync", "none"))
    ap.add_argument("--prop", action="append", default=[])
    a = ap.parse_args()
    a.commit = a.commit == "sync"
    import logging
    import os

    # FLUXMQ_TEST_CLIENT_LOG=DEBUG shows the client's own view of the group protocol.
    level = os.environ.get("FLUXMQ_TEST_CLIENT_LOG", "WARNING").upper()
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if level == "WARNING":  # the joins and syncs, for the test's failure report
        for name in ("kafka.coordinator", "aiokafka.consumer.group_coordinator"):
            logging.getLogger(name).setLevel(logging.INFO)
    t0 = time.monotonic()
    book = Book()
    emit(
        "started",
        client=a.client,
        protocol=a.group_protocol,
        group=a.group,
        topic=a.topic,
    )
    cmds = Commands()
    try:
        reason = RUNNERS[a.client](a, cmds, book)
    except Exception as e:  # reported to the test, which fails on it
        sys.stdout.write(
            json.dumps(
                {
                    "done": "group-consume",
                    "fatal": f"{type(e).__name__}: {e}",
                    "trace": traceback.format_exc(),
                    "count": book.count,
                }
            )
            + "\n"
        )
        sys.stdout.flush()
        return 1
    done(book.count, reason, t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
