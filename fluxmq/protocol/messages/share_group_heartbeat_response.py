# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupHeartbeatResponse: Kafka response (key 76), versions 1."""

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
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicPartitions",
    "Assignment",
    "ShareGroupHeartbeatResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">ii")
_F2 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartitions(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class Assignment(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_partitions",
            "TopicPartitions",
            "TopicPartitions",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartitions,
            False,
        ),
    )
    topic_partitions: Sequence[TopicPartitions] = ()
    unknown_tags: dict[int, bytes] | None = None


class ShareGroupHeartbeatResponse(_Message):
    NAME: ClassVar[str] = "ShareGroupHeartbeatResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 76
    MIN_VERSION: ClassVar[int] = 1
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
            (0, 32767),
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
            "assignment",
            "Assignment",
            "Assignment",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Assignment,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = None
    member_id: str | None = None
    member_epoch: int = 0
    heartbeat_interval_ms: int = 0
    assignment: Assignment | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupHeartbeatResponse_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupHeartbeatResponse, int]:
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
            raise bad_length("ShareGroupHeartbeatResponse.ErrorMessage", n, pos, end - pos)
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
            f_member_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareGroupHeartbeatResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_member_epoch,
            f_heartbeat_interval_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 255:
            pos += 1
            f_assignment: Assignment | None = None
        else:
            pos += 1
            f_assignment, pos = _r_Assignment_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareGroupHeartbeatResponse(
                f_throttle_time_ms,
                f_error_code,
                f_error_message,
                f_member_id,
                f_member_epoch,
                f_heartbeat_interval_ms,
                f_assignment,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareGroupHeartbeatResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupHeartbeatResponse v1", pos) from None


def _w_ShareGroupHeartbeatResponse_0(o: ShareGroupHeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
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
    if v_member_id is None:
        a(b"\x00")
    else:
        b = v_member_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.member_epoch, o.heartbeat_interval_ms))
    v_assignment = o.assignment
    if v_assignment is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Assignment_0(v_assignment, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupHeartbeatResponse_0(o: ShareGroupHeartbeatResponse) -> int:
    n = 14
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_member_id = o.member_id
    if v_member_id is None:
        n += 1
    else:
        k = utf8_len(v_member_id)
        n += uvarint_size(k + 1)
        n += k
    v_assignment = o.assignment
    if v_assignment is None:
        n += 1
    else:
        n += 1
        n += _s_Assignment_0(v_assignment)
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
            raise null_not_allowed("Assignment.TopicPartitions", pos)
        elif n > end - pos:
            raise bad_length("Assignment.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions: tuple[TopicPartitions, ...] = tuple(items_topic_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Assignment(f_topic_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("Assignment v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Assignment v1", pos) from None


def _w_Assignment_0(o: Assignment, out: list[Buffer]) -> None:
    a = out.append
    v_topic_partitions = o.topic_partitions
    n = len(v_topic_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_partitions = _w_TopicPartitions_0
    for x_topic_partitions in v_topic_partitions:
        w_topic_partitions(x_topic_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Assignment_0(o: Assignment) -> int:
    n = 0
    v_topic_partitions = o.topic_partitions
    n += uvarint_size(len(v_topic_partitions) + 1)
    sz_topic_partitions = _s_TopicPartitions_0
    for x_topic_partitions in v_topic_partitions:
        n += sz_topic_partitions(x_topic_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartitions_0(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("TopicPartitions.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartitions.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartitions(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v1", pos) from None


def _w_TopicPartitions_0(o: TopicPartitions, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupHeartbeatResponse._READERS = (
    None,
    _r_ShareGroupHeartbeatResponse_0,
)
ShareGroupHeartbeatResponse._WRITERS = (
    None,
    _w_ShareGroupHeartbeatResponse_0,
)
ShareGroupHeartbeatResponse._SIZERS = (
    None,
    _s_ShareGroupHeartbeatResponse_0,
)
bind_readers(
    ShareGroupHeartbeatResponse,
    "share_group_heartbeat_response",
    "cb728c5e6d96ea82",
    (
        TopicPartitions,
        Assignment,
        ShareGroupHeartbeatResponse,
    ),
)
