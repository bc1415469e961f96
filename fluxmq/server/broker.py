"""The transport-free broker core: a decoded request and its version in, a response out.

The network loop (`fluxmq.server.network`) and the client's embedded transport both call
`Broker.handle`; every rule (offsets, validation, idempotence) lives behind it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import anyio

from ..coordinator.group_coordinator import GroupCoordinator
from ..coordinator.producers import PartitionProducers, ProducerIdAllocator
from ..protocol.message import Message
from ..protocol.messages import response_class
from ..storage import LogManager, StorageSettings, TopicInfo
from ..storage.fileio import REAL_IO, FileIO
from .config import ServerConfig
from .fetch_sessions import FetchSessionCache
from .group_store import OFFSETS_TOPIC, CatalogTopics, OffsetsTopicStore
from .registry import REGISTRY, Api

__all__ = ["UNSUPPORTED_VERSION", "Broker", "CloseConnection", "RequestContext"]

log = logging.getLogger(__name__)

UNSUPPORTED_VERSION = 35
_PRODUCER_STATE_SEGMENTS = 2
# APIs served by the group coordinator: not advertised when groups are disabled.
GROUP_APIS = frozenset({8, 9, 11, 12, 13, 14, 15, 16, 42, 47, 68, 69})


class CloseConnection(Exception):
    """The request cannot be answered in its version: the connection must close."""


@dataclass(frozen=True, slots=True)
class RequestContext:
    api_key: int
    api_version: int
    correlation_id: int = 0
    client_id: str | None = None
    client_host: str = "embedded"


class Broker:
    def __init__(
        self,
        config: ServerConfig,
        *,
        io: FileIO = REAL_IO,
        clock: Callable[[], float] = time.time,
    ) -> None:
        from . import handlers  # noqa: F401  (registers every API)

        self.config = config
        self.clock = clock
        self.storage = LogManager(
            StorageSettings(
                data_dir=config.data_dir,
                node_id=config.broker_id,
                defaults=config.log,
                retention_check_interval_ms=config.log_retention_check_interval_ms,
                flush_scheduler_interval_ms=config.log_flush_scheduler_interval_ms,
                full_recovery=config.recovery_mode == "full",
            ),
            io=io,
            clock=clock,
        )
        self.node_id = config.broker_id
        self.cluster_id = self.storage.meta.cluster_id
        self.producer_ids = ProducerIdAllocator(config.data_dir, io)
        self._producers: dict[tuple[str, int], PartitionProducers] = {}
        self._waiters: dict[tuple[str, int], set[anyio.Event]] = {}
        self.fetch_sessions = FetchSessionCache(config.fetch_session_cache_slots)
        self.apis: dict[int, Api] = dict(REGISTRY.apis)
        self.groups: GroupCoordinator | None = None
        self._group_wake = anyio.Event()
        self._group_sleep_until: int | None = None
        if config.enable_consumer_groups:
            self._start_groups()
        else:
            for key in GROUP_APIS:
                self.apis.pop(key, None)

    def _start_groups(self) -> None:
        cfg = self.config.group
        store = OffsetsTopicStore(
            self.storage,
            cfg.offsets_topic_partitions,
            self.config.offsets_topic_segment_bytes,
            self.clock,
        )
        existing = self.storage.catalog.topics.get(OFFSETS_TOPIC)
        if existing is not None and existing.partitions != cfg.offsets_topic_partitions:
            # The topic's real partition count decides where groups live, as in Kafka.
            cfg = replace(cfg, offsets_topic_partitions=existing.partitions)
        clock = self.clock
        self.groups = GroupCoordinator(
            cfg, lambda: int(clock() * 1000), store, CatalogTopics(self.storage)
        )
        started = time.monotonic()
        n = self.groups.load(store.read_all())
        if n:
            log.info(
                "loaded %d group records (%d groups) in %.2fs",
                n,
                len(self.groups.groups),
                time.monotonic() - started,
            )
        self.groups.timer.on_change = self._group_deadline_changed

    def _group_deadline_changed(self, deadline: int) -> None:
        if self._group_sleep_until is None or deadline < self._group_sleep_until:
            self._group_wake.set()

    async def _drive_group_timers(self) -> None:
        """Run the coordinator's due timeouts; sleep until the next one (at most 1 s)."""
        groups = self.groups
        assert groups is not None
        timer = groups.timer
        while True:
            timer.run_due()
            now = groups.clock()
            nxt = timer.next_deadline()
            until = now + 1000 if nxt is None else min(nxt, now + 1000)
            self._group_sleep_until = until
            self._group_wake = anyio.Event()
            with anyio.move_on_after(max(0, until - now) / 1000):
                await self._group_wake.wait()
            self._group_sleep_until = None

    # ---------------------------------------------------------------- dispatch

    async def handle(self, ctx: RequestContext, request: Message) -> Message | None:
        """Answer one request; None when the protocol says no response (acks=0)."""
        api = self.apis.get(ctx.api_key)
        if api is None or not api.min_version <= ctx.api_version <= api.max_version:
            try:
                return self.error_response(ctx.api_key, UNSUPPORTED_VERSION, ctx.api_version)
            except ValueError:
                raise CloseConnection(
                    f"API {ctx.api_key} v{ctx.api_version} is not served"
                ) from None
        response: Message | None = await api.handler(self, ctx, request)
        return response

    def error_response(self, api_key: int, code: int, version: int) -> Message:
        """A response carrying `code` at top level in `version`; ValueError when that
        version has no top-level error code (the caller must then close the connection)."""
        cls = response_class(api_key)
        for f in cls.FIELDS:
            if f.name == "error_code" and f.versions[0] <= version <= f.versions[1]:
                return cls(error_code=code)
        raise ValueError(f"{cls.NAME} v{version} has no top-level error code")

    # ---------------------------------------------------------------- shared state

    def producers(self, topic: str, partition: int) -> PartitionProducers:
        key = (topic, partition)
        state = self._producers.get(key)
        if state is None:
            # First use since start: rebuild from the batch headers of the last segments
            # (Kafka keeps producer snapshots; the tail of the log carries the same facts).
            batches: list[tuple[int, int, int, int, int, int]] = []
            plog = self.storage.logs.get(key)
            if plog is not None:
                for seg in plog.segments[-_PRODUCER_STATE_SEGMENTS:]:
                    batches += seg.producer_batches()
            state = self._producers[key] = PartitionProducers.rebuild(batches)
        return state

    def notify_append(self, topic: str, partition: int) -> None:
        """Wake fetches long-polling this partition."""
        for ev in self._waiters.get((topic, partition), ()):
            ev.set()

    async def wait_for_append(self, keys: list[tuple[str, int]], timeout: float) -> None:
        """Return when any of `keys` gets an append, or after `timeout` seconds."""
        ev = anyio.Event()
        for k in keys:
            self._waiters.setdefault(k, set()).add(ev)
        try:
            with anyio.move_on_after(timeout):
                await ev.wait()
        finally:
            for k in keys:
                waiters = self._waiters.get(k)
                if waiters is not None:
                    waiters.discard(ev)
                    if not waiters:
                        del self._waiters[k]

    def create_topic(
        self, name: str, partitions: int | None = None, configs: dict[str, str] | None = None
    ) -> TopicInfo:
        n = self.config.num_partitions if partitions is None or partitions < 0 else partitions
        info = self.storage.create_topic(name, n, configs or {})
        log.info("created topic %s with %d partitions", name, n)
        return info

    def delete_topic(self, name: str) -> TopicInfo:
        info = self.storage.delete_topic(name)
        for p in range(info.partitions):
            self._producers.pop((name, p), None)
            self.notify_append(name, p)
        log.info("deleted topic %s", name)
        return info

    # ---------------------------------------------------------------- lifecycle

    async def run(self) -> None:
        """Background work (flush, retention, compaction, checkpoints, group timeouts)
        until cancelled."""
        async with anyio.create_task_group() as tg:
            if self.groups is not None:
                tg.start_soon(self._drive_group_timers)
            await self.storage.run()

    def close(self) -> None:
        self.storage.close()
