# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupCurrentMemberAssignmentValue: Kafka coordinator-value (key 22), versions 0."""

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
    "TaskIds",
    "StreamsGroupCurrentMemberAssignmentValue",
]

_F0 = PackStruct(">iib")
_Ai32 = array_structs("i")


class TaskIds(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "subtopology_id",
            "SubtopologyId",
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
    subtopology_id: str = ""
    partitions: Sequence[int] = ()
    assignment_epochs: Sequence[int] | None = None
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupCurrentMemberAssignmentValue(_Message):
    NAME: ClassVar[str] = "StreamsGroupCurrentMemberAssignmentValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 22
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
            "active_tasks",
            "ActiveTasks",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "standby_tasks",
            "StandbyTasks",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "warmup_tasks",
            "WarmupTasks",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "active_tasks_pending_revocation",
            "ActiveTasksPendingRevocation",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "standby_tasks_pending_revocation",
            "StandbyTasksPendingRevocation",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "warmup_tasks_pending_revocation",
            "WarmupTasksPendingRevocation",
            "TaskIds",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
    )
    member_epoch: int = 0
    previous_member_epoch: int = 0
    state: int = 0
    active_tasks: Sequence[TaskIds] = ()
    standby_tasks: Sequence[TaskIds] = ()
    warmup_tasks: Sequence[TaskIds] = ()
    active_tasks_pending_revocation: Sequence[TaskIds] = ()
    standby_tasks_pending_revocation: Sequence[TaskIds] = ()
    warmup_tasks_pending_revocation: Sequence[TaskIds] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupCurrentMemberAssignmentValue_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupCurrentMemberAssignmentValue, int]:
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
            raise null_not_allowed("StreamsGroupCurrentMemberAssignmentValue.ActiveTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.ActiveTasks", n, pos, end - pos
            )
        else:
            items_active_tasks: list[TaskIds] = []
            append_active_tasks = items_active_tasks.append
            for _ in range(n):
                x_active_tasks, pos = _r_TaskIds_0(buf, pos)
                append_active_tasks(x_active_tasks)
            f_active_tasks: tuple[TaskIds, ...] = tuple(items_active_tasks)
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
            raise null_not_allowed("StreamsGroupCurrentMemberAssignmentValue.StandbyTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.StandbyTasks", n, pos, end - pos
            )
        else:
            items_standby_tasks: list[TaskIds] = []
            append_standby_tasks = items_standby_tasks.append
            for _ in range(n):
                x_standby_tasks, pos = _r_TaskIds_0(buf, pos)
                append_standby_tasks(x_standby_tasks)
            f_standby_tasks: tuple[TaskIds, ...] = tuple(items_standby_tasks)
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
            raise null_not_allowed("StreamsGroupCurrentMemberAssignmentValue.WarmupTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.WarmupTasks", n, pos, end - pos
            )
        else:
            items_warmup_tasks: list[TaskIds] = []
            append_warmup_tasks = items_warmup_tasks.append
            for _ in range(n):
                x_warmup_tasks, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks(x_warmup_tasks)
            f_warmup_tasks: tuple[TaskIds, ...] = tuple(items_warmup_tasks)
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
                "StreamsGroupCurrentMemberAssignmentValue.ActiveTasksPendingRevocation", pos
            )
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.ActiveTasksPendingRevocation",
                n,
                pos,
                end - pos,
            )
        else:
            items_active_tasks_pending_revocation: list[TaskIds] = []
            append_active_tasks_pending_revocation = items_active_tasks_pending_revocation.append
            for _ in range(n):
                x_active_tasks_pending_revocation, pos = _r_TaskIds_0(buf, pos)
                append_active_tasks_pending_revocation(x_active_tasks_pending_revocation)
            f_active_tasks_pending_revocation: tuple[TaskIds, ...] = tuple(
                items_active_tasks_pending_revocation
            )
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
                "StreamsGroupCurrentMemberAssignmentValue.StandbyTasksPendingRevocation", pos
            )
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.StandbyTasksPendingRevocation",
                n,
                pos,
                end - pos,
            )
        else:
            items_standby_tasks_pending_revocation: list[TaskIds] = []
            append_standby_tasks_pending_revocation = items_standby_tasks_pending_revocation.append
            for _ in range(n):
                x_standby_tasks_pending_revocation, pos = _r_TaskIds_0(buf, pos)
                append_standby_tasks_pending_revocation(x_standby_tasks_pending_revocation)
            f_standby_tasks_pending_revocation: tuple[TaskIds, ...] = tuple(
                items_standby_tasks_pending_revocation
            )
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
                "StreamsGroupCurrentMemberAssignmentValue.WarmupTasksPendingRevocation", pos
            )
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupCurrentMemberAssignmentValue.WarmupTasksPendingRevocation",
                n,
                pos,
                end - pos,
            )
        else:
            items_warmup_tasks_pending_revocation: list[TaskIds] = []
            append_warmup_tasks_pending_revocation = items_warmup_tasks_pending_revocation.append
            for _ in range(n):
                x_warmup_tasks_pending_revocation, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks_pending_revocation(x_warmup_tasks_pending_revocation)
            f_warmup_tasks_pending_revocation: tuple[TaskIds, ...] = tuple(
                items_warmup_tasks_pending_revocation
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupCurrentMemberAssignmentValue(
                f_member_epoch,
                f_previous_member_epoch,
                f_state,
                f_active_tasks,
                f_standby_tasks,
                f_warmup_tasks,
                f_active_tasks_pending_revocation,
                f_standby_tasks_pending_revocation,
                f_warmup_tasks_pending_revocation,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupCurrentMemberAssignmentValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupCurrentMemberAssignmentValue v0", pos) from None


def _w_StreamsGroupCurrentMemberAssignmentValue_0(
    o: StreamsGroupCurrentMemberAssignmentValue, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.member_epoch, o.previous_member_epoch, o.state))
    v_active_tasks = o.active_tasks
    n = len(v_active_tasks) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_active_tasks = _w_TaskIds_0
    for x_active_tasks in v_active_tasks:
        w_active_tasks(x_active_tasks, out)
    v_standby_tasks = o.standby_tasks
    n = len(v_standby_tasks) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_standby_tasks = _w_TaskIds_0
    for x_standby_tasks in v_standby_tasks:
        w_standby_tasks(x_standby_tasks, out)
    v_warmup_tasks = o.warmup_tasks
    n = len(v_warmup_tasks) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_warmup_tasks = _w_TaskIds_0
    for x_warmup_tasks in v_warmup_tasks:
        w_warmup_tasks(x_warmup_tasks, out)
    v_active_tasks_pending_revocation = o.active_tasks_pending_revocation
    n = len(v_active_tasks_pending_revocation) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_active_tasks_pending_revocation = _w_TaskIds_0
    for x_active_tasks_pending_revocation in v_active_tasks_pending_revocation:
        w_active_tasks_pending_revocation(x_active_tasks_pending_revocation, out)
    v_standby_tasks_pending_revocation = o.standby_tasks_pending_revocation
    n = len(v_standby_tasks_pending_revocation) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_standby_tasks_pending_revocation = _w_TaskIds_0
    for x_standby_tasks_pending_revocation in v_standby_tasks_pending_revocation:
        w_standby_tasks_pending_revocation(x_standby_tasks_pending_revocation, out)
    v_warmup_tasks_pending_revocation = o.warmup_tasks_pending_revocation
    n = len(v_warmup_tasks_pending_revocation) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_warmup_tasks_pending_revocation = _w_TaskIds_0
    for x_warmup_tasks_pending_revocation in v_warmup_tasks_pending_revocation:
        w_warmup_tasks_pending_revocation(x_warmup_tasks_pending_revocation, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupCurrentMemberAssignmentValue_0(
    o: StreamsGroupCurrentMemberAssignmentValue,
) -> int:
    n = 9
    v_active_tasks = o.active_tasks
    n += uvarint_size(len(v_active_tasks) + 1)
    sz_active_tasks = _s_TaskIds_0
    for x_active_tasks in v_active_tasks:
        n += sz_active_tasks(x_active_tasks)
    v_standby_tasks = o.standby_tasks
    n += uvarint_size(len(v_standby_tasks) + 1)
    sz_standby_tasks = _s_TaskIds_0
    for x_standby_tasks in v_standby_tasks:
        n += sz_standby_tasks(x_standby_tasks)
    v_warmup_tasks = o.warmup_tasks
    n += uvarint_size(len(v_warmup_tasks) + 1)
    sz_warmup_tasks = _s_TaskIds_0
    for x_warmup_tasks in v_warmup_tasks:
        n += sz_warmup_tasks(x_warmup_tasks)
    v_active_tasks_pending_revocation = o.active_tasks_pending_revocation
    n += uvarint_size(len(v_active_tasks_pending_revocation) + 1)
    sz_active_tasks_pending_revocation = _s_TaskIds_0
    for x_active_tasks_pending_revocation in v_active_tasks_pending_revocation:
        n += sz_active_tasks_pending_revocation(x_active_tasks_pending_revocation)
    v_standby_tasks_pending_revocation = o.standby_tasks_pending_revocation
    n += uvarint_size(len(v_standby_tasks_pending_revocation) + 1)
    sz_standby_tasks_pending_revocation = _s_TaskIds_0
    for x_standby_tasks_pending_revocation in v_standby_tasks_pending_revocation:
        n += sz_standby_tasks_pending_revocation(x_standby_tasks_pending_revocation)
    v_warmup_tasks_pending_revocation = o.warmup_tasks_pending_revocation
    n += uvarint_size(len(v_warmup_tasks_pending_revocation) + 1)
    sz_warmup_tasks_pending_revocation = _s_TaskIds_0
    for x_warmup_tasks_pending_revocation in v_warmup_tasks_pending_revocation:
        n += sz_warmup_tasks_pending_revocation(x_warmup_tasks_pending_revocation)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TaskIds_0(buf: memoryview, pos: int) -> tuple[TaskIds, int]:
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
            raise null_not_allowed("TaskIds.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("TaskIds.SubtopologyId", n, pos, end - pos)
        else:
            f_subtopology_id = str(buf[pos : pos + n], "utf-8")
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TaskIds.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TaskIds.Partitions", n, pos, end - pos)
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
                raise bad_length("TaskIds v0 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("TaskIds v0 tag", size, pos, end - pos)
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
                        raise bad_length("TaskIds.AssignmentEpochs", n, pos, tend - pos)
                    else:
                        f_assignment_epochs = unpack_from(">%di" % n, tbuf, pos)
                        pos += n * 4
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return TaskIds(f_subtopology_id, f_partitions, f_assignment_epochs, tags), pos
    except (StructError, IndexError):
        raise truncated("TaskIds v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TaskIds v0", pos) from None


def _w_TaskIds_0(o: TaskIds, out: list[Buffer]) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
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


def _s_TaskIds_0(o: TaskIds) -> int:
    n = 0
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
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


StreamsGroupCurrentMemberAssignmentValue._READERS = (_r_StreamsGroupCurrentMemberAssignmentValue_0,)
StreamsGroupCurrentMemberAssignmentValue._WRITERS = (_w_StreamsGroupCurrentMemberAssignmentValue_0,)
StreamsGroupCurrentMemberAssignmentValue._SIZERS = (_s_StreamsGroupCurrentMemberAssignmentValue_0,)
bind_readers(
    StreamsGroupCurrentMemberAssignmentValue,
    "streams_group_current_member_assignment_value",
    "3e886c0c0b06ccb5",
    (
        TaskIds,
        StreamsGroupCurrentMemberAssignmentValue,
    ),
)
