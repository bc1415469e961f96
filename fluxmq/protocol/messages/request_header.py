# generated from Kafka 4.4.0 by codegen — do not edit
"""RequestHeader: Kafka header, versions 1-2."""

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
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import INT16, Buffer

__all__ = [
    "RequestHeader",
]

_F0 = PackStruct(">hhi")


class RequestHeader(_Message):
    NAME: ClassVar[str] = "RequestHeader"
    TYPE: ClassVar[str] = "header"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "request_api_key",
            "RequestApiKey",
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
            "request_api_version",
            "RequestApiVersion",
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
        FieldInfo(
            "client_id",
            "ClientId",
            "string",
            False,
            (1, 32767),
            (1, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    request_api_key: int = 0
    request_api_version: int = 0
    correlation_id: int = 0
    client_id: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


def _r_RequestHeader_0(buf: memoryview, pos: int) -> tuple[RequestHeader, int]:
    end = len(buf)
    try:
        (
            f_request_api_key,
            f_request_api_version,
            f_correlation_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_client_id: str | None = None
        elif n > end - pos:
            raise bad_length("RequestHeader.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            RequestHeader(
                f_request_api_key, f_request_api_version, f_correlation_id, f_client_id, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("RequestHeader v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RequestHeader v1", pos) from None


def _w_RequestHeader_0(o: RequestHeader, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.request_api_key, o.request_api_version, o.correlation_id))
    v_client_id = o.client_id
    if v_client_id is None:
        a(b"\xff\xff")
    else:
        b = v_client_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_RequestHeader_0(o: RequestHeader) -> int:
    n = 8
    v_client_id = o.client_id
    if v_client_id is None:
        n += 2
    else:
        k = utf8_len(v_client_id)
        n += 2
        n += k
    return n


def _r_RequestHeader_1(buf: memoryview, pos: int) -> tuple[RequestHeader, int]:
    end = len(buf)
    try:
        (
            f_request_api_key,
            f_request_api_version,
            f_correlation_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_client_id: str | None = None
        elif n > end - pos:
            raise bad_length("RequestHeader.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            RequestHeader(
                f_request_api_key, f_request_api_version, f_correlation_id, f_client_id, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("RequestHeader v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RequestHeader v2", pos) from None


def _w_RequestHeader_1(o: RequestHeader, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.request_api_key, o.request_api_version, o.correlation_id))
    v_client_id = o.client_id
    if v_client_id is None:
        a(b"\xff\xff")
    else:
        b = v_client_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_RequestHeader_1(o: RequestHeader) -> int:
    n = 8
    v_client_id = o.client_id
    if v_client_id is None:
        n += 2
    else:
        k = utf8_len(v_client_id)
        n += 2
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


RequestHeader._READERS = (
    None,
    _r_RequestHeader_0,
    _r_RequestHeader_1,
)
RequestHeader._WRITERS = (
    None,
    _w_RequestHeader_0,
    _w_RequestHeader_1,
)
RequestHeader._SIZERS = (
    None,
    _s_RequestHeader_0,
    _s_RequestHeader_1,
)
bind_readers(RequestHeader, "request_header", "2c5312575b63c996", (RequestHeader,))
