# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetDeleteRequest: Kafka request (key 47), versions 0."""

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
    "OffsetDeleteRequestPartition",
    "OffsetDeleteRequestTopic",
    "OffsetDeleteRequest",
]

_F0 = PackStruct(">i")


class OffsetDeleteRequestPartition(_StructBase):
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
    )
    partition_index: int = 0


class OffsetDeleteRequestTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetDeleteRequestPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetDeleteRequestPartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[OffsetDeleteRequestPartition] = ()


class OffsetDeleteRequest(_Message):
    NAME: ClassVar[str] = "OffsetDeleteRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
            "string",
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
            "OffsetDeleteRequestTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetDeleteRequestTopic,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[OffsetDeleteRequestTopic] = ()


def _r_OffsetDeleteRequest_0(buf: memoryview, pos: int) -> tuple[OffsetDeleteRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetDeleteRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetDeleteRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetDeleteRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetDeleteRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetDeleteRequestTopic, ...] = tuple(items_topics)
        return OffsetDeleteRequest(f_group_id, f_topics), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteRequest v0", pos) from None


def _w_OffsetDeleteRequest_0(o: OffsetDeleteRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetDeleteRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetDeleteRequest_0(o: OffsetDeleteRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetDeleteRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetDeleteRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[OffsetDeleteRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetDeleteRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetDeleteRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetDeleteRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetDeleteRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetDeleteRequestPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetDeleteRequestPartition, ...] = tuple(items_partitions)
        return OffsetDeleteRequestTopic(f_name, f_partitions), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteRequestTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteRequestTopic v0", pos) from None


def _w_OffsetDeleteRequestTopic_0(o: OffsetDeleteRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetDeleteRequestPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetDeleteRequestTopic_0(o: OffsetDeleteRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetDeleteRequestPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetDeleteRequestPartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetDeleteRequestPartition, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F0.unpack_from(buf, pos)
        pos += 4
        return OffsetDeleteRequestPartition(f_partition_index), pos
    except (StructError, IndexError):
        raise truncated("OffsetDeleteRequestPartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetDeleteRequestPartition v0", pos) from None


def _w_OffsetDeleteRequestPartition_0(o: OffsetDeleteRequestPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.partition_index))


def _s_OffsetDeleteRequestPartition_0(o: OffsetDeleteRequestPartition) -> int:
    n = 4
    return n


OffsetDeleteRequest._READERS = (_r_OffsetDeleteRequest_0,)
OffsetDeleteRequest._WRITERS = (_w_OffsetDeleteRequest_0,)
OffsetDeleteRequest._SIZERS = (_s_OffsetDeleteRequest_0,)
bind_readers(
    OffsetDeleteRequest,
    "offset_delete_request",
    "acf661dcba328270",
    (
        OffsetDeleteRequestPartition,
        OffsetDeleteRequestTopic,
        OffsetDeleteRequest,
    ),
)
