"""The asyncio Consumer.

>>> async with Consumer("orders", bootstrap_servers="127.0.0.1:9092", group_id="billing") as c:
...     async for record in c:
...         handle(record)

>>> async with Consumer(bootstrap_servers=..., group_id="g", enable_auto_commit=False) as c:
...     c.subscribe(["orders"], listener=MyListener())
...     while True:
...         batches = await c.getmany(timeout_ms=1000, max_records=10_000)
...         for tp, records in batches.items(): ...
...         await c.commit()

Group management speaks the classic protocol (client-side assignors "range", "roundrobin",
"cooperative-sticky"; static membership with `group_instance_id`) or, with
`group_protocol="consumer"`, KIP-848. `assign()` reads chosen partitions without a group.
Fetching runs in the background (one request per broker at a time) while the application
processes what was fetched before; positions move only as records are handed out.
"""

from __future__ import annotations

import inspect
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol, runtime_checkable

import anyio
import anyio.abc

from .assignors import Assignor, assignor_by_name
from .base import ClientBase
from .consumer_state import (
    OffsetResetStrategy,
    PartitionState,
    SubscriptionState,
    SubscriptionType,
)
from .embedded import EmbeddedBroker
from .errors import ClientClosedError, ConfigurationError, RequestTimeoutError
from .fetcher import (
    EARLIEST_TIMESTAMP,
    LATEST_TIMESTAMP,
    Fetcher,
    NoOffsetForPartitionError,
    OffsetOutOfRangeError,
)
from .membership import (
    ClassicMembership,
    CommitFailedError,
    ConsumerMembership,
    GroupClient,
    GroupState,
)
from .record_buffer import make_record_buffer
from .transport import Transport
from .types import ConsumerRecord, OffsetAndMetadata, TopicPartition

__all__ = [
    "CommitFailedError",
    "Consumer",
    "ConsumerRebalanceListener",
    "GroupState",
    "NoOffsetForPartitionError",
    "OffsetAndTimestamp",
    "OffsetOutOfRangeError",
    "PendingCommit",
]

log = logging.getLogger(__name__)

_ALL = 2**31 - 1


class OffsetAndTimestamp(NamedTuple):
    """What `offsets_for_times` found: the first offset at or after the time asked for."""

    offset: int
    timestamp: int


@runtime_checkable
class ConsumerRebalanceListener(Protocol):
    """Told about assignment changes. Methods may be plain or `async`; subclass
    `RebalanceListener` to implement only some of them."""

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> Any:
        """Partitions are taken away (after auto-commit has committed their positions)."""

    def on_partitions_assigned(self, assigned: list[TopicPartition]) -> Any:
        """Partitions were added (cooperative and KIP-848: only the new ones)."""

    def on_partitions_lost(self, lost: list[TopicPartition]) -> Any:
        """Partitions were lost without a chance to commit (fenced, session expired)."""


class RebalanceListener:
    """A listener doing nothing; `on_partitions_lost` calls `on_partitions_revoked` (as Java)."""

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> Any:
        """Override: partitions are being taken away."""
        return None

    def on_partitions_assigned(self, assigned: list[TopicPartition]) -> Any:
        """Override: partitions were added."""
        return None

    def on_partitions_lost(self, lost: list[TopicPartition]) -> Any:
        """Override: partitions were lost; by default the same as revoked."""
        return self.on_partitions_revoked(lost)


Callback = Callable[[list[TopicPartition]], Awaitable[None] | None]


class _CallbackListener(RebalanceListener):
    def __init__(
        self, revoked: Callback | None, assigned: Callback | None, lost: Callback | None
    ) -> None:
        self.revoked, self.assigned, self.lost = revoked, assigned, lost

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> Any:
        return self.revoked(revoked) if self.revoked else None

    def on_partitions_assigned(self, assigned: list[TopicPartition]) -> Any:
        return self.assigned(assigned) if self.assigned else None

    def on_partitions_lost(self, lost: list[TopicPartition]) -> Any:
        if self.lost is not None:
            return self.lost(lost)
        return self.on_partitions_revoked(lost)


class PendingCommit:
    """The outcome of `commit_nowait()`: `await pending.wait()` raises what the commit raised."""

    def __init__(self) -> None:
        self._done = anyio.Event()
        self._error: BaseException | None = None

    def done(self) -> bool:
        """True once the commit finished (successfully or not)."""
        return self._done.is_set()

    def exception(self) -> BaseException | None:
        """The error, if the commit failed."""
        return self._error

    async def wait(self) -> None:
        """Wait for the commit; raise its error if it failed."""
        await self._done.wait()
        if self._error is not None:
            raise self._error

    def _finish(self, error: BaseException | None) -> None:
        self._error = error
        self._done.set()


def _reset_strategy(value: str) -> OffsetResetStrategy:
    try:
        return OffsetResetStrategy(value.lower())
    except ValueError:
        raise ConfigurationError(
            f"auto_offset_reset={value!r}: use 'earliest', 'latest' or 'none'"
        ) from None


class Consumer(ClientBase):
    """Reads records: from partitions it is assigned by its group (`subscribe`) or by hand
    (`assign`). Use as an async context manager, or `await start()` / `await aclose()` in one
    task. Options follow the Java client's names (snake_case)."""

    def __init__(
        self,
        bootstrap_servers: str | list[str] | EmbeddedBroker = "127.0.0.1:9092",
        *,
        topics: Iterable[str] = (),
        group_id: str | None = None,
        group_instance_id: str | None = None,
        group_protocol: str = "classic",
        group_remote_assignor: str | None = None,
        partition_assignment_strategy: Sequence[str | Assignor] = ("range", "cooperative-sticky"),
        session_timeout_ms: int = 45_000,
        heartbeat_interval_ms: int = 3_000,
        max_poll_interval_ms: int = 300_000,
        rebalance_timeout_ms: int | None = None,
        enable_auto_commit: bool = True,
        auto_commit_interval_ms: int = 5_000,
        auto_offset_reset: str = "latest",
        isolation_level: str = "read_uncommitted",
        fetch_min_bytes: int = 1,
        fetch_max_bytes: int = 52_428_800,
        max_partition_fetch_bytes: int = 1_048_576,
        fetch_max_wait_ms: int = 500,
        max_poll_records: int = 500,
        check_crcs: bool = True,
        client_rack: str | None = None,
        retry_backoff_ms: int = 100,
        exclude_internal_topics: bool = True,
        close_timeout_ms: int = 10_000,
        client_id: str | None = None,
        request_timeout_ms: int = 30_000,
        connect_timeout_ms: int = 10_000,
        reconnect_backoff_ms: int = 50,
        reconnect_backoff_max_ms: int = 1000,
        metadata_max_age_ms: int = 300_000,
        allow_auto_create_topics: bool = True,
        transport: Transport | None = None,
    ) -> None:
        if group_protocol not in ("classic", "consumer"):
            raise ConfigurationError(
                f"group_protocol={group_protocol!r}: use 'classic' or 'consumer' (KIP-848)"
            )
        if isolation_level not in ("read_uncommitted", "read_committed"):
            raise ConfigurationError(
                f"isolation_level={isolation_level!r}: use 'read_uncommitted' or 'read_committed'"
            )
        if group_instance_id is not None and group_id is None:
            raise ConfigurationError("group_instance_id needs a group_id")
        if max_poll_records < 1:
            raise ConfigurationError("max_poll_records must be at least 1")
        super().__init__(
            bootstrap_servers,
            client_id=client_id,
            request_timeout_ms=request_timeout_ms,
            connect_timeout_ms=connect_timeout_ms,
            reconnect_backoff_ms=reconnect_backoff_ms,
            reconnect_backoff_max_ms=reconnect_backoff_max_ms,
            metadata_max_age_ms=metadata_max_age_ms,
            allow_auto_create_topics=allow_auto_create_topics,
            transport=transport,
        )
        self.group_id = group_id
        self.group_instance_id = group_instance_id
        self.group_protocol = group_protocol
        self._assignors = [
            assignor_by_name(a) if isinstance(a, str) else a for a in partition_assignment_strategy
        ]
        if not self._assignors:
            raise ConfigurationError("partition_assignment_strategy is empty")
        self._session_timeout_ms = session_timeout_ms
        self._heartbeat_interval_ms = heartbeat_interval_ms
        self._max_poll_interval_ms = max_poll_interval_ms
        self._rebalance_timeout_ms = rebalance_timeout_ms or max_poll_interval_ms
        self._remote_assignor = group_remote_assignor
        self.enable_auto_commit = enable_auto_commit and group_id is not None
        self._auto_commit_interval = auto_commit_interval_ms / 1000
        self._isolation = 1 if isolation_level == "read_committed" else 0
        self._max_poll_records = max_poll_records
        self._retry_backoff = retry_backoff_ms / 1000
        self._exclude_internal = exclude_internal_topics
        self._close_timeout = close_timeout_ms / 1000
        self._rack = client_rack
        self._subs = SubscriptionState(_reset_strategy(auto_offset_reset))
        self._fetcher = Fetcher(
            transport=self.transport,
            cluster=self.cluster,
            subscriptions=self._subs,
            fetch_min_bytes=fetch_min_bytes,
            fetch_max_bytes=fetch_max_bytes,
            max_partition_fetch_bytes=max_partition_fetch_bytes,
            fetch_max_wait_ms=fetch_max_wait_ms,
            isolation_level=self._isolation,
            check_crcs=check_crcs,
            request_timeout=self.request_timeout,
            retry_backoff=self._retry_backoff,
            client_rack=client_rack,
            on_metadata_needed=self._request_metadata,
        )
        self._listener: ConsumerRebalanceListener | None = None
        self._membership: GroupClient | None = None
        self._tg: anyio.abc.TaskGroup | None = None
        self._error: BaseException | None = None
        self._metadata_wanted = anyio.Event()
        self._last_poll = time.monotonic()
        self._in_poll = 0
        self._iter_buf = make_record_buffer(self._refill)
        self._last_auto_commit: dict[TopicPartition, int] = {}
        self._initial_topics = [topics] if isinstance(topics, str) else list(topics)

    # ================================================================ lifecycle

    async def start(self) -> None:
        """Connect, then start fetching and (with a group) group membership."""
        if self._started:
            return
        await super().start()
        tg = anyio.create_task_group()
        await tg.__aenter__()
        self._tg = tg
        try:
            if self.group_id is not None:
                self._membership = self._make_membership(self.group_id)
                self._fetcher_committed_lookup()
                tg.start_soon(self._guard, self._membership.run, "group membership")
                if self.enable_auto_commit:
                    tg.start_soon(self._guard, self._auto_commit_loop, "auto-commit")
            tg.start_soon(self._fetcher.run, tg)
            tg.start_soon(self._guard, self._metadata_loop, "metadata")
            if self._initial_topics:
                self.subscribe(self._initial_topics)
        except BaseException:
            await self._stop_tasks()
            await super().aclose()
            raise

    def _make_membership(self, group_id: str) -> GroupClient:
        if self.group_protocol == "consumer":
            return ConsumerMembership(
                self,
                group_id,
                group_instance_id=self.group_instance_id,
                rebalance_timeout_ms=self._rebalance_timeout_ms,
                max_poll_interval_ms=self._max_poll_interval_ms,
                server_assignor=self._remote_assignor,
                client_rack=self._rack,
            )
        return ClassicMembership(
            self,
            group_id,
            assignors=self._assignors,
            group_instance_id=self.group_instance_id,
            session_timeout_ms=self._session_timeout_ms,
            rebalance_timeout_ms=self._rebalance_timeout_ms,
            heartbeat_interval_ms=self._heartbeat_interval_ms,
            max_poll_interval_ms=self._max_poll_interval_ms,
            client_rack=self._rack,
        )

    def _fetcher_committed_lookup(self) -> None:
        self._fetcher.committed_lookup = self._committed_for_positions

    async def aclose(self) -> None:
        """Commit (auto-commit), revoke, leave the group, close connections. Bounded by
        `close_timeout_ms` even when the broker is gone; safe to call more than once."""
        if self._closed:
            return
        if self._started and self._tg is not None:
            with anyio.move_on_after(self._close_timeout, shield=True):
                try:
                    await self._graceful_close()
                except Exception as e:
                    log.warning("consumer %s: closing: %s", self.client_id, e)
        await self._stop_tasks()
        await super().aclose()

    async def _graceful_close(self) -> None:
        m = self._membership
        if m is None:
            return
        if self._subs.is_group_managed:
            await m.close()
        elif self.enable_auto_commit and self._subs.assignment:
            await self._commit_positions(list(self._subs.assignment))

    async def _stop_tasks(self) -> None:
        tg, self._tg = self._tg, None
        if tg is None:
            return
        tg.cancel_scope.cancel()
        try:
            await tg.__aexit__(None, None, None)
        except Exception as e:  # background tasks never raise; be safe anyway
            log.debug("consumer %s: background task error at close: %s", self.client_id, e)

    async def _guard(self, fn: Callable[[], Awaitable[None]], what: str) -> None:
        """Run a background loop; an unexpected error is kept for the application."""
        try:
            await fn()
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as e:
            log.exception("consumer %s: %s failed", self.client_id, what)
            self._set_error(e)

    def _set_error(self, e: BaseException) -> None:
        self._error = e
        self._fetcher.data_ready.set()

    # ================================================================ subscription

    def subscribe(
        self,
        topics: Iterable[str] = (),
        *,
        pattern: str | re.Pattern[str] | None = None,
        listener: ConsumerRebalanceListener | None = None,
        on_revoked: Callback | None = None,
        on_assigned: Callback | None = None,
        on_lost: Callback | None = None,
    ) -> None:
        """Join the group for `topics` (or every topic matching `pattern`, checked on each
        metadata refresh). `listener`, or the `on_*` callables, hear of assignment changes;
        they may be coroutine functions. Calling it again changes the subscription."""
        self._check_open()
        if self.group_id is None:
            raise ConfigurationError("subscribe() needs a group_id; use assign() without a group")
        names = [topics] if isinstance(topics, str) else list(topics)
        if pattern is None and not names:
            raise ValueError("subscribe() needs topics or a pattern")
        if pattern is not None and names:
            raise ValueError("subscribe() takes topics or a pattern, not both")
        if listener is not None and any((on_revoked, on_assigned, on_lost)):
            raise ValueError("give a listener or on_* callables, not both")
        if listener is None and any((on_revoked, on_assigned, on_lost)):
            listener = _CallbackListener(on_revoked, on_assigned, on_lost)
        self._listener = listener
        if pattern is not None:
            self._subs.subscribe_pattern(
                re.compile(pattern) if isinstance(pattern, str) else pattern
            )
        else:
            self._subs.subscribe(names)
        assert self._membership is not None
        self._membership.request_rejoin("subscription changed")
        self._request_metadata()

    def assign(self, partitions: Iterable[TopicPartition]) -> None:
        """Read exactly these partitions, with no group membership. Positions come from the
        committed offsets (with a `group_id`) or `auto_offset_reset`, unless you `seek`."""
        self._check_open()
        parts = [TopicPartition(*tp) for tp in partitions]
        gone = set(self._subs.assignment) - set(parts)
        self._subs.assign_from_user(parts)
        self._forget(gone)
        self._request_metadata()
        self._fetcher.wake()

    async def unsubscribe(self) -> None:
        """Give up every partition: leave the group (revoking first), or drop a manual
        assignment."""
        self._check_open()
        if self._membership is not None and self._subs.is_group_managed:
            await self._membership.close()
        self._forget(list(self._subs.assignment))
        self._subs.unsubscribe()
        self._listener = None

    def subscription(self) -> frozenset[str]:
        """The subscribed topics (for a pattern: the topics it matches now)."""
        return self._subs.topics

    def assignment(self) -> frozenset[TopicPartition]:
        """The partitions this consumer reads now."""
        return frozenset(self._subs.assignment)

    @property
    def group(self) -> GroupState | None:
        """A snapshot of the group membership (None without a group_id)."""
        return None if self._membership is None else self._membership.view()

    # ================================================================ reading

    async def getmany(
        self,
        *partitions: TopicPartition,
        timeout_ms: int = 0,
        max_records: int | None = None,
    ) -> dict[TopicPartition, list[ConsumerRecord]]:
        """Records fetched so far (of `partitions`, or of all), waiting up to `timeout_ms`
        for some when none are there yet. At most `max_records` in all (no limit when None)."""
        self._check_open()
        self._poll_started()
        try:
            limit = _ALL if max_records is None else max_records
            only = frozenset(partitions) if partitions else None
            deadline = time.monotonic() + timeout_ms / 1000
            fetcher = self._fetcher
            while True:
                if self._error is not None:
                    err, self._error = self._error, None
                    raise err
                # A fresh event before draining, so data that comes after the drain wakes us;
                # shared while unset, so that every task waiting in a poll wakes, not the last.
                ev = fetcher.data_ready
                if ev.is_set():
                    ev = fetcher.data_ready = anyio.Event()
                out = fetcher.drain(limit, only)
                if out:
                    return out
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return out
                with anyio.move_on_after(remaining):
                    await ev.wait()
        finally:
            self._poll_ended()

    async def getone(self, *partitions: TopicPartition) -> ConsumerRecord:
        """The next record (of `partitions`, or of all), waiting as long as it takes."""
        while True:
            got = await self.getmany(*partitions, timeout_ms=60_000, max_records=1)
            for records in got.values():
                return records[0]

    def __aiter__(self) -> AsyncIterator[ConsumerRecord]:
        return self._iter_buf.__aiter__()

    async def __anext__(self) -> ConsumerRecord:
        return await self._iter_buf.__anext__()

    async def _refill(self) -> ConsumerRecord:
        """The `async for` buffer is empty: poll until records come, load them, return the
        first (StopAsyncIteration once the consumer is closed)."""
        buf = self._iter_buf
        while not len(buf):
            if self._closed:
                raise StopAsyncIteration
            got = await self.getmany(timeout_ms=1000, max_records=self._max_poll_records)
            if got:
                if len(got) == 1:
                    (records,) = got.values()
                else:
                    records = [r for rs in got.values() for r in rs]
                if len(buf):  # another task iterating this consumer loaded some meanwhile
                    records = buf.remaining() + records
                buf.load(records)
        return await buf.__anext__()

    def _poll_started(self) -> None:
        self._in_poll += 1
        self._last_poll = time.monotonic()
        if self._membership is not None:
            self._membership.poll_tick()

    def _poll_ended(self) -> None:
        self._in_poll -= 1
        self._last_poll = time.monotonic()

    def _poll_expired(self, max_interval: float) -> bool:
        return self._in_poll == 0 and time.monotonic() - self._last_poll > max_interval

    # ================================================================ positions

    def seek(self, partition: TopicPartition, offset: int) -> None:
        """Read `partition` from `offset` next."""
        if offset < 0:
            raise ValueError(f"offset must be >= 0, not {offset}")
        self._subs.state(partition).seek(offset)
        self._forget([partition], keep_assignment=True)

    def seek_to_beginning(self, *partitions: TopicPartition) -> None:
        """Read from the log start of `partitions` (all assigned when none given)."""
        self._reset(partitions, OffsetResetStrategy.EARLIEST)

    def seek_to_end(self, *partitions: TopicPartition) -> None:
        """Read only what is written from now on to `partitions` (all when none given)."""
        self._reset(partitions, OffsetResetStrategy.LATEST)

    def _reset(self, partitions: Sequence[TopicPartition], how: OffsetResetStrategy) -> None:
        tps = list(partitions) or list(self._subs.assignment)
        for tp in tps:
            self._subs.state(tp).request_reset(how)
        self._forget(tps, keep_assignment=True)

    def _forget(self, partitions: Iterable[TopicPartition], keep_assignment: bool = False) -> None:
        gone = set(partitions)
        if not gone:
            return
        self._fetcher.clear(gone)
        if len(self._iter_buf):
            self._iter_buf.load(
                [r for r in self._iter_buf.remaining() if (r.topic, r.partition) not in gone]
            )
        self._fetcher.wake()

    async def position(self, partition: TopicPartition) -> int:
        """The offset of the next record the application gets from `partition` (resolving
        the committed offset or `auto_offset_reset` first when needed)."""
        self._check_open()
        st = self._subs.state(partition)
        deadline = time.monotonic() + self.request_timeout
        while st.position is None:
            if self._error is not None:
                err, self._error = self._error, None
                raise err
            if self._fetcher.error is not None:
                err2, self._fetcher.error = self._fetcher.error, None
                raise err2
            if time.monotonic() > deadline:
                raise RequestTimeoutError(f"no position for {partition} within the request timeout")
            self._fetcher.wake()
            await anyio.sleep(0.01)
            st = self._subs.state(partition)
        return st.position

    def highwater(self, partition: TopicPartition) -> int | None:
        """The partition's high watermark from the last fetch (None before any)."""
        return self._subs.state(partition).high_watermark

    def last_stable_offset(self, partition: TopicPartition) -> int | None:
        """The last stable offset from the last fetch (read_committed reads up to it)."""
        return self._subs.state(partition).last_stable_offset

    def lag(self, partition: TopicPartition) -> int | None:
        """Records between the position and the end of the log (the high watermark, or the
        last stable offset with read_committed); None while either is unknown."""
        st = self._subs.state(partition)
        end = st.last_stable_offset if self._isolation else st.high_watermark
        if end is None or st.position is None:
            return None
        return max(0, end - st.position)

    def pause(self, *partitions: TopicPartition) -> None:
        """Stop fetching and returning records of `partitions` until `resume`."""
        for tp in partitions:
            self._subs.state(tp).paused = True
        self._unbuffer(partitions)

    def _unbuffer(self, partitions: Iterable[TopicPartition]) -> None:
        """Take back the records of `partitions` waiting in the `async for` buffer: each
        partition's position returns to the first of them (they were not handed out)."""
        if not len(self._iter_buf):
            return
        wanted = set(partitions)
        first: dict[TopicPartition, int] = {}
        keep = []
        for r in self._iter_buf.remaining():
            tp = TopicPartition(r.topic, r.partition)
            if tp in wanted:
                first.setdefault(tp, r.offset)
            else:
                keep.append(r)
        if first:
            self._iter_buf.load(keep)
            for tp, offset in first.items():
                self._subs.state(tp).seek(offset)
            self._forget(first, keep_assignment=True)

    def resume(self, *partitions: TopicPartition) -> None:
        """Fetch `partitions` again."""
        for tp in partitions:
            self._subs.state(tp).paused = False
        self._fetcher.wake()

    def paused(self) -> frozenset[TopicPartition]:
        """The paused partitions."""
        return frozenset(tp for tp, s in self._subs.assignment.items() if s.paused)

    async def offsets_for_times(
        self, timestamps: Mapping[TopicPartition, int]
    ) -> dict[TopicPartition, OffsetAndTimestamp | None]:
        """Per partition, the first offset whose timestamp is at or after the given one (ms
        since the epoch), with that record's timestamp; None when there is none."""
        self._check_open()
        for ts in timestamps.values():
            if ts < 0:
                raise ValueError(f"timestamps must be >= 0, not {ts}")
        await self._ensure_topics({tp.topic for tp in timestamps})
        found = await self._fetcher.list_offsets(dict(timestamps))
        return {
            tp: (OffsetAndTimestamp(*found[tp]) if tp in found and found[tp][0] >= 0 else None)
            for tp in timestamps
        }

    async def beginning_offsets(
        self, partitions: Iterable[TopicPartition]
    ) -> dict[TopicPartition, int]:
        """The log start offset of each partition."""
        return await self._list(partitions, EARLIEST_TIMESTAMP)

    async def end_offsets(self, partitions: Iterable[TopicPartition]) -> dict[TopicPartition, int]:
        """The offset after the last record of each partition (the last stable offset with
        read_committed)."""
        return await self._list(partitions, LATEST_TIMESTAMP)

    async def _list(
        self, partitions: Iterable[TopicPartition], ts: int
    ) -> dict[TopicPartition, int]:
        self._check_open()
        tps = list(partitions)
        await self._ensure_topics({tp.topic for tp in tps})
        found = await self._fetcher.list_offsets({tp: ts for tp in tps})
        return {tp: off for tp, (off, _t) in found.items()}

    async def _ensure_topics(self, topics: set[str]) -> None:
        for t in topics:
            if t not in self.cluster.topics:
                await self.cluster.wait_for_topic(t, self.request_timeout)

    async def partitions_for_topic(self, topic: str) -> frozenset[TopicPartition]:
        """Every partition of `topic`."""
        self._check_open()
        await self.cluster.wait_for_topic(topic, self.request_timeout)
        return frozenset(TopicPartition(topic, p) for p in self.cluster.partitions(topic) or [])

    async def topics(self) -> frozenset[str]:
        """Every topic in the cluster (internal ones left out when exclude_internal_topics)."""
        self._check_open()
        await self.cluster.refresh(None)
        return frozenset(
            t.name
            for t in self.cluster.topics.values()
            if not (t.is_internal and self._exclude_internal)
        )

    # ================================================================ offsets

    def _group(self) -> GroupClient:
        if self._membership is None:
            raise ConfigurationError("committing offsets needs a group_id")
        return self._membership

    def _committable(
        self, partitions: Iterable[TopicPartition] | None = None
    ) -> dict[TopicPartition, OffsetAndMetadata]:
        """Positions of records handed to the application (not those waiting in the
        `async for` buffer)."""
        positions = self._subs.positions()
        if len(self._iter_buf):
            seen: set[TopicPartition] = set()
            for r in self._iter_buf.remaining():
                tp = TopicPartition(r.topic, r.partition)
                if tp not in seen:
                    seen.add(tp)
                    positions[tp] = r.offset
        wanted = None if partitions is None else set(partitions)
        assignment = self._subs.assignment
        return {
            tp: OffsetAndMetadata(off, "", assignment[tp].leader_epoch)
            for tp, off in positions.items()
            if (wanted is None or tp in wanted) and tp in assignment
        }

    @staticmethod
    def _normalise(
        offsets: Mapping[TopicPartition, OffsetAndMetadata | int],
    ) -> dict[TopicPartition, OffsetAndMetadata]:
        out = {}
        for tp, o in offsets.items():
            out[TopicPartition(*tp)] = (
                o if isinstance(o, OffsetAndMetadata) else OffsetAndMetadata(o)
            )
        return out

    async def commit(
        self, offsets: Mapping[TopicPartition, OffsetAndMetadata | int] | None = None
    ) -> None:
        """Commit `offsets` (the offset of the next record to read, per partition), or the
        positions of everything handed out so far. Raises CommitFailedError when the group
        rebalanced and the partitions may belong to another member now."""
        self._check_open()
        group = self._group()
        todo = self._committable() if offsets is None else self._normalise(offsets)
        await group.commit(todo)
        for tp, om in todo.items():
            self._last_auto_commit[tp] = om.offset

    def commit_nowait(
        self,
        offsets: Mapping[TopicPartition, OffsetAndMetadata | int] | None = None,
        callback: (
            Callable[[dict[TopicPartition, OffsetAndMetadata], BaseException | None], Any] | None
        ) = None,
    ) -> PendingCommit:
        """Start a commit in the background and return at once (Java's commitAsync); the
        `callback(offsets, error)` and the returned PendingCommit tell how it went."""
        self._check_open()
        group = self._group()
        todo = self._committable() if offsets is None else self._normalise(offsets)
        pending = PendingCommit()

        async def run() -> None:
            err: BaseException | None = None
            try:
                await group.commit(todo)
            except anyio.get_cancelled_exc_class():
                pending._finish(ClientClosedError("the consumer closed before the commit ended"))
                raise
            except Exception as e:
                err = e
            pending._finish(err)
            if callback is not None:
                try:
                    r = callback(todo, err)
                    if inspect.isawaitable(r):
                        await r
                except Exception:
                    log.exception("commit callback failed")

        assert self._tg is not None
        self._tg.start_soon(run)
        return pending

    async def committed(self, partition: TopicPartition) -> OffsetAndMetadata | None:
        """The group's committed offset for `partition` (None when nothing is committed)."""
        self._check_open()
        got = await self._group().fetch_committed([partition])
        return got.get(partition)

    async def _commit_positions(self, partitions: Iterable[TopicPartition]) -> None:
        todo = self._committable(partitions)
        if todo and self._membership is not None:
            await self._membership.commit(todo)
            for tp, om in todo.items():
                self._last_auto_commit[tp] = om.offset

    async def _auto_commit_before_revoke(self, partitions: Sequence[TopicPartition]) -> None:
        if not self.enable_auto_commit:
            return
        try:
            await self._commit_positions(list(self._subs.assignment))
        except Exception as e:
            log.warning("consumer %s: auto-commit before revoking failed: %s", self.client_id, e)

    async def _auto_commit_loop(self) -> None:
        while True:
            await anyio.sleep(self._auto_commit_interval)
            m = self._membership
            if m is None or not self._subs.assignment:
                continue
            if self._subs.is_group_managed and not m.in_group():
                continue
            todo = {
                tp: om
                for tp, om in self._committable().items()
                if self._last_auto_commit.get(tp) != om.offset
            }
            if not todo:
                continue
            try:
                await m.commit(todo)
                for tp, om in todo.items():
                    self._last_auto_commit[tp] = om.offset
            except anyio.get_cancelled_exc_class():
                raise
            except Exception as e:
                log.info("consumer %s: auto-commit failed: %s", self.client_id, e)

    async def _committed_for_positions(
        self, partitions: list[TopicPartition]
    ) -> dict[TopicPartition, OffsetAndMetadata | None]:
        assert self._membership is not None
        return await self._membership.fetch_committed(partitions)

    # ================================================================ callbacks

    async def _invoke_listener(self, kind: str, partitions: Sequence[TopicPartition]) -> None:
        listener = self._listener
        parts = sorted(partitions)
        if kind == "assigned":
            self._fetcher.wake()
        if listener is None or (not parts and kind != "assigned"):
            return
        fn = getattr(listener, f"on_partitions_{kind}", None)
        if fn is None and kind == "lost":
            fn = getattr(listener, "on_partitions_revoked", None)
        if fn is None:
            return
        try:
            r = fn(parts)
            if inspect.isawaitable(r):
                await r
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as e:
            log.exception("consumer %s: on_partitions_%s failed", self.client_id, kind)
            self._set_error(e)

    # ================================================================ metadata

    def _request_metadata(self) -> None:
        self._metadata_wanted.set()

    async def _metadata_loop(self) -> None:
        last = 0.0
        while True:
            with anyio.move_on_after(self.cluster.max_age):
                await self._metadata_wanted.wait()
            self._metadata_wanted = anyio.Event()
            wait = last + self._retry_backoff - time.monotonic()
            if wait > 0:
                await anyio.sleep(wait)
            last = time.monotonic()
            subs = self._subs
            try:
                if subs.type is SubscriptionType.PATTERN:
                    await self.cluster.refresh(None)
                    names = [
                        t.name
                        for t in self.cluster.topics.values()
                        if not (t.is_internal and self._exclude_internal)
                    ]
                    if subs.match_pattern(names) and self._membership is not None:
                        self._membership.request_rejoin("pattern matches other topics")
                else:
                    topics = set(subs.topics) | {tp.topic for tp in subs.assignment}
                    if not topics:
                        continue
                    await self.cluster.refresh(sorted(topics))
                m = self._membership
                if isinstance(m, ClassicMembership):
                    m.on_metadata()
                self._fetcher.wake()
            except anyio.get_cancelled_exc_class():
                raise
            except Exception as e:
                log.debug("consumer %s: metadata refresh failed: %s", self.client_id, e)
                self._metadata_wanted.set()
                await anyio.sleep(self._retry_backoff)

    # ================================================================ misc

    def _state(self, tp: TopicPartition) -> PartitionState:
        return self._subs.state(tp)

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._started else "new"
        group = f" group={self.group_id}" if self.group_id else ""
        return f"<Consumer {self.client_id}{group} {state}>"
