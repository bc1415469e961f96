# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeUserScramCredentialsResponse: Kafka response (key 50), versions 0."""

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
    "CredentialInfo",
    "DescribeUserScramCredentialsResult",
    "DescribeUserScramCredentialsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">h")
_F2 = PackStruct(">bi")


class CredentialInfo(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "mechanism",
            "Mechanism",
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
            "iterations",
            "Iterations",
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
    mechanism: int = 0
    iterations: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DescribeUserScramCredentialsResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "user", "User", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
            "credential_infos",
            "CredentialInfos",
            "CredentialInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CredentialInfo,
            False,
        ),
    )
    user: str = ""
    error_code: int = 0
    error_message: str | None = ""
    credential_infos: Sequence[CredentialInfo] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeUserScramCredentialsResponse(_Message):
    NAME: ClassVar[str] = "DescribeUserScramCredentialsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            "results",
            "Results",
            "DescribeUserScramCredentialsResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeUserScramCredentialsResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    results: Sequence[DescribeUserScramCredentialsResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeUserScramCredentialsResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeUserScramCredentialsResponse, int]:
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
            raise bad_length("DescribeUserScramCredentialsResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribeUserScramCredentialsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeUserScramCredentialsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeUserScramCredentialsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeUserScramCredentialsResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeUserScramCredentialsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeUserScramCredentialsResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_results, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeUserScramCredentialsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeUserScramCredentialsResponse v0", pos) from None


def _w_DescribeUserScramCredentialsResponse_0(
    o: DescribeUserScramCredentialsResponse, out: list[Buffer]
) -> None:
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
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeUserScramCredentialsResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeUserScramCredentialsResponse_0(o: DescribeUserScramCredentialsResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeUserScramCredentialsResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeUserScramCredentialsResult_0(
    buf: memoryview, pos: int
) -> tuple[DescribeUserScramCredentialsResult, int]:
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
            raise null_not_allowed("DescribeUserScramCredentialsResult.User", pos)
        elif n > end - pos:
            raise bad_length("DescribeUserScramCredentialsResult.User", n, pos, end - pos)
        else:
            f_user = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeUserScramCredentialsResult.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribeUserScramCredentialsResult.CredentialInfos", pos)
        elif n > end - pos:
            raise bad_length(
                "DescribeUserScramCredentialsResult.CredentialInfos", n, pos, end - pos
            )
        else:
            items_credential_infos: list[CredentialInfo] = []
            append_credential_infos = items_credential_infos.append
            for _ in range(n):
                x_credential_infos, pos = _r_CredentialInfo_0(buf, pos)
                append_credential_infos(x_credential_infos)
            f_credential_infos: tuple[CredentialInfo, ...] = tuple(items_credential_infos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeUserScramCredentialsResult(
                f_user, f_error_code, f_error_message, f_credential_infos, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeUserScramCredentialsResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeUserScramCredentialsResult v0", pos) from None


def _w_DescribeUserScramCredentialsResult_0(
    o: DescribeUserScramCredentialsResult, out: list[Buffer]
) -> None:
    a = out.append
    v_user = o.user
    b = v_user.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_credential_infos = o.credential_infos
    n = len(v_credential_infos) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_credential_infos = _w_CredentialInfo_0
    for x_credential_infos in v_credential_infos:
        w_credential_infos(x_credential_infos, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeUserScramCredentialsResult_0(o: DescribeUserScramCredentialsResult) -> int:
    n = 2
    v_user = o.user
    k = utf8_len(v_user)
    n += uvarint_size(k + 1)
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_credential_infos = o.credential_infos
    n += uvarint_size(len(v_credential_infos) + 1)
    sz_credential_infos = _s_CredentialInfo_0
    for x_credential_infos in v_credential_infos:
        n += sz_credential_infos(x_credential_infos)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CredentialInfo_0(buf: memoryview, pos: int) -> tuple[CredentialInfo, int]:
    end = len(buf)
    try:
        (
            f_mechanism,
            f_iterations,
        ) = _F2.unpack_from(buf, pos)
        pos += 5
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CredentialInfo(f_mechanism, f_iterations, tags), pos
    except (StructError, IndexError):
        raise truncated("CredentialInfo v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CredentialInfo v0", pos) from None


def _w_CredentialInfo_0(o: CredentialInfo, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.mechanism, o.iterations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CredentialInfo_0(o: CredentialInfo) -> int:
    n = 5
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeUserScramCredentialsResponse._READERS = (_r_DescribeUserScramCredentialsResponse_0,)
DescribeUserScramCredentialsResponse._WRITERS = (_w_DescribeUserScramCredentialsResponse_0,)
DescribeUserScramCredentialsResponse._SIZERS = (_s_DescribeUserScramCredentialsResponse_0,)
bind_readers(
    DescribeUserScramCredentialsResponse,
    "describe_user_scram_credentials_response",
    "27ab23e31e584725",
    (
        CredentialInfo,
        DescribeUserScramCredentialsResult,
        DescribeUserScramCredentialsResponse,
    ),
)
