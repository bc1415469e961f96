# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupHeartbeatResponse: Kafka response (key 88), versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
import msgspec
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
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "Status",
    "TaskIds",
    "Endpoint",
    "TopicPartition",
    "EndpointToPartitions",
    "StreamsGroupHeartbeatResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">iiii")
_F2 = PackStruct(">i")
_F3 = PackStruct(">iiiq")
_F4 = PackStruct(">?i")
_F5 = PackStruct(">H")
_F6 = PackStruct(">b")
_Ai32 = array_structs("i")


class Status(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "status_code",
            "StatusCode",
            "int8",
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
            "status_detail",
            "StatusDetail",
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
    )
    status_code: int = 0
    status_detail: str = ""
    unknown_tags: dict[int, bytes] | None = None


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


class Endpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "uint16", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    host: str = ""
    port: int = 0
    unknown_tags: dict[int, bytes] | None = None


class TopicPartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
    topic: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class EndpointToPartitions(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "user_endpoint",
            "UserEndpoint",
            "Endpoint",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Endpoint,
            False,
        ),
        FieldInfo(
            "active_partitions",
            "ActivePartitions",
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
        FieldInfo(
            "standby_partitions",
            "StandbyPartitions",
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
    user_endpoint: Endpoint = msgspec.field(default_factory=Endpoint)
    active_partitions: Sequence[TopicPartition] = ()
    standby_partitions: Sequence[TopicPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupHeartbeatResponse(_Message):
    NAME: ClassVar[str] = "StreamsGroupHeartbeatResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 88
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            "error_code",
            "ErrorCode",
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
            "error_message",
            "ErrorMessage",
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
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
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
            "heartbeat_interval_ms",
            "HeartbeatIntervalMs",
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
            "acceptable_recovery_lag_legacy",
            "AcceptableRecoveryLagLegacy",
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
            "task_offset_interval_ms",
            "TaskOffsetIntervalMs",
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
            "acceptable_recovery_lag",
            "AcceptableRecoveryLag",
            "int64",
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
            "status",
            "Status",
            "Status",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Status,
            False,
        ),
        FieldInfo(
            "active_tasks",
            "ActiveTasks",
            "TaskIds",
            True,
            (0, 32767),
            (0, 32767),
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
            (0, 32767),
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
            (0, 32767),
            None,
            (1, 0),
            False,
            TaskIds,
            False,
        ),
        FieldInfo(
            "topology_description_required",
            "TopologyDescriptionRequired",
            "bool",
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
            "endpoint_information_epoch",
            "EndpointInformationEpoch",
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
            "partitions_by_user_endpoint",
            "PartitionsByUserEndpoint",
            "EndpointToPartitions",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            EndpointToPartitions,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = None
    member_id: str = ""
    member_epoch: int = 0
    heartbeat_interval_ms: int = 0
    acceptable_recovery_lag_legacy: int = 0
    task_offset_interval_ms: int = 0
    acceptable_recovery_lag: int = -1
    status: Sequence[Status] | None = ()
    active_tasks: Sequence[TaskIds] | None = None
    standby_tasks: Sequence[TaskIds] | None = None
    warmup_tasks: Sequence[TaskIds] | None = None
    topology_description_required: bool = False
    endpoint_information_epoch: int = 0
    partitions_by_user_endpoint: Sequence[EndpointToPartitions] | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupHeartbeatResponse_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupHeartbeatResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("StreamsGroupHeartbeatResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_member_epoch,
            f_heartbeat_interval_ms,
            f_acceptable_recovery_lag_legacy,
            f_task_offset_interval_ms,
        ) = _F1.unpack_from(buf, pos)
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
            f_status: tuple[Status, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.Status", n, pos, end - pos)
        else:
            items_status: list[Status] = []
            append_status = items_status.append
            for _ in range(n):
                x_status, pos = _r_Status_0(buf, pos)
                append_status(x_status)
            f_status = tuple(items_status)
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
            f_active_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.ActiveTasks", n, pos, end - pos)
        else:
            items_active_tasks: list[TaskIds] = []
            append_active_tasks = items_active_tasks.append
            for _ in range(n):
                x_active_tasks, pos = _r_TaskIds_0(buf, pos)
                append_active_tasks(x_active_tasks)
            f_active_tasks = tuple(items_active_tasks)
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
            f_standby_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.StandbyTasks", n, pos, end - pos)
        else:
            items_standby_tasks: list[TaskIds] = []
            append_standby_tasks = items_standby_tasks.append
            for _ in range(n):
                x_standby_tasks, pos = _r_TaskIds_0(buf, pos)
                append_standby_tasks(x_standby_tasks)
            f_standby_tasks = tuple(items_standby_tasks)
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
            f_warmup_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.WarmupTasks", n, pos, end - pos)
        else:
            items_warmup_tasks: list[TaskIds] = []
            append_warmup_tasks = items_warmup_tasks.append
            for _ in range(n):
                x_warmup_tasks, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks(x_warmup_tasks)
            f_warmup_tasks = tuple(items_warmup_tasks)
        (f_endpoint_information_epoch,) = _F2.unpack_from(buf, pos)
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
            f_partitions_by_user_endpoint: tuple[EndpointToPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupHeartbeatResponse.PartitionsByUserEndpoint", n, pos, end - pos
            )
        else:
            items_partitions_by_user_endpoint: list[EndpointToPartitions] = []
            append_partitions_by_user_endpoint = items_partitions_by_user_endpoint.append
            for _ in range(n):
                x_partitions_by_user_endpoint, pos = _r_EndpointToPartitions_0(buf, pos)
                append_partitions_by_user_endpoint(x_partitions_by_user_endpoint)
            f_partitions_by_user_endpoint = tuple(items_partitions_by_user_endpoint)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupHeartbeatResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_member_id,
                f_member_epoch,
                f_heartbeat_interval_ms,
                f_acceptable_recovery_lag_legacy,
                f_task_offset_interval_ms,
                -1,
                f_status,
                f_active_tasks,
                f_standby_tasks,
                f_warmup_tasks,
                False,
                f_endpoint_information_epoch,
                f_partitions_by_user_endpoint,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupHeartbeatResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupHeartbeatResponse v0", pos) from None


def _w_StreamsGroupHeartbeatResponse_0(o: StreamsGroupHeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.topology_description_required:
        raise not_in_version("StreamsGroupHeartbeatResponse.TopologyDescriptionRequired", "0")
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(
        _F1.pack(
            o.member_epoch,
            o.heartbeat_interval_ms,
            o.acceptable_recovery_lag_legacy,
            o.task_offset_interval_ms,
        )
    )
    v_status = o.status
    if v_status is None:
        a(b"\x00")
    else:
        n = len(v_status) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_status = _w_Status_0
        for x_status in v_status:
            w_status(x_status, out)
    v_active_tasks = o.active_tasks
    if v_active_tasks is None:
        a(b"\x00")
    else:
        n = len(v_active_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_active_tasks = _w_TaskIds_0
        for x_active_tasks in v_active_tasks:
            w_active_tasks(x_active_tasks, out)
    v_standby_tasks = o.standby_tasks
    if v_standby_tasks is None:
        a(b"\x00")
    else:
        n = len(v_standby_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_standby_tasks = _w_TaskIds_0
        for x_standby_tasks in v_standby_tasks:
            w_standby_tasks(x_standby_tasks, out)
    v_warmup_tasks = o.warmup_tasks
    if v_warmup_tasks is None:
        a(b"\x00")
    else:
        n = len(v_warmup_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_warmup_tasks = _w_TaskIds_0
        for x_warmup_tasks in v_warmup_tasks:
            w_warmup_tasks(x_warmup_tasks, out)
    a(_F2.pack(o.endpoint_information_epoch))
    v_partitions_by_user_endpoint = o.partitions_by_user_endpoint
    if v_partitions_by_user_endpoint is None:
        a(b"\x00")
    else:
        n = len(v_partitions_by_user_endpoint) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_partitions_by_user_endpoint = _w_EndpointToPartitions_0
        for x_partitions_by_user_endpoint in v_partitions_by_user_endpoint:
            w_partitions_by_user_endpoint(x_partitions_by_user_endpoint, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupHeartbeatResponse_0(o: StreamsGroupHeartbeatResponse) -> int:
    n = 26
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_status = o.status
    if v_status is None:
        n += 1
    else:
        n += uvarint_size(len(v_status) + 1)
        sz_status = _s_Status_0
        for x_status in v_status:
            n += sz_status(x_status)
    v_active_tasks = o.active_tasks
    if v_active_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_active_tasks) + 1)
        sz_active_tasks = _s_TaskIds_0
        for x_active_tasks in v_active_tasks:
            n += sz_active_tasks(x_active_tasks)
    v_standby_tasks = o.standby_tasks
    if v_standby_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_standby_tasks) + 1)
        sz_standby_tasks = _s_TaskIds_0
        for x_standby_tasks in v_standby_tasks:
            n += sz_standby_tasks(x_standby_tasks)
    v_warmup_tasks = o.warmup_tasks
    if v_warmup_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_warmup_tasks) + 1)
        sz_warmup_tasks = _s_TaskIds_0
        for x_warmup_tasks in v_warmup_tasks:
            n += sz_warmup_tasks(x_warmup_tasks)
    v_partitions_by_user_endpoint = o.partitions_by_user_endpoint
    if v_partitions_by_user_endpoint is None:
        n += 1
    else:
        n += uvarint_size(len(v_partitions_by_user_endpoint) + 1)
        sz_partitions_by_user_endpoint = _s_EndpointToPartitions_0
        for x_partitions_by_user_endpoint in v_partitions_by_user_endpoint:
            n += sz_partitions_by_user_endpoint(x_partitions_by_user_endpoint)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_StreamsGroupHeartbeatResponse_1(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupHeartbeatResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("StreamsGroupHeartbeatResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_member_epoch,
            f_heartbeat_interval_ms,
            f_task_offset_interval_ms,
            f_acceptable_recovery_lag,
        ) = _F3.unpack_from(buf, pos)
        pos += 20
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
            f_status: tuple[Status, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.Status", n, pos, end - pos)
        else:
            items_status: list[Status] = []
            append_status = items_status.append
            for _ in range(n):
                x_status, pos = _r_Status_0(buf, pos)
                append_status(x_status)
            f_status = tuple(items_status)
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
            f_active_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.ActiveTasks", n, pos, end - pos)
        else:
            items_active_tasks: list[TaskIds] = []
            append_active_tasks = items_active_tasks.append
            for _ in range(n):
                x_active_tasks, pos = _r_TaskIds_0(buf, pos)
                append_active_tasks(x_active_tasks)
            f_active_tasks = tuple(items_active_tasks)
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
            f_standby_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.StandbyTasks", n, pos, end - pos)
        else:
            items_standby_tasks: list[TaskIds] = []
            append_standby_tasks = items_standby_tasks.append
            for _ in range(n):
                x_standby_tasks, pos = _r_TaskIds_0(buf, pos)
                append_standby_tasks(x_standby_tasks)
            f_standby_tasks = tuple(items_standby_tasks)
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
            f_warmup_tasks: tuple[TaskIds, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatResponse.WarmupTasks", n, pos, end - pos)
        else:
            items_warmup_tasks: list[TaskIds] = []
            append_warmup_tasks = items_warmup_tasks.append
            for _ in range(n):
                x_warmup_tasks, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks(x_warmup_tasks)
            f_warmup_tasks = tuple(items_warmup_tasks)
        (
            f_topology_description_required,
            f_endpoint_information_epoch,
        ) = _F4.unpack_from(buf, pos)
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
            f_partitions_by_user_endpoint: tuple[EndpointToPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupHeartbeatResponse.PartitionsByUserEndpoint", n, pos, end - pos
            )
        else:
            items_partitions_by_user_endpoint: list[EndpointToPartitions] = []
            append_partitions_by_user_endpoint = items_partitions_by_user_endpoint.append
            for _ in range(n):
                x_partitions_by_user_endpoint, pos = _r_EndpointToPartitions_0(buf, pos)
                append_partitions_by_user_endpoint(x_partitions_by_user_endpoint)
            f_partitions_by_user_endpoint = tuple(items_partitions_by_user_endpoint)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupHeartbeatResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_member_id,
                f_member_epoch,
                f_heartbeat_interval_ms,
                0,
                f_task_offset_interval_ms,
                f_acceptable_recovery_lag,
                f_status,
                f_active_tasks,
                f_standby_tasks,
                f_warmup_tasks,
                f_topology_description_required,
                f_endpoint_information_epoch,
                f_partitions_by_user_endpoint,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupHeartbeatResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupHeartbeatResponse v1", pos) from None


def _w_StreamsGroupHeartbeatResponse_1(o: StreamsGroupHeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.acceptable_recovery_lag_legacy != 0:
        raise not_in_version("StreamsGroupHeartbeatResponse.AcceptableRecoveryLagLegacy", "1")
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(
        _F3.pack(
            o.member_epoch,
            o.heartbeat_interval_ms,
            o.task_offset_interval_ms,
            o.acceptable_recovery_lag,
        )
    )
    v_status = o.status
    if v_status is None:
        a(b"\x00")
    else:
        n = len(v_status) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_status = _w_Status_0
        for x_status in v_status:
            w_status(x_status, out)
    v_active_tasks = o.active_tasks
    if v_active_tasks is None:
        a(b"\x00")
    else:
        n = len(v_active_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_active_tasks = _w_TaskIds_0
        for x_active_tasks in v_active_tasks:
            w_active_tasks(x_active_tasks, out)
    v_standby_tasks = o.standby_tasks
    if v_standby_tasks is None:
        a(b"\x00")
    else:
        n = len(v_standby_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_standby_tasks = _w_TaskIds_0
        for x_standby_tasks in v_standby_tasks:
            w_standby_tasks(x_standby_tasks, out)
    v_warmup_tasks = o.warmup_tasks
    if v_warmup_tasks is None:
        a(b"\x00")
    else:
        n = len(v_warmup_tasks) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_warmup_tasks = _w_TaskIds_0
        for x_warmup_tasks in v_warmup_tasks:
            w_warmup_tasks(x_warmup_tasks, out)
    a(_F4.pack(o.topology_description_required, o.endpoint_information_epoch))
    v_partitions_by_user_endpoint = o.partitions_by_user_endpoint
    if v_partitions_by_user_endpoint is None:
        a(b"\x00")
    else:
        n = len(v_partitions_by_user_endpoint) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_partitions_by_user_endpoint = _w_EndpointToPartitions_0
        for x_partitions_by_user_endpoint in v_partitions_by_user_endpoint:
            w_partitions_by_user_endpoint(x_partitions_by_user_endpoint, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupHeartbeatResponse_1(o: StreamsGroupHeartbeatResponse) -> int:
    n = 31
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_status = o.status
    if v_status is None:
        n += 1
    else:
        n += uvarint_size(len(v_status) + 1)
        sz_status = _s_Status_0
        for x_status in v_status:
            n += sz_status(x_status)
    v_active_tasks = o.active_tasks
    if v_active_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_active_tasks) + 1)
        sz_active_tasks = _s_TaskIds_0
        for x_active_tasks in v_active_tasks:
            n += sz_active_tasks(x_active_tasks)
    v_standby_tasks = o.standby_tasks
    if v_standby_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_standby_tasks) + 1)
        sz_standby_tasks = _s_TaskIds_0
        for x_standby_tasks in v_standby_tasks:
            n += sz_standby_tasks(x_standby_tasks)
    v_warmup_tasks = o.warmup_tasks
    if v_warmup_tasks is None:
        n += 1
    else:
        n += uvarint_size(len(v_warmup_tasks) + 1)
        sz_warmup_tasks = _s_TaskIds_0
        for x_warmup_tasks in v_warmup_tasks:
            n += sz_warmup_tasks(x_warmup_tasks)
    v_partitions_by_user_endpoint = o.partitions_by_user_endpoint
    if v_partitions_by_user_endpoint is None:
        n += 1
    else:
        n += uvarint_size(len(v_partitions_by_user_endpoint) + 1)
        sz_partitions_by_user_endpoint = _s_EndpointToPartitions_0
        for x_partitions_by_user_endpoint in v_partitions_by_user_endpoint:
            n += sz_partitions_by_user_endpoint(x_partitions_by_user_endpoint)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_EndpointToPartitions_0(buf: memoryview, pos: int) -> tuple[EndpointToPartitions, int]:
    end = len(buf)
    try:
        f_user_endpoint, pos = _r_Endpoint_0(buf, pos)
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
            raise null_not_allowed("EndpointToPartitions.ActivePartitions", pos)
        elif n > end - pos:
            raise bad_length("EndpointToPartitions.ActivePartitions", n, pos, end - pos)
        else:
            items_active_partitions: list[TopicPartition] = []
            append_active_partitions = items_active_partitions.append
            for _ in range(n):
                x_active_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_active_partitions(x_active_partitions)
            f_active_partitions: tuple[TopicPartition, ...] = tuple(items_active_partitions)
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
            raise null_not_allowed("EndpointToPartitions.StandbyPartitions", pos)
        elif n > end - pos:
            raise bad_length("EndpointToPartitions.StandbyPartitions", n, pos, end - pos)
        else:
            items_standby_partitions: list[TopicPartition] = []
            append_standby_partitions = items_standby_partitions.append
            for _ in range(n):
                x_standby_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_standby_partitions(x_standby_partitions)
            f_standby_partitions: tuple[TopicPartition, ...] = tuple(items_standby_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            EndpointToPartitions(f_user_endpoint, f_active_partitions, f_standby_partitions, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("EndpointToPartitions v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndpointToPartitions v0-1", pos) from None


def _w_EndpointToPartitions_0(o: EndpointToPartitions, out: list[Buffer]) -> None:
    a = out.append
    v_user_endpoint = o.user_endpoint
    _w_Endpoint_0(v_user_endpoint, out)
    v_active_partitions = o.active_partitions
    n = len(v_active_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_active_partitions = _w_TopicPartition_0
    for x_active_partitions in v_active_partitions:
        w_active_partitions(x_active_partitions, out)
    v_standby_partitions = o.standby_partitions
    n = len(v_standby_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_standby_partitions = _w_TopicPartition_0
    for x_standby_partitions in v_standby_partitions:
        w_standby_partitions(x_standby_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EndpointToPartitions_0(o: EndpointToPartitions) -> int:
    n = 0
    v_user_endpoint = o.user_endpoint
    n += _s_Endpoint_0(v_user_endpoint)
    v_active_partitions = o.active_partitions
    n += uvarint_size(len(v_active_partitions) + 1)
    sz_active_partitions = _s_TopicPartition_0
    for x_active_partitions in v_active_partitions:
        n += sz_active_partitions(x_active_partitions)
    v_standby_partitions = o.standby_partitions
    n += uvarint_size(len(v_standby_partitions) + 1)
    sz_standby_partitions = _s_TopicPartition_0
    for x_standby_partitions in v_standby_partitions:
        n += sz_standby_partitions(x_standby_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartition_0(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
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
            raise null_not_allowed("TopicPartition.Topic", pos)
        elif n > end - pos:
            raise bad_length("TopicPartition.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
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
        return TopicPartition(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartition v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartition v0-1", pos) from None


def _w_TopicPartition_0(o: TopicPartition, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
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


def _s_TopicPartition_0(o: TopicPartition) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
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


def _r_Endpoint_0(buf: memoryview, pos: int) -> tuple[Endpoint, int]:
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
            raise null_not_allowed("Endpoint.Host", pos)
        elif n > end - pos:
            raise bad_length("Endpoint.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F5.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Endpoint(f_host, f_port, tags), pos
    except (StructError, IndexError):
        raise truncated("Endpoint v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Endpoint v0-1", pos) from None


def _w_Endpoint_0(o: Endpoint, out: list[Buffer]) -> None:
    a = out.append
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F5.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Endpoint_0(o: Endpoint) -> int:
    n = 2
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
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
        raise truncated("TaskIds v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TaskIds v0-1", pos) from None


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


def _r_Status_0(buf: memoryview, pos: int) -> tuple[Status, int]:
    end = len(buf)
    try:
        (f_status_code,) = _F6.unpack_from(buf, pos)
        pos += 1
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
            raise null_not_allowed("Status.StatusDetail", pos)
        elif n > end - pos:
            raise bad_length("Status.StatusDetail", n, pos, end - pos)
        else:
            f_status_detail = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Status(f_status_code, f_status_detail, tags), pos
    except (StructError, IndexError):
        raise truncated("Status v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Status v0-1", pos) from None


def _w_Status_0(o: Status, out: list[Buffer]) -> None:
    a = out.append
    a(_F6.pack(o.status_code))
    v_status_detail = o.status_detail
    b = v_status_detail.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Status_0(o: Status) -> int:
    n = 1
    v_status_detail = o.status_detail
    k = utf8_len(v_status_detail)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupHeartbeatResponse._READERS = (
    _r_StreamsGroupHeartbeatResponse_0,
    _r_StreamsGroupHeartbeatResponse_1,
)
StreamsGroupHeartbeatResponse._WRITERS = (
    _w_StreamsGroupHeartbeatResponse_0,
    _w_StreamsGroupHeartbeatResponse_1,
)
StreamsGroupHeartbeatResponse._SIZERS = (
    _s_StreamsGroupHeartbeatResponse_0,
    _s_StreamsGroupHeartbeatResponse_1,
)
bind_readers(
    StreamsGroupHeartbeatResponse,
    "streams_group_heartbeat_response",
    "193d00bd2f3e61f3",
    (
        Status,
        TaskIds,
        Endpoint,
        TopicPartition,
        EndpointToPartitions,
        StreamsGroupHeartbeatResponse,
    ),
)
