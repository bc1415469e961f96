# generated from Kafka 4.4.0 by codegen — do not edit
"""ListPartitionReassignmentsRequest: Kafka request (key 46), versions 0."""

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
    "ListPartitionReassignmentsTopics",
    "ListPartitionReassignmentsRequest",
]

_F0 = PackStruct(">i")
_Ai32 = array_structs("i")


class ListPartitionReassignmentsTopics(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition_indexes",
            "PartitionIndexes",
            "int32",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    partition_indexes: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class ListPartitionReassignmentsRequest(_Message):
    NAME: ClassVar[str] = "ListPartitionReassignmentsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
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
            "topics",
            "Topics",
            "ListPartitionReassignmentsTopics",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            ListPartitionReassignmentsTopics,
            False,
        ),
    )
    timeout_ms: int = 60000
    topics: Sequence[ListPartitionReassignmentsTopics] | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ListPartitionReassignmentsRequest_0(
    buf: memoryview, pos: int
) -> tuple[ListPartitionReassignmentsRequest, int]:
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
            f_topics: tuple[ListPartitionReassignmentsTopics, ...] | None = None
        elif n > end - pos:
            raise bad_length("ListPartitionReassignmentsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[ListPartitionReassignmentsTopics] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_ListPartitionReassignmentsTopics_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListPartitionReassignmentsRequest(f_timeout_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("ListPartitionReassignmentsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListPartitionReassignmentsRequest v0", pos) from None


def _w_ListPartitionReassignmentsRequest_0(
    o: ListPartitionReassignmentsRequest, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.timeout_ms))
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_ListPartitionReassignmentsTopics_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListPartitionReassignmentsRequest_0(o: ListPartitionReassignmentsRequest) -> int:
    n = 4
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_ListPartitionReassignmentsTopics_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListPartitionReassignmentsTopics_0(
    buf: memoryview, pos: int
) -> tuple[ListPartitionReassignmentsTopics, int]:
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
            raise null_not_allowed("ListPartitionReassignmentsTopics.Name", pos)
        elif n > end - pos:
            raise bad_length("ListPartitionReassignmentsTopics.Name", n, pos, end - pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_partition_indexes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("ListPartitionReassignmentsTopics.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("ListPartitionReassignmentsTopics.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListPartitionReassignmentsTopics(f_name, f_partition_indexes, tags), pos
    except (StructError, IndexError):
        raise truncated("ListPartitionReassignmentsTopics v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListPartitionReassignmentsTopics v0", pos) from None


def _w_ListPartitionReassignmentsTopics_0(
    o: ListPartitionReassignmentsTopics, out: list[Buffer]
) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_indexes = o.partition_indexes
    n = len(v_partition_indexes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partition_indexes)
    a(
        _Ai32[k].pack(*v_partition_indexes)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_partition_indexes)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListPartitionReassignmentsTopics_0(o: ListPartitionReassignmentsTopics) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_indexes = o.partition_indexes
    n += uvarint_size(len(v_partition_indexes) + 1)
    n += 4 * len(v_partition_indexes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListPartitionReassignmentsRequest._READERS = (_r_ListPartitionReassignmentsRequest_0,)
ListPartitionReassignmentsRequest._WRITERS = (_w_ListPartitionReassignmentsRequest_0,)
ListPartitionReassignmentsRequest._SIZERS = (_s_ListPartitionReassignmentsRequest_0,)
bind_readers(
    ListPartitionReassignmentsRequest,
    "list_partition_reassignments_request",
    "2209fc4ad683a3d1",
    (
        ListPartitionReassignmentsTopics,
        ListPartitionReassignmentsRequest,
    ),
)
