# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetForLeaderEpochResponse: Kafka response (key 23), versions 2-4."""

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
    "EpochEndOffset",
    "OffsetForLeaderTopicResult",
    "OffsetForLeaderEpochResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">hiiq")


class EpochEndOffset(_StructBase):
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
            "leader_epoch",
            "LeaderEpoch",
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
        FieldInfo(
            "end_offset",
            "EndOffset",
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
    error_code: int = 0
    partition: int = 0
    leader_epoch: int = -1
    end_offset: int = -1
    unknown_tags: dict[int, bytes] | None = None


class OffsetForLeaderTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "EpochEndOffset",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            EpochEndOffset,
            False,
        ),
    )
    topic: str = ""
    partitions: Sequence[EpochEndOffset] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetForLeaderEpochResponse(_Message):
    NAME: ClassVar[str] = "OffsetForLeaderEpochResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 23
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
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
            "OffsetForLeaderTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetForLeaderTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[OffsetForLeaderTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetForLeaderEpochResponse_0(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderEpochResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetForLeaderEpochResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderEpochResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetForLeaderTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetForLeaderTopicResult_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetForLeaderTopicResult, ...] = tuple(items_topics)
        return OffsetForLeaderEpochResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderEpochResponse v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderEpochResponse v2-3", pos) from None


def _w_OffsetForLeaderEpochResponse_0(o: OffsetForLeaderEpochResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetForLeaderTopicResult_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetForLeaderEpochResponse_0(o: OffsetForLeaderEpochResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetForLeaderTopicResult_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetForLeaderEpochResponse_1(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderEpochResponse, int]:
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
            raise null_not_allowed("OffsetForLeaderEpochResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderEpochResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetForLeaderTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetForLeaderTopicResult_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetForLeaderTopicResult, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetForLeaderEpochResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderEpochResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderEpochResponse v4", pos) from None


def _w_OffsetForLeaderEpochResponse_1(o: OffsetForLeaderEpochResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetForLeaderTopicResult_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetForLeaderEpochResponse_1(o: OffsetForLeaderEpochResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetForLeaderTopicResult_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetForLeaderTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetForLeaderTopicResult.Topic", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopicResult.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetForLeaderTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[EpochEndOffset] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_EpochEndOffset_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[EpochEndOffset, ...] = tuple(items_partitions)
        return OffsetForLeaderTopicResult(f_topic, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderTopicResult v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderTopicResult v2-3", pos) from None


def _w_OffsetForLeaderTopicResult_0(o: OffsetForLeaderTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_EpochEndOffset_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetForLeaderTopicResult_0(o: OffsetForLeaderTopicResult) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_EpochEndOffset_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetForLeaderTopicResult_1(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderTopicResult, int]:
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
            raise null_not_allowed("OffsetForLeaderTopicResult.Topic", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopicResult.Topic", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("OffsetForLeaderTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[EpochEndOffset] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_EpochEndOffset_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[EpochEndOffset, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetForLeaderTopicResult(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderTopicResult v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderTopicResult v4", pos) from None


def _w_OffsetForLeaderTopicResult_1(o: OffsetForLeaderTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_EpochEndOffset_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetForLeaderTopicResult_1(o: OffsetForLeaderTopicResult) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_EpochEndOffset_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_EpochEndOffset_0(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition,
            f_leader_epoch,
            f_end_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 18
        return EpochEndOffset(f_error_code, f_partition, f_leader_epoch, f_end_offset, None), pos
    except (StructError, IndexError):
        raise truncated("EpochEndOffset v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EpochEndOffset v2-3", pos) from None


def _w_EpochEndOffset_0(o: EpochEndOffset, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset))


def _s_EpochEndOffset_0(o: EpochEndOffset) -> int:
    n = 18
    return n


def _r_EpochEndOffset_1(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition,
            f_leader_epoch,
            f_end_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 18
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EpochEndOffset(f_error_code, f_partition, f_leader_epoch, f_end_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("EpochEndOffset v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EpochEndOffset v4", pos) from None


def _w_EpochEndOffset_1(o: EpochEndOffset, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EpochEndOffset_1(o: EpochEndOffset) -> int:
    n = 18
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


OffsetForLeaderEpochResponse._READERS = (
    None,
    None,
    _r_OffsetForLeaderEpochResponse_0,
    _r_OffsetForLeaderEpochResponse_0,
    _r_OffsetForLeaderEpochResponse_1,
)
OffsetForLeaderEpochResponse._WRITERS = (
    None,
    None,
    _w_OffsetForLeaderEpochResponse_0,
    _w_OffsetForLeaderEpochResponse_0,
    _w_OffsetForLeaderEpochResponse_1,
)
OffsetForLeaderEpochResponse._SIZERS = (
    None,
    None,
    _s_OffsetForLeaderEpochResponse_0,
    _s_OffsetForLeaderEpochResponse_0,
    _s_OffsetForLeaderEpochResponse_1,
)
bind_readers(
    OffsetForLeaderEpochResponse,
    "offset_for_leader_epoch_response",
    "c6fd1db1266eab25",
    (
        EpochEndOffset,
        OffsetForLeaderTopicResult,
        OffsetForLeaderEpochResponse,
    ),
)
