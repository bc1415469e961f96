# generated from Kafka 4.4.0 by codegen — do not edit
"""RenewDelegationTokenRequest: Kafka request (key 39), versions 1-2."""

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
    "RenewDelegationTokenRequest",
]

_F0 = PackStruct(">q")


class RenewDelegationTokenRequest(_Message):
    NAME: ClassVar[str] = "RenewDelegationTokenRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 39
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "hmac", "Hmac", "bytes", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "renew_period_ms",
            "RenewPeriodMs",
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
    hmac: bytes = b""
    renew_period_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_RenewDelegationTokenRequest_0(
    buf: memoryview, pos: int
) -> tuple[RenewDelegationTokenRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("RenewDelegationTokenRequest.Hmac", pos)
        elif n > end - pos:
            raise bad_length("RenewDelegationTokenRequest.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (f_renew_period_ms,) = _F0.unpack_from(buf, pos)
        pos += 8
        return RenewDelegationTokenRequest(f_hmac, f_renew_period_ms, None), pos
    except (StructError, IndexError):
        raise truncated("RenewDelegationTokenRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RenewDelegationTokenRequest v1", pos) from None


def _w_RenewDelegationTokenRequest_0(o: RenewDelegationTokenRequest, out: list[Buffer]) -> None:
    a = out.append
    v_hmac = o.hmac
    a(INT32.pack(len(v_hmac)))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    a(_F0.pack(o.renew_period_ms))


def _s_RenewDelegationTokenRequest_0(o: RenewDelegationTokenRequest) -> int:
    n = 8
    v_hmac = o.hmac
    n += 4
    n += len(v_hmac)
    return n


def _r_RenewDelegationTokenRequest_1(
    buf: memoryview, pos: int
) -> tuple[RenewDelegationTokenRequest, int]:
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
            raise null_not_allowed("RenewDelegationTokenRequest.Hmac", pos)
        elif n > end - pos:
            raise bad_length("RenewDelegationTokenRequest.Hmac", n, pos, end - pos)
        else:
            f_hmac = bytes(buf[pos : pos + n])
            pos += n
        (f_renew_period_ms,) = _F0.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return RenewDelegationTokenRequest(f_hmac, f_renew_period_ms, tags), pos
    except (StructError, IndexError):
        raise truncated("RenewDelegationTokenRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RenewDelegationTokenRequest v2", pos) from None


def _w_RenewDelegationTokenRequest_1(o: RenewDelegationTokenRequest, out: list[Buffer]) -> None:
    a = out.append
    v_hmac = o.hmac
    n = len(v_hmac) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_hmac if type(v_hmac) is bytes else memoryview(v_hmac))
    a(_F0.pack(o.renew_period_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_RenewDelegationTokenRequest_1(o: RenewDelegationTokenRequest) -> int:
    n = 8
    v_hmac = o.hmac
    n += uvarint_size(len(v_hmac) + 1)
    n += len(v_hmac)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


RenewDelegationTokenRequest._READERS = (
    None,
    _r_RenewDelegationTokenRequest_0,
    _r_RenewDelegationTokenRequest_1,
)
RenewDelegationTokenRequest._WRITERS = (
    None,
    _w_RenewDelegationTokenRequest_0,
    _w_RenewDelegationTokenRequest_1,
)
RenewDelegationTokenRequest._SIZERS = (
    None,
    _s_RenewDelegationTokenRequest_0,
    _s_RenewDelegationTokenRequest_1,
)
bind_readers(
    RenewDelegationTokenRequest,
    "renew_delegation_token_request",
    "4148188b38cd7ece",
    (RenewDelegationTokenRequest,),
)
