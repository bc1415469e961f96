# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupDescribeResponse: Kafka response (key 89), versions 0-1."""

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
    "KeyValue",
    "TopicInfo",
    "Subtopology",
    "Topology",
    "Endpoint",
    "TaskOffset",
    "TaskIds",
    "Assignment",
    "Member",
    "TopologyDescriptionNode",
    "TopologyDescriptionSubtopology",
    "TopologyDescriptionGlobalStore",
    "TopologyDescription",
    "DescribedGroup",
    "StreamsGroupDescribeResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">ii")
_F3 = PackStruct(">b")
_F4 = PackStruct(">?")
_F5 = PackStruct(">iq")
_F6 = PackStruct(">H")
_F7 = PackStruct(">ih")
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
    )
    subtopology_id: str = ""
    source_topics: Sequence[str] = ()
    repartition_sink_topics: Sequence[str] = ()
    state_changelog_topics: Sequence[TopicInfo] = ()
    repartition_source_topics: Sequence[TopicInfo] = ()
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
            (0, 32767),
            None,
            (1, 0),
            False,
            Subtopology,
            False,
        ),
    )
    epoch: int = 0
    subtopologies: Sequence[Subtopology] | None = None
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


class Assignment(_StructBase):
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


class Member(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "client_id",
            "ClientId",
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
            "client_host",
            "ClientHost",
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
            "topology_epoch",
            "TopologyEpoch",
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
            "process_id",
            "ProcessId",
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
            (1, 0),
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
            (1, 0),
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
            (1, 0),
            None,
            (1, 0),
            False,
            TaskOffset,
            False,
        ),
        FieldInfo(
            "assignment",
            "Assignment",
            "Assignment",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Assignment,
            False,
        ),
        FieldInfo(
            "target_assignment",
            "TargetAssignment",
            "Assignment",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Assignment,
            False,
        ),
        FieldInfo(
            "is_classic",
            "IsClassic",
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
    member_id: str = ""
    member_epoch: int = 0
    instance_id: str | None = None
    rack_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    topology_epoch: int = 0
    process_id: str = ""
    user_endpoint: Endpoint | None = None
    client_tags: Sequence[KeyValue] = ()
    task_offsets: Sequence[TaskOffset] = ()
    task_end_offsets: Sequence[TaskOffset] = ()
    assignment: Assignment = msgspec.field(default_factory=Assignment)
    target_assignment: Assignment = msgspec.field(default_factory=Assignment)
    is_classic: bool = False
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescriptionNode(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (1, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "node_type",
            "NodeType",
            "int8",
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
            "source_topics",
            "SourceTopics",
            "string",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "sink_topic",
            "SinkTopic",
            "string",
            False,
            (1, 32767),
            (1, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "stores", "Stores", "string", True, (1, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "successors",
            "Successors",
            "string",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    node_type: int = 0
    source_topics: Sequence[str] = ()
    sink_topic: str | None = None
    stores: Sequence[str] = ()
    successors: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescriptionSubtopology(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "subtopology_id",
            "SubtopologyId",
            "string",
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
            "nodes",
            "Nodes",
            "TopologyDescriptionNode",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
    )
    subtopology_id: str = ""
    nodes: Sequence[TopologyDescriptionNode] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescriptionGlobalStore(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "source",
            "Source",
            "TopologyDescriptionNode",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
        FieldInfo(
            "processor",
            "Processor",
            "TopologyDescriptionNode",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
    )
    source: TopologyDescriptionNode = msgspec.field(default_factory=TopologyDescriptionNode)
    processor: TopologyDescriptionNode = msgspec.field(default_factory=TopologyDescriptionNode)
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescription(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "subtopologies",
            "Subtopologies",
            "TopologyDescriptionSubtopology",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionSubtopology,
            False,
        ),
        FieldInfo(
            "global_stores",
            "GlobalStores",
            "TopologyDescriptionGlobalStore",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionGlobalStore,
            False,
        ),
    )
    subtopologies: Sequence[TopologyDescriptionSubtopology] = ()
    global_stores: Sequence[TopologyDescriptionGlobalStore] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribedGroup(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "group_state",
            "GroupState",
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
            "group_epoch",
            "GroupEpoch",
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
            "assignment_epoch",
            "AssignmentEpoch",
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
            "members",
            "Members",
            "Member",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Member,
            False,
        ),
        FieldInfo(
            "authorized_operations",
            "AuthorizedOperations",
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
            "topology_description",
            "TopologyDescription",
            "TopologyDescription",
            False,
            (1, 32767),
            (1, 32767),
            None,
            (1, 0),
            False,
            TopologyDescription,
            False,
        ),
        FieldInfo(
            "topology_description_status",
            "TopologyDescriptionStatus",
            "int8",
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
            "assignor_name",
            "AssignorName",
            "string",
            False,
            (1, 32767),
            (1, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    error_message: str | None = None
    group_id: str = ""
    group_state: str = ""
    group_epoch: int = 0
    assignment_epoch: int = 0
    topology: Topology | None = None
    members: Sequence[Member] = ()
    authorized_operations: int = -2147483648
    topology_description: TopologyDescription | None = None
    topology_description_status: int = 0
    assignor_name: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupDescribeResponse(_Message):
    NAME: ClassVar[str] = "StreamsGroupDescribeResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 89
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
            "groups",
            "Groups",
            "DescribedGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribedGroup,
            False,
        ),
    )
    throttle_time_ms: int = 0
    groups: Sequence[DescribedGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupDescribeResponse_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupDescribeResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("StreamsGroupDescribeResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupDescribeResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return StreamsGroupDescribeResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("StreamsGroupDescribeResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupDescribeResponse v0", pos) from None


def _w_StreamsGroupDescribeResponse_0(o: StreamsGroupDescribeResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupDescribeResponse_0(o: StreamsGroupDescribeResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribedGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_StreamsGroupDescribeResponse_1(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupDescribeResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("StreamsGroupDescribeResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupDescribeResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return StreamsGroupDescribeResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("StreamsGroupDescribeResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupDescribeResponse v1", pos) from None


def _w_StreamsGroupDescribeResponse_1(o: StreamsGroupDescribeResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribedGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupDescribeResponse_1(o: StreamsGroupDescribeResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribedGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedGroup_0(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            raise bad_length("DescribedGroup.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_group_epoch,
            f_assignment_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 8
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
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[Member] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_Member_0(buf, pos)
                append_members(x_members)
            f_members: tuple[Member, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedGroup(
                f_error_code,
                f_error_message,
                f_group_id,
                f_group_state,
                f_group_epoch,
                f_assignment_epoch,
                f_topology,
                f_members,
                f_authorized_operations,
                None,
                0,
                None,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v0", pos) from None


def _w_DescribedGroup_0(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    if o.topology_description is not None:
        raise not_in_version("DescribedGroup.TopologyDescription", "0")
    if o.topology_description_status != 0:
        raise not_in_version("DescribedGroup.TopologyDescriptionStatus", "0")
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.group_epoch, o.assignment_epoch))
    v_topology = o.topology
    if v_topology is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Topology_0(v_topology, out)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_Member_0
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroup_0(o: DescribedGroup) -> int:
    n = 14
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    v_topology = o.topology
    if v_topology is None:
        n += 1
    else:
        n += 1
        n += _s_Topology_0(v_topology)
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_Member_0
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedGroup_1(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            raise bad_length("DescribedGroup.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_group_epoch,
            f_assignment_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 8
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
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[Member] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_Member_0(buf, pos)
                append_members(x_members)
            f_members: tuple[Member, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 255:
            pos += 1
            f_topology_description: TopologyDescription | None = None
        else:
            pos += 1
            f_topology_description, pos = _r_TopologyDescription_0(buf, pos)
        (f_topology_description_status,) = _F3.unpack_from(buf, pos)
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
            f_assignor_name: str | None = None
        elif n > end - pos:
            raise bad_length("DescribedGroup.AssignorName", n, pos, end - pos)
        else:
            f_assignor_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedGroup(
                f_error_code,
                f_error_message,
                f_group_id,
                f_group_state,
                f_group_epoch,
                f_assignment_epoch,
                f_topology,
                f_members,
                f_authorized_operations,
                f_topology_description,
                f_topology_description_status,
                f_assignor_name,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v1", pos) from None


def _w_DescribedGroup_1(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.group_epoch, o.assignment_epoch))
    v_topology = o.topology
    if v_topology is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Topology_0(v_topology, out)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_Member_0
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))
    v_topology_description = o.topology_description
    if v_topology_description is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_TopologyDescription_0(v_topology_description, out)
    a(_F3.pack(o.topology_description_status))
    v_assignor_name = o.assignor_name
    if v_assignor_name is None:
        a(b"\x00")
    else:
        b = v_assignor_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroup_1(o: DescribedGroup) -> int:
    n = 15
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    v_topology = o.topology
    if v_topology is None:
        n += 1
    else:
        n += 1
        n += _s_Topology_0(v_topology)
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_Member_0
    for x_members in v_members:
        n += sz_members(x_members)
    v_topology_description = o.topology_description
    if v_topology_description is None:
        n += 1
    else:
        n += 1
        n += _s_TopologyDescription_0(v_topology_description)
    v_assignor_name = o.assignor_name
    if v_assignor_name is None:
        n += 1
    else:
        k = utf8_len(v_assignor_name)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescription_0(buf: memoryview, pos: int) -> tuple[TopologyDescription, int]:
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
            raise null_not_allowed("TopologyDescription.Subtopologies", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescription.Subtopologies", n, pos, end - pos)
        else:
            items_subtopologies: list[TopologyDescriptionSubtopology] = []
            append_subtopologies = items_subtopologies.append
            for _ in range(n):
                x_subtopologies, pos = _r_TopologyDescriptionSubtopology_0(buf, pos)
                append_subtopologies(x_subtopologies)
            f_subtopologies: tuple[TopologyDescriptionSubtopology, ...] = tuple(items_subtopologies)
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
            raise null_not_allowed("TopologyDescription.GlobalStores", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescription.GlobalStores", n, pos, end - pos)
        else:
            items_global_stores: list[TopologyDescriptionGlobalStore] = []
            append_global_stores = items_global_stores.append
            for _ in range(n):
                x_global_stores, pos = _r_TopologyDescriptionGlobalStore_0(buf, pos)
                append_global_stores(x_global_stores)
            f_global_stores: tuple[TopologyDescriptionGlobalStore, ...] = tuple(items_global_stores)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescription(f_subtopologies, f_global_stores, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescription v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescription v1", pos) from None


def _w_TopologyDescription_0(o: TopologyDescription, out: list[Buffer]) -> None:
    a = out.append
    v_subtopologies = o.subtopologies
    n = len(v_subtopologies) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_subtopologies = _w_TopologyDescriptionSubtopology_0
    for x_subtopologies in v_subtopologies:
        w_subtopologies(x_subtopologies, out)
    v_global_stores = o.global_stores
    n = len(v_global_stores) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_global_stores = _w_TopologyDescriptionGlobalStore_0
    for x_global_stores in v_global_stores:
        w_global_stores(x_global_stores, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescription_0(o: TopologyDescription) -> int:
    n = 0
    v_subtopologies = o.subtopologies
    n += uvarint_size(len(v_subtopologies) + 1)
    sz_subtopologies = _s_TopologyDescriptionSubtopology_0
    for x_subtopologies in v_subtopologies:
        n += sz_subtopologies(x_subtopologies)
    v_global_stores = o.global_stores
    n += uvarint_size(len(v_global_stores) + 1)
    sz_global_stores = _s_TopologyDescriptionGlobalStore_0
    for x_global_stores in v_global_stores:
        n += sz_global_stores(x_global_stores)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionGlobalStore_0(
    buf: memoryview, pos: int
) -> tuple[TopologyDescriptionGlobalStore, int]:
    end = len(buf)
    try:
        f_source, pos = _r_TopologyDescriptionNode_0(buf, pos)
        f_processor, pos = _r_TopologyDescriptionNode_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescriptionGlobalStore(f_source, f_processor, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionGlobalStore v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionGlobalStore v1", pos) from None


def _w_TopologyDescriptionGlobalStore_0(
    o: TopologyDescriptionGlobalStore, out: list[Buffer]
) -> None:
    a = out.append
    v_source = o.source
    _w_TopologyDescriptionNode_0(v_source, out)
    v_processor = o.processor
    _w_TopologyDescriptionNode_0(v_processor, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionGlobalStore_0(o: TopologyDescriptionGlobalStore) -> int:
    n = 0
    v_source = o.source
    n += _s_TopologyDescriptionNode_0(v_source)
    v_processor = o.processor
    n += _s_TopologyDescriptionNode_0(v_processor)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionSubtopology_0(
    buf: memoryview, pos: int
) -> tuple[TopologyDescriptionSubtopology, int]:
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
            raise null_not_allowed("TopologyDescriptionSubtopology.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionSubtopology.SubtopologyId", n, pos, end - pos)
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
            raise null_not_allowed("TopologyDescriptionSubtopology.Nodes", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionSubtopology.Nodes", n, pos, end - pos)
        else:
            items_nodes: list[TopologyDescriptionNode] = []
            append_nodes = items_nodes.append
            for _ in range(n):
                x_nodes, pos = _r_TopologyDescriptionNode_0(buf, pos)
                append_nodes(x_nodes)
            f_nodes: tuple[TopologyDescriptionNode, ...] = tuple(items_nodes)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescriptionSubtopology(f_subtopology_id, f_nodes, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionSubtopology v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionSubtopology v1", pos) from None


def _w_TopologyDescriptionSubtopology_0(
    o: TopologyDescriptionSubtopology, out: list[Buffer]
) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_nodes = o.nodes
    n = len(v_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_nodes = _w_TopologyDescriptionNode_0
    for x_nodes in v_nodes:
        w_nodes(x_nodes, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionSubtopology_0(o: TopologyDescriptionSubtopology) -> int:
    n = 0
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
    v_nodes = o.nodes
    n += uvarint_size(len(v_nodes) + 1)
    sz_nodes = _s_TopologyDescriptionNode_0
    for x_nodes in v_nodes:
        n += sz_nodes(x_nodes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionNode_0(buf: memoryview, pos: int) -> tuple[TopologyDescriptionNode, int]:
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
            raise null_not_allowed("TopologyDescriptionNode.Name", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_type,) = _F3.unpack_from(buf, pos)
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
            raise null_not_allowed("TopologyDescriptionNode.SourceTopics", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.SourceTopics", n, pos, end - pos)
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
                    raise null_not_allowed("TopologyDescriptionNode.SourceTopics", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.SourceTopics", n, pos, end - pos)
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
            f_sink_topic: str | None = None
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.SinkTopic", n, pos, end - pos)
        else:
            f_sink_topic = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopologyDescriptionNode.Stores", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Stores", n, pos, end - pos)
        else:
            items_stores: list[str] = []
            append_stores = items_stores.append
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
                    raise null_not_allowed("TopologyDescriptionNode.Stores", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.Stores", n, pos, end - pos)
                else:
                    x_stores = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_stores(x_stores)
            f_stores: tuple[str, ...] = tuple(items_stores)
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
            raise null_not_allowed("TopologyDescriptionNode.Successors", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Successors", n, pos, end - pos)
        else:
            items_successors: list[str] = []
            append_successors = items_successors.append
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
                    raise null_not_allowed("TopologyDescriptionNode.Successors", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.Successors", n, pos, end - pos)
                else:
                    x_successors = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_successors(x_successors)
            f_successors: tuple[str, ...] = tuple(items_successors)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TopologyDescriptionNode(
                f_name, f_node_type, f_source_topics, f_sink_topic, f_stores, f_successors, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionNode v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionNode v1", pos) from None


def _w_TopologyDescriptionNode_0(o: TopologyDescriptionNode, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.node_type))
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topics in v_source_topics:
        b = x_source_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_sink_topic = o.sink_topic
    if v_sink_topic is None:
        a(b"\x00")
    else:
        b = v_sink_topic.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_stores = o.stores
    n = len(v_stores) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_stores in v_stores:
        b = x_stores.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_successors = o.successors
    n = len(v_successors) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_successors in v_successors:
        b = x_successors.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionNode_0(o: TopologyDescriptionNode) -> int:
    n = 1
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    for x_source_topics in v_source_topics:
        k = utf8_len(x_source_topics)
        n += uvarint_size(k + 1)
        n += k
    v_sink_topic = o.sink_topic
    if v_sink_topic is None:
        n += 1
    else:
        k = utf8_len(v_sink_topic)
        n += uvarint_size(k + 1)
        n += k
    v_stores = o.stores
    n += uvarint_size(len(v_stores) + 1)
    for x_stores in v_stores:
        k = utf8_len(x_stores)
        n += uvarint_size(k + 1)
        n += k
    v_successors = o.successors
    n += uvarint_size(len(v_successors) + 1)
    for x_successors in v_successors:
        k = utf8_len(x_successors)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Member_0(buf: memoryview, pos: int) -> tuple[Member, int]:
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
            raise null_not_allowed("Member.MemberId", pos)
        elif n > end - pos:
            raise bad_length("Member.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_member_epoch,) = _F0.unpack_from(buf, pos)
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
            f_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("Member.InstanceId", n, pos, end - pos)
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
            raise bad_length("Member.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("Member.ClientId", pos)
        elif n > end - pos:
            raise bad_length("Member.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("Member.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("Member.ClientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_topology_epoch,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("Member.ProcessId", pos)
        elif n > end - pos:
            raise bad_length("Member.ProcessId", n, pos, end - pos)
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
            raise null_not_allowed("Member.ClientTags", pos)
        elif n > end - pos:
            raise bad_length("Member.ClientTags", n, pos, end - pos)
        else:
            items_client_tags: list[KeyValue] = []
            append_client_tags = items_client_tags.append
            for _ in range(n):
                x_client_tags, pos = _r_KeyValue_0(buf, pos)
                append_client_tags(x_client_tags)
            f_client_tags: tuple[KeyValue, ...] = tuple(items_client_tags)
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
            raise null_not_allowed("Member.TaskOffsets", pos)
        elif n > end - pos:
            raise bad_length("Member.TaskOffsets", n, pos, end - pos)
        else:
            items_task_offsets: list[TaskOffset] = []
            append_task_offsets = items_task_offsets.append
            for _ in range(n):
                x_task_offsets, pos = _r_TaskOffset_0(buf, pos)
                append_task_offsets(x_task_offsets)
            f_task_offsets: tuple[TaskOffset, ...] = tuple(items_task_offsets)
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
            raise null_not_allowed("Member.TaskEndOffsets", pos)
        elif n > end - pos:
            raise bad_length("Member.TaskEndOffsets", n, pos, end - pos)
        else:
            items_task_end_offsets: list[TaskOffset] = []
            append_task_end_offsets = items_task_end_offsets.append
            for _ in range(n):
                x_task_end_offsets, pos = _r_TaskOffset_0(buf, pos)
                append_task_end_offsets(x_task_end_offsets)
            f_task_end_offsets: tuple[TaskOffset, ...] = tuple(items_task_end_offsets)
        f_assignment, pos = _r_Assignment_0(buf, pos)
        f_target_assignment, pos = _r_Assignment_0(buf, pos)
        (f_is_classic,) = _F4.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Member(
                f_member_id,
                f_member_epoch,
                f_instance_id,
                f_rack_id,
                f_client_id,
                f_client_host,
                f_topology_epoch,
                f_process_id,
                f_user_endpoint,
                f_client_tags,
                f_task_offsets,
                f_task_end_offsets,
                f_assignment,
                f_target_assignment,
                f_is_classic,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Member v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Member v0-1", pos) from None


def _w_Member_0(o: Member, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.member_epoch))
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
    v_client_id = o.client_id
    b = v_client_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_client_host = o.client_host
    b = v_client_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.topology_epoch))
    v_process_id = o.process_id
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
    n = len(v_client_tags) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_client_tags = _w_KeyValue_0
    for x_client_tags in v_client_tags:
        w_client_tags(x_client_tags, out)
    v_task_offsets = o.task_offsets
    n = len(v_task_offsets) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_task_offsets = _w_TaskOffset_0
    for x_task_offsets in v_task_offsets:
        w_task_offsets(x_task_offsets, out)
    v_task_end_offsets = o.task_end_offsets
    n = len(v_task_end_offsets) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_task_end_offsets = _w_TaskOffset_0
    for x_task_end_offsets in v_task_end_offsets:
        w_task_end_offsets(x_task_end_offsets, out)
    v_assignment = o.assignment
    _w_Assignment_0(v_assignment, out)
    v_target_assignment = o.target_assignment
    _w_Assignment_0(v_target_assignment, out)
    a(_F4.pack(o.is_classic))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Member_0(o: Member) -> int:
    n = 9
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
    v_client_id = o.client_id
    k = utf8_len(v_client_id)
    n += uvarint_size(k + 1)
    n += k
    v_client_host = o.client_host
    k = utf8_len(v_client_host)
    n += uvarint_size(k + 1)
    n += k
    v_process_id = o.process_id
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
    n += uvarint_size(len(v_client_tags) + 1)
    sz_client_tags = _s_KeyValue_0
    for x_client_tags in v_client_tags:
        n += sz_client_tags(x_client_tags)
    v_task_offsets = o.task_offsets
    n += uvarint_size(len(v_task_offsets) + 1)
    sz_task_offsets = _s_TaskOffset_0
    for x_task_offsets in v_task_offsets:
        n += sz_task_offsets(x_task_offsets)
    v_task_end_offsets = o.task_end_offsets
    n += uvarint_size(len(v_task_end_offsets) + 1)
    sz_task_end_offsets = _s_TaskOffset_0
    for x_task_end_offsets in v_task_end_offsets:
        n += sz_task_end_offsets(x_task_end_offsets)
    v_assignment = o.assignment
    n += _s_Assignment_0(v_assignment)
    v_target_assignment = o.target_assignment
    n += _s_Assignment_0(v_target_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Assignment_0(buf: memoryview, pos: int) -> tuple[Assignment, int]:
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
            raise null_not_allowed("Assignment.ActiveTasks", pos)
        elif n > end - pos:
            raise bad_length("Assignment.ActiveTasks", n, pos, end - pos)
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
            raise null_not_allowed("Assignment.StandbyTasks", pos)
        elif n > end - pos:
            raise bad_length("Assignment.StandbyTasks", n, pos, end - pos)
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
            raise null_not_allowed("Assignment.WarmupTasks", pos)
        elif n > end - pos:
            raise bad_length("Assignment.WarmupTasks", n, pos, end - pos)
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
        return Assignment(f_active_tasks, f_standby_tasks, f_warmup_tasks, tags), pos
    except (StructError, IndexError):
        raise truncated("Assignment v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Assignment v0-1", pos) from None


def _w_Assignment_0(o: Assignment, out: list[Buffer]) -> None:
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


def _s_Assignment_0(o: Assignment) -> int:
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
        ) = _F5.unpack_from(buf, pos)
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
    a(_F5.pack(o.partition, o.offset))
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
        (f_port,) = _F6.unpack_from(buf, pos)
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
    a(_F6.pack(o.port))
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


def _r_Topology_0(buf: memoryview, pos: int) -> tuple[Topology, int]:
    end = len(buf)
    try:
        (f_epoch,) = _F0.unpack_from(buf, pos)
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
            f_subtopologies: tuple[Subtopology, ...] | None = None
        elif n > end - pos:
            raise bad_length("Topology.Subtopologies", n, pos, end - pos)
        else:
            items_subtopologies: list[Subtopology] = []
            append_subtopologies = items_subtopologies.append
            for _ in range(n):
                x_subtopologies, pos = _r_Subtopology_0(buf, pos)
                append_subtopologies(x_subtopologies)
            f_subtopologies = tuple(items_subtopologies)
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
    a(_F0.pack(o.epoch))
    v_subtopologies = o.subtopologies
    if v_subtopologies is None:
        a(b"\x00")
    else:
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
    if v_subtopologies is None:
        n += 1
    else:
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
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Subtopology(
                f_subtopology_id,
                f_source_topics,
                f_repartition_sink_topics,
                f_state_changelog_topics,
                f_repartition_source_topics,
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
    v_repartition_sink_topics = o.repartition_sink_topics
    n = len(v_repartition_sink_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_repartition_sink_topics in v_repartition_sink_topics:
        b = x_repartition_sink_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_state_changelog_topics = o.state_changelog_topics
    n = len(v_state_changelog_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_changelog_topics = _w_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        w_state_changelog_topics(x_state_changelog_topics, out)
    v_repartition_source_topics = o.repartition_source_topics
    n = len(v_repartition_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_repartition_source_topics = _w_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        w_repartition_source_topics(x_repartition_source_topics, out)
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
    v_repartition_sink_topics = o.repartition_sink_topics
    n += uvarint_size(len(v_repartition_sink_topics) + 1)
    for x_repartition_sink_topics in v_repartition_sink_topics:
        k = utf8_len(x_repartition_sink_topics)
        n += uvarint_size(k + 1)
        n += k
    v_state_changelog_topics = o.state_changelog_topics
    n += uvarint_size(len(v_state_changelog_topics) + 1)
    sz_state_changelog_topics = _s_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        n += sz_state_changelog_topics(x_state_changelog_topics)
    v_repartition_source_topics = o.repartition_source_topics
    n += uvarint_size(len(v_repartition_source_topics) + 1)
    sz_repartition_source_topics = _s_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        n += sz_repartition_source_topics(x_repartition_source_topics)
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
        ) = _F7.unpack_from(buf, pos)
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
    a(_F7.pack(o.partitions, o.replication_factor))
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


StreamsGroupDescribeResponse._READERS = (
    _r_StreamsGroupDescribeResponse_0,
    _r_StreamsGroupDescribeResponse_1,
)
StreamsGroupDescribeResponse._WRITERS = (
    _w_StreamsGroupDescribeResponse_0,
    _w_StreamsGroupDescribeResponse_1,
)
StreamsGroupDescribeResponse._SIZERS = (
    _s_StreamsGroupDescribeResponse_0,
    _s_StreamsGroupDescribeResponse_1,
)
bind_readers(
    StreamsGroupDescribeResponse,
    "streams_group_describe_response",
    "03e1d91439977a2d",
    (
        KeyValue,
        TopicInfo,
        Subtopology,
        Topology,
        Endpoint,
        TaskOffset,
        TaskIds,
        Assignment,
        Member,
        TopologyDescriptionNode,
        TopologyDescriptionSubtopology,
        TopologyDescriptionGlobalStore,
        TopologyDescription,
        DescribedGroup,
        StreamsGroupDescribeResponse,
    ),
)
