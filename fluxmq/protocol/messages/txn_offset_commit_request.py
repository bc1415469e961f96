# generated from Kafka 4.4.0 by codegen — do not edit
"""TxnOffsetCommitRequest: Kafka request (key 28), versions 0-6."""

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
    "TxnOffsetCommitRequestPartition",
    "TxnOffsetCommitRequestTopic",
    "TxnOffsetCommitRequest",
]

_F0 = PackStruct(">qh")
_F1 = PackStruct(">qhi")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">iq")
_F4 = PackStruct(">iqi")


class TxnOffsetCommitRequestPartition(_StructBase):
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
            (2, 32767),
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


class TxnOffsetCommitRequestTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 5), (1, 0), None, (1, 0), True, None, False),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "partitions",
            "Partitions",
            "TxnOffsetCommitRequestPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TxnOffsetCommitRequestPartition,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[TxnOffsetCommitRequestPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class TxnOffsetCommitRequest(_Message):
    NAME: ClassVar[str] = "TxnOffsetCommitRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
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
            "producer_id",
            "ProducerId",
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
            "producer_epoch",
            "ProducerEpoch",
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
            "generation_id_or_member_epoch",
            "GenerationIdOrMemberEpoch",
            "int32",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "member_id",
            "MemberId",
            "string",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "group_instance_id",
            "GroupInstanceId",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "TxnOffsetCommitRequestTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TxnOffsetCommitRequestTopic,
            False,
        ),
    )
    transactional_id: str = ""
    group_id: str = ""
    producer_id: int = 0
    producer_epoch: int = 0
    generation_id_or_member_epoch: int = -1
    member_id: str = ""
    group_instance_id: str | None = None
    topics: Sequence[TxnOffsetCommitRequestTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_TxnOffsetCommitRequest_0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            TxnOffsetCommitRequest(
                f_transactional_id,
                f_group_id,
                f_producer_id,
                f_producer_epoch,
                -1,
                "",
                None,
                f_topics,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequest v0-1", pos) from None


def _w_TxnOffsetCommitRequest_0(o: TxnOffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.generation_id_or_member_epoch != -1:
        raise not_in_version("TxnOffsetCommitRequest.GenerationIdOrMemberEpoch", "0-1")
    if o.member_id != "":
        raise not_in_version("TxnOffsetCommitRequest.MemberId", "0-1")
    if o.group_instance_id is not None:
        raise not_in_version("TxnOffsetCommitRequest.GroupInstanceId", "0-1")
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_TxnOffsetCommitRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_TxnOffsetCommitRequest_0(o: TxnOffsetCommitRequest) -> int:
    n = 10
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += 2
    n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_TxnOffsetCommitRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_TxnOffsetCommitRequest_1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitRequestTopic, ...] = tuple(items_topics)
        return (
            TxnOffsetCommitRequest(
                f_transactional_id,
                f_group_id,
                f_producer_id,
                f_producer_epoch,
                -1,
                "",
                None,
                f_topics,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequest v2", pos) from None


def _w_TxnOffsetCommitRequest_1(o: TxnOffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.generation_id_or_member_epoch != -1:
        raise not_in_version("TxnOffsetCommitRequest.GenerationIdOrMemberEpoch", "2")
    if o.member_id != "":
        raise not_in_version("TxnOffsetCommitRequest.MemberId", "2")
    if o.group_instance_id is not None:
        raise not_in_version("TxnOffsetCommitRequest.GroupInstanceId", "2")
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_TxnOffsetCommitRequestTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_TxnOffsetCommitRequest_1(o: TxnOffsetCommitRequest) -> int:
    n = 10
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += 2
    n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_TxnOffsetCommitRequestTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_TxnOffsetCommitRequest_2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
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
            raise null_not_allowed("TxnOffsetCommitRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TxnOffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
            f_generation_id_or_member_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 14
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
            raise null_not_allowed("TxnOffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("TxnOffsetCommitRequest.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("TxnOffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitRequestTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TxnOffsetCommitRequest(
                f_transactional_id,
                f_group_id,
                f_producer_id,
                f_producer_epoch,
                f_generation_id_or_member_epoch,
                f_member_id,
                f_group_instance_id,
                f_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequest v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequest v3-5", pos) from None


def _w_TxnOffsetCommitRequest_2(o: TxnOffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.producer_id, o.producer_epoch, o.generation_id_or_member_epoch))
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
    w_topics = _w_TxnOffsetCommitRequestTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitRequest_2(o: TxnOffsetCommitRequest) -> int:
    n = 14
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
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
    sz_topics = _s_TxnOffsetCommitRequestTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitRequest_3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
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
            raise null_not_allowed("TxnOffsetCommitRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TxnOffsetCommitRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
            f_generation_id_or_member_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 14
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
            raise null_not_allowed("TxnOffsetCommitRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("TxnOffsetCommitRequest.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("TxnOffsetCommitRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[TxnOffsetCommitRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TxnOffsetCommitRequestTopic_3(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TxnOffsetCommitRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TxnOffsetCommitRequest(
                f_transactional_id,
                f_group_id,
                f_producer_id,
                f_producer_epoch,
                f_generation_id_or_member_epoch,
                f_member_id,
                f_group_instance_id,
                f_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequest v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequest v6", pos) from None


def _w_TxnOffsetCommitRequest_3(o: TxnOffsetCommitRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.producer_id, o.producer_epoch, o.generation_id_or_member_epoch))
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
    w_topics = _w_TxnOffsetCommitRequestTopic_3
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitRequest_3(o: TxnOffsetCommitRequest) -> int:
    n = 14
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
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
    sz_topics = _s_TxnOffsetCommitRequestTopic_3
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitRequestPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitRequestPartition, ...] = tuple(items_partitions)
        return TxnOffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestTopic v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestTopic v0-1", pos) from None


def _w_TxnOffsetCommitRequestTopic_0(o: TxnOffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_TxnOffsetCommitRequestPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_TxnOffsetCommitRequestTopic_0(o: TxnOffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_TxnOffsetCommitRequestPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_TxnOffsetCommitRequestTopic_1(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitRequestPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitRequestPartition, ...] = tuple(items_partitions)
        return TxnOffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestTopic v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestTopic v2", pos) from None


def _w_TxnOffsetCommitRequestTopic_1(o: TxnOffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_TxnOffsetCommitRequestPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_TxnOffsetCommitRequestTopic_1(o: TxnOffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_TxnOffsetCommitRequestPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_TxnOffsetCommitRequestTopic_2(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitRequestPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitRequestPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitRequestTopic(f_name, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestTopic v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestTopic v3-5", pos) from None


def _w_TxnOffsetCommitRequestTopic_2(o: TxnOffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_TxnOffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitRequestTopic_2(o: TxnOffsetCommitRequestTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_TxnOffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitRequestTopic_3(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            raise null_not_allowed("TxnOffsetCommitRequestTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TxnOffsetCommitRequestTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[TxnOffsetCommitRequestPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_TxnOffsetCommitRequestPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[TxnOffsetCommitRequestPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TxnOffsetCommitRequestTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestTopic v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestTopic v6", pos) from None


def _w_TxnOffsetCommitRequestTopic_3(o: TxnOffsetCommitRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_TxnOffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TxnOffsetCommitRequestTopic_3(o: TxnOffsetCommitRequestTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_TxnOffsetCommitRequestPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TxnOffsetCommitRequestPartition_0(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestPartition, int]:
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
            raise bad_length("TxnOffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            TxnOffsetCommitRequestPartition(
                f_partition_index, f_committed_offset, -1, f_committed_metadata, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestPartition v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestPartition v0-1", pos) from None


def _w_TxnOffsetCommitRequestPartition_0(
    o: TxnOffsetCommitRequestPartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.committed_offset))
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_committed_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_TxnOffsetCommitRequestPartition_0(o: TxnOffsetCommitRequestPartition) -> int:
    n = 12
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        n += 2
    else:
        k = utf8_len(v_committed_metadata)
        n += 2
        n += k
    return n


def _r_TxnOffsetCommitRequestPartition_1(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestPartition, int]:
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
            raise bad_length("TxnOffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            TxnOffsetCommitRequestPartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_committed_metadata,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestPartition v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestPartition v2", pos) from None


def _w_TxnOffsetCommitRequestPartition_1(
    o: TxnOffsetCommitRequestPartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch))
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        a(b"\xff\xff")
    else:
        b = v_committed_metadata.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_TxnOffsetCommitRequestPartition_1(o: TxnOffsetCommitRequestPartition) -> int:
    n = 16
    v_committed_metadata = o.committed_metadata
    if v_committed_metadata is None:
        n += 2
    else:
        k = utf8_len(v_committed_metadata)
        n += 2
        n += k
    return n


def _r_TxnOffsetCommitRequestPartition_2(
    buf: memoryview, pos: int
) -> tuple[TxnOffsetCommitRequestPartition, int]:
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
            raise bad_length("TxnOffsetCommitRequestPartition.CommittedMetadata", n, pos, end - pos)
        else:
            f_committed_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TxnOffsetCommitRequestPartition(
                f_partition_index,
                f_committed_offset,
                f_committed_leader_epoch,
                f_committed_metadata,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TxnOffsetCommitRequestPartition v3-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TxnOffsetCommitRequestPartition v3-6", pos) from None


def _w_TxnOffsetCommitRequestPartition_2(
    o: TxnOffsetCommitRequestPartition, out: list[Buffer]
) -> None:
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


def _s_TxnOffsetCommitRequestPartition_2(o: TxnOffsetCommitRequestPartition) -> int:
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


TxnOffsetCommitRequest._READERS = (
    _r_TxnOffsetCommitRequest_0,
    _r_TxnOffsetCommitRequest_0,
    _r_TxnOffsetCommitRequest_1,
    _r_TxnOffsetCommitRequest_2,
    _r_TxnOffsetCommitRequest_2,
    _r_TxnOffsetCommitRequest_2,
    _r_TxnOffsetCommitRequest_3,
)
TxnOffsetCommitRequest._WRITERS = (
    _w_TxnOffsetCommitRequest_0,
    _w_TxnOffsetCommitRequest_0,
    _w_TxnOffsetCommitRequest_1,
    _w_TxnOffsetCommitRequest_2,
    _w_TxnOffsetCommitRequest_2,
    _w_TxnOffsetCommitRequest_2,
    _w_TxnOffsetCommitRequest_3,
)
TxnOffsetCommitRequest._SIZERS = (
    _s_TxnOffsetCommitRequest_0,
    _s_TxnOffsetCommitRequest_0,
    _s_TxnOffsetCommitRequest_1,
    _s_TxnOffsetCommitRequest_2,
    _s_TxnOffsetCommitRequest_2,
    _s_TxnOffsetCommitRequest_2,
    _s_TxnOffsetCommitRequest_3,
)
bind_readers(
    TxnOffsetCommitRequest,
    "txn_offset_commit_request",
    "12c34923db36322e",
    (
        TxnOffsetCommitRequestPartition,
        TxnOffsetCommitRequestTopic,
        TxnOffsetCommitRequest,
    ),
)
