# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeDelegationTokenRequest: Kafka request (key 41), versions 1-3."""

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
    "DescribeDelegationTokenOwner",
    "DescribeDelegationTokenRequest",
]


class DescribeDelegationTokenOwner(_StructBase):
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


class DescribeDelegationTokenRequest(_Message):
    NAME: ClassVar[str] = "DescribeDelegationTokenRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 41
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "owners",
            "Owners",
            "DescribeDelegationTokenOwner",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            DescribeDelegationTokenOwner,
            False,
        ),
    )
    owners: Sequence[DescribeDelegationTokenOwner] | None = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeDelegationTokenRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_owners: tuple[DescribeDelegationTokenOwner, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenRequest.Owners", n, pos, end - pos)
        else:
            items_owners: list[DescribeDelegationTokenOwner] = []
            append_owners = items_owners.append
            for _ in range(n):
                x_owners, pos = _r_DescribeDelegationTokenOwner_0(buf, pos)
                append_owners(x_owners)
            f_owners = tuple(items_owners)
        return DescribeDelegationTokenRequest(f_owners, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenRequest v1", pos) from None


def _w_DescribeDelegationTokenRequest_0(
    o: DescribeDelegationTokenRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_owners = o.owners
    if v_owners is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_owners)))
        w_owners = _w_DescribeDelegationTokenOwner_0
        for x_owners in v_owners:
            w_owners(x_owners, out)


def _s_DescribeDelegationTokenRequest_0(o: DescribeDelegationTokenRequest) -> int:
    n = 0
    v_owners = o.owners
    if v_owners is None:
        n += 4
    else:
        n += 4
        sz_owners = _s_DescribeDelegationTokenOwner_0
        for x_owners in v_owners:
            n += sz_owners(x_owners)
    return n


def _r_DescribeDelegationTokenRequest_1(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenRequest, int]:
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
            f_owners: tuple[DescribeDelegationTokenOwner, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenRequest.Owners", n, pos, end - pos)
        else:
            items_owners: list[DescribeDelegationTokenOwner] = []
            append_owners = items_owners.append
            for _ in range(n):
                x_owners, pos = _r_DescribeDelegationTokenOwner_1(buf, pos)
                append_owners(x_owners)
            f_owners = tuple(items_owners)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeDelegationTokenRequest(f_owners, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenRequest v2-3", pos) from None


def _w_DescribeDelegationTokenRequest_1(
    o: DescribeDelegationTokenRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_owners = o.owners
    if v_owners is None:
        a(b"\x00")
    else:
        n = len(v_owners) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_owners = _w_DescribeDelegationTokenOwner_1
        for x_owners in v_owners:
            w_owners(x_owners, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeDelegationTokenRequest_1(o: DescribeDelegationTokenRequest) -> int:
    n = 0
    v_owners = o.owners
    if v_owners is None:
        n += 1
    else:
        n += uvarint_size(len(v_owners) + 1)
        sz_owners = _s_DescribeDelegationTokenOwner_1
        for x_owners in v_owners:
            n += sz_owners(x_owners)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeDelegationTokenOwner_0(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenOwner, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeDelegationTokenOwner.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenOwner.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeDelegationTokenOwner.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenOwner.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return DescribeDelegationTokenOwner(f_principal_type, f_principal_name, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenOwner v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenOwner v1", pos) from None


def _w_DescribeDelegationTokenOwner_0(o: DescribeDelegationTokenOwner, out: list[Buffer]) -> None:
    a = out.append
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_DescribeDelegationTokenOwner_0(o: DescribeDelegationTokenOwner) -> int:
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


def _r_DescribeDelegationTokenOwner_1(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenOwner, int]:
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
            raise null_not_allowed("DescribeDelegationTokenOwner.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenOwner.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("DescribeDelegationTokenOwner.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenOwner.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeDelegationTokenOwner(f_principal_type, f_principal_name, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenOwner v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenOwner v2-3", pos) from None


def _w_DescribeDelegationTokenOwner_1(o: DescribeDelegationTokenOwner, out: list[Buffer]) -> None:
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


def _s_DescribeDelegationTokenOwner_1(o: DescribeDelegationTokenOwner) -> int:
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


DescribeDelegationTokenRequest._READERS = (
    None,
    _r_DescribeDelegationTokenRequest_0,
    _r_DescribeDelegationTokenRequest_1,
    _r_DescribeDelegationTokenRequest_1,
)
DescribeDelegationTokenRequest._WRITERS = (
    None,
    _w_DescribeDelegationTokenRequest_0,
    _w_DescribeDelegationTokenRequest_1,
    _w_DescribeDelegationTokenRequest_1,
)
DescribeDelegationTokenRequest._SIZERS = (
    None,
    _s_DescribeDelegationTokenRequest_0,
    _s_DescribeDelegationTokenRequest_1,
    _s_DescribeDelegationTokenRequest_1,
)
bind_readers(
    DescribeDelegationTokenRequest,
    "describe_delegation_token_request",
    "79ee22a2189adf61",
    (
        DescribeDelegationTokenOwner,
        DescribeDelegationTokenRequest,
    ),
)
