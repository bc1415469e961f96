# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeGroupsResponse: Kafka response (key 15), versions 0-6."""

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
    "DescribedGroupMember",
    "DescribedGroup",
    "DescribeGroupsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")


class DescribedGroupMember(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "member_id",
            "MemberId",
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
            "group_instance_id",
            "GroupInstanceId",
            "string",
            False,
            (4, 32767),
            (4, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "client_id",
            "ClientId",
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
            "client_host",
            "ClientHost",
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
            "member_metadata",
            "MemberMetadata",
            "bytes",
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
            "member_assignment",
            "MemberAssignment",
            "bytes",
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
    member_id: str = ""
    group_instance_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    member_metadata: bytes = b""
    member_assignment: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class DescribedGroup(_StructBase):
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
            (6, 32767),
            (6, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
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
            "group_state",
            "GroupState",
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
            "protocol_data",
            "ProtocolData",
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
            "members",
            "Members",
            "DescribedGroupMember",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribedGroupMember,
            False,
        ),
        FieldInfo(
            "authorized_operations",
            "AuthorizedOperations",
            "int32",
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
    error_code: int = 0
    error_message: str | None = None
    group_id: str = ""
    group_state: str = ""
    protocol_type: str = ""
    protocol_data: str = ""
    members: Sequence[DescribedGroupMember] = ()
    authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


class DescribeGroupsResponse(_Message):
    NAME: ClassVar[str] = "DescribeGroupsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 5
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
            "groups",
            "Groups",
            "DescribedGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribedGroup,
            False,
        ),
    )
    throttle_time_ms: int = 0
    groups: Sequence[DescribedGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeGroupsResponse_0(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        return DescribeGroupsResponse(0, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v0", pos) from None


def _w_DescribeGroupsResponse_0(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_DescribedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_DescribeGroupsResponse_0(o: DescribeGroupsResponse) -> int:
    n = 0
    v_groups = o.groups
    n += 4
    sz_groups = _s_DescribedGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_DescribeGroupsResponse_1(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        return DescribeGroupsResponse(f_throttle_time_ms, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v1-2", pos) from None


def _w_DescribeGroupsResponse_1(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_DescribedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_DescribeGroupsResponse_1(o: DescribeGroupsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += 4
    sz_groups = _s_DescribedGroup_0
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_DescribeGroupsResponse_2(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_1(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        return DescribeGroupsResponse(f_throttle_time_ms, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v3", pos) from None


def _w_DescribeGroupsResponse_2(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_DescribedGroup_1
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_DescribeGroupsResponse_2(o: DescribeGroupsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += 4
    sz_groups = _s_DescribedGroup_1
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_DescribeGroupsResponse_3(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_2(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        return DescribeGroupsResponse(f_throttle_time_ms, f_groups, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v4", pos) from None


def _w_DescribeGroupsResponse_3(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    a(INT32.pack(len(v_groups)))
    w_groups = _w_DescribedGroup_2
    for x_groups in v_groups:
        w_groups(x_groups, out)


def _s_DescribeGroupsResponse_3(o: DescribeGroupsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += 4
    sz_groups = _s_DescribedGroup_2
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    return n


def _r_DescribeGroupsResponse_4(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
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
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_3(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeGroupsResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v5", pos) from None


def _w_DescribeGroupsResponse_4(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribedGroup_3
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeGroupsResponse_4(o: DescribeGroupsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribedGroup_3
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeGroupsResponse_5(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
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
            raise null_not_allowed("DescribeGroupsResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("DescribeGroupsResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_4(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeGroupsResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeGroupsResponse v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeGroupsResponse v6", pos) from None


def _w_DescribeGroupsResponse_5(o: DescribeGroupsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribedGroup_4
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeGroupsResponse_5(o: DescribeGroupsResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribedGroup_4
    for x_groups in v_groups:
        n += sz_groups(x_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedGroup_0(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolData", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolData", n, pos, end - pos)
        else:
            f_protocol_data = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[DescribedGroupMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_DescribedGroupMember_0(buf, pos)
                append_members(x_members)
            f_members: tuple[DescribedGroupMember, ...] = tuple(items_members)
        return (
            DescribedGroup(
                f_error_code,
                None,
                f_group_id,
                f_group_state,
                f_protocol_type,
                f_protocol_data,
                f_members,
                -2147483648,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v0-2", pos) from None


def _w_DescribedGroup_0(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    if o.error_message is not None:
        raise not_in_version("DescribedGroup.ErrorMessage", "0-2")
    if o.authorized_operations != -2147483648:
        raise not_in_version("DescribedGroup.AuthorizedOperations", "0-2")
    a(_F1.pack(o.error_code))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_data = o.protocol_data
    b = v_protocol_data.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_DescribedGroupMember_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_DescribedGroup_0(o: DescribedGroup) -> int:
    n = 2
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol_data = o.protocol_data
    k = utf8_len(v_protocol_data)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_DescribedGroupMember_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_DescribedGroup_1(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolData", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolData", n, pos, end - pos)
        else:
            f_protocol_data = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[DescribedGroupMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_DescribedGroupMember_0(buf, pos)
                append_members(x_members)
            f_members: tuple[DescribedGroupMember, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            DescribedGroup(
                f_error_code,
                None,
                f_group_id,
                f_group_state,
                f_protocol_type,
                f_protocol_data,
                f_members,
                f_authorized_operations,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v3", pos) from None


def _w_DescribedGroup_1(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    if o.error_message is not None:
        raise not_in_version("DescribedGroup.ErrorMessage", "3")
    a(_F1.pack(o.error_code))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_data = o.protocol_data
    b = v_protocol_data.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_DescribedGroupMember_0
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))


def _s_DescribedGroup_1(o: DescribedGroup) -> int:
    n = 6
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol_data = o.protocol_data
    k = utf8_len(v_protocol_data)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_DescribedGroupMember_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_DescribedGroup_2(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
        else:
            f_group_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroup.ProtocolData", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolData", n, pos, end - pos)
        else:
            f_protocol_data = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[DescribedGroupMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_DescribedGroupMember_1(buf, pos)
                append_members(x_members)
            f_members: tuple[DescribedGroupMember, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            DescribedGroup(
                f_error_code,
                None,
                f_group_id,
                f_group_state,
                f_protocol_type,
                f_protocol_data,
                f_members,
                f_authorized_operations,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v4", pos) from None


def _w_DescribedGroup_2(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    if o.error_message is not None:
        raise not_in_version("DescribedGroup.ErrorMessage", "4")
    a(_F1.pack(o.error_code))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_data = o.protocol_data
    b = v_protocol_data.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_DescribedGroupMember_1
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))


def _s_DescribedGroup_2(o: DescribedGroup) -> int:
    n = 6
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol_data = o.protocol_data
    k = utf8_len(v_protocol_data)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_DescribedGroupMember_1
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_DescribedGroup_3(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
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
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolType", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.ProtocolData", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolData", n, pos, end - pos)
        else:
            f_protocol_data = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[DescribedGroupMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_DescribedGroupMember_2(buf, pos)
                append_members(x_members)
            f_members: tuple[DescribedGroupMember, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedGroup(
                f_error_code,
                None,
                f_group_id,
                f_group_state,
                f_protocol_type,
                f_protocol_data,
                f_members,
                f_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v5", pos) from None


def _w_DescribedGroup_3(o: DescribedGroup, out: list[Buffer]) -> None:
    a = out.append
    if o.error_message is not None:
        raise not_in_version("DescribedGroup.ErrorMessage", "5")
    a(_F1.pack(o.error_code))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_data = o.protocol_data
    b = v_protocol_data.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_DescribedGroupMember_2
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroup_3(o: DescribedGroup) -> int:
    n = 6
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_data = o.protocol_data
    k = utf8_len(v_protocol_data)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_DescribedGroupMember_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedGroup_4(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
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
            raise bad_length("DescribedGroup.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.GroupState", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.GroupState", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolType", n, pos, end - pos)
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
            raise null_not_allowed("DescribedGroup.ProtocolData", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.ProtocolData", n, pos, end - pos)
        else:
            f_protocol_data = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedGroup.Members", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.Members", n, pos, end - pos)
        else:
            items_members: list[DescribedGroupMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_DescribedGroupMember_2(buf, pos)
                append_members(x_members)
            f_members: tuple[DescribedGroupMember, ...] = tuple(items_members)
        (f_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedGroup(
                f_error_code,
                f_error_message,
                f_group_id,
                f_group_state,
                f_protocol_type,
                f_protocol_data,
                f_members,
                f_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v6", pos) from None


def _w_DescribedGroup_4(o: DescribedGroup, out: list[Buffer]) -> None:
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
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_state = o.group_state
    b = v_group_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocol_data = o.protocol_data
    b = v_protocol_data.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_DescribedGroupMember_2
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroup_4(o: DescribedGroup) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_state = o.group_state
    k = utf8_len(v_group_state)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_protocol_data = o.protocol_data
    k = utf8_len(v_protocol_data)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_DescribedGroupMember_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribedGroupMember_0(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.ClientId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberMetadata", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberMetadata", n, pos, end - pos)
        else:
            f_member_metadata = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberAssignment", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberAssignment", n, pos, end - pos)
        else:
            f_member_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            DescribedGroupMember(
                f_member_id,
                None,
                f_client_id,
                f_client_host,
                f_member_metadata,
                f_member_assignment,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroupMember v0-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroupMember v0-3", pos) from None


def _w_DescribedGroupMember_0(o: DescribedGroupMember, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_client_id = o.client_id
    b = v_client_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_client_host = o.client_host
    b = v_client_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_metadata = o.member_metadata
    a(INT32.pack(len(v_member_metadata)))
    a(v_member_metadata if type(v_member_metadata) is bytes else memoryview(v_member_metadata))
    v_member_assignment = o.member_assignment
    a(INT32.pack(len(v_member_assignment)))
    a(
        v_member_assignment
        if type(v_member_assignment) is bytes
        else memoryview(v_member_assignment)
    )


def _s_DescribedGroupMember_0(o: DescribedGroupMember) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_client_id = o.client_id
    k = utf8_len(v_client_id)
    n += 2
    n += k
    v_client_host = o.client_host
    k = utf8_len(v_client_host)
    n += 2
    n += k
    v_member_metadata = o.member_metadata
    n += 4
    n += len(v_member_metadata)
    v_member_assignment = o.member_assignment
    n += 4
    n += len(v_member_assignment)
    return n


def _r_DescribedGroupMember_1(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.ClientId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberMetadata", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberMetadata", n, pos, end - pos)
        else:
            f_member_metadata = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribedGroupMember.MemberAssignment", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberAssignment", n, pos, end - pos)
        else:
            f_member_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            DescribedGroupMember(
                f_member_id,
                f_group_instance_id,
                f_client_id,
                f_client_host,
                f_member_metadata,
                f_member_assignment,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroupMember v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroupMember v4", pos) from None


def _w_DescribedGroupMember_1(o: DescribedGroupMember, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        a(b"\xff\xff")
    else:
        b = v_group_instance_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_client_id = o.client_id
    b = v_client_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_client_host = o.client_host
    b = v_client_host.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_metadata = o.member_metadata
    a(INT32.pack(len(v_member_metadata)))
    a(v_member_metadata if type(v_member_metadata) is bytes else memoryview(v_member_metadata))
    v_member_assignment = o.member_assignment
    a(INT32.pack(len(v_member_assignment)))
    a(
        v_member_assignment
        if type(v_member_assignment) is bytes
        else memoryview(v_member_assignment)
    )


def _s_DescribedGroupMember_1(o: DescribedGroupMember) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        n += 2
    else:
        k = utf8_len(v_group_instance_id)
        n += 2
        n += k
    v_client_id = o.client_id
    k = utf8_len(v_client_id)
    n += 2
    n += k
    v_client_host = o.client_host
    k = utf8_len(v_client_host)
    n += 2
    n += k
    v_member_metadata = o.member_metadata
    n += 4
    n += len(v_member_metadata)
    v_member_assignment = o.member_assignment
    n += 4
    n += len(v_member_assignment)
    return n


def _r_DescribedGroupMember_2(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
            raise null_not_allowed("DescribedGroupMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
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
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedGroupMember.ClientId", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedGroupMember.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.ClientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribedGroupMember.MemberMetadata", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberMetadata", n, pos, end - pos)
        else:
            f_member_metadata = bytes(buf[pos : pos + n])
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
            raise null_not_allowed("DescribedGroupMember.MemberAssignment", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroupMember.MemberAssignment", n, pos, end - pos)
        else:
            f_member_assignment = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribedGroupMember(
                f_member_id,
                f_group_instance_id,
                f_client_id,
                f_client_host,
                f_member_metadata,
                f_member_assignment,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroupMember v5-6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroupMember v5-6", pos) from None


def _w_DescribedGroupMember_2(o: DescribedGroupMember, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        a(b"\x00")
    else:
        b = v_group_instance_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_client_id = o.client_id
    b = v_client_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_client_host = o.client_host
    b = v_client_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_metadata = o.member_metadata
    n = len(v_member_metadata) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_member_metadata if type(v_member_metadata) is bytes else memoryview(v_member_metadata))
    v_member_assignment = o.member_assignment
    n = len(v_member_assignment) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(
        v_member_assignment
        if type(v_member_assignment) is bytes
        else memoryview(v_member_assignment)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroupMember_2(o: DescribedGroupMember) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_instance_id = o.group_instance_id
    if v_group_instance_id is None:
        n += 1
    else:
        k = utf8_len(v_group_instance_id)
        n += uvarint_size(k + 1)
        n += k
    v_client_id = o.client_id
    k = utf8_len(v_client_id)
    n += uvarint_size(k + 1)
    n += k
    v_client_host = o.client_host
    k = utf8_len(v_client_host)
    n += uvarint_size(k + 1)
    n += k
    v_member_metadata = o.member_metadata
    n += uvarint_size(len(v_member_metadata) + 1)
    n += len(v_member_metadata)
    v_member_assignment = o.member_assignment
    n += uvarint_size(len(v_member_assignment) + 1)
    n += len(v_member_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeGroupsResponse._READERS = (
    _r_DescribeGroupsResponse_0,
    _r_DescribeGroupsResponse_1,
    _r_DescribeGroupsResponse_1,
    _r_DescribeGroupsResponse_2,
    _r_DescribeGroupsResponse_3,
    _r_DescribeGroupsResponse_4,
    _r_DescribeGroupsResponse_5,
)
DescribeGroupsResponse._WRITERS = (
    _w_DescribeGroupsResponse_0,
    _w_DescribeGroupsResponse_1,
    _w_DescribeGroupsResponse_1,
    _w_DescribeGroupsResponse_2,
    _w_DescribeGroupsResponse_3,
    _w_DescribeGroupsResponse_4,
    _w_DescribeGroupsResponse_5,
)
DescribeGroupsResponse._SIZERS = (
    _s_DescribeGroupsResponse_0,
    _s_DescribeGroupsResponse_1,
    _s_DescribeGroupsResponse_1,
    _s_DescribeGroupsResponse_2,
    _s_DescribeGroupsResponse_3,
    _s_DescribeGroupsResponse_4,
    _s_DescribeGroupsResponse_5,
)
bind_readers(
    DescribeGroupsResponse,
    "describe_groups_response",
    "954d26766152156b",
    (
        DescribedGroupMember,
        DescribedGroup,
        DescribeGroupsResponse,
    ),
)
