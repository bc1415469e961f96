# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupCurrentMemberAssignmentValue: Kafka coordinator-value (key 14), versions 0."""

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
    "TopicPartitions",
    "ShareGroupCurrentMemberAssignmentValue",
]

_F0 = PackStruct(">iib")
_F1 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartitions(_StructBase):
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


class ShareGroupCurrentMemberAssignmentValue(_Message):
    NAME: ClassVar[str] = "ShareGroupCurrentMemberAssignmentValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "member_epoch",
            "MemberEpoch",
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
            "previous_member_epoch",
            "PreviousMemberEpoch",
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
            "state", "State", "int8", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "assigned_partitions",
            "AssignedPartitions",
            "TopicPartitions",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartitions,
            False,
        ),
    )
    member_epoch: int = 0
    previous_member_epoch: int = 0
    state: int = 0
    assigned_partitions: Sequence[TopicPartitions] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupCurrentMemberAssignmentValue_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupCurrentMemberAssignmentValue, int]:
    end = len(buf)
    try:
        (
            f_member_epoch,
            f_previous_member_epoch,
            f_state,
        ) = _F0.unpack_from(buf, pos)
        pos += 9
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
            raise null_not_allowed("ShareGroupCurrentMemberAssignmentValue.AssignedPartitions", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupCurrentMemberAssignmentValue.AssignedPartitions", n, pos, end - pos
            )
        else:
            items_assigned_partitions: list[TopicPartitions] = []
            append_assigned_partitions = items_assigned_partitions.append
            for _ in range(n):
                x_assigned_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_assigned_partitions(x_assigned_partitions)
            f_assigned_partitions: tuple[TopicPartitions, ...] = tuple(items_assigned_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareGroupCurrentMemberAssignmentValue(
                f_member_epoch, f_previous_member_epoch, f_state, f_assigned_partitions, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareGroupCurrentMemberAssignmentValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupCurrentMemberAssignmentValue v0", pos) from None


def _w_ShareGroupCurrentMemberAssignmentValue_0(
    o: ShareGroupCurrentMemberAssignmentValue, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.member_epoch, o.previous_member_epoch, o.state))
    v_assigned_partitions = o.assigned_partitions
    n = len(v_assigned_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_assigned_partitions = _w_TopicPartitions_0
    for x_assigned_partitions in v_assigned_partitions:
        w_assigned_partitions(x_assigned_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupCurrentMemberAssignmentValue_0(o: ShareGroupCurrentMemberAssignmentValue) -> int:
    n = 9
    v_assigned_partitions = o.assigned_partitions
    n += uvarint_size(len(v_assigned_partitions) + 1)
    sz_assigned_partitions = _s_TopicPartitions_0
    for x_assigned_partitions in v_assigned_partitions:
        n += sz_assigned_partitions(x_assigned_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartitions_0(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicPartitions.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartitions.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartitions(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v0", pos) from None


def _w_TopicPartitions_0(o: TopicPartitions, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupCurrentMemberAssignmentValue._READERS = (_r_ShareGroupCurrentMemberAssignmentValue_0,)
ShareGroupCurrentMemberAssignmentValue._WRITERS = (_w_ShareGroupCurrentMemberAssignmentValue_0,)
ShareGroupCurrentMemberAssignmentValue._SIZERS = (_s_ShareGroupCurrentMemberAssignmentValue_0,)
bind_readers(
    ShareGroupCurrentMemberAssignmentValue,
    "share_group_current_member_assignment_value",
    "f1f7edc1cffa5e36",
    (
        TopicPartitions,
        ShareGroupCurrentMemberAssignmentValue,
    ),
)
