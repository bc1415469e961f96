# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetDeleteResponse: Kafka response (key 47), versions 0."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, INT32, Buffer

__all__ = [
    "OffsetDeleteResponsePartition",
    "OffsetDeleteResponseTopic",
    "OffsetDeleteResponse",
]

_F0 = PackStruct(">hi")
_F1 = PackStruct(">ih")


class OffsetDeleteResponsePartition(_StructBase):
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


class OffsetDeleteResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetDeleteResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetDeleteResponsePartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[OffsetDeleteResponsePartition] = ()


class OffsetDeleteResponse(_Message):
    NAME: ClassVar[str] = "OffsetDeleteResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
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
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (0, 32767),
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
            "OffsetDeleteResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetDeleteResponseTopic,
            False,
        ),
    )
    error_code: int = 0
    throttle_time_ms: int = 0
    topics: Sequence[OffsetDeleteResponseTopic] = ()


def _r_OffsetDeleteResponse_0(buf: memoryview, pos: int) -> tuple[OffsetDeleteResponse, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_throttle_time_ms,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetDeleteResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetDeleteResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetDeleteResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetDeleteResponseTopic, ...] = tuple(items_topics)
        return OffsetDeleteResponse(f_error_code, f_throttle_time_ms, f_topics), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteResponse v0", pos) from None


def _w_OffsetDeleteResponse_0(o: OffsetDeleteResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code, o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetDeleteResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetDeleteResponse_0(o: OffsetDeleteResponse) -> int:
    n = 6
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetDeleteResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetDeleteResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[OffsetDeleteResponseTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetDeleteResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetDeleteResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetDeleteResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetDeleteResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetDeleteResponsePartition, ...] = tuple(items_partitions)
        return OffsetDeleteResponseTopic(f_name, f_partitions), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteResponseTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteResponseTopic v0", pos) from None


def _w_OffsetDeleteResponseTopic_0(o: OffsetDeleteResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetDeleteResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetDeleteResponseTopic_0(o: OffsetDeleteResponseTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetDeleteResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetDeleteResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetDeleteResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        return OffsetDeleteResponsePartition(f_partition_index, f_error_code), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteResponsePartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteResponsePartition v0", pos) from None


def _w_OffsetDeleteResponsePartition_0(o: OffsetDeleteResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.error_code))


def _s_OffsetDeleteResponsePartition_0(o: OffsetDeleteResponsePartition) -> int:
    n = 6
    return n


OffsetDeleteResponse._READERS = (_r_OffsetDeleteResponse_0,)
OffsetDeleteResponse._WRITERS = (_w_OffsetDeleteResponse_0,)
OffsetDeleteResponse._SIZERS = (_s_OffsetDeleteResponse_0,)
bind_readers(
    OffsetDeleteResponse,
    "offset_delete_response",
    "abca56991df2c0f8",
    (
        OffsetDeleteResponsePartition,
        OffsetDeleteResponseTopic,
        OffsetDeleteResponse,
    ),
)
