# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeAclsResponse: Kafka response (key 29), versions 1-3."""

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
    "AclDescription",
    "DescribeAclsResource",
    "DescribeAclsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">b")
_F2 = PackStruct(">bb")


class AclDescription(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "principal",
            "Principal",
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
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
    principal: str = ""
    host: str = ""
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DescribeAclsResource(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "resource_type",
            "ResourceType",
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
            "resource_name",
            "ResourceName",
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
            "pattern_type",
            "PatternType",
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
            "acls",
            "Acls",
            "AclDescription",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AclDescription,
            False,
        ),
    )
    resource_type: int = 0
    resource_name: str = ""
    pattern_type: int = 3
    acls: Sequence[AclDescription] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeAclsResponse(_Message):
    NAME: ClassVar[str] = "DescribeAclsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 29
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "resources",
            "Resources",
            "DescribeAclsResource",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeAclsResource,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    resources: Sequence[DescribeAclsResource] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeAclsResponse_0(buf: memoryview, pos: int) -> tuple[DescribeAclsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeAclsResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeAclsResponse.Resources", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResponse.Resources", n, pos, end - pos)
        else:
            items_resources: list[DescribeAclsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_DescribeAclsResource_0(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[DescribeAclsResource, ...] = tuple(items_resources)
        return (
            DescribeAclsResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_resources, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeAclsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeAclsResponse v1", pos) from None


def _w_DescribeAclsResponse_0(o: DescribeAclsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_resources = o.resources
    a(INT32.pack(len(v_resources)))
    w_resources = _w_DescribeAclsResource_0
    for x_resources in v_resources:
        w_resources(x_resources, out)


def _s_DescribeAclsResponse_0(o: DescribeAclsResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_resources = o.resources
    n += 4
    sz_resources = _s_DescribeAclsResource_0
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    return n


def _r_DescribeAclsResponse_1(buf: memoryview, pos: int) -> tuple[DescribeAclsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeAclsResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeAclsResponse.Resources", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResponse.Resources", n, pos, end - pos)
        else:
            items_resources: list[DescribeAclsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_DescribeAclsResource_1(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[DescribeAclsResource, ...] = tuple(items_resources)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeAclsResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_resources, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeAclsResponse v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeAclsResponse v2-3", pos) from None


def _w_DescribeAclsResponse_1(o: DescribeAclsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_resources = o.resources
    n = len(v_resources) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_resources = _w_DescribeAclsResource_1
    for x_resources in v_resources:
        w_resources(x_resources, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeAclsResponse_1(o: DescribeAclsResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_resources = o.resources
    n += uvarint_size(len(v_resources) + 1)
    sz_resources = _s_DescribeAclsResource_1
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeAclsResource_0(buf: memoryview, pos: int) -> tuple[DescribeAclsResource, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeAclsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeAclsResource.Acls", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResource.Acls", n, pos, end - pos)
        else:
            items_acls: list[AclDescription] = []
            append_acls = items_acls.append
            for _ in range(n):
                x_acls, pos = _r_AclDescription_0(buf, pos)
                append_acls(x_acls)
            f_acls: tuple[AclDescription, ...] = tuple(items_acls)
        return (
            DescribeAclsResource(f_resource_type, f_resource_name, f_pattern_type, f_acls, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeAclsResource v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeAclsResource v1", pos) from None


def _w_DescribeAclsResource_0(o: DescribeAclsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.pattern_type))
    v_acls = o.acls
    a(INT32.pack(len(v_acls)))
    w_acls = _w_AclDescription_0
    for x_acls in v_acls:
        w_acls(x_acls, out)


def _s_DescribeAclsResource_0(o: DescribeAclsResource) -> int:
    n = 2
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += 2
    n += k
    v_acls = o.acls
    n += 4
    sz_acls = _s_AclDescription_0
    for x_acls in v_acls:
        n += sz_acls(x_acls)
    return n


def _r_DescribeAclsResource_1(buf: memoryview, pos: int) -> tuple[DescribeAclsResource, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeAclsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeAclsResource.Acls", pos)
        elif n > end - pos:
            raise bad_length("DescribeAclsResource.Acls", n, pos, end - pos)
        else:
            items_acls: list[AclDescription] = []
            append_acls = items_acls.append
            for _ in range(n):
                x_acls, pos = _r_AclDescription_1(buf, pos)
                append_acls(x_acls)
            f_acls: tuple[AclDescription, ...] = tuple(items_acls)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeAclsResource(f_resource_type, f_resource_name, f_pattern_type, f_acls, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeAclsResource v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeAclsResource v2-3", pos) from None


def _w_DescribeAclsResource_1(o: DescribeAclsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.pattern_type))
    v_acls = o.acls
    n = len(v_acls) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_acls = _w_AclDescription_1
    for x_acls in v_acls:
        w_acls(x_acls, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeAclsResource_1(o: DescribeAclsResource) -> int:
    n = 2
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    v_acls = o.acls
    n += uvarint_size(len(v_acls) + 1)
    sz_acls = _s_AclDescription_1
    for x_acls in v_acls:
        n += sz_acls(x_acls)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AclDescription_0(buf: memoryview, pos: int) -> tuple[AclDescription, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AclDescription.Principal", pos)
        elif n > end - pos:
            raise bad_length("AclDescription.Principal", n, pos, end - pos)
        else:
            f_principal = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AclDescription.Host", pos)
        elif n > end - pos:
            raise bad_length("AclDescription.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F2.unpack_from(buf, pos)
        pos += 2
        return AclDescription(f_principal, f_host, f_operation, f_permission_type, None), pos
    except (StructError, IndexError):
        raise truncated("AclDescription v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AclDescription v1", pos) from None


def _w_AclDescription_0(o: AclDescription, out: list[Buffer]) -> None:
    a = out.append
    v_principal = o.principal
    b = v_principal.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F2.pack(o.operation, o.permission_type))


def _s_AclDescription_0(o: AclDescription) -> int:
    n = 2
    v_principal = o.principal
    k = utf8_len(v_principal)
    n += 2
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_AclDescription_1(buf: memoryview, pos: int) -> tuple[AclDescription, int]:
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
            raise null_not_allowed("AclDescription.Principal", pos)
        elif n > end - pos:
            raise bad_length("AclDescription.Principal", n, pos, end - pos)
        else:
            f_principal = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AclDescription.Host", pos)
        elif n > end - pos:
            raise bad_length("AclDescription.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F2.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AclDescription(f_principal, f_host, f_operation, f_permission_type, tags), pos
    except (StructError, IndexError):
        raise truncated("AclDescription v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AclDescription v2-3", pos) from None


def _w_AclDescription_1(o: AclDescription, out: list[Buffer]) -> None:
    a = out.append
    v_principal = o.principal
    b = v_principal.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.operation, o.permission_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AclDescription_1(o: AclDescription) -> int:
    n = 2
    v_principal = o.principal
    k = utf8_len(v_principal)
    n += uvarint_size(k + 1)
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeAclsResponse._READERS = (
    None,
    _r_DescribeAclsResponse_0,
    _r_DescribeAclsResponse_1,
    _r_DescribeAclsResponse_1,
)
DescribeAclsResponse._WRITERS = (
    None,
    _w_DescribeAclsResponse_0,
    _w_DescribeAclsResponse_1,
    _w_DescribeAclsResponse_1,
)
DescribeAclsResponse._SIZERS = (
    None,
    _s_DescribeAclsResponse_0,
    _s_DescribeAclsResponse_1,
    _s_DescribeAclsResponse_1,
)
bind_readers(
    DescribeAclsResponse,
    "describe_acls_response",
    "7131d6ac87eba8d8",
    (
        AclDescription,
        DescribeAclsResource,
        DescribeAclsResponse,
    ),
)
