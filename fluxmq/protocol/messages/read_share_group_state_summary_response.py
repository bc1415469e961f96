# generated from Kafka 4.4.0 by codegen — do not edit
"""ReadShareGroupStateSummaryResponse: Kafka response (key 87), versions 0-1."""

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
    "PartitionResult",
    "ReadStateSummaryResult",
    "ReadShareGroupStateSummaryResponse",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">ih")
_F2 = PackStruct(">iiq")
_F3 = PackStruct(">iiqi")


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
            "leader_epoch",
            "LeaderEpoch",
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
            "delivery_complete_count",
            "DeliveryCompleteCount",
            "int32",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    partition: int = 0
    error_code: int = 0
    error_message: str | None = None
    state_epoch: int = 0
    leader_epoch: int = 0
    start_offset: int = 0
    delivery_complete_count: int = -1
    unknown_tags: dict[int, bytes] | None = None


class ReadStateSummaryResult(_StructBase):
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


class ReadShareGroupStateSummaryResponse(_Message):
    NAME: ClassVar[str] = "ReadShareGroupStateSummaryResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 87
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "results",
            "Results",
            "ReadStateSummaryResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReadStateSummaryResult,
            False,
        ),
    )
    results: Sequence[ReadStateSummaryResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ReadShareGroupStateSummaryResponse_0(
    buf: memoryview, pos: int
) -> tuple[ReadShareGroupStateSummaryResponse, int]:
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
            raise null_not_allowed("ReadShareGroupStateSummaryResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("ReadShareGroupStateSummaryResponse.Results", n, pos, end - pos)
        else:
            items_results: list[ReadStateSummaryResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_ReadStateSummaryResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[ReadStateSummaryResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReadShareGroupStateSummaryResponse(f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadShareGroupStateSummaryResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadShareGroupStateSummaryResponse v0", pos) from None


def _w_ReadShareGroupStateSummaryResponse_0(
    o: ReadShareGroupStateSummaryResponse, out: list[Buffer]
) -> None:
    a = out.append
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_ReadStateSummaryResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReadShareGroupStateSummaryResponse_0(o: ReadShareGroupStateSummaryResponse) -> int:
    n = 0
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_ReadStateSummaryResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReadShareGroupStateSummaryResponse_1(
    buf: memoryview, pos: int
) -> tuple[ReadShareGroupStateSummaryResponse, int]:
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
            raise null_not_allowed("ReadShareGroupStateSummaryResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("ReadShareGroupStateSummaryResponse.Results", n, pos, end - pos)
        else:
            items_results: list[ReadStateSummaryResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_ReadStateSummaryResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[ReadStateSummaryResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReadShareGroupStateSummaryResponse(f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadShareGroupStateSummaryResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadShareGroupStateSummaryResponse v1", pos) from None


def _w_ReadShareGroupStateSummaryResponse_1(
    o: ReadShareGroupStateSummaryResponse, out: list[Buffer]
) -> None:
    a = out.append
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_ReadStateSummaryResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReadShareGroupStateSummaryResponse_1(o: ReadShareGroupStateSummaryResponse) -> int:
    n = 0
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_ReadStateSummaryResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReadStateSummaryResult_0(buf: memoryview, pos: int) -> tuple[ReadStateSummaryResult, int]:
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
            raise null_not_allowed("ReadStateSummaryResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ReadStateSummaryResult.Partitions", n, pos, end - pos)
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
        return ReadStateSummaryResult(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadStateSummaryResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadStateSummaryResult v0", pos) from None


def _w_ReadStateSummaryResult_0(o: ReadStateSummaryResult, out: list[Buffer]) -> None:
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


def _s_ReadStateSummaryResult_0(o: ReadStateSummaryResult) -> int:
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


def _r_ReadStateSummaryResult_1(buf: memoryview, pos: int) -> tuple[ReadStateSummaryResult, int]:
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
            raise null_not_allowed("ReadStateSummaryResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ReadStateSummaryResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionResult_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionResult, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReadStateSummaryResult(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ReadStateSummaryResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReadStateSummaryResult v1", pos) from None


def _w_ReadStateSummaryResult_1(o: ReadStateSummaryResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionResult_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReadStateSummaryResult_1(o: ReadStateSummaryResult) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionResult_1
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
            f_leader_epoch,
            f_start_offset,
        ) = _F2.unpack_from(buf, pos)
        pos += 16
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
                f_leader_epoch,
                f_start_offset,
                -1,
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
    a(_F2.pack(o.state_epoch, o.leader_epoch, o.start_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionResult_0(o: PartitionResult) -> int:
    n = 22
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionResult_1(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
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
            f_leader_epoch,
            f_start_offset,
            f_delivery_complete_count,
        ) = _F3.unpack_from(buf, pos)
        pos += 20
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
                f_leader_epoch,
                f_start_offset,
                f_delivery_complete_count,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionResult v1", pos) from None


def _w_PartitionResult_1(o: PartitionResult, out: list[Buffer]) -> None:
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
    a(_F3.pack(o.state_epoch, o.leader_epoch, o.start_offset, o.delivery_complete_count))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionResult_1(o: PartitionResult) -> int:
    n = 26
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ReadShareGroupStateSummaryResponse._READERS = (
    _r_ReadShareGroupStateSummaryResponse_0,
    _r_ReadShareGroupStateSummaryResponse_1,
)
ReadShareGroupStateSummaryResponse._WRITERS = (
    _w_ReadShareGroupStateSummaryResponse_0,
    _w_ReadShareGroupStateSummaryResponse_1,
)
ReadShareGroupStateSummaryResponse._SIZERS = (
    _s_ReadShareGroupStateSummaryResponse_0,
    _s_ReadShareGroupStateSummaryResponse_1,
)
bind_readers(
    ReadShareGroupStateSummaryResponse,
    "read_share_group_state_summary_response",
    "ffa578e978b8a5ff",
    (
        PartitionResult,
        ReadStateSummaryResult,
        ReadShareGroupStateSummaryResponse,
    ),
)
