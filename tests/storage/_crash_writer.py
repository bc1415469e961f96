"""Writer process of the crash test (tests/storage/test_crash.py); SIGKILLed at random moments.

    python tests/storage/_crash_writer.py DATA_DIR FIRST_SEQ APPENDERS [CRASH_POINT]

Opens a LogManager on DATA_DIR (recovering whatever the last kill left), creates the topic on
first use (flush.messages=1: an append returns only after an fsync), then appends batch
`make_batch(seq)` for seq = FIRST_SEQ, FIRST_SEQ + 1, ... from APPENDERS concurrent tasks
(group commit) until it is killed. Every line goes to stdout, flushed, one `write` each:

    O                                         about to open the data directory
    R <log end> <open ms> <cut reason>|...    opened (recovered) and ready
    A <seq> <base offset> <last offset> <digest>   acknowledged: the durable append returned
    K <crash point>                           about to SIGKILL itself (see below)

`A` is written only after `await manager.append(...)` returned, i.e. after the fsync. The
background loops (checkpoints, scheduled flushes) run every few milliseconds so that kills also
land while checkpoint files are being replaced.

CRASH_POINT (`KIND:N:PHASE`) makes the writer SIGKILL itself at the N-th file operation of KIND
counted from PHASE (`open`: from the start, so during recovery; `run`: from the R line), to put
kills where a timer rarely lands: inside a segment roll, mid-write, between a write and its
fsync, inside a checkpoint swap. See `CrashIO`.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Sequence

import anyio

from fluxmq.protocol.primitives import Buffer
from fluxmq.protocol.records import build_batch
from fluxmq.storage import FileIO, LogManager, StorageSettings

TOPIC = "crash"
TOPIC_CONFIGS = {
    "flush.messages": "1",
    "segment.bytes": str(256 * 1024),
    "index.interval.bytes": "1024",
    "retention.ms": "-1",
}
BASE_TIMESTAMP = 1_700_000_000_000
CODECS = ("none", "none", "none", "gzip", "snappy", "lz4", "zstd")
LIFETIME_S = 30.0  # a writer the test failed to kill exits by itself


def batch_spec(seq: int) -> tuple[list[bytes], list[bytes], int, str]:
    """(keys, values, timestamp, codec) of batch `seq`: a pure function of `seq`."""
    rng = random.Random(seq)
    kind = rng.random()
    if kind < 0.012:  # up to most of a segment (256 KiB): long writes, for kills to tear
        count, lo, hi = rng.randint(2, 4), 24_000, 64_000
    elif kind < 0.075:
        count, lo, hi = rng.randint(1, 6), 1_000, 6_000
    else:
        count, lo, hi = rng.randint(1, 12), 0, 300
    keys, values = [], []
    for i in range(count):
        key = f"{seq}:{i}".encode()
        n = rng.randint(lo, hi)
        # half random, half repetitive, so that every codec has something to compress
        noise = hashlib.shake_256(key).digest(n // 2) if n >= 2 else b""
        values.append(noise + bytes([seq % 251]) * (n - len(noise)))
        keys.append(key)
    return keys, values, BASE_TIMESTAMP + seq, rng.choice(CODECS)


def make_batch(seq: int) -> bytes:
    keys, values, ts, codec = batch_spec(seq)
    return build_batch(values, keys, timestamps=ts, compression=codec)


def digest(batch: bytes | memoryview) -> str:
    """What an acknowledgement pins down: the length field and every byte from the magic on
    (base offset and partition leader epoch are assigned by the log)."""
    view = memoryview(batch)
    return hashlib.sha256(bytes(view[8:12]) + bytes(view[16:])).hexdigest()[:32]


CRASH_KINDS = (
    "segment-open",  # a roll: before the new segment's .log is created (old indexes written)
    "segment-created",  # a roll: right after the new, empty .log is created
    "index-truncated",  # an index rewrite (roll, open): the file was just truncated to 0
    "index-torn",  # an index rewrite: half of the entries written
    "torn-write",  # a batch append: a random prefix of the batch written
    "unsynced",  # a batch was written, its fsync not started
    "checkpoint",  # a checkpoint swap: new file written and synced, not yet renamed
)


class CrashIO(FileIO):
    """Real file operations that SIGKILL the process at the N-th operation of one kind."""

    def __init__(self, kind: str, nth: int, armed: bool, rng: random.Random) -> None:
        if kind not in CRASH_KINDS:
            raise ValueError(f"unknown crash point {kind!r}")
        self.kind, self.nth, self.armed, self.rng = kind, nth, armed, rng
        self.seen = 0

    def _hit(self, kind: str) -> bool:
        if not self.armed or kind != self.kind:
            return False
        self.seen += 1
        return self.seen == self.nth

    def _die(self) -> None:
        _say(f"K {self.kind}")
        os.kill(os.getpid(), signal.SIGKILL)

    def open(self, path: str, flags: int, mode: int = 0o644) -> int:
        if path.endswith(".log") and self._hit("segment-open"):
            self._die()
        fd = super().open(path, flags, mode)
        if path.endswith(".log") and self._hit("segment-created"):
            self._die()
        if path.endswith("index") and flags & os.O_TRUNC and self._hit("index-truncated"):
            self._die()
        return fd

    def writev(self, fd: int, chunks: Sequence[Buffer], path: str) -> int:
        torn = (path.endswith(".log") and self._hit("torn-write")) or (
            path.endswith("index") and self._hit("index-torn")
        )
        if torn:
            flat = b"".join(bytes(c) for c in chunks)
            cut = self.rng.randrange(1, len(flat)) if len(flat) > 1 else 0
            if path.endswith("index"):
                cut = len(flat) // 2
            os.write(fd, flat[:cut])
            self._die()
        return super().writev(fd, chunks, path)

    def fsync(self, fd: int, path: str) -> None:
        if path.endswith(".log") and self._hit("unsynced"):
            self._die()
        super().fsync(fd, path)

    def replace(self, src: str, dst: str) -> None:
        if "checkpoint" in dst and self._hit("checkpoint"):
            self._die()
        super().replace(src, dst)


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write: never interleaved, never buffered


def _watchdog() -> None:
    parent = os.getppid()
    deadline = time.monotonic() + LIFETIME_S
    while time.monotonic() < deadline and os.getppid() == parent:
        time.sleep(0.2)
    os._exit(3)


def main(argv: list[str]) -> None:
    data_dir, first_seq, appenders = argv[0], int(argv[1]), int(argv[2])
    threading.Thread(target=_watchdog, daemon=True).start()
    io = FileIO()
    if len(argv) > 3:
        kind, nth, phase = argv[3].split(":")
        io = CrashIO(kind, int(nth), phase == "open", random.Random(first_seq))
    settings = StorageSettings(
        data_dir,
        checkpoint_interval_ms=15,
        flush_scheduler_interval_ms=10,
        retention_check_interval_ms=50,
        cleaner_backoff_ms=50,
    )
    _say("O")
    started = time.perf_counter()
    manager = LogManager(settings, io=io)
    if TOPIC not in manager.catalog.topics:
        manager.create_topic(TOPIC, 1, dict(TOPIC_CONFIGS))
    plog = manager.get_log(TOPIC, 0)
    opened_ms = (time.perf_counter() - started) * 1000
    cuts = "|".join(r.replace(" ", "_") for r in plog.cut_on_open)
    _say(f"R {plog.log_end_offset} {opened_ms:.1f} {cuts}")
    if isinstance(io, CrashIO):
        io.armed = True

    seqs = itertools.count(first_seq)

    async def appender() -> None:
        while True:
            seq = next(seqs)
            batch = make_batch(seq)
            info = await manager.append(TOPIC, 0, batch)
            _say(f"A {seq} {info.base_offset} {info.last_offset} {digest(batch)}")

    async def run() -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(manager.run)
            for _ in range(appenders):
                tg.start_soon(appender)

    anyio.run(run)


if __name__ == "__main__":
    main(sys.argv[1:])
