# generated from Kafka 4.4.0 by codegen — do not edit
"""RenewDelegationTokenResponse: Kafka response (key 39), versions 1-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "RenewDelegationTokenResponse",
]

_F0 = PackStruct(">hqi")


class RenewDelegationTokenResponse(_Message):
    NAME: ClassVar[str] = "RenewDelegationTokenResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 39
    MIN_VERSION: ClassVar[int] = 1
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
    expiry_timestamp_ms: int = 0
    throttle_time_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_RenewDelegationTokenResponse_0(
    buf: memoryview, pos: int
) -> tuple[RenewDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_expiry_timestamp_ms,
            f_throttle_time_ms,
        ) = _F0.unpack_from(buf, pos)
        pos += 14
        return (
            RenewDelegationTokenResponse(
                f_error_code, f_expiry_timestamp_ms, f_throttle_time_ms, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("RenewDelegationTokenResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RenewDelegationTokenResponse v1", pos) from None


def _w_RenewDelegationTokenResponse_0(o: RenewDelegationTokenResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code, o.expiry_timestamp_ms, o.throttle_time_ms))


def _s_RenewDelegationTokenResponse_0(o: RenewDelegationTokenResponse) -> int:
    n = 14
    return n


def _r_RenewDelegationTokenResponse_1(
    buf: memoryview, pos: int
) -> tuple[RenewDelegationTokenResponse, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_expiry_timestamp_ms,
            f_throttle_time_ms,
        ) = _F0.unpack_from(buf, pos)
        pos += 14
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            RenewDelegationTokenResponse(
                f_error_code, f_expiry_timestamp_ms, f_throttle_time_ms, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("RenewDelegationTokenResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RenewDelegationTokenResponse v2", pos) from None


def _w_RenewDelegationTokenResponse_1(o: RenewDelegationTokenResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code, o.expiry_timestamp_ms, o.throttle_time_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_RenewDelegationTokenResponse_1(o: RenewDelegationTokenResponse) -> int:
    n = 14
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


RenewDelegationTokenResponse._READERS = (
    None,
    _r_RenewDelegationTokenResponse_0,
    _r_RenewDelegationTokenResponse_1,
)
RenewDelegationTokenResponse._WRITERS = (
    None,
    _w_RenewDelegationTokenResponse_0,
    _w_RenewDelegationTokenResponse_1,
)
RenewDelegationTokenResponse._SIZERS = (
    None,
    _s_RenewDelegationTokenResponse_0,
    _s_RenewDelegationTokenResponse_1,
)
bind_readers(
    RenewDelegationTokenResponse,
    "renew_delegation_token_response",
    "ae96bee636fcc906",
    (RenewDelegationTokenResponse,),
)
