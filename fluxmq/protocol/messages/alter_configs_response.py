# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterConfigsResponse: Kafka response (key 33), versions 0-2."""

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
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "AlterConfigsResourceResponse",
    "AlterConfigsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">b")


class AlterConfigsResourceResponse(_StructBase):
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
            "error_message",
            "ErrorMessage",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "resource_type",
            "ResourceType",
            "int8",
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
            "resource_name",
            "ResourceName",
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
    error_code: int = 0
    error_message: str | None = ""
    resource_type: int = 0
    resource_name: str = ""
    unknown_tags: dict[int, bytes] | None = None


class AlterConfigsResponse(_Message):
    NAME: ClassVar[str] = "AlterConfigsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 33
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
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
            "responses",
            "Responses",
            "AlterConfigsResourceResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterConfigsResourceResponse,
            False,
        ),
    )
    throttle_time_ms: int = 0
    responses: Sequence[AlterConfigsResourceResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterConfigsResponse_0(buf: memoryview, pos: int) -> tuple[AlterConfigsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterConfigsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[AlterConfigsResourceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_AlterConfigsResourceResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[AlterConfigsResourceResponse, ...] = tuple(items_responses)
        return AlterConfigsResponse(f_throttle_time_ms, f_responses, None), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResponse v0-1", pos) from None


def _w_AlterConfigsResponse_0(o: AlterConfigsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_AlterConfigsResourceResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_AlterConfigsResponse_0(o: AlterConfigsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_AlterConfigsResourceResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_AlterConfigsResponse_1(buf: memoryview, pos: int) -> tuple[AlterConfigsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("AlterConfigsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[AlterConfigsResourceResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_AlterConfigsResourceResponse_1(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[AlterConfigsResourceResponse, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterConfigsResponse(f_throttle_time_ms, f_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResponse v2", pos) from None


def _w_AlterConfigsResponse_1(o: AlterConfigsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_AlterConfigsResourceResponse_1
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterConfigsResponse_1(o: AlterConfigsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_AlterConfigsResourceResponse_1
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterConfigsResourceResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterConfigsResourceResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("AlterConfigsResourceResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterConfigsResourceResponse.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResourceResponse.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            AlterConfigsResourceResponse(
                f_error_code, f_error_message, f_resource_type, f_resource_name, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterConfigsResourceResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResourceResponse v0-1", pos) from None


def _w_AlterConfigsResourceResponse_0(o: AlterConfigsResourceResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_AlterConfigsResourceResponse_0(o: AlterConfigsResourceResponse) -> int:
    n = 3
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += 2
    n += k
    return n


def _r_AlterConfigsResourceResponse_1(
    buf: memoryview, pos: int
) -> tuple[AlterConfigsResourceResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("AlterConfigsResourceResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
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
            raise null_not_allowed("AlterConfigsResourceResponse.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResourceResponse.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterConfigsResourceResponse(
                f_error_code, f_error_message, f_resource_type, f_resource_name, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterConfigsResourceResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResourceResponse v2", pos) from None


def _w_AlterConfigsResourceResponse_1(o: AlterConfigsResourceResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterConfigsResourceResponse_1(o: AlterConfigsResourceResponse) -> int:
    n = 3
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterConfigsResponse._READERS = (
    _r_AlterConfigsResponse_0,
    _r_AlterConfigsResponse_0,
    _r_AlterConfigsResponse_1,
)
AlterConfigsResponse._WRITERS = (
    _w_AlterConfigsResponse_0,
    _w_AlterConfigsResponse_0,
    _w_AlterConfigsResponse_1,
)
AlterConfigsResponse._SIZERS = (
    _s_AlterConfigsResponse_0,
    _s_AlterConfigsResponse_0,
    _s_AlterConfigsResponse_1,
)
bind_readers(
    AlterConfigsResponse,
    "alter_configs_response",
    "89e4bcc97f8cfddb",
    (
        AlterConfigsResourceResponse,
        AlterConfigsResponse,
    ),
)
