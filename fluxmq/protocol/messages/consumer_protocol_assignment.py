# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerProtocolAssignment: Kafka data, versions 0-3."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, INT32, Buffer, SMALL_ARRAY, array_structs

__all__ = [
    "TopicPartition",
    "ConsumerProtocolAssignment",
]

_Ai32 = array_structs("i")


class TopicPartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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


class ConsumerProtocolAssignment(_Message):
    NAME: ClassVar[str] = "ConsumerProtocolAssignment"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "assigned_partitions",
            "AssignedPartitions",
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
            "user_data",
            "UserData",
            "bytes",
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
    assigned_partitions: Sequence[TopicPartition] = ()
    user_data: Buffer | None = None


def _r_ConsumerProtocolAssignment_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerProtocolAssignment, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolAssignment.AssignedPartitions", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolAssignment.AssignedPartitions", n, pos, end - pos)
        else:
            items_assigned_partitions: list[TopicPartition] = []
            append_assigned_partitions = items_assigned_partitions.append
            for _ in range(n):
                x_assigned_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_assigned_partitions(x_assigned_partitions)
            f_assigned_partitions: tuple[TopicPartition, ...] = tuple(items_assigned_partitions)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_user_data: Buffer | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolAssignment.UserData", n, pos, end - pos)
        else:
            f_user_data = buf[pos : pos + n]
            pos += n
        return ConsumerProtocolAssignment(f_assigned_partitions, f_user_data), pos
    except (StructError, IndexError):
        raise truncated("ConsumerProtocolAssignment v0-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerProtocolAssignment v0-3", pos) from None


def _w_ConsumerProtocolAssignment_0(o: ConsumerProtocolAssignment, out: list[Buffer]) -> None:
    a = out.append
    v_assigned_partitions = o.assigned_partitions
    a(INT32.pack(len(v_assigned_partitions)))
    w_assigned_partitions = _w_TopicPartition_0
    for x_assigned_partitions in v_assigned_partitions:
        w_assigned_partitions(x_assigned_partitions, out)
    v_user_data = o.user_data
    if v_user_data is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_user_data)))
        a(v_user_data if type(v_user_data) is bytes else memoryview(v_user_data))


def _s_ConsumerProtocolAssignment_0(o: ConsumerProtocolAssignment) -> int:
    n = 0
    v_assigned_partitions = o.assigned_partitions
    n += 4
    sz_assigned_partitions = _s_TopicPartition_0
    for x_assigned_partitions in v_assigned_partitions:
        n += sz_assigned_partitions(x_assigned_partitions)
    v_user_data = o.user_data
    if v_user_data is None:
        n += 4
    else:
        n += 4
        n += len(v_user_data)
    return n


def _r_TopicPartition_0(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicPartition.Topic", pos)
        elif n > end - pos:
            raise bad_length("TopicPartition.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
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
        return TopicPartition(f_topic, f_partitions), pos
    except (StructError, IndexError):
        raise truncated("TopicPartition v0-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartition v0-3", pos) from None


def _w_TopicPartition_0(o: TopicPartition, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_TopicPartition_0(o: TopicPartition) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


ConsumerProtocolAssignment._READERS = (
    _r_ConsumerProtocolAssignment_0,
    _r_ConsumerProtocolAssignment_0,
    _r_ConsumerProtocolAssignment_0,
    _r_ConsumerProtocolAssignment_0,
)
ConsumerProtocolAssignment._WRITERS = (
    _w_ConsumerProtocolAssignment_0,
    _w_ConsumerProtocolAssignment_0,
    _w_ConsumerProtocolAssignment_0,
    _w_ConsumerProtocolAssignment_0,
)
ConsumerProtocolAssignment._SIZERS = (
    _s_ConsumerProtocolAssignment_0,
    _s_ConsumerProtocolAssignment_0,
    _s_ConsumerProtocolAssignment_0,
    _s_ConsumerProtocolAssignment_0,
)
bind_readers(
    ConsumerProtocolAssignment,
    "consumer_protocol_assignment",
    "cc3c10891a9cabcb",
    (
        TopicPartition,
        ConsumerProtocolAssignment,
    ),
)
