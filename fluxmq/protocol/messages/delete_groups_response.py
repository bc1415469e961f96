# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteGroupsResponse: Kafka response (key 42), versions 0-3."""

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
    "DeletableGroupResult",
    "DeleteGroupsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")


class DeletableGroupResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
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
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    group_id: str = ""
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class DeleteGroupsResponse(_Message):
    NAME: ClassVar[str] = "DeleteGroupsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 42
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
            "DeletableGroupResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeletableGroupResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    results: Sequence[DeletableGroupResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteGroupsResponse_0(buf: memoryview, pos: int) -> tuple[DeleteGroupsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteGroupsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DeleteGroupsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DeletableGroupResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DeletableGroupResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[DeletableGroupResult, ...] = tuple(items_results)
        return DeleteGroupsResponse(f_throttle_time_ms, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteGroupsResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteGroupsResponse v0-1", pos) from None


def _w_DeleteGroupsResponse_0(o: DeleteGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_DeletableGroupResult_0
    for x_results in v_results:
        w_results(x_results, out)


def _s_DeleteGroupsResponse_0(o: DeleteGroupsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_DeletableGroupResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_DeleteGroupsResponse_1(buf: memoryview, pos: int) -> tuple[DeleteGroupsResponse, int]:
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
            raise null_not_allowed("DeleteGroupsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DeleteGroupsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DeletableGroupResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DeletableGroupResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[DeletableGroupResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteGroupsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteGroupsResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteGroupsResponse v2", pos) from None


def _w_DeleteGroupsResponse_1(o: DeleteGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DeletableGroupResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteGroupsResponse_1(o: DeleteGroupsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DeletableGroupResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteGroupsResponse_2(buf: memoryview, pos: int) -> tuple[DeleteGroupsResponse, int]:
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
            raise null_not_allowed("DeleteGroupsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DeleteGroupsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DeletableGroupResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DeletableGroupResult_2(buf, pos)
                append_results(x_results)
            f_results: tuple[DeletableGroupResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteGroupsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteGroupsResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteGroupsResponse v3", pos) from None


def _w_DeleteGroupsResponse_2(o: DeleteGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DeletableGroupResult_2
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteGroupsResponse_2(o: DeleteGroupsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DeletableGroupResult_2
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeletableGroupResult_0(buf: memoryview, pos: int) -> tuple[DeletableGroupResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeletableGroupResult.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DeletableGroupResult.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        return DeletableGroupResult(f_group_id, f_error_code, None, None), pos
    except (StructError, IndexError):
        raise truncated("DeletableGroupResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableGroupResult v0-1", pos) from None


def _w_DeletableGroupResult_0(o: DeletableGroupResult, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.error_code))


def _s_DeletableGroupResult_0(o: DeletableGroupResult) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    return n


def _r_DeletableGroupResult_1(buf: memoryview, pos: int) -> tuple[DeletableGroupResult, int]:
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
            raise null_not_allowed("DeletableGroupResult.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DeletableGroupResult.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeletableGroupResult(f_group_id, f_error_code, None, tags), pos
    except (StructError, IndexError):
        raise truncated("DeletableGroupResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableGroupResult v2", pos) from None


def _w_DeletableGroupResult_1(o: DeletableGroupResult, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeletableGroupResult_1(o: DeletableGroupResult) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeletableGroupResult_2(buf: memoryview, pos: int) -> tuple[DeletableGroupResult, int]:
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
            raise null_not_allowed("DeletableGroupResult.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DeletableGroupResult.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise bad_length("DeletableGroupResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeletableGroupResult(f_group_id, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("DeletableGroupResult v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableGroupResult v3", pos) from None


def _w_DeletableGroupResult_2(o: DeletableGroupResult, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
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


def _s_DeletableGroupResult_2(o: DeletableGroupResult) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
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


DeleteGroupsResponse._READERS = (
    _r_DeleteGroupsResponse_0,
    _r_DeleteGroupsResponse_0,
    _r_DeleteGroupsResponse_1,
    _r_DeleteGroupsResponse_2,
)
DeleteGroupsResponse._WRITERS = (
    _w_DeleteGroupsResponse_0,
    _w_DeleteGroupsResponse_0,
    _w_DeleteGroupsResponse_1,
    _w_DeleteGroupsResponse_2,
)
DeleteGroupsResponse._SIZERS = (
    _s_DeleteGroupsResponse_0,
    _s_DeleteGroupsResponse_0,
    _s_DeleteGroupsResponse_1,
    _s_DeleteGroupsResponse_2,
)
bind_readers(
    DeleteGroupsResponse,
    "delete_groups_response",
    "9956a7d598718017",
    (
        DeletableGroupResult,
        DeleteGroupsResponse,
    ),
)
