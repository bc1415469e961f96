# generated from Kafka 4.4.0 by codegen — do not edit
"""ListConfigResourcesResponse: Kafka response (key 74), versions 0-1."""

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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "ConfigResource",
    "ListConfigResourcesResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">b")


class ConfigResource(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "resource_type",
            "ResourceType",
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
    )
    resource_name: str = ""
    resource_type: int = 16
    unknown_tags: dict[int, bytes] | None = None


class ListConfigResourcesResponse(_Message):
    NAME: ClassVar[str] = "ListConfigResourcesResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
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
        FieldInfo(
            "config_resources",
            "ConfigResources",
            "ConfigResource",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ConfigResource,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    config_resources: Sequence[ConfigResource] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListConfigResourcesResponse_0(
    buf: memoryview, pos: int
) -> tuple[ListConfigResourcesResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            raise null_not_allowed("ListConfigResourcesResponse.ConfigResources", pos)
        elif n > end - pos:
            raise bad_length("ListConfigResourcesResponse.ConfigResources", n, pos, end - pos)
        else:
            items_config_resources: list[ConfigResource] = []
            append_config_resources = items_config_resources.append
            for _ in range(n):
                x_config_resources, pos = _r_ConfigResource_0(buf, pos)
                append_config_resources(x_config_resources)
            f_config_resources: tuple[ConfigResource, ...] = tuple(items_config_resources)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListConfigResourcesResponse(f_throttle_time_ms, f_error_code, f_config_resources, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListConfigResourcesResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListConfigResourcesResponse v0", pos) from None


def _w_ListConfigResourcesResponse_0(o: ListConfigResourcesResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_config_resources = o.config_resources
    n = len(v_config_resources) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_config_resources = _w_ConfigResource_0
    for x_config_resources in v_config_resources:
        w_config_resources(x_config_resources, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListConfigResourcesResponse_0(o: ListConfigResourcesResponse) -> int:
    n = 6
    v_config_resources = o.config_resources
    n += uvarint_size(len(v_config_resources) + 1)
    sz_config_resources = _s_ConfigResource_0
    for x_config_resources in v_config_resources:
        n += sz_config_resources(x_config_resources)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListConfigResourcesResponse_1(
    buf: memoryview, pos: int
) -> tuple[ListConfigResourcesResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            raise null_not_allowed("ListConfigResourcesResponse.ConfigResources", pos)
        elif n > end - pos:
            raise bad_length("ListConfigResourcesResponse.ConfigResources", n, pos, end - pos)
        else:
            items_config_resources: list[ConfigResource] = []
            append_config_resources = items_config_resources.append
            for _ in range(n):
                x_config_resources, pos = _r_ConfigResource_1(buf, pos)
                append_config_resources(x_config_resources)
            f_config_resources: tuple[ConfigResource, ...] = tuple(items_config_resources)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListConfigResourcesResponse(f_throttle_time_ms, f_error_code, f_config_resources, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListConfigResourcesResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListConfigResourcesResponse v1", pos) from None


def _w_ListConfigResourcesResponse_1(o: ListConfigResourcesResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_config_resources = o.config_resources
    n = len(v_config_resources) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_config_resources = _w_ConfigResource_1
    for x_config_resources in v_config_resources:
        w_config_resources(x_config_resources, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListConfigResourcesResponse_1(o: ListConfigResourcesResponse) -> int:
    n = 6
    v_config_resources = o.config_resources
    n += uvarint_size(len(v_config_resources) + 1)
    sz_config_resources = _s_ConfigResource_1
    for x_config_resources in v_config_resources:
        n += sz_config_resources(x_config_resources)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ConfigResource_0(buf: memoryview, pos: int) -> tuple[ConfigResource, int]:
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
            raise null_not_allowed("ConfigResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("ConfigResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ConfigResource(f_resource_name, 16, tags), pos
    except (StructError, IndexError):
        raise truncated("ConfigResource v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConfigResource v0", pos) from None


def _w_ConfigResource_0(o: ConfigResource, out: list[Buffer]) -> None:
    a = out.append
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConfigResource_0(o: ConfigResource) -> int:
    n = 0
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ConfigResource_1(buf: memoryview, pos: int) -> tuple[ConfigResource, int]:
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
            raise null_not_allowed("ConfigResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("ConfigResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_resource_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ConfigResource(f_resource_name, f_resource_type, tags), pos
    except (StructError, IndexError):
        raise truncated("ConfigResource v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConfigResource v1", pos) from None


def _w_ConfigResource_1(o: ConfigResource, out: list[Buffer]) -> None:
    a = out.append
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.resource_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConfigResource_1(o: ConfigResource) -> int:
    n = 1
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListConfigResourcesResponse._READERS = (
    _r_ListConfigResourcesResponse_0,
    _r_ListConfigResourcesResponse_1,
)
ListConfigResourcesResponse._WRITERS = (
    _w_ListConfigResourcesResponse_0,
    _w_ListConfigResourcesResponse_1,
)
ListConfigResourcesResponse._SIZERS = (
    _s_ListConfigResourcesResponse_0,
    _s_ListConfigResourcesResponse_1,
)
bind_readers(
    ListConfigResourcesResponse,
    "list_config_resources_response",
    "5c2443431ab1a356",
    (
        ConfigResource,
        ListConfigResourcesResponse,
    ),
)
