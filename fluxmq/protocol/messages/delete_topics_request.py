# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteTopicsRequest: Kafka request (key 20), versions 1-6."""

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
    "DeleteTopicState",
    "DeleteTopicsRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">16s")


class DeleteTopicState(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name",
            "Name",
            "string",
            False,
            (6, 32767),
            (6, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (6, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str | None = None
    topic_id: UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


class DeleteTopicsRequest(_Message):
    NAME: ClassVar[str] = "DeleteTopicsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 20
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "DeleteTopicState",
            True,
            (6, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteTopicState,
            False,
        ),
        FieldInfo(
            "topic_names",
            "TopicNames",
            "string",
            True,
            (0, 5),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
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
    topics: Sequence[DeleteTopicState] = ()
    topic_names: Sequence[str] = ()
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteTopicsRequest_0(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteTopicsRequest.TopicNames", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsRequest.TopicNames", n, pos, end - pos)
        else:
            items_topic_names: list[str] = []
            append_topic_names = items_topic_names.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("DeleteTopicsRequest.TopicNames", pos)
                elif n > end - pos:
                    raise bad_length("DeleteTopicsRequest.TopicNames", n, pos, end - pos)
                else:
                    x_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topic_names(x_topic_names)
            f_topic_names: tuple[str, ...] = tuple(items_topic_names)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return DeleteTopicsRequest((), f_topic_names, f_timeout_ms, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsRequest v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsRequest v1-3", pos) from None


def _w_DeleteTopicsRequest_0(o: DeleteTopicsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.topics:
        raise not_in_version("DeleteTopicsRequest.Topics", "1-3")
    v_topic_names = o.topic_names
    a(INT32.pack(len(v_topic_names)))
    for x_topic_names in v_topic_names:
        b = x_topic_names.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.timeout_ms))


def _s_DeleteTopicsRequest_0(o: DeleteTopicsRequest) -> int:
    n = 4
    v_topic_names = o.topic_names
    n += 4
    for x_topic_names in v_topic_names:
        k = utf8_len(x_topic_names)
        n += 2
        n += k
    return n


def _r_DeleteTopicsRequest_1(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
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
            raise null_not_allowed("DeleteTopicsRequest.TopicNames", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsRequest.TopicNames", n, pos, end - pos)
        else:
            items_topic_names: list[str] = []
            append_topic_names = items_topic_names.append
            for _ in range(n):
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
                    raise null_not_allowed("DeleteTopicsRequest.TopicNames", pos)
                elif n > end - pos:
                    raise bad_length("DeleteTopicsRequest.TopicNames", n, pos, end - pos)
                else:
                    x_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topic_names(x_topic_names)
            f_topic_names: tuple[str, ...] = tuple(items_topic_names)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicsRequest((), f_topic_names, f_timeout_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsRequest v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsRequest v4-5", pos) from None


def _w_DeleteTopicsRequest_1(o: DeleteTopicsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.topics:
        raise not_in_version("DeleteTopicsRequest.Topics", "4-5")
    v_topic_names = o.topic_names
    n = len(v_topic_names) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_topic_names in v_topic_names:
        b = x_topic_names.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicsRequest_1(o: DeleteTopicsRequest) -> int:
    n = 4
    v_topic_names = o.topic_names
    n += uvarint_size(len(v_topic_names) + 1)
    for x_topic_names in v_topic_names:
        k = utf8_len(x_topic_names)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteTopicsRequest_2(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
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
            raise null_not_allowed("DeleteTopicsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteTopicState] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteTopicState_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteTopicState, ...] = tuple(items_topics)
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicsRequest(f_topics, (), f_timeout_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsRequest v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsRequest v6", pos) from None


def _w_DeleteTopicsRequest_2(o: DeleteTopicsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DeleteTopicState_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F0.pack(o.timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicsRequest_2(o: DeleteTopicsRequest) -> int:
    n = 4
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DeleteTopicState_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteTopicState_0(buf: memoryview, pos: int) -> tuple[DeleteTopicState, int]:
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
            f_name: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteTopicState.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_topic_id,) = _F1.unpack_from(buf, pos)
        pos += 16
        f_topic_id = uuid_from_bytes(f_topic_id)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicState(f_name, f_topic_id, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicState v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicState v6", pos) from None


def _w_DeleteTopicState_0(o: DeleteTopicState, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        a(b"\x00")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.topic_id.bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicState_0(o: DeleteTopicState) -> int:
    n = 16
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteTopicsRequest._READERS = (
    None,
    _r_DeleteTopicsRequest_0,
    _r_DeleteTopicsRequest_0,
    _r_DeleteTopicsRequest_0,
    _r_DeleteTopicsRequest_1,
    _r_DeleteTopicsRequest_1,
    _r_DeleteTopicsRequest_2,
)
DeleteTopicsRequest._WRITERS = (
    None,
    _w_DeleteTopicsRequest_0,
    _w_DeleteTopicsRequest_0,
    _w_DeleteTopicsRequest_0,
    _w_DeleteTopicsRequest_1,
    _w_DeleteTopicsRequest_1,
    _w_DeleteTopicsRequest_2,
)
DeleteTopicsRequest._SIZERS = (
    None,
    _s_DeleteTopicsRequest_0,
    _s_DeleteTopicsRequest_0,
    _s_DeleteTopicsRequest_0,
    _s_DeleteTopicsRequest_1,
    _s_DeleteTopicsRequest_1,
    _s_DeleteTopicsRequest_2,
)
bind_readers(
    DeleteTopicsRequest,
    "delete_topics_request",
    "d78d49865495beef",
    (
        DeleteTopicState,
        DeleteTopicsRequest,
    ),
)
