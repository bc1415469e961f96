# generated from Kafka 4.4.0 by codegen — do not edit
"""ListGroupsRequest: Kafka request (key 16), versions 0-5."""

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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "ListGroupsRequest",
]


class ListGroupsRequest(_Message):
    NAME: ClassVar[str] = "ListGroupsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "states_filter",
            "StatesFilter",
            "string",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "types_filter",
            "TypesFilter",
            "string",
            True,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    states_filter: Sequence[str] = ()
    types_filter: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListGroupsRequest_0(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    end = len(buf)
    try:
        return ListGroupsRequest((), (), None), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsRequest v0-2", pos) from None


def _w_ListGroupsRequest_0(o: ListGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.states_filter:
        raise not_in_version("ListGroupsRequest.StatesFilter", "0-2")
    if o.types_filter:
        raise not_in_version("ListGroupsRequest.TypesFilter", "0-2")


def _s_ListGroupsRequest_0(o: ListGroupsRequest) -> int:
    n = 0
    return n


def _r_ListGroupsRequest_1(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    end = len(buf)
    try:
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsRequest((), (), tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsRequest v3", pos) from None


def _w_ListGroupsRequest_1(o: ListGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.states_filter:
        raise not_in_version("ListGroupsRequest.StatesFilter", "3")
    if o.types_filter:
        raise not_in_version("ListGroupsRequest.TypesFilter", "3")
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsRequest_1(o: ListGroupsRequest) -> int:
    n = 0
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListGroupsRequest_2(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
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
            raise null_not_allowed("ListGroupsRequest.StatesFilter", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsRequest.StatesFilter", n, pos, end - pos)
        else:
            items_states_filter: list[str] = []
            append_states_filter = items_states_filter.append
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
                    raise null_not_allowed("ListGroupsRequest.StatesFilter", pos)
                elif n > end - pos:
                    raise bad_length("ListGroupsRequest.StatesFilter", n, pos, end - pos)
                else:
                    x_states_filter = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_states_filter(x_states_filter)
            f_states_filter: tuple[str, ...] = tuple(items_states_filter)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsRequest(f_states_filter, (), tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsRequest v4", pos) from None


def _w_ListGroupsRequest_2(o: ListGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.types_filter:
        raise not_in_version("ListGroupsRequest.TypesFilter", "4")
    v_states_filter = o.states_filter
    n = len(v_states_filter) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_states_filter in v_states_filter:
        b = x_states_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsRequest_2(o: ListGroupsRequest) -> int:
    n = 0
    v_states_filter = o.states_filter
    n += uvarint_size(len(v_states_filter) + 1)
    for x_states_filter in v_states_filter:
        k = utf8_len(x_states_filter)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListGroupsRequest_3(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
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
            raise null_not_allowed("ListGroupsRequest.StatesFilter", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsRequest.StatesFilter", n, pos, end - pos)
        else:
            items_states_filter: list[str] = []
            append_states_filter = items_states_filter.append
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
                    raise null_not_allowed("ListGroupsRequest.StatesFilter", pos)
                elif n > end - pos:
                    raise bad_length("ListGroupsRequest.StatesFilter", n, pos, end - pos)
                else:
                    x_states_filter = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_states_filter(x_states_filter)
            f_states_filter: tuple[str, ...] = tuple(items_states_filter)
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
            raise null_not_allowed("ListGroupsRequest.TypesFilter", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsRequest.TypesFilter", n, pos, end - pos)
        else:
            items_types_filter: list[str] = []
            append_types_filter = items_types_filter.append
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
                    raise null_not_allowed("ListGroupsRequest.TypesFilter", pos)
                elif n > end - pos:
                    raise bad_length("ListGroupsRequest.TypesFilter", n, pos, end - pos)
                else:
                    x_types_filter = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_types_filter(x_types_filter)
            f_types_filter: tuple[str, ...] = tuple(items_types_filter)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsRequest(f_states_filter, f_types_filter, tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsRequest v5", pos) from None


def _w_ListGroupsRequest_3(o: ListGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_states_filter = o.states_filter
    n = len(v_states_filter) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_states_filter in v_states_filter:
        b = x_states_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_types_filter = o.types_filter
    n = len(v_types_filter) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_types_filter in v_types_filter:
        b = x_types_filter.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsRequest_3(o: ListGroupsRequest) -> int:
    n = 0
    v_states_filter = o.states_filter
    n += uvarint_size(len(v_states_filter) + 1)
    for x_states_filter in v_states_filter:
        k = utf8_len(x_states_filter)
        n += uvarint_size(k + 1)
        n += k
    v_types_filter = o.types_filter
    n += uvarint_size(len(v_types_filter) + 1)
    for x_types_filter in v_types_filter:
        k = utf8_len(x_types_filter)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListGroupsRequest._READERS = (
    _r_ListGroupsRequest_0,
    _r_ListGroupsRequest_0,
    _r_ListGroupsRequest_0,
    _r_ListGroupsRequest_1,
    _r_ListGroupsRequest_2,
    _r_ListGroupsRequest_3,
)
ListGroupsRequest._WRITERS = (
    _w_ListGroupsRequest_0,
    _w_ListGroupsRequest_0,
    _w_ListGroupsRequest_0,
    _w_ListGroupsRequest_1,
    _w_ListGroupsRequest_2,
    _w_ListGroupsRequest_3,
)
ListGroupsRequest._SIZERS = (
    _s_ListGroupsRequest_0,
    _s_ListGroupsRequest_0,
    _s_ListGroupsRequest_0,
    _s_ListGroupsRequest_1,
    _s_ListGroupsRequest_2,
    _s_ListGroupsRequest_3,
)
bind_readers(ListGroupsRequest, "list_groups_request", "d6c84070ef20903a", (ListGroupsRequest,))
