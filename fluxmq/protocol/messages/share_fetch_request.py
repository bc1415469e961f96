# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareFetchRequest: Kafka request (key 78), versions 1-2."""

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
    "FetchPartition",
    "FetchTopic",
    "ForgottenTopic",
    "ShareFetchRequest",
]

_F0 = PackStruct(">iiiiii")
_F1 = PackStruct(">iiiiiib?")
_F2 = PackStruct(">16s")
_F3 = PackStruct(">i")
_F4 = PackStruct(">qq")
_Ai8 = array_structs("b")
_Ai32 = array_structs("i")


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


class FetchPartition(_StructBase):
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
            "partition_max_bytes",
            "PartitionMaxBytes",
            "int32",
            False,
            (0, 0),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
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
    partition_max_bytes: int = 0
    acknowledgement_batches: Sequence[AcknowledgementBatch] = ()
    unknown_tags: dict[int, bytes] | None = None


class FetchTopic(_StructBase):
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
            "FetchPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FetchPartition,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[FetchPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class ForgottenTopic(_StructBase):
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
            False,
        ),
        FieldInfo(
            "partitions",
            "Partitions",
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
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class ShareFetchRequest(_Message):
    NAME: ClassVar[str] = "ShareFetchRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 78
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
            "max_wait_ms",
            "MaxWaitMs",
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
            "min_bytes",
            "MinBytes",
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
            "max_bytes",
            "MaxBytes",
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
            "max_records",
            "MaxRecords",
            "int32",
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
            "batch_size",
            "BatchSize",
            "int32",
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
            "share_acquire_mode",
            "ShareAcquireMode",
            "int8",
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
            "FetchTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FetchTopic,
            False,
        ),
        FieldInfo(
            "forgotten_topics_data",
            "ForgottenTopicsData",
            "ForgottenTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ForgottenTopic,
            False,
        ),
    )
    group_id: str | None = None
    member_id: str | None = ""
    share_session_epoch: int = 0
    max_wait_ms: int = 0
    min_bytes: int = 0
    max_bytes: int = 2147483647
    max_records: int = 0
    batch_size: int = 0
    share_acquire_mode: int = 0
    is_renew_ack: bool = False
    topics: Sequence[FetchTopic] = ()
    forgotten_topics_data: Sequence[ForgottenTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareFetchRequest_0(buf: memoryview, pos: int) -> tuple[ShareFetchRequest, int]:
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
            raise bad_length("ShareFetchRequest.GroupId", n, pos, end - pos)
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
            raise bad_length("ShareFetchRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_share_session_epoch,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_max_records,
            f_batch_size,
        ) = _F0.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("ShareFetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ShareFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("ShareFetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("ShareFetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_0(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareFetchRequest(
                f_group_id,
                f_member_id,
                f_share_session_epoch,
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_max_records,
                f_batch_size,
                0,
                False,
                f_topics,
                f_forgotten_topics_data,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareFetchRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareFetchRequest v1", pos) from None


def _w_ShareFetchRequest_0(o: ShareFetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.is_renew_ack:
        raise not_in_version("ShareFetchRequest.IsRenewAck", "1")
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
    a(
        _F0.pack(
            o.share_session_epoch,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.max_records,
            o.batch_size,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareFetchRequest_0(o: ShareFetchRequest) -> int:
    n = 24
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
    sz_topics = _s_FetchTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ShareFetchRequest_1(buf: memoryview, pos: int) -> tuple[ShareFetchRequest, int]:
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
            raise bad_length("ShareFetchRequest.GroupId", n, pos, end - pos)
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
            raise bad_length("ShareFetchRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_share_session_epoch,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_max_records,
            f_batch_size,
            f_share_acquire_mode,
            f_is_renew_ack,
        ) = _F1.unpack_from(buf, pos)
        pos += 26
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
            raise null_not_allowed("ShareFetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("ShareFetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("ShareFetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("ShareFetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_0(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareFetchRequest(
                f_group_id,
                f_member_id,
                f_share_session_epoch,
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_max_records,
                f_batch_size,
                f_share_acquire_mode,
                f_is_renew_ack,
                f_topics,
                f_forgotten_topics_data,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareFetchRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareFetchRequest v2", pos) from None


def _w_ShareFetchRequest_1(o: ShareFetchRequest, out: list[Buffer]) -> None:
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
    a(
        _F1.pack(
            o.share_session_epoch,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.max_records,
            o.batch_size,
            o.share_acquire_mode,
            o.is_renew_ack,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareFetchRequest_1(o: ShareFetchRequest) -> int:
    n = 26
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
    sz_topics = _s_FetchTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ForgottenTopic_0(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("ForgottenTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("ForgottenTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ForgottenTopic(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ForgottenTopic v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ForgottenTopic v1-2", pos) from None


def _w_ForgottenTopic_0(o: ForgottenTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ForgottenTopic_0(o: ForgottenTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchTopic_0(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
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
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchTopic(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v1-2", pos) from None


def _w_FetchTopic_0(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_FetchPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchTopic_0(o: FetchTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_FetchPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchPartition_0(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F3.unpack_from(buf, pos)
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
            raise null_not_allowed("FetchPartition.AcknowledgementBatches", pos)
        elif n > end - pos:
            raise bad_length("FetchPartition.AcknowledgementBatches", n, pos, end - pos)
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
        return FetchPartition(f_partition_index, 0, f_acknowledgement_batches, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchPartition v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v1-2", pos) from None


def _w_FetchPartition_0(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    if o.partition_max_bytes != 0:
        raise not_in_version("FetchPartition.PartitionMaxBytes", "1-2")
    a(_F3.pack(o.partition_index))
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


def _s_FetchPartition_0(o: FetchPartition) -> int:
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
    a(_F4.pack(o.first_offset, o.last_offset))
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


ShareFetchRequest._READERS = (
    None,
    _r_ShareFetchRequest_0,
    _r_ShareFetchRequest_1,
)
ShareFetchRequest._WRITERS = (
    None,
    _w_ShareFetchRequest_0,
    _w_ShareFetchRequest_1,
)
ShareFetchRequest._SIZERS = (
    None,
    _s_ShareFetchRequest_0,
    _s_ShareFetchRequest_1,
)
bind_readers(
    ShareFetchRequest,
    "share_fetch_request",
    "2fc353c27b30cbce",
    (
        AcknowledgementBatch,
        FetchPartition,
        FetchTopic,
        ForgottenTopic,
        ShareFetchRequest,
    ),
)
