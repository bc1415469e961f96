# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteGroupsRequest: Kafka request (key 42), versions 0-3."""

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
    "DeleteGroupsRequest",
]


class DeleteGroupsRequest(_Message):
    NAME: ClassVar[str] = "DeleteGroupsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 42
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "groups_names",
            "GroupsNames",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    groups_names: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteGroupsRequest_0(buf: memoryview, pos: int) -> tuple[DeleteGroupsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteGroupsRequest.GroupsNames", pos)
        elif n > end - pos:
            raise bad_length("DeleteGroupsRequest.GroupsNames", n, pos, end - pos)
        else:
            items_groups_names: list[str] = []
            append_groups_names = items_groups_names.append
            for _ in range(n):
                (n,) = INT16.unpack_from(buf, pos)
                pos += 2
                if n < 0:
                    raise null_not_allowed("DeleteGroupsRequest.GroupsNames", pos)
                elif n > end - pos:
                    raise bad_length("DeleteGroupsRequest.GroupsNames", n, pos, end - pos)
                else:
                    x_groups_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_groups_names(x_groups_names)
            f_groups_names: tuple[str, ...] = tuple(items_groups_names)
        return DeleteGroupsRequest(f_groups_names, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteGroupsRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteGroupsRequest v0-1", pos) from None


def _w_DeleteGroupsRequest_0(o: DeleteGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_groups_names = o.groups_names
    a(INT32.pack(len(v_groups_names)))
    for x_groups_names in v_groups_names:
        b = x_groups_names.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_DeleteGroupsRequest_0(o: DeleteGroupsRequest) -> int:
    n = 0
    v_groups_names = o.groups_names
    n += 4
    for x_groups_names in v_groups_names:
        k = utf8_len(x_groups_names)
        n += 2
        n += k
    return n


def _r_DeleteGroupsRequest_1(buf: memoryview, pos: int) -> tuple[DeleteGroupsRequest, int]:
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
            raise null_not_allowed("DeleteGroupsRequest.GroupsNames", pos)
        elif n > end - pos:
            raise bad_length("DeleteGroupsRequest.GroupsNames", n, pos, end - pos)
        else:
            items_groups_names: list[str] = []
            append_groups_names = items_groups_names.append
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
                    raise null_not_allowed("DeleteGroupsRequest.GroupsNames", pos)
                elif n > end - pos:
                    raise bad_length("DeleteGroupsRequest.GroupsNames", n, pos, end - pos)
                else:
                    x_groups_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_groups_names(x_groups_names)
            f_groups_names: tuple[str, ...] = tuple(items_groups_names)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteGroupsRequest(f_groups_names, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteGroupsRequest v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteGroupsRequest v2-3", pos) from None


def _w_DeleteGroupsRequest_1(o: DeleteGroupsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_groups_names = o.groups_names
    n = len(v_groups_names) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_groups_names in v_groups_names:
        b = x_groups_names.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteGroupsRequest_1(o: DeleteGroupsRequest) -> int:
    n = 0
    v_groups_names = o.groups_names
    n += uvarint_size(len(v_groups_names) + 1)
    for x_groups_names in v_groups_names:
        k = utf8_len(x_groups_names)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DeleteGroupsRequest._READERS = (
    _r_DeleteGroupsRequest_0,
    _r_DeleteGroupsRequest_0,
    _r_DeleteGroupsRequest_1,
    _r_DeleteGroupsRequest_1,
)
DeleteGroupsRequest._WRITERS = (
    _w_DeleteGroupsRequest_0,
    _w_DeleteGroupsRequest_0,
    _w_DeleteGroupsRequest_1,
    _w_DeleteGroupsRequest_1,
)
DeleteGroupsRequest._SIZERS = (
    _s_DeleteGroupsRequest_0,
    _s_DeleteGroupsRequest_0,
    _s_DeleteGroupsRequest_1,
    _s_DeleteGroupsRequest_1,
)
bind_readers(
    DeleteGroupsRequest, "delete_groups_request", "420eee0a09356286", (DeleteGroupsRequest,)
)
