# generated from Kafka 4.4.0 by codegen — do not edit
"""ListOffsetsRequest: Kafka request (key 2), versions 1-11."""

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
    "ListOffsetsPartition",
    "ListOffsetsTopic",
    "ListOffsetsRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ib")
_F2 = PackStruct(">iq")
_F3 = PackStruct(">iiq")


class ListOffsetsPartition(_StructBase):
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
            "current_leader_epoch",
            "CurrentLeaderEpoch",
            "int32",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "timestamp",
            "Timestamp",
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
    partition_index: int = 0
    current_leader_epoch: int = -1
    timestamp: int = 0
    unknown_tags: dict[int, bytes] | None = None


class ListOffsetsTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "ListOffsetsPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ListOffsetsPartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[ListOffsetsPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class ListOffsetsRequest(_Message):
    NAME: ClassVar[str] = "ListOffsetsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 2
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 11
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "replica_id",
            "ReplicaId",
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
            "isolation_level",
            "IsolationLevel",
            "int8",
            False,
            (2, 32767),
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
            "ListOffsetsTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ListOffsetsTopic,
            False,
        ),
        FieldInfo(
            "timeout_ms",
            "TimeoutMs",
            "int32",
            False,
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    replica_id: int = 0
    isolation_level: int = 0
    topics: Sequence[ListOffsetsTopic] = ()
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ListOffsetsRequest_0(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    end = len(buf)
    try:
        (f_replica_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopic, ...] = tuple(items_topics)
        return ListOffsetsRequest(f_replica_id, 0, f_topics, 0, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsRequest v1", pos) from None


def _w_ListOffsetsRequest_0(o: ListOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.isolation_level != 0:
        raise not_in_version("ListOffsetsRequest.IsolationLevel", "1")
    a(_F0.pack(o.replica_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsRequest_0(o: ListOffsetsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsRequest_1(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_isolation_level,
        ) = _F1.unpack_from(buf, pos)
        pos += 5
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopic, ...] = tuple(items_topics)
        return ListOffsetsRequest(f_replica_id, f_isolation_level, f_topics, 0, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsRequest v2-3", pos) from None


def _w_ListOffsetsRequest_1(o: ListOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.replica_id, o.isolation_level))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsRequest_1(o: ListOffsetsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsRequest_2(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_isolation_level,
        ) = _F1.unpack_from(buf, pos)
        pos += 5
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopic, ...] = tuple(items_topics)
        return ListOffsetsRequest(f_replica_id, f_isolation_level, f_topics, 0, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsRequest v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsRequest v4-5", pos) from None


def _w_ListOffsetsRequest_2(o: ListOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.replica_id, o.isolation_level))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_ListOffsetsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_ListOffsetsRequest_2(o: ListOffsetsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += 4
    sz_topics = _s_ListOffsetsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_ListOffsetsRequest_3(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_isolation_level,
        ) = _F1.unpack_from(buf, pos)
        pos += 5
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
            raise null_not_allowed("ListOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListOffsetsRequest(f_replica_id, f_isolation_level, f_topics, 0, tags), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsRequest v6-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsRequest v6-9", pos) from None


def _w_ListOffsetsRequest_3(o: ListOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.replica_id, o.isolation_level))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_ListOffsetsTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsRequest_3(o: ListOffsetsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_ListOffsetsTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListOffsetsRequest_4(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_isolation_level,
        ) = _F1.unpack_from(buf, pos)
        pos += 5
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
            raise null_not_allowed("ListOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListOffsetsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListOffsetsTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ListOffsetsTopic, ...] = tuple(items_topics)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListOffsetsRequest(f_replica_id, f_isolation_level, f_topics, f_timeout_ms, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsRequest v10-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsRequest v10-11", pos) from None


def _w_ListOffsetsRequest_4(o: ListOffsetsRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.replica_id, o.isolation_level))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_ListOffsetsTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsRequest_4(o: ListOffsetsRequest) -> int:
    n = 9
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_ListOffsetsTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListOffsetsTopic_0(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListOffsetsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartition, ...] = tuple(items_partitions)
        return ListOffsetsTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopic v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopic v1-3", pos) from None


def _w_ListOffsetsTopic_0(o: ListOffsetsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_ListOffsetsPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_ListOffsetsTopic_0(o: ListOffsetsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_ListOffsetsPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_ListOffsetsTopic_1(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListOffsetsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListOffsetsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartition, ...] = tuple(items_partitions)
        return ListOffsetsTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopic v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopic v4-5", pos) from None


def _w_ListOffsetsTopic_1(o: ListOffsetsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_ListOffsetsPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_ListOffsetsTopic_1(o: ListOffsetsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_ListOffsetsPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_ListOffsetsTopic_2(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            raise null_not_allowed("ListOffsetsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("ListOffsetsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ListOffsetsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ListOffsetsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ListOffsetsPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ListOffsetsPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListOffsetsTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsTopic v6-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsTopic v6-11", pos) from None


def _w_ListOffsetsTopic_2(o: ListOffsetsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_ListOffsetsPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsTopic_2(o: ListOffsetsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_ListOffsetsPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListOffsetsPartition_0(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_timestamp,
        ) = _F2.unpack_from(buf, pos)
        pos += 12
        return ListOffsetsPartition(f_partition_index, -1, f_timestamp, None), pos
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartition v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartition v1-3", pos) from None


def _w_ListOffsetsPartition_0(o: ListOffsetsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index, o.timestamp))


def _s_ListOffsetsPartition_0(o: ListOffsetsPartition) -> int:
    n = 12
    return n


def _r_ListOffsetsPartition_1(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_current_leader_epoch,
            f_timestamp,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
        return (
            ListOffsetsPartition(f_partition_index, f_current_leader_epoch, f_timestamp, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartition v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartition v4-5", pos) from None


def _w_ListOffsetsPartition_1(o: ListOffsetsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.current_leader_epoch, o.timestamp))


def _s_ListOffsetsPartition_1(o: ListOffsetsPartition) -> int:
    n = 16
    return n


def _r_ListOffsetsPartition_2(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_current_leader_epoch,
            f_timestamp,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListOffsetsPartition(f_partition_index, f_current_leader_epoch, f_timestamp, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListOffsetsPartition v6-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListOffsetsPartition v6-11", pos) from None


def _w_ListOffsetsPartition_2(o: ListOffsetsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.current_leader_epoch, o.timestamp))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListOffsetsPartition_2(o: ListOffsetsPartition) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListOffsetsRequest._READERS = (
    None,
    _r_ListOffsetsRequest_0,
    _r_ListOffsetsRequest_1,
    _r_ListOffsetsRequest_1,
    _r_ListOffsetsRequest_2,
    _r_ListOffsetsRequest_2,
    _r_ListOffsetsRequest_3,
    _r_ListOffsetsRequest_3,
    _r_ListOffsetsRequest_3,
    _r_ListOffsetsRequest_3,
    _r_ListOffsetsRequest_4,
    _r_ListOffsetsRequest_4,
)
ListOffsetsRequest._WRITERS = (
    None,
    _w_ListOffsetsRequest_0,
    _w_ListOffsetsRequest_1,
    _w_ListOffsetsRequest_1,
    _w_ListOffsetsRequest_2,
    _w_ListOffsetsRequest_2,
    _w_ListOffsetsRequest_3,
    _w_ListOffsetsRequest_3,
    _w_ListOffsetsRequest_3,
    _w_ListOffsetsRequest_3,
    _w_ListOffsetsRequest_4,
    _w_ListOffsetsRequest_4,
)
ListOffsetsRequest._SIZERS = (
    None,
    _s_ListOffsetsRequest_0,
    _s_ListOffsetsRequest_1,
    _s_ListOffsetsRequest_1,
    _s_ListOffsetsRequest_2,
    _s_ListOffsetsRequest_2,
    _s_ListOffsetsRequest_3,
    _s_ListOffsetsRequest_3,
    _s_ListOffsetsRequest_3,
    _s_ListOffsetsRequest_3,
    _s_ListOffsetsRequest_4,
    _s_ListOffsetsRequest_4,
)
bind_readers(
    ListOffsetsRequest,
    "list_offsets_request",
    "e851269e4fe4bc4e",
    (
        ListOffsetsPartition,
        ListOffsetsTopic,
        ListOffsetsRequest,
    ),
)
