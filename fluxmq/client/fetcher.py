"""Fetching for the consumer: background read-ahead, record decoding, offset resets.

One Fetch request at a time per broker, running in the consumer's task group while the
application processes what was fetched before. A partition is fetched again as soon as what is
buffered for it is below `max_partition_fetch_bytes`, so the next answer is usually there when
the application asks. Records are decoded a batch at a time when the application takes them
(`drain`), straight into `ConsumerRecord` tuples.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import anyio

from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.fetch_request import FetchPartition, FetchRequest, FetchTopic
from ..protocol.messages.fetch_response import FetchResponse, PartitionData
from ..protocol.messages.list_offsets_request import (
    ListOffsetsPartition,
    ListOffsetsRequest,
    ListOffsetsTopic,
)
from ..protocol.messages.list_offsets_response import ListOffsetsResponse
from ..protocol.primitives import read_varint, read_varlong
from ..protocol.records import RecordBatch, iter_batches
from ..protocol.records.batch import (
    ATTR_CONTROL,
    ATTR_LOG_APPEND_TIME,
    ATTR_TRANSACTIONAL,
    HEADER_SIZE,
    c_decode_records,
)
from ..protocol.records.compression import DEFAULT_MAX_DECOMPRESSED, decompress
from ..protocol.records.errors import CorruptRecordError
from .consumer_state import OffsetResetStrategy, PartitionState, SubscriptionState
from .errors import (
    BrokerUnreachableError,
    FatalError,
    FluxMQError,
    RequestTimeoutError,
    broker_error,
)
from .types import ConsumerRecord, TopicPartition

if TYPE_CHECKING:
    from .cluster import Cluster
    from .transport import Transport

__all__ = [
    "EARLIEST_TIMESTAMP",
    "LATEST_TIMESTAMP",
    "Fetcher",
    "NoOffsetForPartitionError",
    "OffsetOutOfRangeError",
    "decode_batch",
]

log = logging.getLogger(__name__)

FETCH_API = 1
LIST_OFFSETS_API = 2
EARLIEST_TIMESTAMP = -2
LATEST_TIMESTAMP = -1
_ZERO_UUID = uuid.UUID(int=0)
# Errors after which the partition's leader may have moved: refresh metadata, then retry.
_METADATA_ERRORS = frozenset(
    {
        E.NOT_LEADER_OR_FOLLOWER,
        E.LEADER_NOT_AVAILABLE,
        E.UNKNOWN_TOPIC_OR_PARTITION,
        E.UNKNOWN_TOPIC_ID,
        E.INCONSISTENT_TOPIC_ID,
        E.FENCED_LEADER_EPOCH,
        E.UNKNOWN_LEADER_EPOCH,
        E.KAFKA_STORAGE_ERROR,
        E.OFFSET_NOT_AVAILABLE,
        E.REPLICA_NOT_AVAILABLE,
    }
)
_new_record = tuple.__new__


class OffsetOutOfRangeError(FatalError):
    """The position is outside the log and `auto_offset_reset="none"`: seek somewhere."""

    def __init__(self, offsets: dict[TopicPartition, int]) -> None:
        self.offsets = offsets
        where = ", ".join(f"{tp.topic}[{tp.partition}]@{o}" for tp, o in offsets.items())
        super().__init__(
            f"fetch positions out of range ({where}) and auto_offset_reset is 'none': "
            "seek() to a valid offset, or use auto_offset_reset='earliest' or 'latest'"
        )


class NoOffsetForPartitionError(FatalError):
    """No committed offset and `auto_offset_reset="none"`: seek before consuming."""

    def __init__(self, partitions: Iterable[TopicPartition]) -> None:
        self.partitions = sorted(partitions)
        where = ", ".join(f"{tp.topic}[{tp.partition}]" for tp in self.partitions)
        super().__init__(
            f"no committed offset for {where} and auto_offset_reset is 'none': "
            "seek() first, or use auto_offset_reset='earliest' or 'latest'"
        )


# ---------------------------------------------------------------------------- decoding


def decode_batch(
    batch: RecordBatch,
    topic: str,
    partition: int,
    min_offset: int = 0,
    max_decompressed: int = DEFAULT_MAX_DECOMPRESSED,
) -> list[ConsumerRecord]:
    """The records of a (data) batch with offset >= `min_offset`, as ConsumerRecords."""
    count = batch.record_count
    attrs = batch.attributes
    codec = attrs & 0x07
    body = batch.view[HEADER_SIZE:]
    data: bytes | memoryview = (
        body if codec == 0 else decompress(batch.compression, body, max_decompressed)
    )
    if count < 0 or count * 7 > len(data):
        raise CorruptRecordError(f"record count {count} cannot fit in {len(data)} bytes")
    base_offset = batch.base_offset
    base_ts = batch.base_timestamp
    tstype = 1 if attrs & ATTR_LOG_APPEND_TIME else 0
    lat = batch.max_timestamp if tstype else None
    epoch = batch.partition_leader_epoch
    if c_decode_records is not None:
        # Exact on well-formed records; None otherwise, and the loop below says what is wrong.
        found = c_decode_records(
            data,
            count,
            base_offset,
            base_ts,
            lat,
            tstype,
            epoch,
            topic,
            partition,
            min_offset,
            ConsumerRecord,
        )
        if found is not None:
            return found
    return decode_records_py(
        bytes(data), count, base_offset, base_ts, lat, tstype, epoch, topic, partition, min_offset
    )


def decode_records_py(
    data: bytes,
    count: int,
    base_offset: int,
    base_ts: int,
    lat: int | None,
    tstype: int,
    epoch: int,
    topic: str,
    partition: int,
    min_offset: int,
) -> list[ConsumerRecord]:
    """`decode_batch`'s record loop in Python (the reference, and the fallback)."""
    out: list[ConsumerRecord] = []
    append = out.append
    cr = ConsumerRecord
    end = len(data)
    pos = 0
    i = 0
    try:
        for i in range(count):
            b = data[pos]
            if b < 0x80:
                length = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                length = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                length, pos = read_varint(data, pos)
            rend = pos + length
            if length < 6 or rend > end:
                raise CorruptRecordError(f"record {i} has length {length} at byte {pos}")
            pos += 1  # attributes
            b = data[pos]
            if b < 0x80:
                ts_delta = (b >> 1) ^ -(b & 1)
                pos += 1
            else:
                ts_delta, pos = read_varlong(data, pos)
            b = data[pos]
            if b < 0x80:
                offset_delta = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                offset_delta = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                offset_delta, pos = read_varint(data, pos)
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                n = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                n, pos = read_varint(data, pos)
            if n < 0:
                key = None
            else:
                if n > rend - pos:
                    raise CorruptRecordError(f"record {i} key length {n} overruns the record")
                key = data[pos : pos + n]
                pos += n
            b = data[pos]
            if b < 0x80:
                n = (b >> 1) ^ -(b & 1)
                pos += 1
            elif data[pos + 1] < 0x80:
                z = (b & 0x7F) | (data[pos + 1] << 7)
                n = (z >> 1) ^ -(z & 1)
                pos += 2
            else:
                n, pos = read_varint(data, pos)
            if n < 0:
                value = None
            else:
                if n > rend - pos:
                    raise CorruptRecordError(f"record {i} value length {n} overruns the record")
                value = data[pos : pos + n]
                pos += n
            if data[pos] == 0:
                headers: tuple[tuple[str, bytes | None], ...] = ()
                pos += 1
            else:
                n, pos = read_varint(data, pos)
                if n < 0 or n * 2 > rend - pos:
                    raise CorruptRecordError(f"record {i} header count {n} is invalid")
                pairs = []
                for _ in range(n):
                    hk, pos = read_varint(data, pos)
                    if hk < 0 or hk > rend - pos:
                        raise CorruptRecordError(f"record {i} header key length {hk} is invalid")
                    hkey = str(data[pos : pos + hk], "utf-8")
                    pos += hk
                    hv, pos = read_varint(data, pos)
                    if hv < 0:
                        hval = None
                    elif hv > rend - pos:
                        raise CorruptRecordError(f"record {i} header value length {hv} overruns")
                    else:
                        hval = data[pos : pos + hv]
                        pos += hv
                    pairs.append((hkey, hval))
                headers = tuple(pairs)
            if pos != rend:
                raise CorruptRecordError(f"record {i} ends at byte {pos}, its length says {rend}")
            offset = base_offset + offset_delta
            if offset >= min_offset:
                append(
                    _new_record(
                        cr,
                        (
                            topic,
                            partition,
                            offset,
                            base_ts + ts_delta if lat is None else lat,
                            tstype,
                            key,
                            value,
                            headers,
                            epoch,
                        ),
                    )
                )
    except IndexError:
        raise CorruptRecordError(f"record {i} is truncated at byte {pos}") from None
    except UnicodeDecodeError:
        raise CorruptRecordError(f"record {i} has a header key that is not UTF-8") from None
    except CorruptRecordError:
        raise
    except ValueError as e:
        raise CorruptRecordError(f"record {i}: {e}") from None
    return out


class _Completed:
    """What one fetch answered for one partition, handed out batch by batch."""

    __slots__ = (
        "aborted",
        "aborted_pids",
        "batches",
        "nbytes",
        "part_epoch",
        "pending",
        "pending_next",
        "state",
        "tp",
    )

    def __init__(
        self,
        tp: TopicPartition,
        state: PartitionState,
        batches: Iterator[RecordBatch],
        nbytes: int,
        aborted: list[tuple[int, int]] | None,
    ) -> None:
        self.tp = tp
        self.state = state
        self.part_epoch = state.epoch
        self.batches = batches
        self.nbytes = nbytes
        # read_committed: (first_offset, producer_id) of aborted transactions, by offset
        self.aborted = deque(sorted(aborted)) if aborted else None
        self.aborted_pids: set[int] = set()
        self.pending: list[ConsumerRecord] = []  # decoded, not yet handed out
        self.pending_next = -1  # position after `pending` is handed out

    @property
    def stale(self) -> bool:
        return self.state.epoch != self.part_epoch


# ---------------------------------------------------------------------------- fetcher


class Fetcher:
    """Background fetching and the buffer the application drains."""

    def __init__(
        self,
        *,
        transport: Transport,
        cluster: Cluster,
        subscriptions: SubscriptionState,
        fetch_min_bytes: int,
        fetch_max_bytes: int,
        max_partition_fetch_bytes: int,
        fetch_max_wait_ms: int,
        isolation_level: int,
        check_crcs: bool,
        request_timeout: float,
        retry_backoff: float,
        client_rack: str | None,
        on_metadata_needed: Callable[[], None],
    ) -> None:
        self.transport = transport
        self.cluster = cluster
        self.subs = subscriptions
        self.min_bytes = fetch_min_bytes
        self.max_bytes = fetch_max_bytes
        self.partition_max_bytes = max_partition_fetch_bytes
        self.max_wait_ms = fetch_max_wait_ms
        self.isolation_level = isolation_level
        self.check_crcs = check_crcs
        self.request_timeout = request_timeout
        self.retry_backoff = retry_backoff
        self.rack = client_rack or ""
        self.on_metadata_needed = on_metadata_needed
        self.buffer: deque[_Completed] = deque()
        self.buffered: dict[TopicPartition, int] = {}  # bytes buffered per partition
        self.in_flight: dict[int, set[TopicPartition]] = {}  # node -> partitions
        self.error: BaseException | None = None  # raised to the application by drain()
        self.data_ready = anyio.Event()
        self.wakeup = anyio.Event()
        self.backoff_until: dict[int, float] = {}  # node -> monotonic time
        # committed offsets for partitions without a position (set when there is a group)
        self.committed_lookup: (
            Callable[[list[TopicPartition]], Awaitable[Mapping[TopicPartition, Any]]] | None
        ) = None

    # -------------------------------------------------------------- application side

    def wake(self) -> None:
        self.wakeup.set()

    def has_data(self) -> bool:
        return bool(self.buffer) or self.error is not None

    def clear(self, partitions: Iterable[TopicPartition] | None = None) -> None:
        """Drop buffered data (of `partitions`, or all)."""
        if partitions is None:
            self.buffer.clear()
            self.buffered.clear()
            return
        gone = set(partitions)
        self.buffer = deque(c for c in self.buffer if c.tp not in gone)
        for tp in gone:
            self.buffered.pop(tp, None)

    def drain(
        self, max_records: int, only: frozenset[TopicPartition] | None = None
    ) -> dict[TopicPartition, list[ConsumerRecord]]:
        """Hand out up to `max_records` buffered records, advancing positions."""
        if self.error is not None:
            err, self.error = self.error, None
            raise err
        out: dict[TopicPartition, list[ConsumerRecord]] = {}
        left = max_records
        buffer = self.buffer
        skipped: list[_Completed] = []
        while buffer and left > 0:
            c = buffer[0]
            tp = c.tp
            st = c.state
            if c.stale or self.subs.assignment.get(tp) is not st:
                buffer.popleft()
                self._release(c)
                continue
            if st.paused or (only is not None and tp not in only):
                skipped.append(buffer.popleft())
                continue
            got = self._take(c, left)
            if got is None:  # exhausted
                buffer.popleft()
                self._release(c)
                continue
            if got:
                have = out.get(tp)
                if have is None:
                    out[tp] = got
                else:
                    have.extend(got)
                left -= len(got)
        if skipped:
            buffer.extendleft(reversed(skipped))
        return out

    def _release(self, c: _Completed) -> None:
        n = self.buffered.get(c.tp, 0) - c.nbytes
        if n > 0:
            self.buffered[c.tp] = n
        else:
            self.buffered.pop(c.tp, None)
        self.wake()

    def _take(self, c: _Completed, limit: int) -> list[ConsumerRecord] | None:
        """Up to `limit` records of `c` at its partition's position; None when exhausted."""
        st = c.state
        while not c.pending:
            position = st.position
            if position is None:
                return None
            batch = next(c.batches, None)
            if batch is None:
                return None
            nxt = batch.base_offset + batch.last_offset_delta + 1
            if nxt <= position:
                continue
            if self.check_crcs:
                batch.ensure_valid()
            attrs = batch.attributes
            if c.aborted is not None and attrs & ATTR_TRANSACTIONAL:
                if self._aborted(c, batch):
                    st.position = nxt
                    continue
            if attrs & ATTR_CONTROL:
                st.position = nxt
                continue
            c.pending = decode_batch(batch, c.tp.topic, c.tp.partition, position)
            c.pending_next = nxt
            if not c.pending:
                st.position = nxt
        recs = c.pending
        if len(recs) <= limit:
            c.pending = []
            st.position = c.pending_next
            return recs
        c.pending = recs[limit:]
        got = recs[:limit]
        st.position = got[-1].offset + 1
        return got

    def _aborted(self, c: _Completed, batch: RecordBatch) -> bool:
        """read_committed: does `batch` belong to an aborted transaction (Java's logic)?"""
        aborted = c.aborted
        assert aborted is not None
        while aborted and aborted[0][0] <= batch.last_offset:
            c.aborted_pids.add(aborted.popleft()[1])
        pid = batch.producer_id
        if batch.attributes & ATTR_CONTROL:
            # an ABORT marker closes the producer's aborted transaction
            for rec in batch.records():
                if rec.control_type() == 0:
                    c.aborted_pids.discard(pid)
            return False
        return pid in c.aborted_pids

    # -------------------------------------------------------------- background loop

    async def run(self, tg: anyio.abc.TaskGroup) -> None:
        """The fetch loop (runs until cancelled). Never raises: errors go to `self.error`."""
        while True:
            self.wakeup = anyio.Event()
            try:
                await self._resolve_positions()
                self._send_fetches(tg)
            except anyio.get_cancelled_exc_class():
                raise
            except FatalError as e:
                self._fail(e)
            except Exception as e:  # retriable / transient: log, back off, retry
                log.debug("fetcher: %s", e)
                self.on_metadata_needed()
                await anyio.sleep(self.retry_backoff)
                continue
            with anyio.move_on_after(self.max_wait_ms / 1000 + 0.5):
                await self.wakeup.wait()

    def _fail(self, e: BaseException) -> None:
        self.error = e
        self.data_ready.set()

    def _send_fetches(self, tg: anyio.abc.TaskGroup) -> None:
        busy = set().union(*self.in_flight.values()) if self.in_flight else set()
        now = time.monotonic()
        per_node: dict[int, list[tuple[TopicPartition, PartitionState]]] = {}
        unknown_leader = False
        for tp, st in self.subs.assignment.items():
            if not st.fetchable or tp in busy:
                continue
            if self.buffered.get(tp, 0) >= 2 * self.partition_max_bytes:  # one fetch ahead
                continue
            node = self.cluster.leader(tp.topic, tp.partition)
            if node is None:
                unknown_leader = True
                continue
            if node in self.in_flight or self.backoff_until.get(node, 0) > now:
                continue
            per_node.setdefault(node, []).append((tp, st))
        if unknown_leader:
            self.on_metadata_needed()
        for node, parts in per_node.items():
            self.in_flight[node] = {tp for tp, _ in parts}
            tg.start_soon(self._fetch, node, parts)

    async def _fetch(self, node: int, parts: list[tuple[TopicPartition, PartitionState]]) -> None:
        try:
            await self._fetch_inner(node, parts)
        except anyio.get_cancelled_exc_class():
            raise
        except (BrokerUnreachableError, RequestTimeoutError) as e:
            log.debug("fetch from broker %d failed: %s", node, e)
            self.backoff_until[node] = time.monotonic() + self.retry_backoff
            self.on_metadata_needed()
        except FatalError as e:
            self._fail(e)
        except FluxMQError as e:
            log.debug("fetch from broker %d failed: %s", node, e)
            self.backoff_until[node] = time.monotonic() + self.retry_backoff
        except Exception as e:  # a corrupt response: report it to the application
            self._fail(e)
        finally:
            self.in_flight.pop(node, None)
            self.wake()

    async def _fetch_inner(
        self, node: int, parts: list[tuple[TopicPartition, PartitionState]]
    ) -> None:
        version = self.transport.version(FETCH_API, 4, 18, node)
        topics: dict[str, FetchTopic] = {}
        partitions: dict[str, list[FetchPartition]] = {}
        sent: dict[TopicPartition, tuple[PartitionState, int, int]] = {}
        for tp, st in parts:
            assert st.fetch_offset is not None
            t = topics.get(tp.topic)
            if t is None:
                tid = self.cluster.topic_id(tp.topic) or _ZERO_UUID
                t = topics[tp.topic] = FetchTopic(topic=tp.topic, topic_id=tid)
                t.partitions = partitions[tp.topic] = []
            partitions[tp.topic].append(
                FetchPartition(
                    partition=tp.partition,
                    current_leader_epoch=st.leader_epoch,
                    fetch_offset=st.fetch_offset,
                    partition_max_bytes=self.partition_max_bytes,
                )
            )
            sent[tp] = (st, st.epoch, st.fetch_offset)
        if version >= 13 and any(t.topic_id == _ZERO_UUID for t in topics.values()):
            version = 12  # topic ids unknown: the name-based versions
        req = FetchRequest(
            max_wait_ms=self.max_wait_ms,
            min_bytes=self.min_bytes,
            max_bytes=self.max_bytes,
            isolation_level=self.isolation_level,
            session_id=0,
            session_epoch=-1,
            topics=list(topics.values()),
            rack_id=self.rack,
        )
        resp = await self.transport.request(
            req, version, node=node, timeout=self.request_timeout + self.max_wait_ms / 1000
        )
        if not isinstance(resp, FetchResponse):
            raise BrokerUnreachableError("no Fetch answer")
        if resp.error_code:
            raise broker_error(resp.error_code, "fetch")
        got_data = False
        refresh = False
        for tr in resp.responses:
            name = tr.topic if version < 13 else self.cluster.topic_name(tr.topic_id)
            if name is None:
                refresh = True
                continue
            for p in tr.partitions:
                tp = TopicPartition(name, p.partition_index)
                entry = sent.get(tp)
                if entry is None:
                    continue
                st, epoch, offset = entry
                if self.subs.assignment.get(tp) is not st or st.epoch != epoch:
                    continue  # revoked or sought while the fetch was out
                if p.error_code:
                    refresh |= self._partition_error(tp, st, offset, p)
                    continue
                got_data |= self._accept(tp, st, offset, p)
        if refresh:
            self.on_metadata_needed()
        if got_data:
            self.data_ready.set()

    def _partition_error(
        self, tp: TopicPartition, st: PartitionState, offset: int, p: PartitionData
    ) -> bool:
        code = p.error_code
        if code == E.OFFSET_OUT_OF_RANGE:
            if st.position != offset:
                # the application has not caught up with the read-ahead yet: refetch from
                # its position before deciding anything
                st.fetch_offset = st.position
                return False
            strategy = self.subs.default_reset
            if strategy is OffsetResetStrategy.NONE:
                self._fail(OffsetOutOfRangeError({tp: offset}))
            else:
                log.info("%s offset %d out of range: resetting to %s", tp, offset, strategy.value)
                st.request_reset(strategy)
                self.clear([tp])
            return False
        if code in _METADATA_ERRORS:
            return True
        if code == E.TOPIC_AUTHORIZATION_FAILED or code == E.CORRUPT_MESSAGE:
            self._fail(broker_error(code, f"fetching {tp.topic}[{tp.partition}]"))
            return False
        log.debug("fetch %s: error %d", tp, code)
        return False

    def _accept(
        self, tp: TopicPartition, st: PartitionState, offset: int, p: PartitionData
    ) -> bool:
        st.high_watermark = p.high_watermark
        if p.last_stable_offset >= 0:
            st.last_stable_offset = p.last_stable_offset
        if p.log_start_offset >= 0:
            st.log_start_offset = p.log_start_offset
        records = p.records
        if not records:
            return False
        batches = list(iter_batches(records))
        if not batches:
            # a single batch larger than partition_max_bytes would stall: Kafka always
            # returns at least one whole batch, so this only happens with a broken broker
            return False
        nxt = batches[-1].base_offset + batches[-1].last_offset_delta + 1
        if nxt <= offset:
            return False
        st.fetch_offset = nxt
        aborted = None
        if self.isolation_level == 1:
            aborted = [(a.first_offset, a.producer_id) for a in (p.aborted_transactions or [])]
        nbytes = len(records)
        self.buffer.append(_Completed(tp, st, iter(batches), nbytes, aborted))
        self.buffered[tp] = self.buffered.get(tp, 0) + nbytes
        return True

    # -------------------------------------------------------------- positions

    async def _resolve_positions(self) -> None:
        """Partitions without a position start from the committed offset, else they are reset
        (`auto_offset_reset`); partitions awaiting a reset get their offset from ListOffsets."""
        missing = self.subs.missing_positions()
        if missing:
            epochs = {tp: self.subs.assignment[tp].epoch for tp in missing}
            committed: Mapping[TopicPartition, Any] = {}
            if self.committed_lookup is not None:
                committed = await self.committed_lookup(missing)
            for tp in missing:
                st = self.subs.assignment.get(tp)
                if st is None or st.epoch != epochs[tp] or st.position is not None:
                    continue
                om = committed.get(tp)
                if om is not None and om.offset >= 0:
                    st.seek(om.offset)
                    if om.leader_epoch >= 0:
                        st.leader_epoch = om.leader_epoch
                else:
                    st.request_reset(self.subs.default_reset)
        pending = self.subs.awaiting_reset()
        if not pending:
            return
        by_strategy: dict[int, list[TopicPartition]] = {}
        for tp in pending:
            strategy = self.subs.assignment[tp].reset
            if strategy is OffsetResetStrategy.NONE:
                self._fail(NoOffsetForPartitionError([tp]))
                self.subs.assignment[tp].reset = None
                continue
            ts = (
                EARLIEST_TIMESTAMP if strategy is OffsetResetStrategy.EARLIEST else LATEST_TIMESTAMP
            )
            by_strategy.setdefault(ts, []).append(tp)
        for ts, tps in by_strategy.items():
            epochs = {tp: self.subs.assignment[tp].epoch for tp in tps}
            found = await self.list_offsets({tp: ts for tp in tps})
            for tp, (off, _ts) in found.items():
                st = self.subs.assignment.get(tp)
                if st is None or st.epoch != epochs[tp] or st.reset is None:
                    continue
                st.seek(off)

    async def list_offsets(
        self, timestamps: dict[TopicPartition, int]
    ) -> dict[TopicPartition, tuple[int, int]]:
        """(offset, timestamp) per partition for ListOffsets timestamps (-1 latest, -2
        earliest, else the first offset at or after that time; offset -1 when none)."""
        out: dict[TopicPartition, tuple[int, int]] = {}
        remaining = dict(timestamps)
        for attempt in range(10):
            by_node: dict[int, dict[TopicPartition, int]] = {}
            missing = False
            for tp, ts in remaining.items():
                node = self.cluster.leader(tp.topic, tp.partition)
                if node is None:
                    missing = True
                    continue
                by_node.setdefault(node, {})[tp] = ts
            if missing:
                await self.cluster.refresh({tp.topic for tp in remaining})
                continue
            retry = False
            for node, tss in by_node.items():
                lo = 2 if self.isolation_level else 1
                version = self.transport.version(LIST_OFFSETS_API, lo, 10, node)
                by_topic: dict[str, list[ListOffsetsPartition]] = {}
                for tp, ts in tss.items():
                    by_topic.setdefault(tp.topic, []).append(
                        ListOffsetsPartition(partition_index=tp.partition, timestamp=ts)
                    )
                req = ListOffsetsRequest(
                    replica_id=-1,
                    isolation_level=self.isolation_level,
                    topics=[ListOffsetsTopic(name=n, partitions=p) for n, p in by_topic.items()],
                    timeout_ms=int(self.request_timeout * 1000),
                )
                resp = await self.transport.request(
                    req, version, node=node, timeout=self.request_timeout
                )
                if not isinstance(resp, ListOffsetsResponse):
                    raise BrokerUnreachableError("no ListOffsets answer")
                for t in resp.topics:
                    for p in t.partitions:
                        tp = TopicPartition(t.name, p.partition_index)
                        if tp not in remaining:
                            continue
                        if p.error_code == 0:
                            out[tp] = (p.offset, p.timestamp)
                            del remaining[tp]
                        elif p.error_code in _METADATA_ERRORS:
                            retry = True
                        else:
                            raise broker_error(p.error_code, f"ListOffsets {tp}")
            if not remaining:
                return out
            if retry:
                await self.cluster.refresh({tp.topic for tp in remaining})
            await anyio.sleep(self.retry_backoff * (attempt + 1))
        raise RequestTimeoutError(f"could not list offsets for {sorted(remaining)}")
