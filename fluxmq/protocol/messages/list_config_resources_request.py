# generated from Kafka 4.4.0 by codegen — do not edit
"""ListConfigResourcesRequest: Kafka request (key 74), versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
    write_tags,
)
from fluxmq.protocol.primitives import (
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "ListConfigResourcesRequest",
]

_Ai8 = array_structs("b")


class ListConfigResourcesRequest(_Message):
    NAME: ClassVar[str] = "ListConfigResourcesRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "resource_types",
            "ResourceTypes",
            "int8",
            True,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    resource_types: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListConfigResourcesRequest_0(
    buf: memoryview, pos: int
) -> tuple[ListConfigResourcesRequest, int]:
    end = len(buf)
    try:
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListConfigResourcesRequest((), tags), pos
    except (StructError, IndexError):
        raise truncated("ListConfigResourcesRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListConfigResourcesRequest v0", pos) from None


def _w_ListConfigResourcesRequest_0(o: ListConfigResourcesRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.resource_types:
        raise not_in_version("ListConfigResourcesRequest.ResourceTypes", "0")
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListConfigResourcesRequest_0(o: ListConfigResourcesRequest) -> int:
    n = 0
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListConfigResourcesRequest_1(
    buf: memoryview, pos: int
) -> tuple[ListConfigResourcesRequest, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_resource_types = _Ai8[n].unpack_from(buf, pos)
            pos += n
        elif n < 0:
            raise null_not_allowed("ListConfigResourcesRequest.ResourceTypes", pos)
        elif n > end - pos:
            raise bad_length("ListConfigResourcesRequest.ResourceTypes", n, pos, end - pos)
        else:
            f_resource_types = unpack_from(">%db" % n, buf, pos)
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListConfigResourcesRequest(f_resource_types, tags), pos
    except (StructError, IndexError):
        raise truncated("ListConfigResourcesRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListConfigResourcesRequest v1", pos) from None


def _w_ListConfigResourcesRequest_1(o: ListConfigResourcesRequest, out: list[Buffer]) -> None:
    a = out.append
    v_resource_types = o.resource_types
    n = len(v_resource_types) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_resource_types)
    a(_Ai8[k].pack(*v_resource_types) if k < SMALL_ARRAY else pack(">%db" % k, *v_resource_types))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListConfigResourcesRequest_1(o: ListConfigResourcesRequest) -> int:
    n = 0
    v_resource_types = o.resource_types
    n += uvarint_size(len(v_resource_types) + 1)
    n += 1 * len(v_resource_types)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListConfigResourcesRequest._READERS = (
    _r_ListConfigResourcesRequest_0,
    _r_ListConfigResourcesRequest_1,
)
ListConfigResourcesRequest._WRITERS = (
    _w_ListConfigResourcesRequest_0,
    _w_ListConfigResourcesRequest_1,
)
ListConfigResourcesRequest._SIZERS = (
    _s_ListConfigResourcesRequest_0,
    _s_ListConfigResourcesRequest_1,
)
bind_readers(
    ListConfigResourcesRequest,
    "list_config_resources_request",
    "ededf9dec3976c6f",
    (ListConfigResourcesRequest,),
)
