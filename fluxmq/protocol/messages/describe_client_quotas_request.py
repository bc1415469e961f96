# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeClientQuotasRequest: Kafka request (key 48), versions 0-1."""

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
    "ComponentData",
    "DescribeClientQuotasRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">b")


class ComponentData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "entity_type",
            "EntityType",
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
            "match_type",
            "MatchType",
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
            "match",
            "Match",
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
    entity_type: str = ""
    match_type: int = 0
    match: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class DescribeClientQuotasRequest(_Message):
    NAME: ClassVar[str] = "DescribeClientQuotasRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 48
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "components",
            "Components",
            "ComponentData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ComponentData,
            False,
        ),
        FieldInfo(
            "strict", "Strict", "bool", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    components: Sequence[ComponentData] = ()
    strict: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeClientQuotasRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeClientQuotasRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeClientQuotasRequest.Components", pos)
        elif n > end - pos:
            raise bad_length("DescribeClientQuotasRequest.Components", n, pos, end - pos)
        else:
            items_components: list[ComponentData] = []
            append_components = items_components.append
            for _ in range(n):
                x_components, pos = _r_ComponentData_0(buf, pos)
                append_components(x_components)
            f_components: tuple[ComponentData, ...] = tuple(items_components)
        (f_strict,) = _F0.unpack_from(buf, pos)
        pos += 1
        return DescribeClientQuotasRequest(f_components, f_strict, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeClientQuotasRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClientQuotasRequest v0", pos) from None


def _w_DescribeClientQuotasRequest_0(o: DescribeClientQuotasRequest, out: list[Buffer]) -> None:
    a = out.append
    v_components = o.components
    a(INT32.pack(len(v_components)))
    w_components = _w_ComponentData_0
    for x_components in v_components:
        w_components(x_components, out)
    a(_F0.pack(o.strict))


def _s_DescribeClientQuotasRequest_0(o: DescribeClientQuotasRequest) -> int:
    n = 1
    v_components = o.components
    n += 4
    sz_components = _s_ComponentData_0
    for x_components in v_components:
        n += sz_components(x_components)
    return n


def _r_DescribeClientQuotasRequest_1(
    buf: memoryview, pos: int
) -> tuple[DescribeClientQuotasRequest, int]:
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
            raise null_not_allowed("DescribeClientQuotasRequest.Components", pos)
        elif n > end - pos:
            raise bad_length("DescribeClientQuotasRequest.Components", n, pos, end - pos)
        else:
            items_components: list[ComponentData] = []
            append_components = items_components.append
            for _ in range(n):
                x_components, pos = _r_ComponentData_1(buf, pos)
                append_components(x_components)
            f_components: tuple[ComponentData, ...] = tuple(items_components)
        (f_strict,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeClientQuotasRequest(f_components, f_strict, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeClientQuotasRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClientQuotasRequest v1", pos) from None


def _w_DescribeClientQuotasRequest_1(o: DescribeClientQuotasRequest, out: list[Buffer]) -> None:
    a = out.append
    v_components = o.components
    n = len(v_components) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_components = _w_ComponentData_1
    for x_components in v_components:
        w_components(x_components, out)
    a(_F0.pack(o.strict))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClientQuotasRequest_1(o: DescribeClientQuotasRequest) -> int:
    n = 1
    v_components = o.components
    n += uvarint_size(len(v_components) + 1)
    sz_components = _s_ComponentData_1
    for x_components in v_components:
        n += sz_components(x_components)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ComponentData_0(buf: memoryview, pos: int) -> tuple[ComponentData, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ComponentData.EntityType", pos)
        elif n > end - pos:
            raise bad_length("ComponentData.EntityType", n, pos, end - pos)
        else:
            f_entity_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_match_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_match: str | None = None
        elif n > end - pos:
            raise bad_length("ComponentData.Match", n, pos, end - pos)
        else:
            f_match = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ComponentData(f_entity_type, f_match_type, f_match, None), pos
    except (StructError, IndexError):
        raise truncated("ComponentData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ComponentData v0", pos) from None


def _w_ComponentData_0(o: ComponentData, out: list[Buffer]) -> None:
    a = out.append
    v_entity_type = o.entity_type
    b = v_entity_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.match_type))
    v_match = o.match
    if v_match is None:
        a(b"\xff\xff")
    else:
        b = v_match.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_ComponentData_0(o: ComponentData) -> int:
    n = 1
    v_entity_type = o.entity_type
    k = utf8_len(v_entity_type)
    n += 2
    n += k
    v_match = o.match
    if v_match is None:
        n += 2
    else:
        k = utf8_len(v_match)
        n += 2
        n += k
    return n


def _r_ComponentData_1(buf: memoryview, pos: int) -> tuple[ComponentData, int]:
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
            raise null_not_allowed("ComponentData.EntityType", pos)
        elif n > end - pos:
            raise bad_length("ComponentData.EntityType", n, pos, end - pos)
        else:
            f_entity_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_match_type,) = _F1.unpack_from(buf, pos)
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
            f_match: str | None = None
        elif n > end - pos:
            raise bad_length("ComponentData.Match", n, pos, end - pos)
        else:
            f_match = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ComponentData(f_entity_type, f_match_type, f_match, tags), pos
    except (StructError, IndexError):
        raise truncated("ComponentData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ComponentData v1", pos) from None


def _w_ComponentData_1(o: ComponentData, out: list[Buffer]) -> None:
    a = out.append
    v_entity_type = o.entity_type
    b = v_entity_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.match_type))
    v_match = o.match
    if v_match is None:
        a(b"\x00")
    else:
        b = v_match.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ComponentData_1(o: ComponentData) -> int:
    n = 1
    v_entity_type = o.entity_type
    k = utf8_len(v_entity_type)
    n += uvarint_size(k + 1)
    n += k
    v_match = o.match
    if v_match is None:
        n += 1
    else:
        k = utf8_len(v_match)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeClientQuotasRequest._READERS = (
    _r_DescribeClientQuotasRequest_0,
    _r_DescribeClientQuotasRequest_1,
)
DescribeClientQuotasRequest._WRITERS = (
    _w_DescribeClientQuotasRequest_0,
    _w_DescribeClientQuotasRequest_1,
)
DescribeClientQuotasRequest._SIZERS = (
    _s_DescribeClientQuotasRequest_0,
    _s_DescribeClientQuotasRequest_1,
)
bind_readers(
    DescribeClientQuotasRequest,
    "describe_client_quotas_request",
    "cac989e83d7273c9",
    (
        ComponentData,
        DescribeClientQuotasRequest,
    ),
)
