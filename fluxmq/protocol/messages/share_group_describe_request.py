# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupDescribeRequest: Kafka request (key 77), versions 1."""

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
    "ShareGroupDescribeRequest",
]

_F0 = PackStruct(">?")


class ShareGroupDescribeRequest(_Message):
    NAME: ClassVar[str] = "ShareGroupDescribeRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 77
    MIN_VERSION: ClassVar[int] = 1
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
    )
    group_ids: Sequence[str] = ()
    include_authorized_operations: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupDescribeRequest_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupDescribeRequest, int]:
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
            raise null_not_allowed("ShareGroupDescribeRequest.GroupIds", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupDescribeRequest.GroupIds", n, pos, end - pos)
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
                    raise null_not_allowed("ShareGroupDescribeRequest.GroupIds", pos)
                elif n > end - pos:
                    raise bad_length("ShareGroupDescribeRequest.GroupIds", n, pos, end - pos)
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
        return ShareGroupDescribeRequest(f_group_ids, f_include_authorized_operations, tags), pos
    except (StructError, IndexError):
        raise truncated("ShareGroupDescribeRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupDescribeRequest v1", pos) from None


def _w_ShareGroupDescribeRequest_0(o: ShareGroupDescribeRequest, out: list[Buffer]) -> None:
    a = out.append
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


def _s_ShareGroupDescribeRequest_0(o: ShareGroupDescribeRequest) -> int:
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


ShareGroupDescribeRequest._READERS = (
    None,
    _r_ShareGroupDescribeRequest_0,
)
ShareGroupDescribeRequest._WRITERS = (
    None,
    _w_ShareGroupDescribeRequest_0,
)
ShareGroupDescribeRequest._SIZERS = (
    None,
    _s_ShareGroupDescribeRequest_0,
)
bind_readers(
    ShareGroupDescribeRequest,
    "share_group_describe_request",
    "9a2c222b0e700e60",
    (ShareGroupDescribeRequest,),
)
