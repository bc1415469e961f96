"""The Producer: batching, partitioning, compression, idempotence, retries, back-pressure.

```python
async with Producer("127.0.0.1:9092", compression_type="lz4") as p:
    meta = await p.send("orders", b"v", key=b"k")         # waits for the acknowledgement
    fut = await p.enqueue("orders", b"v2")                 # waits only for buffer space
    result = await p.send_batch("orders", [b"a", b"b"])    # many records, one await
    await fut                                              # RecordMetadata
```

How it works (the shape of Java's RecordAccumulator + Sender):

- Records are appended to a per-partition batch (plain lists; encoding happens once per batch,
  when it is sent). A batch is ready when it reaches `batch_size`, when `linger_ms` has passed
  since its first record, or on `flush()`/`aclose()`/a full buffer.
- One background task drains ready batches: per broker, one ProduceRequest carrying at most
  one batch per partition (up to `max_request_size`), at most
  `max_in_flight_requests_per_connection` requests in flight per broker.
- Idempotence (on by default with acks=all): a producer id from InitProducerId; each batch gets
  the partition's next sequence number when it is first sent and keeps it through retries.
  A retried batch goes back to the head of its partition's queue, in sequence order, and is
  resent only when it is the partition's oldest unacknowledged batch, so the broker sees
  sequences in order and answers a duplicate with the original offset. As Java's producer:
  DUPLICATE_SEQUENCE_NUMBER counts as success; OUT_OF_ORDER_SEQUENCE_NUMBER and
  UNKNOWN_PRODUCER_ID are retried when an earlier batch is still unresolved, otherwise the
  batch fails and the producer bumps its epoch (restarting every sequence at 0) so later
  batches are not stuck behind the gap.
- Retriable errors are retried (`retries`, exponential `retry_backoff_ms` up to
  `retry_backoff_max_ms`) until `delivery_timeout_ms` after the record was added; leadership
  errors and lost connections also refresh the metadata.
- `buffer_memory` bounds the bytes of records not yet acknowledged: `enqueue`/`send` wait up
  to `max_block_ms` for room, then raise `BufferFullError`.

A record's future is a `DeliveryFuture`: a small handle on its batch (no asyncio future per
record). `send_batch` adds whole runs of records at once and returns one `SendBatchResult`.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import math
import random
import time
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, overload

import anyio
import anyio.lowlevel
from anyio.abc import TaskGroup

from ..protocol.messages.error_codes import RETRIABLE_CODES
from ..protocol.messages.error_codes import ErrorCode as E
from ..protocol.messages.init_producer_id_request import InitProducerIdRequest
from ..protocol.messages.init_producer_id_response import InitProducerIdResponse
from ..protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from ..protocol.messages.produce_response import ProduceResponse
from ..protocol.primitives import Buffer
from ..protocol.records.compression import Compression
from .base import ClientBase
from .embedded import EmbeddedBroker
from .errors import (
    BrokerError,
    BrokerUnreachableError,
    ClientClosedError,
    ConfigurationError,
    FatalError,
    FluxMQError,
    RequestTimeoutError,
    RetriableError,
    broker_error,
)
from .partitioner import StickyPartitioner, partition_for_key
from .producer_records import encode_batch, restamp
from .speedups import speedups
from .transport import ANY_NODE, Transport
from .types import RecordMetadata, TopicPartition

__all__ = [
    "BufferFullError",
    "DeliveryFuture",
    "Producer",
    "RecordTooLargeError",
    "SendBatchResult",
]

log = logging.getLogger(__name__)

Headers = Sequence[tuple[str, Buffer | None]]

PRODUCE_API: Final = 0
INIT_PRODUCER_ID_API: Final = 22
_PRODUCE_MAX_VERSION: Final = 12  # 13 names topics by id only
_INT32_MAX: Final = 2**31 - 1
_EPOCH_MAX: Final = 2**15 - 1
# What a record costs beyond its key and value bytes in the buffer and batch estimates
# (varint lengths, attributes, deltas, header count).
_RECORD_OVERHEAD: Final = 12
_BATCH_OVERHEAD: Final = 61


def _retry_position(q: deque[_Batch], b: _Batch) -> int:
    """Where a batch sent before goes back in its partition's queue: by sequence number (an
    idempotent producer's batches must go out in order), else after the other retries."""
    i = 0
    if b.seq >= 0:
        while i < len(q) and 0 <= q[i].seq < b.seq:
            i += 1
    else:
        while i < len(q) and q[i].attempts > 0:
            i += 1
    return i


_BYTES_LIKE: Final = (bytes, bytearray, memoryview)


def _check_record(
    value: object, key: object, headers: object, timestamp: object, partition: object
) -> None:
    """TypeError now, in the caller, for what the encoder would refuse later in the sender
    (where it would fail the other records of the batch too)."""
    if value is not None and not isinstance(value, _BYTES_LIKE):
        raise TypeError(f"a record value must be bytes-like or None, not {type(value).__name__}")
    if key is not None and not isinstance(key, _BYTES_LIKE):
        raise TypeError(f"a record key must be bytes-like or None, not {type(key).__name__}")
    if headers is not None:
        if isinstance(headers, str | bytes) or not isinstance(headers, Sequence):
            raise TypeError(f"headers must be a sequence of pairs, not {type(headers).__name__}")
        for h in headers:
            if not (
                isinstance(h, tuple | list)
                and len(h) == 2
                and isinstance(h[0], str)
                and (h[1] is None or isinstance(h[1], _BYTES_LIKE))
            ):
                raise TypeError(f"a header must be a (str, bytes-like or None) pair, not {h!r}")
    for name, n in (("timestamp", timestamp), ("partition", partition)):
        if n is not None and (not isinstance(n, int) or isinstance(n, bool)):
            raise TypeError(f"{name} must be an int or None, not {type(n).__name__}")


def _record_size(value: Buffer | None, key: Buffer | None, headers: Headers | None) -> int:
    """A record's bytes as the buffer and batch size count them (an estimate of its encoding)."""
    size = _RECORD_OVERHEAD
    if value is not None:
        size += len(value)
    if key is not None:
        size += len(key)
    if headers:
        for hk, hv in headers:
            size += len(hk) + 4 + (len(hv) if hv is not None else 0)
    return size


def _unencodable(b: _Batch, e: Exception) -> TypeError:
    return TypeError(
        f"a record for {b.part.tp} cannot be encoded ({e}): values and keys must be "
        "bytes-like or None, headers (str, bytes-like or None) pairs, timestamps ints"
    )


_LEADERSHIP_CODES: Final = frozenset(
    {
        E.NOT_LEADER_OR_FOLLOWER,
        E.LEADER_NOT_AVAILABLE,
        E.UNKNOWN_TOPIC_OR_PARTITION,
        E.FENCED_LEADER_EPOCH,
        E.UNKNOWN_LEADER_EPOCH,
        E.NOT_ENOUGH_REPLICAS,
        E.KAFKA_STORAGE_ERROR,
    }
)


class BufferFullError(RequestTimeoutError):
    """No room in `buffer_memory` for the record within `max_block_ms`: the brokers are not
    keeping up (or are unreachable). Retriable: try again later, or raise the limits."""


class RecordTooLargeError(FatalError, ValueError):
    """A record is larger than `max_request_size` or `buffer_memory`: it can never be sent."""


_ACKS: Final = {"all": -1, "-1": -1, "1": 1, "0": 0, -1: -1, 1: 1, 0: 0}


# ---------------------------------------------------------------- batches and partitions


class _Batch:
    """Records bound for one partition, sent (and retried) as one record batch."""

    __slots__ = (
        "attempts",
        "base_offset",
        "children",
        "created",
        "data",
        "done",
        "epoch",
        "error",
        "event",
        "headers",
        "in_flight",
        "keys",
        "log_append_time",
        "parent",
        "part",
        "retry_at",
        "seq",
        "size",
        "timestamps",
        "values",
    )

    def __init__(self, part: _Partition, created: float) -> None:
        self.part = part
        self.values: list[Buffer | None] = []
        self.keys: list[Buffer | None] | None = None
        self.headers: list[Headers | None] | None = None
        self.timestamps: list[int] = []
        self.size = _BATCH_OVERHEAD
        self.created = created
        self.data: bytes | None = None
        self.seq = -1  # base sequence, once sent by an idempotent producer
        self.epoch = -1
        self.attempts = 0
        self.retry_at = 0.0
        self.in_flight = False
        self.done = False
        self.error: BaseException | None = None
        self.base_offset = -1
        self.log_append_time = -1
        self.event: anyio.Event | None = None
        # Split after MESSAGE_TOO_LARGE: the halves (with the index of their first record
        # here), which hold the outcome; the records' futures stay on this batch.
        self.children: list[tuple[int, _Batch]] | None = None
        self.parent: _Batch | None = None

    def __len__(self) -> int:
        return len(self.values)

    async def wait(self) -> None:
        if not self.done:
            if self.event is None:
                self.event = anyio.Event()
            await self.event.wait()

    def _child(self, index: int) -> tuple[int, _Batch]:
        children = self.children
        assert children is not None
        first, second = children
        return second if index >= second[0] else first

    def error_for(self, index: int) -> BaseException | None:
        """The error of the record at `index` (after a split, of the half it went in)."""
        if self.children is None:
            return self.error
        start, child = self._child(index)
        return child.error_for(index - start)

    def metadata(self, index: int) -> RecordMetadata:
        if self.children is not None:
            start, child = self._child(index)
            return child.metadata(index - start)
        part = self.part
        offset = self.base_offset + index if self.base_offset >= 0 else -1
        ts = self.log_append_time if self.log_append_time >= 0 else self.timestamps[index]
        return RecordMetadata(part.topic, part.partition, offset, ts)


class _Partition:
    __slots__ = (
        "last_acked_offset",
        "last_acked_seq",
        "next_seq",
        "open",
        "partition",
        "queue",
        "topic",
        "tp",
        "unacked",
    )

    def __init__(self, topic: str, partition: int) -> None:
        self.topic = topic
        self.partition = partition
        self.tp = TopicPartition(topic, partition)
        self.queue: deque[_Batch] = deque()
        self.open: _Batch | None = None  # the last batch, still taking records
        self.next_seq = 0
        self.last_acked_seq = -1
        self.last_acked_offset = -1
        self.unacked: list[_Batch] = []  # sequenced, not yet complete, by sequence


class _Topic:
    __slots__ = ("available", "name", "parts", "sticky")

    def __init__(self, name: str, count: int, batch_size: int) -> None:
        self.name = name
        self.parts = [_Partition(name, p) for p in range(count)]
        self.available: list[int] = list(range(count))
        self.sticky = StickyPartitioner(batch_size)


# ---------------------------------------------------------------- results


class DeliveryFuture:
    """The outcome of one record: `await fut` gives its RecordMetadata or raises its error.

    `done()`, `result()` and `exception()` read it without waiting. Cheap by design: a handle
    on the record's batch and its place in it, completed when the batch is acknowledged.
    """

    __slots__ = ("_batch", "_index")

    def __init__(self, batch: _Batch, index: int) -> None:
        self._batch = batch
        self._index = index

    def done(self) -> bool:
        """Whether the record was acknowledged or failed."""
        return self._batch.done

    def exception(self) -> BaseException | None:
        """The record's error, None on success; raises RuntimeError while not done."""
        b = self._batch
        if not b.done:
            raise RuntimeError("the record is not acknowledged yet")
        return None if b.error is None else b.error_for(self._index)

    def result(self) -> RecordMetadata:
        """Where the record landed; raises its error, or RuntimeError while not done."""
        b = self._batch
        if not b.done:
            raise RuntimeError("the record is not acknowledged yet")
        if b.error is not None:
            err = b.error_for(self._index)
            if err is not None:
                raise err
        return b.metadata(self._index)

    async def wait(self) -> RecordMetadata:
        """Wait for the acknowledgement (same as `await fut`)."""
        return await _future_wait(self)

    def __await__(self) -> Generator[Any, None, RecordMetadata]:
        return self.wait().__await__()

    def __repr__(self) -> str:
        return _future_repr(self)


def _append_record_py(
    batch: _Batch,
    values: list[Buffer | None],
    timestamps: list[int],
    value: Buffer | None,
    timestamp: int | None,
) -> DeliveryFuture:
    """Add a record's value and CreateTime (now when None) to its batch; its future.
    TypeError, with nothing added, for a value that is not bytes-like or None or a
    timestamp that is not an int or None."""
    if value is not None and not isinstance(value, _BYTES_LIKE):
        raise TypeError(f"a record value must be bytes-like or None, not {type(value).__name__}")
    if timestamp is not None and not isinstance(timestamp, int):
        raise TypeError(f"timestamp must be an int or None, not {type(timestamp).__name__}")
    index = len(values)
    values.append(value)
    timestamps.append(time.time_ns() // 1_000_000 if timestamp is None else timestamp)
    return DeliveryFuture(batch, index)


async def _future_wait(fut: DeliveryFuture) -> RecordMetadata:
    await fut._batch.wait()
    return fut.result()


def _future_repr(fut: DeliveryFuture) -> str:
    b = fut._batch
    state = "pending" if not b.done else "failed" if b.error else "done"
    return f"<DeliveryFuture {b.part.tp} {state}>"


_PyDeliveryFuture = DeliveryFuture
_append_record = _append_record_py
_C = speedups()
if _C is not None and not TYPE_CHECKING:
    # The same class in C (fluxmq/client/_speedups.c): not tracked by the cyclic collector
    # (a future points at its batch, nothing of ours points back), so the 10,000s an
    # application holds between checks do not make full collections a quarter of the
    # per-record produce time, as they did; and making one costs no Python frame.
    _C.configure_futures(_future_wait, _future_repr)
    DeliveryFuture = _C.DeliveryFuture
    _append_record = _C.append_record


class SendBatchResult(Sequence[RecordMetadata]):
    """Per-record metadata of a `send_batch` call, in the order the records were given.

    Built lazily: holding it costs one entry per batch, not per record."""

    def __init__(self, n: int) -> None:
        self._n = n
        self._chunks: list[tuple[_Batch, Sequence[int]]] = []
        self._list: list[RecordMetadata] | None = None

    def _add(self, batch: _Batch, indexes: Sequence[int]) -> None:
        self._chunks.append((batch, indexes))

    @property
    def partitions(self) -> dict[TopicPartition, int]:
        """How many records went to each partition."""
        out: dict[TopicPartition, int] = {}
        for b, idx in self._chunks:
            out[b.part.tp] = out.get(b.part.tp, 0) + len(idx)
        return out

    def _all(self) -> list[RecordMetadata]:
        if self._list is None:
            out: list[RecordMetadata | None] = [None] * self._n
            for b, idx in self._chunks:
                for j, i in enumerate(idx):
                    out[i] = b.metadata(j)
            self._list = out  # type: ignore[assignment]
        return self._list  # type: ignore[return-value]

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> RecordMetadata: ...
    @overload
    def __getitem__(self, i: slice) -> list[RecordMetadata]: ...
    def __getitem__(self, i: int | slice) -> RecordMetadata | list[RecordMetadata]:
        return self._all()[i]

    def __iter__(self) -> Iterator[RecordMetadata]:
        return iter(self._all())

    async def wait(self) -> SendBatchResult:
        """Wait until every record is acknowledged; raise the first error if any failed
        (the other records may have been written)."""
        first: BaseException | None = None
        for b, _ in self._chunks:
            await b.wait()
            if b.error is not None and first is None:
                first = b.error
        if first is not None:
            raise first
        return self

    def __repr__(self) -> str:
        return f"<SendBatchResult {self._n} records>"


# ---------------------------------------------------------------- the producer


class Producer(ClientBase):
    """An asyncio Kafka producer (also over the embedded transport).

    Use `async with Producer(...) as p:` (or `await p.start()` ... `await p.aclose()` in one
    task). Options follow Java's names and defaults:

    - `acks`: "all"/-1 (default), 1 or 0 (no answer, offsets are -1).
    - `enable_idempotence`: None (default) means on when acks="all"; True with other acks, or
      with more than 5 requests in flight, is a ConfigurationError.
    - `compression_type`: None/"none", "gzip", "snappy", "lz4", "zstd";
      `compression_level` for the codecs that have levels.
    - `batch_size` (bytes per partition batch, 256 KiB: larger than Java's 16384 because
      per-request costs dominate in Python, on both ends; librdkafka defaults to ~1 MB),
      `linger_ms` (5).
    - `buffer_memory` (bytes of unacknowledged records, 32 MiB) and `max_block_ms` (60000):
      how long `send`/`enqueue`/`send_batch` wait for room before BufferFullError; also bounds
      waiting for a new topic's metadata.
    - `max_request_size` (1 MiB), `max_in_flight_requests_per_connection` (5).
    - `retries` (2**31-1), `retry_backoff_ms` (100, doubling up to `retry_backoff_max_ms`,
      1000), `delivery_timeout_ms` (120000: from a record's arrival until it fails),
      `request_timeout_ms` (30000).
    - `close_timeout_ms` (30000): how long `aclose()` drains before failing what is left.
    - the connection options of ClientBase (`client_id`, `connect_timeout_ms`, ...).
    """

    def __init__(
        self,
        bootstrap_servers: str | list[str] | EmbeddedBroker = "127.0.0.1:9092",
        *,
        client_id: str | None = None,
        acks: int | str = "all",
        enable_idempotence: bool | None = None,
        compression_type: str | Compression | None = None,
        compression_level: int | None = None,
        batch_size: int = 262_144,
        linger_ms: float = 5,
        buffer_memory: int = 32 * 1024 * 1024,
        max_block_ms: int = 60_000,
        max_request_size: int = 1_048_576,
        max_in_flight_requests_per_connection: int = 5,
        retries: int = _INT32_MAX,
        retry_backoff_ms: int = 100,
        retry_backoff_max_ms: int = 1000,
        delivery_timeout_ms: int = 120_000,
        request_timeout_ms: int = 30_000,
        close_timeout_ms: int = 30_000,
        connect_timeout_ms: int = 10_000,
        reconnect_backoff_ms: int = 50,
        reconnect_backoff_max_ms: int = 1000,
        metadata_max_age_ms: int = 300_000,
        allow_auto_create_topics: bool = True,
        transport: Transport | None = None,
    ) -> None:
        if acks not in _ACKS:
            raise ConfigurationError(f"acks must be 'all', -1, 0 or 1, not {acks!r}")
        self.acks: int = _ACKS[acks]
        if enable_idempotence is None:
            enable_idempotence = self.acks == -1 and max_in_flight_requests_per_connection <= 5
        elif enable_idempotence and self.acks != -1:
            raise ConfigurationError("enable_idempotence=True needs acks='all'")
        if enable_idempotence and not 1 <= max_in_flight_requests_per_connection <= 5:
            raise ConfigurationError(
                "idempotence allows at most 5 requests in flight per connection "
                f"(max_in_flight_requests_per_connection={max_in_flight_requests_per_connection})"
            )
        if max_in_flight_requests_per_connection < 1:
            raise ConfigurationError("max_in_flight_requests_per_connection must be >= 1")
        for name, value in (
            ("batch_size", batch_size),
            ("buffer_memory", buffer_memory),
            ("max_request_size", max_request_size),
        ):
            if value <= 0:
                raise ConfigurationError(f"{name} must be positive, not {value}")
        try:
            self.compression = Compression.parse(compression_type)
        except (ValueError, KeyError) as e:
            raise ConfigurationError(f"unknown compression_type {compression_type!r}") from e
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
        self.idempotent: bool = enable_idempotence
        self.compression_level = compression_level
        self.batch_size = batch_size
        self.linger = linger_ms / 1000
        self.buffer_memory = buffer_memory
        self.max_block = max_block_ms / 1000
        self.max_request_size = max_request_size
        # the fast path of enqueue fills an open batch up to this, with no further checks
        self._fast_fit = min(batch_size, max_request_size, buffer_memory)
        self.max_in_flight = max_in_flight_requests_per_connection
        self.retries = retries
        self.retry_backoff = retry_backoff_ms / 1000
        self.retry_backoff_max = max(retry_backoff_ms, retry_backoff_max_ms) / 1000
        self.delivery_timeout = delivery_timeout_ms / 1000
        self.close_timeout = close_timeout_ms / 1000
        self.producer_id = -1
        self.producer_epoch = -1
        self._topics: dict[str, _Topic] = {}
        self._pending: dict[_Partition, None] = {}  # partitions with queued batches
        self._incomplete: set[_Batch] = set()
        self._node_in_flight: dict[int, int] = {}
        self._in_flight = 0
        self._buffered = 0
        self._space: anyio.Event | None = None
        self._wake = anyio.Event()
        self._flushing = 0
        self._exhausted = False
        self._closing = False
        self._bump_needed = False
        self._new_pid_needed = False
        self._metadata_needed = False
        self._refreshing = False
        self._tg: TaskGroup | None = None

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Connect, then (idempotent producers) get a producer id; starts the sender task."""
        if self._started:
            return
        await super().start()
        try:
            if self.idempotent:
                await self._init_producer_id(time.monotonic() + self.max_block)
            tg = anyio.create_task_group()
            await tg.__aenter__()
        except BaseException:
            await super().aclose()
            raise
        self._tg = tg
        tg.start_soon(self._sender)

    async def aclose(self, timeout: float | None = None) -> None:
        """Send what is buffered (up to `timeout` seconds, default `close_timeout_ms`), then
        fail whatever is left with ClientClosedError and close the connections. Called from
        outside with a cancellation pending, it skips the draining and just cleans up."""
        if self._closed or self._closing:
            return
        self._closing = True
        self._poke()
        tg = self._tg
        try:
            if tg is not None:
                limit = self.close_timeout if timeout is None else timeout
                with anyio.move_on_after(limit):
                    while self._incomplete:
                        await next(iter(self._incomplete)).wait()
        finally:
            err = ClientClosedError("the producer was closed before the record was sent")
            for b in list(self._incomplete):
                self._complete(b, err)
            try:
                if tg is not None:
                    # Exited here, not under a shield: a task group must be left from its
                    # own cancel scope. Its tasks are cancelled, so this does not block.
                    tg.cancel_scope.cancel()
                    await tg.__aexit__(None, None, None)
            finally:
                self._tg = None
                with anyio.CancelScope(shield=True):
                    await super().aclose()

    # ------------------------------------------------------------ sending

    async def send(
        self,
        topic: str,
        value: Buffer | None,
        key: Buffer | None = None,
        *,
        headers: Headers | None = None,
        partition: int | None = None,
        timestamp: int | None = None,
    ) -> RecordMetadata:
        """Produce one record and wait for its acknowledgement.

        `timestamp` is CreateTime in ms (default: now); `partition` overrides the
        partitioner. Raises the record's error (BrokerError, RequestTimeoutError,
        BufferFullError, ...)."""
        fut = await self.enqueue(
            topic, value, key, headers=headers, partition=partition, timestamp=timestamp
        )
        return await fut.wait()

    async def enqueue(
        self,
        topic: str,
        value: Buffer | None,
        key: Buffer | None = None,
        *,
        headers: Headers | None = None,
        partition: int | None = None,
        timestamp: int | None = None,
    ) -> DeliveryFuture:
        """Add one record to its batch and return at once with a DeliveryFuture (await it for
        the RecordMetadata) — the non-waiting `send`. It only waits when the buffer is full
        (back-pressure, up to `max_block_ms`) or the topic's metadata is not known yet."""
        # The common case first, in as few steps as it takes (this is per record): a record
        # with no key, headers or partition that fits the sticky partition's open batch and
        # the buffer. Anything else takes the general path below, which does the same.
        t = self._topics.get(topic)
        if (
            key is None
            and headers is None
            and partition is None
            and t is not None
            and self._started
            and not self._closing
        ):
            size = _RECORD_OVERHEAD if value is None else _RECORD_OVERHEAD + len(value)
            sticky = t.sticky
            left = sticky._left - size
            current = sticky.current
            if left >= 0 and current >= 0 and self._buffered + size <= self.buffer_memory:
                b = t.parts[current].open
                if b is not None and b.size + size <= self._fast_fit:
                    # first, as it refuses a value that is not bytes-like (a str, say)
                    fut = _append_record(b, b.values, b.timestamps, value, timestamp)
                    sticky._left = left
                    self._buffered += size
                    if b.keys is not None:
                        b.keys.append(None)
                    if b.headers is not None:
                        b.headers.append(None)
                    b.size += size
                    if b.size >= self.batch_size:
                        t.parts[current].open = None
                        self._poke()
                    return fut
        if self._closing or not self._started:
            self._check_open()
            raise ClientClosedError("the producer is closing")
        _check_record(value, key, headers, timestamp, partition)
        if t is None:
            t = await self._topic(topic)
        size = _record_size(value, key, headers)
        if size + _BATCH_OVERHEAD > min(self.max_request_size, self.buffer_memory):
            which = (
                "max_request_size"
                if self.max_request_size <= self.buffer_memory
                else "buffer_memory"
            )
            raise RecordTooLargeError(
                f"a record of ~{size} bytes exceeds {which}={getattr(self, which)}"
            )
        if partition is None:
            if key is None:
                partition = t.sticky.partition(size, t.available, len(t.parts))
            else:
                partition = partition_for_key(key, len(t.parts))
        elif not 0 <= partition < len(t.parts):
            raise ValueError(f"topic {topic!r} has {len(t.parts)} partitions, not {partition + 1}")
        if self._buffered + size > self.buffer_memory:
            await self._reserve(size)
        self._buffered += size
        part = t.parts[partition]
        b = part.open
        if b is None or (b.size + size > self.batch_size and b.values):
            b = self._new_batch(part)
        if key is not None:
            if b.keys is None:
                b.keys = [None] * len(b.values)
            b.keys.append(key)
        elif b.keys is not None:
            b.keys.append(None)
        if headers:
            if b.headers is None:
                b.headers = [None] * len(b.values)
            b.headers.append(headers)
        elif b.headers is not None:
            b.headers.append(None)
        fut = _append_record(b, b.values, b.timestamps, value, timestamp)
        b.size += size
        if b.size >= self.batch_size:
            part.open = None
            self._poke()
        return fut

    async def send_batch(
        self,
        topic: str,
        values: Sequence[Buffer | None],
        *,
        keys: Sequence[Buffer | None] | None = None,
        headers: Sequence[Headers | None] | None = None,
        partition: int | None = None,
        timestamp: int | None = None,
        timestamps: Sequence[int] | None = None,
        wait: bool = True,
    ) -> SendBatchResult:
        """Produce many records with one call: `values[i]` with `keys[i]` and `headers[i]`
        (each sequence optional), all with `timestamp` (default: now) or each with
        `timestamps[i]`, and, when given, all to `partition`.

        Records are cut into batches directly (no per-record futures). With `wait=True`
        (default) returns once every record is acknowledged and raises the first error if
        any failed (the others may have been written); the result lists each record's
        RecordMetadata in input order. With `wait=False` it returns once the records are
        buffered; `await result.wait()` later.
        """
        if self._closing or not self._started:
            self._check_open()
            raise ClientClosedError("the producer is closing")
        n = len(values)
        if keys is not None and len(keys) != n:
            raise ValueError("keys and values differ in length")
        if headers is not None and len(headers) != n:
            raise ValueError("headers and values differ in length")
        if timestamps is not None and len(timestamps) != n:
            raise ValueError("timestamps and values differ in length")
        t = self._topics.get(topic)
        if t is None:
            t = await self._topic(topic)
        if partition is not None and not 0 <= partition < len(t.parts):
            raise ValueError(f"topic {topic!r} has {len(t.parts)} partitions, not {partition + 1}")
        ts: int | Sequence[int] = time.time_ns() // 1_000_000 if timestamp is None else timestamp
        if timestamps is not None:
            ts = timestamps
        result = SendBatchResult(n)
        if headers is not None and not any(headers):
            headers = None
        if keys is not None and all(k is None for k in keys):
            keys = None
        if keys is None or partition is not None:
            await self._add_run(t, partition, range(n), values, keys, headers, ts, result)
        else:
            groups: dict[int, list[int]] = {}
            nparts = len(t.parts)
            sticky = t.sticky
            for i, k in enumerate(keys):
                if k is None:
                    v = values[i]
                    size = _RECORD_OVERHEAD + (len(v) if v is not None else 0)
                    p = sticky.partition(size, t.available, nparts)
                else:
                    p = partition_for_key(k, nparts)
                g = groups.get(p)
                if g is None:
                    groups[p] = [i]
                else:
                    g.append(i)
            for p, idx in groups.items():
                await self._add_run(t, p, idx, values, keys, headers, ts, result)
        if wait:
            await result.wait()
        return result

    async def flush(self, timeout: float | None = None) -> None:
        """Send everything buffered now, without lingering, and wait until each of those
        records is acknowledged or failed (errors are reported through their futures).
        Raises RequestTimeoutError (a TimeoutError) if `timeout` seconds pass first."""
        self._check_open()
        batches = list(self._incomplete)
        self._flushing += 1
        self._poke()
        try:
            with anyio.fail_after(timeout):
                for b in batches:
                    await b.wait()
        except TimeoutError:
            left = sum(1 for b in batches if not b.done)
            raise RequestTimeoutError(
                f"flush: {left} of {len(batches)} batches not acknowledged within {timeout} s"
            ) from None
        finally:
            self._flushing -= 1

    async def partitions_for(self, topic: str) -> list[int]:
        """The topic's partitions (waiting up to `max_block_ms` for its metadata)."""
        self._check_open()
        t = self._topics.get(topic) or await self._topic(topic)
        return list(range(len(t.parts)))

    # ------------------------------------------------------------ internals: adding records

    async def _topic(self, topic: str) -> _Topic:
        meta = await self.cluster.wait_for_topic(topic, self.max_block)
        t = self._topics.get(topic)
        if t is None:
            t = self._topics[topic] = _Topic(topic, len(meta.partitions), self.batch_size)
            self._update_topic(t)
        return t

    def _update_topic(self, t: _Topic) -> None:
        meta = self.cluster.topics.get(t.name)
        if meta is None:
            return
        count = max(meta.partitions, default=-1) + 1
        while len(t.parts) < count:  # partitions were added
            t.parts.append(_Partition(t.name, len(t.parts)))
        t.available = sorted(p for p, pm in meta.partitions.items() if pm.leader >= 0)

    async def _reserve(self, size: int) -> None:
        if size > self.buffer_memory:
            raise RecordTooLargeError(
                f"the record takes ~{size} bytes, more than buffer_memory={self.buffer_memory}"
            )
        deadline = time.monotonic() + self.max_block
        while self._buffered + size > self.buffer_memory and self._buffered > 0:
            self._exhausted = True
            self._poke()
            if self._space is None:
                self._space = anyio.Event()
            ev = self._space
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BufferFullError(
                    f"no room in buffer_memory={self.buffer_memory} within max_block_ms="
                    f"{self.max_block * 1000:.0f}: the brokers are not keeping up"
                )
            with anyio.move_on_after(remaining):
                await ev.wait()
            if self._closing:
                raise ClientClosedError("the producer is closing")

    def _new_batch(self, part: _Partition) -> _Batch:
        b = _Batch(part, time.monotonic())
        part.queue.append(b)
        part.open = b
        self._pending[part] = None
        self._incomplete.add(b)
        if not self._wake.is_set():
            self._wake.set()
        return b

    async def _add_run(
        self,
        t: _Topic,
        partition: int | None,
        indexes: Sequence[int],
        values: Sequence[Buffer | None],
        keys: Sequence[Buffer | None] | None,
        headers: Sequence[Headers | None] | None,
        ts: int | Sequence[int],
        result: SendBatchResult,
    ) -> None:
        """Cut `indexes` of the records into batches of about batch_size bytes."""
        contiguous = isinstance(indexes, range)
        if contiguous and len(indexes) == len(values):
            src: Sequence[Buffer | None] = values
        else:
            src = [values[i] for i in indexes]
        if keys is None and headers is None:
            try:
                cum = list(itertools.accumulate(map(len, src)))  # type: ignore[arg-type]
            except TypeError:  # null values
                cum = list(itertools.accumulate(len(v) if v is not None else 0 for v in src))
        else:
            sizes = [len(v) if v is not None else 0 for v in src]
            if keys is not None:
                for j, i in enumerate(indexes):
                    k = keys[i]
                    if k is not None:
                        sizes[j] += len(k)
            if headers is not None:
                for j, i in enumerate(indexes):
                    for hk, hv in headers[i] or ():
                        sizes[j] += len(hk) + 4 + (len(hv) if hv is not None else 0)
            cum = list(itertools.accumulate(sizes))

        def upto(j: int) -> int:  # bytes of records 0..j, overhead included
            return cum[j] + _RECORD_OVERHEAD * (j + 1)

        limit = max(1, self.batch_size - _BATCH_OVERHEAD)
        start = 0
        done = 0
        n = len(indexes)
        positions = range(n)
        while start < n:
            end = bisect.bisect_right(positions, done + limit, lo=start, key=upto)
            if end == start:
                end = start + 1  # one record larger than batch_size: a batch of its own
            size = upto(end - 1) - done
            if size > self.max_request_size:
                raise RecordTooLargeError(
                    f"a record of ~{size} bytes exceeds max_request_size={self.max_request_size}"
                )
            if self._buffered + size > self.buffer_memory:
                await self._reserve(size)
                if self._closing:
                    raise ClientClosedError("the producer is closing")
            self._buffered += size
            p = partition
            if p is None:
                p = t.sticky.next(t.available, len(t.parts))
            part = t.parts[p]
            part.open = None
            b = self._new_batch(part)
            part.open = None  # runs never share their batches with single records
            sel = indexes[start:end]
            if contiguous:
                r = sel
                assert isinstance(r, range)
                b.values = list(values[r.start : r.stop])
                if keys is not None:
                    b.keys = list(keys[r.start : r.stop])
                if headers is not None:
                    b.headers = list(headers[r.start : r.stop])
            else:
                b.values = [values[i] for i in sel]
                if keys is not None:
                    b.keys = [keys[i] for i in sel]
                if headers is not None:
                    b.headers = [headers[i] for i in sel]
            if isinstance(ts, int):
                b.timestamps = [ts] * (end - start)
            else:
                b.timestamps = [ts[i] for i in sel]
            b.size += size
            result._add(b, sel)
            done = upto(end - 1)
            start = end

    # ------------------------------------------------------------ internals: the sender

    def _poke(self) -> None:
        self._wake.set()

    async def _sender(self) -> None:
        while True:
            try:
                if self._bump_needed and self._in_flight == 0:
                    await self._bump_epoch()
                if (self._metadata_needed or self.cluster.stale) and not self._refreshing:
                    self._refreshing = True
                    self._metadata_needed = False
                    assert self._tg is not None
                    self._tg.start_soon(self._refresh_metadata)
                self._wake = anyio.Event()
                delay = self._drain(time.monotonic())
            except Exception:  # a bug: keep the producer alive, report it
                log.exception("producer %s: sender failed", self.client_id)
                delay = 0.1
            if delay > 0:
                with anyio.move_on_after(delay):
                    await self._wake.wait()
            else:
                await anyio.lowlevel.checkpoint()

    async def _refresh_metadata(self) -> None:
        try:
            await self.cluster.refresh(list(self._topics))
            for t in self._topics.values():
                self._update_topic(t)
        except FluxMQError as e:
            log.debug("producer %s: metadata refresh failed: %s", self.client_id, e)
            self._metadata_needed = True
            await anyio.sleep(self.retry_backoff)
        finally:
            self._refreshing = False
            self._poke()

    def _drain(self, now: float) -> float:
        """Send what is ready; seconds until something may become ready (inf: nothing)."""
        wake = math.inf
        ready_all = self._flushing > 0 or self._closing or self._exhausted
        self._exhausted = False
        while True:  # one request per broker per pass; passes until nothing more goes
            requests: dict[int, list[_Batch]] = {}
            sizes: dict[int, int] = {}
            node_in_flight = self._node_in_flight
            cluster = self.cluster
            idempotent = self.idempotent
            for part in list(self._pending):
                q = part.queue
                # expire batches waiting too long (never those in flight: they are not queued)
                while q and now - q[0].created >= self.delivery_timeout:
                    b = q[0]
                    self._fail(
                        b,
                        RequestTimeoutError(
                            f"{part.tp}: record expired after {self.delivery_timeout * 1000:.0f} ms "
                            "(delivery_timeout_ms) without an acknowledgement"
                        ),
                    )
                if not q:
                    del self._pending[part]
                    continue
                b = q[0]
                if not ready_all and len(q) == 1 and b.size < self.batch_size:
                    due = b.created + self.linger - now
                    if due > 0:
                        wake = min(wake, due)
                        continue
                if b.retry_at > now:
                    wake = min(wake, b.retry_at - now)
                    continue
                wake = min(wake, self.delivery_timeout - (now - b.created))
                if idempotent:
                    if self._bump_needed:
                        continue
                    if b.seq >= 0 and part.unacked and part.unacked[0] is not b:
                        continue  # a retry goes only when it is the oldest unacknowledged
                node = cluster.leader(part.topic, part.partition)
                if node is None:
                    self._metadata_needed = True
                    wake = min(wake, self.retry_backoff)
                    continue
                if node_in_flight.get(node, 0) >= self.max_in_flight:
                    continue
                batches = requests.get(node)
                if batches is None:
                    batches = requests[node] = []
                    sizes[node] = 0
                elif sizes[node] + b.size > self.max_request_size:
                    continue
                q.popleft()
                if part.open is b:
                    part.open = None
                try:
                    self._seal(b)
                except (TypeError, ValueError, AttributeError, OverflowError) as e:
                    self._complete(b, _unencodable(b, e))
                    if not q:
                        del self._pending[part]
                    self._poke()  # the batches behind it go on the next pass
                    continue
                batches.append(b)
                sizes[node] += len(b.data or b"")
                if not q:
                    del self._pending[part]
            assert self._tg is not None
            for node, batches in requests.items():
                node_in_flight[node] = node_in_flight.get(node, 0) + 1
                self._in_flight += 1
                for b in batches:
                    b.in_flight = True
                    b.attempts += 1
                self._tg.start_soon(self._send, node, batches)
            if not requests:
                break
        if self._metadata_needed:
            wake = min(wake, self.retry_backoff)
        return wake

    def _seal(self, b: _Batch) -> None:
        """Encode the batch (first send), or restamp it after an epoch bump."""
        part = b.part
        fresh = self.idempotent and b.seq < 0
        seq = part.next_seq if fresh else b.seq
        if b.data is None:
            # Before the sequence numbers are taken: a batch that cannot be encoded (a
            # send_batch value of the wrong type) fails alone and leaves no gap behind.
            b.data = encode_batch(
                b.values,
                b.keys,
                b.headers,
                b.timestamps,
                compression=self.compression,
                compression_level=self.compression_level,
                producer_id=self.producer_id if self.idempotent else -1,
                producer_epoch=self.producer_epoch if self.idempotent else -1,
                base_sequence=seq,
            )
        elif fresh:
            b.data = restamp(b.data, self.producer_id, self.producer_epoch, seq)
        if fresh:
            b.seq = seq
            part.next_seq = (seq + len(b.values)) & _INT32_MAX
            part.unacked.append(b)
            b.epoch = self.producer_epoch

    async def _send(self, node: int, batches: list[_Batch]) -> None:
        by_topic: dict[str, list[PartitionProduceData]] = {}
        for b in batches:
            by_topic.setdefault(b.part.topic, []).append(
                PartitionProduceData(index=b.part.partition, records=b.data)
            )
        req = ProduceRequest(
            transactional_id=None,
            acks=self.acks,
            timeout_ms=int(self.request_timeout * 1000),
            topic_data=[TopicProduceData(name=n, partition_data=p) for n, p in by_topic.items()],
        )
        resp = None
        error: FluxMQError | None = None
        try:
            version = self.transport.version(PRODUCE_API, 3, _PRODUCE_MAX_VERSION, node)
            resp = await self.transport.request(
                req, version, node=node, timeout=self.request_timeout
            )
        except FluxMQError as e:
            error = e
        except Exception as e:  # a bug or an unexpected failure: fail these batches
            log.exception("producer %s: produce request failed", self.client_id)
            error = FatalError(f"produce request failed: {e!r}")
        finally:
            self._node_in_flight[node] -= 1
            self._in_flight -= 1
            self._poke()
        now = time.monotonic()
        if error is not None:
            if isinstance(error, BrokerUnreachableError | RequestTimeoutError):
                self._metadata_needed = True
            for b in batches:
                self._retry_or_fail(b, error, now)
            return
        if resp is None:  # acks=0
            for b in batches:
                b.in_flight = False
                self._complete(b, None)
            return
        if not isinstance(resp, ProduceResponse):
            for b in batches:
                self._retry_or_fail(b, FatalError(f"unexpected answer {resp!r}"), now)
            return
        answers: dict[tuple[str, int], tuple[int, int, int, int, str | None]] = {}
        for tr in resp.responses:
            for pr in tr.partition_responses:
                answers[(tr.name, pr.index)] = (
                    pr.error_code,
                    pr.base_offset,
                    pr.log_append_time_ms,
                    pr.log_start_offset,
                    pr.error_message,
                )
        for b in batches:
            a = answers.get((b.part.topic, b.part.partition))
            if a is None:
                self._retry_or_fail(b, FatalError("the broker did not answer for it"), now)
                continue
            code, base, append_time, log_start, message = a
            if code == 0 or code == E.DUPLICATE_SEQUENCE_NUMBER:
                b.base_offset = base
                b.log_append_time = append_time
                self._acked(b)
            else:
                self._on_error(b, code, message, log_start, now)

    def _acked(self, b: _Batch) -> None:
        part = b.part
        b.in_flight = False
        if b.seq >= 0:
            last = b.seq + len(b.values) - 1
            if last > part.last_acked_seq:
                part.last_acked_seq = last
                if b.base_offset >= 0:
                    part.last_acked_offset = b.base_offset + len(b.values) - 1
        self._complete(b, None)

    def _on_error(
        self, b: _Batch, code: int, message: str | None, log_start: int, now: float
    ) -> None:
        if code == E.MESSAGE_TOO_LARGE and len(b.values) > 1 and not self._closed:
            self._split(b, now)
            return
        err = broker_error(code, f"{b.part.tp}: {message}" if message else str(b.part.tp))
        if code in _LEADERSHIP_CODES:
            self._metadata_needed = True
        if self.idempotent and b.seq >= 0 and b.epoch == self.producer_epoch:
            part = b.part
            unresolved = bool(part.unacked) and part.unacked[0] is not b
            is_next = b.seq == ((part.last_acked_seq + 1) & _INT32_MAX)
            if code == E.UNKNOWN_PRODUCER_ID and 0 <= part.last_acked_offset < log_start:
                # The log's head (and with it our producer state) was deleted by retention:
                # start over with a new epoch and send the batch again.
                self._bump_needed = True
                self._requeue(b, now)
                return
            if code in (E.OUT_OF_ORDER_SEQUENCE_NUMBER, E.UNKNOWN_PRODUCER_ID):
                if unresolved or not is_next:
                    self._retry_or_fail(b, _Retriable(err), now)  # an earlier batch is pending
                else:
                    self._bump_needed = True
                    self._fail(b, err)
                return
            if code in (E.INVALID_PRODUCER_EPOCH, E.PRODUCER_FENCED):
                self._new_pid_needed = self._bump_needed = True
                self._fail(b, err)
                return
        elif self.idempotent and b.seq >= 0 and code == E.OUT_OF_ORDER_SEQUENCE_NUMBER:
            # sent under an older epoch: the bump restamps it
            self._retry_or_fail(b, _Retriable(err), now)
            return
        self._retry_or_fail(b, err, now)

    def _split(self, b: _Batch, now: float) -> None:
        """The broker refused `b` as larger than the topic's max.message.bytes (nothing of it
        was written): send its records again as two batches, in its place (its sequence
        numbers, when they are current), as Java's producer does. A half that is still too
        large is split again; a single record that is fails with MESSAGE_TOO_LARGE. The
        records' futures stay on `b`, which completes when its halves have."""
        b.in_flight = False
        part = b.part
        n = len(b.values)
        mid = n // 2
        first = sum(
            _record_size(
                b.values[i],
                None if b.keys is None else b.keys[i],
                None if b.headers is None else b.headers[i],
            )
            for i in range(mid)
        )
        halves: list[tuple[int, _Batch]] = []
        for lo, hi in ((0, mid), (mid, n)):
            c = _Batch(part, b.created)
            c.values = b.values[lo:hi]
            c.keys = None if b.keys is None else b.keys[lo:hi]
            c.headers = None if b.headers is None else b.headers[lo:hi]
            c.timestamps = b.timestamps[lo:hi]
            c.attempts = b.attempts
            c.retry_at = now
            c.parent = b
            halves.append((lo, c))
        (_, c1), (_, c2) = halves
        # the buffered bytes move to the halves (b's completion then releases none)
        c1.size = _BATCH_OVERHEAD + first
        c2.size = b.size - first
        b.size = _BATCH_OVERHEAD
        b.children = halves
        b.data = None
        if b.seq >= 0 and b in part.unacked:
            at = part.unacked.index(b)
            del part.unacked[at]
            if b.epoch == self.producer_epoch:
                c1.seq, c1.epoch = b.seq, b.epoch
                c2.seq, c2.epoch = (b.seq + mid) & _INT32_MAX, b.epoch
                part.unacked[at:at] = [c1, c2]
        i = _retry_position(part.queue, c1)
        part.queue.insert(i, c2)
        part.queue.insert(i, c1)
        self._incomplete.update((c1, c2))
        self._pending[part] = None
        log.info(
            "producer %s: %s: a batch of %d records was too large for the topic; split in two",
            self.client_id,
            part.tp,
            n,
        )

    def _retry_or_fail(self, b: _Batch, err: FluxMQError, now: float) -> None:
        b.in_flight = False
        retriable = isinstance(err, RetriableError) or (
            isinstance(err, BrokerError) and err.code in RETRIABLE_CODES
        )
        if (
            retriable
            and not self._closed
            and b.attempts <= self.retries
            and now - b.created < self.delivery_timeout
        ):
            self._requeue(b, now)
            return
        if isinstance(err, _Retriable):
            err = err.cause
        self._fail(b, err)

    def _requeue(self, b: _Batch, now: float) -> None:
        b.in_flight = False
        backoff = min(self.retry_backoff * 2 ** max(0, b.attempts - 1), self.retry_backoff_max)
        b.retry_at = now + backoff * random.uniform(0.8, 1.2)
        part = b.part
        part.queue.insert(_retry_position(part.queue, b), b)
        self._pending[part] = None
        log.debug("producer %s: retrying %s (attempt %d)", self.client_id, part.tp, b.attempts)

    def _fail(self, b: _Batch, err: BaseException) -> None:
        part = b.part
        if self.idempotent and b.seq >= 0 and b.epoch == self.producer_epoch:
            # Its sequence numbers are now a hole (or unknown): later batches of the
            # partition would be refused, so start a new epoch.
            self._bump_needed = True
        try:
            part.queue.remove(b)
        except ValueError:
            pass
        if part.open is b:
            part.open = None
        self._complete(b, err)

    def _complete(self, b: _Batch, err: BaseException | None) -> None:
        if b.done:
            return
        b.done = True
        b.error = err
        b.in_flight = False
        part = b.part
        if b.seq >= 0:
            try:
                part.unacked.remove(b)
            except ValueError:
                pass
        if part.open is b:
            part.open = None
        self._incomplete.discard(b)
        self._buffered -= b.size - _BATCH_OVERHEAD
        space = self._space
        if space is not None:
            self._space = None
            space.set()
        if b.event is not None:
            b.event.set()
        b.data = None  # the bytes are not needed any more
        parent = b.parent
        if parent is not None and parent.children is not None:
            halves = [c for _, c in parent.children]
            if all(c.done for c in halves):
                self._complete(parent, next((c.error for c in halves if c.error), None))

    async def _bump_epoch(self) -> None:
        """Start a new epoch (a new producer id when the epoch is exhausted or fenced) and
        restart every partition's sequences at 0. Runs with nothing in flight."""
        self._bump_needed = False
        if self._new_pid_needed or self.producer_epoch >= _EPOCH_MAX:
            try:
                await self._init_producer_id(time.monotonic() + self.request_timeout)
            except FluxMQError as e:
                log.warning("producer %s: InitProducerId failed: %s", self.client_id, e)
                self._bump_needed = True
                await anyio.sleep(self.retry_backoff)
                return
            self._new_pid_needed = False
        else:
            self.producer_epoch += 1
        log.info(
            "producer %s: producer id %d, epoch %d: sequences restart at 0",
            self.client_id,
            self.producer_id,
            self.producer_epoch,
        )
        for t in self._topics.values():
            for part in t.parts:
                part.next_seq = 0
                part.last_acked_seq = -1
                part.last_acked_offset = -1
                for b in part.unacked:
                    b.seq = -1  # resequenced (and restamped) when sent again
                part.unacked.clear()

    async def _init_producer_id(self, deadline: float) -> None:
        delay = self.retry_backoff
        while True:
            version = self.transport.version(INIT_PRODUCER_ID_API, 0, 5)
            req = InitProducerIdRequest(
                transactional_id=None,
                transaction_timeout_ms=_INT32_MAX,
                producer_id=self.producer_id if version >= 3 else -1,
                producer_epoch=self.producer_epoch if version >= 3 else -1,
            )
            try:
                resp = await self.transport.request(
                    req,
                    version,
                    node=ANY_NODE,
                    timeout=max(0.1, min(self.request_timeout, deadline - time.monotonic())),
                )
                if not isinstance(resp, InitProducerIdResponse):
                    raise BrokerUnreachableError("no InitProducerId answer")
                if resp.error_code:
                    raise broker_error(resp.error_code, "InitProducerId")
            except RetriableError:
                if time.monotonic() + delay > deadline:
                    raise
                await anyio.sleep(delay)
                delay = min(delay * 2, self.retry_backoff_max)
                continue
            self.producer_id = resp.producer_id
            self.producer_epoch = resp.producer_epoch
            return

    # ------------------------------------------------------------ introspection

    @property
    def buffered_bytes(self) -> int:
        """Bytes of records buffered and not yet acknowledged (what buffer_memory bounds)."""
        return self._buffered

    @property
    def pending(self) -> int:
        """How many batches are buffered or in flight."""
        return len(self._incomplete)


class _Retriable(RetriableError):
    """A broker error that is worth retrying in this context (e.g. an out-of-order sequence
    caused by an earlier batch that is being retried)."""

    def __init__(self, cause: FluxMQError) -> None:
        super().__init__(str(cause))
        self.cause = cause
