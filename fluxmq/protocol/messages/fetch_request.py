# generated from Kafka 4.4.0 by codegen — do not edit
"""FetchRequest: Kafka request (key 1), versions 4-18."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
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
    struct_eq,
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
    "ReplicaState",
    "FetchPartition",
    "FetchTopic",
    "ForgottenTopic",
    "FetchRequest",
]

_F0 = PackStruct(">iiiib")
_F1 = PackStruct(">iiiibii")
_F2 = PackStruct(">iiibii")
_F3 = PackStruct(">16s")
_F4 = PackStruct(">iqi")
_F5 = PackStruct(">iqqi")
_F6 = PackStruct(">iiqqi")
_F7 = PackStruct(">iiqiqi")
_F8 = PackStruct(">q")
_F9 = PackStruct(">iq")
_Ai32 = array_structs("i")


class ReplicaState(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "replica_id",
            "ReplicaId",
            "int32",
            False,
            (15, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "replica_epoch",
            "ReplicaEpoch",
            "int64",
            False,
            (15, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    replica_id: int = -1
    replica_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


class FetchPartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "current_leader_epoch",
            "CurrentLeaderEpoch",
            "int32",
            False,
            (9, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "fetch_offset",
            "FetchOffset",
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
            "last_fetched_epoch",
            "LastFetchedEpoch",
            "int32",
            False,
            (12, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "log_start_offset",
            "LogStartOffset",
            "int64",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "partition_max_bytes",
            "PartitionMaxBytes",
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
            (17, 32767),
            (1, 0),
            0,
            (17, 32767),
            True,
            None,
            False,
        ),
        FieldInfo(
            "high_watermark",
            "HighWatermark",
            "int64",
            False,
            (18, 32767),
            (1, 0),
            1,
            (18, 32767),
            True,
            None,
            False,
        ),
    )
    partition: int = 0
    current_leader_epoch: int = -1
    fetch_offset: int = 0
    last_fetched_epoch: int = -1
    log_start_offset: int = -1
    partition_max_bytes: int = 0
    replica_directory_id: UUID = ZERO_UUID
    high_watermark: int = 9223372036854775807
    unknown_tags: dict[int, bytes] | None = None


class FetchTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 12), (1, 0), None, (1, 0), True, None, False
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (13, 32767),
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
            "FetchPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FetchPartition,
            False,
        ),
    )
    topic: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[FetchPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class ForgottenTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (7, 12), (1, 0), None, (1, 0), True, None, False
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (13, 32767),
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
            "int32",
            True,
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    topic: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class FetchRequest(_Message):
    NAME: ClassVar[str] = "FetchRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 1
    MIN_VERSION: ClassVar[int] = 4
    MAX_VERSION: ClassVar[int] = 18
    FLEXIBLE_MIN: ClassVar[int | None] = 12
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "cluster_id",
            "ClusterId",
            "string",
            False,
            (12, 32767),
            (12, 32767),
            0,
            (12, 32767),
            True,
            None,
            False,
        ),
        FieldInfo(
            "replica_id",
            "ReplicaId",
            "int32",
            False,
            (0, 14),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "replica_state",
            "ReplicaState",
            "ReplicaState",
            False,
            (15, 32767),
            (1, 0),
            1,
            (15, 32767),
            False,
            ReplicaState,
            False,
        ),
        FieldInfo(
            "max_wait_ms",
            "MaxWaitMs",
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
            "min_bytes",
            "MinBytes",
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
            "max_bytes",
            "MaxBytes",
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
            "isolation_level",
            "IsolationLevel",
            "int8",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "session_id",
            "SessionId",
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
            "session_epoch",
            "SessionEpoch",
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
            "topics",
            "Topics",
            "FetchTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FetchTopic,
            False,
        ),
        FieldInfo(
            "forgotten_topics_data",
            "ForgottenTopicsData",
            "ForgottenTopic",
            True,
            (7, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ForgottenTopic,
            False,
        ),
        FieldInfo(
            "rack_id",
            "RackId",
            "string",
            False,
            (11, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    cluster_id: str | None = None
    replica_id: int = -1
    replica_state: ReplicaState = msgspec.field(default_factory=ReplicaState)
    max_wait_ms: int = 0
    min_bytes: int = 0
    max_bytes: int = 2147483647
    isolation_level: int = 0
    session_id: int = 0
    session_epoch: int = -1
    topics: Sequence[FetchTopic] = ()
    forgotten_topics_data: Sequence[ForgottenTopic] = ()
    rack_id: str = ""
    unknown_tags: dict[int, bytes] | None = None


def _r_FetchRequest_0(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
        ) = _F0.unpack_from(buf, pos)
        pos += 17
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
        return (
            FetchRequest(
                None,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                0,
                -1,
                f_topics,
                (),
                "",
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v4", pos) from None


def _w_FetchRequest_0(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "4")
    if o.forgotten_topics_data:
        raise not_in_version("FetchRequest.ForgottenTopicsData", "4")
    a(_F0.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_FetchTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_FetchRequest_0(o: FetchRequest) -> int:
    n = 17
    v_topics = o.topics
    n += 4
    sz_topics = _s_FetchTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_FetchRequest_1(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
        ) = _F0.unpack_from(buf, pos)
        pos += 17
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
        return (
            FetchRequest(
                None,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                0,
                -1,
                f_topics,
                (),
                "",
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v5-6", pos) from None


def _w_FetchRequest_1(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "5-6")
    if o.forgotten_topics_data:
        raise not_in_version("FetchRequest.ForgottenTopicsData", "5-6")
    a(_F0.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_FetchTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_FetchRequest_1(o: FetchRequest) -> int:
    n = 17
    v_topics = o.topics
    n += 4
    sz_topics = _s_FetchTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_FetchRequest_2(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 25
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_0(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
        return (
            FetchRequest(
                None,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                "",
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v7-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v7-8", pos) from None


def _w_FetchRequest_2(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "7-8")
    a(
        _F1.pack(
            o.replica_id,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_FetchTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    a(INT32.pack(len(v_forgotten_topics_data)))
    w_forgotten_topics_data = _w_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)


def _s_FetchRequest_2(o: FetchRequest) -> int:
    n = 25
    v_topics = o.topics
    n += 4
    sz_topics = _s_FetchTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += 4
    sz_forgotten_topics_data = _s_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    return n


def _r_FetchRequest_3(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 25
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_0(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
        return (
            FetchRequest(
                None,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                "",
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v9-10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v9-10", pos) from None


def _w_FetchRequest_3(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "9-10")
    a(
        _F1.pack(
            o.replica_id,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_FetchTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    a(INT32.pack(len(v_forgotten_topics_data)))
    w_forgotten_topics_data = _w_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)


def _s_FetchRequest_3(o: FetchRequest) -> int:
    n = 25
    v_topics = o.topics
    n += 4
    sz_topics = _s_FetchTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += 4
    sz_forgotten_topics_data = _s_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    return n


def _r_FetchRequest_4(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 25
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_0(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            FetchRequest(
                None,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v11", pos) from None


def _w_FetchRequest_4(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "11")
    a(
        _F1.pack(
            o.replica_id,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_FetchTopic_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    a(INT32.pack(len(v_forgotten_topics_data)))
    w_forgotten_topics_data = _w_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_FetchRequest_4(o: FetchRequest) -> int:
    n = 25
    v_topics = o.topics
    n += 4
    sz_topics = _s_FetchTopic_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += 4
    sz_forgotten_topics_data = _s_ForgottenTopic_0
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += 2
    n += k
    return n


def _r_FetchRequest_5(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 25
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
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_3(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_1(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
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
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_cluster_id: str | None = None
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchRequest v12 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchRequest v12 tag", size, pos, end - pos)
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
                    if n < 0:
                        f_cluster_id = None
                    elif n > tend - pos:
                        raise bad_length("FetchRequest.ClusterId", n, pos, tend - pos)
                    else:
                        f_cluster_id = str(tbuf[pos : pos + n], "utf-8")
                        pos += n
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchRequest(
                f_cluster_id,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v12", pos) from None


def _w_FetchRequest_5(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "12")
    a(
        _F1.pack(
            o.replica_id,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_3
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_1
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if not (o.unknown_tags is not None or (o.cluster_id is not None)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.cluster_id is not None:
            sub_cluster_id: list[Buffer] = []
            outer, out, a = out, sub_cluster_id, sub_cluster_id.append
            v_cluster_id = o.cluster_id
            if v_cluster_id is None:
                a(b"\x00")
            else:
                b = v_cluster_id.encode("utf-8")
                n = len(b) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                a(b)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_cluster_id)
        write_tags(out, tags)


def _s_FetchRequest_5(o: FetchRequest) -> int:
    n = 25
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_FetchTopic_3
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_1
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.cluster_id is not None:
        outer_n = n
        n = 0
        v_cluster_id = o.cluster_id
        if v_cluster_id is None:
            n += 1
        else:
            k = utf8_len(v_cluster_id)
            n += uvarint_size(k + 1)
            n += k
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FetchRequest_6(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 25
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
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_4(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_2(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
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
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_cluster_id: str | None = None
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchRequest v13-14 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchRequest v13-14 tag", size, pos, end - pos)
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
                    if n < 0:
                        f_cluster_id = None
                    elif n > tend - pos:
                        raise bad_length("FetchRequest.ClusterId", n, pos, tend - pos)
                    else:
                        f_cluster_id = str(tbuf[pos : pos + n], "utf-8")
                        pos += n
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchRequest(
                f_cluster_id,
                f_replica_id,
                ReplicaState(),
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v13-14", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v13-14", pos) from None


def _w_FetchRequest_6(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        raise not_in_version("FetchRequest.ReplicaState", "13-14")
    a(
        _F1.pack(
            o.replica_id,
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_4
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if not (o.unknown_tags is not None or (o.cluster_id is not None)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.cluster_id is not None:
            sub_cluster_id: list[Buffer] = []
            outer, out, a = out, sub_cluster_id, sub_cluster_id.append
            v_cluster_id = o.cluster_id
            if v_cluster_id is None:
                a(b"\x00")
            else:
                b = v_cluster_id.encode("utf-8")
                n = len(b) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                a(b)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_cluster_id)
        write_tags(out, tags)


def _s_FetchRequest_6(o: FetchRequest) -> int:
    n = 25
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_FetchTopic_4
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.cluster_id is not None:
        outer_n = n
        n = 0
        v_cluster_id = o.cluster_id
        if v_cluster_id is None:
            n += 1
        else:
            k = utf8_len(v_cluster_id)
            n += uvarint_size(k + 1)
            n += k
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FetchRequest_7(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 21
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
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_4(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_2(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
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
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_cluster_id: str | None = None
        f_replica_state: ReplicaState = ReplicaState()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchRequest v15-16 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchRequest v15-16 tag", size, pos, end - pos)
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
                    if n < 0:
                        f_cluster_id = None
                    elif n > tend - pos:
                        raise bad_length("FetchRequest.ClusterId", n, pos, tend - pos)
                    else:
                        f_cluster_id = str(tbuf[pos : pos + n], "utf-8")
                        pos += n
                elif tag == 1:
                    tbuf = buf[:tend]
                    f_replica_state, pos = _r_ReplicaState_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchRequest(
                f_cluster_id,
                -1,
                f_replica_state,
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v15-16", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v15-16", pos) from None


def _w_FetchRequest_7(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.replica_id != -1:
        raise not_in_version("FetchRequest.ReplicaId", "15-16")
    a(
        _F2.pack(
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_4
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if not (
        o.unknown_tags is not None
        or (o.cluster_id is not None)
        or (
            (o.replica_state is None or not struct_eq(o.replica_state, ReplicaState()))
            and o.replica_state != ReplicaState()
        )
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.cluster_id is not None:
            sub_cluster_id: list[Buffer] = []
            outer, out, a = out, sub_cluster_id, sub_cluster_id.append
            v_cluster_id = o.cluster_id
            if v_cluster_id is None:
                a(b"\x00")
            else:
                b = v_cluster_id.encode("utf-8")
                n = len(b) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                a(b)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_cluster_id)
        if (
            o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
        ) and o.replica_state != ReplicaState():
            sub_replica_state: list[Buffer] = []
            outer, out, a = out, sub_replica_state, sub_replica_state.append
            v_replica_state = o.replica_state
            _w_ReplicaState_0(v_replica_state, out)
            out, a = outer, outer.append
            tags[1] = b"".join(sub_replica_state)
        write_tags(out, tags)


def _s_FetchRequest_7(o: FetchRequest) -> int:
    n = 21
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_FetchTopic_4
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.cluster_id is not None:
        outer_n = n
        n = 0
        v_cluster_id = o.cluster_id
        if v_cluster_id is None:
            n += 1
        else:
            k = utf8_len(v_cluster_id)
            n += uvarint_size(k + 1)
            n += k
        tags[0] = n
        n = outer_n
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        outer_n = n
        n = 0
        v_replica_state = o.replica_state
        n += _s_ReplicaState_0(v_replica_state)
        tags[1] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FetchRequest_8(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 21
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
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_5(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_2(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
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
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_cluster_id: str | None = None
        f_replica_state: ReplicaState = ReplicaState()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchRequest v17 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchRequest v17 tag", size, pos, end - pos)
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
                    if n < 0:
                        f_cluster_id = None
                    elif n > tend - pos:
                        raise bad_length("FetchRequest.ClusterId", n, pos, tend - pos)
                    else:
                        f_cluster_id = str(tbuf[pos : pos + n], "utf-8")
                        pos += n
                elif tag == 1:
                    tbuf = buf[:tend]
                    f_replica_state, pos = _r_ReplicaState_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchRequest(
                f_cluster_id,
                -1,
                f_replica_state,
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v17", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v17", pos) from None


def _w_FetchRequest_8(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.replica_id != -1:
        raise not_in_version("FetchRequest.ReplicaId", "17")
    a(
        _F2.pack(
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_5
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if not (
        o.unknown_tags is not None
        or (o.cluster_id is not None)
        or (
            (o.replica_state is None or not struct_eq(o.replica_state, ReplicaState()))
            and o.replica_state != ReplicaState()
        )
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.cluster_id is not None:
            sub_cluster_id: list[Buffer] = []
            outer, out, a = out, sub_cluster_id, sub_cluster_id.append
            v_cluster_id = o.cluster_id
            if v_cluster_id is None:
                a(b"\x00")
            else:
                b = v_cluster_id.encode("utf-8")
                n = len(b) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                a(b)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_cluster_id)
        if (
            o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
        ) and o.replica_state != ReplicaState():
            sub_replica_state: list[Buffer] = []
            outer, out, a = out, sub_replica_state, sub_replica_state.append
            v_replica_state = o.replica_state
            _w_ReplicaState_0(v_replica_state, out)
            out, a = outer, outer.append
            tags[1] = b"".join(sub_replica_state)
        write_tags(out, tags)


def _s_FetchRequest_8(o: FetchRequest) -> int:
    n = 21
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_FetchTopic_5
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.cluster_id is not None:
        outer_n = n
        n = 0
        v_cluster_id = o.cluster_id
        if v_cluster_id is None:
            n += 1
        else:
            k = utf8_len(v_cluster_id)
            n += uvarint_size(k + 1)
            n += k
        tags[0] = n
        n = outer_n
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        outer_n = n
        n = 0
        v_replica_state = o.replica_state
        n += _s_ReplicaState_0(v_replica_state)
        tags[1] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FetchRequest_9(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    end = len(buf)
    try:
        (
            f_max_wait_ms,
            f_min_bytes,
            f_max_bytes,
            f_isolation_level,
            f_session_id,
            f_session_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 21
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
            raise null_not_allowed("FetchRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[FetchTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_FetchTopic_6(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[FetchTopic, ...] = tuple(items_topics)
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
            raise null_not_allowed("FetchRequest.ForgottenTopicsData", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.ForgottenTopicsData", n, pos, end - pos)
        else:
            items_forgotten_topics_data: list[ForgottenTopic] = []
            append_forgotten_topics_data = items_forgotten_topics_data.append
            for _ in range(n):
                x_forgotten_topics_data, pos = _r_ForgottenTopic_2(buf, pos)
                append_forgotten_topics_data(x_forgotten_topics_data)
            f_forgotten_topics_data: tuple[ForgottenTopic, ...] = tuple(items_forgotten_topics_data)
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
            raise null_not_allowed("FetchRequest.RackId", pos)
        elif n > end - pos:
            raise bad_length("FetchRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_cluster_id: str | None = None
        f_replica_state: ReplicaState = ReplicaState()
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchRequest v18 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchRequest v18 tag", size, pos, end - pos)
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
                    if n < 0:
                        f_cluster_id = None
                    elif n > tend - pos:
                        raise bad_length("FetchRequest.ClusterId", n, pos, tend - pos)
                    else:
                        f_cluster_id = str(tbuf[pos : pos + n], "utf-8")
                        pos += n
                elif tag == 1:
                    tbuf = buf[:tend]
                    f_replica_state, pos = _r_ReplicaState_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchRequest(
                f_cluster_id,
                -1,
                f_replica_state,
                f_max_wait_ms,
                f_min_bytes,
                f_max_bytes,
                f_isolation_level,
                f_session_id,
                f_session_epoch,
                f_topics,
                f_forgotten_topics_data,
                f_rack_id,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchRequest v18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchRequest v18", pos) from None


def _w_FetchRequest_9(o: FetchRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.replica_id != -1:
        raise not_in_version("FetchRequest.ReplicaId", "18")
    a(
        _F2.pack(
            o.max_wait_ms,
            o.min_bytes,
            o.max_bytes,
            o.isolation_level,
            o.session_id,
            o.session_epoch,
        )
    )
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_FetchTopic_6
    for x_topics in v_topics:
        w_topics(x_topics, out)
    v_forgotten_topics_data = o.forgotten_topics_data
    n = len(v_forgotten_topics_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_forgotten_topics_data = _w_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        w_forgotten_topics_data(x_forgotten_topics_data, out)
    v_rack_id = o.rack_id
    b = v_rack_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if not (
        o.unknown_tags is not None
        or (o.cluster_id is not None)
        or (
            (o.replica_state is None or not struct_eq(o.replica_state, ReplicaState()))
            and o.replica_state != ReplicaState()
        )
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.cluster_id is not None:
            sub_cluster_id: list[Buffer] = []
            outer, out, a = out, sub_cluster_id, sub_cluster_id.append
            v_cluster_id = o.cluster_id
            if v_cluster_id is None:
                a(b"\x00")
            else:
                b = v_cluster_id.encode("utf-8")
                n = len(b) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                a(b)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_cluster_id)
        if (
            o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
        ) and o.replica_state != ReplicaState():
            sub_replica_state: list[Buffer] = []
            outer, out, a = out, sub_replica_state, sub_replica_state.append
            v_replica_state = o.replica_state
            _w_ReplicaState_0(v_replica_state, out)
            out, a = outer, outer.append
            tags[1] = b"".join(sub_replica_state)
        write_tags(out, tags)


def _s_FetchRequest_9(o: FetchRequest) -> int:
    n = 21
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_FetchTopic_6
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    v_forgotten_topics_data = o.forgotten_topics_data
    n += uvarint_size(len(v_forgotten_topics_data) + 1)
    sz_forgotten_topics_data = _s_ForgottenTopic_2
    for x_forgotten_topics_data in v_forgotten_topics_data:
        n += sz_forgotten_topics_data(x_forgotten_topics_data)
    v_rack_id = o.rack_id
    k = utf8_len(v_rack_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.cluster_id is not None:
        outer_n = n
        n = 0
        v_cluster_id = o.cluster_id
        if v_cluster_id is None:
            n += 1
        else:
            k = utf8_len(v_cluster_id)
            n += uvarint_size(k + 1)
            n += k
        tags[0] = n
        n = outer_n
    if (
        o.replica_state is None or not struct_eq(o.replica_state, ReplicaState())
    ) and o.replica_state != ReplicaState():
        outer_n = n
        n = 0
        v_replica_state = o.replica_state
        n += _s_ReplicaState_0(v_replica_state)
        tags[1] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_ForgottenTopic_0(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ForgottenTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("ForgottenTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("ForgottenTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("ForgottenTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return ForgottenTopic(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("ForgottenTopic v7-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ForgottenTopic v7-11", pos) from None


def _w_ForgottenTopic_0(o: ForgottenTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_ForgottenTopic_0(o: ForgottenTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


def _r_ForgottenTopic_1(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
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
            raise null_not_allowed("ForgottenTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("ForgottenTopic.Topic", n, pos, end - pos)
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
            raise null_not_allowed("ForgottenTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("ForgottenTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ForgottenTopic(f_topic, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ForgottenTopic v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ForgottenTopic v12", pos) from None


def _w_ForgottenTopic_1(o: ForgottenTopic, out: list[Buffer]) -> None:
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


def _s_ForgottenTopic_1(o: ForgottenTopic) -> int:
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


def _r_ForgottenTopic_2(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F3.unpack_from(buf, pos)
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
            raise null_not_allowed("ForgottenTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("ForgottenTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ForgottenTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ForgottenTopic v13-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ForgottenTopic v13-18", pos) from None


def _w_ForgottenTopic_2(o: ForgottenTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ForgottenTopic_2(o: ForgottenTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchTopic_0(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        return FetchTopic(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v4", pos) from None


def _w_FetchTopic_0(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_FetchPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchTopic_0(o: FetchTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_FetchPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchTopic_1(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        return FetchTopic(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v5-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v5-8", pos) from None


def _w_FetchTopic_1(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_FetchPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchTopic_1(o: FetchTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_FetchPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchTopic_2(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("FetchTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_2(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        return FetchTopic(f_topic, ZERO_UUID, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v9-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v9-11", pos) from None


def _w_FetchTopic_2(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_FetchPartition_2
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_FetchTopic_2(o: FetchTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_FetchPartition_2
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_FetchTopic_3(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
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
            raise null_not_allowed("FetchTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Topic", n, pos, end - pos)
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
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchTopic(f_topic, ZERO_UUID, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v12", pos) from None


def _w_FetchTopic_3(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_FetchPartition_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchTopic_3(o: FetchTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_FetchPartition_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchTopic_4(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F3.unpack_from(buf, pos)
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
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_3(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v13-16", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v13-16", pos) from None


def _w_FetchTopic_4(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_FetchPartition_3
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchTopic_4(o: FetchTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_FetchPartition_3
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchTopic_5(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F3.unpack_from(buf, pos)
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
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_4(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v17", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v17", pos) from None


def _w_FetchTopic_5(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_FetchPartition_4
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchTopic_5(o: FetchTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_FetchPartition_4
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchTopic_6(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F3.unpack_from(buf, pos)
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
        if n < 0:
            raise null_not_allowed("FetchTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("FetchTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[FetchPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_FetchPartition_5(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[FetchPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FetchTopic("", f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("FetchTopic v18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchTopic v18", pos) from None


def _w_FetchTopic_6(o: FetchTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_FetchPartition_5
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchTopic_6(o: FetchTopic) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_FetchPartition_5
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchPartition_0(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_fetch_offset,
            f_partition_max_bytes,
        ) = _F4.unpack_from(buf, pos)
        pos += 16
        return (
            FetchPartition(
                f_partition,
                -1,
                f_fetch_offset,
                -1,
                -1,
                f_partition_max_bytes,
                ZERO_UUID,
                9223372036854775807,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v4", pos) from None


def _w_FetchPartition_0(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    if o.last_fetched_epoch != -1:
        raise not_in_version("FetchPartition.LastFetchedEpoch", "4")
    a(_F4.pack(o.partition, o.fetch_offset, o.partition_max_bytes))


def _s_FetchPartition_0(o: FetchPartition) -> int:
    n = 16
    return n


def _r_FetchPartition_1(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_fetch_offset,
            f_log_start_offset,
            f_partition_max_bytes,
        ) = _F5.unpack_from(buf, pos)
        pos += 24
        return (
            FetchPartition(
                f_partition,
                -1,
                f_fetch_offset,
                -1,
                f_log_start_offset,
                f_partition_max_bytes,
                ZERO_UUID,
                9223372036854775807,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v5-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v5-8", pos) from None


def _w_FetchPartition_1(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    if o.last_fetched_epoch != -1:
        raise not_in_version("FetchPartition.LastFetchedEpoch", "5-8")
    a(_F5.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes))


def _s_FetchPartition_1(o: FetchPartition) -> int:
    n = 24
    return n


def _r_FetchPartition_2(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_fetch_offset,
            f_log_start_offset,
            f_partition_max_bytes,
        ) = _F6.unpack_from(buf, pos)
        pos += 28
        return (
            FetchPartition(
                f_partition,
                f_current_leader_epoch,
                f_fetch_offset,
                -1,
                f_log_start_offset,
                f_partition_max_bytes,
                ZERO_UUID,
                9223372036854775807,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v9-11", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v9-11", pos) from None


def _w_FetchPartition_2(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    if o.last_fetched_epoch != -1:
        raise not_in_version("FetchPartition.LastFetchedEpoch", "9-11")
    a(
        _F6.pack(
            o.partition,
            o.current_leader_epoch,
            o.fetch_offset,
            o.log_start_offset,
            o.partition_max_bytes,
        )
    )


def _s_FetchPartition_2(o: FetchPartition) -> int:
    n = 28
    return n


def _r_FetchPartition_3(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_fetch_offset,
            f_last_fetched_epoch,
            f_log_start_offset,
            f_partition_max_bytes,
        ) = _F7.unpack_from(buf, pos)
        pos += 32
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            FetchPartition(
                f_partition,
                f_current_leader_epoch,
                f_fetch_offset,
                f_last_fetched_epoch,
                f_log_start_offset,
                f_partition_max_bytes,
                ZERO_UUID,
                9223372036854775807,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v12-16", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v12-16", pos) from None


def _w_FetchPartition_3(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F7.pack(
            o.partition,
            o.current_leader_epoch,
            o.fetch_offset,
            o.last_fetched_epoch,
            o.log_start_offset,
            o.partition_max_bytes,
        )
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FetchPartition_3(o: FetchPartition) -> int:
    n = 32
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FetchPartition_4(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_fetch_offset,
            f_last_fetched_epoch,
            f_log_start_offset,
            f_partition_max_bytes,
        ) = _F7.unpack_from(buf, pos)
        pos += 32
        f_replica_directory_id: UUID = ZERO_UUID
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchPartition v17 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchPartition v17 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    f_replica_directory_id = uuid_from_bytes(_F3.unpack_from(tbuf, pos)[0])
                    pos += 16
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchPartition(
                f_partition,
                f_current_leader_epoch,
                f_fetch_offset,
                f_last_fetched_epoch,
                f_log_start_offset,
                f_partition_max_bytes,
                f_replica_directory_id,
                9223372036854775807,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v17", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v17", pos) from None


def _w_FetchPartition_4(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F7.pack(
            o.partition,
            o.current_leader_epoch,
            o.fetch_offset,
            o.last_fetched_epoch,
            o.log_start_offset,
            o.partition_max_bytes,
        )
    )
    if not (o.unknown_tags is not None or (o.replica_directory_id != ZERO_UUID)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.replica_directory_id != ZERO_UUID:
            sub_replica_directory_id: list[Buffer] = []
            outer, out, a = out, sub_replica_directory_id, sub_replica_directory_id.append
            a(_F3.pack(o.replica_directory_id.bytes))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_replica_directory_id)
        write_tags(out, tags)


def _s_FetchPartition_4(o: FetchPartition) -> int:
    n = 32
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.replica_directory_id != ZERO_UUID:
        outer_n = n
        n = 0
        n += 16
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FetchPartition_5(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_fetch_offset,
            f_last_fetched_epoch,
            f_log_start_offset,
            f_partition_max_bytes,
        ) = _F7.unpack_from(buf, pos)
        pos += 32
        f_replica_directory_id: UUID = ZERO_UUID
        f_high_watermark: int = 9223372036854775807
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("FetchPartition v18 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("FetchPartition v18 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    f_replica_directory_id = uuid_from_bytes(_F3.unpack_from(tbuf, pos)[0])
                    pos += 16
                elif tag == 1:
                    tbuf = buf[:tend]
                    (f_high_watermark,) = _F8.unpack_from(tbuf, pos)
                    pos += 8
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            FetchPartition(
                f_partition,
                f_current_leader_epoch,
                f_fetch_offset,
                f_last_fetched_epoch,
                f_log_start_offset,
                f_partition_max_bytes,
                f_replica_directory_id,
                f_high_watermark,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("FetchPartition v18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FetchPartition v18", pos) from None


def _w_FetchPartition_5(o: FetchPartition, out: list[Buffer]) -> None:
    a = out.append
    a(
        _F7.pack(
            o.partition,
            o.current_leader_epoch,
            o.fetch_offset,
            o.last_fetched_epoch,
            o.log_start_offset,
            o.partition_max_bytes,
        )
    )
    if not (
        o.unknown_tags is not None
        or (o.replica_directory_id != ZERO_UUID)
        or (o.high_watermark != 9223372036854775807)
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.replica_directory_id != ZERO_UUID:
            sub_replica_directory_id: list[Buffer] = []
            outer, out, a = out, sub_replica_directory_id, sub_replica_directory_id.append
            a(_F3.pack(o.replica_directory_id.bytes))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_replica_directory_id)
        if o.high_watermark != 9223372036854775807:
            sub_high_watermark: list[Buffer] = []
            outer, out, a = out, sub_high_watermark, sub_high_watermark.append
            a(_F8.pack(o.high_watermark))
            out, a = outer, outer.append
            tags[1] = b"".join(sub_high_watermark)
        write_tags(out, tags)


def _s_FetchPartition_5(o: FetchPartition) -> int:
    n = 32
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.replica_directory_id != ZERO_UUID:
        outer_n = n
        n = 0
        n += 16
        tags[0] = n
        n = outer_n
    if o.high_watermark != 9223372036854775807:
        outer_n = n
        n = 0
        n += 8
        tags[1] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_ReplicaState_0(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    end = len(buf)
    try:
        (
            f_replica_id,
            f_replica_epoch,
        ) = _F9.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReplicaState(f_replica_id, f_replica_epoch, tags), pos
    except (StructError, IndexError):
        raise truncated("ReplicaState v15-18", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaState v15-18", pos) from None


def _w_ReplicaState_0(o: ReplicaState, out: list[Buffer]) -> None:
    a = out.append
    a(_F9.pack(o.replica_id, o.replica_epoch))
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


FetchRequest._READERS = (
    None,
    None,
    None,
    None,
    _r_FetchRequest_0,
    _r_FetchRequest_1,
    _r_FetchRequest_1,
    _r_FetchRequest_2,
    _r_FetchRequest_2,
    _r_FetchRequest_3,
    _r_FetchRequest_3,
    _r_FetchRequest_4,
    _r_FetchRequest_5,
    _r_FetchRequest_6,
    _r_FetchRequest_6,
    _r_FetchRequest_7,
    _r_FetchRequest_7,
    _r_FetchRequest_8,
    _r_FetchRequest_9,
)
FetchRequest._WRITERS = (
    None,
    None,
    None,
    None,
    _w_FetchRequest_0,
    _w_FetchRequest_1,
    _w_FetchRequest_1,
    _w_FetchRequest_2,
    _w_FetchRequest_2,
    _w_FetchRequest_3,
    _w_FetchRequest_3,
    _w_FetchRequest_4,
    _w_FetchRequest_5,
    _w_FetchRequest_6,
    _w_FetchRequest_6,
    _w_FetchRequest_7,
    _w_FetchRequest_7,
    _w_FetchRequest_8,
    _w_FetchRequest_9,
)
FetchRequest._SIZERS = (
    None,
    None,
    None,
    None,
    _s_FetchRequest_0,
    _s_FetchRequest_1,
    _s_FetchRequest_1,
    _s_FetchRequest_2,
    _s_FetchRequest_2,
    _s_FetchRequest_3,
    _s_FetchRequest_3,
    _s_FetchRequest_4,
    _s_FetchRequest_5,
    _s_FetchRequest_6,
    _s_FetchRequest_6,
    _s_FetchRequest_7,
    _s_FetchRequest_7,
    _s_FetchRequest_8,
    _s_FetchRequest_9,
)
bind_readers(
    FetchRequest,
    "fetch_request",
    "504428c026e3f4ce",
    (
        ReplicaState,
        FetchPartition,
        FetchTopic,
        ForgottenTopic,
        FetchRequest,
    ),
)
