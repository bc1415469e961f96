# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeProducersResponse: Kafka response (key 61), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "ProducerState",
    "PartitionResponse",
    "TopicResponse",
    "DescribeProducersResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")
_F2 = PackStruct(">qiiqiq")


class ProducerState(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "last_sequence",
            "LastSequence",
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
            "last_timestamp",
            "LastTimestamp",
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
            "coordinator_epoch",
            "CoordinatorEpoch",
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
            "current_txn_start_offset",
            "CurrentTxnStartOffset",
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
    )
    producer_id: int = 0
    producer_epoch: int = 0
    last_sequence: int = -1
    last_timestamp: int = -1
    coordinator_epoch: int = 0
    current_txn_start_offset: int = -1
    unknown_tags: dict[int, bytes] | None = None


class PartitionResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
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
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "active_producers",
            "ActiveProducers",
            "ProducerState",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ProducerState,
            False,
        ),
    )
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = None
    active_producers: Sequence[ProducerState] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopicResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "PartitionResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionResponse,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[PartitionResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeProducersResponse(_Message):
    NAME: ClassVar[str] = "DescribeProducersResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 61
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
            "topics",
            "Topics",
            "TopicResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicResponse,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[TopicResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeProducersResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeProducersResponse, int]:
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
            raise null_not_allowed("DescribeProducersResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeProducersResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicResponse] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicResponse_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicResponse, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeProducersResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeProducersResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeProducersResponse v0", pos) from None


def _w_DescribeProducersResponse_0(o: DescribeProducersResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicResponse_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeProducersResponse_0(o: DescribeProducersResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicResponse_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicResponse_0(buf: memoryview, pos: int) -> tuple[TopicResponse, int]:
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
            raise null_not_allowed("TopicResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionResponse] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionResponse_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionResponse, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicResponse(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicResponse v0", pos) from None


def _w_TopicResponse_0(o: TopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionResponse_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicResponse_0(o: TopicResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionResponse_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionResponse_0(buf: memoryview, pos: int) -> tuple[PartitionResponse, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("PartitionResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("PartitionResponse.ActiveProducers", pos)
        elif n > end - pos:
            raise bad_length("PartitionResponse.ActiveProducers", n, pos, end - pos)
        else:
            items_active_producers: list[ProducerState] = []
            append_active_producers = items_active_producers.append
            for _ in range(n):
                x_active_producers, pos = _r_ProducerState_0(buf, pos)
                append_active_producers(x_active_producers)
            f_active_producers: tuple[ProducerState, ...] = tuple(items_active_producers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionResponse(
                f_partition_index, f_error_code, f_error_message, f_active_producers, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionResponse v0", pos) from None


def _w_PartitionResponse_0(o: PartitionResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_active_producers = o.active_producers
    n = len(v_active_producers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_active_producers = _w_ProducerState_0
    for x_active_producers in v_active_producers:
        w_active_producers(x_active_producers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionResponse_0(o: PartitionResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_active_producers = o.active_producers
    n += uvarint_size(len(v_active_producers) + 1)
    sz_active_producers = _s_ProducerState_0
    for x_active_producers in v_active_producers:
        n += sz_active_producers(x_active_producers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ProducerState_0(buf: memoryview, pos: int) -> tuple[ProducerState, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_producer_epoch,
            f_last_sequence,
            f_last_timestamp,
            f_coordinator_epoch,
            f_current_txn_start_offset,
        ) = _F2.unpack_from(buf, pos)
        pos += 36
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ProducerState(
                f_producer_id,
                f_producer_epoch,
                f_last_sequence,
                f_last_timestamp,
                f_coordinator_epoch,
                f_current_txn_start_offset,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ProducerState v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProducerState v0", pos) from None


def _w_ProducerState_0(o: ProducerState, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F2.pack(
            o.producer_id,
            o.producer_epoch,
            o.last_sequence,
            o.last_timestamp,
            o.coordinator_epoch,
            o.current_txn_start_offset,
        )
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ProducerState_0(o: ProducerState) -> int:
    n = 36
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeProducersResponse._READERS = (_r_DescribeProducersResponse_0,)
DescribeProducersResponse._WRITERS = (_w_DescribeProducersResponse_0,)
DescribeProducersResponse._SIZERS = (_s_DescribeProducersResponse_0,)
bind_readers(
    DescribeProducersResponse,
    "describe_producers_response",
    "9d443479c52226c9",
    (
        ProducerState,
        PartitionResponse,
        TopicResponse,
        DescribeProducersResponse,
    ),
)
