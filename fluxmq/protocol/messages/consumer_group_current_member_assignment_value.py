# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupCurrentMemberAssignmentValue: Kafka coordinator-value (key 8), versions 0."""

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
    "ConsumerGroupCurrentMemberAssignmentValue",
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
        FieldInfo(
            "assignment_epochs",
            "AssignmentEpochs",
            "int32",
            True,
            (0, 32767),
            (0, 32767),
            0,
            (0, 32767),
            False,
            None,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[int] = ()
    assignment_epochs: Sequence[int] | None = None
    unknown_tags: dict[int, bytes] | None = None


class ConsumerGroupCurrentMemberAssignmentValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupCurrentMemberAssignmentValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 8
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
        FieldInfo(
            "partitions_pending_revocation",
            "PartitionsPendingRevocation",
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
    partitions_pending_revocation: Sequence[TopicPartitions] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupCurrentMemberAssignmentValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupCurrentMemberAssignmentValue, int]:
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
            raise null_not_allowed(
                "ConsumerGroupCurrentMemberAssignmentValue.AssignedPartitions", pos
            )
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupCurrentMemberAssignmentValue.AssignedPartitions", n, pos, end - pos
            )
        else:
            items_assigned_partitions: list[TopicPartitions] = []
            append_assigned_partitions = items_assigned_partitions.append
            for _ in range(n):
                x_assigned_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_assigned_partitions(x_assigned_partitions)
            f_assigned_partitions: tuple[TopicPartitions, ...] = tuple(items_assigned_partitions)
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
            raise null_not_allowed(
                "ConsumerGroupCurrentMemberAssignmentValue.PartitionsPendingRevocation", pos
            )
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupCurrentMemberAssignmentValue.PartitionsPendingRevocation",
                n,
                pos,
                end - pos,
            )
        else:
            items_partitions_pending_revocation: list[TopicPartitions] = []
            append_partitions_pending_revocation = items_partitions_pending_revocation.append
            for _ in range(n):
                x_partitions_pending_revocation, pos = _r_TopicPartitions_0(buf, pos)
                append_partitions_pending_revocation(x_partitions_pending_revocation)
            f_partitions_pending_revocation: tuple[TopicPartitions, ...] = tuple(
                items_partitions_pending_revocation
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ConsumerGroupCurrentMemberAssignmentValue(
                f_member_epoch,
                f_previous_member_epoch,
                f_state,
                f_assigned_partitions,
                f_partitions_pending_revocation,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerGroupCurrentMemberAssignmentValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupCurrentMemberAssignmentValue v0", pos) from None


def _w_ConsumerGroupCurrentMemberAssignmentValue_0(
    o: ConsumerGroupCurrentMemberAssignmentValue, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.member_epoch, o.previous_member_epoch, o.state))
    v_assigned_partitions = o.assigned_partitions
    n = len(v_assigned_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_assigned_partitions = _w_TopicPartitions_0
    for x_assigned_partitions in v_assigned_partitions:
        w_assigned_partitions(x_assigned_partitions, out)
    v_partitions_pending_revocation = o.partitions_pending_revocation
    n = len(v_partitions_pending_revocation) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions_pending_revocation = _w_TopicPartitions_0
    for x_partitions_pending_revocation in v_partitions_pending_revocation:
        w_partitions_pending_revocation(x_partitions_pending_revocation, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConsumerGroupCurrentMemberAssignmentValue_0(
    o: ConsumerGroupCurrentMemberAssignmentValue,
) -> int:
    n = 9
    v_assigned_partitions = o.assigned_partitions
    n += uvarint_size(len(v_assigned_partitions) + 1)
    sz_assigned_partitions = _s_TopicPartitions_0
    for x_assigned_partitions in v_assigned_partitions:
        n += sz_assigned_partitions(x_assigned_partitions)
    v_partitions_pending_revocation = o.partitions_pending_revocation
    n += uvarint_size(len(v_partitions_pending_revocation) + 1)
    sz_partitions_pending_revocation = _s_TopicPartitions_0
    for x_partitions_pending_revocation in v_partitions_pending_revocation:
        n += sz_partitions_pending_revocation(x_partitions_pending_revocation)
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
        f_assignment_epochs: Sequence[int] | None = None
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("TopicPartitions v0 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("TopicPartitions v0 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if 0 <= n < SMALL_ARRAY:
                        f_assignment_epochs = _Ai32[n].unpack_from(tbuf, pos)
                        pos += n * 4
                    elif n < 0:
                        f_assignment_epochs = None
                    elif n * 4 > tend - pos:
                        raise bad_length("TopicPartitions.AssignmentEpochs", n, pos, tend - pos)
                    else:
                        f_assignment_epochs = unpack_from(">%di" % n, tbuf, pos)
                        pos += n * 4
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return TopicPartitions(f_topic_id, f_partitions, f_assignment_epochs, tags), pos
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
    if not (o.unknown_tags is not None or (o.assignment_epochs is not None)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.assignment_epochs is not None:
            sub_assignment_epochs: list[Buffer] = []
            outer, out, a = out, sub_assignment_epochs, sub_assignment_epochs.append
            v_assignment_epochs = o.assignment_epochs
            if v_assignment_epochs is None:
                a(b"\x00")
            else:
                n = len(v_assignment_epochs) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                k = len(v_assignment_epochs)
                a(
                    _Ai32[k].pack(*v_assignment_epochs)
                    if k < SMALL_ARRAY
                    else pack(">%di" % k, *v_assignment_epochs)
                )
            out, a = outer, outer.append
            tags[0] = b"".join(sub_assignment_epochs)
        write_tags(out, tags)


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.assignment_epochs is not None:
        outer_n = n
        n = 0
        v_assignment_epochs = o.assignment_epochs
        if v_assignment_epochs is None:
            n += 1
        else:
            n += uvarint_size(len(v_assignment_epochs) + 1)
            n += 4 * len(v_assignment_epochs)
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


ConsumerGroupCurrentMemberAssignmentValue._READERS = (
    _r_ConsumerGroupCurrentMemberAssignmentValue_0,
)
ConsumerGroupCurrentMemberAssignmentValue._WRITERS = (
    _w_ConsumerGroupCurrentMemberAssignmentValue_0,
)
ConsumerGroupCurrentMemberAssignmentValue._SIZERS = (
    _s_ConsumerGroupCurrentMemberAssignmentValue_0,
)
bind_readers(
    ConsumerGroupCurrentMemberAssignmentValue,
    "consumer_group_current_member_assignment_value",
    "e8837c38801160f6",
    (
        TopicPartitions,
        ConsumerGroupCurrentMemberAssignmentValue,
    ),
)
