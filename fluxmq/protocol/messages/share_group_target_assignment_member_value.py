# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupTargetAssignmentMemberValue: Kafka coordinator-value (key 13), versions 0."""

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
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
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
    "TopicPartition",
    "ShareGroupTargetAssignmentMemberValue",
]

_F0 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartition(_StructBase):
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


class ShareGroupTargetAssignmentMemberValue(_Message):
    NAME: ClassVar[str] = "ShareGroupTargetAssignmentMemberValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_partitions",
            "TopicPartitions",
            "TopicPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartition,
            False,
        ),
    )
    topic_partitions: Sequence[TopicPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupTargetAssignmentMemberValue_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupTargetAssignmentMemberValue, int]:
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
            raise null_not_allowed("ShareGroupTargetAssignmentMemberValue.TopicPartitions", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupTargetAssignmentMemberValue.TopicPartitions", n, pos, end - pos
            )
        else:
            items_topic_partitions: list[TopicPartition] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions: tuple[TopicPartition, ...] = tuple(items_topic_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ShareGroupTargetAssignmentMemberValue(f_topic_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ShareGroupTargetAssignmentMemberValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupTargetAssignmentMemberValue v0", pos) from None


def _w_ShareGroupTargetAssignmentMemberValue_0(
    o: ShareGroupTargetAssignmentMemberValue, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_partitions = o.topic_partitions
    n = len(v_topic_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_partitions = _w_TopicPartition_0
    for x_topic_partitions in v_topic_partitions:
        w_topic_partitions(x_topic_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupTargetAssignmentMemberValue_0(o: ShareGroupTargetAssignmentMemberValue) -> int:
    n = 0
    v_topic_partitions = o.topic_partitions
    n += uvarint_size(len(v_topic_partitions) + 1)
    sz_topic_partitions = _s_TopicPartition_0
    for x_topic_partitions in v_topic_partitions:
        n += sz_topic_partitions(x_topic_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartition_0(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicPartition.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartition.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartition(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartition v0", pos) from None


def _w_TopicPartition_0(o: TopicPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartition_0(o: TopicPartition) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupTargetAssignmentMemberValue._READERS = (_r_ShareGroupTargetAssignmentMemberValue_0,)
ShareGroupTargetAssignmentMemberValue._WRITERS = (_w_ShareGroupTargetAssignmentMemberValue_0,)
ShareGroupTargetAssignmentMemberValue._SIZERS = (_s_ShareGroupTargetAssignmentMemberValue_0,)
bind_readers(
    ShareGroupTargetAssignmentMemberValue,
    "share_group_target_assignment_member_value",
    "ec1d8ef4a6f24137",
    (
        TopicPartition,
        ShareGroupTargetAssignmentMemberValue,
    ),
)
