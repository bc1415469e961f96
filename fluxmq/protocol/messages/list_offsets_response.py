# generated from Kafka 4.4.0 by codegen — do not edit
"""ListOffsetsResponse: Kafka response (key 2), versions 1-11."""

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
    not_in_version,
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
    "ListOffsetsPartitionResponse",
    "ListOffsetsTopicResponse",
    "ListOffsetsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ihqq")
_F2 = PackStruct(">ihqqi")


class ListOffsetsPartitionResponse(_StructBase):
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
            "timestamp",
            "Timestamp",
            "int64",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "offset", "Offset", "int64", False, (1, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "leader_epoch",
            "LeaderEpoch",
            "int32",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    partition_index: int = 0
    error_code: int = 0
    timestamp: int = -1
    offset: int = -1
    leader_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


class ListOffsetsTopicResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "ListOffsetsPartitionResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ListOffsetsPartitionResponse,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[ListOffsetsPartitionResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


class ListOffsetsResponse(_Message):
    NAME: ClassVar[str] = "ListOffsetsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 2
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 11
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "ListOffsetsTopicResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ListOffsetsTopicResponse,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[ListOffsetsTopicResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListOffsetsResponse_0(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopicResponse] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopicResponse_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopicResponse, ...] = tuple(items_topics)
        return ListOffsetsResponse(0, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsResponse v1", pos) from None


def _w_ListOffsetsResponse_0(o: ListOffsetsResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopicResponse_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsResponse_0(o: ListOffsetsResponse) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopicResponse_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsResponse_1(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopicResponse] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopicResponse_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopicResponse, ...] = tuple(items_topics)
        return ListOffsetsResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsResponse v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsResponse v2-3", pos) from None


def _w_ListOffsetsResponse_1(o: ListOffsetsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopicResponse_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsResponse_1(o: ListOffsetsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopicResponse_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsResponse_2(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopicResponse] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopicResponse_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopicResponse, ...] = tuple(items_topics)
        return ListOffsetsResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsResponse v4-5", pos) from None


def _w_ListOffsetsResponse_2(o: ListOffsetsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopicResponse_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsResponse_2(o: ListOffsetsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopicResponse_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsResponse_3(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            raise null_not_allowed("ListOffsetsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopicResponse] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopicResponse_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopicResponse, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListOffsetsResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsResponse v6-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsResponse v6-11", pos) from None


def _w_ListOffsetsResponse_3(o: ListOffsetsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_ListOffsetsTopicResponse_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsResponse_3(o: ListOffsetsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_ListOffsetsTopicResponse_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListOffsetsTopicResponse_0(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsTopicResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListOffsetsTopicResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartitionResponse] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartitionResponse_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartitionResponse, ...] = tuple(items_partitions)
        return ListOffsetsTopicResponse(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopicResponse v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopicResponse v1-3", pos) from None


def _w_ListOffsetsTopicResponse_0(o: ListOffsetsTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_ListOffsetsPartitionResponse_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_ListOffsetsTopicResponse_0(o: ListOffsetsTopicResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_ListOffsetsPartitionResponse_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_ListOffsetsTopicResponse_1(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsTopicResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListOffsetsTopicResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartitionResponse] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartitionResponse_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartitionResponse, ...] = tuple(items_partitions)
        return ListOffsetsTopicResponse(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopicResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopicResponse v4-5", pos) from None


def _w_ListOffsetsTopicResponse_1(o: ListOffsetsTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_ListOffsetsPartitionResponse_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_ListOffsetsTopicResponse_1(o: ListOffsetsTopicResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_ListOffsetsPartitionResponse_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_ListOffsetsTopicResponse_2(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsTopicResponse, int]:
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
            raise null_not_allowed("ListOffsetsTopicResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Name", n, pos, end - pos)
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
            raise null_not_allowed("ListOffsetsTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartitionResponse] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartitionResponse_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartitionResponse, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListOffsetsTopicResponse(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopicResponse v6-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopicResponse v6-11", pos) from None


def _w_ListOffsetsTopicResponse_2(o: ListOffsetsTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_ListOffsetsPartitionResponse_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsTopicResponse_2(o: ListOffsetsTopicResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_ListOffsetsPartitionResponse_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListOffsetsPartitionResponse_0(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsPartitionResponse, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_timestamp,
            f_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 22
        return (
            ListOffsetsPartitionResponse(
                f_partition_index, f_error_code, f_timestamp, f_offset, -1, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartitionResponse v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartitionResponse v1-3", pos) from None


def _w_ListOffsetsPartitionResponse_0(o: ListOffsetsPartitionResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.leader_epoch != -1:
        raise not_in_version("ListOffsetsPartitionResponse.LeaderEpoch", "1-3")
    a(_F1.pack(o.partition_index, o.error_code, o.timestamp, o.offset))


def _s_ListOffsetsPartitionResponse_0(o: ListOffsetsPartitionResponse) -> int:
    n = 22
    return n


def _r_ListOffsetsPartitionResponse_1(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsPartitionResponse, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_timestamp,
            f_offset,
            f_leader_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 26
        return (
            ListOffsetsPartitionResponse(
                f_partition_index, f_error_code, f_timestamp, f_offset, f_leader_epoch, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartitionResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartitionResponse v4-5", pos) from None


def _w_ListOffsetsPartitionResponse_1(o: ListOffsetsPartitionResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch))


def _s_ListOffsetsPartitionResponse_1(o: ListOffsetsPartitionResponse) -> int:
    n = 26
    return n


def _r_ListOffsetsPartitionResponse_2(
    buf: memoryview, pos: int
) -> tuple[ListOffsetsPartitionResponse, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_timestamp,
            f_offset,
            f_leader_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 26
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListOffsetsPartitionResponse(
                f_partition_index, f_error_code, f_timestamp, f_offset, f_leader_epoch, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartitionResponse v6-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartitionResponse v6-11", pos) from None


def _w_ListOffsetsPartitionResponse_2(o: ListOffsetsPartitionResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsPartitionResponse_2(o: ListOffsetsPartitionResponse) -> int:
    n = 26
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListOffsetsResponse._READERS = (
    None,
    _r_ListOffsetsResponse_0,
    _r_ListOffsetsResponse_1,
    _r_ListOffsetsResponse_1,
    _r_ListOffsetsResponse_2,
    _r_ListOffsetsResponse_2,
    _r_ListOffsetsResponse_3,
    _r_ListOffsetsResponse_3,
    _r_ListOffsetsResponse_3,
    _r_ListOffsetsResponse_3,
    _r_ListOffsetsResponse_3,
    _r_ListOffsetsResponse_3,
)
ListOffsetsResponse._WRITERS = (
    None,
    _w_ListOffsetsResponse_0,
    _w_ListOffsetsResponse_1,
    _w_ListOffsetsResponse_1,
    _w_ListOffsetsResponse_2,
    _w_ListOffsetsResponse_2,
    _w_ListOffsetsResponse_3,
    _w_ListOffsetsResponse_3,
    _w_ListOffsetsResponse_3,
    _w_ListOffsetsResponse_3,
    _w_ListOffsetsResponse_3,
    _w_ListOffsetsResponse_3,
)
ListOffsetsResponse._SIZERS = (
    None,
    _s_ListOffsetsResponse_0,
    _s_ListOffsetsResponse_1,
    _s_ListOffsetsResponse_1,
    _s_ListOffsetsResponse_2,
    _s_ListOffsetsResponse_2,
    _s_ListOffsetsResponse_3,
    _s_ListOffsetsResponse_3,
    _s_ListOffsetsResponse_3,
    _s_ListOffsetsResponse_3,
    _s_ListOffsetsResponse_3,
    _s_ListOffsetsResponse_3,
)
bind_readers(
    ListOffsetsResponse,
    "list_offsets_response",
    "cea3eba0379c2b33",
    (
        ListOffsetsPartitionResponse,
        ListOffsetsTopicResponse,
        ListOffsetsResponse,
    ),
)
