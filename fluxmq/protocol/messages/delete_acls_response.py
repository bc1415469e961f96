# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteAclsResponse: Kafka response (key 31), versions 1-3."""

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
    "DeleteAclsMatchingAcl",
    "DeleteAclsFilterResult",
    "DeleteAclsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">b")
_F3 = PackStruct(">bb")


class DeleteAclsMatchingAcl(_StructBase):
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
        FieldInfo(
            "pattern_type",
            "PatternType",
            "int8",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "principal",
            "Principal",
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
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "operation",
            "Operation",
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
            "permission_type",
            "PermissionType",
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
    )
    error_code: int = 0
    error_message: str | None = ""
    resource_type: int = 0
    resource_name: str = ""
    pattern_type: int = 3
    principal: str = ""
    host: str = ""
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DeleteAclsFilterResult(_StructBase):
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
            "matching_acls",
            "MatchingAcls",
            "DeleteAclsMatchingAcl",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteAclsMatchingAcl,
            False,
        ),
    )
    error_code: int = 0
    error_message: str | None = ""
    matching_acls: Sequence[DeleteAclsMatchingAcl] = ()
    unknown_tags: dict[int, bytes] | None = None


class DeleteAclsResponse(_Message):
    NAME: ClassVar[str] = "DeleteAclsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 31
    MIN_VERSION: ClassVar[int] = 1
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
            "filter_results",
            "FilterResults",
            "DeleteAclsFilterResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeleteAclsFilterResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    filter_results: Sequence[DeleteAclsFilterResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteAclsResponse_0(buf: memoryview, pos: int) -> tuple[DeleteAclsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteAclsResponse.FilterResults", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsResponse.FilterResults", n, pos, end - pos)
        else:
            items_filter_results: list[DeleteAclsFilterResult] = []
            append_filter_results = items_filter_results.append
            for _ in range(n):
                x_filter_results, pos = _r_DeleteAclsFilterResult_0(buf, pos)
                append_filter_results(x_filter_results)
            f_filter_results: tuple[DeleteAclsFilterResult, ...] = tuple(items_filter_results)
        return DeleteAclsResponse(f_throttle_time_ms, f_filter_results, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsResponse v1", pos) from None


def _w_DeleteAclsResponse_0(o: DeleteAclsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_filter_results = o.filter_results
    a(INT32.pack(len(v_filter_results)))
    w_filter_results = _w_DeleteAclsFilterResult_0
    for x_filter_results in v_filter_results:
        w_filter_results(x_filter_results, out)


def _s_DeleteAclsResponse_0(o: DeleteAclsResponse) -> int:
    n = 4
    v_filter_results = o.filter_results
    n += 4
    sz_filter_results = _s_DeleteAclsFilterResult_0
    for x_filter_results in v_filter_results:
        n += sz_filter_results(x_filter_results)
    return n


def _r_DeleteAclsResponse_1(buf: memoryview, pos: int) -> tuple[DeleteAclsResponse, int]:
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
            raise null_not_allowed("DeleteAclsResponse.FilterResults", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsResponse.FilterResults", n, pos, end - pos)
        else:
            items_filter_results: list[DeleteAclsFilterResult] = []
            append_filter_results = items_filter_results.append
            for _ in range(n):
                x_filter_results, pos = _r_DeleteAclsFilterResult_1(buf, pos)
                append_filter_results(x_filter_results)
            f_filter_results: tuple[DeleteAclsFilterResult, ...] = tuple(items_filter_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteAclsResponse(f_throttle_time_ms, f_filter_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsResponse v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsResponse v2-3", pos) from None


def _w_DeleteAclsResponse_1(o: DeleteAclsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_filter_results = o.filter_results
    n = len(v_filter_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_filter_results = _w_DeleteAclsFilterResult_1
    for x_filter_results in v_filter_results:
        w_filter_results(x_filter_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteAclsResponse_1(o: DeleteAclsResponse) -> int:
    n = 4
    v_filter_results = o.filter_results
    n += uvarint_size(len(v_filter_results) + 1)
    sz_filter_results = _s_DeleteAclsFilterResult_1
    for x_filter_results in v_filter_results:
        n += sz_filter_results(x_filter_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteAclsFilterResult_0(buf: memoryview, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsFilterResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteAclsFilterResult.MatchingAcls", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsFilterResult.MatchingAcls", n, pos, end - pos)
        else:
            items_matching_acls: list[DeleteAclsMatchingAcl] = []
            append_matching_acls = items_matching_acls.append
            for _ in range(n):
                x_matching_acls, pos = _r_DeleteAclsMatchingAcl_0(buf, pos)
                append_matching_acls(x_matching_acls)
            f_matching_acls: tuple[DeleteAclsMatchingAcl, ...] = tuple(items_matching_acls)
        return DeleteAclsFilterResult(f_error_code, f_error_message, f_matching_acls, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsFilterResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsFilterResult v1", pos) from None


def _w_DeleteAclsFilterResult_0(o: DeleteAclsFilterResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_matching_acls = o.matching_acls
    a(INT32.pack(len(v_matching_acls)))
    w_matching_acls = _w_DeleteAclsMatchingAcl_0
    for x_matching_acls in v_matching_acls:
        w_matching_acls(x_matching_acls, out)


def _s_DeleteAclsFilterResult_0(o: DeleteAclsFilterResult) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_matching_acls = o.matching_acls
    n += 4
    sz_matching_acls = _s_DeleteAclsMatchingAcl_0
    for x_matching_acls in v_matching_acls:
        n += sz_matching_acls(x_matching_acls)
    return n


def _r_DeleteAclsFilterResult_1(buf: memoryview, pos: int) -> tuple[DeleteAclsFilterResult, int]:
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
            raise bad_length("DeleteAclsFilterResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise null_not_allowed("DeleteAclsFilterResult.MatchingAcls", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsFilterResult.MatchingAcls", n, pos, end - pos)
        else:
            items_matching_acls: list[DeleteAclsMatchingAcl] = []
            append_matching_acls = items_matching_acls.append
            for _ in range(n):
                x_matching_acls, pos = _r_DeleteAclsMatchingAcl_1(buf, pos)
                append_matching_acls(x_matching_acls)
            f_matching_acls: tuple[DeleteAclsMatchingAcl, ...] = tuple(items_matching_acls)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteAclsFilterResult(f_error_code, f_error_message, f_matching_acls, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteAclsFilterResult v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsFilterResult v2-3", pos) from None


def _w_DeleteAclsFilterResult_1(o: DeleteAclsFilterResult, out: list[Buffer]) -> None:
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
    v_matching_acls = o.matching_acls
    n = len(v_matching_acls) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_matching_acls = _w_DeleteAclsMatchingAcl_1
    for x_matching_acls in v_matching_acls:
        w_matching_acls(x_matching_acls, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteAclsFilterResult_1(o: DeleteAclsFilterResult) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_matching_acls = o.matching_acls
    n += uvarint_size(len(v_matching_acls) + 1)
    sz_matching_acls = _s_DeleteAclsMatchingAcl_1
    for x_matching_acls in v_matching_acls:
        n += sz_matching_acls(x_matching_acls)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteAclsMatchingAcl_0(buf: memoryview, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeleteAclsMatchingAcl.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeleteAclsMatchingAcl.Principal", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.Principal", n, pos, end - pos)
        else:
            f_principal = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeleteAclsMatchingAcl.Host", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F3.unpack_from(buf, pos)
        pos += 2
        return (
            DeleteAclsMatchingAcl(
                f_error_code,
                f_error_message,
                f_resource_type,
                f_resource_name,
                f_pattern_type,
                f_principal,
                f_host,
                f_operation,
                f_permission_type,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteAclsMatchingAcl v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsMatchingAcl v1", pos) from None


def _w_DeleteAclsMatchingAcl_0(o: DeleteAclsMatchingAcl, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.pattern_type))
    v_principal = o.principal
    b = v_principal.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F3.pack(o.operation, o.permission_type))


def _s_DeleteAclsMatchingAcl_0(o: DeleteAclsMatchingAcl) -> int:
    n = 6
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
    v_principal = o.principal
    k = utf8_len(v_principal)
    n += 2
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += 2
    n += k
    return n


def _r_DeleteAclsMatchingAcl_1(buf: memoryview, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
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
            raise bad_length("DeleteAclsMatchingAcl.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DeleteAclsMatchingAcl.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_pattern_type,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DeleteAclsMatchingAcl.Principal", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.Principal", n, pos, end - pos)
        else:
            f_principal = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise null_not_allowed("DeleteAclsMatchingAcl.Host", pos)
        elif n > end - pos:
            raise bad_length("DeleteAclsMatchingAcl.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_operation,
            f_permission_type,
        ) = _F3.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DeleteAclsMatchingAcl(
                f_error_code,
                f_error_message,
                f_resource_type,
                f_resource_name,
                f_pattern_type,
                f_principal,
                f_host,
                f_operation,
                f_permission_type,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DeleteAclsMatchingAcl v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteAclsMatchingAcl v2-3", pos) from None


def _w_DeleteAclsMatchingAcl_1(o: DeleteAclsMatchingAcl, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.pattern_type))
    v_principal = o.principal
    b = v_principal.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.operation, o.permission_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteAclsMatchingAcl_1(o: DeleteAclsMatchingAcl) -> int:
    n = 6
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
    v_principal = o.principal
    k = utf8_len(v_principal)
    n += uvarint_size(k + 1)
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteAclsResponse._READERS = (
    None,
    _r_DeleteAclsResponse_0,
    _r_DeleteAclsResponse_1,
    _r_DeleteAclsResponse_1,
)
DeleteAclsResponse._WRITERS = (
    None,
    _w_DeleteAclsResponse_0,
    _w_DeleteAclsResponse_1,
    _w_DeleteAclsResponse_1,
)
DeleteAclsResponse._SIZERS = (
    None,
    _s_DeleteAclsResponse_0,
    _s_DeleteAclsResponse_1,
    _s_DeleteAclsResponse_1,
)
bind_readers(
    DeleteAclsResponse,
    "delete_acls_response",
    "c0a3cf1fa16cd321",
    (
        DeleteAclsMatchingAcl,
        DeleteAclsFilterResult,
        DeleteAclsResponse,
    ),
)
