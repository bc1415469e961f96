# generated from Kafka 4.4.0 by codegen — do not edit
"""ListPartitionReassignmentsResponse: Kafka response (key 46), versions 0."""

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
    "OngoingPartitionReassignment",
    "OngoingTopicReassignment",
    "ListPartitionReassignmentsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">i")
_Ai32 = array_structs("i")


class OngoingPartitionReassignment(_StructBase):
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
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "adding_replicas",
            "AddingReplicas",
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
        FieldInfo(
            "removing_replicas",
            "RemovingReplicas",
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
    partition_index: int = 0
    replicas: Sequence[int] = ()
    adding_replicas: Sequence[int] = ()
    removing_replicas: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class OngoingTopicReassignment(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OngoingPartitionReassignment",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OngoingPartitionReassignment,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[OngoingPartitionReassignment] = ()
    unknown_tags: dict[int, bytes] | None = None


class ListPartitionReassignmentsResponse(_Message):
    NAME: ClassVar[str] = "ListPartitionReassignmentsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "OngoingTopicReassignment",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OngoingTopicReassignment,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    topics: Sequence[OngoingTopicReassignment] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListPartitionReassignmentsResponse_0(
    buf: memoryview, pos: int
) -> tuple[ListPartitionReassignmentsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("ListPartitionReassignmentsResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListPartitionReassignmentsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("ListPartitionReassignmentsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[OngoingTopicReassignment] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OngoingTopicReassignment_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OngoingTopicReassignment, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListPartitionReassignmentsResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListPartitionReassignmentsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListPartitionReassignmentsResponse v0", pos) from None


def _w_ListPartitionReassignmentsResponse_0(
    o: ListPartitionReassignmentsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OngoingTopicReassignment_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListPartitionReassignmentsResponse_0(o: ListPartitionReassignmentsResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OngoingTopicReassignment_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OngoingTopicReassignment_0(
    buf: memoryview, pos: int
) -> tuple[OngoingTopicReassignment, int]:
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
            raise null_not_allowed("OngoingTopicReassignment.Name", pos)
        elif n > end - pos:
            raise bad_length("OngoingTopicReassignment.Name", n, pos, end - pos)
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
            raise null_not_allowed("OngoingTopicReassignment.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OngoingTopicReassignment.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OngoingPartitionReassignment] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OngoingPartitionReassignment_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OngoingPartitionReassignment, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OngoingTopicReassignment(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OngoingTopicReassignment v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OngoingTopicReassignment v0", pos) from None


def _w_OngoingTopicReassignment_0(o: OngoingTopicReassignment, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OngoingPartitionReassignment_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OngoingTopicReassignment_0(o: OngoingTopicReassignment) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OngoingPartitionReassignment_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OngoingPartitionReassignment_0(
    buf: memoryview, pos: int
) -> tuple[OngoingPartitionReassignment, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F1.unpack_from(buf, pos)
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
            f_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("OngoingPartitionReassignment.Replicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("OngoingPartitionReassignment.Replicas", n, pos, end - pos)
        else:
            f_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
            f_adding_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("OngoingPartitionReassignment.AddingReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("OngoingPartitionReassignment.AddingReplicas", n, pos, end - pos)
        else:
            f_adding_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
            f_removing_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("OngoingPartitionReassignment.RemovingReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("OngoingPartitionReassignment.RemovingReplicas", n, pos, end - pos)
        else:
            f_removing_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OngoingPartitionReassignment(
                f_partition_index, f_replicas, f_adding_replicas, f_removing_replicas, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OngoingPartitionReassignment v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OngoingPartitionReassignment v0", pos) from None


def _w_OngoingPartitionReassignment_0(o: OngoingPartitionReassignment, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index))
    v_replicas = o.replicas
    n = len(v_replicas) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_replicas)
    a(_Ai32[k].pack(*v_replicas) if k < SMALL_ARRAY else pack(">%di" % k, *v_replicas))
    v_adding_replicas = o.adding_replicas
    n = len(v_adding_replicas) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_adding_replicas)
    a(
        _Ai32[k].pack(*v_adding_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_adding_replicas)
    )
    v_removing_replicas = o.removing_replicas
    n = len(v_removing_replicas) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_removing_replicas)
    a(
        _Ai32[k].pack(*v_removing_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_removing_replicas)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OngoingPartitionReassignment_0(o: OngoingPartitionReassignment) -> int:
    n = 4
    v_replicas = o.replicas
    n += uvarint_size(len(v_replicas) + 1)
    n += 4 * len(v_replicas)
    v_adding_replicas = o.adding_replicas
    n += uvarint_size(len(v_adding_replicas) + 1)
    n += 4 * len(v_adding_replicas)
    v_removing_replicas = o.removing_replicas
    n += uvarint_size(len(v_removing_replicas) + 1)
    n += 4 * len(v_removing_replicas)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListPartitionReassignmentsResponse._READERS = (_r_ListPartitionReassignmentsResponse_0,)
ListPartitionReassignmentsResponse._WRITERS = (_w_ListPartitionReassignmentsResponse_0,)
ListPartitionReassignmentsResponse._SIZERS = (_s_ListPartitionReassignmentsResponse_0,)
bind_readers(
    ListPartitionReassignmentsResponse,
    "list_partition_reassignments_response",
    "c2db3d11f1a0ba99",
    (
        OngoingPartitionReassignment,
        OngoingTopicReassignment,
        ListPartitionReassignmentsResponse,
    ),
)
