# generated from Kafka 4.4.0 by codegen — do not edit
"""MetadataResponse: Kafka response (key 3), versions 0-13."""

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
    not_in_version,
    not_nullable,
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
    "MetadataResponseBroker",
    "MetadataResponsePartition",
    "MetadataResponseTopic",
    "MetadataResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">?")
_F3 = PackStruct(">16s?")
_F4 = PackStruct(">hii")
_F5 = PackStruct(">hiii")
_Ai32 = array_structs("i")


class MetadataResponseBroker(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "node_id", "NodeId", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "rack", "Rack", "string", False, (1, 32767), (1, 32767), None, (1, 0), True, None, False
        ),
    )
    node_id: int = 0
    host: str = ""
    port: int = 0
    rack: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class MetadataResponsePartition(_StructBase):
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
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "replica_nodes",
            "ReplicaNodes",
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
            "isr_nodes",
            "IsrNodes",
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
            "offline_replicas",
            "OfflineReplicas",
            "int32",
            True,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    partition_index: int = 0
    leader_id: int = 0
    leader_epoch: int = -1
    replica_nodes: Sequence[int] = ()
    isr_nodes: Sequence[int] = ()
    offline_replicas: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class MetadataResponseTopic(_StructBase):
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
            "name",
            "Name",
            "string",
            False,
            (0, 32767),
            (12, 32767),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (10, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "is_internal",
            "IsInternal",
            "bool",
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
            "partitions",
            "Partitions",
            "MetadataResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MetadataResponsePartition,
            False,
        ),
        FieldInfo(
            "topic_authorized_operations",
            "TopicAuthorizedOperations",
            "int32",
            False,
            (8, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    error_code: int = 0
    name: str | None = ""
    topic_id: UUID = ZERO_UUID
    is_internal: bool = False
    partitions: Sequence[MetadataResponsePartition] = ()
    topic_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


class MetadataResponse(_Message):
    NAME: ClassVar[str] = "MetadataResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 13
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "brokers",
            "Brokers",
            "MetadataResponseBroker",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MetadataResponseBroker,
            False,
        ),
        FieldInfo(
            "cluster_id",
            "ClusterId",
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
            "controller_id",
            "ControllerId",
            "int32",
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
            "topics",
            "Topics",
            "MetadataResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MetadataResponseTopic,
            False,
        ),
        FieldInfo(
            "cluster_authorized_operations",
            "ClusterAuthorizedOperations",
            "int32",
            False,
            (8, 10),
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
            (13, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    throttle_time_ms: int = 0
    brokers: Sequence[MetadataResponseBroker] = ()
    cluster_id: str | None = None
    controller_id: int = -1
    topics: Sequence[MetadataResponseTopic] = ()
    cluster_authorized_operations: int = -2147483648
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_MetadataResponse_0(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_0(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return MetadataResponse(0, f_brokers, None, -1, f_topics, -2147483648, 0, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v0", pos) from None


def _w_MetadataResponse_0(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "0")
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_0
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_0(o: MetadataResponse) -> int:
    n = 0
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_0
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_1(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return (
            MetadataResponse(0, f_brokers, None, f_controller_id, f_topics, -2147483648, 0, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v1", pos) from None


def _w_MetadataResponse_1(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "1")
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_1(o: MetadataResponse) -> int:
    n = 4
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_2(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return (
            MetadataResponse(
                0, f_brokers, f_cluster_id, f_controller_id, f_topics, -2147483648, 0, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v2", pos) from None


def _w_MetadataResponse_2(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "2")
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\xff\xff")
    else:
        b = v_cluster_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_2(o: MetadataResponse) -> int:
    n = 4
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 2
    else:
        k = utf8_len(v_cluster_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_3(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                0,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v3-4", pos) from None


def _w_MetadataResponse_3(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "3-4")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\xff\xff")
    else:
        b = v_cluster_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_3(o: MetadataResponse) -> int:
    n = 8
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 2
    else:
        k = utf8_len(v_cluster_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_4(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                0,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v5-6", pos) from None


def _w_MetadataResponse_4(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "5-6")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\xff\xff")
    else:
        b = v_cluster_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_4(o: MetadataResponse) -> int:
    n = 8
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 2
    else:
        k = utf8_len(v_cluster_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_5(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_3(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                0,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v7", pos) from None


def _w_MetadataResponse_5(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "7")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\xff\xff")
    else:
        b = v_cluster_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_3
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_MetadataResponse_5(o: MetadataResponse) -> int:
    n = 8
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 2
    else:
        k = utf8_len(v_cluster_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_3
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_6(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_1(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_4(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        (f_cluster_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                f_cluster_authorized_operations,
                0,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v8", pos) from None


def _w_MetadataResponse_6(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    a(INT32.pack(len(v_brokers)))
    w_brokers = _w_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\xff\xff")
    else:
        b = v_cluster_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_MetadataResponseTopic_4
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.cluster_authorized_operations))


def _s_MetadataResponse_6(o: MetadataResponse) -> int:
    n = 12
    v_brokers = o.brokers
    n += 4
    sz_brokers = _s_MetadataResponseBroker_1
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 2
    else:
        k = utf8_len(v_cluster_id)
        n += 2
        n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_MetadataResponseTopic_4
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_MetadataResponse_7(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
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
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_2(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_5(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        (f_cluster_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                f_cluster_authorized_operations,
                0,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v9", pos) from None


def _w_MetadataResponse_7(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_MetadataResponseTopic_5
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponse_7(o: MetadataResponse) -> int:
    n = 12
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_MetadataResponseTopic_5
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponse_8(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
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
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_2(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_6(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        (f_cluster_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                f_cluster_authorized_operations,
                0,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v10", pos) from None


def _w_MetadataResponse_8(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_MetadataResponseTopic_6
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponse_8(o: MetadataResponse) -> int:
    n = 12
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_MetadataResponseTopic_6
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponse_9(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
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
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_2(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_6(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                0,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v11", pos) from None


def _w_MetadataResponse_9(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "11")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_MetadataResponseTopic_6
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponse_9(o: MetadataResponse) -> int:
    n = 8
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_MetadataResponseTopic_6
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponse_10(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
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
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_2(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_7(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                0,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v12", pos) from None


def _w_MetadataResponse_10(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "12")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_MetadataResponseTopic_7
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponse_10(o: MetadataResponse) -> int:
    n = 8
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_MetadataResponseTopic_7
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponse_11(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
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
            raise null_not_allowed("MetadataResponse.Brokers", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Brokers", n, pos, end - pos)
        else:
            items_brokers: list[MetadataResponseBroker] = []
            append_brokers = items_brokers.append
            for _ in range(n):
                x_brokers, pos = _r_MetadataResponseBroker_2(buf, pos)
                append_brokers(x_brokers)
            f_brokers: tuple[MetadataResponseBroker, ...] = tuple(items_brokers)
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponse.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_controller_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataResponseTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataResponseTopic_7(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataResponseTopic, ...] = tuple(items_topics)
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponse(
                f_throttle_time_ms,
                f_brokers,
                f_cluster_id,
                f_controller_id,
                f_topics,
                -2147483648,
                f_error_code,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponse v13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponse v13", pos) from None


def _w_MetadataResponse_11(o: MetadataResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.cluster_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponse.ClusterAuthorizedOperations", "13")
    a(_F0.pack(o.throttle_time_ms))
    v_brokers = o.brokers
    n = len(v_brokers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_brokers = _w_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        w_brokers(x_brokers, out)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.controller_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_MetadataResponseTopic_7
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F1.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponse_11(o: MetadataResponse) -> int:
    n = 10
    v_brokers = o.brokers
    n += uvarint_size(len(v_brokers) + 1)
    sz_brokers = _s_MetadataResponseBroker_2
    for x_brokers in v_brokers:
        n += sz_brokers(x_brokers)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_MetadataResponseTopic_7
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponseTopic_0(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        return (
            MetadataResponseTopic(
                f_error_code, f_name, ZERO_UUID, False, f_partitions, -2147483648, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v0", pos) from None


def _w_MetadataResponseTopic_0(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    if o.topic_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponseTopic.TopicAuthorizedOperations", "0")
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "0")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_MetadataResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_MetadataResponseTopic_0(o: MetadataResponseTopic) -> int:
    n = 2
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_MetadataResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_MetadataResponseTopic_1(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_internal,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        return (
            MetadataResponseTopic(
                f_error_code, f_name, ZERO_UUID, f_is_internal, f_partitions, -2147483648, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v1-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v1-4", pos) from None


def _w_MetadataResponseTopic_1(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    if o.topic_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponseTopic.TopicAuthorizedOperations", "1-4")
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "1-4")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.is_internal))
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_MetadataResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_MetadataResponseTopic_1(o: MetadataResponseTopic) -> int:
    n = 3
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_MetadataResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_MetadataResponseTopic_2(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_internal,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        return (
            MetadataResponseTopic(
                f_error_code, f_name, ZERO_UUID, f_is_internal, f_partitions, -2147483648, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v5-6", pos) from None


def _w_MetadataResponseTopic_2(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    if o.topic_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponseTopic.TopicAuthorizedOperations", "5-6")
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "5-6")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.is_internal))
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_MetadataResponsePartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_MetadataResponseTopic_2(o: MetadataResponseTopic) -> int:
    n = 3
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_MetadataResponsePartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_MetadataResponseTopic_3(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_internal,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        return (
            MetadataResponseTopic(
                f_error_code, f_name, ZERO_UUID, f_is_internal, f_partitions, -2147483648, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v7", pos) from None


def _w_MetadataResponseTopic_3(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    if o.topic_authorized_operations != -2147483648:
        raise not_in_version("MetadataResponseTopic.TopicAuthorizedOperations", "7")
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "7")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.is_internal))
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_MetadataResponsePartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_MetadataResponseTopic_3(o: MetadataResponseTopic) -> int:
    n = 3
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_MetadataResponsePartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_MetadataResponseTopic_4(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_internal,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        (f_topic_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            MetadataResponseTopic(
                f_error_code,
                f_name,
                ZERO_UUID,
                f_is_internal,
                f_partitions,
                f_topic_authorized_operations,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v8", pos) from None


def _w_MetadataResponseTopic_4(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "8")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.is_internal))
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_MetadataResponsePartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    a(_F0.pack(o.topic_authorized_operations))


def _s_MetadataResponseTopic_4(o: MetadataResponseTopic) -> int:
    n = 7
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_MetadataResponsePartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_MetadataResponseTopic_5(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
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
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_is_internal,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        (f_topic_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponseTopic(
                f_error_code,
                f_name,
                ZERO_UUID,
                f_is_internal,
                f_partitions,
                f_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v9", pos) from None


def _w_MetadataResponseTopic_5(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "9")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.is_internal))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    a(_F0.pack(o.topic_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponseTopic_5(o: MetadataResponseTopic) -> int:
    n = 7
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponseTopic_6(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
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
            raise null_not_allowed("MetadataResponseTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_topic_id,
            f_is_internal,
        ) = _F3.unpack_from(buf, pos)
        pos += 17
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
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        (f_topic_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponseTopic(
                f_error_code,
                f_name,
                f_topic_id,
                f_is_internal,
                f_partitions,
                f_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v10-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v10-11", pos) from None


def _w_MetadataResponseTopic_6(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataResponseTopic.Name", "10-11")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F3.pack(o.topic_id.bytes, o.is_internal))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    a(_F0.pack(o.topic_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponseTopic_6(o: MetadataResponseTopic) -> int:
    n = 23
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponseTopic_7(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
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
            f_name: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_topic_id,
            f_is_internal,
        ) = _F3.unpack_from(buf, pos)
        pos += 17
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
        if n < 0:
            raise null_not_allowed("MetadataResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[MetadataResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_MetadataResponsePartition_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[MetadataResponsePartition, ...] = tuple(items_partitions)
        (f_topic_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponseTopic(
                f_error_code,
                f_name,
                f_topic_id,
                f_is_internal,
                f_partitions,
                f_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponseTopic v12-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseTopic v12-13", pos) from None


def _w_MetadataResponseTopic_7(o: MetadataResponseTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_name = o.name
    if v_name is None:
        a(b"\x00")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F3.pack(o.topic_id.bytes, o.is_internal))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    a(_F0.pack(o.topic_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponseTopic_7(o: MetadataResponseTopic) -> int:
    n = 23
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_MetadataResponsePartition_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[MetadataResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition_index,
            f_leader_id,
        ) = _F4.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_replica_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.ReplicaNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.ReplicaNodes", n, pos, end - pos)
        else:
            f_replica_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_isr_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.IsrNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.IsrNodes", n, pos, end - pos)
        else:
            f_isr_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return (
            MetadataResponsePartition(
                f_error_code,
                f_partition_index,
                f_leader_id,
                -1,
                f_replica_nodes,
                f_isr_nodes,
                (),
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponsePartition v0-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponsePartition v0-4", pos) from None


def _w_MetadataResponsePartition_0(o: MetadataResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.error_code, o.partition_index, o.leader_id))
    v_replica_nodes = o.replica_nodes
    a(INT32.pack(len(v_replica_nodes)))
    k = len(v_replica_nodes)
    a(_Ai32[k].pack(*v_replica_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_replica_nodes))
    v_isr_nodes = o.isr_nodes
    a(INT32.pack(len(v_isr_nodes)))
    k = len(v_isr_nodes)
    a(_Ai32[k].pack(*v_isr_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_isr_nodes))


def _s_MetadataResponsePartition_0(o: MetadataResponsePartition) -> int:
    n = 10
    v_replica_nodes = o.replica_nodes
    n += 4
    n += 4 * len(v_replica_nodes)
    v_isr_nodes = o.isr_nodes
    n += 4
    n += 4 * len(v_isr_nodes)
    return n


def _r_MetadataResponsePartition_1(
    buf: memoryview, pos: int
) -> tuple[MetadataResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition_index,
            f_leader_id,
        ) = _F4.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_replica_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.ReplicaNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.ReplicaNodes", n, pos, end - pos)
        else:
            f_replica_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_isr_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.IsrNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.IsrNodes", n, pos, end - pos)
        else:
            f_isr_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_offline_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.OfflineReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.OfflineReplicas", n, pos, end - pos)
        else:
            f_offline_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return (
            MetadataResponsePartition(
                f_error_code,
                f_partition_index,
                f_leader_id,
                -1,
                f_replica_nodes,
                f_isr_nodes,
                f_offline_replicas,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponsePartition v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponsePartition v5-6", pos) from None


def _w_MetadataResponsePartition_1(o: MetadataResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F4.pack(o.error_code, o.partition_index, o.leader_id))
    v_replica_nodes = o.replica_nodes
    a(INT32.pack(len(v_replica_nodes)))
    k = len(v_replica_nodes)
    a(_Ai32[k].pack(*v_replica_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_replica_nodes))
    v_isr_nodes = o.isr_nodes
    a(INT32.pack(len(v_isr_nodes)))
    k = len(v_isr_nodes)
    a(_Ai32[k].pack(*v_isr_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_isr_nodes))
    v_offline_replicas = o.offline_replicas
    a(INT32.pack(len(v_offline_replicas)))
    k = len(v_offline_replicas)
    a(
        _Ai32[k].pack(*v_offline_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_offline_replicas)
    )


def _s_MetadataResponsePartition_1(o: MetadataResponsePartition) -> int:
    n = 10
    v_replica_nodes = o.replica_nodes
    n += 4
    n += 4 * len(v_replica_nodes)
    v_isr_nodes = o.isr_nodes
    n += 4
    n += 4 * len(v_isr_nodes)
    v_offline_replicas = o.offline_replicas
    n += 4
    n += 4 * len(v_offline_replicas)
    return n


def _r_MetadataResponsePartition_2(
    buf: memoryview, pos: int
) -> tuple[MetadataResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition_index,
            f_leader_id,
            f_leader_epoch,
        ) = _F5.unpack_from(buf, pos)
        pos += 14
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_replica_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.ReplicaNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.ReplicaNodes", n, pos, end - pos)
        else:
            f_replica_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_isr_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.IsrNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.IsrNodes", n, pos, end - pos)
        else:
            f_isr_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_offline_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.OfflineReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.OfflineReplicas", n, pos, end - pos)
        else:
            f_offline_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return (
            MetadataResponsePartition(
                f_error_code,
                f_partition_index,
                f_leader_id,
                f_leader_epoch,
                f_replica_nodes,
                f_isr_nodes,
                f_offline_replicas,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponsePartition v7-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponsePartition v7-8", pos) from None


def _w_MetadataResponsePartition_2(o: MetadataResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch))
    v_replica_nodes = o.replica_nodes
    a(INT32.pack(len(v_replica_nodes)))
    k = len(v_replica_nodes)
    a(_Ai32[k].pack(*v_replica_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_replica_nodes))
    v_isr_nodes = o.isr_nodes
    a(INT32.pack(len(v_isr_nodes)))
    k = len(v_isr_nodes)
    a(_Ai32[k].pack(*v_isr_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_isr_nodes))
    v_offline_replicas = o.offline_replicas
    a(INT32.pack(len(v_offline_replicas)))
    k = len(v_offline_replicas)
    a(
        _Ai32[k].pack(*v_offline_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_offline_replicas)
    )


def _s_MetadataResponsePartition_2(o: MetadataResponsePartition) -> int:
    n = 14
    v_replica_nodes = o.replica_nodes
    n += 4
    n += 4 * len(v_replica_nodes)
    v_isr_nodes = o.isr_nodes
    n += 4
    n += 4 * len(v_isr_nodes)
    v_offline_replicas = o.offline_replicas
    n += 4
    n += 4 * len(v_offline_replicas)
    return n


def _r_MetadataResponsePartition_3(
    buf: memoryview, pos: int
) -> tuple[MetadataResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_partition_index,
            f_leader_id,
            f_leader_epoch,
        ) = _F5.unpack_from(buf, pos)
        pos += 14
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
            f_replica_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.ReplicaNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.ReplicaNodes", n, pos, end - pos)
        else:
            f_replica_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
            f_isr_nodes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.IsrNodes", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.IsrNodes", n, pos, end - pos)
        else:
            f_isr_nodes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
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
            f_offline_replicas = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("MetadataResponsePartition.OfflineReplicas", pos)
        elif n * 4 > end - pos:
            raise bad_length("MetadataResponsePartition.OfflineReplicas", n, pos, end - pos)
        else:
            f_offline_replicas = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataResponsePartition(
                f_error_code,
                f_partition_index,
                f_leader_id,
                f_leader_epoch,
                f_replica_nodes,
                f_isr_nodes,
                f_offline_replicas,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataResponsePartition v9-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponsePartition v9-13", pos) from None


def _w_MetadataResponsePartition_3(o: MetadataResponsePartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch))
    v_replica_nodes = o.replica_nodes
    n = len(v_replica_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_replica_nodes)
    a(_Ai32[k].pack(*v_replica_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_replica_nodes))
    v_isr_nodes = o.isr_nodes
    n = len(v_isr_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_isr_nodes)
    a(_Ai32[k].pack(*v_isr_nodes) if k < SMALL_ARRAY else pack(">%di" % k, *v_isr_nodes))
    v_offline_replicas = o.offline_replicas
    n = len(v_offline_replicas) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_offline_replicas)
    a(
        _Ai32[k].pack(*v_offline_replicas)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_offline_replicas)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponsePartition_3(o: MetadataResponsePartition) -> int:
    n = 14
    v_replica_nodes = o.replica_nodes
    n += uvarint_size(len(v_replica_nodes) + 1)
    n += 4 * len(v_replica_nodes)
    v_isr_nodes = o.isr_nodes
    n += uvarint_size(len(v_isr_nodes) + 1)
    n += 4 * len(v_isr_nodes)
    v_offline_replicas = o.offline_replicas
    n += uvarint_size(len(v_offline_replicas) + 1)
    n += 4 * len(v_offline_replicas)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataResponseBroker_0(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    end = len(buf)
    try:
        (f_node_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseBroker.Host", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseBroker.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F0.unpack_from(buf, pos)
        pos += 4
        return MetadataResponseBroker(f_node_id, f_host, f_port, None, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataResponseBroker v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseBroker v0", pos) from None


def _w_MetadataResponseBroker_0(o: MetadataResponseBroker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.port))


def _s_MetadataResponseBroker_0(o: MetadataResponseBroker) -> int:
    n = 8
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_MetadataResponseBroker_1(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    end = len(buf)
    try:
        (f_node_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataResponseBroker.Host", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseBroker.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_rack: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponseBroker.Rack", n, pos, end - pos)
        else:
            f_rack = str(buf[pos : pos + n], "utf-8")
            pos += n
        return MetadataResponseBroker(f_node_id, f_host, f_port, f_rack, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataResponseBroker v1-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseBroker v1-8", pos) from None


def _w_MetadataResponseBroker_1(o: MetadataResponseBroker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.port))
    v_rack = o.rack
    if v_rack is None:
        a(b"\xff\xff")
    else:
        b = v_rack.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_MetadataResponseBroker_1(o: MetadataResponseBroker) -> int:
    n = 8
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    v_rack = o.rack
    if v_rack is None:
        n += 2
    else:
        k = utf8_len(v_rack)
        n += 2
        n += k
    return n


def _r_MetadataResponseBroker_2(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    end = len(buf)
    try:
        (f_node_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("MetadataResponseBroker.Host", pos)
        elif n > end - pos:
            raise bad_length("MetadataResponseBroker.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F0.unpack_from(buf, pos)
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
            f_rack: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataResponseBroker.Rack", n, pos, end - pos)
        else:
            f_rack = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MetadataResponseBroker(f_node_id, f_host, f_port, f_rack, tags), pos
    except (StructError, IndexError):
        raise truncated("MetadataResponseBroker v9-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataResponseBroker v9-13", pos) from None


def _w_MetadataResponseBroker_2(o: MetadataResponseBroker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.node_id))
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.port))
    v_rack = o.rack
    if v_rack is None:
        a(b"\x00")
    else:
        b = v_rack.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataResponseBroker_2(o: MetadataResponseBroker) -> int:
    n = 8
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    v_rack = o.rack
    if v_rack is None:
        n += 1
    else:
        k = utf8_len(v_rack)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


MetadataResponse._READERS = (
    _r_MetadataResponse_0,
    _r_MetadataResponse_1,
    _r_MetadataResponse_2,
    _r_MetadataResponse_3,
    _r_MetadataResponse_3,
    _r_MetadataResponse_4,
    _r_MetadataResponse_4,
    _r_MetadataResponse_5,
    _r_MetadataResponse_6,
    _r_MetadataResponse_7,
    _r_MetadataResponse_8,
    _r_MetadataResponse_9,
    _r_MetadataResponse_10,
    _r_MetadataResponse_11,
)
MetadataResponse._WRITERS = (
    _w_MetadataResponse_0,
    _w_MetadataResponse_1,
    _w_MetadataResponse_2,
    _w_MetadataResponse_3,
    _w_MetadataResponse_3,
    _w_MetadataResponse_4,
    _w_MetadataResponse_4,
    _w_MetadataResponse_5,
    _w_MetadataResponse_6,
    _w_MetadataResponse_7,
    _w_MetadataResponse_8,
    _w_MetadataResponse_9,
    _w_MetadataResponse_10,
    _w_MetadataResponse_11,
)
MetadataResponse._SIZERS = (
    _s_MetadataResponse_0,
    _s_MetadataResponse_1,
    _s_MetadataResponse_2,
    _s_MetadataResponse_3,
    _s_MetadataResponse_3,
    _s_MetadataResponse_4,
    _s_MetadataResponse_4,
    _s_MetadataResponse_5,
    _s_MetadataResponse_6,
    _s_MetadataResponse_7,
    _s_MetadataResponse_8,
    _s_MetadataResponse_9,
    _s_MetadataResponse_10,
    _s_MetadataResponse_11,
)
bind_readers(
    MetadataResponse,
    "metadata_response",
    "027ee54850f48df7",
    (
        MetadataResponseBroker,
        MetadataResponsePartition,
        MetadataResponseTopic,
        MetadataResponse,
    ),
)
