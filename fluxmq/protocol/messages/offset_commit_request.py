# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetCommitRequest: Kafka request (key 8), versions 2-10."""

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
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetCommitRequestPartition",
    "OffsetCommitRequestTopic",
    "OffsetCommitRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">q")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">iq")
_F4 = PackStruct(">iqi")


class OffsetCommitRequestPartition(_StructBase):
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
            "committed_offset",
            "CommittedOffset",
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
        FieldInfo(
            "committed_leader_epoch",
            "CommittedLeaderEpoch",
            "int32",
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
            "committed_metadata",
            "CommittedMetadata",
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
    )
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    committed_metadata: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class OffsetCommitRequestTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 9), (1, 0), None, (1, 0), True, None, False),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (10, 32767),
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
            "OffsetCommitRequestPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetCommitRequestPartition,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[OffsetCommitRequestPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetCommitRequest(_Message):
    NAME: ClassVar[str] = "OffsetCommitRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 8
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN: ClassVar[int | None] = 8
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
            "generation_id_or_member_epoch",
            "GenerationIdOrMemberEpoch",
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
            "member_id",
            "MemberId",
            "string",
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
            "group_instance_id",
            "GroupInstanceId",
            "string",
            False,
            (7, 32767),
            (7, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "retention_time_ms",
            "RetentionTimeMs",
            "int64",
            False,
            (2, 4),
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
            "OffsetCommitRequestTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetCommitRequestTopic,
            False,
        ),
    )
    group_id: str = ""
    generation_id_or_member_epoch: int = -1
    member_id: str = ""
    group_instance_id: str | None = None
    retention_time_ms: int = -1
    topics: Sequence[OffsetCommitRequestTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetCommitRequest_0(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_retention_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 8
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            OffsetCommitRequest(
                f_group_id,
                f_generation_id_or_member_epoch,
                f_member_id,
                None,
                f_retention_time_ms,
                f_topics,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v2-4", pos) from None


def _w_OffsetCommitRequest_0(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("OffsetCommitRequest.GroupInstanceId", "2-4")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.retention_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitRequest_0(o: OffsetCommitRequest) -> int:
    n = 12
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitRequest_1(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            OffsetCommitRequest(
                f_group_id, f_generation_id_or_member_epoch, f_member_id, None, -1, f_topics, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v5", pos) from None


def _w_OffsetCommitRequest_1(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("OffsetCommitRequest.GroupInstanceId", "5")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitRequest_1(o: OffsetCommitRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitRequest_2(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            OffsetCommitRequest(
                f_group_id, f_generation_id_or_member_epoch, f_member_id, None, -1, f_topics, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v6", pos) from None


def _w_OffsetCommitRequest_2(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("OffsetCommitRequest.GroupInstanceId", "6")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitRequestTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitRequest_2(o: OffsetCommitRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitRequestTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitRequest_3(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            OffsetCommitRequest(
                f_group_id,
                f_generation_id_or_member_epoch,
                f_member_id,
                f_group_instance_id,
                -1,
                f_topics,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v7", pos) from None


def _w_OffsetCommitRequest_3(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        a(b"\xff\xff")
    else:
        b = v_group_instance_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetCommitRequestTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetCommitRequest_3(o: OffsetCommitRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        n += 2
    else:
        k = utf8_len(v_group_instance_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetCommitRequestTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetCommitRequest_4(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
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
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
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
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetCommitRequest(
                f_group_id,
                f_generation_id_or_member_epoch,
                f_member_id,
                f_group_instance_id,
                -1,
                f_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v8-9", pos) from None


def _w_OffsetCommitRequest_4(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        a(b"\x00")
    else:
        b = v_group_instance_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetCommitRequestTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitRequest_4(o: OffsetCommitRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        n += 1
    else:
        k = utf8_len(v_group_instance_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetCommitRequestTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitRequest_5(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
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
            raise null_not_allowed("OffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id_or_member_epoch,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
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
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("OffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetCommitRequestTopic_3(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetCommitRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetCommitRequest(
                f_group_id,
                f_generation_id_or_member_epoch,
                f_member_id,
                f_group_instance_id,
                -1,
                f_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequest v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequest v10", pos) from None


def _w_OffsetCommitRequest_5(o: OffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.generation_id_or_member_epoch))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        a(b"\x00")
    else:
        b = v_group_instance_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetCommitRequestTopic_3
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitRequest_5(o: OffsetCommitRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        n += 1
    else:
        k = utf8_len(v_group_instance_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetCommitRequestTopic_3
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitRequestPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitRequestPartition, ...] = tuple(items_partitions)
        return OffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestTopic v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestTopic v2-5", pos) from None


def _w_OffsetCommitRequestTopic_0(o: OffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetCommitRequestPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetCommitRequestTopic_0(o: OffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetCommitRequestPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetCommitRequestTopic_1(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitRequestPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitRequestPartition, ...] = tuple(items_partitions)
        return OffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestTopic v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestTopic v6-7", pos) from None


def _w_OffsetCommitRequestTopic_1(o: OffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetCommitRequestPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetCommitRequestTopic_1(o: OffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetCommitRequestPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetCommitRequestTopic_2(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestTopic, int]:
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
            raise null_not_allowed("OffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("OffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitRequestPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitRequestPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestTopic v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestTopic v8-9", pos) from None


def _w_OffsetCommitRequestTopic_2(o: OffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitRequestTopic_2(o: OffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitRequestTopic_3(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetCommitRequestPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetCommitRequestPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetCommitRequestTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestTopic v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestTopic v10", pos) from None


def _w_OffsetCommitRequestTopic_3(o: OffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitRequestTopic_3(o: OffsetCommitRequestTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetCommitRequestPartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 12
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_committed_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            OffsetCommitRequestPartition(
                f_partition_index, f_committed_offset, -1, f_committed_metadata, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestPartition v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestPartition v2-5", pos) from None


def _w_OffsetCommitRequestPartition_0(o: OffsetCommitRequestPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.committed_offset))
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_committed_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_OffsetCommitRequestPartition_0(o: OffsetCommitRequestPartition) -> int:
    n = 12
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        n += 2
    else:
        k = utf8_len(v_committed_metadata)
        n += 2
        n += k
    return n


def _r_OffsetCommitRequestPartition_1(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
            f_committed_leader_epoch,
        ) = _F4.unpack_from(buf, pos)
        pos += 16
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_committed_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            OffsetCommitRequestPartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_committed_metadata,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestPartition v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestPartition v6-7", pos) from None


def _w_OffsetCommitRequestPartition_1(o: OffsetCommitRequestPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_committed_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_OffsetCommitRequestPartition_1(o: OffsetCommitRequestPartition) -> int:
    n = 16
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        n += 2
    else:
        k = utf8_len(v_committed_metadata)
        n += 2
        n += k
    return n


def _r_OffsetCommitRequestPartition_2(
    buf: memoryview, pos: int
) -> tuple[OffsetCommitRequestPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_committed_offset,
            f_committed_leader_epoch,
        ) = _F4.unpack_from(buf, pos)
        pos += 16
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
            f_committed_metadata: str | None = None
        elif n > end - pos:
            raise bad_length("OffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetCommitRequestPartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_committed_metadata,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitRequestPartition v8-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitRequestPartition v8-10", pos) from None


def _w_OffsetCommitRequestPartition_2(o: OffsetCommitRequestPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        a(b"\x00")
    else:
        b = v_committed_metadata.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetCommitRequestPartition_2(o: OffsetCommitRequestPartition) -> int:
    n = 16
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        n += 1
    else:
        k = utf8_len(v_committed_metadata)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


OffsetCommitRequest._READERS = (
    None,
    None,
    _r_OffsetCommitRequest_0,
    _r_OffsetCommitRequest_0,
    _r_OffsetCommitRequest_0,
    _r_OffsetCommitRequest_1,
    _r_OffsetCommitRequest_2,
    _r_OffsetCommitRequest_3,
    _r_OffsetCommitRequest_4,
    _r_OffsetCommitRequest_4,
    _r_OffsetCommitRequest_5,
)
OffsetCommitRequest._WRITERS = (
    None,
    None,
    _w_OffsetCommitRequest_0,
    _w_OffsetCommitRequest_0,
    _w_OffsetCommitRequest_0,
    _w_OffsetCommitRequest_1,
    _w_OffsetCommitRequest_2,
    _w_OffsetCommitRequest_3,
    _w_OffsetCommitRequest_4,
    _w_OffsetCommitRequest_4,
    _w_OffsetCommitRequest_5,
)
OffsetCommitRequest._SIZERS = (
    None,
    None,
    _s_OffsetCommitRequest_0,
    _s_OffsetCommitRequest_0,
    _s_OffsetCommitRequest_0,
    _s_OffsetCommitRequest_1,
    _s_OffsetCommitRequest_2,
    _s_OffsetCommitRequest_3,
    _s_OffsetCommitRequest_4,
    _s_OffsetCommitRequest_4,
    _s_OffsetCommitRequest_5,
)
bind_readers(
    OffsetCommitRequest,
    "offset_commit_request",
    "f950234496abfed4",
    (
        OffsetCommitRequestPartition,
        OffsetCommitRequestTopic,
        OffsetCommitRequest,
    ),
)
