# generated from Kafka 4.4.0 by codegen — do not edit
"""LeaveGroupResponse: Kafka response (key 13), versions 0-5."""

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
    "MemberResponse",
    "LeaveGroupResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">ih")


class MemberResponse(_StructBase):
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
            "error_code",
            "ErrorCode",
            "int16",
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
    member_id: str = ""
    group_instance_id: str | None = ""
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class LeaveGroupResponse(_Message):
    NAME: ClassVar[str] = "LeaveGroupResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 4
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
            "members",
            "Members",
            "MemberResponse",
            True,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MemberResponse,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    members: Sequence[MemberResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_LeaveGroupResponse_0(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return LeaveGroupResponse(0, f_error_code, (), None), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupResponse v0", pos) from None


def _w_LeaveGroupResponse_0(o: LeaveGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.members:
        raise not_in_version("LeaveGroupResponse.Members", "0")
    a(_F0.pack(o.error_code))


def _s_LeaveGroupResponse_0(o: LeaveGroupResponse) -> int:
    n = 2
    return n


def _r_LeaveGroupResponse_1(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        return LeaveGroupResponse(f_throttle_time_ms, f_error_code, (), None), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupResponse v1-2", pos) from None


def _w_LeaveGroupResponse_1(o: LeaveGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.members:
        raise not_in_version("LeaveGroupResponse.Members", "1-2")
    a(_F1.pack(o.throttle_time_ms, o.error_code))


def _s_LeaveGroupResponse_1(o: LeaveGroupResponse) -> int:
    n = 6
    return n


def _r_LeaveGroupResponse_2(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
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
            raise null_not_allowed("LeaveGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[MemberResponse] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberResponse_0(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberResponse, ...] = tuple(items_members)
        return LeaveGroupResponse(f_throttle_time_ms, f_error_code, f_members, None), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupResponse v3", pos) from None


def _w_LeaveGroupResponse_2(o: LeaveGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberResponse_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_LeaveGroupResponse_2(o: LeaveGroupResponse) -> int:
    n = 6
    v_members = o.members
    n += 4
    sz_members = _s_MemberResponse_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_LeaveGroupResponse_3(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
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
            raise null_not_allowed("LeaveGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("LeaveGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[MemberResponse] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberResponse_1(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberResponse, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaveGroupResponse(f_throttle_time_ms, f_error_code, f_members, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaveGroupResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaveGroupResponse v4-5", pos) from None


def _w_LeaveGroupResponse_3(o: LeaveGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_MemberResponse_1
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaveGroupResponse_3(o: LeaveGroupResponse) -> int:
    n = 6
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_MemberResponse_1
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MemberResponse_0(buf: memoryview, pos: int) -> tuple[MemberResponse, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("MemberResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("MemberResponse.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        return MemberResponse(f_member_id, f_group_instance_id, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("MemberResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberResponse v3", pos) from None


def _w_MemberResponse_0(o: MemberResponse, out: list[Buffer]) -> None:
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
    a(_F0.pack(o.error_code))


def _s_MemberResponse_0(o: MemberResponse) -> int:
    n = 2
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


def _r_MemberResponse_1(buf: memoryview, pos: int) -> tuple[MemberResponse, int]:
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
            raise null_not_allowed("MemberResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("MemberResponse.MemberId", n, pos, end - pos)
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
            raise bad_length("MemberResponse.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return MemberResponse(f_member_id, f_group_instance_id, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("MemberResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberResponse v4-5", pos) from None


def _w_MemberResponse_1(o: MemberResponse, out: list[Buffer]) -> None:
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
    a(_F0.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MemberResponse_1(o: MemberResponse) -> int:
    n = 2
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


LeaveGroupResponse._READERS = (
    _r_LeaveGroupResponse_0,
    _r_LeaveGroupResponse_1,
    _r_LeaveGroupResponse_1,
    _r_LeaveGroupResponse_2,
    _r_LeaveGroupResponse_3,
    _r_LeaveGroupResponse_3,
)
LeaveGroupResponse._WRITERS = (
    _w_LeaveGroupResponse_0,
    _w_LeaveGroupResponse_1,
    _w_LeaveGroupResponse_1,
    _w_LeaveGroupResponse_2,
    _w_LeaveGroupResponse_3,
    _w_LeaveGroupResponse_3,
)
LeaveGroupResponse._SIZERS = (
    _s_LeaveGroupResponse_0,
    _s_LeaveGroupResponse_1,
    _s_LeaveGroupResponse_1,
    _s_LeaveGroupResponse_2,
    _s_LeaveGroupResponse_3,
    _s_LeaveGroupResponse_3,
)
bind_readers(
    LeaveGroupResponse,
    "leave_group_response",
    "6283e03777324bd3",
    (
        MemberResponse,
        LeaveGroupResponse,
    ),
)
