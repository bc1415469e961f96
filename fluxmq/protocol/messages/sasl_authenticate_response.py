# generated from Kafka 4.4.0 by codegen — do not edit
"""SaslAuthenticateResponse: Kafka response (key 36), versions 0-2."""

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
    "SaslAuthenticateResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">q")


class SaslAuthenticateResponse(_Message):
    NAME: ClassVar[str] = "SaslAuthenticateResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
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
            "auth_bytes",
            "AuthBytes",
            "bytes",
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
            "session_lifetime_ms",
            "SessionLifetimeMs",
            "int64",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    error_message: str | None = ""
    auth_bytes: bytes = b""
    session_lifetime_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_SaslAuthenticateResponse_0(
    buf: memoryview, pos: int
) -> tuple[SaslAuthenticateResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SaslAuthenticateResponse.AuthBytes", pos)
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.AuthBytes", n, pos, end - pos)
        else:
            f_auth_bytes = bytes(buf[pos : pos + n])
            pos += n
        return SaslAuthenticateResponse(f_error_code, f_error_message, f_auth_bytes, 0, None), pos
    except (StructError, IndexError):
        raise truncated("SaslAuthenticateResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslAuthenticateResponse v0", pos) from None


def _w_SaslAuthenticateResponse_0(o: SaslAuthenticateResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_auth_bytes = o.auth_bytes
    a(INT32.pack(len(v_auth_bytes)))
    a(v_auth_bytes if type(v_auth_bytes) is bytes else memoryview(v_auth_bytes))


def _s_SaslAuthenticateResponse_0(o: SaslAuthenticateResponse) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_auth_bytes = o.auth_bytes
    n += 4
    n += len(v_auth_bytes)
    return n


def _r_SaslAuthenticateResponse_1(
    buf: memoryview, pos: int
) -> tuple[SaslAuthenticateResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SaslAuthenticateResponse.AuthBytes", pos)
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.AuthBytes", n, pos, end - pos)
        else:
            f_auth_bytes = bytes(buf[pos : pos + n])
            pos += n
        (f_session_lifetime_ms,) = _F1.unpack_from(buf, pos)
        pos += 8
        return (
            SaslAuthenticateResponse(
                f_error_code, f_error_message, f_auth_bytes, f_session_lifetime_ms, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SaslAuthenticateResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslAuthenticateResponse v1", pos) from None


def _w_SaslAuthenticateResponse_1(o: SaslAuthenticateResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_auth_bytes = o.auth_bytes
    a(INT32.pack(len(v_auth_bytes)))
    a(v_auth_bytes if type(v_auth_bytes) is bytes else memoryview(v_auth_bytes))
    a(_F1.pack(o.session_lifetime_ms))


def _s_SaslAuthenticateResponse_1(o: SaslAuthenticateResponse) -> int:
    n = 10
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_auth_bytes = o.auth_bytes
    n += 4
    n += len(v_auth_bytes)
    return n


def _r_SaslAuthenticateResponse_2(
    buf: memoryview, pos: int
) -> tuple[SaslAuthenticateResponse, int]:
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("SaslAuthenticateResponse.AuthBytes", pos)
        elif n > end - pos:
            raise bad_length("SaslAuthenticateResponse.AuthBytes", n, pos, end - pos)
        else:
            f_auth_bytes = bytes(buf[pos : pos + n])
            pos += n
        (f_session_lifetime_ms,) = _F1.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            SaslAuthenticateResponse(
                f_error_code, f_error_message, f_auth_bytes, f_session_lifetime_ms, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SaslAuthenticateResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslAuthenticateResponse v2", pos) from None


def _w_SaslAuthenticateResponse_2(o: SaslAuthenticateResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_auth_bytes = o.auth_bytes
    n = len(v_auth_bytes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_auth_bytes if type(v_auth_bytes) is bytes else memoryview(v_auth_bytes))
    a(_F1.pack(o.session_lifetime_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SaslAuthenticateResponse_2(o: SaslAuthenticateResponse) -> int:
    n = 10
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_auth_bytes = o.auth_bytes
    n += uvarint_size(len(v_auth_bytes) + 1)
    n += len(v_auth_bytes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


SaslAuthenticateResponse._READERS = (
    _r_SaslAuthenticateResponse_0,
    _r_SaslAuthenticateResponse_1,
    _r_SaslAuthenticateResponse_2,
)
SaslAuthenticateResponse._WRITERS = (
    _w_SaslAuthenticateResponse_0,
    _w_SaslAuthenticateResponse_1,
    _w_SaslAuthenticateResponse_2,
)
SaslAuthenticateResponse._SIZERS = (
    _s_SaslAuthenticateResponse_0,
    _s_SaslAuthenticateResponse_1,
    _s_SaslAuthenticateResponse_2,
)
bind_readers(
    SaslAuthenticateResponse,
    "sasl_authenticate_response",
    "c2c04b490e80e635",
    (SaslAuthenticateResponse,),
)
