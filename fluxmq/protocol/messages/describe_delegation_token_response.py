# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeDelegationTokenResponse: Kafka response (key 41), versions 1-3."""

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
    "DescribedDelegationTokenRenewer",
    "DescribedDelegationToken",
    "DescribeDelegationTokenResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">i")
_F2 = PackStruct(">qqq")


class DescribedDelegationTokenRenewer(_StructBase):
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


class DescribedDelegationToken(_StructBase):
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
        FieldInfo(
            "token_requester_principal_type",
            "TokenRequesterPrincipalType",
            "string",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "token_requester_principal_name",
            "TokenRequesterPrincipalName",
            "string",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "issue_timestamp",
            "IssueTimestamp",
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
        FieldInfo(
            "expiry_timestamp",
            "ExpiryTimestamp",
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
        FieldInfo(
            "max_timestamp",
            "MaxTimestamp",
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
        FieldInfo(
            "token_id",
            "TokenId",
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
            "hmac", "Hmac", "bytes", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "renewers",
            "Renewers",
            "DescribedDelegationTokenRenewer",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribedDelegationTokenRenewer,
            False,
        ),
    )
    principal_type: str = ""
    principal_name: str = ""
    token_requester_principal_type: str = ""
    token_requester_principal_name: str = ""
    issue_timestamp: int = 0
    expiry_timestamp: int = 0
    max_timestamp: int = 0
    token_id: str = ""
    hmac: bytes = b""
    renewers: Sequence[DescribedDelegationTokenRenewer] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeDelegationTokenResponse(_Message):
    NAME: ClassVar[str] = "DescribeDelegationTokenResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 41
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "tokens",
            "Tokens",
            "DescribedDelegationToken",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribedDelegationToken,
            False,
        ),
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
    )
    error_code: int = 0
    tokens: Sequence[DescribedDelegationToken] = ()
    throttle_time_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeDelegationTokenResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeDelegationTokenResponse.Tokens", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenResponse.Tokens", n, pos, end - pos)
        else:
            items_tokens: list[DescribedDelegationToken] = []
            append_tokens = items_tokens.append
            for _ in range(n):
                x_tokens, pos = _r_DescribedDelegationToken_0(buf, pos)
                append_tokens(x_tokens)
            f_tokens: tuple[DescribedDelegationToken, ...] = tuple(items_tokens)
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        return (
            DescribeDelegationTokenResponse(f_error_code, f_tokens, f_throttle_time_ms, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenResponse v1", pos) from None


def _w_DescribeDelegationTokenResponse_0(
    o: DescribeDelegationTokenResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_tokens = o.tokens
    a(INT32.pack(len(v_tokens)))
    w_tokens = _w_DescribedDelegationToken_0
    for x_tokens in v_tokens:
        w_tokens(x_tokens, out)
    a(_F1.pack(o.throttle_time_ms))


def _s_DescribeDelegationTokenResponse_0(o: DescribeDelegationTokenResponse) -> int:
    n = 6
    v_tokens = o.tokens
    n += 4
    sz_tokens = _s_DescribedDelegationToken_0
    for x_tokens in v_tokens:
        n += sz_tokens(x_tokens)
    return n


def _r_DescribeDelegationTokenResponse_1(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
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
            raise null_not_allowed("DescribeDelegationTokenResponse.Tokens", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenResponse.Tokens", n, pos, end - pos)
        else:
            items_tokens: list[DescribedDelegationToken] = []
            append_tokens = items_tokens.append
            for _ in range(n):
                x_tokens, pos = _r_DescribedDelegationToken_1(buf, pos)
                append_tokens(x_tokens)
            f_tokens: tuple[DescribedDelegationToken, ...] = tuple(items_tokens)
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeDelegationTokenResponse(f_error_code, f_tokens, f_throttle_time_ms, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenResponse v2", pos) from None


def _w_DescribeDelegationTokenResponse_1(
    o: DescribeDelegationTokenResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_tokens = o.tokens
    n = len(v_tokens) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_tokens = _w_DescribedDelegationToken_1
    for x_tokens in v_tokens:
        w_tokens(x_tokens, out)
    a(_F1.pack(o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeDelegationTokenResponse_1(o: DescribeDelegationTokenResponse) -> int:
    n = 6
    v_tokens = o.tokens
    n += uvarint_size(len(v_tokens) + 1)
    sz_tokens = _s_DescribedDelegationToken_1
    for x_tokens in v_tokens:
        n += sz_tokens(x_tokens)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeDelegationTokenResponse_2(
    buf: memoryview, pos: int
) -> tuple[DescribeDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
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
            raise null_not_allowed("DescribeDelegationTokenResponse.Tokens", pos)
        elif n > end - pos:
            raise bad_length("DescribeDelegationTokenResponse.Tokens", n, pos, end - pos)
        else:
            items_tokens: list[DescribedDelegationToken] = []
            append_tokens = items_tokens.append
            for _ in range(n):
                x_tokens, pos = _r_DescribedDelegationToken_2(buf, pos)
                append_tokens(x_tokens)
            f_tokens: tuple[DescribedDelegationToken, ...] = tuple(items_tokens)
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeDelegationTokenResponse(f_error_code, f_tokens, f_throttle_time_ms, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeDelegationTokenResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeDelegationTokenResponse v3", pos) from None


def _w_DescribeDelegationTokenResponse_2(
    o: DescribeDelegationTokenResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_tokens = o.tokens
    n = len(v_tokens) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_tokens = _w_DescribedDelegationToken_2
    for x_tokens in v_tokens:
        w_tokens(x_tokens, out)
    a(_F1.pack(o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeDelegationTokenResponse_2(o: DescribeDelegationTokenResponse) -> int:
    n = 6
    v_tokens = o.tokens
    n += uvarint_size(len(v_tokens) + 1)
    sz_tokens = _s_DescribedDelegationToken_2
    for x_tokens in v_tokens:
        n += sz_tokens(x_tokens)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedDelegationToken_0(
    buf: memoryview, pos: int
) -> tuple[DescribedDelegationToken, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedDelegationToken.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedDelegationToken.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp,
            f_expiry_timestamp,
            f_max_timestamp,
        ) = _F2.unpack_from(buf, pos)
        pos += 24
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedDelegationToken.TokenId", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.TokenId", n, pos, end - pos)
        else:
            f_token_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedDelegationToken.Hmac", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedDelegationToken.Renewers", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[DescribedDelegationTokenRenewer] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_DescribedDelegationTokenRenewer_0(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[DescribedDelegationTokenRenewer, ...] = tuple(items_renewers)
        return (
            DescribedDelegationToken(
                f_principal_type,
                f_principal_name,
                "",
                "",
                f_issue_timestamp,
                f_expiry_timestamp,
                f_max_timestamp,
                f_token_id,
                f_hmac,
                f_renewers,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedDelegationToken v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedDelegationToken v1", pos) from None


def _w_DescribedDelegationToken_0(o: DescribedDelegationToken, out: list[Buffer]) -> None:
    a = out.append
    if o.token_requester_principal_type != "":
        raise not_in_version("DescribedDelegationToken.TokenRequesterPrincipalType", "1")
    if o.token_requester_principal_name != "":
        raise not_in_version("DescribedDelegationToken.TokenRequesterPrincipalName", "1")
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F2.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_hmac = o.hmac
    a(INT32.pack(len(v_hmac)))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    v_renewers = o.renewers
    a(INT32.pack(len(v_renewers)))
    w_renewers = _w_DescribedDelegationTokenRenewer_0
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)


def _s_DescribedDelegationToken_0(o: DescribedDelegationToken) -> int:
    n = 24
    v_principal_type = o.principal_type
    k = utf8_len(v_principal_type)
    n += 2
    n += k
    v_principal_name = o.principal_name
    k = utf8_len(v_principal_name)
    n += 2
    n += k
    v_token_id = o.token_id
    k = utf8_len(v_token_id)
    n += 2
    n += k
    v_hmac = o.hmac
    n += 4
    n += len(v_hmac)
    v_renewers = o.renewers
    n += 4
    sz_renewers = _s_DescribedDelegationTokenRenewer_0
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    return n


def _r_DescribedDelegationToken_1(
    buf: memoryview, pos: int
) -> tuple[DescribedDelegationToken, int]:
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
            raise null_not_allowed("DescribedDelegationToken.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("DescribedDelegationToken.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp,
            f_expiry_timestamp,
            f_max_timestamp,
        ) = _F2.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("DescribedDelegationToken.TokenId", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.TokenId", n, pos, end - pos)
        else:
            f_token_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedDelegationToken.Hmac", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
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
            raise null_not_allowed("DescribedDelegationToken.Renewers", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[DescribedDelegationTokenRenewer] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_DescribedDelegationTokenRenewer_1(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[DescribedDelegationTokenRenewer, ...] = tuple(items_renewers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedDelegationToken(
                f_principal_type,
                f_principal_name,
                "",
                "",
                f_issue_timestamp,
                f_expiry_timestamp,
                f_max_timestamp,
                f_token_id,
                f_hmac,
                f_renewers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedDelegationToken v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedDelegationToken v2", pos) from None


def _w_DescribedDelegationToken_1(o: DescribedDelegationToken, out: list[Buffer]) -> None:
    a = out.append
    if o.token_requester_principal_type != "":
        raise not_in_version("DescribedDelegationToken.TokenRequesterPrincipalType", "2")
    if o.token_requester_principal_name != "":
        raise not_in_version("DescribedDelegationToken.TokenRequesterPrincipalName", "2")
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
    a(_F2.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_hmac = o.hmac
    n = len(v_hmac) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    v_renewers = o.renewers
    n = len(v_renewers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_renewers = _w_DescribedDelegationTokenRenewer_1
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedDelegationToken_1(o: DescribedDelegationToken) -> int:
    n = 24
    v_principal_type = o.principal_type
    k = utf8_len(v_principal_type)
    n += uvarint_size(k + 1)
    n += k
    v_principal_name = o.principal_name
    k = utf8_len(v_principal_name)
    n += uvarint_size(k + 1)
    n += k
    v_token_id = o.token_id
    k = utf8_len(v_token_id)
    n += uvarint_size(k + 1)
    n += k
    v_hmac = o.hmac
    n += uvarint_size(len(v_hmac) + 1)
    n += len(v_hmac)
    v_renewers = o.renewers
    n += uvarint_size(len(v_renewers) + 1)
    sz_renewers = _s_DescribedDelegationTokenRenewer_1
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedDelegationToken_2(
    buf: memoryview, pos: int
) -> tuple[DescribedDelegationToken, int]:
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
            raise null_not_allowed("DescribedDelegationToken.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("DescribedDelegationToken.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedDelegationToken.TokenRequesterPrincipalType", pos)
        elif n > end - pos:
            raise bad_length(
                "DescribedDelegationToken.TokenRequesterPrincipalType", n, pos, end - pos
            )
        else:
            f_token_requester_principal_type = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedDelegationToken.TokenRequesterPrincipalName", pos)
        elif n > end - pos:
            raise bad_length(
                "DescribedDelegationToken.TokenRequesterPrincipalName", n, pos, end - pos
            )
        else:
            f_token_requester_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp,
            f_expiry_timestamp,
            f_max_timestamp,
        ) = _F2.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("DescribedDelegationToken.TokenId", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.TokenId", n, pos, end - pos)
        else:
            f_token_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedDelegationToken.Hmac", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
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
            raise null_not_allowed("DescribedDelegationToken.Renewers", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationToken.Renewers", n, pos, end - pos)
        else:
            items_renewers: list[DescribedDelegationTokenRenewer] = []
            append_renewers = items_renewers.append
            for _ in range(n):
                x_renewers, pos = _r_DescribedDelegationTokenRenewer_1(buf, pos)
                append_renewers(x_renewers)
            f_renewers: tuple[DescribedDelegationTokenRenewer, ...] = tuple(items_renewers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedDelegationToken(
                f_principal_type,
                f_principal_name,
                f_token_requester_principal_type,
                f_token_requester_principal_name,
                f_issue_timestamp,
                f_expiry_timestamp,
                f_max_timestamp,
                f_token_id,
                f_hmac,
                f_renewers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedDelegationToken v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedDelegationToken v3", pos) from None


def _w_DescribedDelegationToken_2(o: DescribedDelegationToken, out: list[Buffer]) -> None:
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
    v_token_requester_principal_type = o.token_requester_principal_type
    b = v_token_requester_principal_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_token_requester_principal_name = o.token_requester_principal_name
    b = v_token_requester_principal_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.issue_timestamp, o.expiry_timestamp, o.max_timestamp))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_hmac = o.hmac
    n = len(v_hmac) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    v_renewers = o.renewers
    n = len(v_renewers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_renewers = _w_DescribedDelegationTokenRenewer_1
    for x_renewers in v_renewers:
        w_renewers(x_renewers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedDelegationToken_2(o: DescribedDelegationToken) -> int:
    n = 24
    v_principal_type = o.principal_type
    k = utf8_len(v_principal_type)
    n += uvarint_size(k + 1)
    n += k
    v_principal_name = o.principal_name
    k = utf8_len(v_principal_name)
    n += uvarint_size(k + 1)
    n += k
    v_token_requester_principal_type = o.token_requester_principal_type
    k = utf8_len(v_token_requester_principal_type)
    n += uvarint_size(k + 1)
    n += k
    v_token_requester_principal_name = o.token_requester_principal_name
    k = utf8_len(v_token_requester_principal_name)
    n += uvarint_size(k + 1)
    n += k
    v_token_id = o.token_id
    k = utf8_len(v_token_id)
    n += uvarint_size(k + 1)
    n += k
    v_hmac = o.hmac
    n += uvarint_size(len(v_hmac) + 1)
    n += len(v_hmac)
    v_renewers = o.renewers
    n += uvarint_size(len(v_renewers) + 1)
    sz_renewers = _s_DescribedDelegationTokenRenewer_1
    for x_renewers in v_renewers:
        n += sz_renewers(x_renewers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedDelegationTokenRenewer_0(
    buf: memoryview, pos: int
) -> tuple[DescribedDelegationTokenRenewer, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedDelegationTokenRenewer.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationTokenRenewer.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedDelegationTokenRenewer.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationTokenRenewer.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return DescribedDelegationTokenRenewer(f_principal_type, f_principal_name, None), pos
    except (StructError, IndexError):
        raise truncated("DescribedDelegationTokenRenewer v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedDelegationTokenRenewer v1", pos) from None


def _w_DescribedDelegationTokenRenewer_0(
    o: DescribedDelegationTokenRenewer, out: list[Buffer]
) -> None:
    a = out.append
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_DescribedDelegationTokenRenewer_0(o: DescribedDelegationTokenRenewer) -> int:
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


def _r_DescribedDelegationTokenRenewer_1(
    buf: memoryview, pos: int
) -> tuple[DescribedDelegationTokenRenewer, int]:
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
            raise null_not_allowed("DescribedDelegationTokenRenewer.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationTokenRenewer.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("DescribedDelegationTokenRenewer.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("DescribedDelegationTokenRenewer.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribedDelegationTokenRenewer(f_principal_type, f_principal_name, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribedDelegationTokenRenewer v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedDelegationTokenRenewer v2-3", pos) from None


def _w_DescribedDelegationTokenRenewer_1(
    o: DescribedDelegationTokenRenewer, out: list[Buffer]
) -> None:
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


def _s_DescribedDelegationTokenRenewer_1(o: DescribedDelegationTokenRenewer) -> int:
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


DescribeDelegationTokenResponse._READERS = (
    None,
    _r_DescribeDelegationTokenResponse_0,
    _r_DescribeDelegationTokenResponse_1,
    _r_DescribeDelegationTokenResponse_2,
)
DescribeDelegationTokenResponse._WRITERS = (
    None,
    _w_DescribeDelegationTokenResponse_0,
    _w_DescribeDelegationTokenResponse_1,
    _w_DescribeDelegationTokenResponse_2,
)
DescribeDelegationTokenResponse._SIZERS = (
    None,
    _s_DescribeDelegationTokenResponse_0,
    _s_DescribeDelegationTokenResponse_1,
    _s_DescribeDelegationTokenResponse_2,
)
bind_readers(
    DescribeDelegationTokenResponse,
    "describe_delegation_token_response",
    "c502093d3a424626",
    (
        DescribedDelegationTokenRenewer,
        DescribedDelegationToken,
        DescribeDelegationTokenResponse,
    ),
)
