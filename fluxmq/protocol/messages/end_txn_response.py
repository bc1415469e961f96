# generated from Kafka 4.4.0 by codegen — do not edit
"""EndTxnResponse: Kafka response (key 26), versions 0-5."""

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
    "EndTxnResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">ihqh")


class EndTxnResponse(_Message):
    NAME: ClassVar[str] = "EndTxnResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
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
            "producer_id",
            "ProducerId",
            "int64",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "producer_epoch",
            "ProducerEpoch",
            "int16",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    producer_id: int = -1
    producer_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


def _r_EndTxnResponse_0(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        return EndTxnResponse(f_throttle_time_ms, f_error_code, -1, -1, None), pos
    except (StructError, IndexError):
        raise truncated("EndTxnResponse v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnResponse v0-2", pos) from None


def _w_EndTxnResponse_0(o: EndTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))


def _s_EndTxnResponse_0(o: EndTxnResponse) -> int:
    n = 6
    return n


def _r_EndTxnResponse_1(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
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
        return EndTxnResponse(f_throttle_time_ms, f_error_code, -1, -1, tags), pos
    except (StructError, IndexError):
        raise truncated("EndTxnResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnResponse v3-4", pos) from None


def _w_EndTxnResponse_1(o: EndTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EndTxnResponse_1(o: EndTxnResponse) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_EndTxnResponse_2(buf: memoryview, pos: int) -> tuple[EndTxnResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_producer_id,
            f_producer_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            EndTxnResponse(f_throttle_time_ms, f_error_code, f_producer_id, f_producer_epoch, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("EndTxnResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnResponse v5", pos) from None


def _w_EndTxnResponse_2(o: EndTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EndTxnResponse_2(o: EndTxnResponse) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


EndTxnResponse._READERS = (
    _r_EndTxnResponse_0,
    _r_EndTxnResponse_0,
    _r_EndTxnResponse_0,
    _r_EndTxnResponse_1,
    _r_EndTxnResponse_1,
    _r_EndTxnResponse_2,
)
EndTxnResponse._WRITERS = (
    _w_EndTxnResponse_0,
    _w_EndTxnResponse_0,
    _w_EndTxnResponse_0,
    _w_EndTxnResponse_1,
    _w_EndTxnResponse_1,
    _w_EndTxnResponse_2,
)
EndTxnResponse._SIZERS = (
    _s_EndTxnResponse_0,
    _s_EndTxnResponse_0,
    _s_EndTxnResponse_0,
    _s_EndTxnResponse_1,
    _s_EndTxnResponse_1,
    _s_EndTxnResponse_2,
)
bind_readers(EndTxnResponse, "end_txn_response", "838f0a6a97a9db65", (EndTxnResponse,))
