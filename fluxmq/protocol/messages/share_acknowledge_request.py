# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareAcknowledgeRequest: Kafka request (key 79), versions 1-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
    UVARINTS,
    ZERO_UUID,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "AcknowledgementBatch",
    "AcknowledgePartition",
    "AcknowledgeTopic",
    "ShareAcknowledgeRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">i?")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">qq")
_Ai8 = array_structs("b")


class AcknowledgementBatch(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "first_offset",
            "FirstOffset",
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
            "last_offset",
            "LastOffset",
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
            "acknowledge_types",
            "AcknowledgeTypes",
            "int8",
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
    first_offset: int = 0
    last_offset: int = 0
    acknowledge_types: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class AcknowledgePartition(_StructBase):
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
            "acknowledgement_batches",
            "AcknowledgementBatches",
            "AcknowledgementBatch",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AcknowledgementBatch,
            False,
        ),
    )
    partition_index: int = 0
    acknowledgement_batches: Sequence[AcknowledgementBatch] = ()
    unknown_tags: dict[int, bytes] | None = None


class AcknowledgeTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "partitions",
            "Partitions",
            "AcknowledgePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AcknowledgePartition,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[AcknowledgePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class ShareAcknowledgeRequest(_Message):
    NAME: ClassVar[str] = "ShareAcknowledgeRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 79
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
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
            "member_id",
            "MemberId",
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
            "share_session_epoch",
            "ShareSessionEpoch",
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
            "is_renew_ack",
            "IsRenewAck",
            "bool",
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
            "AcknowledgeTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AcknowledgeTopic,
            False,
        ),
    )
    group_id: str | None = None
    member_id: str | None = ""
    share_session_epoch: int = 0
    is_renew_ack: bool = False
    topics: Sequence[AcknowledgeTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareAcknowledgeRequest_0(buf: memoryview, pos: int) -> tuple[ShareAcknowledgeRequest, int]:
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
            f_group_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            f_member_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_share_session_epoch,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("ShareAcknowledgeRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[AcknowledgeTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AcknowledgeTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AcknowledgeTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareAcknowledgeRequest(
                f_group_id, f_member_id, f_share_session_epoch, False, f_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareAcknowledgeRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareAcknowledgeRequest v1", pos) from None


def _w_ShareAcknowledgeRequest_0(o: ShareAcknowledgeRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.is_renew_ack:
        raise not_in_version("ShareAcknowledgeRequest.IsRenewAck", "1")
    v_group_id = o.group_id
    if v_group_id is None:
        a(b"\x00")
    else:
        b = v_group_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_member_id = o.member_id
    if v_member_id is None:
        a(b"\x00")
    else:
        b = v_member_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.share_session_epoch))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_AcknowledgeTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareAcknowledgeRequest_0(o: ShareAcknowledgeRequest) -> int:
    n = 4
    v_group_id = o.group_id
    if v_group_id is None:
        n += 1
    else:
        k = utf8_len(v_group_id)
        n += uvarint_size(k + 1)
        n += k
    v_member_id = o.member_id
    if v_member_id is None:
        n += 1
    else:
        k = utf8_len(v_member_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_AcknowledgeTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ShareAcknowledgeRequest_1(buf: memoryview, pos: int) -> tuple[ShareAcknowledgeRequest, int]:
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
            f_group_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            f_member_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_share_session_epoch,
            f_is_renew_ack,
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
            raise null_not_allowed("ShareAcknowledgeRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ShareAcknowledgeRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[AcknowledgeTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AcknowledgeTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AcknowledgeTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareAcknowledgeRequest(
                f_group_id, f_member_id, f_share_session_epoch, f_is_renew_ack, f_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareAcknowledgeRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareAcknowledgeRequest v2", pos) from None


def _w_ShareAcknowledgeRequest_1(o: ShareAcknowledgeRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    if v_group_id is None:
        a(b"\x00")
    else:
        b = v_group_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_member_id = o.member_id
    if v_member_id is None:
        a(b"\x00")
    else:
        b = v_member_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.share_session_epoch, o.is_renew_ack))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_AcknowledgeTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareAcknowledgeRequest_1(o: ShareAcknowledgeRequest) -> int:
    n = 5
    v_group_id = o.group_id
    if v_group_id is None:
        n += 1
    else:
        k = utf8_len(v_group_id)
        n += uvarint_size(k + 1)
        n += k
    v_member_id = o.member_id
    if v_member_id is None:
        n += 1
    else:
        k = utf8_len(v_member_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_AcknowledgeTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AcknowledgeTopic_0(buf: memoryview, pos: int) -> tuple[AcknowledgeTopic, int]:
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
            raise null_not_allowed("AcknowledgeTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("AcknowledgeTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[AcknowledgePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_AcknowledgePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[AcknowledgePartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AcknowledgeTopic(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("AcknowledgeTopic v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AcknowledgeTopic v1-2", pos) from None


def _w_AcknowledgeTopic_0(o: AcknowledgeTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_AcknowledgePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AcknowledgeTopic_0(o: AcknowledgeTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_AcknowledgePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AcknowledgePartition_0(buf: memoryview, pos: int) -> tuple[AcknowledgePartition, int]:
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
        if n < 0:
            raise null_not_allowed("AcknowledgePartition.AcknowledgementBatches", pos)
        elif n > end - pos:
            raise bad_length("AcknowledgePartition.AcknowledgementBatches", n, pos, end - pos)
        else:
            items_acknowledgement_batches: list[AcknowledgementBatch] = []
            append_acknowledgement_batches = items_acknowledgement_batches.append
            for _ in range(n):
                x_acknowledgement_batches, pos = _r_AcknowledgementBatch_0(buf, pos)
                append_acknowledgement_batches(x_acknowledgement_batches)
            f_acknowledgement_batches: tuple[AcknowledgementBatch, ...] = tuple(
                items_acknowledgement_batches
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AcknowledgePartition(f_partition_index, f_acknowledgement_batches, tags), pos
    except (StructError, IndexError):
        raise truncated("AcknowledgePartition v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AcknowledgePartition v1-2", pos) from None


def _w_AcknowledgePartition_0(o: AcknowledgePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.partition_index))
    v_acknowledgement_batches = o.acknowledgement_batches
    n = len(v_acknowledgement_batches) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_acknowledgement_batches = _w_AcknowledgementBatch_0
    for x_acknowledgement_batches in v_acknowledgement_batches:
        w_acknowledgement_batches(x_acknowledgement_batches, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AcknowledgePartition_0(o: AcknowledgePartition) -> int:
    n = 4
    v_acknowledgement_batches = o.acknowledgement_batches
    n += uvarint_size(len(v_acknowledgement_batches) + 1)
    sz_acknowledgement_batches = _s_AcknowledgementBatch_0
    for x_acknowledgement_batches in v_acknowledgement_batches:
        n += sz_acknowledgement_batches(x_acknowledgement_batches)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AcknowledgementBatch_0(buf: memoryview, pos: int) -> tuple[AcknowledgementBatch, int]:
    end = len(buf)
    try:
        (
            f_first_offset,
            f_last_offset,
        ) = _F3.unpack_from(buf, pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_acknowledge_types = _Ai8[n].unpack_from(buf, pos)
            pos += n
        elif n < 0:
            raise null_not_allowed("AcknowledgementBatch.AcknowledgeTypes", pos)
        elif n > end - pos:
            raise bad_length("AcknowledgementBatch.AcknowledgeTypes", n, pos, end - pos)
        else:
            f_acknowledge_types = unpack_from(">%db" % n, buf, pos)
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AcknowledgementBatch(f_first_offset, f_last_offset, f_acknowledge_types, tags), pos
    except (StructError, IndexError):
        raise truncated("AcknowledgementBatch v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AcknowledgementBatch v1-2", pos) from None


def _w_AcknowledgementBatch_0(o: AcknowledgementBatch, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.first_offset, o.last_offset))
    v_acknowledge_types = o.acknowledge_types
    n = len(v_acknowledge_types) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_acknowledge_types)
    a(
        _Ai8[k].pack(*v_acknowledge_types)
        if k < SMALL_ARRAY
        else pack(">%db" % k, *v_acknowledge_types)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AcknowledgementBatch_0(o: AcknowledgementBatch) -> int:
    n = 16
    v_acknowledge_types = o.acknowledge_types
    n += uvarint_size(len(v_acknowledge_types) + 1)
    n += 1 * len(v_acknowledge_types)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareAcknowledgeRequest._READERS = (
    None,
    _r_ShareAcknowledgeRequest_0,
    _r_ShareAcknowledgeRequest_1,
)
ShareAcknowledgeRequest._WRITERS = (
    None,
    _w_ShareAcknowledgeRequest_0,
    _w_ShareAcknowledgeRequest_1,
)
ShareAcknowledgeRequest._SIZERS = (
    None,
    _s_ShareAcknowledgeRequest_0,
    _s_ShareAcknowledgeRequest_1,
)
bind_readers(
    ShareAcknowledgeRequest,
    "share_acknowledge_request",
    "88f8abacb7114c68",
    (
        AcknowledgementBatch,
        AcknowledgePartition,
        AcknowledgeTopic,
        ShareAcknowledgeRequest,
    ),
)
