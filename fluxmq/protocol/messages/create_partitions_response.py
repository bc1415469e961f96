# generated from Kafka 4.4.0 by codegen — do not edit
"""CreatePartitionsResponse: Kafka response (key 37), versions 0-3."""

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
    "CreatePartitionsTopicResult",
    "CreatePartitionsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")


class CreatePartitionsTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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
    )
    name: str = ""
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class CreatePartitionsResponse(_Message):
    NAME: ClassVar[str] = "CreatePartitionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
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
            "results",
            "Results",
            "CreatePartitionsTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CreatePartitionsTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    results: Sequence[CreatePartitionsTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_CreatePartitionsResponse_0(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("CreatePartitionsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[CreatePartitionsTopicResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_CreatePartitionsTopicResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[CreatePartitionsTopicResult, ...] = tuple(items_results)
        return CreatePartitionsResponse(f_throttle_time_ms, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsResponse v0-1", pos) from None


def _w_CreatePartitionsResponse_0(o: CreatePartitionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_CreatePartitionsTopicResult_0
    for x_results in v_results:
        w_results(x_results, out)


def _s_CreatePartitionsResponse_0(o: CreatePartitionsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_CreatePartitionsTopicResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_CreatePartitionsResponse_1(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsResponse, int]:
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
            raise null_not_allowed("CreatePartitionsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[CreatePartitionsTopicResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_CreatePartitionsTopicResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[CreatePartitionsTopicResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatePartitionsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsResponse v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsResponse v2-3", pos) from None


def _w_CreatePartitionsResponse_1(o: CreatePartitionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_CreatePartitionsTopicResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatePartitionsResponse_1(o: CreatePartitionsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_CreatePartitionsTopicResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CreatePartitionsTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("CreatePartitionsTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        return CreatePartitionsTopicResult(f_name, f_error_code, f_error_message, None), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsTopicResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsTopicResult v0-1", pos) from None


def _w_CreatePartitionsTopicResult_0(o: CreatePartitionsTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_CreatePartitionsTopicResult_0(o: CreatePartitionsTopicResult) -> int:
    n = 2
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    return n


def _r_CreatePartitionsTopicResult_1(
    buf: memoryview, pos: int
) -> tuple[CreatePartitionsTopicResult, int]:
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
            raise null_not_allowed("CreatePartitionsTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("CreatePartitionsTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise bad_length("CreatePartitionsTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return CreatePartitionsTopicResult(f_name, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("CreatePartitionsTopicResult v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CreatePartitionsTopicResult v2-3", pos) from None


def _w_CreatePartitionsTopicResult_1(o: CreatePartitionsTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CreatePartitionsTopicResult_1(o: CreatePartitionsTopicResult) -> int:
    n = 2
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


CreatePartitionsResponse._READERS = (
    _r_CreatePartitionsResponse_0,
    _r_CreatePartitionsResponse_0,
    _r_CreatePartitionsResponse_1,
    _r_CreatePartitionsResponse_1,
)
CreatePartitionsResponse._WRITERS = (
    _w_CreatePartitionsResponse_0,
    _w_CreatePartitionsResponse_0,
    _w_CreatePartitionsResponse_1,
    _w_CreatePartitionsResponse_1,
)
CreatePartitionsResponse._SIZERS = (
    _s_CreatePartitionsResponse_0,
    _s_CreatePartitionsResponse_0,
    _s_CreatePartitionsResponse_1,
    _s_CreatePartitionsResponse_1,
)
bind_readers(
    CreatePartitionsResponse,
    "create_partitions_response",
    "87df2205c4fc1e7e",
    (
        CreatePartitionsTopicResult,
        CreatePartitionsResponse,
    ),
)
