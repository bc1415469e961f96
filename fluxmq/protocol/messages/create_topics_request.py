# generated from Kafka 4.4.0 by codegen — do not edit
"""CreateTopicsRequest: Kafka request (key 19), versions 2-7."""

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
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "CreatableReplicaAssignment",
    "CreatableTopicConfig",
    "CreatableTopic",
    "CreateTopicsRequest",
]

_F0 = PackStruct(">i?")
_F1 = PackStruct(">ih")
_F2 = PackStruct(">i")
_Ai32 = array_structs("i")


class CreatableReplicaAssignment(_StructBase):
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
            "broker_ids",
            "BrokerIds",
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
    partition_index: int = 0
    broker_ids: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class CreatableTopicConfig(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "value",
            "Value",
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
    )
    name: str = ""
    value: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class CreatableTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "num_partitions",
            "NumPartitions",
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
            "assignments",
            "Assignments",
            "CreatableReplicaAssignment",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatableReplicaAssignment,
            False,
        ),
        FieldInfo(
            "configs",
            "Configs",
            "CreatableTopicConfig",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatableTopicConfig,
            False,
        ),
    )
    name: str = ""
    num_partitions: int = 0
    replication_factor: int = 0
    assignments: Sequence[CreatableReplicaAssignment] = ()
    configs: Sequence[CreatableTopicConfig] = ()
    unknown_tags: dict[int, bytes] | None = None


class CreateTopicsRequest(_Message):
    NAME: ClassVar[str] = "CreateTopicsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 19
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "CreatableTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatableTopic,
            False,
        ),
        FieldInfo(
            "timeout_ms",
            "timeoutMs",
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
            "validate_only",
            "validateOnly",
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
    )
    topics: Sequence[CreatableTopic] = ()
    timeout_ms: int = 60000
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_CreateTopicsRequest_0(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreateTopicsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreateTopicsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatableTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatableTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatableTopic, ...] = tuple(items_topics)
        (
            f_timeout_ms,
            f_validate_only,
        ) = _F0.unpack_from(buf, pos)
        pos += 5
        return CreateTopicsRequest(f_topics, f_timeout_ms, f_validate_only, None), pos
    except (StructError, IndexError):
        raise truncated("CreateTopicsRequest v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateTopicsRequest v2-4", pos) from None


def _w_CreateTopicsRequest_0(o: CreateTopicsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_CreatableTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms, o.validate_only))


def _s_CreateTopicsRequest_0(o: CreateTopicsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += 4
    sz_topics = _s_CreatableTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_CreateTopicsRequest_1(buf: memoryview, pos: int) -> tuple[CreateTopicsRequest, int]:
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
            raise null_not_allowed("CreateTopicsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreateTopicsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatableTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatableTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatableTopic, ...] = tuple(items_topics)
        (
            f_timeout_ms,
            f_validate_only,
        ) = _F0.unpack_from(buf, pos)
        pos += 5
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreateTopicsRequest(f_topics, f_timeout_ms, f_validate_only, tags), pos
    except (StructError, IndexError):
        raise truncated("CreateTopicsRequest v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateTopicsRequest v5-7", pos) from None


def _w_CreateTopicsRequest_1(o: CreateTopicsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_CreatableTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms, o.validate_only))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateTopicsRequest_1(o: CreateTopicsRequest) -> int:
    n = 5
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_CreatableTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatableTopic_0(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatableTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_num_partitions,
            f_replication_factor,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreatableTopic.Assignments", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[CreatableReplicaAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_CreatableReplicaAssignment_0(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[CreatableReplicaAssignment, ...] = tuple(items_assignments)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreatableTopic.Configs", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Configs", n, pos, end - pos)
        else:
            items_configs: list[CreatableTopicConfig] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_CreatableTopicConfig_0(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[CreatableTopicConfig, ...] = tuple(items_configs)
        return (
            CreatableTopic(
                f_name, f_num_partitions, f_replication_factor, f_assignments, f_configs, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopic v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopic v2-4", pos) from None


def _w_CreatableTopic_0(o: CreatableTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.num_partitions, o.replication_factor))
    v_assignments = o.assignments
    a(INT32.pack(len(v_assignments)))
    w_assignments = _w_CreatableReplicaAssignment_0
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)
    v_configs = o.configs
    a(INT32.pack(len(v_configs)))
    w_configs = _w_CreatableTopicConfig_0
    for x_configs in v_configs:
        w_configs(x_configs, out)


def _s_CreatableTopic_0(o: CreatableTopic) -> int:
    n = 6
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_assignments = o.assignments
    n += 4
    sz_assignments = _s_CreatableReplicaAssignment_0
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    v_configs = o.configs
    n += 4
    sz_configs = _s_CreatableTopicConfig_0
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    return n


def _r_CreatableTopic_1(buf: memoryview, pos: int) -> tuple[CreatableTopic, int]:
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
            raise null_not_allowed("CreatableTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_num_partitions,
            f_replication_factor,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("CreatableTopic.Assignments", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[CreatableReplicaAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_CreatableReplicaAssignment_1(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[CreatableReplicaAssignment, ...] = tuple(items_assignments)
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
            raise null_not_allowed("CreatableTopic.Configs", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopic.Configs", n, pos, end - pos)
        else:
            items_configs: list[CreatableTopicConfig] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_CreatableTopicConfig_1(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[CreatableTopicConfig, ...] = tuple(items_configs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CreatableTopic(
                f_name, f_num_partitions, f_replication_factor, f_assignments, f_configs, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopic v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopic v5-7", pos) from None


def _w_CreatableTopic_1(o: CreatableTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.num_partitions, o.replication_factor))
    v_assignments = o.assignments
    n = len(v_assignments) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_assignments = _w_CreatableReplicaAssignment_1
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)
    v_configs = o.configs
    n = len(v_configs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_configs = _w_CreatableTopicConfig_1
    for x_configs in v_configs:
        w_configs(x_configs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatableTopic_1(o: CreatableTopic) -> int:
    n = 6
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_assignments = o.assignments
    n += uvarint_size(len(v_assignments) + 1)
    sz_assignments = _s_CreatableReplicaAssignment_1
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    v_configs = o.configs
    n += uvarint_size(len(v_configs) + 1)
    sz_configs = _s_CreatableTopicConfig_1
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatableTopicConfig_0(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatableTopicConfig.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicConfig.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicConfig.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        return CreatableTopicConfig(f_name, f_value, None), pos
    except (StructError, IndexError):
        raise truncated("CreatableTopicConfig v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicConfig v2-4", pos) from None


def _w_CreatableTopicConfig_0(o: CreatableTopicConfig, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\xff\xff")
    else:
        b = v_value.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_CreatableTopicConfig_0(o: CreatableTopicConfig) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_value = o.value
    if v_value is None:
        n += 2
    else:
        k = utf8_len(v_value)
        n += 2
        n += k
    return n


def _r_CreatableTopicConfig_1(buf: memoryview, pos: int) -> tuple[CreatableTopicConfig, int]:
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
            raise null_not_allowed("CreatableTopicConfig.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicConfig.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicConfig.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatableTopicConfig(f_name, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatableTopicConfig v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicConfig v5-7", pos) from None


def _w_CreatableTopicConfig_1(o: CreatableTopicConfig, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\x00")
    else:
        b = v_value.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatableTopicConfig_1(o: CreatableTopicConfig) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    if v_value is None:
        n += 1
    else:
        k = utf8_len(v_value)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatableReplicaAssignment_0(
    buf: memoryview, pos: int
) -> tuple[CreatableReplicaAssignment, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F2.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_broker_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("CreatableReplicaAssignment.BrokerIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("CreatableReplicaAssignment.BrokerIds", n, pos, end - pos)
        else:
            f_broker_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return CreatableReplicaAssignment(f_partition_index, f_broker_ids, None), pos
    except (StructError, IndexError):
        raise truncated("CreatableReplicaAssignment v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableReplicaAssignment v2-4", pos) from None


def _w_CreatableReplicaAssignment_0(o: CreatableReplicaAssignment, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index))
    v_broker_ids = o.broker_ids
    a(INT32.pack(len(v_broker_ids)))
    k = len(v_broker_ids)
    a(_Ai32[k].pack(*v_broker_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_broker_ids))


def _s_CreatableReplicaAssignment_0(o: CreatableReplicaAssignment) -> int:
    n = 4
    v_broker_ids = o.broker_ids
    n += 4
    n += 4 * len(v_broker_ids)
    return n


def _r_CreatableReplicaAssignment_1(
    buf: memoryview, pos: int
) -> tuple[CreatableReplicaAssignment, int]:
    end = len(buf)
    try:
        (f_partition_index,) = _F2.unpack_from(buf, pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_broker_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("CreatableReplicaAssignment.BrokerIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("CreatableReplicaAssignment.BrokerIds", n, pos, end - pos)
        else:
            f_broker_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatableReplicaAssignment(f_partition_index, f_broker_ids, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatableReplicaAssignment v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableReplicaAssignment v5-7", pos) from None


def _w_CreatableReplicaAssignment_1(o: CreatableReplicaAssignment, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.partition_index))
    v_broker_ids = o.broker_ids
    n = len(v_broker_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_broker_ids)
    a(_Ai32[k].pack(*v_broker_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_broker_ids))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatableReplicaAssignment_1(o: CreatableReplicaAssignment) -> int:
    n = 4
    v_broker_ids = o.broker_ids
    n += uvarint_size(len(v_broker_ids) + 1)
    n += 4 * len(v_broker_ids)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


CreateTopicsRequest._READERS = (
    None,
    None,
    _r_CreateTopicsRequest_0,
    _r_CreateTopicsRequest_0,
    _r_CreateTopicsRequest_0,
    _r_CreateTopicsRequest_1,
    _r_CreateTopicsRequest_1,
    _r_CreateTopicsRequest_1,
)
CreateTopicsRequest._WRITERS = (
    None,
    None,
    _w_CreateTopicsRequest_0,
    _w_CreateTopicsRequest_0,
    _w_CreateTopicsRequest_0,
    _w_CreateTopicsRequest_1,
    _w_CreateTopicsRequest_1,
    _w_CreateTopicsRequest_1,
)
CreateTopicsRequest._SIZERS = (
    None,
    None,
    _s_CreateTopicsRequest_0,
    _s_CreateTopicsRequest_0,
    _s_CreateTopicsRequest_0,
    _s_CreateTopicsRequest_1,
    _s_CreateTopicsRequest_1,
    _s_CreateTopicsRequest_1,
)
bind_readers(
    CreateTopicsRequest,
    "create_topics_request",
    "c53fffb10ce0e858",
    (
        CreatableReplicaAssignment,
        CreatableTopicConfig,
        CreatableTopic,
        CreateTopicsRequest,
    ),
)
