"""All partition logs of a data directory, with the background work that keeps them.

`LogManager` is the storage engine's front door for the broker and the embedded client:
topic catalogue, appends with the durability policy (group-committed fsyncs in a worker
thread, never on the event loop), reads, retention, compaction and checkpoints.
"""

from __future__ import annotations

import base64
import fcntl
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import anyio
import anyio.to_thread

from ..protocol.primitives import Buffer
from .catalog import Catalog, MetaProperties, TopicInfo, load_meta_properties
from .checkpoint import read_checkpoint, write_checkpoint
from .cleaner import commit, prepare
from .config import ConfigError, LogConfig
from .errors import StorageError, UnknownTopicError
from .fileio import REAL_IO, FileIO
from .log import AppendInfo, PartitionLog
from .segment import LogSegment

__all__ = ["LogManager", "StorageSettings", "valid_topic_name"]

log = logging.getLogger(__name__)

RECOVERY_CHECKPOINT = "recovery-point-offset-checkpoint"
START_CHECKPOINT = "log-start-offset-checkpoint"
_TOPIC_NAME = re.compile(r"^[a-zA-Z0-9._-]{1,249}$")


def valid_topic_name(name: str) -> bool:
    return bool(_TOPIC_NAME.match(name)) and name not in (".", "..")


@dataclass(frozen=True)
class StorageSettings:
    """Broker-level storage settings (server.properties names in comments)."""

    data_dir: str
    node_id: int = 0
    defaults: LogConfig = field(default_factory=LogConfig)  # log.* defaults for every topic
    retention_check_interval_ms: int = 300_000  # log.retention.check.interval.ms
    cleaner_backoff_ms: int = 15_000  # log.cleaner.backoff.ms
    flush_scheduler_interval_ms: int = 1_000  # log.flush.scheduler.interval.ms
    checkpoint_interval_ms: int = 60_000  # log.flush.offset.checkpoint.interval.ms
    full_recovery: bool = False  # ignore the recovery points: verify every segment on open


class _FlushGate:
    """Group commit: one fsync in flight per log, covering every append made before it."""

    def __init__(self, plog: PartitionLog) -> None:
        self.log = plog
        self.running: anyio.Event | None = None

    async def wait_durable(self, offset: int) -> None:
        while self.log.recovery_point <= offset:
            if self.running is not None:
                await self.running.wait()
                continue
            done = self.running = anyio.Event()
            try:
                await anyio.to_thread.run_sync(self.log.flush)
            finally:
                self.running = None
                done.set()


def _lock_data_dir(path: str) -> int:
    """Kafka's `.lock`: one broker per data directory (two would interleave appends)."""
    fd = os.open(os.path.join(path, ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ConfigError(
            f"data directory {path} is in use by another broker (its .lock is held)"
        ) from None
    return fd


class LogManager:
    def __init__(
        self,
        settings: StorageSettings,
        *,
        io: FileIO = REAL_IO,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.io = io
        self.clock = clock
        self.dir = settings.data_dir
        os.makedirs(self.dir, exist_ok=True)
        self._lock_fd = _lock_data_dir(self.dir)
        self.meta: MetaProperties = load_meta_properties(self.dir, settings.node_id, io)
        self.catalog = Catalog(self.dir, settings.defaults, io)
        self.logs: dict[tuple[str, int], PartitionLog] = {}
        self._gates: dict[tuple[str, int], _FlushGate] = {}
        self._closed = False
        recovery = (
            {}
            if settings.full_recovery
            else read_checkpoint(os.path.join(self.dir, RECOVERY_CHECKPOINT))
        )
        starts = read_checkpoint(os.path.join(self.dir, START_CHECKPOINT))
        for topic in self.catalog.topics.values():
            for p in range(topic.partitions):
                self._open_log(
                    topic, p, recovery.get((topic.name, p), 0), starts.get((topic.name, p), 0)
                )
        # A recovered log's checkpoints must be rewritten before anything trusts them again.
        self.write_checkpoints()

    # ---------------------------------------------------------------- topics

    def _log_dir(self, topic: str, partition: int) -> str:
        return os.path.join(self.dir, f"{topic}-{partition}")

    def _open_log(
        self, topic: TopicInfo, partition: int, recovery: int, start: int
    ) -> PartitionLog:
        d = self._log_dir(topic.name, partition)
        os.makedirs(d, exist_ok=True)
        meta = os.path.join(d, "partition.metadata")
        if not os.path.exists(meta):
            tid = base64.urlsafe_b64encode(topic.topic_id.bytes).decode().rstrip("=")
            self.io.write_file_atomic(meta, f"version: 0\ntopic_id: {tid}\n".encode())
        plog = PartitionLog(
            d,
            topic.log_config(self.settings.defaults),
            recovery_point=recovery,
            log_start_offset=start,
            io=self.io,
            clock=self.clock,
        )
        self.logs[(topic.name, partition)] = plog
        self._gates[(topic.name, partition)] = _FlushGate(plog)
        return plog

    def create_topic(
        self, name: str, partitions: int, configs: dict[str, str] | None = None
    ) -> TopicInfo:
        if not valid_topic_name(name):
            raise ConfigError(f"invalid topic name {name!r}")
        if name in self.catalog.topics:
            raise ConfigError(f"topic {name!r} already exists")
        if partitions < 1:
            raise ConfigError(f"a topic needs at least one partition, not {partitions}")
        info = self.catalog.add(name, partitions, configs or {})
        for p in range(partitions):
            self._open_log(info, p, 0, 0)
        return info

    def delete_topic(self, name: str) -> TopicInfo:
        info = self.catalog.topics.get(name)
        if info is None:
            raise UnknownTopicError(f"topic {name!r} does not exist")
        self.catalog.remove(name)
        for p in range(info.partitions):
            plog = self.logs.pop((name, p), None)
            self._gates.pop((name, p), None)
            if plog is not None:
                plog.truncate_all()
            shutil.rmtree(self._log_dir(name, p), ignore_errors=True)
        self.write_checkpoints()
        return info

    def create_partitions(self, name: str, total: int) -> None:
        info = self.topic(name)
        if total <= info.partitions:
            raise ConfigError(
                f"topic {name!r} has {info.partitions} partitions; the new count must be larger"
            )
        old = info.partitions
        self.catalog.set_partitions(name, total)
        for p in range(old, total):
            self._open_log(info, p, 0, 0)

    def alter_topic_configs(self, name: str, configs: dict[str, str]) -> None:
        self.topic(name)
        self.catalog.set_configs(name, configs)
        info = self.topic(name)
        cfg = info.log_config(self.settings.defaults)
        for p in range(info.partitions):
            self.logs[(name, p)].config = cfg

    def topic(self, name: str) -> TopicInfo:
        info = self.catalog.topics.get(name)
        if info is None:
            raise UnknownTopicError(f"topic {name!r} does not exist")
        return info

    def get_log(self, topic: str, partition: int) -> PartitionLog:
        plog = self.logs.get((topic, partition))
        if plog is None:
            raise UnknownTopicError(f"{topic}-{partition} does not exist")
        return plog

    def partitions(self) -> Iterator[tuple[tuple[str, int], PartitionLog]]:
        return iter(list(self.logs.items()))

    # ---------------------------------------------------------------- data path

    async def append(
        self, topic: str, partition: int, batch: Buffer, *, leader_epoch: int = 0
    ) -> AppendInfo:
        """Append one validated batch; returns once the durability policy is met."""
        plog = self.get_log(topic, partition)
        lat = None
        if plog.config.message_timestamp_type == "LogAppendTime":
            lat = int(self.clock() * 1000)
        info = plog.append(batch, leader_epoch=leader_epoch, log_append_time=lat)
        if plog.config.fsync_every_append or plog.unflushed_messages >= plog.config.flush_messages:
            await self._gates[(topic, partition)].wait_durable(info.last_offset)
        return info

    async def flush(self, topic: str, partition: int) -> None:
        plog = self.get_log(topic, partition)
        await self._gates[(topic, partition)].wait_durable(plog.log_end_offset - 1)

    async def delete_records(self, topic: str, partition: int, offset: int) -> int:
        """Advance the log start offset and persist it before returning."""
        plog = self.get_log(topic, partition)
        start = plog.delete_records(offset)
        await anyio.to_thread.run_sync(self.write_checkpoints)
        return start

    # ---------------------------------------------------------------- background work

    def write_checkpoints(self) -> None:
        rec = {k: v.recovery_point for k, v in self.logs.items()}
        starts = {k: v.log_start_offset for k, v in self.logs.items()}
        write_checkpoint(os.path.join(self.dir, RECOVERY_CHECKPOINT), rec, self.io)
        write_checkpoint(os.path.join(self.dir, START_CHECKPOINT), starts, self.io)

    def _flush_due(self) -> None:
        for _, plog in self.partitions():
            if plog.offline is None and plog.needs_flush():
                try:
                    plog.flush()
                except StorageError as e:
                    log.error("flush of %s failed: %s", plog.dir, e)

    async def clean_once(self) -> None:
        """Compaction (prepared in a worker thread, swapped in here) then retention."""
        now = int(self.clock() * 1000)
        for key, plog in self.partitions():
            if plog.offline is not None:
                continue
            try:
                if plog.config.compact:
                    plan = await anyio.to_thread.run_sync(prepare, plog, now)
                    if plan is not None and plan.replaced:
                        commit(plog, plan)
                detached: list[LogSegment] = []
                plog.apply_retention(now, detached)
                if detached:
                    await anyio.to_thread.run_sync(_delete_segments, detached)
            except (StorageError, OSError) as e:
                log.error("cleaning %s-%s failed: %s", key[0], key[1], e)

    async def run(self) -> None:
        """Background loops: time-based flushes, retention and compaction, checkpoints.

        Run it in a task group; cancel the group to stop, then call `aclose()`.
        """
        s = self.settings
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._every, s.flush_scheduler_interval_ms, self._flush_due, True)
            tg.start_soon(
                self._clean_loop, min(s.retention_check_interval_ms, s.cleaner_backoff_ms)
            )
            tg.start_soon(self._every, s.checkpoint_interval_ms, self.write_checkpoints, True)

    async def _every(self, interval_ms: int, fn: Callable[[], None], threaded: bool) -> None:
        while True:
            await anyio.sleep(interval_ms / 1000)
            if threaded:
                await anyio.to_thread.run_sync(fn)
            else:
                fn()

    async def _clean_loop(self, interval_ms: int) -> None:
        while True:
            await anyio.sleep(interval_ms / 1000)
            await self.clean_once()

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self.close)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for _, plog in self.partitions():
            plog.close()
        self.write_checkpoints()
        os.close(self._lock_fd)


def _delete_segments(segments: list[LogSegment]) -> None:
    for seg in segments:
        try:
            seg.delete()
        except (StorageError, OSError) as e:
            log.error("deleting segment %s failed: %s", seg.log_path, e)
