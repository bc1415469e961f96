# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeConfigsRequest: Kafka request (key 32), versions 1-4."""

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
    not_in_version,
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
    "DescribeConfigsResource",
    "DescribeConfigsRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">??")
_F2 = PackStruct(">b")


class DescribeConfigsResource(_StructBase):
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
            "configuration_keys",
            "ConfigurationKeys",
            "string",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    resource_type: int = 0
    resource_name: str = ""
    configuration_keys: Sequence[str] | None = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeConfigsRequest(_Message):
    NAME: ClassVar[str] = "DescribeConfigsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 32
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "resources",
            "Resources",
            "DescribeConfigsResource",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeConfigsResource,
            False,
        ),
        FieldInfo(
            "include_synonyms",
            "IncludeSynonyms",
            "bool",
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
            "include_documentation",
            "IncludeDocumentation",
            "bool",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    resources: Sequence[DescribeConfigsResource] = ()
    include_synonyms: bool = False
    include_documentation: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeConfigsRequest_0(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsRequest.Resources", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsRequest.Resources", n, pos, end - pos)
        else:
            items_resources: list[DescribeConfigsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_DescribeConfigsResource_0(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[DescribeConfigsResource, ...] = tuple(items_resources)
        (f_include_synonyms,) = _F0.unpack_from(buf, pos)
        pos += 1
        return DescribeConfigsRequest(f_resources, f_include_synonyms, False, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeConfigsRequest v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsRequest v1-2", pos) from None


def _w_DescribeConfigsRequest_0(o: DescribeConfigsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_documentation:
        raise not_in_version("DescribeConfigsRequest.IncludeDocumentation", "1-2")
    v_resources = o.resources
    a(INT32.pack(len(v_resources)))
    w_resources = _w_DescribeConfigsResource_0
    for x_resources in v_resources:
        w_resources(x_resources, out)
    a(_F0.pack(o.include_synonyms))


def _s_DescribeConfigsRequest_0(o: DescribeConfigsRequest) -> int:
    n = 1
    v_resources = o.resources
    n += 4
    sz_resources = _s_DescribeConfigsResource_0
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    return n


def _r_DescribeConfigsRequest_1(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeConfigsRequest.Resources", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsRequest.Resources", n, pos, end - pos)
        else:
            items_resources: list[DescribeConfigsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_DescribeConfigsResource_0(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[DescribeConfigsResource, ...] = tuple(items_resources)
        (
            f_include_synonyms,
            f_include_documentation,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        return (
            DescribeConfigsRequest(f_resources, f_include_synonyms, f_include_documentation, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsRequest v3", pos) from None


def _w_DescribeConfigsRequest_1(o: DescribeConfigsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_resources = o.resources
    a(INT32.pack(len(v_resources)))
    w_resources = _w_DescribeConfigsResource_0
    for x_resources in v_resources:
        w_resources(x_resources, out)
    a(_F1.pack(o.include_synonyms, o.include_documentation))


def _s_DescribeConfigsRequest_1(o: DescribeConfigsRequest) -> int:
    n = 2
    v_resources = o.resources
    n += 4
    sz_resources = _s_DescribeConfigsResource_0
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    return n


def _r_DescribeConfigsRequest_2(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
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
            raise null_not_allowed("DescribeConfigsRequest.Resources", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsRequest.Resources", n, pos, end - pos)
        else:
            items_resources: list[DescribeConfigsResource] = []
            append_resources = items_resources.append
            for _ in range(n):
                x_resources, pos = _r_DescribeConfigsResource_1(buf, pos)
                append_resources(x_resources)
            f_resources: tuple[DescribeConfigsResource, ...] = tuple(items_resources)
        (
            f_include_synonyms,
            f_include_documentation,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeConfigsRequest(f_resources, f_include_synonyms, f_include_documentation, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsRequest v4", pos) from None


def _w_DescribeConfigsRequest_2(o: DescribeConfigsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_resources = o.resources
    n = len(v_resources) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_resources = _w_DescribeConfigsResource_1
    for x_resources in v_resources:
        w_resources(x_resources, out)
    a(_F1.pack(o.include_synonyms, o.include_documentation))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsRequest_2(o: DescribeConfigsRequest) -> int:
    n = 2
    v_resources = o.resources
    n += uvarint_size(len(v_resources) + 1)
    sz_resources = _s_DescribeConfigsResource_1
    for x_resources in v_resources:
        n += sz_resources(x_resources)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeConfigsResource_0(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    end = len(buf)
    try:
        (f_resource_type,) = _F2.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeConfigsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResource.ResourceName", n, pos, end - pos)
        else:
            f_resource_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_configuration_keys: tuple[str, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResource.ConfigurationKeys", n, pos, end - pos)
        else:
            items_configuration_keys: list[str] = []
            append_configuration_keys = items_configuration_keys.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("DescribeConfigsResource.ConfigurationKeys", pos)
                elif n > end - pos:
                    raise bad_length("DescribeConfigsResource.ConfigurationKeys", n, pos, end - pos)
                else:
                    x_configuration_keys = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_configuration_keys(x_configuration_keys)
            f_configuration_keys = tuple(items_configuration_keys)
        return (
            DescribeConfigsResource(f_resource_type, f_resource_name, f_configuration_keys, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResource v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResource v1-3", pos) from None


def _w_DescribeConfigsResource_0(o: DescribeConfigsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_configuration_keys = o.configuration_keys
    if v_configuration_keys is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_configuration_keys)))
        for x_configuration_keys in v_configuration_keys:
            b = x_configuration_keys.encode("utf-8")
            a(INT16.pack(len(b)))
            a(b)


def _s_DescribeConfigsResource_0(o: DescribeConfigsResource) -> int:
    n = 1
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += 2
    n += k
    v_configuration_keys = o.configuration_keys
    if v_configuration_keys is None:
        n += 4
    else:
        n += 4
        for x_configuration_keys in v_configuration_keys:
            k = utf8_len(x_configuration_keys)
            n += 2
            n += k
    return n


def _r_DescribeConfigsResource_1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    end = len(buf)
    try:
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
            raise null_not_allowed("DescribeConfigsResource.ResourceName", pos)
        elif n > end - pos:
            raise bad_length("DescribeConfigsResource.ResourceName", n, pos, end - pos)
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
            f_configuration_keys: tuple[str, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeConfigsResource.ConfigurationKeys", n, pos, end - pos)
        else:
            items_configuration_keys: list[str] = []
            append_configuration_keys = items_configuration_keys.append
            for _ in range(n):
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
                    raise null_not_allowed("DescribeConfigsResource.ConfigurationKeys", pos)
                elif n > end - pos:
                    raise bad_length("DescribeConfigsResource.ConfigurationKeys", n, pos, end - pos)
                else:
                    x_configuration_keys = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_configuration_keys(x_configuration_keys)
            f_configuration_keys = tuple(items_configuration_keys)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeConfigsResource(f_resource_type, f_resource_name, f_configuration_keys, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeConfigsResource v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeConfigsResource v4", pos) from None


def _w_DescribeConfigsResource_1(o: DescribeConfigsResource, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.resource_type))
    v_resource_name = o.resource_name
    b = v_resource_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_configuration_keys = o.configuration_keys
    if v_configuration_keys is None:
        a(b"\x00")
    else:
        n = len(v_configuration_keys) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        for x_configuration_keys in v_configuration_keys:
            b = x_configuration_keys.encode("utf-8")
            n = len(b) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeConfigsResource_1(o: DescribeConfigsResource) -> int:
    n = 1
    v_resource_name = o.resource_name
    k = utf8_len(v_resource_name)
    n += uvarint_size(k + 1)
    n += k
    v_configuration_keys = o.configuration_keys
    if v_configuration_keys is None:
        n += 1
    else:
        n += uvarint_size(len(v_configuration_keys) + 1)
        for x_configuration_keys in v_configuration_keys:
            k = utf8_len(x_configuration_keys)
            n += uvarint_size(k + 1)
            n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeConfigsRequest._READERS = (
    None,
    _r_DescribeConfigsRequest_0,
    _r_DescribeConfigsRequest_0,
    _r_DescribeConfigsRequest_1,
    _r_DescribeConfigsRequest_2,
)
DescribeConfigsRequest._WRITERS = (
    None,
    _w_DescribeConfigsRequest_0,
    _w_DescribeConfigsRequest_0,
    _w_DescribeConfigsRequest_1,
    _w_DescribeConfigsRequest_2,
)
DescribeConfigsRequest._SIZERS = (
    None,
    _s_DescribeConfigsRequest_0,
    _s_DescribeConfigsRequest_0,
    _s_DescribeConfigsRequest_1,
    _s_DescribeConfigsRequest_2,
)
bind_readers(
    DescribeConfigsRequest,
    "describe_configs_request",
    "fb2fb9b71569c355",
    (
        DescribeConfigsResource,
        DescribeConfigsRequest,
    ),
)
