# generated from Kafka 4.4.0 by codegen — do not edit
"""LeaveGroupRequest: Kafka request (key 13), versions 0-5."""

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
    "MemberIdentity",
    "LeaveGroupRequest",
]


class MemberIdentity(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "member_id",
            "MemberId",
            "string",
            False,
            (3, 32767),
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
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "reason",
            "Reason",
            "string",
            False,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    member_id: str = ""
    group_instance_id: str | None = None
    reason: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class LeaveGroupRequest(_Message):
    NAME: ClassVar[str] = "LeaveGroupRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 4
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
            "member_id",
            "MemberId",
            "string",
            False,
            (0, 2),
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
            "MemberIdentity",
            True,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MemberIdentity,
            False,
        ),
    )
    group_id: str = ""
    member_id: str = ""
    members: Sequence[MemberIdentity] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_LeaveGroupRequest_0(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LeaveGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LeaveGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return LeaveGroupRequest(f_group_id, f_member_id, (), None), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupRequest v0-2", pos) from None


def _w_LeaveGroupRequest_0(o: LeaveGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.members:
        raise not_in_version("LeaveGroupRequest.Members", "0-2")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_LeaveGroupRequest_0(o: LeaveGroupRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    return n


def _r_LeaveGroupRequest_1(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LeaveGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("LeaveGroupRequest.Members", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.Members", n, pos, end - pos)
        else:
            items_members: list[MemberIdentity] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberIdentity_0(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberIdentity, ...] = tuple(items_members)
        return LeaveGroupRequest(f_group_id, "", f_members, None), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupRequest v3", pos) from None


def _w_LeaveGroupRequest_1(o: LeaveGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.member_id != "":
        raise not_in_version("LeaveGroupRequest.MemberId", "3")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberIdentity_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_LeaveGroupRequest_1(o: LeaveGroupRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_MemberIdentity_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_LeaveGroupRequest_2(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
            raise null_not_allowed("LeaveGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("LeaveGroupRequest.Members", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.Members", n, pos, end - pos)
        else:
            items_members: list[MemberIdentity] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberIdentity_1(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberIdentity, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaveGroupRequest(f_group_id, "", f_members, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupRequest v4", pos) from None


def _w_LeaveGroupRequest_2(o: LeaveGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.member_id != "":
        raise not_in_version("LeaveGroupRequest.MemberId", "4")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_MemberIdentity_1
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaveGroupRequest_2(o: LeaveGroupRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_MemberIdentity_1
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_LeaveGroupRequest_3(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
            raise null_not_allowed("LeaveGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("LeaveGroupRequest.Members", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupRequest.Members", n, pos, end - pos)
        else:
            items_members: list[MemberIdentity] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberIdentity_2(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberIdentity, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaveGroupRequest(f_group_id, "", f_members, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupRequest v5", pos) from None


def _w_LeaveGroupRequest_3(o: LeaveGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.member_id != "":
        raise not_in_version("LeaveGroupRequest.MemberId", "5")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_MemberIdentity_2
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaveGroupRequest_3(o: LeaveGroupRequest) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_MemberIdentity_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MemberIdentity_0(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberIdentity.MemberId", pos)
        elif n > end - pos:
            raise bad_length("MemberIdentity.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("MemberIdentity.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return MemberIdentity(f_member_id, f_group_instance_id, None, None), pos
    except (StructError, IndexError):
        raise truncated("MemberIdentity v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberIdentity v3", pos) from None


def _w_MemberIdentity_0(o: MemberIdentity, out: list[Buffer]) -> None:
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


def _s_MemberIdentity_0(o: MemberIdentity) -> int:
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
    return n


def _r_MemberIdentity_1(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
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
            raise null_not_allowed("MemberIdentity.MemberId", pos)
        elif n > end - pos:
            raise bad_length("MemberIdentity.MemberId", n, pos, end - pos)
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
            raise bad_length("MemberIdentity.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MemberIdentity(f_member_id, f_group_instance_id, None, tags), pos
    except (StructError, IndexError):
        raise truncated("MemberIdentity v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberIdentity v4", pos) from None


def _w_MemberIdentity_1(o: MemberIdentity, out: list[Buffer]) -> None:
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MemberIdentity_1(o: MemberIdentity) -> int:
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MemberIdentity_2(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
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
            raise null_not_allowed("MemberIdentity.MemberId", pos)
        elif n > end - pos:
            raise bad_length("MemberIdentity.MemberId", n, pos, end - pos)
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
            raise bad_length("MemberIdentity.GroupInstanceId", n, pos, end - pos)
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
            f_reason: str | None = None
        elif n > end - pos:
            raise bad_length("MemberIdentity.Reason", n, pos, end - pos)
        else:
            f_reason = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MemberIdentity(f_member_id, f_group_instance_id, f_reason, tags), pos
    except (StructError, IndexError):
        raise truncated("MemberIdentity v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberIdentity v5", pos) from None


def _w_MemberIdentity_2(o: MemberIdentity, out: list[Buffer]) -> None:
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
    v_reason = o.reason
    if v_reason is None:
        a(b"\x00")
    else:
        b = v_reason.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MemberIdentity_2(o: MemberIdentity) -> int:
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
    v_reason = o.reason
    if v_reason is None:
        n += 1
    else:
        k = utf8_len(v_reason)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


LeaveGroupRequest._READERS = (
    _r_LeaveGroupRequest_0,
    _r_LeaveGroupRequest_0,
    _r_LeaveGroupRequest_0,
    _r_LeaveGroupRequest_1,
    _r_LeaveGroupRequest_2,
    _r_LeaveGroupRequest_3,
)
LeaveGroupRequest._WRITERS = (
    _w_LeaveGroupRequest_0,
    _w_LeaveGroupRequest_0,
    _w_LeaveGroupRequest_0,
    _w_LeaveGroupRequest_1,
    _w_LeaveGroupRequest_2,
    _w_LeaveGroupRequest_3,
)
LeaveGroupRequest._SIZERS = (
    _s_LeaveGroupRequest_0,
    _s_LeaveGroupRequest_0,
    _s_LeaveGroupRequest_0,
    _s_LeaveGroupRequest_1,
    _s_LeaveGroupRequest_2,
    _s_LeaveGroupRequest_3,
)
bind_readers(
    LeaveGroupRequest,
    "leave_group_request",
    "3678d5e44e85ce0a",
    (
        MemberIdentity,
        LeaveGroupRequest,
    ),
)
