# generated from Kafka 4.4.0 by codegen — do not edit
"""ResponseHeader: Kafka header, versions 0-1."""

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
    "ResponseHeader",
]

_F0 = PackStruct(">i")


class ResponseHeader(_Message):
    NAME: ClassVar[str] = "ResponseHeader"
    TYPE: ClassVar[str] = "header"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "correlation_id",
            "CorrelationId",
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
    correlation_id: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ResponseHeader_0(buf: memoryview, pos: int) -> tuple[ResponseHeader, int]:
    end = len(buf)
    try:
        (f_correlation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        return ResponseHeader(f_correlation_id, None), pos
    except (StructError, IndexError):
        raise truncated("ResponseHeader v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ResponseHeader v0", pos) from None


def _w_ResponseHeader_0(o: ResponseHeader, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.correlation_id))


def _s_ResponseHeader_0(o: ResponseHeader) -> int:
    n = 4
    return n


def _r_ResponseHeader_1(buf: memoryview, pos: int) -> tuple[ResponseHeader, int]:
    end = len(buf)
    try:
        (f_correlation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ResponseHeader(f_correlation_id, tags), pos
    except (StructError, IndexError):
        raise truncated("ResponseHeader v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ResponseHeader v1", pos) from None


def _w_ResponseHeader_1(o: ResponseHeader, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.correlation_id))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ResponseHeader_1(o: ResponseHeader) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ResponseHeader._READERS = (
    _r_ResponseHeader_0,
    _r_ResponseHeader_1,
)
ResponseHeader._WRITERS = (
    _w_ResponseHeader_0,
    _w_ResponseHeader_1,
)
ResponseHeader._SIZERS = (
    _s_ResponseHeader_0,
    _s_ResponseHeader_1,
)
bind_readers(ResponseHeader, "response_header", "16a3788424da9383", (ResponseHeader,))
