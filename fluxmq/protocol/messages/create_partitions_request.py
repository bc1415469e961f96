# generated from Kafka 4.4.0 by codegen — do not edit
"""CreatePartitionsRequest: Kafka request (key 37), versions 0-3."""

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
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "CreatePartitionsAssignment",
    "CreatePartitionsTopic",
    "CreatePartitionsRequest",
]

_F0 = PackStruct(">i?")
_F1 = PackStruct(">i")
_Ai32 = array_structs("i")


class CreatePartitionsAssignment(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "broker_ids",
            "BrokerIds",
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
    broker_ids: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class CreatePartitionsTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "count", "Count", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "assignments",
            "Assignments",
            "CreatePartitionsAssignment",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            CreatePartitionsAssignment,
            False,
        ),
    )
    name: str = ""
    count: int = 0
    assignments: Sequence[CreatePartitionsAssignment] | None = ()
    unknown_tags: dict[int, bytes] | None = None


class CreatePartitionsRequest(_Message):
    NAME: ClassVar[str] = "CreatePartitionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "CreatePartitionsTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatePartitionsTopic,
            False,
        ),
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
            "validate_only",
            "ValidateOnly",
            "bool",
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
    topics: Sequence[CreatePartitionsTopic] = ()
    timeout_ms: int = 0
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_CreatePartitionsRequest_0(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreatePartitionsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatePartitionsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatePartitionsTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatePartitionsTopic, ...] = tuple(items_topics)
        (
            f_timeout_ms,
            f_validate_only,
        ) = _F0.unpack_from(buf, pos)
        pos += 5
        return CreatePartitionsRequest(f_topics, f_timeout_ms, f_validate_only, None), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsRequest v0-1", pos) from None


def _w_CreatePartitionsRequest_0(o: CreatePartitionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_CreatePartitionsTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms, o.validate_only))


def _s_CreatePartitionsRequest_0(o: CreatePartitionsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += 4
    sz_topics = _s_CreatePartitionsTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_CreatePartitionsRequest_1(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
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
            raise null_not_allowed("CreatePartitionsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatePartitionsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatePartitionsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatePartitionsTopic, ...] = tuple(items_topics)
        (
            f_timeout_ms,
            f_validate_only,
        ) = _F0.unpack_from(buf, pos)
        pos += 5
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatePartitionsRequest(f_topics, f_timeout_ms, f_validate_only, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsRequest v2-3", pos) from None


def _w_CreatePartitionsRequest_1(o: CreatePartitionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_CreatePartitionsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms, o.validate_only))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatePartitionsRequest_1(o: CreatePartitionsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_CreatePartitionsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatePartitionsTopic_0(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatePartitionsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_count,) = _F1.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_assignments: tuple[CreatePartitionsAssignment, ...] | None = None
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopic.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[CreatePartitionsAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_CreatePartitionsAssignment_0(buf, pos)
                append_assignments(x_assignments)
            f_assignments = tuple(items_assignments)
        return CreatePartitionsTopic(f_name, f_count, f_assignments, None), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsTopic v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsTopic v0-1", pos) from None


def _w_CreatePartitionsTopic_0(o: CreatePartitionsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.count))
    v_assignments = o.assignments
    if v_assignments is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_assignments)))
        w_assignments = _w_CreatePartitionsAssignment_0
        for x_assignments in v_assignments:
            w_assignments(x_assignments, out)


def _s_CreatePartitionsTopic_0(o: CreatePartitionsTopic) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_assignments = o.assignments
    if v_assignments is None:
        n += 4
    else:
        n += 4
        sz_assignments = _s_CreatePartitionsAssignment_0
        for x_assignments in v_assignments:
            n += sz_assignments(x_assignments)
    return n


def _r_CreatePartitionsTopic_1(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
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
            raise null_not_allowed("CreatePartitionsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_count,) = _F1.unpack_from(buf, pos)
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
            f_assignments: tuple[CreatePartitionsAssignment, ...] | None = None
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopic.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[CreatePartitionsAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_CreatePartitionsAssignment_1(buf, pos)
                append_assignments(x_assignments)
            f_assignments = tuple(items_assignments)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatePartitionsTopic(f_name, f_count, f_assignments, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsTopic v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsTopic v2-3", pos) from None


def _w_CreatePartitionsTopic_1(o: CreatePartitionsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.count))
    v_assignments = o.assignments
    if v_assignments is None:
        a(b"\x00")
    else:
        n = len(v_assignments) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_assignments = _w_CreatePartitionsAssignment_1
        for x_assignments in v_assignments:
            w_assignments(x_assignments, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatePartitionsTopic_1(o: CreatePartitionsTopic) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_assignments = o.assignments
    if v_assignments is None:
        n += 1
    else:
        n += uvarint_size(len(v_assignments) + 1)
        sz_assignments = _s_CreatePartitionsAssignment_1
        for x_assignments in v_assignments:
            n += sz_assignments(x_assignments)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatePartitionsAssignment_0(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsAssignment, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_broker_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("CreatePartitionsAssignment.BrokerIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("CreatePartitionsAssignment.BrokerIds", n, pos, end - pos)
        else:
            f_broker_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return CreatePartitionsAssignment(f_broker_ids, None), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsAssignment v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsAssignment v0-1", pos) from None


def _w_CreatePartitionsAssignment_0(o: CreatePartitionsAssignment, out: list[Buffer]) -> None:
    a = out.append
    v_broker_ids = o.broker_ids
    a(INT32.pack(len(v_broker_ids)))
    k = len(v_broker_ids)
    a(_Ai32[k].pack(*v_broker_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_broker_ids))


def _s_CreatePartitionsAssignment_0(o: CreatePartitionsAssignment) -> int:
    n = 0
    v_broker_ids = o.broker_ids
    n += 4
    n += 4 * len(v_broker_ids)
    return n


def _r_CreatePartitionsAssignment_1(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsAssignment, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_broker_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("CreatePartitionsAssignment.BrokerIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("CreatePartitionsAssignment.BrokerIds", n, pos, end - pos)
        else:
            f_broker_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatePartitionsAssignment(f_broker_ids, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsAssignment v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsAssignment v2-3", pos) from None


def _w_CreatePartitionsAssignment_1(o: CreatePartitionsAssignment, out: list[Buffer]) -> None:
    a = out.append
    v_broker_ids = o.broker_ids
    n = len(v_broker_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_broker_ids)
    a(_Ai32[k].pack(*v_broker_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_broker_ids))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatePartitionsAssignment_1(o: CreatePartitionsAssignment) -> int:
    n = 0
    v_broker_ids = o.broker_ids
    n += uvarint_size(len(v_broker_ids) + 1)
    n += 4 * len(v_broker_ids)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


CreatePartitionsRequest._READERS = (
    _r_CreatePartitionsRequest_0,
    _r_CreatePartitionsRequest_0,
    _r_CreatePartitionsRequest_1,
    _r_CreatePartitionsRequest_1,
)
CreatePartitionsRequest._WRITERS = (
    _w_CreatePartitionsRequest_0,
    _w_CreatePartitionsRequest_0,
    _w_CreatePartitionsRequest_1,
    _w_CreatePartitionsRequest_1,
)
CreatePartitionsRequest._SIZERS = (
    _s_CreatePartitionsRequest_0,
    _s_CreatePartitionsRequest_0,
    _s_CreatePartitionsRequest_1,
    _s_CreatePartitionsRequest_1,
)
bind_readers(
    CreatePartitionsRequest,
    "create_partitions_request",
    "2d1efdd69551ae73",
    (
        CreatePartitionsAssignment,
        CreatePartitionsTopic,
        CreatePartitionsRequest,
    ),
)
