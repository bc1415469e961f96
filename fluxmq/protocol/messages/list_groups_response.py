# generated from Kafka 4.4.0 by codegen — do not edit
"""ListGroupsResponse: Kafka response (key 16), versions 0-5."""

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
    "ListedGroup",
    "ListGroupsResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">ih")


class ListedGroup(_StructBase):
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
            False,
        ),
        FieldInfo(
            "protocol_type",
            "ProtocolType",
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
            "group_state",
            "GroupState",
            "string",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "group_type",
            "GroupType",
            "string",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    group_id: str = ""
    protocol_type: str = ""
    group_state: str = ""
    group_type: str = ""
    unknown_tags: dict[int, bytes] | None = None


class ListGroupsResponse(_Message):
    NAME: ClassVar[str] = "ListGroupsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
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
            "groups",
            "Groups",
            "ListedGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ListedGroup,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    groups: Sequence[ListedGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListGroupsResponse_0(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[ListedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_ListedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[ListedGroup, ...] = tuple(items_groups)
        return ListGroupsResponse(0, f_error_code, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsResponse v0", pos) from None


def _w_ListGroupsResponse_0(o: ListGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_ListedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_ListGroupsResponse_0(o: ListGroupsResponse) -> int:
    n = 2
    v_groups = o.groups
    n += 4
    sz_groups = _s_ListedGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_ListGroupsResponse_1(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ListGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[ListedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_ListedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[ListedGroup, ...] = tuple(items_groups)
        return ListGroupsResponse(f_throttle_time_ms, f_error_code, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsResponse v1-2", pos) from None


def _w_ListGroupsResponse_1(o: ListGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_ListedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_ListGroupsResponse_1(o: ListGroupsResponse) -> int:
    n = 6
    v_groups = o.groups
    n += 4
    sz_groups = _s_ListedGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_ListGroupsResponse_2(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("ListGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[ListedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_ListedGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[ListedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsResponse(f_throttle_time_ms, f_error_code, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsResponse v3", pos) from None


def _w_ListGroupsResponse_2(o: ListGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_ListedGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsResponse_2(o: ListGroupsResponse) -> int:
    n = 6
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_ListedGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListGroupsResponse_3(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("ListGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[ListedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_ListedGroup_2(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[ListedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsResponse(f_throttle_time_ms, f_error_code, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsResponse v4", pos) from None


def _w_ListGroupsResponse_3(o: ListGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_ListedGroup_2
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsResponse_3(o: ListGroupsResponse) -> int:
    n = 6
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_ListedGroup_2
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListGroupsResponse_4(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("ListGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ListGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[ListedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_ListedGroup_3(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[ListedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListGroupsResponse(f_throttle_time_ms, f_error_code, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("ListGroupsResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListGroupsResponse v5", pos) from None


def _w_ListGroupsResponse_4(o: ListGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_ListedGroup_3
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListGroupsResponse_4(o: ListGroupsResponse) -> int:
    n = 6
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_ListedGroup_3
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListedGroup_0(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ListedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ListedGroup(f_group_id, f_protocol_type, "", "", None), pos
    except (StructError, IndexError):
        raise truncated("ListedGroup v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListedGroup v0-2", pos) from None


def _w_ListedGroup_0(o: ListedGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_ListedGroup_0(o: ListedGroup) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    return n


def _r_ListedGroup_1(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
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
            raise null_not_allowed("ListedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListedGroup(f_group_id, f_protocol_type, "", "", tags), pos
    except (StructError, IndexError):
        raise truncated("ListedGroup v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListedGroup v3", pos) from None


def _w_ListedGroup_1(o: ListedGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListedGroup_1(o: ListedGroup) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListedGroup_2(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
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
            raise null_not_allowed("ListedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListedGroup(f_group_id, f_protocol_type, f_group_state, "", tags), pos
    except (StructError, IndexError):
        raise truncated("ListedGroup v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListedGroup v4", pos) from None


def _w_ListedGroup_2(o: ListedGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListedGroup_2(o: ListedGroup) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListedGroup_3(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
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
            raise null_not_allowed("ListedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ListedGroup.GroupType", pos)
        elif n > end - pos:
            raise bad_length("ListedGroup.GroupType", n, pos, end - pos)
        else:
            f_group_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListedGroup(f_group_id, f_protocol_type, f_group_state, f_group_type, tags), pos
    except (StructError, IndexError):
        raise truncated("ListedGroup v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListedGroup v5", pos) from None


def _w_ListedGroup_3(o: ListedGroup, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_type = o.group_type
    b = v_group_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListedGroup_3(o: ListedGroup) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    v_group_type = o.group_type
    k = utf8_len(v_group_type)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListGroupsResponse._READERS = (
    _r_ListGroupsResponse_0,
    _r_ListGroupsResponse_1,
    _r_ListGroupsResponse_1,
    _r_ListGroupsResponse_2,
    _r_ListGroupsResponse_3,
    _r_ListGroupsResponse_4,
)
ListGroupsResponse._WRITERS = (
    _w_ListGroupsResponse_0,
    _w_ListGroupsResponse_1,
    _w_ListGroupsResponse_1,
    _w_ListGroupsResponse_2,
    _w_ListGroupsResponse_3,
    _w_ListGroupsResponse_4,
)
ListGroupsResponse._SIZERS = (
    _s_ListGroupsResponse_0,
    _s_ListGroupsResponse_1,
    _s_ListGroupsResponse_1,
    _s_ListGroupsResponse_2,
    _s_ListGroupsResponse_3,
    _s_ListGroupsResponse_4,
)
bind_readers(
    ListGroupsResponse,
    "list_groups_response",
    "2a1e6f8366ce6fc4",
    (
        ListedGroup,
        ListGroupsResponse,
    ),
)
