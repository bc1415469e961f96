# generated from Kafka 4.4.0 by codegen — do not edit
"""MetadataRequest: Kafka request (key 3), versions 0-13."""

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
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "MetadataRequestTopic",
    "MetadataRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">???")
_F2 = PackStruct(">??")
_F3 = PackStruct(">16s")


class MetadataRequestTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "name",
            "Name",
            "string",
            False,
            (0, 32767),
            (10, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    topic_id: UUID = ZERO_UUID
    name: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class MetadataRequest(_Message):
    NAME: ClassVar[str] = "MetadataRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 13
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics",
            "Topics",
            "MetadataRequestTopic",
            True,
            (0, 32767),
            (1, 32767),
            None,
            (1, 0),
            False,
            MetadataRequestTopic,
            False,
        ),
        FieldInfo(
            "allow_auto_topic_creation",
            "AllowAutoTopicCreation",
            "bool",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "include_cluster_authorized_operations",
            "IncludeClusterAuthorizedOperations",
            "bool",
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
            "include_topic_authorized_operations",
            "IncludeTopicAuthorizedOperations",
            "bool",
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
    topics: Sequence[MetadataRequestTopic] | None = ()
    allow_auto_topic_creation: bool = True
    include_cluster_authorized_operations: bool = False
    include_topic_authorized_operations: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_MetadataRequest_0(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MetadataRequest.Topics", pos)
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[MetadataRequestTopic, ...] = tuple(items_topics)
        return MetadataRequest(f_topics, True, False, False, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v0", pos) from None


def _w_MetadataRequest_0(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    if not o.allow_auto_topic_creation:
        raise not_in_version("MetadataRequest.AllowAutoTopicCreation", "0")
    if o.include_cluster_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeClusterAuthorizedOperations", "0")
    if o.include_topic_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeTopicAuthorizedOperations", "0")
    v_topics = o.topics
    if v_topics is None:
        raise not_nullable("MetadataRequest.Topics", "0")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_MetadataRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)


def _s_MetadataRequest_0(o: MetadataRequest) -> int:
    n = 0
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_MetadataRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_MetadataRequest_1(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        return MetadataRequest(f_topics, True, False, False, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequest v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v1-3", pos) from None


def _w_MetadataRequest_1(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    if not o.allow_auto_topic_creation:
        raise not_in_version("MetadataRequest.AllowAutoTopicCreation", "1-3")
    if o.include_cluster_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeClusterAuthorizedOperations", "1-3")
    if o.include_topic_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeTopicAuthorizedOperations", "1-3")
    v_topics = o.topics
    if v_topics is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_MetadataRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)


def _s_MetadataRequest_1(o: MetadataRequest) -> int:
    n = 0
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_MetadataRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_MetadataRequest_2(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (f_allow_auto_topic_creation,) = _F0.unpack_from(buf, pos)
        pos += 1
        return MetadataRequest(f_topics, f_allow_auto_topic_creation, False, False, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequest v4-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v4-7", pos) from None


def _w_MetadataRequest_2(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_cluster_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeClusterAuthorizedOperations", "4-7")
    if o.include_topic_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeTopicAuthorizedOperations", "4-7")
    v_topics = o.topics
    if v_topics is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_MetadataRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(_F0.pack(o.allow_auto_topic_creation))


def _s_MetadataRequest_2(o: MetadataRequest) -> int:
    n = 1
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_MetadataRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_MetadataRequest_3(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (
            f_allow_auto_topic_creation,
            f_include_cluster_authorized_operations,
            f_include_topic_authorized_operations,
        ) = _F1.unpack_from(buf, pos)
        pos += 3
        return (
            MetadataRequest(
                f_topics,
                f_allow_auto_topic_creation,
                f_include_cluster_authorized_operations,
                f_include_topic_authorized_operations,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataRequest v8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v8", pos) from None


def _w_MetadataRequest_3(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    if v_topics is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_topics)))
        w_topics = _w_MetadataRequestTopic_0
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(
        _F1.pack(
            o.allow_auto_topic_creation,
            o.include_cluster_authorized_operations,
            o.include_topic_authorized_operations,
        )
    )


def _s_MetadataRequest_3(o: MetadataRequest) -> int:
    n = 3
    v_topics = o.topics
    if v_topics is None:
        n += 4
    else:
        n += 4
        sz_topics = _s_MetadataRequestTopic_0
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    return n


def _r_MetadataRequest_4(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
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
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (
            f_allow_auto_topic_creation,
            f_include_cluster_authorized_operations,
            f_include_topic_authorized_operations,
        ) = _F1.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataRequest(
                f_topics,
                f_allow_auto_topic_creation,
                f_include_cluster_authorized_operations,
                f_include_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataRequest v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v9", pos) from None


def _w_MetadataRequest_4(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_MetadataRequestTopic_1
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(
        _F1.pack(
            o.allow_auto_topic_creation,
            o.include_cluster_authorized_operations,
            o.include_topic_authorized_operations,
        )
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataRequest_4(o: MetadataRequest) -> int:
    n = 3
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_MetadataRequestTopic_1
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataRequest_5(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
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
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (
            f_allow_auto_topic_creation,
            f_include_cluster_authorized_operations,
            f_include_topic_authorized_operations,
        ) = _F1.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataRequest(
                f_topics,
                f_allow_auto_topic_creation,
                f_include_cluster_authorized_operations,
                f_include_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataRequest v10", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v10", pos) from None


def _w_MetadataRequest_5(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_MetadataRequestTopic_2
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(
        _F1.pack(
            o.allow_auto_topic_creation,
            o.include_cluster_authorized_operations,
            o.include_topic_authorized_operations,
        )
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataRequest_5(o: MetadataRequest) -> int:
    n = 3
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_MetadataRequestTopic_2
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataRequest_6(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
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
            f_topics: tuple[MetadataRequestTopic, ...] | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequest.Topics", n, pos, end - pos)
        else:
            items_topics: list[MetadataRequestTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_MetadataRequestTopic_2(buf, pos)
                append_topics(x_topics)
            f_topics = tuple(items_topics)
        (
            f_allow_auto_topic_creation,
            f_include_topic_authorized_operations,
        ) = _F2.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MetadataRequest(
                f_topics,
                f_allow_auto_topic_creation,
                False,
                f_include_topic_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MetadataRequest v11-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequest v11-13", pos) from None


def _w_MetadataRequest_6(o: MetadataRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_cluster_authorized_operations:
        raise not_in_version("MetadataRequest.IncludeClusterAuthorizedOperations", "11-13")
    v_topics = o.topics
    if v_topics is None:
        a(b"\x00")
    else:
        n = len(v_topics) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topics = _w_MetadataRequestTopic_2
        for x_topics in v_topics:
            w_topics(x_topics, out)
    a(_F2.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataRequest_6(o: MetadataRequest) -> int:
    n = 2
    v_topics = o.topics
    if v_topics is None:
        n += 1
    else:
        n += uvarint_size(len(v_topics) + 1)
        sz_topics = _s_MetadataRequestTopic_2
        for x_topics in v_topics:
            n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MetadataRequestTopic_0(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MetadataRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return MetadataRequestTopic(ZERO_UUID, f_name, None), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequestTopic v0-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequestTopic v0-8", pos) from None


def _w_MetadataRequestTopic_0(o: MetadataRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataRequestTopic.Name", "0-8")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_MetadataRequestTopic_0(o: MetadataRequestTopic) -> int:
    n = 0
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    return n


def _r_MetadataRequestTopic_1(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
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
            raise null_not_allowed("MetadataRequestTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("MetadataRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MetadataRequestTopic(ZERO_UUID, f_name, tags), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequestTopic v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequestTopic v9", pos) from None


def _w_MetadataRequestTopic_1(o: MetadataRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        raise not_nullable("MetadataRequestTopic.Name", "9")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataRequestTopic_1(o: MetadataRequestTopic) -> int:
    n = 0
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


def _r_MetadataRequestTopic_2(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
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
            f_name: str | None = None
        elif n > end - pos:
            raise bad_length("MetadataRequestTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MetadataRequestTopic(f_topic_id, f_name, tags), pos
    except (StructError, IndexError):
        raise truncated("MetadataRequestTopic v10-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MetadataRequestTopic v10-13", pos) from None


def _w_MetadataRequestTopic_2(o: MetadataRequestTopic, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_name = o.name
    if v_name is None:
        a(b"\x00")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MetadataRequestTopic_2(o: MetadataRequestTopic) -> int:
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


MetadataRequest._READERS = (
    _r_MetadataRequest_0,
    _r_MetadataRequest_1,
    _r_MetadataRequest_1,
    _r_MetadataRequest_1,
    _r_MetadataRequest_2,
    _r_MetadataRequest_2,
    _r_MetadataRequest_2,
    _r_MetadataRequest_2,
    _r_MetadataRequest_3,
    _r_MetadataRequest_4,
    _r_MetadataRequest_5,
    _r_MetadataRequest_6,
    _r_MetadataRequest_6,
    _r_MetadataRequest_6,
)
MetadataRequest._WRITERS = (
    _w_MetadataRequest_0,
    _w_MetadataRequest_1,
    _w_MetadataRequest_1,
    _w_MetadataRequest_1,
    _w_MetadataRequest_2,
    _w_MetadataRequest_2,
    _w_MetadataRequest_2,
    _w_MetadataRequest_2,
    _w_MetadataRequest_3,
    _w_MetadataRequest_4,
    _w_MetadataRequest_5,
    _w_MetadataRequest_6,
    _w_MetadataRequest_6,
    _w_MetadataRequest_6,
)
MetadataRequest._SIZERS = (
    _s_MetadataRequest_0,
    _s_MetadataRequest_1,
    _s_MetadataRequest_1,
    _s_MetadataRequest_1,
    _s_MetadataRequest_2,
    _s_MetadataRequest_2,
    _s_MetadataRequest_2,
    _s_MetadataRequest_2,
    _s_MetadataRequest_3,
    _s_MetadataRequest_4,
    _s_MetadataRequest_5,
    _s_MetadataRequest_6,
    _s_MetadataRequest_6,
    _s_MetadataRequest_6,
)
bind_readers(
    MetadataRequest,
    "metadata_request",
    "b8b5fa010a1c5a42",
    (
        MetadataRequestTopic,
        MetadataRequest,
    ),
)
