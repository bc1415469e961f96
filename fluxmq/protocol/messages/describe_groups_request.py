# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeGroupsRequest: Kafka request (key 15), versions 0-6."""

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
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "DescribeGroupsRequest",
]

_F0 = PackStruct(">?")


class DescribeGroupsRequest(_Message):
    NAME: ClassVar[str] = "DescribeGroupsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 5
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "groups", "Groups", "string", True, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "include_authorized_operations",
            "IncludeAuthorizedOperations",
            "bool",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    groups: Sequence[str] = ()
    include_authorized_operations: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeGroupsRequest_0(buf: memoryview, pos: int) -> tuple[DescribeGroupsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[str] = []
            append_groups = items_groups.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
                elif n > end - pos:
                    raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
                else:
                    x_groups = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_groups(x_groups)
            f_groups: tuple[str, ...] = tuple(items_groups)
        return DescribeGroupsRequest(f_groups, False, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsRequest v0-2", pos) from None


def _w_DescribeGroupsRequest_0(o: DescribeGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_authorized_operations:
        raise not_in_version("DescribeGroupsRequest.IncludeAuthorizedOperations", "0-2")
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    for x_groups in v_groups:
        b = x_groups.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_DescribeGroupsRequest_0(o: DescribeGroupsRequest) -> int:
    n = 0
    v_groups = o.groups
    n += 4
    for x_groups in v_groups:
        k = utf8_len(x_groups)
        n += 2
        n += k
    return n


def _r_DescribeGroupsRequest_1(buf: memoryview, pos: int) -> tuple[DescribeGroupsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[str] = []
            append_groups = items_groups.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
                elif n > end - pos:
                    raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
                else:
                    x_groups = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_groups(x_groups)
            f_groups: tuple[str, ...] = tuple(items_groups)
        (f_include_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 1
        return DescribeGroupsRequest(f_groups, f_include_authorized_operations, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsRequest v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsRequest v3-4", pos) from None


def _w_DescribeGroupsRequest_1(o: DescribeGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    for x_groups in v_groups:
        b = x_groups.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.include_authorized_operations))


def _s_DescribeGroupsRequest_1(o: DescribeGroupsRequest) -> int:
    n = 1
    v_groups = o.groups
    n += 4
    for x_groups in v_groups:
        k = utf8_len(x_groups)
        n += 2
        n += k
    return n


def _r_DescribeGroupsRequest_2(buf: memoryview, pos: int) -> tuple[DescribeGroupsRequest, int]:
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
            raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
        else:
            items_groups: list[str] = []
            append_groups = items_groups.append
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
                    raise null_not_allowed("DescribeGroupsRequest.Groups", pos)
                elif n > end - pos:
                    raise bad_length("DescribeGroupsRequest.Groups", n, pos, end - pos)
                else:
                    x_groups = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_groups(x_groups)
            f_groups: tuple[str, ...] = tuple(items_groups)
        (f_include_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeGroupsRequest(f_groups, f_include_authorized_operations, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsRequest v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsRequest v5-6", pos) from None


def _w_DescribeGroupsRequest_2(o: DescribeGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_groups in v_groups:
        b = x_groups.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.include_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeGroupsRequest_2(o: DescribeGroupsRequest) -> int:
    n = 1
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    for x_groups in v_groups:
        k = utf8_len(x_groups)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeGroupsRequest._READERS = (
    _r_DescribeGroupsRequest_0,
    _r_DescribeGroupsRequest_0,
    _r_DescribeGroupsRequest_0,
    _r_DescribeGroupsRequest_1,
    _r_DescribeGroupsRequest_1,
    _r_DescribeGroupsRequest_2,
    _r_DescribeGroupsRequest_2,
)
DescribeGroupsRequest._WRITERS = (
    _w_DescribeGroupsRequest_0,
    _w_DescribeGroupsRequest_0,
    _w_DescribeGroupsRequest_0,
    _w_DescribeGroupsRequest_1,
    _w_DescribeGroupsRequest_1,
    _w_DescribeGroupsRequest_2,
    _w_DescribeGroupsRequest_2,
)
DescribeGroupsRequest._SIZERS = (
    _s_DescribeGroupsRequest_0,
    _s_DescribeGroupsRequest_0,
    _s_DescribeGroupsRequest_0,
    _s_DescribeGroupsRequest_1,
    _s_DescribeGroupsRequest_1,
    _s_DescribeGroupsRequest_2,
    _s_DescribeGroupsRequest_2,
)
bind_readers(
    DescribeGroupsRequest, "describe_groups_request", "fa8d977ff7078d9d", (DescribeGroupsRequest,)
)
