# generated from Kafka 4.4.0 by codegen — do not edit
"""CreateAclsRequest: Kafka request (key 30), versions 1-3."""

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
    "AclCreation",
    "CreateAclsRequest",
]

_F0 = PackStruct(">b")
_F1 = PackStruct(">bb")


class AclCreation(_StructBase):
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
            "resource_pattern_type",
            "ResourcePatternType",
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
    resource_type: int = 0
    resource_name: str = ""
    resource_pattern_type: int = 3
    principal: str = ""
    host: str = ""
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


class CreateAclsRequest(_Message):
    NAME: ClassVar[str] = "CreateAclsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 30
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "creations",
            "Creations",
            "AclCreation",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AclCreation,
            False,
        ),
    )
    creations: Sequence[AclCreation] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_CreateAclsRequest_0(buf: memoryview, pos: int) -> tuple[CreateAclsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreateAclsRequest.Creations", pos)
        elif n > end - pos:
            raise bad_length("CreateAclsRequest.Creations", n, pos, end - pos)
        else:
            items_creations: list[AclCreation] = []
            append_creations = items_creations.append
            for _ in range(n):
                x_creations, pos = _r_AclCreation_0(buf, pos)
                append_creations(x_creations)
            f_creations: tuple[AclCreation, ...] = tuple(items_creations)
        return CreateAclsRequest(f_creations, None), pos
    except (StructError, IndexError):
        raise truncated("CreateAclsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateAclsRequest v1", pos) from None


def _w_CreateAclsRequest_0(o: CreateAclsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_creations = o.creations
    a(INT32.pack(len(v_creations)))
    w_creations = _w_AclCreation_0
    for x_creations in v_creations:
        w_creations(x_creations, out)


def _s_CreateAclsRequest_0(o: CreateAclsRequest) -> int:
    n = 0
    v_creations = o.creations
    n += 4
    sz_creations = _s_AclCreation_0
    for x_creations in v_creations:
        n += sz_creations(x_creations)
    return n


def _r_CreateAclsRequest_1(buf: memoryview, pos: int) -> tuple[CreateAclsRequest, int]:
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
            raise null_not_allowed("CreateAclsRequest.Creations", pos)
        elif n > end - pos:
            raise bad_length("CreateAclsRequest.Creations", n, pos, end - pos)
        else:
            items_creations: list[AclCreation] = []
            append_creations = items_creations.append
            for _ in range(n):
                x_creations, pos = _r_AclCreation_1(buf, pos)
                append_creations(x_creations)
            f_creations: tuple[AclCreation, ...] = tuple(items_creations)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreateAclsRequest(f_creations, tags), pos
    except (StructError, IndexError):
        raise truncated("CreateAclsRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateAclsRequest v2-3", pos) from None


def _w_CreateAclsRequest_1(o: CreateAclsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_creations = o.creations
    n = len(v_creations) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_creations = _w_AclCreation_1
    for x_creations in v_creations:
        w_creations(x_creations, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateAclsRequest_1(o: CreateAclsRequest) -> int:
    n = 0
    v_creations = o.creations
    n += uvarint_size(len(v_creations) + 1)
    sz_creations = _s_AclCreation_1
    for x_creations in v_creations:
        n += sz_creations(x_creations)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AclCreation_0(buf: memoryview, pos: int) -> tuple[AclCreation, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F0.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AclCreation.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_pattern_type,) = _F0.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AclCreation.Principal", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.Principal", n, pos, end - pos)
        else:
            f_principal = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AclCreation.Host", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        return (
            AclCreation(
                f_resource_type,
                f_resource_name,
                f_resource_pattern_type,
                f_principal,
                f_host,
                f_operation,
                f_permission_type,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AclCreation v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AclCreation v1", pos) from None


def _w_AclCreation_0(o: AclCreation, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.resource_pattern_type))
    v_principal = o.principal
    b = v_principal.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.operation, o.permission_type))


def _s_AclCreation_0(o: AclCreation) -> int:
    n = 4
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += 2
    n += k
    v_principal = o.principal
    k = utf8_len(v_principal)
    n += 2
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_AclCreation_1(buf: memoryview, pos: int) -> tuple[AclCreation, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("AclCreation.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_pattern_type,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("AclCreation.Principal", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.Principal", n, pos, end - pos)
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
            raise null_not_allowed("AclCreation.Host", pos)
        elif n > end - pos:
            raise bad_length("AclCreation.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
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
            AclCreation(
                f_resource_type,
                f_resource_name,
                f_resource_pattern_type,
                f_principal,
                f_host,
                f_operation,
                f_permission_type,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AclCreation v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AclCreation v2-3", pos) from None


def _w_AclCreation_1(o: AclCreation, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.resource_pattern_type))
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
    a(_F1.pack(o.operation, o.permission_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AclCreation_1(o: AclCreation) -> int:
    n = 4
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
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


CreateAclsRequest._READERS = (
    None,
    _r_CreateAclsRequest_0,
    _r_CreateAclsRequest_1,
    _r_CreateAclsRequest_1,
)
CreateAclsRequest._WRITERS = (
    None,
    _w_CreateAclsRequest_0,
    _w_CreateAclsRequest_1,
    _w_CreateAclsRequest_1,
)
CreateAclsRequest._SIZERS = (
    None,
    _s_CreateAclsRequest_0,
    _s_CreateAclsRequest_1,
    _s_CreateAclsRequest_1,
)
bind_readers(
    CreateAclsRequest,
    "create_acls_request",
    "ecc7a619b55051bf",
    (
        AclCreation,
        CreateAclsRequest,
    ),
)
