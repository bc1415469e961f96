# generated from Kafka 4.4.0 by codegen — do not edit
"""CreateDelegationTokenResponse: Kafka response (key 38), versions 1-3."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    "CreateDelegationTokenResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">qqq")
_F2 = PackStruct(">i")


class CreateDelegationTokenResponse(_Message):
    NAME: ClassVar[str] = "CreateDelegationTokenResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 38
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
            "issue_timestamp_ms",
            "IssueTimestampMs",
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
            "expiry_timestamp_ms",
            "ExpiryTimestampMs",
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
            "max_timestamp_ms",
            "MaxTimestampMs",
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
    principal_type: str = ""
    principal_name: str = ""
    token_requester_principal_type: str = ""
    token_requester_principal_name: str = ""
    issue_timestamp_ms: int = 0
    expiry_timestamp_ms: int = 0
    max_timestamp_ms: int = 0
    token_id: str = ""
    hmac: bytes = b""
    throttle_time_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_CreateDelegationTokenResponse_0(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalType", n, pos, end - pos)
        else:
            f_principal_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp_ms,
            f_expiry_timestamp_ms,
            f_max_timestamp_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 24
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreateDelegationTokenResponse.TokenId", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.TokenId", n, pos, end - pos)
        else:
            f_token_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreateDelegationTokenResponse.Hmac", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (f_throttle_time_ms,) = _F2.unpack_from(buf, pos)
        pos += 4
        return (
            CreateDelegationTokenResponse(
                f_error_code,
                f_principal_type,
                f_principal_name,
                "",
                "",
                f_issue_timestamp_ms,
                f_expiry_timestamp_ms,
                f_max_timestamp_ms,
                f_token_id,
                f_hmac,
                f_throttle_time_ms,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenResponse v1", pos) from None


def _w_CreateDelegationTokenResponse_0(o: CreateDelegationTokenResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.token_requester_principal_type != "":
        raise not_in_version("CreateDelegationTokenResponse.TokenRequesterPrincipalType", "1")
    if o.token_requester_principal_name != "":
        raise not_in_version("CreateDelegationTokenResponse.TokenRequesterPrincipalName", "1")
    a(_F0.pack(o.error_code))
    v_principal_type = o.principal_type
    b = v_principal_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_principal_name = o.principal_name
    b = v_principal_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_hmac = o.hmac
    a(INT32.pack(len(v_hmac)))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    a(_F2.pack(o.throttle_time_ms))


def _s_CreateDelegationTokenResponse_0(o: CreateDelegationTokenResponse) -> int:
    n = 30
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
    return n


def _r_CreateDelegationTokenResponse_1(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenResponse, int]:
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
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalName", n, pos, end - pos)
        else:
            f_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp_ms,
            f_expiry_timestamp_ms,
            f_max_timestamp_ms,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.TokenId", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.TokenId", n, pos, end - pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.Hmac", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (f_throttle_time_ms,) = _F2.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CreateDelegationTokenResponse(
                f_error_code,
                f_principal_type,
                f_principal_name,
                "",
                "",
                f_issue_timestamp_ms,
                f_expiry_timestamp_ms,
                f_max_timestamp_ms,
                f_token_id,
                f_hmac,
                f_throttle_time_ms,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenResponse v2", pos) from None


def _w_CreateDelegationTokenResponse_1(o: CreateDelegationTokenResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.token_requester_principal_type != "":
        raise not_in_version("CreateDelegationTokenResponse.TokenRequesterPrincipalType", "2")
    if o.token_requester_principal_name != "":
        raise not_in_version("CreateDelegationTokenResponse.TokenRequesterPrincipalName", "2")
    a(_F0.pack(o.error_code))
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
    a(_F1.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_hmac = o.hmac
    n = len(v_hmac) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    a(_F2.pack(o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateDelegationTokenResponse_1(o: CreateDelegationTokenResponse) -> int:
    n = 30
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreateDelegationTokenResponse_2(
    buf: memoryview, pos: int
) -> tuple[CreateDelegationTokenResponse, int]:
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
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalType", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalType", n, pos, end - pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.PrincipalName", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.PrincipalName", n, pos, end - pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.TokenRequesterPrincipalType", pos)
        elif n > end - pos:
            raise bad_length(
                "CreateDelegationTokenResponse.TokenRequesterPrincipalType", n, pos, end - pos
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
            raise null_not_allowed("CreateDelegationTokenResponse.TokenRequesterPrincipalName", pos)
        elif n > end - pos:
            raise bad_length(
                "CreateDelegationTokenResponse.TokenRequesterPrincipalName", n, pos, end - pos
            )
        else:
            f_token_requester_principal_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_issue_timestamp_ms,
            f_expiry_timestamp_ms,
            f_max_timestamp_ms,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.TokenId", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.TokenId", n, pos, end - pos)
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
            raise null_not_allowed("CreateDelegationTokenResponse.Hmac", pos)
        elif n > end - pos:
            raise bad_length("CreateDelegationTokenResponse.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (f_throttle_time_ms,) = _F2.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CreateDelegationTokenResponse(
                f_error_code,
                f_principal_type,
                f_principal_name,
                f_token_requester_principal_type,
                f_token_requester_principal_name,
                f_issue_timestamp_ms,
                f_expiry_timestamp_ms,
                f_max_timestamp_ms,
                f_token_id,
                f_hmac,
                f_throttle_time_ms,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CreateDelegationTokenResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreateDelegationTokenResponse v3", pos) from None


def _w_CreateDelegationTokenResponse_2(o: CreateDelegationTokenResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
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
    a(_F1.pack(o.issue_timestamp_ms, o.expiry_timestamp_ms, o.max_timestamp_ms))
    v_token_id = o.token_id
    b = v_token_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_hmac = o.hmac
    n = len(v_hmac) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    a(_F2.pack(o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreateDelegationTokenResponse_2(o: CreateDelegationTokenResponse) -> int:
    n = 30
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


CreateDelegationTokenResponse._READERS = (
    None,
    _r_CreateDelegationTokenResponse_0,
    _r_CreateDelegationTokenResponse_1,
    _r_CreateDelegationTokenResponse_2,
)
CreateDelegationTokenResponse._WRITERS = (
    None,
    _w_CreateDelegationTokenResponse_0,
    _w_CreateDelegationTokenResponse_1,
    _w_CreateDelegationTokenResponse_2,
)
CreateDelegationTokenResponse._SIZERS = (
    None,
    _s_CreateDelegationTokenResponse_0,
    _s_CreateDelegationTokenResponse_1,
    _s_CreateDelegationTokenResponse_2,
)
bind_readers(
    CreateDelegationTokenResponse,
    "create_delegation_token_response",
    "f7af3570fec9a221",
    (CreateDelegationTokenResponse,),
)
