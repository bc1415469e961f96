# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeConfigsResponse: Kafka response (key 32), versions 1-4."""

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
    "DescribeConfigsSynonym",
    "DescribeConfigsResourceResult",
    "DescribeConfigsResult",
    "DescribeConfigsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">b")
_F3 = PackStruct(">?b?")


class DescribeConfigsSynonym(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (1, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value",
            "Value",
            "string",
            False,
            (1, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "source", "Source", "int8", False, (1, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    name: str = ""
    value: str | None = ""
    source: int = 0
    unknown_tags: dict[int, bytes] | None = None


class DescribeConfigsResourceResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value",
            "Value",
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
            "read_only",
            "ReadOnly",
            "bool",
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
            "config_source",
            "ConfigSource",
            "int8",
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
            "is_sensitive",
            "IsSensitive",
            "bool",
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
            "synonyms",
            "Synonyms",
            "DescribeConfigsSynonym",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            DescribeConfigsSynonym,
            False,
        ),
        FieldInfo(
            "config_type",
            "ConfigType",
            "int8",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "documentation",
            "Documentation",
            "string",
            False,
            (3, 32767),
            (0, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    name: str = ""
    value: str | None = ""
    read_only: bool = False
    config_source: int = -1
    is_sensitive: bool = False
    synonyms: Sequence[DescribeConfigsSynonym] = ()
    config_type: int = 0
    documentation: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class DescribeConfigsResult(_StructBase):
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
            "configs",
            "Configs",
            "DescribeConfigsResourceResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeConfigsResourceResult,
            False,
        ),
    )
    error_code: int = 0
    error_message: str | None = ""
    resource_type: int = 0
    resource_name: str = ""
    configs: Sequence[DescribeConfigsResourceResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeConfigsResponse(_Message):
    NAME: ClassVar[str] = "DescribeConfigsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 32
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
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
            "DescribeConfigsResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeConfigsResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    results: Sequence[DescribeConfigsResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeConfigsResponse_0(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeConfigsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeConfigsResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeConfigsResult, ...] = tuple(items_results)
        return DescribeConfigsResponse(f_throttle_time_ms, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResponse v1-2", pos) from None


def _w_DescribeConfigsResponse_0(o: DescribeConfigsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_DescribeConfigsResult_0
    for x_results in v_results:
        w_results(x_results, out)


def _s_DescribeConfigsResponse_0(o: DescribeConfigsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_DescribeConfigsResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_DescribeConfigsResponse_1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeConfigsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeConfigsResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeConfigsResult, ...] = tuple(items_results)
        return DescribeConfigsResponse(f_throttle_time_ms, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResponse v3", pos) from None


def _w_DescribeConfigsResponse_1(o: DescribeConfigsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_DescribeConfigsResult_1
    for x_results in v_results:
        w_results(x_results, out)


def _s_DescribeConfigsResponse_1(o: DescribeConfigsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_DescribeConfigsResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_DescribeConfigsResponse_2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
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
            raise null_not_allowed("DescribeConfigsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeConfigsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeConfigsResult_2(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeConfigsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeConfigsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResponse v4", pos) from None


def _w_DescribeConfigsResponse_2(o: DescribeConfigsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeConfigsResult_2
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsResponse_2(o: DescribeConfigsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeConfigsResult_2
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeConfigsResult_0(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsResult.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResult.Configs", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.Configs", n, pos, end - pos)
        else:
            items_configs: list[DescribeConfigsResourceResult] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_DescribeConfigsResourceResult_0(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[DescribeConfigsResourceResult, ...] = tuple(items_configs)
        return (
            DescribeConfigsResult(
                f_error_code, f_error_message, f_resource_type, f_resource_name, f_configs, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResult v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResult v1-2", pos) from None


def _w_DescribeConfigsResult_0(o: DescribeConfigsResult, out: list[Buffer]) -> None:
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
    v_configs = o.configs
    a(INT32.pack(len(v_configs)))
    w_configs = _w_DescribeConfigsResourceResult_0
    for x_configs in v_configs:
        w_configs(x_configs, out)


def _s_DescribeConfigsResult_0(o: DescribeConfigsResult) -> int:
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
    v_configs = o.configs
    n += 4
    sz_configs = _s_DescribeConfigsResourceResult_0
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    return n


def _r_DescribeConfigsResult_1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsResult.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResult.Configs", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.Configs", n, pos, end - pos)
        else:
            items_configs: list[DescribeConfigsResourceResult] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_DescribeConfigsResourceResult_1(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[DescribeConfigsResourceResult, ...] = tuple(items_configs)
        return (
            DescribeConfigsResult(
                f_error_code, f_error_message, f_resource_type, f_resource_name, f_configs, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResult v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResult v3", pos) from None


def _w_DescribeConfigsResult_1(o: DescribeConfigsResult, out: list[Buffer]) -> None:
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
    v_configs = o.configs
    a(INT32.pack(len(v_configs)))
    w_configs = _w_DescribeConfigsResourceResult_1
    for x_configs in v_configs:
        w_configs(x_configs, out)


def _s_DescribeConfigsResult_1(o: DescribeConfigsResult) -> int:
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
    v_configs = o.configs
    n += 4
    sz_configs = _s_DescribeConfigsResourceResult_1
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    return n


def _r_DescribeConfigsResult_2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
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
            raise bad_length("DescribeConfigsResult.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribeConfigsResult.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeConfigsResult.Configs", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResult.Configs", n, pos, end - pos)
        else:
            items_configs: list[DescribeConfigsResourceResult] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_DescribeConfigsResourceResult_2(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[DescribeConfigsResourceResult, ...] = tuple(items_configs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeConfigsResult(
                f_error_code, f_error_message, f_resource_type, f_resource_name, f_configs, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResult v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResult v4", pos) from None


def _w_DescribeConfigsResult_2(o: DescribeConfigsResult, out: list[Buffer]) -> None:
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
    v_configs = o.configs
    n = len(v_configs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_configs = _w_DescribeConfigsResourceResult_2
    for x_configs in v_configs:
        w_configs(x_configs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsResult_2(o: DescribeConfigsResult) -> int:
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
    v_configs = o.configs
    n += uvarint_size(len(v_configs) + 1)
    sz_configs = _s_DescribeConfigsResourceResult_2
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeConfigsResourceResult_0(
    buf: memoryview, pos: int
) -> tuple[DescribeConfigsResourceResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsResourceResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_read_only,
            f_config_source,
            f_is_sensitive,
        ) = _F3.unpack_from(buf, pos)
        pos += 3
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResourceResult.Synonyms", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Synonyms", n, pos, end - pos)
        else:
            items_synonyms: list[DescribeConfigsSynonym] = []
            append_synonyms = items_synonyms.append
            for _ in range(n):
                x_synonyms, pos = _r_DescribeConfigsSynonym_0(buf, pos)
                append_synonyms(x_synonyms)
            f_synonyms: tuple[DescribeConfigsSynonym, ...] = tuple(items_synonyms)
        return (
            DescribeConfigsResourceResult(
                f_name,
                f_value,
                f_read_only,
                f_config_source,
                f_is_sensitive,
                f_synonyms,
                0,
                "",
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResourceResult v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResourceResult v1-2", pos) from None


def _w_DescribeConfigsResourceResult_0(o: DescribeConfigsResourceResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\xff\xff")
    else:
        b = v_value.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F3.pack(o.read_only, o.config_source, o.is_sensitive))
    v_synonyms = o.synonyms
    a(INT32.pack(len(v_synonyms)))
    w_synonyms = _w_DescribeConfigsSynonym_0
    for x_synonyms in v_synonyms:
        w_synonyms(x_synonyms, out)


def _s_DescribeConfigsResourceResult_0(o: DescribeConfigsResourceResult) -> int:
    n = 3
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_value = o.value
    if v_value is None:
        n += 2
    else:
        k = utf8_len(v_value)
        n += 2
        n += k
    v_synonyms = o.synonyms
    n += 4
    sz_synonyms = _s_DescribeConfigsSynonym_0
    for x_synonyms in v_synonyms:
        n += sz_synonyms(x_synonyms)
    return n


def _r_DescribeConfigsResourceResult_1(
    buf: memoryview, pos: int
) -> tuple[DescribeConfigsResourceResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsResourceResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_read_only,
            f_config_source,
            f_is_sensitive,
        ) = _F3.unpack_from(buf, pos)
        pos += 3
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsResourceResult.Synonyms", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Synonyms", n, pos, end - pos)
        else:
            items_synonyms: list[DescribeConfigsSynonym] = []
            append_synonyms = items_synonyms.append
            for _ in range(n):
                x_synonyms, pos = _r_DescribeConfigsSynonym_0(buf, pos)
                append_synonyms(x_synonyms)
            f_synonyms: tuple[DescribeConfigsSynonym, ...] = tuple(items_synonyms)
        (f_config_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_documentation: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Documentation", n, pos, end - pos)
        else:
            f_documentation = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            DescribeConfigsResourceResult(
                f_name,
                f_value,
                f_read_only,
                f_config_source,
                f_is_sensitive,
                f_synonyms,
                f_config_type,
                f_documentation,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResourceResult v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResourceResult v3", pos) from None


def _w_DescribeConfigsResourceResult_1(o: DescribeConfigsResourceResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\xff\xff")
    else:
        b = v_value.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F3.pack(o.read_only, o.config_source, o.is_sensitive))
    v_synonyms = o.synonyms
    a(INT32.pack(len(v_synonyms)))
    w_synonyms = _w_DescribeConfigsSynonym_0
    for x_synonyms in v_synonyms:
        w_synonyms(x_synonyms, out)
    a(_F2.pack(o.config_type))
    v_documentation = o.documentation
    if v_documentation is None:
        a(b"\xff\xff")
    else:
        b = v_documentation.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_DescribeConfigsResourceResult_1(o: DescribeConfigsResourceResult) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_value = o.value
    if v_value is None:
        n += 2
    else:
        k = utf8_len(v_value)
        n += 2
        n += k
    v_synonyms = o.synonyms
    n += 4
    sz_synonyms = _s_DescribeConfigsSynonym_0
    for x_synonyms in v_synonyms:
        n += sz_synonyms(x_synonyms)
    v_documentation = o.documentation
    if v_documentation is None:
        n += 2
    else:
        k = utf8_len(v_documentation)
        n += 2
        n += k
    return n


def _r_DescribeConfigsResourceResult_2(
    buf: memoryview, pos: int
) -> tuple[DescribeConfigsResourceResult, int]:
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
            raise null_not_allowed("DescribeConfigsResourceResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_read_only,
            f_config_source,
            f_is_sensitive,
        ) = _F3.unpack_from(buf, pos)
        pos += 3
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
            raise null_not_allowed("DescribeConfigsResourceResult.Synonyms", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Synonyms", n, pos, end - pos)
        else:
            items_synonyms: list[DescribeConfigsSynonym] = []
            append_synonyms = items_synonyms.append
            for _ in range(n):
                x_synonyms, pos = _r_DescribeConfigsSynonym_1(buf, pos)
                append_synonyms(x_synonyms)
            f_synonyms: tuple[DescribeConfigsSynonym, ...] = tuple(items_synonyms)
        (f_config_type,) = _F2.unpack_from(buf, pos)
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
            f_documentation: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResourceResult.Documentation", n, pos, end - pos)
        else:
            f_documentation = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeConfigsResourceResult(
                f_name,
                f_value,
                f_read_only,
                f_config_source,
                f_is_sensitive,
                f_synonyms,
                f_config_type,
                f_documentation,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResourceResult v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResourceResult v4", pos) from None


def _w_DescribeConfigsResourceResult_2(o: DescribeConfigsResourceResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\x00")
    else:
        b = v_value.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F3.pack(o.read_only, o.config_source, o.is_sensitive))
    v_synonyms = o.synonyms
    n = len(v_synonyms) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_synonyms = _w_DescribeConfigsSynonym_1
    for x_synonyms in v_synonyms:
        w_synonyms(x_synonyms, out)
    a(_F2.pack(o.config_type))
    v_documentation = o.documentation
    if v_documentation is None:
        a(b"\x00")
    else:
        b = v_documentation.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsResourceResult_2(o: DescribeConfigsResourceResult) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    if v_value is None:
        n += 1
    else:
        k = utf8_len(v_value)
        n += uvarint_size(k + 1)
        n += k
    v_synonyms = o.synonyms
    n += uvarint_size(len(v_synonyms) + 1)
    sz_synonyms = _s_DescribeConfigsSynonym_1
    for x_synonyms in v_synonyms:
        n += sz_synonyms(x_synonyms)
    v_documentation = o.documentation
    if v_documentation is None:
        n += 1
    else:
        k = utf8_len(v_documentation)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeConfigsSynonym_0(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsSynonym.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsSynonym.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsSynonym.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_source,) = _F2.unpack_from(buf, pos)
        pos += 1
        return DescribeConfigsSynonym(f_name, f_value, f_source, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsSynonym v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsSynonym v1-3", pos) from None


def _w_DescribeConfigsSynonym_0(o: DescribeConfigsSynonym, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\xff\xff")
    else:
        b = v_value.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F2.pack(o.source))


def _s_DescribeConfigsSynonym_0(o: DescribeConfigsSynonym) -> int:
    n = 1
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_value = o.value
    if v_value is None:
        n += 2
    else:
        k = utf8_len(v_value)
        n += 2
        n += k
    return n


def _r_DescribeConfigsSynonym_1(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
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
            raise null_not_allowed("DescribeConfigsSynonym.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsSynonym.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsSynonym.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_source,) = _F2.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeConfigsSynonym(f_name, f_value, f_source, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsSynonym v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsSynonym v4", pos) from None


def _w_DescribeConfigsSynonym_1(o: DescribeConfigsSynonym, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    if v_value is None:
        a(b"\x00")
    else:
        b = v_value.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.source))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsSynonym_1(o: DescribeConfigsSynonym) -> int:
    n = 1
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    if v_value is None:
        n += 1
    else:
        k = utf8_len(v_value)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeConfigsResponse._READERS = (
    None,
    _r_DescribeConfigsResponse_0,
    _r_DescribeConfigsResponse_0,
    _r_DescribeConfigsResponse_1,
    _r_DescribeConfigsResponse_2,
)
DescribeConfigsResponse._WRITERS = (
    None,
    _w_DescribeConfigsResponse_0,
    _w_DescribeConfigsResponse_0,
    _w_DescribeConfigsResponse_1,
    _w_DescribeConfigsResponse_2,
)
DescribeConfigsResponse._SIZERS = (
    None,
    _s_DescribeConfigsResponse_0,
    _s_DescribeConfigsResponse_0,
    _s_DescribeConfigsResponse_1,
    _s_DescribeConfigsResponse_2,
)
bind_readers(
    DescribeConfigsResponse,
    "describe_configs_response",
    "9671e4a22eb4e01c",
    (
        DescribeConfigsSynonym,
        DescribeConfigsResourceResult,
        DescribeConfigsResult,
        DescribeConfigsResponse,
    ),
)
