# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterConfigsRequest: Kafka request (key 33), versions 0-2."""

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
    "AlterableConfig",
    "AlterConfigsResource",
    "AlterConfigsRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">b")


class AlterableConfig(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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
    )
    name: str = ""
    value: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class AlterConfigsResource(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            True,
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
            True,
        ),
        FieldInfo(
            "configs",
            "Configs",
            "AlterableConfig",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterableConfig,
            False,
        ),
    )
    resource_type: int = 0
    resource_name: str = ""
    configs: Sequence[AlterableConfig] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterConfigsRequest(_Message):
    NAME: ClassVar[str] = "AlterConfigsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 33
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "resources",
            "Resources",
            "AlterConfigsResource",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterConfigsResource,
            False,
        ),
        FieldInfo(
            "validate_only",
            "ValidateOnly",
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
    )
    resources: Sequence[AlterConfigsResource] = ()
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterConfigsRequest_0(buf: memoryview, pos: int) -> tuple[AlterConfigsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterConfigsRequest.Resources", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsRequest.Resources", n, pos, end - pos)
        else:
            items_resources: list[AlterConfigsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_AlterConfigsResource_0(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[AlterConfigsResource, ...] = tuple(items_resources)
        (f_validate_only,) = _F0.unpack_from(buf, pos)
        pos += 1
        return AlterConfigsRequest(f_resources, f_validate_only, None), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsRequest v0-1", pos) from None


def _w_AlterConfigsRequest_0(o: AlterConfigsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_resources = o.resources
    a(INT32.pack(len(v_resources)))
    w_resources = _w_AlterConfigsResource_0
    for x_resources in v_resources:
        w_resources(x_resources, out)
    a(_F0.pack(o.validate_only))


def _s_AlterConfigsRequest_0(o: AlterConfigsRequest) -> int:
    n = 1
    v_resources = o.resources
    n += 4
    sz_resources = _s_AlterConfigsResource_0
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    return n


def _r_AlterConfigsRequest_1(buf: memoryview, pos: int) -> tuple[AlterConfigsRequest, int]:
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
            raise null_not_allowed("AlterConfigsRequest.Resources", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsRequest.Resources", n, pos, end - pos)
        else:
            items_resources: list[AlterConfigsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_AlterConfigsResource_1(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[AlterConfigsResource, ...] = tuple(items_resources)
        (f_validate_only,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterConfigsRequest(f_resources, f_validate_only, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsRequest v2", pos) from None


def _w_AlterConfigsRequest_1(o: AlterConfigsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_resources = o.resources
    n = len(v_resources) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_resources = _w_AlterConfigsResource_1
    for x_resources in v_resources:
        w_resources(x_resources, out)
    a(_F0.pack(o.validate_only))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterConfigsRequest_1(o: AlterConfigsRequest) -> int:
    n = 1
    v_resources = o.resources
    n += uvarint_size(len(v_resources) + 1)
    sz_resources = _s_AlterConfigsResource_1
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterConfigsResource_0(buf: memoryview, pos: int) -> tuple[AlterConfigsResource, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterConfigsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterConfigsResource.Configs", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResource.Configs", n, pos, end - pos)
        else:
            items_configs: list[AlterableConfig] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_AlterableConfig_0(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[AlterableConfig, ...] = tuple(items_configs)
        return AlterConfigsResource(f_resource_type, f_resource_name, f_configs, None), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsResource v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResource v0-1", pos) from None


def _w_AlterConfigsResource_0(o: AlterConfigsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_configs = o.configs
    a(INT32.pack(len(v_configs)))
    w_configs = _w_AlterableConfig_0
    for x_configs in v_configs:
        w_configs(x_configs, out)


def _s_AlterConfigsResource_0(o: AlterConfigsResource) -> int:
    n = 1
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += 2
    n += k
    v_configs = o.configs
    n += 4
    sz_configs = _s_AlterableConfig_0
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    return n


def _r_AlterConfigsResource_1(buf: memoryview, pos: int) -> tuple[AlterConfigsResource, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("AlterConfigsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResource.ResourceName", n, pos, end - pos)
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
            raise null_not_allowed("AlterConfigsResource.Configs", pos)
        elif n > end - pos:
            raise bad_length("AlterConfigsResource.Configs", n, pos, end - pos)
        else:
            items_configs: list[AlterableConfig] = []
            append_configs = items_configs.append
            for _ in range(n):
                x_configs, pos = _r_AlterableConfig_1(buf, pos)
                append_configs(x_configs)
            f_configs: tuple[AlterableConfig, ...] = tuple(items_configs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterConfigsResource(f_resource_type, f_resource_name, f_configs, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterConfigsResource v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterConfigsResource v2", pos) from None


def _w_AlterConfigsResource_1(o: AlterConfigsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_configs = o.configs
    n = len(v_configs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_configs = _w_AlterableConfig_1
    for x_configs in v_configs:
        w_configs(x_configs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterConfigsResource_1(o: AlterConfigsResource) -> int:
    n = 1
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    v_configs = o.configs
    n += uvarint_size(len(v_configs) + 1)
    sz_configs = _s_AlterableConfig_1
    for x_configs in v_configs:
        n += sz_configs(x_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterableConfig_0(buf: memoryview, pos: int) -> tuple[AlterableConfig, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterableConfig.Name", pos)
        elif n > end - pos:
            raise bad_length("AlterableConfig.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_value: str | None = None
        elif n > end - pos:
            raise bad_length("AlterableConfig.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        return AlterableConfig(f_name, f_value, None), pos
    except (StructError, IndexError):
        raise truncated("AlterableConfig v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterableConfig v0-1", pos) from None


def _w_AlterableConfig_0(o: AlterableConfig, out: list[Buffer]) -> None:
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


def _s_AlterableConfig_0(o: AlterableConfig) -> int:
    n = 0
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


def _r_AlterableConfig_1(buf: memoryview, pos: int) -> tuple[AlterableConfig, int]:
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
            raise null_not_allowed("AlterableConfig.Name", pos)
        elif n > end - pos:
            raise bad_length("AlterableConfig.Name", n, pos, end - pos)
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
            raise bad_length("AlterableConfig.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterableConfig(f_name, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterableConfig v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterableConfig v2", pos) from None


def _w_AlterableConfig_1(o: AlterableConfig, out: list[Buffer]) -> None:
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterableConfig_1(o: AlterableConfig) -> int:
    n = 0
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


AlterConfigsRequest._READERS = (
    _r_AlterConfigsRequest_0,
    _r_AlterConfigsRequest_0,
    _r_AlterConfigsRequest_1,
)
AlterConfigsRequest._WRITERS = (
    _w_AlterConfigsRequest_0,
    _w_AlterConfigsRequest_0,
    _w_AlterConfigsRequest_1,
)
AlterConfigsRequest._SIZERS = (
    _s_AlterConfigsRequest_0,
    _s_AlterConfigsRequest_0,
    _s_AlterConfigsRequest_1,
)
bind_readers(
    AlterConfigsRequest,
    "alter_configs_request",
    "57e9ce4330f661e4",
    (
        AlterableConfig,
        AlterConfigsResource,
        AlterConfigsRequest,
    ),
)
