# generated from Kafka 4.4.0 by codegen — do not edit
"""CreateTopicsResponse: Kafka response (key 19), versions 2-7."""

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
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "CreatableTopicConfigs",
    "CreatableTopicResult",
    "CreateTopicsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">ih")
_F3 = PackStruct(">16sh")
_F4 = PackStruct(">?b?")


class CreatableTopicConfigs(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (5, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value",
            "Value",
            "string",
            False,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "read_only",
            "ReadOnly",
            "bool",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "config_source",
            "ConfigSource",
            "int8",
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
            "is_sensitive",
            "IsSensitive",
            "bool",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    value: str | None = ""
    read_only: bool = False
    config_source: int = -1
    is_sensitive: bool = False
    unknown_tags: dict[int, bytes] | None = None


class CreatableTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            (1, 32767),
            (0, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "topic_config_error_code",
            "TopicConfigErrorCode",
            "int16",
            False,
            (5, 32767),
            (1, 0),
            0,
            (5, 32767),
            True,
            None,
            False,
        ),
        FieldInfo(
            "num_partitions",
            "NumPartitions",
            "int32",
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
            "replication_factor",
            "ReplicationFactor",
            "int16",
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
            "configs",
            "Configs",
            "CreatableTopicConfigs",
            True,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            CreatableTopicConfigs,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    error_code: int = 0
    error_message: str | None = ""
    topic_config_error_code: int = 0
    num_partitions: int = -1
    replication_factor: int = -1
    configs: Sequence[CreatableTopicConfigs] | None = ()
    unknown_tags: dict[int, bytes] | None = None


class CreateTopicsResponse(_Message):
    NAME: ClassVar[str] = "CreateTopicsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 19
    MIN_VERSION: ClassVar[int] = 2
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            "topics",
            "Topics",
            "CreatableTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatableTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    topics: Sequence[CreatableTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_CreateTopicsResponse_0(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreateTopicsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreateTopicsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatableTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatableTopicResult_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatableTopicResult, ...] = tuple(items_topics)
        return CreateTopicsResponse(f_throttle_time_ms, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("CreateTopicsResponse v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateTopicsResponse v2-4", pos) from None


def _w_CreateTopicsResponse_0(o: CreateTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_CreatableTopicResult_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_CreateTopicsResponse_0(o: CreateTopicsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += 4
    sz_topics = _s_CreatableTopicResult_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_CreateTopicsResponse_1(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
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
            raise null_not_allowed("CreateTopicsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreateTopicsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatableTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatableTopicResult_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatableTopicResult, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreateTopicsResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("CreateTopicsResponse v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateTopicsResponse v5-6", pos) from None


def _w_CreateTopicsResponse_1(o: CreateTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_CreatableTopicResult_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateTopicsResponse_1(o: CreateTopicsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_CreatableTopicResult_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreateTopicsResponse_2(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
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
            raise null_not_allowed("CreateTopicsResponse.Topics", pos)
        elif n > end - pos:
            raise bad_length("CreateTopicsResponse.Topics", n, pos, end - pos)
        else:
            items_topics: list[CreatableTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_CreatableTopicResult_2(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[CreatableTopicResult, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreateTopicsResponse(f_throttle_time_ms, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("CreateTopicsResponse v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateTopicsResponse v7", pos) from None


def _w_CreateTopicsResponse_2(o: CreateTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_CreatableTopicResult_2
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateTopicsResponse_2(o: CreateTopicsResponse) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_CreatableTopicResult_2
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatableTopicResult_0(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            CreatableTopicResult(
                f_name, ZERO_UUID, f_error_code, f_error_message, 0, -1, -1, (), None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopicResult v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicResult v2-4", pos) from None


def _w_CreatableTopicResult_0(o: CreatableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_CreatableTopicResult_0(o: CreatableTopicResult) -> int:
    n = 2
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    return n


def _r_CreatableTopicResult_1(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
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
            raise null_not_allowed("CreatableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise bad_length("CreatableTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_num_partitions,
            f_replication_factor,
        ) = _F2.unpack_from(buf, pos)
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
            f_configs: tuple[CreatableTopicConfigs, ...] | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.Configs", n, pos, end - pos)
        else:
            items_configs: list[CreatableTopicConfigs] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_CreatableTopicConfigs_0(buf, pos)
                append_configs(x_configs)
            f_configs = tuple(items_configs)
        f_topic_config_error_code: int = 0
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("CreatableTopicResult v5-6 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("CreatableTopicResult v5-6 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_topic_config_error_code,) = _F1.unpack_from(tbuf, pos)
                    pos += 2
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            CreatableTopicResult(
                f_name,
                ZERO_UUID,
                f_error_code,
                f_error_message,
                f_topic_config_error_code,
                f_num_partitions,
                f_replication_factor,
                f_configs,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopicResult v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicResult v5-6", pos) from None


def _w_CreatableTopicResult_1(o: CreatableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.num_partitions, o.replication_factor))
    v_configs = o.configs
    if v_configs is None:
        a(b"\x00")
    else:
        n = len(v_configs) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_configs = _w_CreatableTopicConfigs_0
        for x_configs in v_configs:
            w_configs(x_configs, out)
    if not (o.unknown_tags is not None or (o.topic_config_error_code != 0)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.topic_config_error_code != 0:
            sub_topic_config_error_code: list[Buffer] = []
            outer, out, a = out, sub_topic_config_error_code, sub_topic_config_error_code.append
            a(_F1.pack(o.topic_config_error_code))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_topic_config_error_code)
        write_tags(out, tags)


def _s_CreatableTopicResult_1(o: CreatableTopicResult) -> int:
    n = 8
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_configs = o.configs
    if v_configs is None:
        n += 1
    else:
        n += uvarint_size(len(v_configs) + 1)
        sz_configs = _s_CreatableTopicConfigs_0
        for x_configs in v_configs:
            n += sz_configs(x_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.topic_config_error_code != 0:
        outer_n = n
        n = 0
        n += 2
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_CreatableTopicResult_2(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
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
            raise null_not_allowed("CreatableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_topic_id,
            f_error_code,
        ) = _F3.unpack_from(buf, pos)
        pos += 18
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_num_partitions,
            f_replication_factor,
        ) = _F2.unpack_from(buf, pos)
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
            f_configs: tuple[CreatableTopicConfigs, ...] | None = None
        elif n > end - pos:
            raise bad_length("CreatableTopicResult.Configs", n, pos, end - pos)
        else:
            items_configs: list[CreatableTopicConfigs] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_CreatableTopicConfigs_0(buf, pos)
                append_configs(x_configs)
            f_configs = tuple(items_configs)
        f_topic_config_error_code: int = 0
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("CreatableTopicResult v7 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("CreatableTopicResult v7 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_topic_config_error_code,) = _F1.unpack_from(tbuf, pos)
                    pos += 2
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            CreatableTopicResult(
                f_name,
                f_topic_id,
                f_error_code,
                f_error_message,
                f_topic_config_error_code,
                f_num_partitions,
                f_replication_factor,
                f_configs,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopicResult v7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicResult v7", pos) from None


def _w_CreatableTopicResult_2(o: CreatableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.topic_id.bytes, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.num_partitions, o.replication_factor))
    v_configs = o.configs
    if v_configs is None:
        a(b"\x00")
    else:
        n = len(v_configs) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_configs = _w_CreatableTopicConfigs_0
        for x_configs in v_configs:
            w_configs(x_configs, out)
    if not (o.unknown_tags is not None or (o.topic_config_error_code != 0)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.topic_config_error_code != 0:
            sub_topic_config_error_code: list[Buffer] = []
            outer, out, a = out, sub_topic_config_error_code, sub_topic_config_error_code.append
            a(_F1.pack(o.topic_config_error_code))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_topic_config_error_code)
        write_tags(out, tags)


def _s_CreatableTopicResult_2(o: CreatableTopicResult) -> int:
    n = 24
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_configs = o.configs
    if v_configs is None:
        n += 1
    else:
        n += uvarint_size(len(v_configs) + 1)
        sz_configs = _s_CreatableTopicConfigs_0
        for x_configs in v_configs:
            n += sz_configs(x_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.topic_config_error_code != 0:
        outer_n = n
        n = 0
        n += 2
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_CreatableTopicConfigs_0(buf: memoryview, pos: int) -> tuple[CreatableTopicConfigs, int]:
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
            raise null_not_allowed("CreatableTopicConfigs.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatableTopicConfigs.Name", n, pos, end - pos)
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
            raise bad_length("CreatableTopicConfigs.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_read_only,
            f_config_source,
            f_is_sensitive,
        ) = _F4.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CreatableTopicConfigs(
                f_name, f_value, f_read_only, f_config_source, f_is_sensitive, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreatableTopicConfigs v5-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableTopicConfigs v5-7", pos) from None


def _w_CreatableTopicConfigs_0(o: CreatableTopicConfigs, out: list[Buffer]) -> None:
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
    a(_F4.pack(o.read_only, o.config_source, o.is_sensitive))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatableTopicConfigs_0(o: CreatableTopicConfigs) -> int:
    n = 3
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


CreateTopicsResponse._READERS = (
    None,
    None,
    _r_CreateTopicsResponse_0,
    _r_CreateTopicsResponse_0,
    _r_CreateTopicsResponse_0,
    _r_CreateTopicsResponse_1,
    _r_CreateTopicsResponse_1,
    _r_CreateTopicsResponse_2,
)
CreateTopicsResponse._WRITERS = (
    None,
    None,
    _w_CreateTopicsResponse_0,
    _w_CreateTopicsResponse_0,
    _w_CreateTopicsResponse_0,
    _w_CreateTopicsResponse_1,
    _w_CreateTopicsResponse_1,
    _w_CreateTopicsResponse_2,
)
CreateTopicsResponse._SIZERS = (
    None,
    None,
    _s_CreateTopicsResponse_0,
    _s_CreateTopicsResponse_0,
    _s_CreateTopicsResponse_0,
    _s_CreateTopicsResponse_1,
    _s_CreateTopicsResponse_1,
    _s_CreateTopicsResponse_2,
)
bind_readers(
    CreateTopicsResponse,
    "create_topics_response",
    "80e03769290637ff",
    (
        CreatableTopicConfigs,
        CreatableTopicResult,
        CreateTopicsResponse,
    ),
)
