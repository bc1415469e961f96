# generated from Kafka 4.4.0 by codegen — do not edit
"""HeartbeatResponse: Kafka response (key 12), versions 0-4."""

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
    "HeartbeatResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">ih")


class HeartbeatResponse(_Message):
    NAME: ClassVar[str] = "HeartbeatResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
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
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_HeartbeatResponse_0(buf: memoryview, pos: int) -> tuple[HeartbeatResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return HeartbeatResponse(0, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("HeartbeatResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatResponse v0", pos) from None


def _w_HeartbeatResponse_0(o: HeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))


def _s_HeartbeatResponse_0(o: HeartbeatResponse) -> int:
    n = 2
    return n


def _r_HeartbeatResponse_1(buf: memoryview, pos: int) -> tuple[HeartbeatResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        return HeartbeatResponse(f_throttle_time_ms, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("HeartbeatResponse v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatResponse v1-3", pos) from None


def _w_HeartbeatResponse_1(o: HeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))


def _s_HeartbeatResponse_1(o: HeartbeatResponse) -> int:
    n = 6
    return n


def _r_HeartbeatResponse_2(buf: memoryview, pos: int) -> tuple[HeartbeatResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return HeartbeatResponse(f_throttle_time_ms, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("HeartbeatResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatResponse v4", pos) from None


def _w_HeartbeatResponse_2(o: HeartbeatResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_HeartbeatResponse_2(o: HeartbeatResponse) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


HeartbeatResponse._READERS = (
    _r_HeartbeatResponse_0,
    _r_HeartbeatResponse_1,
    _r_HeartbeatResponse_1,
    _r_HeartbeatResponse_1,
    _r_HeartbeatResponse_2,
)
HeartbeatResponse._WRITERS = (
    _w_HeartbeatResponse_0,
    _w_HeartbeatResponse_1,
    _w_HeartbeatResponse_1,
    _w_HeartbeatResponse_1,
    _w_HeartbeatResponse_2,
)
HeartbeatResponse._SIZERS = (
    _s_HeartbeatResponse_0,
    _s_HeartbeatResponse_1,
    _s_HeartbeatResponse_1,
    _s_HeartbeatResponse_1,
    _s_HeartbeatResponse_2,
)
bind_readers(HeartbeatResponse, "heartbeat_response", "45ee37495f08197a", (HeartbeatResponse,))
