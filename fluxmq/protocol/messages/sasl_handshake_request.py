# generated from Kafka 4.4.0 by codegen — do not edit
"""SaslHandshakeRequest: Kafka request (key 17), versions 0-1."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, Buffer

__all__ = [
    "SaslHandshakeRequest",
]


class SaslHandshakeRequest(_Message):
    NAME: ClassVar[str] = "SaslHandshakeRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "mechanism",
            "Mechanism",
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
    mechanism: str = ""


def _r_SaslHandshakeRequest_0(buf: memoryview, pos: int) -> tuple[SaslHandshakeRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SaslHandshakeRequest.Mechanism", pos)
        elif n > end - pos:
            raise bad_length("SaslHandshakeRequest.Mechanism", n, pos, end - pos)
        else:
            f_mechanism = str(buf[pos : pos + n], "utf-8")
            pos += n
        return SaslHandshakeRequest(f_mechanism), pos
    except (StructError, IndexError):
        raise truncated("SaslHandshakeRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SaslHandshakeRequest v0-1", pos) from None


def _w_SaslHandshakeRequest_0(o: SaslHandshakeRequest, out: list[Buffer]) -> None:
    a = out.append
    v_mechanism = o.mechanism
    b = v_mechanism.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_SaslHandshakeRequest_0(o: SaslHandshakeRequest) -> int:
    n = 0
    v_mechanism = o.mechanism
    k = utf8_len(v_mechanism)
    n += 2
    n += k
    return n


SaslHandshakeRequest._READERS = (
    _r_SaslHandshakeRequest_0,
    _r_SaslHandshakeRequest_0,
)
SaslHandshakeRequest._WRITERS = (
    _w_SaslHandshakeRequest_0,
    _w_SaslHandshakeRequest_0,
)
SaslHandshakeRequest._SIZERS = (
    _s_SaslHandshakeRequest_0,
    _s_SaslHandshakeRequest_0,
)
bind_readers(
    SaslHandshakeRequest, "sasl_handshake_request", "69ca7c58e5612858", (SaslHandshakeRequest,)
)
