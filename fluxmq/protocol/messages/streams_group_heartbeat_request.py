# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupHeartbeatRequest: Kafka request (key 88), versions 0-1."""

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
    "KeyValue",
    "TopicInfo",
    "CopartitionGroup",
    "Subtopology",
    "Topology",
    "TaskIds",
    "Endpoint",
    "TaskOffset",
    "StreamsGroupHeartbeatRequest",
]

_F0 = PackStruct(">ii")
_F1 = PackStruct(">i")
_F2 = PackStruct(">?")
_F3 = PackStruct(">iq")
_F4 = PackStruct(">H")
_F5 = PackStruct(">ih")
_Ai16 = array_structs("h")
_Ai32 = array_structs("i")


class KeyValue(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "Value", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: str = ""
    unknown_tags: dict[int, bytes] | None = None


class TopicInfo(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
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
            "replication_factor",
            "ReplicationFactor",
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
            "topic_configs",
            "TopicConfigs",
            "KeyValue",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            KeyValue,
            False,
        ),
    )
    name: str = ""
    partitions: int = 0
    replication_factor: int = 0
    topic_configs: Sequence[KeyValue] = ()
    unknown_tags: dict[int, bytes] | None = None


class CopartitionGroup(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "source_topics",
            "SourceTopics",
            "int16",
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
            "source_topic_regex",
            "SourceTopicRegex",
            "int16",
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
            "repartition_source_topics",
            "RepartitionSourceTopics",
            "int16",
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
    source_topics: Sequence[int] = ()
    source_topic_regex: Sequence[int] = ()
    repartition_source_topics: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class Subtopology(_StructBase):
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
            "source_topics",
            "SourceTopics",
            "string",
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
            "source_topic_regex",
            "SourceTopicRegex",
            "string",
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
            "state_changelog_topics",
            "StateChangelogTopics",
            "TopicInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicInfo,
            False,
        ),
        FieldInfo(
            "repartition_sink_topics",
            "RepartitionSinkTopics",
            "string",
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
            "repartition_source_topics",
            "RepartitionSourceTopics",
            "TopicInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicInfo,
            False,
        ),
        FieldInfo(
            "copartition_groups",
            "CopartitionGroups",
            "CopartitionGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CopartitionGroup,
            False,
        ),
    )
    subtopology_id: str = ""
    source_topics: Sequence[str] = ()
    source_topic_regex: Sequence[str] = ()
    state_changelog_topics: Sequence[TopicInfo] = ()
    repartition_sink_topics: Sequence[str] = ()
    repartition_source_topics: Sequence[TopicInfo] = ()
    copartition_groups: Sequence[CopartitionGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


class Topology(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "epoch", "Epoch", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "subtopologies",
            "Subtopologies",
            "Subtopology",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Subtopology,
            False,
        ),
    )
    epoch: int = 0
    subtopologies: Sequence[Subtopology] = ()
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


class TaskOffset(_StructBase):
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
            "partition",
            "Partition",
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
            "offset", "Offset", "int64", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    subtopology_id: str = ""
    partition: int = 0
    offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupHeartbeatRequest(_Message):
    NAME: ClassVar[str] = "StreamsGroupHeartbeatRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 88
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            "instance_id",
            "InstanceId",
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
            "rack_id",
            "RackId",
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
            "rebalance_timeout_ms",
            "RebalanceTimeoutMs",
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
            "topology",
            "Topology",
            "Topology",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Topology,
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
            "process_id",
            "ProcessId",
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
            "user_endpoint",
            "UserEndpoint",
            "Endpoint",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Endpoint,
            False,
        ),
        FieldInfo(
            "client_tags",
            "ClientTags",
            "KeyValue",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            KeyValue,
            False,
        ),
        FieldInfo(
            "task_offsets",
            "TaskOffsets",
            "TaskOffset",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            TaskOffset,
            False,
        ),
        FieldInfo(
            "task_end_offsets",
            "TaskEndOffsets",
            "TaskOffset",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            TaskOffset,
            False,
        ),
        FieldInfo(
            "shutdown_application",
            "ShutdownApplication",
            "bool",
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
    group_id: str = ""
    member_id: str = ""
    member_epoch: int = 0
    endpoint_information_epoch: int = 0
    instance_id: str | None = None
    rack_id: str | None = None
    rebalance_timeout_ms: int = -1
    topology: Topology | None = None
    active_tasks: Sequence[TaskIds] | None = None
    standby_tasks: Sequence[TaskIds] | None = None
    warmup_tasks: Sequence[TaskIds] | None = None
    process_id: str | None = None
    user_endpoint: Endpoint | None = None
    client_tags: Sequence[KeyValue] | None = None
    task_offsets: Sequence[TaskOffset] | None = None
    task_end_offsets: Sequence[TaskOffset] | None = None
    shutdown_application: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupHeartbeatRequest_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupHeartbeatRequest, int]:
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
            raise null_not_allowed("StreamsGroupHeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("StreamsGroupHeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_member_epoch,
            f_endpoint_information_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 8
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
            f_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.InstanceId", n, pos, end - pos)
        else:
            f_instance_id = str(buf[pos : pos + n], "utf-8")
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
            f_rack_id: str | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_rebalance_timeout_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 255:
            pos += 1
            f_topology: Topology | None = None
        else:
            pos += 1
            f_topology, pos = _r_Topology_0(buf, pos)
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
            raise bad_length("StreamsGroupHeartbeatRequest.ActiveTasks", n, pos, end - pos)
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
            raise bad_length("StreamsGroupHeartbeatRequest.StandbyTasks", n, pos, end - pos)
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
            raise bad_length("StreamsGroupHeartbeatRequest.WarmupTasks", n, pos, end - pos)
        else:
            items_warmup_tasks: list[TaskIds] = []
            append_warmup_tasks = items_warmup_tasks.append
            for _ in range(n):
                x_warmup_tasks, pos = _r_TaskIds_0(buf, pos)
                append_warmup_tasks(x_warmup_tasks)
            f_warmup_tasks = tuple(items_warmup_tasks)
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
            f_process_id: str | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.ProcessId", n, pos, end - pos)
        else:
            f_process_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 255:
            pos += 1
            f_user_endpoint: Endpoint | None = None
        else:
            pos += 1
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
            f_client_tags: tuple[KeyValue, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.ClientTags", n, pos, end - pos)
        else:
            items_client_tags: list[KeyValue] = []
            append_client_tags = items_client_tags.append
            for _ in range(n):
                x_client_tags, pos = _r_KeyValue_0(buf, pos)
                append_client_tags(x_client_tags)
            f_client_tags = tuple(items_client_tags)
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
            f_task_offsets: tuple[TaskOffset, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.TaskOffsets", n, pos, end - pos)
        else:
            items_task_offsets: list[TaskOffset] = []
            append_task_offsets = items_task_offsets.append
            for _ in range(n):
                x_task_offsets, pos = _r_TaskOffset_0(buf, pos)
                append_task_offsets(x_task_offsets)
            f_task_offsets = tuple(items_task_offsets)
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
            f_task_end_offsets: tuple[TaskOffset, ...] | None = None
        elif n > end - pos:
            raise bad_length("StreamsGroupHeartbeatRequest.TaskEndOffsets", n, pos, end - pos)
        else:
            items_task_end_offsets: list[TaskOffset] = []
            append_task_end_offsets = items_task_end_offsets.append
            for _ in range(n):
                x_task_end_offsets, pos = _r_TaskOffset_0(buf, pos)
                append_task_end_offsets(x_task_end_offsets)
            f_task_end_offsets = tuple(items_task_end_offsets)
        (f_shutdown_application,) = _F2.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupHeartbeatRequest(
                f_group_id,
                f_member_id,
                f_member_epoch,
                f_endpoint_information_epoch,
                f_instance_id,
                f_rack_id,
                f_rebalance_timeout_ms,
                f_topology,
                f_active_tasks,
                f_standby_tasks,
                f_warmup_tasks,
                f_process_id,
                f_user_endpoint,
                f_client_tags,
                f_task_offsets,
                f_task_end_offsets,
                f_shutdown_application,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupHeartbeatRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupHeartbeatRequest v0-1", pos) from None


def _w_StreamsGroupHeartbeatRequest_0(o: StreamsGroupHeartbeatRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.member_epoch, o.endpoint_information_epoch))
    v_instance_id = o.instance_id
    if v_instance_id is None:
        a(b"\x00")
    else:
        b = v_instance_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_rack_id = o.rack_id
    if v_rack_id is None:
        a(b"\x00")
    else:
        b = v_rack_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.rebalance_timeout_ms))
    v_topology = o.topology
    if v_topology is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Topology_0(v_topology, out)
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
    v_process_id = o.process_id
    if v_process_id is None:
        a(b"\x00")
    else:
        b = v_process_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_user_endpoint = o.user_endpoint
    if v_user_endpoint is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Endpoint_0(v_user_endpoint, out)
    v_client_tags = o.client_tags
    if v_client_tags is None:
        a(b"\x00")
    else:
        n = len(v_client_tags) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_client_tags = _w_KeyValue_0
        for x_client_tags in v_client_tags:
            w_client_tags(x_client_tags, out)
    v_task_offsets = o.task_offsets
    if v_task_offsets is None:
        a(b"\x00")
    else:
        n = len(v_task_offsets) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_task_offsets = _w_TaskOffset_0
        for x_task_offsets in v_task_offsets:
            w_task_offsets(x_task_offsets, out)
    v_task_end_offsets = o.task_end_offsets
    if v_task_end_offsets is None:
        a(b"\x00")
    else:
        n = len(v_task_end_offsets) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_task_end_offsets = _w_TaskOffset_0
        for x_task_end_offsets in v_task_end_offsets:
            w_task_end_offsets(x_task_end_offsets, out)
    a(_F2.pack(o.shutdown_application))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupHeartbeatRequest_0(o: StreamsGroupHeartbeatRequest) -> int:
    n = 13
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_instance_id = o.instance_id
    if v_instance_id is None:
        n += 1
    else:
        k = utf8_len(v_instance_id)
        n += uvarint_size(k + 1)
        n += k
    v_rack_id = o.rack_id
    if v_rack_id is None:
        n += 1
    else:
        k = utf8_len(v_rack_id)
        n += uvarint_size(k + 1)
        n += k
    v_topology = o.topology
    if v_topology is None:
        n += 1
    else:
        n += 1
        n += _s_Topology_0(v_topology)
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
    v_process_id = o.process_id
    if v_process_id is None:
        n += 1
    else:
        k = utf8_len(v_process_id)
        n += uvarint_size(k + 1)
        n += k
    v_user_endpoint = o.user_endpoint
    if v_user_endpoint is None:
        n += 1
    else:
        n += 1
        n += _s_Endpoint_0(v_user_endpoint)
    v_client_tags = o.client_tags
    if v_client_tags is None:
        n += 1
    else:
        n += uvarint_size(len(v_client_tags) + 1)
        sz_client_tags = _s_KeyValue_0
        for x_client_tags in v_client_tags:
            n += sz_client_tags(x_client_tags)
    v_task_offsets = o.task_offsets
    if v_task_offsets is None:
        n += 1
    else:
        n += uvarint_size(len(v_task_offsets) + 1)
        sz_task_offsets = _s_TaskOffset_0
        for x_task_offsets in v_task_offsets:
            n += sz_task_offsets(x_task_offsets)
    v_task_end_offsets = o.task_end_offsets
    if v_task_end_offsets is None:
        n += 1
    else:
        n += uvarint_size(len(v_task_end_offsets) + 1)
        sz_task_end_offsets = _s_TaskOffset_0
        for x_task_end_offsets in v_task_end_offsets:
            n += sz_task_end_offsets(x_task_end_offsets)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TaskOffset_0(buf: memoryview, pos: int) -> tuple[TaskOffset, int]:
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
            raise null_not_allowed("TaskOffset.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("TaskOffset.SubtopologyId", n, pos, end - pos)
        else:
            f_subtopology_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_partition,
            f_offset,
        ) = _F3.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TaskOffset(f_subtopology_id, f_partition, f_offset, tags), pos
    except (StructError, IndexError):
        raise truncated("TaskOffset v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TaskOffset v0-1", pos) from None


def _w_TaskOffset_0(o: TaskOffset, out: list[Buffer]) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.partition, o.offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TaskOffset_0(o: TaskOffset) -> int:
    n = 12
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
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
        (f_port,) = _F4.unpack_from(buf, pos)
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
    a(_F4.pack(o.port))
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


def _r_Topology_0(buf: memoryview, pos: int) -> tuple[Topology, int]:
    end = len(buf)
    try:
        (f_epoch,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("Topology.Subtopologies", pos)
        elif n > end - pos:
            raise bad_length("Topology.Subtopologies", n, pos, end - pos)
        else:
            items_subtopologies: list[Subtopology] = []
            append_subtopologies = items_subtopologies.append
            for _ in range(n):
                x_subtopologies, pos = _r_Subtopology_0(buf, pos)
                append_subtopologies(x_subtopologies)
            f_subtopologies: tuple[Subtopology, ...] = tuple(items_subtopologies)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Topology(f_epoch, f_subtopologies, tags), pos
    except (StructError, IndexError):
        raise truncated("Topology v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Topology v0-1", pos) from None


def _w_Topology_0(o: Topology, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.epoch))
    v_subtopologies = o.subtopologies
    n = len(v_subtopologies) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_subtopologies = _w_Subtopology_0
    for x_subtopologies in v_subtopologies:
        w_subtopologies(x_subtopologies, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Topology_0(o: Topology) -> int:
    n = 4
    v_subtopologies = o.subtopologies
    n += uvarint_size(len(v_subtopologies) + 1)
    sz_subtopologies = _s_Subtopology_0
    for x_subtopologies in v_subtopologies:
        n += sz_subtopologies(x_subtopologies)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Subtopology_0(buf: memoryview, pos: int) -> tuple[Subtopology, int]:
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
            raise null_not_allowed("Subtopology.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SubtopologyId", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("Subtopology.SourceTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SourceTopics", n, pos, end - pos)
        else:
            items_source_topics: list[str] = []
            append_source_topics = items_source_topics.append
            for _ in range(n):
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
                    raise null_not_allowed("Subtopology.SourceTopics", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.SourceTopics", n, pos, end - pos)
                else:
                    x_source_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_source_topics(x_source_topics)
            f_source_topics: tuple[str, ...] = tuple(items_source_topics)
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
            raise null_not_allowed("Subtopology.SourceTopicRegex", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SourceTopicRegex", n, pos, end - pos)
        else:
            items_source_topic_regex: list[str] = []
            append_source_topic_regex = items_source_topic_regex.append
            for _ in range(n):
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
                    raise null_not_allowed("Subtopology.SourceTopicRegex", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.SourceTopicRegex", n, pos, end - pos)
                else:
                    x_source_topic_regex = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_source_topic_regex(x_source_topic_regex)
            f_source_topic_regex: tuple[str, ...] = tuple(items_source_topic_regex)
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
            raise null_not_allowed("Subtopology.StateChangelogTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.StateChangelogTopics", n, pos, end - pos)
        else:
            items_state_changelog_topics: list[TopicInfo] = []
            append_state_changelog_topics = items_state_changelog_topics.append
            for _ in range(n):
                x_state_changelog_topics, pos = _r_TopicInfo_0(buf, pos)
                append_state_changelog_topics(x_state_changelog_topics)
            f_state_changelog_topics: tuple[TopicInfo, ...] = tuple(items_state_changelog_topics)
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
            raise null_not_allowed("Subtopology.RepartitionSinkTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.RepartitionSinkTopics", n, pos, end - pos)
        else:
            items_repartition_sink_topics: list[str] = []
            append_repartition_sink_topics = items_repartition_sink_topics.append
            for _ in range(n):
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
                    raise null_not_allowed("Subtopology.RepartitionSinkTopics", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.RepartitionSinkTopics", n, pos, end - pos)
                else:
                    x_repartition_sink_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_repartition_sink_topics(x_repartition_sink_topics)
            f_repartition_sink_topics: tuple[str, ...] = tuple(items_repartition_sink_topics)
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
            raise null_not_allowed("Subtopology.RepartitionSourceTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.RepartitionSourceTopics", n, pos, end - pos)
        else:
            items_repartition_source_topics: list[TopicInfo] = []
            append_repartition_source_topics = items_repartition_source_topics.append
            for _ in range(n):
                x_repartition_source_topics, pos = _r_TopicInfo_0(buf, pos)
                append_repartition_source_topics(x_repartition_source_topics)
            f_repartition_source_topics: tuple[TopicInfo, ...] = tuple(
                items_repartition_source_topics
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
            raise null_not_allowed("Subtopology.CopartitionGroups", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.CopartitionGroups", n, pos, end - pos)
        else:
            items_copartition_groups: list[CopartitionGroup] = []
            append_copartition_groups = items_copartition_groups.append
            for _ in range(n):
                x_copartition_groups, pos = _r_CopartitionGroup_0(buf, pos)
                append_copartition_groups(x_copartition_groups)
            f_copartition_groups: tuple[CopartitionGroup, ...] = tuple(items_copartition_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Subtopology(
                f_subtopology_id,
                f_source_topics,
                f_source_topic_regex,
                f_state_changelog_topics,
                f_repartition_sink_topics,
                f_repartition_source_topics,
                f_copartition_groups,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Subtopology v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Subtopology v0-1", pos) from None


def _w_Subtopology_0(o: Subtopology, out: list[Buffer]) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topics in v_source_topics:
        b = x_source_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_source_topic_regex = o.source_topic_regex
    n = len(v_source_topic_regex) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topic_regex in v_source_topic_regex:
        b = x_source_topic_regex.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_state_changelog_topics = o.state_changelog_topics
    n = len(v_state_changelog_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_changelog_topics = _w_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        w_state_changelog_topics(x_state_changelog_topics, out)
    v_repartition_sink_topics = o.repartition_sink_topics
    n = len(v_repartition_sink_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_repartition_sink_topics in v_repartition_sink_topics:
        b = x_repartition_sink_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_repartition_source_topics = o.repartition_source_topics
    n = len(v_repartition_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_repartition_source_topics = _w_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        w_repartition_source_topics(x_repartition_source_topics, out)
    v_copartition_groups = o.copartition_groups
    n = len(v_copartition_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_copartition_groups = _w_CopartitionGroup_0
    for x_copartition_groups in v_copartition_groups:
        w_copartition_groups(x_copartition_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Subtopology_0(o: Subtopology) -> int:
    n = 0
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    for x_source_topics in v_source_topics:
        k = utf8_len(x_source_topics)
        n += uvarint_size(k + 1)
        n += k
    v_source_topic_regex = o.source_topic_regex
    n += uvarint_size(len(v_source_topic_regex) + 1)
    for x_source_topic_regex in v_source_topic_regex:
        k = utf8_len(x_source_topic_regex)
        n += uvarint_size(k + 1)
        n += k
    v_state_changelog_topics = o.state_changelog_topics
    n += uvarint_size(len(v_state_changelog_topics) + 1)
    sz_state_changelog_topics = _s_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        n += sz_state_changelog_topics(x_state_changelog_topics)
    v_repartition_sink_topics = o.repartition_sink_topics
    n += uvarint_size(len(v_repartition_sink_topics) + 1)
    for x_repartition_sink_topics in v_repartition_sink_topics:
        k = utf8_len(x_repartition_sink_topics)
        n += uvarint_size(k + 1)
        n += k
    v_repartition_source_topics = o.repartition_source_topics
    n += uvarint_size(len(v_repartition_source_topics) + 1)
    sz_repartition_source_topics = _s_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        n += sz_repartition_source_topics(x_repartition_source_topics)
    v_copartition_groups = o.copartition_groups
    n += uvarint_size(len(v_copartition_groups) + 1)
    sz_copartition_groups = _s_CopartitionGroup_0
    for x_copartition_groups in v_copartition_groups:
        n += sz_copartition_groups(x_copartition_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CopartitionGroup_0(buf: memoryview, pos: int) -> tuple[CopartitionGroup, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_source_topics = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.SourceTopics", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.SourceTopics", n, pos, end - pos)
        else:
            f_source_topics = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
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
            f_source_topic_regex = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.SourceTopicRegex", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.SourceTopicRegex", n, pos, end - pos)
        else:
            f_source_topic_regex = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
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
            f_repartition_source_topics = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.RepartitionSourceTopics", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.RepartitionSourceTopics", n, pos, end - pos)
        else:
            f_repartition_source_topics = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CopartitionGroup(
                f_source_topics, f_source_topic_regex, f_repartition_source_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CopartitionGroup v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CopartitionGroup v0-1", pos) from None


def _w_CopartitionGroup_0(o: CopartitionGroup, out: list[Buffer]) -> None:
    a = out.append
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_source_topics)
    a(_Ai16[k].pack(*v_source_topics) if k < SMALL_ARRAY else pack(">%dh" % k, *v_source_topics))
    v_source_topic_regex = o.source_topic_regex
    n = len(v_source_topic_regex) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_source_topic_regex)
    a(
        _Ai16[k].pack(*v_source_topic_regex)
        if k < SMALL_ARRAY
        else pack(">%dh" % k, *v_source_topic_regex)
    )
    v_repartition_source_topics = o.repartition_source_topics
    n = len(v_repartition_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_repartition_source_topics)
    a(
        _Ai16[k].pack(*v_repartition_source_topics)
        if k < SMALL_ARRAY
        else pack(">%dh" % k, *v_repartition_source_topics)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CopartitionGroup_0(o: CopartitionGroup) -> int:
    n = 0
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    n += 2 * len(v_source_topics)
    v_source_topic_regex = o.source_topic_regex
    n += uvarint_size(len(v_source_topic_regex) + 1)
    n += 2 * len(v_source_topic_regex)
    v_repartition_source_topics = o.repartition_source_topics
    n += uvarint_size(len(v_repartition_source_topics) + 1)
    n += 2 * len(v_repartition_source_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicInfo_0(buf: memoryview, pos: int) -> tuple[TopicInfo, int]:
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
            raise null_not_allowed("TopicInfo.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicInfo.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_partitions,
            f_replication_factor,
        ) = _F5.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicInfo.TopicConfigs", pos)
        elif n > end - pos:
            raise bad_length("TopicInfo.TopicConfigs", n, pos, end - pos)
        else:
            items_topic_configs: list[KeyValue] = []
            append_topic_configs = items_topic_configs.append
            for _ in range(n):
                x_topic_configs, pos = _r_KeyValue_0(buf, pos)
                append_topic_configs(x_topic_configs)
            f_topic_configs: tuple[KeyValue, ...] = tuple(items_topic_configs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicInfo(f_name, f_partitions, f_replication_factor, f_topic_configs, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicInfo v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicInfo v0-1", pos) from None


def _w_TopicInfo_0(o: TopicInfo, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F5.pack(o.partitions, o.replication_factor))
    v_topic_configs = o.topic_configs
    n = len(v_topic_configs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_configs = _w_KeyValue_0
    for x_topic_configs in v_topic_configs:
        w_topic_configs(x_topic_configs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicInfo_0(o: TopicInfo) -> int:
    n = 6
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_topic_configs = o.topic_configs
    n += uvarint_size(len(v_topic_configs) + 1)
    sz_topic_configs = _s_KeyValue_0
    for x_topic_configs in v_topic_configs:
        n += sz_topic_configs(x_topic_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_KeyValue_0(buf: memoryview, pos: int) -> tuple[KeyValue, int]:
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
            raise null_not_allowed("KeyValue.Key", pos)
        elif n > end - pos:
            raise bad_length("KeyValue.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("KeyValue.Value", pos)
        elif n > end - pos:
            raise bad_length("KeyValue.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return KeyValue(f_key, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("KeyValue v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("KeyValue v0-1", pos) from None


def _w_KeyValue_0(o: KeyValue, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    b = v_value.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_KeyValue_0(o: KeyValue) -> int:
    n = 0
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    k = utf8_len(v_value)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupHeartbeatRequest._READERS = (
    _r_StreamsGroupHeartbeatRequest_0,
    _r_StreamsGroupHeartbeatRequest_0,
)
StreamsGroupHeartbeatRequest._WRITERS = (
    _w_StreamsGroupHeartbeatRequest_0,
    _w_StreamsGroupHeartbeatRequest_0,
)
StreamsGroupHeartbeatRequest._SIZERS = (
    _s_StreamsGroupHeartbeatRequest_0,
    _s_StreamsGroupHeartbeatRequest_0,
)
bind_readers(
    StreamsGroupHeartbeatRequest,
    "streams_group_heartbeat_request",
    "d4b2e84008e20a0a",
    (
        KeyValue,
        TopicInfo,
        CopartitionGroup,
        Subtopology,
        Topology,
        TaskIds,
        Endpoint,
        TaskOffset,
        StreamsGroupHeartbeatRequest,
    ),
)
