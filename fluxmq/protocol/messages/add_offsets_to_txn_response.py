# generated from Kafka 4.4.0 by codegen — do not edit
"""AddOffsetsToTxnResponse: Kafka response (key 25), versions 0-4."""

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
    "AddOffsetsToTxnResponse",
]

_F0 = PackStruct(">ih")


class AddOffsetsToTxnResponse(_Message):
    NAME: ClassVar[str] = "AddOffsetsToTxnResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
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
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_AddOffsetsToTxnResponse_0(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        return AddOffsetsToTxnResponse(f_throttle_time_ms, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("AddOffsetsToTxnResponse v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddOffsetsToTxnResponse v0-2", pos) from None


def _w_AddOffsetsToTxnResponse_0(o: AddOffsetsToTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))


def _s_AddOffsetsToTxnResponse_0(o: AddOffsetsToTxnResponse) -> int:
    n = 6
    return n


def _r_AddOffsetsToTxnResponse_1(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
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
        return AddOffsetsToTxnResponse(f_throttle_time_ms, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("AddOffsetsToTxnResponse v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddOffsetsToTxnResponse v3-4", pos) from None


def _w_AddOffsetsToTxnResponse_1(o: AddOffsetsToTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddOffsetsToTxnResponse_1(o: AddOffsetsToTxnResponse) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AddOffsetsToTxnResponse._READERS = (
    _r_AddOffsetsToTxnResponse_0,
    _r_AddOffsetsToTxnResponse_0,
    _r_AddOffsetsToTxnResponse_0,
    _r_AddOffsetsToTxnResponse_1,
    _r_AddOffsetsToTxnResponse_1,
)
AddOffsetsToTxnResponse._WRITERS = (
    _w_AddOffsetsToTxnResponse_0,
    _w_AddOffsetsToTxnResponse_0,
    _w_AddOffsetsToTxnResponse_0,
    _w_AddOffsetsToTxnResponse_1,
    _w_AddOffsetsToTxnResponse_1,
)
AddOffsetsToTxnResponse._SIZERS = (
    _s_AddOffsetsToTxnResponse_0,
    _s_AddOffsetsToTxnResponse_0,
    _s_AddOffsetsToTxnResponse_0,
    _s_AddOffsetsToTxnResponse_1,
    _s_AddOffsetsToTxnResponse_1,
)
bind_readers(
    AddOffsetsToTxnResponse,
    "add_offsets_to_txn_response",
    "88f269e78b32f461",
    (AddOffsetsToTxnResponse,),
)
