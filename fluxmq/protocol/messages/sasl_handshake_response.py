# generated from Kafka 4.4.0 by codegen — do not edit
"""SaslHandshakeResponse: Kafka response (key 17), versions 0-1."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, INT32, Buffer

__all__ = [
    "SaslHandshakeResponse",
]

_F0 = PackStruct(">h")


class SaslHandshakeResponse(_Message):
    NAME: ClassVar[str] = "SaslHandshakeResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = None
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
            "mechanisms",
            "Mechanisms",
            "string",
            True,
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
    mechanisms: Sequence[str] = ()


def _r_SaslHandshakeResponse_0(buf: memoryview, pos: int) -> tuple[SaslHandshakeResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SaslHandshakeResponse.Mechanisms", pos)
        elif n > end - pos:
            raise bad_length("SaslHandshakeResponse.Mechanisms", n, pos, end - pos)
        else:
            items_mechanisms: list[str] = []
            append_mechanisms = items_mechanisms.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("SaslHandshakeResponse.Mechanisms", pos)
                elif n > end - pos:
                    raise bad_length("SaslHandshakeResponse.Mechanisms", n, pos, end - pos)
                else:
                    x_mechanisms = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_mechanisms(x_mechanisms)
            f_mechanisms: tuple[str, ...] = tuple(items_mechanisms)
        return SaslHandshakeResponse(f_error_code, f_mechanisms), pos
    except (StructError, IndexError):
        raise truncated("SaslHandshakeResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslHandshakeResponse v0-1", pos) from None


def _w_SaslHandshakeResponse_0(o: SaslHandshakeResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_mechanisms = o.mechanisms
    a(INT32.pack(len(v_mechanisms)))
    for x_mechanisms in v_mechanisms:
        b = x_mechanisms.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_SaslHandshakeResponse_0(o: SaslHandshakeResponse) -> int:
    n = 2
    v_mechanisms = o.mechanisms
    n += 4
    for x_mechanisms in v_mechanisms:
        k = utf8_len(x_mechanisms)
        n += 2
        n += k
    return n


SaslHandshakeResponse._READERS = (
    _r_SaslHandshakeResponse_0,
    _r_SaslHandshakeResponse_0,
)
SaslHandshakeResponse._WRITERS = (
    _w_SaslHandshakeResponse_0,
    _w_SaslHandshakeResponse_0,
)
SaslHandshakeResponse._SIZERS = (
    _s_SaslHandshakeResponse_0,
    _s_SaslHandshakeResponse_0,
)
bind_readers(
    SaslHandshakeResponse, "sasl_handshake_response", "a2160a89ce8097cc", (SaslHandshakeResponse,)
)
