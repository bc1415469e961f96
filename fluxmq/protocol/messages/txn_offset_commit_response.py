# generated from Kafka 4.4.0 by codegen — do not edit
"""TxnOffsetCommitResponse: Kafka response (key 28), versions 0-6."""

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
    "TxnOffsetCommitResponsePartition",
    "TxnOffsetCommitResponseTopic",
    "TxnOffsetCommitResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">16s")
_F2 = PackStruct(">ih")


class TxnOffsetCommitResponsePartition(_StructBase):
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


class TxnOffsetCommitResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 5), (1, 0), None, (1, 0), True, None, False),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (6, 32767),
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
            "TxnOffsetCommitResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TxnOffsetCommitResponsePartition,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[TxnOffsetCommitResponsePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class TxnOffsetCommitResponse(_Message):
    NAME: ClassVar[str] = "TxnOffsetCommitResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 3
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
            "TxnOffsetCommitResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TxnOffsetCommitResponseTopic,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[TxnOffsetCommitResponseTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_TxnOffsetCommitResponse_0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitResponseTopic, ...] = tuple(items_topics)
        return TxnOffsetCommitResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponse v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponse v0-2", pos) from None


def _w_TxnOffsetCommitResponse_0(o: TxnOffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_TxnOffsetCommitResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_TxnOffsetCommitResponse_0(o: TxnOffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_TxnOffsetCommitResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_TxnOffsetCommitResponse_1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
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
            raise null_not_allowed("TxnOffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponse v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponse v3-5", pos) from None


def _w_TxnOffsetCommitResponse_1(o: TxnOffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TxnOffsetCommitResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitResponse_1(o: TxnOffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TxnOffsetCommitResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitResponse_2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
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
            raise null_not_allowed("TxnOffsetCommitResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitResponseTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponse v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponse v6", pos) from None


def _w_TxnOffsetCommitResponse_2(o: TxnOffsetCommitResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TxnOffsetCommitResponseTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitResponse_2(o: TxnOffsetCommitResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TxnOffsetCommitResponseTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitResponseTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitResponsePartition, ...] = tuple(items_partitions)
        return TxnOffsetCommitResponseTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponseTopic v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponseTopic v0-2", pos) from None


def _w_TxnOffsetCommitResponseTopic_0(o: TxnOffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_TxnOffsetCommitResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_TxnOffsetCommitResponseTopic_0(o: TxnOffsetCommitResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_TxnOffsetCommitResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_TxnOffsetCommitResponseTopic_1(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            raise null_not_allowed("TxnOffsetCommitResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponseTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("TxnOffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitResponsePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitResponseTopic(f_name, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponseTopic v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponseTopic v3-5", pos) from None


def _w_TxnOffsetCommitResponseTopic_1(o: TxnOffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_TxnOffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitResponseTopic_1(o: TxnOffsetCommitResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_TxnOffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitResponseTopic_2(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            raise null_not_allowed("TxnOffsetCommitResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitResponsePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitResponseTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponseTopic v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponseTopic v6", pos) from None


def _w_TxnOffsetCommitResponseTopic_2(o: TxnOffsetCommitResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_TxnOffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitResponseTopic_2(o: TxnOffsetCommitResponseTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_TxnOffsetCommitResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
        pos += 6
        return TxnOffsetCommitResponsePartition(f_partition_index, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponsePartition v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponsePartition v0-2", pos) from None


def _w_TxnOffsetCommitResponsePartition_0(
    o: TxnOffsetCommitResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code))


def _s_TxnOffsetCommitResponsePartition_0(o: TxnOffsetCommitResponsePartition) -> int:
    n = 6
    return n


def _r_TxnOffsetCommitResponsePartition_1(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitResponsePartition, int]:
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
        return TxnOffsetCommitResponsePartition(f_partition_index, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitResponsePartition v3-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitResponsePartition v3-6", pos) from None


def _w_TxnOffsetCommitResponsePartition_1(
    o: TxnOffsetCommitResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitResponsePartition_1(o: TxnOffsetCommitResponsePartition) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


TxnOffsetCommitResponse._READERS = (
    _r_TxnOffsetCommitResponse_0,
    _r_TxnOffsetCommitResponse_0,
    _r_TxnOffsetCommitResponse_0,
    _r_TxnOffsetCommitResponse_1,
    _r_TxnOffsetCommitResponse_1,
    _r_TxnOffsetCommitResponse_1,
    _r_TxnOffsetCommitResponse_2,
)
TxnOffsetCommitResponse._WRITERS = (
    _w_TxnOffsetCommitResponse_0,
    _w_TxnOffsetCommitResponse_0,
    _w_TxnOffsetCommitResponse_0,
    _w_TxnOffsetCommitResponse_1,
    _w_TxnOffsetCommitResponse_1,
    _w_TxnOffsetCommitResponse_1,
    _w_TxnOffsetCommitResponse_2,
)
TxnOffsetCommitResponse._SIZERS = (
    _s_TxnOffsetCommitResponse_0,
    _s_TxnOffsetCommitResponse_0,
    _s_TxnOffsetCommitResponse_0,
    _s_TxnOffsetCommitResponse_1,
    _s_TxnOffsetCommitResponse_1,
    _s_TxnOffsetCommitResponse_1,
    _s_TxnOffsetCommitResponse_2,
)
bind_readers(
    TxnOffsetCommitResponse,
    "txn_offset_commit_response",
    "44754f8a1a0b66d1",
    (
        TxnOffsetCommitResponsePartition,
        TxnOffsetCommitResponseTopic,
        TxnOffsetCommitResponse,
    ),
)
