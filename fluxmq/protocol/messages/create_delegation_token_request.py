# generated from Kafka 4.4.0 by codegen — do not edit
"""CreateDelegationTokenRequest: Kafka request (key 38), versions 1-3."""

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
    "CreatableRenewers",
    "CreateDelegationTokenRequest",
]

_F0 = PackStruct(">q")


class CreatableRenewers(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "principal_type",
            "PrincipalType",
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
            "principal_name",
            "PrincipalName",
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
    principal_type: str = ""
    principal_name: str = ""
    unknown_tags: dict[int, bytes] | None = None


class CreateDelegationTokenRequest(_Message):
    NAME: ClassVar[str] = "CreateDelegationTokenRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 38
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "owner_principal_type",
            "OwnerPrincipalType",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "owner_principal_name",
            "OwnerPrincipalName",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "renewers",
            "Renewers",
            "CreatableRenewers",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatableRenewers,
            False,
        ),
        FieldInfo(
            "max_lifetime_ms",
            "MaxLifetimeMs",
            "int64",
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
    owner_principal_type: str | None = ""
    owner_principal_name: str | None = ""
    renewers: Sequence[CreatableRenewers] = ()
    max_lifetime_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_CreateDelegationTokenRequest_0(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreateDelegationTokenRequest.Renewers", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenRequest.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[CreatableRenewers] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_CreatableRenewers_0(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[CreatableRenewers, ...] = tuple(items_renewers)
        (f_max_lifetime_ms,) = _F0.unpack_from(buf, pos)
        pos += 8
        return CreateDelegationTokenRequest("", "", f_renewers, f_max_lifetime_ms, None), pos
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenRequest v1", pos) from None


def _w_CreateDelegationTokenRequest_0(o: CreateDelegationTokenRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.owner_principal_type != "":
        raise not_in_version("CreateDelegationTokenRequest.OwnerPrincipalType", "1")
    if o.owner_principal_name != "":
        raise not_in_version("CreateDelegationTokenRequest.OwnerPrincipalName", "1")
    v_renewers = o.renewers
    a(INT32.pack(len(v_renewers)))
    w_renewers = _w_CreatableRenewers_0
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)
    a(_F0.pack(o.max_lifetime_ms))


def _s_CreateDelegationTokenRequest_0(o: CreateDelegationTokenRequest) -> int:
    n = 8
    v_renewers = o.renewers
    n += 4
    sz_renewers = _s_CreatableRenewers_0
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    return n


def _r_CreateDelegationTokenRequest_1(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenRequest, int]:
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
            raise null_not_allowed("CreateDelegationTokenRequest.Renewers", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenRequest.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[CreatableRenewers] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_CreatableRenewers_1(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[CreatableRenewers, ...] = tuple(items_renewers)
        (f_max_lifetime_ms,) = _F0.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreateDelegationTokenRequest("", "", f_renewers, f_max_lifetime_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenRequest v2", pos) from None


def _w_CreateDelegationTokenRequest_1(o: CreateDelegationTokenRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.owner_principal_type != "":
        raise not_in_version("CreateDelegationTokenRequest.OwnerPrincipalType", "2")
    if o.owner_principal_name != "":
        raise not_in_version("CreateDelegationTokenRequest.OwnerPrincipalName", "2")
    v_renewers = o.renewers
    n = len(v_renewers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_renewers = _w_CreatableRenewers_1
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)
    a(_F0.pack(o.max_lifetime_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateDelegationTokenRequest_1(o: CreateDelegationTokenRequest) -> int:
    n = 8
    v_renewers = o.renewers
    n += uvarint_size(len(v_renewers) + 1)
    sz_renewers = _s_CreatableRenewers_1
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreateDelegationTokenRequest_2(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenRequest, int]:
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
            f_owner_principal_type: str | None = None
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenRequest.OwnerPrincipalType", n, pos, end - pos)
        else:
            f_owner_principal_type = str(buf[pos : pos + n], "utf-8")
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
            f_owner_principal_name: str | None = None
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenRequest.OwnerPrincipalName", n, pos, end - pos)
        else:
            f_owner_principal_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("CreateDelegationTokenRequest.Renewers", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenRequest.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[CreatableRenewers] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_CreatableRenewers_1(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[CreatableRenewers, ...] = tuple(items_renewers)
        (f_max_lifetime_ms,) = _F0.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CreateDelegationTokenRequest(
                f_owner_principal_type, f_owner_principal_name, f_renewers, f_max_lifetime_ms, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenRequest v3", pos) from None


def _w_CreateDelegationTokenRequest_2(o: CreateDelegationTokenRequest, out: list[Buffer]) -> None:
    a = out.append
    v_owner_principal_type = o.owner_principal_type
    if v_owner_principal_type is None:
        a(b"\x00")
    else:
        b = v_owner_principal_type.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_owner_principal_name = o.owner_principal_name
    if v_owner_principal_name is None:
        a(b"\x00")
    else:
        b = v_owner_principal_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_renewers = o.renewers
    n = len(v_renewers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_renewers = _w_CreatableRenewers_1
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)
    a(_F0.pack(o.max_lifetime_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateDelegationTokenRequest_2(o: CreateDelegationTokenRequest) -> int:
    n = 8
    v_owner_principal_type = o.owner_principal_type
    if v_owner_principal_type is None:
        n += 1
    else:
        k = utf8_len(v_owner_principal_type)
        n += uvarint_size(k + 1)
        n += k
    v_owner_principal_name = o.owner_principal_name
    if v_owner_principal_name is None:
        n += 1
    else:
        k = utf8_len(v_owner_principal_name)
        n += uvarint_size(k + 1)
        n += k
    v_renewers = o.renewers
    n += uvarint_size(len(v_renewers) + 1)
    sz_renewers = _s_CreatableRenewers_1
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatableRenewers_0(buf: memoryview, pos: int) -> tuple[CreatableRenewers, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatableRenewers.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("CreatableRenewers.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatableRenewers.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("CreatableRenewers.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return CreatableRenewers(f_principal_type, f_principal_name, None), pos
    except (StructError, IndexError):
        raise truncated("CreatableRenewers v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableRenewers v1", pos) from None


def _w_CreatableRenewers_0(o: CreatableRenewers, out: list[Buffer]) -> None:
    a = out.append
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_CreatableRenewers_0(o: CreatableRenewers) -> int:
    n = 0
    v_principal_type = o.principal_type
    k = utf8_len(v_principal_type)
    n += 2
    n += k
    v_principal_name = o.principal_name
    k = utf8_len(v_principal_name)
    n += 2
    n += k
    return n


def _r_CreatableRenewers_1(buf: memoryview, pos: int) -> tuple[CreatableRenewers, int]:
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
            raise null_not_allowed("CreatableRenewers.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("CreatableRenewers.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("CreatableRenewers.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("CreatableRenewers.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatableRenewers(f_principal_type, f_principal_name, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatableRenewers v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatableRenewers v2-3", pos) from None


def _w_CreatableRenewers_1(o: CreatableRenewers, out: list[Buffer]) -> None:
    a = out.append
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatableRenewers_1(o: CreatableRenewers) -> int:
    n = 0
    v_principal_type = o.principal_type
    k = utf8_len(v_principal_type)
    n += uvarint_size(k + 1)
    n += k
    v_principal_name = o.principal_name
    k = utf8_len(v_principal_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


CreateDelegationTokenRequest._READERS = (
    None,
    _r_CreateDelegationTokenRequest_0,
    _r_CreateDelegationTokenRequest_1,
    _r_CreateDelegationTokenRequest_2,
)
CreateDelegationTokenRequest._WRITERS = (
    None,
    _w_CreateDelegationTokenRequest_0,
    _w_CreateDelegationTokenRequest_1,
    _w_CreateDelegationTokenRequest_2,
)
CreateDelegationTokenRequest._SIZERS = (
    None,
    _s_CreateDelegationTokenRequest_0,
    _s_CreateDelegationTokenRequest_1,
    _s_CreateDelegationTokenRequest_2,
)
bind_readers(
    CreateDelegationTokenRequest,
    "create_delegation_token_request",
    "efefe12afb7c6d0c",
    (
        CreatableRenewers,
        CreateDelegationTokenRequest,
    ),
)
