# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerProtocolSubscription: Kafka data, versions 0-3."""

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
    "ConsumerProtocolSubscription",
]

_F0 = PackStruct(">i")
_Ai32 = array_structs("i")


class TopicPartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (1, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "int32",
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
    topic: str = ""
    partitions: Sequence[int] = ()


class ConsumerProtocolSubscription(_Message):
    NAME: ClassVar[str] = "ConsumerProtocolSubscription"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics", "Topics", "string", True, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
        FieldInfo(
            "owned_partitions",
            "OwnedPartitions",
            "TopicPartition",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            TopicPartition,
            False,
        ),
        FieldInfo(
            "generation_id",
            "GenerationId",
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
            "rack_id",
            "RackId",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    topics: Sequence[str] = ()
    user_data: Buffer | None = None
    owned_partitions: Sequence[TopicPartition] = ()
    generation_id: int = -1
    rack_id: str | None = None


def _r_ConsumerProtocolSubscription_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerProtocolSubscription, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
        else:
            items_topics: list[str] = []
            append_topics = items_topics.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
                elif n > end - pos:
                    raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
                else:
                    x_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topics(x_topics)
            f_topics: tuple[str, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_user_data: Buffer | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.UserData", n, pos, end - pos)
        else:
            f_user_data = buf[pos : pos + n]
            pos += n
        return ConsumerProtocolSubscription(f_topics, f_user_data, (), -1, None), pos
    except (StructError, IndexError):
        raise truncated("ConsumerProtocolSubscription v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerProtocolSubscription v0", pos) from None


def _w_ConsumerProtocolSubscription_0(o: ConsumerProtocolSubscription, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    for x_topics in v_topics:
        b = x_topics.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_user_data = o.user_data
    if v_user_data is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_user_data)))
        a(v_user_data if type(v_user_data) is bytes else memoryview(v_user_data))


def _s_ConsumerProtocolSubscription_0(o: ConsumerProtocolSubscription) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    for x_topics in v_topics:
        k = utf8_len(x_topics)
        n += 2
        n += k
    v_user_data = o.user_data
    if v_user_data is None:
        n += 4
    else:
        n += 4
        n += len(v_user_data)
    return n


def _r_ConsumerProtocolSubscription_1(
    buf: memoryview, pos: int
) -> tuple[ConsumerProtocolSubscription, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
        else:
            items_topics: list[str] = []
            append_topics = items_topics.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
                elif n > end - pos:
                    raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
                else:
                    x_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topics(x_topics)
            f_topics: tuple[str, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_user_data: Buffer | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.UserData", n, pos, end - pos)
        else:
            f_user_data = buf[pos : pos + n]
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.OwnedPartitions", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.OwnedPartitions", n, pos, end - pos)
        else:
            items_owned_partitions: list[TopicPartition] = []
            append_owned_partitions = items_owned_partitions.append
            for _ in range(n):
                x_owned_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_owned_partitions(x_owned_partitions)
            f_owned_partitions: tuple[TopicPartition, ...] = tuple(items_owned_partitions)
        return (
            ConsumerProtocolSubscription(f_topics, f_user_data, f_owned_partitions, -1, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerProtocolSubscription v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerProtocolSubscription v1", pos) from None


def _w_ConsumerProtocolSubscription_1(o: ConsumerProtocolSubscription, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    for x_topics in v_topics:
        b = x_topics.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_user_data = o.user_data
    if v_user_data is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_user_data)))
        a(v_user_data if type(v_user_data) is bytes else memoryview(v_user_data))
    v_owned_partitions = o.owned_partitions
    a(INT32.pack(len(v_owned_partitions)))
    w_owned_partitions = _w_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        w_owned_partitions(x_owned_partitions, out)


def _s_ConsumerProtocolSubscription_1(o: ConsumerProtocolSubscription) -> int:
    n = 0
    v_topics = o.topics
    n += 4
    for x_topics in v_topics:
        k = utf8_len(x_topics)
        n += 2
        n += k
    v_user_data = o.user_data
    if v_user_data is None:
        n += 4
    else:
        n += 4
        n += len(v_user_data)
    v_owned_partitions = o.owned_partitions
    n += 4
    sz_owned_partitions = _s_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        n += sz_owned_partitions(x_owned_partitions)
    return n


def _r_ConsumerProtocolSubscription_2(
    buf: memoryview, pos: int
) -> tuple[ConsumerProtocolSubscription, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
        else:
            items_topics: list[str] = []
            append_topics = items_topics.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
                elif n > end - pos:
                    raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
                else:
                    x_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topics(x_topics)
            f_topics: tuple[str, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_user_data: Buffer | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.UserData", n, pos, end - pos)
        else:
            f_user_data = buf[pos : pos + n]
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.OwnedPartitions", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.OwnedPartitions", n, pos, end - pos)
        else:
            items_owned_partitions: list[TopicPartition] = []
            append_owned_partitions = items_owned_partitions.append
            for _ in range(n):
                x_owned_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_owned_partitions(x_owned_partitions)
            f_owned_partitions: tuple[TopicPartition, ...] = tuple(items_owned_partitions)
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            ConsumerProtocolSubscription(
                f_topics, f_user_data, f_owned_partitions, f_generation_id, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerProtocolSubscription v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerProtocolSubscription v2", pos) from None


def _w_ConsumerProtocolSubscription_2(o: ConsumerProtocolSubscription, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    for x_topics in v_topics:
        b = x_topics.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_user_data = o.user_data
    if v_user_data is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_user_data)))
        a(v_user_data if type(v_user_data) is bytes else memoryview(v_user_data))
    v_owned_partitions = o.owned_partitions
    a(INT32.pack(len(v_owned_partitions)))
    w_owned_partitions = _w_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        w_owned_partitions(x_owned_partitions, out)
    a(_F0.pack(o.generation_id))


def _s_ConsumerProtocolSubscription_2(o: ConsumerProtocolSubscription) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    for x_topics in v_topics:
        k = utf8_len(x_topics)
        n += 2
        n += k
    v_user_data = o.user_data
    if v_user_data is None:
        n += 4
    else:
        n += 4
        n += len(v_user_data)
    v_owned_partitions = o.owned_partitions
    n += 4
    sz_owned_partitions = _s_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        n += sz_owned_partitions(x_owned_partitions)
    return n


def _r_ConsumerProtocolSubscription_3(
    buf: memoryview, pos: int
) -> tuple[ConsumerProtocolSubscription, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
        else:
            items_topics: list[str] = []
            append_topics = items_topics.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("ConsumerProtocolSubscription.Topics", pos)
                elif n > end - pos:
                    raise bad_length("ConsumerProtocolSubscription.Topics", n, pos, end - pos)
                else:
                    x_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topics(x_topics)
            f_topics: tuple[str, ...] = tuple(items_topics)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_user_data: Buffer | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.UserData", n, pos, end - pos)
        else:
            f_user_data = buf[pos : pos + n]
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ConsumerProtocolSubscription.OwnedPartitions", pos)
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.OwnedPartitions", n, pos, end - pos)
        else:
            items_owned_partitions: list[TopicPartition] = []
            append_owned_partitions = items_owned_partitions.append
            for _ in range(n):
                x_owned_partitions, pos = _r_TopicPartition_0(buf, pos)
                append_owned_partitions(x_owned_partitions)
            f_owned_partitions: tuple[TopicPartition, ...] = tuple(items_owned_partitions)
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_rack_id: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerProtocolSubscription.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            ConsumerProtocolSubscription(
                f_topics, f_user_data, f_owned_partitions, f_generation_id, f_rack_id
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerProtocolSubscription v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerProtocolSubscription v3", pos) from None


def _w_ConsumerProtocolSubscription_3(o: ConsumerProtocolSubscription, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    for x_topics in v_topics:
        b = x_topics.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_user_data = o.user_data
    if v_user_data is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_user_data)))
        a(v_user_data if type(v_user_data) is bytes else memoryview(v_user_data))
    v_owned_partitions = o.owned_partitions
    a(INT32.pack(len(v_owned_partitions)))
    w_owned_partitions = _w_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        w_owned_partitions(x_owned_partitions, out)
    a(_F0.pack(o.generation_id))
    v_rack_id = o.rack_id
    if v_rack_id is None:
        a(b"\xff\xff")
    else:
        b = v_rack_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_ConsumerProtocolSubscription_3(o: ConsumerProtocolSubscription) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    for x_topics in v_topics:
        k = utf8_len(x_topics)
        n += 2
        n += k
    v_user_data = o.user_data
    if v_user_data is None:
        n += 4
    else:
        n += 4
        n += len(v_user_data)
    v_owned_partitions = o.owned_partitions
    n += 4
    sz_owned_partitions = _s_TopicPartition_0
    for x_owned_partitions in v_owned_partitions:
        n += sz_owned_partitions(x_owned_partitions)
    v_rack_id = o.rack_id
    if v_rack_id is None:
        n += 2
    else:
        k = utf8_len(v_rack_id)
        n += 2
        n += k
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
        raise truncated("TopicPartition v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartition v1-3", pos) from None


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


ConsumerProtocolSubscription._READERS = (
    _r_ConsumerProtocolSubscription_0,
    _r_ConsumerProtocolSubscription_1,
    _r_ConsumerProtocolSubscription_2,
    _r_ConsumerProtocolSubscription_3,
)
ConsumerProtocolSubscription._WRITERS = (
    _w_ConsumerProtocolSubscription_0,
    _w_ConsumerProtocolSubscription_1,
    _w_ConsumerProtocolSubscription_2,
    _w_ConsumerProtocolSubscription_3,
)
ConsumerProtocolSubscription._SIZERS = (
    _s_ConsumerProtocolSubscription_0,
    _s_ConsumerProtocolSubscription_1,
    _s_ConsumerProtocolSubscription_2,
    _s_ConsumerProtocolSubscription_3,
)
bind_readers(
    ConsumerProtocolSubscription,
    "consumer_protocol_subscription",
    "485ed1d4688ca3ef",
    (
        TopicPartition,
        ConsumerProtocolSubscription,
    ),
)
