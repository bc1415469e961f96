# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupTargetAssignmentMemberValue: Kafka coordinator-value (key 21), versions 0."""

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
    "StreamsGroupTargetAssignmentMemberValue",
]

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
    )
    subtopology_id: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupTargetAssignmentMemberValue(_Message):
    NAME: ClassVar[str] = "StreamsGroupTargetAssignmentMemberValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
    )
    active_tasks: Sequence[TaskIds] = ()
    standby_tasks: Sequence[TaskIds] = ()
    warmup_tasks: Sequence[TaskIds] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupTargetAssignmentMemberValue_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupTargetAssignmentMemberValue, int]:
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
            raise null_not_allowed("StreamsGroupTargetAssignmentMemberValue.ActiveTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupTargetAssignmentMemberValue.ActiveTasks", n, pos, end - pos
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
            raise null_not_allowed("StreamsGroupTargetAssignmentMemberValue.StandbyTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupTargetAssignmentMemberValue.StandbyTasks", n, pos, end - pos
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
            raise null_not_allowed("StreamsGroupTargetAssignmentMemberValue.WarmupTasks", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupTargetAssignmentMemberValue.WarmupTasks", n, pos, end - pos
            )
        else:
            items_warmup_tasks: list[TaskIds] = []
            append_warmup_tasks = items_warmup_tasks.append
            for _ in range(n):
                x_warmup_tasks, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks(x_warmup_tasks)
            f_warmup_tasks: tuple[TaskIds, ...] = tuple(items_warmup_tasks)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupTargetAssignmentMemberValue(
                f_active_tasks, f_standby_tasks, f_warmup_tasks, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupTargetAssignmentMemberValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupTargetAssignmentMemberValue v0", pos) from None


def _w_StreamsGroupTargetAssignmentMemberValue_0(
    o: StreamsGroupTargetAssignmentMemberValue, out: list[Buffer]
) -> None:
    a = out.append
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupTargetAssignmentMemberValue_0(o: StreamsGroupTargetAssignmentMemberValue) -> int:
    n = 0
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
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TaskIds(f_subtopology_id, f_partitions, tags), pos
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


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
    n += tags_size(tags)
    return n


StreamsGroupTargetAssignmentMemberValue._READERS = (_r_StreamsGroupTargetAssignmentMemberValue_0,)
StreamsGroupTargetAssignmentMemberValue._WRITERS = (_w_StreamsGroupTargetAssignmentMemberValue_0,)
StreamsGroupTargetAssignmentMemberValue._SIZERS = (_s_StreamsGroupTargetAssignmentMemberValue_0,)
bind_readers(
    StreamsGroupTargetAssignmentMemberValue,
    "streams_group_target_assignment_member_value",
    "3330373f35aad3ed",
    (
        TaskIds,
        StreamsGroupTargetAssignmentMemberValue,
    ),
)
