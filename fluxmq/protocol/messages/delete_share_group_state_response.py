# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteShareGroupStateResponse: Kafka response (key 86), versions 0."""

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
    "DeleteStateResult",
    "DeleteShareGroupStateResponse",
]

_F0 = PackStruct(">16s")
_F1 = PackStruct(">ih")


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
    )
    partition: int = 0
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class DeleteStateResult(_StructBase):
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


class DeleteShareGroupStateResponse(_Message):
    NAME: ClassVar[str] = "DeleteShareGroupStateResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 86
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "results",
            "Results",
            "DeleteStateResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteStateResult,
            False,
        ),
    )
    results: Sequence[DeleteStateResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteShareGroupStateResponse_0(
    buf: memoryview, pos: int
) -> tuple[DeleteShareGroupStateResponse, int]:
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
            raise null_not_allowed("DeleteShareGroupStateResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DeleteShareGroupStateResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DeleteStateResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DeleteStateResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[DeleteStateResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteShareGroupStateResponse(f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteShareGroupStateResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteShareGroupStateResponse v0", pos) from None


def _w_DeleteShareGroupStateResponse_0(o: DeleteShareGroupStateResponse, out: list[Buffer]) -> None:
    a = out.append
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DeleteStateResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteShareGroupStateResponse_0(o: DeleteShareGroupStateResponse) -> int:
    n = 0
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DeleteStateResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteStateResult_0(buf: memoryview, pos: int) -> tuple[DeleteStateResult, int]:
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
            raise null_not_allowed("DeleteStateResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DeleteStateResult.Partitions", n, pos, end - pos)
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
        return DeleteStateResult(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteStateResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteStateResult v0", pos) from None


def _w_DeleteStateResult_0(o: DeleteStateResult, out: list[Buffer]) -> None:
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


def _s_DeleteStateResult_0(o: DeleteStateResult) -> int:
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
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionResult(f_partition, f_error_code, f_error_message, tags), pos
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionResult_0(o: PartitionResult) -> int:
    n = 6
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


DeleteShareGroupStateResponse._READERS = (_r_DeleteShareGroupStateResponse_0,)
DeleteShareGroupStateResponse._WRITERS = (_w_DeleteShareGroupStateResponse_0,)
DeleteShareGroupStateResponse._SIZERS = (_s_DeleteShareGroupStateResponse_0,)
bind_readers(
    DeleteShareGroupStateResponse,
    "delete_share_group_state_response",
    "4257ff0fb0991e93",
    (
        PartitionResult,
        DeleteStateResult,
        DeleteShareGroupStateResponse,
    ),
)
