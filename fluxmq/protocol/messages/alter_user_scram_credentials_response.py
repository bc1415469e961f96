# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterUserScramCredentialsResponse: Kafka response (key 51), versions 0."""

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
    "AlterUserScramCredentialsResult",
    "AlterUserScramCredentialsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")


class AlterUserScramCredentialsResult(_StructBase):
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
    )
    user: str = ""
    error_code: int = 0
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class AlterUserScramCredentialsResponse(_Message):
    NAME: ClassVar[str] = "AlterUserScramCredentialsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 51
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
            "results",
            "Results",
            "AlterUserScramCredentialsResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterUserScramCredentialsResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    results: Sequence[AlterUserScramCredentialsResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterUserScramCredentialsResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterUserScramCredentialsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("AlterUserScramCredentialsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("AlterUserScramCredentialsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[AlterUserScramCredentialsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_AlterUserScramCredentialsResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[AlterUserScramCredentialsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterUserScramCredentialsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterUserScramCredentialsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterUserScramCredentialsResponse v0", pos) from None


def _w_AlterUserScramCredentialsResponse_0(
    o: AlterUserScramCredentialsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_AlterUserScramCredentialsResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterUserScramCredentialsResponse_0(o: AlterUserScramCredentialsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_AlterUserScramCredentialsResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterUserScramCredentialsResult_0(
    buf: memoryview, pos: int
) -> tuple[AlterUserScramCredentialsResult, int]:
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
            raise null_not_allowed("AlterUserScramCredentialsResult.User", pos)
        elif n > end - pos:
            raise bad_length("AlterUserScramCredentialsResult.User", n, pos, end - pos)
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
            raise bad_length("AlterUserScramCredentialsResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterUserScramCredentialsResult(f_user, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterUserScramCredentialsResult v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterUserScramCredentialsResult v0", pos) from None


def _w_AlterUserScramCredentialsResult_0(
    o: AlterUserScramCredentialsResult, out: list[Buffer]
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterUserScramCredentialsResult_0(o: AlterUserScramCredentialsResult) -> int:
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterUserScramCredentialsResponse._READERS = (_r_AlterUserScramCredentialsResponse_0,)
AlterUserScramCredentialsResponse._WRITERS = (_w_AlterUserScramCredentialsResponse_0,)
AlterUserScramCredentialsResponse._SIZERS = (_s_AlterUserScramCredentialsResponse_0,)
bind_readers(
    AlterUserScramCredentialsResponse,
    "alter_user_scram_credentials_response",
    "232db8f44e3c3af0",
    (
        AlterUserScramCredentialsResult,
        AlterUserScramCredentialsResponse,
    ),
)
