# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteAclsRequest: Kafka request (key 31), versions 1-3."""

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
    "DeleteAclsFilter",
    "DeleteAclsRequest",
]

_F0 = PackStruct(">b")
_F1 = PackStruct(">bb")


class DeleteAclsFilter(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "resource_type_filter",
            "ResourceTypeFilter",
            "int8",
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
            "resource_name_filter",
            "ResourceNameFilter",
            "string",
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
            "pattern_type_filter",
            "PatternTypeFilter",
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
            "principal_filter",
            "PrincipalFilter",
            "string",
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
            "host_filter",
            "HostFilter",
            "string",
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
            "operation",
            "Operation",
            "int8",
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
            "permission_type",
            "PermissionType",
            "int8",
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
    resource_type_filter: int = 0
    resource_name_filter: str | None = ""
    pattern_type_filter: int = 3
    principal_filter: str | None = ""
    host_filter: str | None = ""
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DeleteAclsRequest(_Message):
    NAME: ClassVar[str] = "DeleteAclsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 31
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "filters",
            "Filters",
            "DeleteAclsFilter",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteAclsFilter,
            False,
        ),
    )
    filters: Sequence[DeleteAclsFilter] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteAclsRequest_0(buf: memoryview, pos: int) -> tuple[DeleteAclsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteAclsRequest.Filters", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsRequest.Filters", n, pos, end - pos)
        else:
            items_filters: list[DeleteAclsFilter] = []
            append_filters = items_filters.append
            for _ in range(n):
                x_filters, pos = _r_DeleteAclsFilter_0(buf, pos)
                append_filters(x_filters)
            f_filters: tuple[DeleteAclsFilter, ...] = tuple(items_filters)
        return DeleteAclsRequest(f_filters, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsRequest v1", pos) from None


def _w_DeleteAclsRequest_0(o: DeleteAclsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_filters = o.filters
    a(INT32.pack(len(v_filters)))
    w_filters = _w_DeleteAclsFilter_0
    for x_filters in v_filters:
        w_filters(x_filters, out)


def _s_DeleteAclsRequest_0(o: DeleteAclsRequest) -> int:
    n = 0
    v_filters = o.filters
    n += 4
    sz_filters = _s_DeleteAclsFilter_0
    for x_filters in v_filters:
        n += sz_filters(x_filters)
    return n


def _r_DeleteAclsRequest_1(buf: memoryview, pos: int) -> tuple[DeleteAclsRequest, int]:
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
            raise null_not_allowed("DeleteAclsRequest.Filters", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsRequest.Filters", n, pos, end - pos)
        else:
            items_filters: list[DeleteAclsFilter] = []
            append_filters = items_filters.append
            for _ in range(n):
                x_filters, pos = _r_DeleteAclsFilter_1(buf, pos)
                append_filters(x_filters)
            f_filters: tuple[DeleteAclsFilter, ...] = tuple(items_filters)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteAclsRequest(f_filters, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsRequest v2-3", pos) from None


def _w_DeleteAclsRequest_1(o: DeleteAclsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_filters = o.filters
    n = len(v_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_filters = _w_DeleteAclsFilter_1
    for x_filters in v_filters:
        w_filters(x_filters, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteAclsRequest_1(o: DeleteAclsRequest) -> int:
    n = 0
    v_filters = o.filters
    n += uvarint_size(len(v_filters) + 1)
    sz_filters = _s_DeleteAclsFilter_1
    for x_filters in v_filters:
        n += sz_filters(x_filters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteAclsFilter_0(buf: memoryview, pos: int) -> tuple[DeleteAclsFilter, int]:
    end = len(buf)
    try:
        (f_resource_type_filter,) = _F0.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_resource_name_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.ResourceNameFilter", n, pos, end - pos)
        else:
            f_resource_name_filter = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type_filter,) = _F0.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_principal_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.PrincipalFilter", n, pos, end - pos)
        else:
            f_principal_filter = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_host_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.HostFilter", n, pos, end - pos)
        else:
            f_host_filter = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        return (
            DeleteAclsFilter(
                f_resource_type_filter,
                f_resource_name_filter,
                f_pattern_type_filter,
                f_principal_filter,
                f_host_filter,
                f_operation,
                f_permission_type,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteAclsFilter v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsFilter v1", pos) from None


def _w_DeleteAclsFilter_0(o: DeleteAclsFilter, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.resource_type_filter))
    v_resource_name_filter = o.resource_name_filter
    if v_resource_name_filter is None:
        a(b"\xff\xff")
    else:
        b = v_resource_name_filter.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.pattern_type_filter))
    v_principal_filter = o.principal_filter
    if v_principal_filter is None:
        a(b"\xff\xff")
    else:
        b = v_principal_filter.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_host_filter = o.host_filter
    if v_host_filter is None:
        a(b"\xff\xff")
    else:
        b = v_host_filter.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F1.pack(o.operation, o.permission_type))


def _s_DeleteAclsFilter_0(o: DeleteAclsFilter) -> int:
    n = 4
    v_resource_name_filter = o.resource_name_filter
    if v_resource_name_filter is None:
        n += 2
    else:
        k = utf8_len(v_resource_name_filter)
        n += 2
        n += k
    v_principal_filter = o.principal_filter
    if v_principal_filter is None:
        n += 2
    else:
        k = utf8_len(v_principal_filter)
        n += 2
        n += k
    v_host_filter = o.host_filter
    if v_host_filter is None:
        n += 2
    else:
        k = utf8_len(v_host_filter)
        n += 2
        n += k
    return n


def _r_DeleteAclsFilter_1(buf: memoryview, pos: int) -> tuple[DeleteAclsFilter, int]:
    end = len(buf)
    try:
        (f_resource_type_filter,) = _F0.unpack_from(buf, pos)
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
            f_resource_name_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.ResourceNameFilter", n, pos, end - pos)
        else:
            f_resource_name_filter = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type_filter,) = _F0.unpack_from(buf, pos)
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
            f_principal_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.PrincipalFilter", n, pos, end - pos)
        else:
            f_principal_filter = str(buf[pos : pos + n], "utf-8")
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
            f_host_filter: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilter.HostFilter", n, pos, end - pos)
        else:
            f_host_filter = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DeleteAclsFilter(
                f_resource_type_filter,
                f_resource_name_filter,
                f_pattern_type_filter,
                f_principal_filter,
                f_host_filter,
                f_operation,
                f_permission_type,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteAclsFilter v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsFilter v2-3", pos) from None


def _w_DeleteAclsFilter_1(o: DeleteAclsFilter, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.resource_type_filter))
    v_resource_name_filter = o.resource_name_filter
    if v_resource_name_filter is None:
        a(b"\x00")
    else:
        b = v_resource_name_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.pattern_type_filter))
    v_principal_filter = o.principal_filter
    if v_principal_filter is None:
        a(b"\x00")
    else:
        b = v_principal_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_host_filter = o.host_filter
    if v_host_filter is None:
        a(b"\x00")
    else:
        b = v_host_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.operation, o.permission_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteAclsFilter_1(o: DeleteAclsFilter) -> int:
    n = 4
    v_resource_name_filter = o.resource_name_filter
    if v_resource_name_filter is None:
        n += 1
    else:
        k = utf8_len(v_resource_name_filter)
        n += uvarint_size(k + 1)
        n += k
    v_principal_filter = o.principal_filter
    if v_principal_filter is None:
        n += 1
    else:
        k = utf8_len(v_principal_filter)
        n += uvarint_size(k + 1)
        n += k
    v_host_filter = o.host_filter
    if v_host_filter is None:
        n += 1
    else:
        k = utf8_len(v_host_filter)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteAclsRequest._READERS = (
    None,
    _r_DeleteAclsRequest_0,
    _r_DeleteAclsRequest_1,
    _r_DeleteAclsRequest_1,
)
DeleteAclsRequest._WRITERS = (
    None,
    _w_DeleteAclsRequest_0,
    _w_DeleteAclsRequest_1,
    _w_DeleteAclsRequest_1,
)
DeleteAclsRequest._SIZERS = (
    None,
    _s_DeleteAclsRequest_0,
    _s_DeleteAclsRequest_1,
    _s_DeleteAclsRequest_1,
)
bind_readers(
    DeleteAclsRequest,
    "delete_acls_request",
    "56d413c4f3ba4007",
    (
        DeleteAclsFilter,
        DeleteAclsRequest,
    ),
)
