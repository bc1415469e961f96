# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetForLeaderEpochRequest: Kafka request (key 23), versions 2-4."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetForLeaderPartition",
    "OffsetForLeaderTopic",
    "OffsetForLeaderEpochRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">iii")


class OffsetForLeaderPartition(_StructBase):
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
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
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
    )
    partition: int = 0
    current_leader_epoch: int = -1
    leader_epoch: int = 0
    unknown_tags: dict[int, bytes] | None = None


class OffsetForLeaderTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "OffsetForLeaderPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetForLeaderPartition,
            False,
        ),
    )
    topic: str = ""
    partitions: Sequence[OffsetForLeaderPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class OffsetForLeaderEpochRequest(_Message):
    NAME: ClassVar[str] = "OffsetForLeaderEpochRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 23
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "replica_id",
            "ReplicaId",
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
            "topics",
            "Topics",
            "OffsetForLeaderTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            OffsetForLeaderTopic,
            False,
        ),
    )
    replica_id: int = -2
    topics: Sequence[OffsetForLeaderTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetForLeaderEpochRequest_0(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderEpochRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetForLeaderEpochRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderEpochRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetForLeaderTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetForLeaderTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetForLeaderTopic, ...] = tuple(items_topics)
        return OffsetForLeaderEpochRequest(-2, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderEpochRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderEpochRequest v2", pos) from None


def _w_OffsetForLeaderEpochRequest_0(o: OffsetForLeaderEpochRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetForLeaderTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetForLeaderEpochRequest_0(o: OffsetForLeaderEpochRequest) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetForLeaderTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetForLeaderEpochRequest_1(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderEpochRequest, int]:
    end = len(buf)
    try:
        (f_replica_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetForLeaderEpochRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderEpochRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetForLeaderTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetForLeaderTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetForLeaderTopic, ...] = tuple(items_topics)
        return OffsetForLeaderEpochRequest(f_replica_id, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderEpochRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderEpochRequest v3", pos) from None


def _w_OffsetForLeaderEpochRequest_1(o: OffsetForLeaderEpochRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.replica_id))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_OffsetForLeaderTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_OffsetForLeaderEpochRequest_1(o: OffsetForLeaderEpochRequest) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_OffsetForLeaderTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_OffsetForLeaderEpochRequest_2(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderEpochRequest, int]:
    end = len(buf)
    try:
        (f_replica_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("OffsetForLeaderEpochRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderEpochRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[OffsetForLeaderTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_OffsetForLeaderTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[OffsetForLeaderTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetForLeaderEpochRequest(f_replica_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderEpochRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderEpochRequest v4", pos) from None


def _w_OffsetForLeaderEpochRequest_2(o: OffsetForLeaderEpochRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.replica_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_OffsetForLeaderTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetForLeaderEpochRequest_2(o: OffsetForLeaderEpochRequest) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_OffsetForLeaderTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetForLeaderTopic_0(buf: memoryview, pos: int) -> tuple[OffsetForLeaderTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetForLeaderTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopic.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("OffsetForLeaderTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetForLeaderPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetForLeaderPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetForLeaderPartition, ...] = tuple(items_partitions)
        return OffsetForLeaderTopic(f_topic, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderTopic v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderTopic v2-3", pos) from None


def _w_OffsetForLeaderTopic_0(o: OffsetForLeaderTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_OffsetForLeaderPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_OffsetForLeaderTopic_0(o: OffsetForLeaderTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_OffsetForLeaderPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_OffsetForLeaderTopic_1(buf: memoryview, pos: int) -> tuple[OffsetForLeaderTopic, int]:
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
            raise null_not_allowed("OffsetForLeaderTopic.Topic", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopic.Topic", n, pos, end - pos)
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
            raise null_not_allowed("OffsetForLeaderTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("OffsetForLeaderTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[OffsetForLeaderPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_OffsetForLeaderPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[OffsetForLeaderPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OffsetForLeaderTopic(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderTopic v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderTopic v4", pos) from None


def _w_OffsetForLeaderTopic_1(o: OffsetForLeaderTopic, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_OffsetForLeaderPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetForLeaderTopic_1(o: OffsetForLeaderTopic) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_OffsetForLeaderPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OffsetForLeaderPartition_0(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_leader_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 12
        return (
            OffsetForLeaderPartition(f_partition, f_current_leader_epoch, f_leader_epoch, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderPartition v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderPartition v2-3", pos) from None


def _w_OffsetForLeaderPartition_0(o: OffsetForLeaderPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition, o.current_leader_epoch, o.leader_epoch))


def _s_OffsetForLeaderPartition_0(o: OffsetForLeaderPartition) -> int:
    n = 12
    return n


def _r_OffsetForLeaderPartition_1(
    buf: memoryview, pos: int
) -> tuple[OffsetForLeaderPartition, int]:
    end = len(buf)
    try:
        (
            f_partition,
            f_current_leader_epoch,
            f_leader_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            OffsetForLeaderPartition(f_partition, f_current_leader_epoch, f_leader_epoch, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetForLeaderPartition v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetForLeaderPartition v4", pos) from None


def _w_OffsetForLeaderPartition_1(o: OffsetForLeaderPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition, o.current_leader_epoch, o.leader_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OffsetForLeaderPartition_1(o: OffsetForLeaderPartition) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


OffsetForLeaderEpochRequest._READERS = (
    None,
    None,
    _r_OffsetForLeaderEpochRequest_0,
    _r_OffsetForLeaderEpochRequest_1,
    _r_OffsetForLeaderEpochRequest_2,
)
OffsetForLeaderEpochRequest._WRITERS = (
    None,
    None,
    _w_OffsetForLeaderEpochRequest_0,
    _w_OffsetForLeaderEpochRequest_1,
    _w_OffsetForLeaderEpochRequest_2,
)
OffsetForLeaderEpochRequest._SIZERS = (
    None,
    None,
    _s_OffsetForLeaderEpochRequest_0,
    _s_OffsetForLeaderEpochRequest_1,
    _s_OffsetForLeaderEpochRequest_2,
)
bind_readers(
    OffsetForLeaderEpochRequest,
    "offset_for_leader_epoch_request",
    "577d51fa475ee4f6",
    (
        OffsetForLeaderPartition,
        OffsetForLeaderTopic,
        OffsetForLeaderEpochRequest,
    ),
)
