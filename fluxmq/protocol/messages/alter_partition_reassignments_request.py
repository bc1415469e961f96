# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterPartitionReassignmentsRequest: Kafka request (key 45), versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "ReassignablePartition",
    "ReassignableTopic",
    "AlterPartitionReassignmentsRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">i?")
_Ai32 = array_structs("i")


class ReassignablePartition(_StructBase):
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
            "replicas",
            "Replicas",
            "int32",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    partition_index: int = 0
    replicas: Sequence[int] | None = None
    unknown_tags: dict[int, bytes] | None = None


class ReassignableTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "ReassignablePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReassignablePartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[ReassignablePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterPartitionReassignmentsRequest(_Message):
    NAME: ClassVar[str] = "AlterPartitionReassignmentsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "timeout_ms",
            "TimeoutMs",
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
            "allow_replication_factor_change",
            "AllowReplicationFactorChange",
            "bool",
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
            "topics",
            "Topics",
            "ReassignableTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReassignableTopic,
            False,
        ),
    )
    timeout_ms: int = 60000
    allow_replication_factor_change: bool = True
    topics: Sequence[ReassignableTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterPartitionReassignmentsRequest_0(
    buf: memoryview, pos: int
) -> tuple[AlterPartitionReassignmentsRequest, int]:
    end = len(buf)
    try:
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("AlterPartitionReassignmentsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("AlterPartitionReassignmentsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ReassignableTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ReassignableTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ReassignableTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterPartitionReassignmentsRequest(f_timeout_ms, True, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterPartitionReassignmentsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterPartitionReassignmentsRequest v0", pos) from None


def _w_AlterPartitionReassignmentsRequest_0(
    o: AlterPartitionReassignmentsRequest, out: list[Buffer]
) -> None:
    a = out.append
    if not o.allow_replication_factor_change:
        raise not_in_version("AlterPartitionReassignmentsRequest.AllowReplicationFactorChange", "0")
    a(_F0.pack(o.timeout_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_ReassignableTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterPartitionReassignmentsRequest_0(o: AlterPartitionReassignmentsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_ReassignableTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterPartitionReassignmentsRequest_1(
    buf: memoryview, pos: int
) -> tuple[AlterPartitionReassignmentsRequest, int]:
    end = len(buf)
    try:
        (
            f_timeout_ms,
            f_allow_replication_factor_change,
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
            raise null_not_allowed("AlterPartitionReassignmentsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("AlterPartitionReassignmentsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ReassignableTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ReassignableTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[ReassignableTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterPartitionReassignmentsRequest(
                f_timeout_ms, f_allow_replication_factor_change, f_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterPartitionReassignmentsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterPartitionReassignmentsRequest v1", pos) from None


def _w_AlterPartitionReassignmentsRequest_1(
    o: AlterPartitionReassignmentsRequest, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.timeout_ms, o.allow_replication_factor_change))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_ReassignableTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterPartitionReassignmentsRequest_1(o: AlterPartitionReassignmentsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_ReassignableTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReassignableTopic_0(buf: memoryview, pos: int) -> tuple[ReassignableTopic, int]:
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
            raise null_not_allowed("ReassignableTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("ReassignableTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("ReassignableTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ReassignableTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ReassignablePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ReassignablePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ReassignablePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReassignableTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ReassignableTopic v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReassignableTopic v0-1", pos) from None


def _w_ReassignableTopic_0(o: ReassignableTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_ReassignablePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReassignableTopic_0(o: ReassignableTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_ReassignablePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReassignablePartition_0(buf: memoryview, pos: int) -> tuple[ReassignablePartition, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F0.unpack_from(buf, pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_replicas: tuple[int, ...] | None = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            f_replicas = None
        elif n * 4 > end - pos:
            raise bad_length("ReassignablePartition.Replicas", n, pos, end - pos)
        else:
            f_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReassignablePartition(f_partition_index, f_replicas, tags), pos
    except (StructError, IndexError):
        raise truncated("ReassignablePartition v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReassignablePartition v0-1", pos) from None


def _w_ReassignablePartition_0(o: ReassignablePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.partition_index))
    v_replicas = o.replicas
    if v_replicas is None:
        a(b"\x00")
    else:
        n = len(v_replicas) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        k = len(v_replicas)
        a(_Ai32[k].pack(*v_replicas) if k < SMALL_ARRAY else pack(">%di" % k, *v_replicas))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReassignablePartition_0(o: ReassignablePartition) -> int:
    n = 4
    v_replicas = o.replicas
    if v_replicas is None:
        n += 1
    else:
        n += uvarint_size(len(v_replicas) + 1)
        n += 4 * len(v_replicas)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterPartitionReassignmentsRequest._READERS = (
    _r_AlterPartitionReassignmentsRequest_0,
    _r_AlterPartitionReassignmentsRequest_1,
)
AlterPartitionReassignmentsRequest._WRITERS = (
    _w_AlterPartitionReassignmentsRequest_0,
    _w_AlterPartitionReassignmentsRequest_1,
)
AlterPartitionReassignmentsRequest._SIZERS = (
    _s_AlterPartitionReassignmentsRequest_0,
    _s_AlterPartitionReassignmentsRequest_1,
)
bind_readers(
    AlterPartitionReassignmentsRequest,
    "alter_partition_reassignments_request",
    "bbc34a78346ee332",
    (
        ReassignablePartition,
        ReassignableTopic,
        AlterPartitionReassignmentsRequest,
    ),
)
