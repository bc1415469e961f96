# generated from Kafka 4.4.0 by codegen — do not edit
"""SaslAuthenticateRequest: Kafka request (key 36), versions 0-2."""

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
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "SaslAuthenticateRequest",
]


class SaslAuthenticateRequest(_Message):
    NAME: ClassVar[str] = "SaslAuthenticateRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
    )
    auth_bytes: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


def _r_SaslAuthenticateRequest_0(buf: memoryview, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SaslAuthenticateRequest.AuthBytes", pos)
        elif n > end - pos:
            raise bad_length("SaslAuthenticateRequest.AuthBytes", n, pos, end - pos)
        else:
            f_auth_bytes = bytes(buf[pos : pos + n])
            pos += n
        return SaslAuthenticateRequest(f_auth_bytes, None), pos
    except (StructError, IndexError):
        raise truncated("SaslAuthenticateRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslAuthenticateRequest v0-1", pos) from None


def _w_SaslAuthenticateRequest_0(o: SaslAuthenticateRequest, out: list[Buffer]) -> None:
    a = out.append
    v_auth_bytes = o.auth_bytes
    a(INT32.pack(len(v_auth_bytes)))
    a(v_auth_bytes if type(v_auth_bytes) is bytes else memoryview(v_auth_bytes))


def _s_SaslAuthenticateRequest_0(o: SaslAuthenticateRequest) -> int:
    n = 0
    v_auth_bytes = o.auth_bytes
    n += 4
    n += len(v_auth_bytes)
    return n


def _r_SaslAuthenticateRequest_1(buf: memoryview, pos: int) -> tuple[SaslAuthenticateRequest, int]:
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
            raise null_not_allowed("SaslAuthenticateRequest.AuthBytes", pos)
        elif n > end - pos:
            raise bad_length("SaslAuthenticateRequest.AuthBytes", n, pos, end - pos)
        else:
            f_auth_bytes = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return SaslAuthenticateRequest(f_auth_bytes, tags), pos
    except (StructError, IndexError):
        raise truncated("SaslAuthenticateRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslAuthenticateRequest v2", pos) from None


def _w_SaslAuthenticateRequest_1(o: SaslAuthenticateRequest, out: list[Buffer]) -> None:
    a = out.append
    v_auth_bytes = o.auth_bytes
    n = len(v_auth_bytes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_auth_bytes if type(v_auth_bytes) is bytes else memoryview(v_auth_bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SaslAuthenticateRequest_1(o: SaslAuthenticateRequest) -> int:
    n = 0
    v_auth_bytes = o.auth_bytes
    n += uvarint_size(len(v_auth_bytes) + 1)
    n += len(v_auth_bytes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


SaslAuthenticateRequest._READERS = (
    _r_SaslAuthenticateRequest_0,
    _r_SaslAuthenticateRequest_0,
    _r_SaslAuthenticateRequest_1,
)
SaslAuthenticateRequest._WRITERS = (
    _w_SaslAuthenticateRequest_0,
    _w_SaslAuthenticateRequest_0,
    _w_SaslAuthenticateRequest_1,
)
SaslAuthenticateRequest._SIZERS = (
    _s_SaslAuthenticateRequest_0,
    _s_SaslAuthenticateRequest_0,
    _s_SaslAuthenticateRequest_1,
)
bind_readers(
    SaslAuthenticateRequest,
    "sasl_authenticate_request",
    "39974acb6148b984",
    (SaslAuthenticateRequest,),
)
