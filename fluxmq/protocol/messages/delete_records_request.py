# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteRecordsRequest: Kafka request (key 21), versions 0-2."""

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
    "DeleteRecordsPartition",
    "DeleteRecordsTopic",
    "DeleteRecordsRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">iq")


class DeleteRecordsPartition(_StructBase):
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
            "offset", "Offset", "int64", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    partition_index: int = 0
    offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DeleteRecordsTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "DeleteRecordsPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteRecordsPartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[DeleteRecordsPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class DeleteRecordsRequest(_Message):
    NAME: ClassVar[str] = "DeleteRecordsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "DeleteRecordsTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteRecordsTopic,
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
    )
    topics: Sequence[DeleteRecordsTopic] = ()
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteRecordsRequest_0(buf: memoryview, pos: int) -> tuple[DeleteRecordsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteRecordsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteRecordsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteRecordsTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteRecordsTopic, ...] = tuple(items_topics)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return DeleteRecordsRequest(f_topics, f_timeout_ms, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsRequest v0-1", pos) from None


def _w_DeleteRecordsRequest_0(o: DeleteRecordsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_DeleteRecordsTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms))


def _s_DeleteRecordsRequest_0(o: DeleteRecordsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_DeleteRecordsTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_DeleteRecordsRequest_1(buf: memoryview, pos: int) -> tuple[DeleteRecordsRequest, int]:
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
            raise null_not_allowed("DeleteRecordsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteRecordsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteRecordsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteRecordsTopic, ...] = tuple(items_topics)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteRecordsRequest(f_topics, f_timeout_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsRequest v2", pos) from None


def _w_DeleteRecordsRequest_1(o: DeleteRecordsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DeleteRecordsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsRequest_1(o: DeleteRecordsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DeleteRecordsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteRecordsTopic_0(buf: memoryview, pos: int) -> tuple[DeleteRecordsTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeleteRecordsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteRecordsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DeleteRecordsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DeleteRecordsPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DeleteRecordsPartition, ...] = tuple(items_partitions)
        return DeleteRecordsTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsTopic v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsTopic v0-1", pos) from None


def _w_DeleteRecordsTopic_0(o: DeleteRecordsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_DeleteRecordsPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_DeleteRecordsTopic_0(o: DeleteRecordsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_DeleteRecordsPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_DeleteRecordsTopic_1(buf: memoryview, pos: int) -> tuple[DeleteRecordsTopic, int]:
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
            raise null_not_allowed("DeleteRecordsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("DeleteRecordsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DeleteRecordsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DeleteRecordsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DeleteRecordsPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DeleteRecordsPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteRecordsTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsTopic v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsTopic v2", pos) from None


def _w_DeleteRecordsTopic_1(o: DeleteRecordsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DeleteRecordsPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsTopic_1(o: DeleteRecordsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DeleteRecordsPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteRecordsPartition_0(buf: memoryview, pos: int) -> tuple[DeleteRecordsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 12
        return DeleteRecordsPartition(f_partition_index, f_offset, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsPartition v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsPartition v0-1", pos) from None


def _w_DeleteRecordsPartition_0(o: DeleteRecordsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.offset))


def _s_DeleteRecordsPartition_0(o: DeleteRecordsPartition) -> int:
    n = 12
    return n


def _r_DeleteRecordsPartition_1(buf: memoryview, pos: int) -> tuple[DeleteRecordsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_offset,
        ) = _F1.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteRecordsPartition(f_partition_index, f_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteRecordsPartition v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteRecordsPartition v2", pos) from None


def _w_DeleteRecordsPartition_1(o: DeleteRecordsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteRecordsPartition_1(o: DeleteRecordsPartition) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteRecordsRequest._READERS = (
    _r_DeleteRecordsRequest_0,
    _r_DeleteRecordsRequest_0,
    _r_DeleteRecordsRequest_1,
)
DeleteRecordsRequest._WRITERS = (
    _w_DeleteRecordsRequest_0,
    _w_DeleteRecordsRequest_0,
    _w_DeleteRecordsRequest_1,
)
DeleteRecordsRequest._SIZERS = (
    _s_DeleteRecordsRequest_0,
    _s_DeleteRecordsRequest_0,
    _s_DeleteRecordsRequest_1,
)
bind_readers(
    DeleteRecordsRequest,
    "delete_records_request",
    "ef06c2934a4e4550",
    (
        DeleteRecordsPartition,
        DeleteRecordsTopic,
        DeleteRecordsRequest,
    ),
)
