# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetCommitResponse: Kafka response (key 8), versions 2-10."""

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
    INT16,
    INT32,
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetCommitResponsePartition",
    "OffsetCommitResponseTopic",
    "OffsetCommitResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">16s")
_F2 = PackStruct(">ih")


class OffsetCommitResponsePartition(_StructBase):
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
    )
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class OffsetCommitResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 9), (1, 0), None, (1, 0), True, None, False),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetCommitResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetCommitResponsePartition,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[OffsetCommitResponsePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetCommitResponse(_Message):
    NAME: ClassVar[str] = "OffsetCommitResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 8
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN: ClassVar[int | None] = 8
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (3, 32767),
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
            "OffsetCommitResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetCommitResponseTopic,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[OffsetCommitResponseTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetCommitResponse_0(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitResponseTopic, ...] = tuple(items_topics)
        return OffsetCommitResponse(0, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponse v2", pos) from None


def _w_OffsetCommitResponse_0(o: OffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitResponse_0(o: OffsetCommitResponse) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitResponse_1(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitResponseTopic, ...] = tuple(items_topics)
        return OffsetCommitResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponse v3-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponse v3-7", pos) from None


def _w_OffsetCommitResponse_1(o: OffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitResponse_1(o: OffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitResponse_2(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
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
            raise null_not_allowed("OffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponse v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponse v8-9", pos) from None


def _w_OffsetCommitResponse_2(o: OffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetCommitResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitResponse_2(o: OffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetCommitResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitResponse_3(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
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
            raise null_not_allowed("OffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitResponseTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponse v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponse v10", pos) from None


def _w_OffsetCommitResponse_3(o: OffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetCommitResponseTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitResponse_3(o: OffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetCommitResponseTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitResponseTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitResponsePartition, ...] = tuple(items_partitions)
        return OffsetCommitResponseTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponseTopic v2-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponseTopic v2-7", pos) from None


def _w_OffsetCommitResponseTopic_0(o: OffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetCommitResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetCommitResponseTopic_0(o: OffsetCommitResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetCommitResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetCommitResponseTopic_1(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitResponseTopic, int]:
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
            raise null_not_allowed("OffsetCommitResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponseTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("OffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitResponsePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitResponseTopic(f_name, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponseTopic v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponseTopic v8-9", pos) from None


def _w_OffsetCommitResponseTopic_1(o: OffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitResponseTopic_1(o: OffsetCommitResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitResponseTopic_2(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitResponseTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitResponsePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitResponseTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponseTopic v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponseTopic v10", pos) from None


def _w_OffsetCommitResponseTopic_2(o: OffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitResponseTopic_2(o: OffsetCommitResponseTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
        pos += 6
        return OffsetCommitResponsePartition(f_partition_index, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponsePartition v2-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponsePartition v2-7", pos) from None


def _w_OffsetCommitResponsePartition_0(o: OffsetCommitResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code))


def _s_OffsetCommitResponsePartition_0(o: OffsetCommitResponsePartition) -> int:
    n = 6
    return n


def _r_OffsetCommitResponsePartition_1(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitResponsePartition(f_partition_index, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitResponsePartition v8-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitResponsePartition v8-10", pos) from None


def _w_OffsetCommitResponsePartition_1(o: OffsetCommitResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitResponsePartition_1(o: OffsetCommitResponsePartition) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


OffsetCommitResponse._READERS = (
    None,
    None,
    _r_OffsetCommitResponse_0,
    _r_OffsetCommitResponse_1,
    _r_OffsetCommitResponse_1,
    _r_OffsetCommitResponse_1,
    _r_OffsetCommitResponse_1,
    _r_OffsetCommitResponse_1,
    _r_OffsetCommitResponse_2,
    _r_OffsetCommitResponse_2,
    _r_OffsetCommitResponse_3,
)
OffsetCommitResponse._WRITERS = (
    None,
    None,
    _w_OffsetCommitResponse_0,
    _w_OffsetCommitResponse_1,
    _w_OffsetCommitResponse_1,
    _w_OffsetCommitResponse_1,
    _w_OffsetCommitResponse_1,
    _w_OffsetCommitResponse_1,
    _w_OffsetCommitResponse_2,
    _w_OffsetCommitResponse_2,
    _w_OffsetCommitResponse_3,
)
OffsetCommitResponse._SIZERS = (
    None,
    None,
    _s_OffsetCommitResponse_0,
    _s_OffsetCommitResponse_1,
    _s_OffsetCommitResponse_1,
    _s_OffsetCommitResponse_1,
    _s_OffsetCommitResponse_1,
    _s_OffsetCommitResponse_1,
    _s_OffsetCommitResponse_2,
    _s_OffsetCommitResponse_2,
    _s_OffsetCommitResponse_3,
)
bind_readers(
    OffsetCommitResponse,
    "offset_commit_response",
    "664692bb3284ba4b",
    (
        OffsetCommitResponsePartition,
        OffsetCommitResponseTopic,
        OffsetCommitResponse,
    ),
)
