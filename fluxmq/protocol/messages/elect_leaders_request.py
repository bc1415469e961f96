# generated from Kafka 4.4.0 by codegen — do not edit
"""ElectLeadersRequest: Kafka request (key 43), versions 0-2."""

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
    not_in_version,
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
    "TopicPartitions",
    "ElectLeadersRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">b")
_Ai32 = array_structs("i")


class TopicPartitions(_StructBase):
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
    unknown_tags: dict[int, bytes] | None = None


class ElectLeadersRequest(_Message):
    NAME: ClassVar[str] = "ElectLeadersRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "election_type",
            "ElectionType",
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
            "topic_partitions",
            "TopicPartitions",
            "TopicPartitions",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            TopicPartitions,
            False,
        ),
        FieldInfo(
            "timeout_ms",
            "TimeoutMs",
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
    election_type: int = 0
    topic_partitions: Sequence[TopicPartitions] | None = ()
    timeout_ms: int = 60000
    unknown_tags: dict[int, bytes] | None = None


def _r_ElectLeadersRequest_0(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topic_partitions: tuple[TopicPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length("ElectLeadersRequest.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions = tuple(items_topic_partitions)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ElectLeadersRequest(0, f_topic_partitions, f_timeout_ms, None), pos
    except (StructError, IndexError):
        raise truncated("ElectLeadersRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersRequest v0", pos) from None


def _w_ElectLeadersRequest_0(o: ElectLeadersRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.election_type != 0:
        raise not_in_version("ElectLeadersRequest.ElectionType", "0")
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topic_partitions)))
        w_topic_partitions = _w_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            w_topic_partitions(x_topic_partitions, out)
    a(_F0.pack(o.timeout_ms))


def _s_ElectLeadersRequest_0(o: ElectLeadersRequest) -> int:
    n = 4
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        n += 4
    else:
        n += 4
        sz_topic_partitions = _s_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            n += sz_topic_partitions(x_topic_partitions)
    return n


def _r_ElectLeadersRequest_1(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    end = len(buf)
    try:
        (f_election_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topic_partitions: tuple[TopicPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length("ElectLeadersRequest.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions = tuple(items_topic_partitions)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ElectLeadersRequest(f_election_type, f_topic_partitions, f_timeout_ms, None), pos
    except (StructError, IndexError):
        raise truncated("ElectLeadersRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersRequest v1", pos) from None


def _w_ElectLeadersRequest_1(o: ElectLeadersRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.election_type))
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topic_partitions)))
        w_topic_partitions = _w_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            w_topic_partitions(x_topic_partitions, out)
    a(_F0.pack(o.timeout_ms))


def _s_ElectLeadersRequest_1(o: ElectLeadersRequest) -> int:
    n = 5
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        n += 4
    else:
        n += 4
        sz_topic_partitions = _s_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            n += sz_topic_partitions(x_topic_partitions)
    return n


def _r_ElectLeadersRequest_2(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    end = len(buf)
    try:
        (f_election_type,) = _F1.unpack_from(buf, pos)
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
            f_topic_partitions: tuple[TopicPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length("ElectLeadersRequest.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_1(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions = tuple(items_topic_partitions)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ElectLeadersRequest(f_election_type, f_topic_partitions, f_timeout_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("ElectLeadersRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersRequest v2", pos) from None


def _w_ElectLeadersRequest_2(o: ElectLeadersRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.election_type))
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        a(b"\x00")
    else:
        n = len(v_topic_partitions) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topic_partitions = _w_TopicPartitions_1
        for x_topic_partitions in v_topic_partitions:
            w_topic_partitions(x_topic_partitions, out)
    a(_F0.pack(o.timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ElectLeadersRequest_2(o: ElectLeadersRequest) -> int:
    n = 5
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        n += 1
    else:
        n += uvarint_size(len(v_topic_partitions) + 1)
        sz_topic_partitions = _s_TopicPartitions_1
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
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicPartitions.Topic", pos)
        elif n > end - pos:
            raise bad_length("TopicPartitions.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
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
        return TopicPartitions(f_topic, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v0-1", pos) from None


def _w_TopicPartitions_0(o: TopicPartitions, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


def _r_TopicPartitions_1(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
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
            raise null_not_allowed("TopicPartitions.Topic", pos)
        elif n > end - pos:
            raise bad_length("TopicPartitions.Topic", n, pos, end - pos)
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
        return TopicPartitions(f_topic, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v2", pos) from None


def _w_TopicPartitions_1(o: TopicPartitions, out: list[Buffer]) -> None:
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


def _s_TopicPartitions_1(o: TopicPartitions) -> int:
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


ElectLeadersRequest._READERS = (
    _r_ElectLeadersRequest_0,
    _r_ElectLeadersRequest_1,
    _r_ElectLeadersRequest_2,
)
ElectLeadersRequest._WRITERS = (
    _w_ElectLeadersRequest_0,
    _w_ElectLeadersRequest_1,
    _w_ElectLeadersRequest_2,
)
ElectLeadersRequest._SIZERS = (
    _s_ElectLeadersRequest_0,
    _s_ElectLeadersRequest_1,
    _s_ElectLeadersRequest_2,
)
bind_readers(
    ElectLeadersRequest,
    "elect_leaders_request",
    "8981556290b14db4",
    (
        TopicPartitions,
        ElectLeadersRequest,
    ),
)
