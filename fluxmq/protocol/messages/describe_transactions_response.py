# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeTransactionsResponse: Kafka response (key 65), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicData",
    "TransactionState",
    "DescribeTransactionsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">iqqh")
_Ai32 = array_structs("i")


class TopicData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "int32",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    topic: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class TransactionState(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transactional_id",
            "TransactionalId",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_state",
            "TransactionState",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_timeout_ms",
            "TransactionTimeoutMs",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_start_time_ms",
            "TransactionStartTimeMs",
            "int64",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "producer_id",
            "ProducerId",
            "int64",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "producer_epoch",
            "ProducerEpoch",
            "int16",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "TopicData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicData,
            False,
        ),
    )
    error_code: int = 0
    transactional_id: str = ""
    transaction_state: str = ""
    transaction_timeout_ms: int = 0
    transaction_start_time_ms: int = 0
    producer_id: int = 0
    producer_epoch: int = 0
    topics: Sequence[TopicData] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeTransactionsResponse(_Message):
    NAME: ClassVar[str] = "DescribeTransactionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_states",
            "TransactionStates",
            "TransactionState",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TransactionState,
            False,
        ),
    )
    throttle_time_ms: int = 0
    transaction_states: Sequence[TransactionState] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeTransactionsResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTransactionsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("DescribeTransactionsResponse.TransactionStates", pos)
        elif n > end - pos:
            raise bad_length("DescribeTransactionsResponse.TransactionStates", n, pos, end - pos)
        else:
            items_transaction_states: list[TransactionState] = []
            append_transaction_states = items_transaction_states.append
            for _ in range(n):
                x_transaction_states, pos = _r_TransactionState_0(buf, pos)
                append_transaction_states(x_transaction_states)
            f_transaction_states: tuple[TransactionState, ...] = tuple(items_transaction_states)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeTransactionsResponse(f_throttle_time_ms, f_transaction_states, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeTransactionsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTransactionsResponse v0", pos) from None


def _w_DescribeTransactionsResponse_0(o: DescribeTransactionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_transaction_states = o.transaction_states
    n = len(v_transaction_states) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_transaction_states = _w_TransactionState_0
    for x_transaction_states in v_transaction_states:
        w_transaction_states(x_transaction_states, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTransactionsResponse_0(o: DescribeTransactionsResponse) -> int:
    n = 4
    v_transaction_states = o.transaction_states
    n += uvarint_size(len(v_transaction_states) + 1)
    sz_transaction_states = _s_TransactionState_0
    for x_transaction_states in v_transaction_states:
        n += sz_transaction_states(x_transaction_states)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TransactionState_0(buf: memoryview, pos: int) -> tuple[TransactionState, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TransactionState.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TransactionState.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TransactionState.TransactionState", pos)
        elif n > end - pos:
            raise bad_length("TransactionState.TransactionState", n, pos, end - pos)
        else:
            f_transaction_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_transaction_timeout_ms,
            f_transaction_start_time_ms,
            f_producer_id,
            f_producer_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 22
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TransactionState.Topics", pos)
        elif n > end - pos:
            raise bad_length("TransactionState.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicData_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TransactionState(
                f_error_code,
                f_transactional_id,
                f_transaction_state,
                f_transaction_timeout_ms,
                f_transaction_start_time_ms,
                f_producer_id,
                f_producer_epoch,
                f_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TransactionState v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TransactionState v0", pos) from None


def _w_TransactionState_0(o: TransactionState, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_transaction_state = o.transaction_state
    b = v_transaction_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(
        _F2.pack(
            o.transaction_timeout_ms, o.transaction_start_time_ms, o.producer_id, o.producer_epoch
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicData_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TransactionState_0(o: TransactionState) -> int:
    n = 24
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_transaction_state = o.transaction_state
    k = utf8_len(v_transaction_state)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicData_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicData_0(buf: memoryview, pos: int) -> tuple[TopicData, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopicData.Topic", pos)
        elif n > end - pos:
            raise bad_length("TopicData.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TopicData.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicData.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicData(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicData v0", pos) from None


def _w_TopicData_0(o: TopicData, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicData_0(o: TopicData) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeTransactionsResponse._READERS = (_r_DescribeTransactionsResponse_0,)
DescribeTransactionsResponse._WRITERS = (_w_DescribeTransactionsResponse_0,)
DescribeTransactionsResponse._SIZERS = (_s_DescribeTransactionsResponse_0,)
bind_readers(
    DescribeTransactionsResponse,
    "describe_transactions_response",
    "05106eff4787898a",
    (
        TopicData,
        TransactionState,
        DescribeTransactionsResponse,
    ),
)
