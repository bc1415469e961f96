# generated from Kafka 4.4.0 by codegen — do not edit
"""PushTelemetryResponse: Kafka response (key 72), versions 0."""

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
    "PushTelemetryResponse",
]

_F0 = PackStruct(">ih")


class PushTelemetryResponse(_Message):
    NAME: ClassVar[str] = "PushTelemetryResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 72
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
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_PushTelemetryResponse_0(buf: memoryview, pos: int) -> tuple[PushTelemetryResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PushTelemetryResponse(f_throttle_time_ms, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("PushTelemetryResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PushTelemetryResponse v0", pos) from None


def _w_PushTelemetryResponse_0(o: PushTelemetryResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PushTelemetryResponse_0(o: PushTelemetryResponse) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


PushTelemetryResponse._READERS = (_r_PushTelemetryResponse_0,)
PushTelemetryResponse._WRITERS = (_w_PushTelemetryResponse_0,)
PushTelemetryResponse._SIZERS = (_s_PushTelemetryResponse_0,)
bind_readers(
    PushTelemetryResponse, "push_telemetry_response", "3ceb442e255391b9", (PushTelemetryResponse,)
)
