# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupDescribeResponse: Kafka response (key 77), versions 1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
import msgspec
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
    UVARINTS,
    ZERO_UUID,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicPartitions",
    "Assignment",
    "Member",
    "DescribedGroup",
    "ShareGroupDescribeResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">ii")
_F3 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartitions(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "topic_name",
            "TopicName",
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
            "partitions",
            "Partitions",
            "int32",
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
    topic_id: UUID = ZERO_UUID
    topic_name: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class Assignment(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_partitions",
            "TopicPartitions",
            "TopicPartitions",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicPartitions,
            False,
        ),
    )
    topic_partitions: Sequence[TopicPartitions] = ()
    unknown_tags: dict[int, bytes] | None = None


class Member(_StructBase):
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
            "rack_id",
            "RackId",
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
            "member_epoch",
            "MemberEpoch",
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
            "subscribed_topic_names",
            "SubscribedTopicNames",
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
        FieldInfo(
            "assignment",
            "Assignment",
            "Assignment",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Assignment,
            False,
        ),
    )
    member_id: str = ""
    rack_id: str | None = None
    member_epoch: int = 0
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: Sequence[str] = ()
    assignment: Assignment = msgspec.field(default_factory=Assignment)
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
            (0, 32767),
            (0, 32767),
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
            "group_epoch",
            "GroupEpoch",
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
            "assignment_epoch",
            "AssignmentEpoch",
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
            "assignor_name",
            "AssignorName",
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
            "Member",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Member,
            False,
        ),
        FieldInfo(
            "authorized_operations",
            "AuthorizedOperations",
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
    )
    error_code: int = 0
    error_message: str | None = None
    group_id: str = ""
    group_state: str = ""
    group_epoch: int = 0
    assignment_epoch: int = 0
    assignor_name: str = ""
    members: Sequence[Member] = ()
    authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


class ShareGroupDescribeResponse(_Message):
    NAME: ClassVar[str] = "ShareGroupDescribeResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 77
    MIN_VERSION: ClassVar[int] = 1
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


def _r_ShareGroupDescribeResponse_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupDescribeResponse, int]:
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
            raise null_not_allowed("ShareGroupDescribeResponse.Groups", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupDescribeResponse.Groups", n, pos, end - pos)
        else:
            items_groups: list[DescribedGroup] = []
            append_groups = items_groups.append
            for _ in range(n):
                x_groups, pos = _r_DescribedGroup_0(buf, pos)
                append_groups(x_groups)
            f_groups: tuple[DescribedGroup, ...] = tuple(items_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ShareGroupDescribeResponse(f_throttle_time_ms, f_groups, tags), pos
    except (StructError, IndexError):
        raise truncated("ShareGroupDescribeResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupDescribeResponse v1", pos) from None


def _w_ShareGroupDescribeResponse_0(o: ShareGroupDescribeResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_groups = o.groups
    n = len(v_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_groups = _w_DescribedGroup_0
    for x_groups in v_groups:
        w_groups(x_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupDescribeResponse_0(o: ShareGroupDescribeResponse) -> int:
    n = 4
    v_groups = o.groups
    n += uvarint_size(len(v_groups) + 1)
    sz_groups = _s_DescribedGroup_0
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
        (
            f_group_epoch,
            f_assignment_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 8
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
            raise null_not_allowed("DescribedGroup.AssignorName", pos)
        elif n > end - pos:
            raise bad_length("DescribedGroup.AssignorName", n, pos, end - pos)
        else:
            f_assignor_name = str(buf[pos : pos + n], "utf-8")
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
            items_members: list[Member] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_Member_0(buf, pos)
                append_members(x_members)
            f_members: tuple[Member, ...] = tuple(items_members)
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
                f_group_epoch,
                f_assignment_epoch,
                f_assignor_name,
                f_members,
                f_authorized_operations,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribedGroup v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribedGroup v1", pos) from None


def _w_DescribedGroup_0(o: DescribedGroup, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.group_epoch, o.assignment_epoch))
    v_assignor_name = o.assignor_name
    b = v_assignor_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_Member_0
    for x_members in v_members:
        w_members(x_members, out)
    a(_F0.pack(o.authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribedGroup_0(o: DescribedGroup) -> int:
    n = 14
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
    v_assignor_name = o.assignor_name
    k = utf8_len(v_assignor_name)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_Member_0
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Member_0(buf: memoryview, pos: int) -> tuple[Member, int]:
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
            raise null_not_allowed("Member.MemberId", pos)
        elif n > end - pos:
            raise bad_length("Member.MemberId", n, pos, end - pos)
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
            f_rack_id: str | None = None
        elif n > end - pos:
            raise bad_length("Member.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_member_epoch,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("Member.ClientId", pos)
        elif n > end - pos:
            raise bad_length("Member.ClientId", n, pos, end - pos)
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
            raise null_not_allowed("Member.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("Member.ClientHost", n, pos, end - pos)
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
            raise null_not_allowed("Member.SubscribedTopicNames", pos)
        elif n > end - pos:
            raise bad_length("Member.SubscribedTopicNames", n, pos, end - pos)
        else:
            items_subscribed_topic_names: list[str] = []
            append_subscribed_topic_names = items_subscribed_topic_names.append
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
                    raise null_not_allowed("Member.SubscribedTopicNames", pos)
                elif n > end - pos:
                    raise bad_length("Member.SubscribedTopicNames", n, pos, end - pos)
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names: tuple[str, ...] = tuple(items_subscribed_topic_names)
        f_assignment, pos = _r_Assignment_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Member(
                f_member_id,
                f_rack_id,
                f_member_epoch,
                f_client_id,
                f_client_host,
                f_subscribed_topic_names,
                f_assignment,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Member v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Member v1", pos) from None


def _w_Member_0(o: Member, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_rack_id = o.rack_id
    if v_rack_id is None:
        a(b"\x00")
    else:
        b = v_rack_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.member_epoch))
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
    v_subscribed_topic_names = o.subscribed_topic_names
    n = len(v_subscribed_topic_names) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_subscribed_topic_names in v_subscribed_topic_names:
        b = x_subscribed_topic_names.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_assignment = o.assignment
    _w_Assignment_0(v_assignment, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Member_0(o: Member) -> int:
    n = 4
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_rack_id = o.rack_id
    if v_rack_id is None:
        n += 1
    else:
        k = utf8_len(v_rack_id)
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
    v_subscribed_topic_names = o.subscribed_topic_names
    n += uvarint_size(len(v_subscribed_topic_names) + 1)
    for x_subscribed_topic_names in v_subscribed_topic_names:
        k = utf8_len(x_subscribed_topic_names)
        n += uvarint_size(k + 1)
        n += k
    v_assignment = o.assignment
    n += _s_Assignment_0(v_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Assignment_0(buf: memoryview, pos: int) -> tuple[Assignment, int]:
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
            raise null_not_allowed("Assignment.TopicPartitions", pos)
        elif n > end - pos:
            raise bad_length("Assignment.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions: tuple[TopicPartitions, ...] = tuple(items_topic_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Assignment(f_topic_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("Assignment v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Assignment v1", pos) from None


def _w_Assignment_0(o: Assignment, out: list[Buffer]) -> None:
    a = out.append
    v_topic_partitions = o.topic_partitions
    n = len(v_topic_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_partitions = _w_TopicPartitions_0
    for x_topic_partitions in v_topic_partitions:
        w_topic_partitions(x_topic_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Assignment_0(o: Assignment) -> int:
    n = 0
    v_topic_partitions = o.topic_partitions
    n += uvarint_size(len(v_topic_partitions) + 1)
    sz_topic_partitions = _s_TopicPartitions_0
    for x_topic_partitions in v_topic_partitions:
        n += sz_topic_partitions(x_topic_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartitions_0(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F3.unpack_from(buf, pos)
        pos += 16
        f_topic_id = uuid_from_bytes(f_topic_id)
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
            raise null_not_allowed("TopicPartitions.TopicName", pos)
        elif n > end - pos:
            raise bad_length("TopicPartitions.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TopicPartitions.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartitions.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartitions(f_topic_id, f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v1", pos) from None


def _w_TopicPartitions_0(o: TopicPartitions, out: list[Buffer]) -> None:
    a = out.append
    a(_F3.pack(o.topic_id.bytes))
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupDescribeResponse._READERS = (
    None,
    _r_ShareGroupDescribeResponse_0,
)
ShareGroupDescribeResponse._WRITERS = (
    None,
    _w_ShareGroupDescribeResponse_0,
)
ShareGroupDescribeResponse._SIZERS = (
    None,
    _s_ShareGroupDescribeResponse_0,
)
bind_readers(
    ShareGroupDescribeResponse,
    "share_group_describe_response",
    "8d4e971b7a7d7891",
    (
        TopicPartitions,
        Assignment,
        Member,
        DescribedGroup,
        ShareGroupDescribeResponse,
    ),
)
