# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupDescribeRequest: Kafka request (key 89), versions 0-1."""

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
    not_in_version,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "StreamsGroupDescribeRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">??")


class StreamsGroupDescribeRequest(_Message):
    NAME: ClassVar[str] = "StreamsGroupDescribeRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 89
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_ids",
            "GroupIds",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "include_authorized_operations",
            "IncludeAuthorizedOperations",
            "bool",
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
            "include_topology_description",
            "IncludeTopologyDescription",
            "bool",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_ids: Sequence[str] = ()
    include_authorized_operations: bool = False
    include_topology_description: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupDescribeRequest_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupDescribeRequest, int]:
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
            raise null_not_allowed("StreamsGroupDescribeRequest.GroupIds", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupDescribeRequest.GroupIds", n, pos, end - pos)
        else:
            items_group_ids: list[str] = []
            append_group_ids = items_group_ids.append
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
                    raise null_not_allowed("StreamsGroupDescribeRequest.GroupIds", pos)
                elif n > end - pos:
                    raise bad_length("StreamsGroupDescribeRequest.GroupIds", n, pos, end - pos)
                else:
                    x_group_ids = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_group_ids(x_group_ids)
            f_group_ids: tuple[str, ...] = tuple(items_group_ids)
        (f_include_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupDescribeRequest(f_group_ids, f_include_authorized_operations, False, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupDescribeRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupDescribeRequest v0", pos) from None


def _w_StreamsGroupDescribeRequest_0(o: StreamsGroupDescribeRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_topology_description:
        raise not_in_version("StreamsGroupDescribeRequest.IncludeTopologyDescription", "0")
    v_group_ids = o.group_ids
    n = len(v_group_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_group_ids in v_group_ids:
        b = x_group_ids.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.include_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupDescribeRequest_0(o: StreamsGroupDescribeRequest) -> int:
    n = 1
    v_group_ids = o.group_ids
    n += uvarint_size(len(v_group_ids) + 1)
    for x_group_ids in v_group_ids:
        k = utf8_len(x_group_ids)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_StreamsGroupDescribeRequest_1(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupDescribeRequest, int]:
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
            raise null_not_allowed("StreamsGroupDescribeRequest.GroupIds", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupDescribeRequest.GroupIds", n, pos, end - pos)
        else:
            items_group_ids: list[str] = []
            append_group_ids = items_group_ids.append
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
                    raise null_not_allowed("StreamsGroupDescribeRequest.GroupIds", pos)
                elif n > end - pos:
                    raise bad_length("StreamsGroupDescribeRequest.GroupIds", n, pos, end - pos)
                else:
                    x_group_ids = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_group_ids(x_group_ids)
            f_group_ids: tuple[str, ...] = tuple(items_group_ids)
        (
            f_include_authorized_operations,
            f_include_topology_description,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupDescribeRequest(
                f_group_ids, f_include_authorized_operations, f_include_topology_description, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupDescribeRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupDescribeRequest v1", pos) from None


def _w_StreamsGroupDescribeRequest_1(o: StreamsGroupDescribeRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_ids = o.group_ids
    n = len(v_group_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_group_ids in v_group_ids:
        b = x_group_ids.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.include_authorized_operations, o.include_topology_description))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupDescribeRequest_1(o: StreamsGroupDescribeRequest) -> int:
    n = 2
    v_group_ids = o.group_ids
    n += uvarint_size(len(v_group_ids) + 1)
    for x_group_ids in v_group_ids:
        k = utf8_len(x_group_ids)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupDescribeRequest._READERS = (
    _r_StreamsGroupDescribeRequest_0,
    _r_StreamsGroupDescribeRequest_1,
)
StreamsGroupDescribeRequest._WRITERS = (
    _w_StreamsGroupDescribeRequest_0,
    _w_StreamsGroupDescribeRequest_1,
)
StreamsGroupDescribeRequest._SIZERS = (
    _s_StreamsGroupDescribeRequest_0,
    _s_StreamsGroupDescribeRequest_1,
)
bind_readers(
    StreamsGroupDescribeRequest,
    "streams_group_describe_request",
    "1c94b7faf7567d78",
    (StreamsGroupDescribeRequest,),
)
