# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeQuorumResponse: Kafka response (key 55), versions 0-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "ReplicaState",
    "PartitionData",
    "TopicData",
    "Listener",
    "Node",
    "DescribeQuorumResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">i")
_F2 = PackStruct(">H")
_F3 = PackStruct(">ihiiq")
_F4 = PackStruct(">ih")
_F5 = PackStruct(">iiq")
_F6 = PackStruct(">iq")
_F7 = PackStruct(">iqqq")
_F8 = PackStruct(">i16sqqq")


class ReplicaState(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "replica_id",
            "ReplicaId",
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
            "replica_directory_id",
            "ReplicaDirectoryId",
            "uuid",
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
            "log_end_offset",
            "LogEndOffset",
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
            "last_fetch_timestamp",
            "LastFetchTimestamp",
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
            "last_caught_up_timestamp",
            "LastCaughtUpTimestamp",
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
    )
    replica_id: int = 0
    replica_directory_id: UUID = ZERO_UUID
    log_end_offset: int = 0
    last_fetch_timestamp: int = -1
    last_caught_up_timestamp: int = -1
    unknown_tags: dict[int, bytes] | None = None


class PartitionData(_StructBase):
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
            (2, 32767),
            (2, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "leader_id",
            "LeaderId",
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
            "leader_epoch",
            "LeaderEpoch",
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
            "high_watermark",
            "HighWatermark",
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
            "current_voters",
            "CurrentVoters",
            "ReplicaState",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReplicaState,
            False,
        ),
        FieldInfo(
            "observers",
            "Observers",
            "ReplicaState",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReplicaState,
            False,
        ),
    )
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = ""
    leader_id: int = 0
    leader_epoch: int = 0
    high_watermark: int = 0
    current_voters: Sequence[ReplicaState] = ()
    observers: Sequence[ReplicaState] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopicData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_name",
            "TopicName",
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
            "PartitionData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionData,
            False,
        ),
    )
    topic_name: str = ""
    partitions: Sequence[PartitionData] = ()
    unknown_tags: dict[int, bytes] | None = None


class Listener(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (2, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "host", "Host", "string", False, (2, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "uint16", False, (2, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    name: str = ""
    host: str = ""
    port: int = 0
    unknown_tags: dict[int, bytes] | None = None


class Node(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "node_id", "NodeId", "int32", False, (2, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "listeners",
            "Listeners",
            "Listener",
            True,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Listener,
            False,
        ),
    )
    node_id: int = 0
    listeners: Sequence[Listener] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeQuorumResponse(_Message):
    NAME: ClassVar[str] = "DescribeQuorumResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            (2, 32767),
            (2, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "topics",
            "Topics",
            "TopicData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicData,
            False,
        ),
        FieldInfo(
            "nodes", "Nodes", "Node", True, (2, 32767), (1, 0), None, (1, 0), False, Node, False
        ),
    )
    error_code: int = 0
    error_message: str | None = ""
    topics: Sequence[TopicData] = ()
    nodes: Sequence[Node] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeQuorumResponse_0(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeQuorumResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeQuorumResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicData_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeQuorumResponse(f_error_code, "", f_topics, (), tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeQuorumResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeQuorumResponse v0", pos) from None


def _w_DescribeQuorumResponse_0(o: DescribeQuorumResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.nodes:
        raise not_in_version("DescribeQuorumResponse.Nodes", "0")
    a(_F0.pack(o.error_code))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicData_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeQuorumResponse_0(o: DescribeQuorumResponse) -> int:
    n = 2
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicData_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeQuorumResponse_1(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeQuorumResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeQuorumResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicData_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicData, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeQuorumResponse(f_error_code, "", f_topics, (), tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeQuorumResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeQuorumResponse v1", pos) from None


def _w_DescribeQuorumResponse_1(o: DescribeQuorumResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.nodes:
        raise not_in_version("DescribeQuorumResponse.Nodes", "1")
    a(_F0.pack(o.error_code))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicData_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeQuorumResponse_1(o: DescribeQuorumResponse) -> int:
    n = 2
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicData_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeQuorumResponse_2(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
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
            raise bad_length("DescribeQuorumResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribeQuorumResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeQuorumResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[TopicData] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_TopicData_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[TopicData, ...] = tuple(items_topics)
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
            raise null_not_allowed("DescribeQuorumResponse.Nodes", pos)
        elif n > end - pos:
            raise bad_length("DescribeQuorumResponse.Nodes", n, pos, end - pos)
        else:
            items_nodes: list[Node] = []
            append_nodes = items_nodes.append
            for _ in range(n):
                x_nodes, pos = _r_Node_0(buf, pos)
                append_nodes(x_nodes)
            f_nodes: tuple[Node, ...] = tuple(items_nodes)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeQuorumResponse(f_error_code, f_error_message, f_topics, f_nodes, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeQuorumResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeQuorumResponse v2", pos) from None


def _w_DescribeQuorumResponse_2(o: DescribeQuorumResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_TopicData_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_nodes = o.nodes
    n = len(v_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_nodes = _w_Node_0
    for x_nodes in v_nodes:
        w_nodes(x_nodes, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeQuorumResponse_2(o: DescribeQuorumResponse) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_TopicData_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_nodes = o.nodes
    n += uvarint_size(len(v_nodes) + 1)
    sz_nodes = _s_Node_0
    for x_nodes in v_nodes:
        n += sz_nodes(x_nodes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Node_0(buf: memoryview, pos: int) -> tuple[Node, int]:
    end = len(buf)
    try:
        (f_node_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("Node.Listeners", pos)
        elif n > end - pos:
            raise bad_length("Node.Listeners", n, pos, end - pos)
        else:
            items_listeners: list[Listener] = []
            append_listeners = items_listeners.append
            for _ in range(n):
                x_listeners, pos = _r_Listener_0(buf, pos)
                append_listeners(x_listeners)
            f_listeners: tuple[Listener, ...] = tuple(items_listeners)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Node(f_node_id, f_listeners, tags), pos
    except (StructError, IndexError):
        raise truncated("Node v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Node v2", pos) from None


def _w_Node_0(o: Node, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.node_id))
    v_listeners = o.listeners
    n = len(v_listeners) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_listeners = _w_Listener_0
    for x_listeners in v_listeners:
        w_listeners(x_listeners, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Node_0(o: Node) -> int:
    n = 4
    v_listeners = o.listeners
    n += uvarint_size(len(v_listeners) + 1)
    sz_listeners = _s_Listener_0
    for x_listeners in v_listeners:
        n += sz_listeners(x_listeners)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Listener_0(buf: memoryview, pos: int) -> tuple[Listener, int]:
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
            raise null_not_allowed("Listener.Name", pos)
        elif n > end - pos:
            raise bad_length("Listener.Name", n, pos, end - pos)
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
            raise null_not_allowed("Listener.Host", pos)
        elif n > end - pos:
            raise bad_length("Listener.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F2.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Listener(f_name, f_host, f_port, tags), pos
    except (StructError, IndexError):
        raise truncated("Listener v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Listener v2", pos) from None


def _w_Listener_0(o: Listener, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Listener_0(o: Listener) -> int:
    n = 2
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicData_0(buf: memoryview, pos: int) -> tuple[TopicData, int]:
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
            raise null_not_allowed("TopicData.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicData.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TopicData.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicData(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicData v0", pos) from None


def _w_TopicData_0(o: TopicData, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicData_0(o: TopicData) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicData_1(buf: memoryview, pos: int) -> tuple[TopicData, int]:
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
            raise null_not_allowed("TopicData.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicData.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TopicData.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicData(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicData v1", pos) from None


def _w_TopicData_1(o: TopicData, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicData_1(o: TopicData) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicData_2(buf: memoryview, pos: int) -> tuple[TopicData, int]:
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
            raise null_not_allowed("TopicData.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicData.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicData.Partitions", pos)
        elif n > end - pos:
            raise bad_length("TopicData.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[PartitionData] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_PartitionData_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[PartitionData, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicData(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicData v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicData v2", pos) from None


def _w_TopicData_2(o: TopicData, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_PartitionData_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicData_2(o: TopicData) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_PartitionData_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionData_0(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_leader_id,
            f_leader_epoch,
            f_high_watermark,
        ) = _F3.unpack_from(buf, pos)
        pos += 22
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
            raise null_not_allowed("PartitionData.CurrentVoters", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.CurrentVoters", n, pos, end - pos)
        else:
            items_current_voters: list[ReplicaState] = []
            append_current_voters = items_current_voters.append
            for _ in range(n):
                x_current_voters, pos = _r_ReplicaState_0(buf, pos)
                append_current_voters(x_current_voters)
            f_current_voters: tuple[ReplicaState, ...] = tuple(items_current_voters)
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
            raise null_not_allowed("PartitionData.Observers", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.Observers", n, pos, end - pos)
        else:
            items_observers: list[ReplicaState] = []
            append_observers = items_observers.append
            for _ in range(n):
                x_observers, pos = _r_ReplicaState_0(buf, pos)
                append_observers(x_observers)
            f_observers: tuple[ReplicaState, ...] = tuple(items_observers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                "",
                f_leader_id,
                f_leader_epoch,
                f_high_watermark,
                f_current_voters,
                f_observers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v0", pos) from None


def _w_PartitionData_0(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark))
    v_current_voters = o.current_voters
    n = len(v_current_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_current_voters = _w_ReplicaState_0
    for x_current_voters in v_current_voters:
        w_current_voters(x_current_voters, out)
    v_observers = o.observers
    n = len(v_observers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_observers = _w_ReplicaState_0
    for x_observers in v_observers:
        w_observers(x_observers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_0(o: PartitionData) -> int:
    n = 22
    v_current_voters = o.current_voters
    n += uvarint_size(len(v_current_voters) + 1)
    sz_current_voters = _s_ReplicaState_0
    for x_current_voters in v_current_voters:
        n += sz_current_voters(x_current_voters)
    v_observers = o.observers
    n += uvarint_size(len(v_observers) + 1)
    sz_observers = _s_ReplicaState_0
    for x_observers in v_observers:
        n += sz_observers(x_observers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionData_1(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
            f_leader_id,
            f_leader_epoch,
            f_high_watermark,
        ) = _F3.unpack_from(buf, pos)
        pos += 22
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
            raise null_not_allowed("PartitionData.CurrentVoters", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.CurrentVoters", n, pos, end - pos)
        else:
            items_current_voters: list[ReplicaState] = []
            append_current_voters = items_current_voters.append
            for _ in range(n):
                x_current_voters, pos = _r_ReplicaState_1(buf, pos)
                append_current_voters(x_current_voters)
            f_current_voters: tuple[ReplicaState, ...] = tuple(items_current_voters)
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
            raise null_not_allowed("PartitionData.Observers", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.Observers", n, pos, end - pos)
        else:
            items_observers: list[ReplicaState] = []
            append_observers = items_observers.append
            for _ in range(n):
                x_observers, pos = _r_ReplicaState_1(buf, pos)
                append_observers(x_observers)
            f_observers: tuple[ReplicaState, ...] = tuple(items_observers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                "",
                f_leader_id,
                f_leader_epoch,
                f_high_watermark,
                f_current_voters,
                f_observers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v1", pos) from None


def _w_PartitionData_1(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark))
    v_current_voters = o.current_voters
    n = len(v_current_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_current_voters = _w_ReplicaState_1
    for x_current_voters in v_current_voters:
        w_current_voters(x_current_voters, out)
    v_observers = o.observers
    n = len(v_observers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_observers = _w_ReplicaState_1
    for x_observers in v_observers:
        w_observers(x_observers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_1(o: PartitionData) -> int:
    n = 22
    v_current_voters = o.current_voters
    n += uvarint_size(len(v_current_voters) + 1)
    sz_current_voters = _s_ReplicaState_1
    for x_current_voters in v_current_voters:
        n += sz_current_voters(x_current_voters)
    v_observers = o.observers
    n += uvarint_size(len(v_observers) + 1)
    sz_observers = _s_ReplicaState_1
    for x_observers in v_observers:
        n += sz_observers(x_observers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionData_2(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F4.unpack_from(buf, pos)
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
            raise bad_length("PartitionData.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_leader_id,
            f_leader_epoch,
            f_high_watermark,
        ) = _F5.unpack_from(buf, pos)
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
            raise null_not_allowed("PartitionData.CurrentVoters", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.CurrentVoters", n, pos, end - pos)
        else:
            items_current_voters: list[ReplicaState] = []
            append_current_voters = items_current_voters.append
            for _ in range(n):
                x_current_voters, pos = _r_ReplicaState_2(buf, pos)
                append_current_voters(x_current_voters)
            f_current_voters: tuple[ReplicaState, ...] = tuple(items_current_voters)
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
            raise null_not_allowed("PartitionData.Observers", pos)
        elif n > end - pos:
            raise bad_length("PartitionData.Observers", n, pos, end - pos)
        else:
            items_observers: list[ReplicaState] = []
            append_observers = items_observers.append
            for _ in range(n):
                x_observers, pos = _r_ReplicaState_2(buf, pos)
                append_observers(x_observers)
            f_observers: tuple[ReplicaState, ...] = tuple(items_observers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PartitionData(
                f_partition_index,
                f_error_code,
                f_error_message,
                f_leader_id,
                f_leader_epoch,
                f_high_watermark,
                f_current_voters,
                f_observers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PartitionData v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionData v2", pos) from None


def _w_PartitionData_2(o: PartitionData, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.partition_index, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F5.pack(o.leader_id, o.leader_epoch, o.high_watermark))
    v_current_voters = o.current_voters
    n = len(v_current_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_current_voters = _w_ReplicaState_2
    for x_current_voters in v_current_voters:
        w_current_voters(x_current_voters, out)
    v_observers = o.observers
    n = len(v_observers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_observers = _w_ReplicaState_2
    for x_observers in v_observers:
        w_observers(x_observers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionData_2(o: PartitionData) -> int:
    n = 22
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_current_voters = o.current_voters
    n += uvarint_size(len(v_current_voters) + 1)
    sz_current_voters = _s_ReplicaState_2
    for x_current_voters in v_current_voters:
        n += sz_current_voters(x_current_voters)
    v_observers = o.observers
    n += uvarint_size(len(v_observers) + 1)
    sz_observers = _s_ReplicaState_2
    for x_observers in v_observers:
        n += sz_observers(x_observers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReplicaState_0(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_log_end_offset,
        ) = _F6.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReplicaState(f_replica_id, ZERO_UUID, f_log_end_offset, -1, -1, tags), pos
    except (StructError, IndexError):
        raise truncated("ReplicaState v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaState v0", pos) from None


def _w_ReplicaState_0(o: ReplicaState, out: list[Buffer]) -> None:
    a = out.append
    if o.replica_directory_id != ZERO_UUID:
        raise not_in_version("ReplicaState.ReplicaDirectoryId", "0")
    a(_F6.pack(o.replica_id, o.log_end_offset))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReplicaState_0(o: ReplicaState) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReplicaState_1(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_log_end_offset,
            f_last_fetch_timestamp,
            f_last_caught_up_timestamp,
        ) = _F7.unpack_from(buf, pos)
        pos += 28
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ReplicaState(
                f_replica_id,
                ZERO_UUID,
                f_log_end_offset,
                f_last_fetch_timestamp,
                f_last_caught_up_timestamp,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ReplicaState v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaState v1", pos) from None


def _w_ReplicaState_1(o: ReplicaState, out: list[Buffer]) -> None:
    a = out.append
    if o.replica_directory_id != ZERO_UUID:
        raise not_in_version("ReplicaState.ReplicaDirectoryId", "1")
    a(_F7.pack(o.replica_id, o.log_end_offset, o.last_fetch_timestamp, o.last_caught_up_timestamp))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReplicaState_1(o: ReplicaState) -> int:
    n = 28
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReplicaState_2(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_replica_directory_id,
            f_log_end_offset,
            f_last_fetch_timestamp,
            f_last_caught_up_timestamp,
        ) = _F8.unpack_from(buf, pos)
        pos += 44
        f_replica_directory_id = uuid_from_bytes(f_replica_directory_id)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ReplicaState(
                f_replica_id,
                f_replica_directory_id,
                f_log_end_offset,
                f_last_fetch_timestamp,
                f_last_caught_up_timestamp,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ReplicaState v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaState v2", pos) from None


def _w_ReplicaState_2(o: ReplicaState, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F8.pack(
            o.replica_id,
            o.replica_directory_id.bytes,
            o.log_end_offset,
            o.last_fetch_timestamp,
            o.last_caught_up_timestamp,
        )
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReplicaState_2(o: ReplicaState) -> int:
    n = 44
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeQuorumResponse._READERS = (
    _r_DescribeQuorumResponse_0,
    _r_DescribeQuorumResponse_1,
    _r_DescribeQuorumResponse_2,
)
DescribeQuorumResponse._WRITERS = (
    _w_DescribeQuorumResponse_0,
    _w_DescribeQuorumResponse_1,
    _w_DescribeQuorumResponse_2,
)
DescribeQuorumResponse._SIZERS = (
    _s_DescribeQuorumResponse_0,
    _s_DescribeQuorumResponse_1,
    _s_DescribeQuorumResponse_2,
)
bind_readers(
    DescribeQuorumResponse,
    "describe_quorum_response",
    "e07522c09e3db824",
    (
        ReplicaState,
        PartitionData,
        TopicData,
        Listener,
        Node,
        DescribeQuorumResponse,
    ),
)
