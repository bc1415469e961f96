# generated from Kafka 4.4.0 by codegen — do not edit
"""ReadShareGroupStateResponse: Kafka response (key 84), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
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
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "StateBatch",
    "PartitionResult",
    "ReadStateResult",
    "ReadShareGroupStateResponse",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">ih")
_F2 = PackStruct(">iq")
_F3 = PackStruct(">qqbh")


class StateBatch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "first_offset",
            "FirstOffset",
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
            "last_offset",
            "LastOffset",
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
            "delivery_state",
            "DeliveryState",
            "int8",
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
            "delivery_count",
            "DeliveryCount",
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
    )
    first_offset: int = 0
    last_offset: int = 0
    delivery_state: int = 0
    delivery_count: int = 0
    unknown_tags: dict[int, bytes] | None = None


class PartitionResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition",
            "Partition",
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
            "state_epoch",
            "StateEpoch",
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
            "start_offset",
            "StartOffset",
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
            "state_batches",
            "StateBatches",
            "StateBatch",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            StateBatch,
            False,
        ),
    )
    partition: int = 0
    error_code: int = 0
    error_message: str | None = None
    state_epoch: int = 0
    start_offset: int = 0
    state_batches: Sequence[StateBatch] = ()
    unknown_tags: dict[int, bytes] | None = None


class ReadStateResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "partitions",
            "Partitions",
            "PartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionResult,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[PartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class ReadShareGroupStateResponse(_Message):
    NAME: ClassVar[str] = "ReadShareGroupStateResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 84
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "results",
            "Results",
            "ReadStateResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReadStateResult,
            False,
        ),
    )
    results: Sequence[ReadStateResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ReadShareGroupStateResponse_0(
    buf: memoryview, pos: int
) -> tuple[ReadShareGroupStateResponse, int]:
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
            raise null_not_allowed("ReadShareGroupStateResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("ReadShareGroupStateResponse.Results", n, pos, end - pos)
        else:
            items_results: list[ReadStateResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_ReadStateResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[ReadStateResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReadShareGroupStateResponse(f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadShareGroupStateResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadShareGroupStateResponse v0", pos) from None


def _w_ReadShareGroupStateResponse_0(o: ReadShareGroupStateResponse, out: list[Buffer]) -> None:
    a = out.append
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_ReadStateResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReadShareGroupStateResponse_0(o: ReadShareGroupStateResponse) -> int:
    n = 0
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_ReadStateResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReadStateResult_0(buf: memoryview, pos: int) -> tuple[ReadStateResult, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F0.unpack_from(buf, pos)
        pos += 16
        f_topic_id = uuid_from_bytes(f_topic_id)
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
            raise null_not_allowed("ReadStateResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ReadStateResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionResult_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionResult, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReadStateResult(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadStateResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadStateResult v0", pos) from None


def _w_ReadStateResult_0(o: ReadStateResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionResult_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReadStateResult_0(o: ReadStateResult) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionResult_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionResult_0(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition,
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
            raise bad_length("PartitionResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_state_epoch,
            f_start_offset,
        ) = _F2.unpack_from(buf, pos)
        pos += 12
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
            raise null_not_allowed("PartitionResult.StateBatches", pos)
        elif n > end - pos:
            raise bad_length("PartitionResult.StateBatches", n, pos, end - pos)
        else:
            items_state_batches: list[StateBatch] = []
            append_state_batches = items_state_batches.append
            for _ in range(n):
                x_state_batches, pos = _r_StateBatch_0(buf, pos)
                append_state_batches(x_state_batches)
            f_state_batches: tuple[StateBatch, ...] = tuple(items_state_batches)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionResult(
                f_partition,
                f_error_code,
                f_error_message,
                f_state_epoch,
                f_start_offset,
                f_state_batches,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionResult v0", pos) from None


def _w_PartitionResult_0(o: PartitionResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.state_epoch, o.start_offset))
    v_state_batches = o.state_batches
    n = len(v_state_batches) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_batches = _w_StateBatch_0
    for x_state_batches in v_state_batches:
        w_state_batches(x_state_batches, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionResult_0(o: PartitionResult) -> int:
    n = 18
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_state_batches = o.state_batches
    n += uvarint_size(len(v_state_batches) + 1)
    sz_state_batches = _s_StateBatch_0
    for x_state_batches in v_state_batches:
        n += sz_state_batches(x_state_batches)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_StateBatch_0(buf: memoryview, pos: int) -> tuple[StateBatch, int]:
    end = len(buf)
    try:
        (
            f_first_offset,
            f_last_offset,
            f_delivery_state,
            f_delivery_count,
        ) = _F3.unpack_from(buf, pos)
        pos += 19
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StateBatch(f_first_offset, f_last_offset, f_delivery_state, f_delivery_count, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StateBatch v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StateBatch v0", pos) from None


def _w_StateBatch_0(o: StateBatch, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.first_offset, o.last_offset, o.delivery_state, o.delivery_count))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StateBatch_0(o: StateBatch) -> int:
    n = 19
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ReadShareGroupStateResponse._READERS = (_r_ReadShareGroupStateResponse_0,)
ReadShareGroupStateResponse._WRITERS = (_w_ReadShareGroupStateResponse_0,)
ReadShareGroupStateResponse._SIZERS = (_s_ReadShareGroupStateResponse_0,)
bind_readers(
    ReadShareGroupStateResponse,
    "read_share_group_state_response",
    "b6aa45a93fd8d20a",
    (
        StateBatch,
        PartitionResult,
        ReadStateResult,
        ReadShareGroupStateResponse,
    ),
)
