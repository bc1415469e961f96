# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteShareGroupOffsetsRequest: Kafka request (key 92), versions 0."""

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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "DeleteShareGroupOffsetsRequestTopic",
    "DeleteShareGroupOffsetsRequest",
]


class DeleteShareGroupOffsetsRequestTopic(_StructBase):
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
    )
    topic_name: str = ""
    unknown_tags: dict[int, bytes] | None = None


class DeleteShareGroupOffsetsRequest(_Message):
    NAME: ClassVar[str] = "DeleteShareGroupOffsetsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 92
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
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
            "topics",
            "Topics",
            "DeleteShareGroupOffsetsRequestTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteShareGroupOffsetsRequestTopic,
            False,
        ),
    )
    group_id: str = ""
    topics: Sequence[DeleteShareGroupOffsetsRequestTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteShareGroupOffsetsRequest_0(
    buf: memoryview, pos: int
) -> tuple[DeleteShareGroupOffsetsRequest, int]:
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
            raise null_not_allowed("DeleteShareGroupOffsetsRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DeleteShareGroupOffsetsRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DeleteShareGroupOffsetsRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("DeleteShareGroupOffsetsRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[DeleteShareGroupOffsetsRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DeleteShareGroupOffsetsRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DeleteShareGroupOffsetsRequestTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteShareGroupOffsetsRequest(f_group_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteShareGroupOffsetsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteShareGroupOffsetsRequest v0", pos) from None


def _w_DeleteShareGroupOffsetsRequest_0(
    o: DeleteShareGroupOffsetsRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DeleteShareGroupOffsetsRequestTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteShareGroupOffsetsRequest_0(o: DeleteShareGroupOffsetsRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DeleteShareGroupOffsetsRequestTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteShareGroupOffsetsRequestTopic_0(
    buf: memoryview, pos: int
) -> tuple[DeleteShareGroupOffsetsRequestTopic, int]:
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
            raise null_not_allowed("DeleteShareGroupOffsetsRequestTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("DeleteShareGroupOffsetsRequestTopic.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteShareGroupOffsetsRequestTopic(f_topic_name, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteShareGroupOffsetsRequestTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteShareGroupOffsetsRequestTopic v0", pos) from None


def _w_DeleteShareGroupOffsetsRequestTopic_0(
    o: DeleteShareGroupOffsetsRequestTopic, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteShareGroupOffsetsRequestTopic_0(o: DeleteShareGroupOffsetsRequestTopic) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteShareGroupOffsetsRequest._READERS = (_r_DeleteShareGroupOffsetsRequest_0,)
DeleteShareGroupOffsetsRequest._WRITERS = (_w_DeleteShareGroupOffsetsRequest_0,)
DeleteShareGroupOffsetsRequest._SIZERS = (_s_DeleteShareGroupOffsetsRequest_0,)
bind_readers(
    DeleteShareGroupOffsetsRequest,
    "delete_share_group_offsets_request",
    "c19b9e4443318de0",
    (
        DeleteShareGroupOffsetsRequestTopic,
        DeleteShareGroupOffsetsRequest,
    ),
)
