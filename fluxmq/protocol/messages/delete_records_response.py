# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteRecordsResponse: Kafka response (key 21), versions 0-2."""

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
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "DeleteRecordsPartitionResult",
    "DeleteRecordsTopicResult",
    "DeleteRecordsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">iqh")


class DeleteRecordsPartitionResult(_StructBase):
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
            True,
        ),
        FieldInfo(
            "low_watermark",
            "LowWatermark",
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
    )
    partition_index: int = 0
    low_watermark: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DeleteRecordsTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "DeleteRecordsPartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteRecordsPartitionResult,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[DeleteRecordsPartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class DeleteRecordsResponse(_Message):
    NAME: ClassVar[str] = "DeleteRecordsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
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
            "DeleteRecordsTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteRecordsTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[DeleteRecordsTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteRecordsResponse_0(buf: memoryview, pos: int) -> tuple[DeleteRecordsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteRecordsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteRecordsTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteRecordsTopicResult_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteRecordsTopicResult, ...] = tuple(items_topics)
        return DeleteRecordsResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsResponse v0-1", pos) from None


def _w_DeleteRecordsResponse_0(o: DeleteRecordsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_DeleteRecordsTopicResult_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_DeleteRecordsResponse_0(o: DeleteRecordsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_DeleteRecordsTopicResult_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_DeleteRecordsResponse_1(buf: memoryview, pos: int) -> tuple[DeleteRecordsResponse, int]:
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
            raise null_not_allowed("DeleteRecordsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteRecordsTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteRecordsTopicResult_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteRecordsTopicResult, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteRecordsResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsResponse v2", pos) from None


def _w_DeleteRecordsResponse_1(o: DeleteRecordsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DeleteRecordsTopicResult_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsResponse_1(o: DeleteRecordsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DeleteRecordsTopicResult_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteRecordsTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[DeleteRecordsTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeleteRecordsTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteRecordsTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DeleteRecordsPartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DeleteRecordsPartitionResult_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DeleteRecordsPartitionResult, ...] = tuple(items_partitions)
        return DeleteRecordsTopicResult(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsTopicResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsTopicResult v0-1", pos) from None


def _w_DeleteRecordsTopicResult_0(o: DeleteRecordsTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_DeleteRecordsPartitionResult_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_DeleteRecordsTopicResult_0(o: DeleteRecordsTopicResult) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_DeleteRecordsPartitionResult_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_DeleteRecordsTopicResult_1(
    buf: memoryview, pos: int
) -> tuple[DeleteRecordsTopicResult, int]:
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
            raise null_not_allowed("DeleteRecordsTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopicResult.Name", n, pos, end - pos)
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
            raise null_not_allowed("DeleteRecordsTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DeleteRecordsPartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DeleteRecordsPartitionResult_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DeleteRecordsPartitionResult, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteRecordsTopicResult(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsTopicResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsTopicResult v2", pos) from None


def _w_DeleteRecordsTopicResult_1(o: DeleteRecordsTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DeleteRecordsPartitionResult_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsTopicResult_1(o: DeleteRecordsTopicResult) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DeleteRecordsPartitionResult_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteRecordsPartitionResult_0(
    buf: memoryview, pos: int
) -> tuple[DeleteRecordsPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_low_watermark,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 14
        return (
            DeleteRecordsPartitionResult(f_partition_index, f_low_watermark, f_error_code, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteRecordsPartitionResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsPartitionResult v0-1", pos) from None


def _w_DeleteRecordsPartitionResult_0(o: DeleteRecordsPartitionResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.low_watermark, o.error_code))


def _s_DeleteRecordsPartitionResult_0(o: DeleteRecordsPartitionResult) -> int:
    n = 14
    return n


def _r_DeleteRecordsPartitionResult_1(
    buf: memoryview, pos: int
) -> tuple[DeleteRecordsPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_low_watermark,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 14
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DeleteRecordsPartitionResult(f_partition_index, f_low_watermark, f_error_code, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteRecordsPartitionResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsPartitionResult v2", pos) from None


def _w_DeleteRecordsPartitionResult_1(o: DeleteRecordsPartitionResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.low_watermark, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsPartitionResult_1(o: DeleteRecordsPartitionResult) -> int:
    n = 14
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteRecordsResponse._READERS = (
    _r_DeleteRecordsResponse_0,
    _r_DeleteRecordsResponse_0,
    _r_DeleteRecordsResponse_1,
)
DeleteRecordsResponse._WRITERS = (
    _w_DeleteRecordsResponse_0,
    _w_DeleteRecordsResponse_0,
    _w_DeleteRecordsResponse_1,
)
DeleteRecordsResponse._SIZERS = (
    _s_DeleteRecordsResponse_0,
    _s_DeleteRecordsResponse_0,
    _s_DeleteRecordsResponse_1,
)
bind_readers(
    DeleteRecordsResponse,
    "delete_records_response",
    "4afda06e73e0839e",
    (
        DeleteRecordsPartitionResult,
        DeleteRecordsTopicResult,
        DeleteRecordsResponse,
    ),
)
