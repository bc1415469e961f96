# generated from Kafka 4.4.0 by codegen — do not edit
"""JoinGroupResponse: Kafka response (key 11), versions 0-9."""

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
    not_nullable,
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
    "JoinGroupResponseMember",
    "JoinGroupResponse",
]

_F0 = PackStruct(">hi")
_F1 = PackStruct(">ihi")
_F2 = PackStruct(">?")


class JoinGroupResponseMember(_StructBase):
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
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "metadata",
            "Metadata",
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
    metadata: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class JoinGroupResponse(_Message):
    NAME: ClassVar[str] = "JoinGroupResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN: ClassVar[int | None] = 6
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (2, 32767),
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
            "generation_id",
            "GenerationId",
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
            "protocol_type",
            "ProtocolType",
            "string",
            False,
            (7, 32767),
            (7, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "protocol_name",
            "ProtocolName",
            "string",
            False,
            (0, 32767),
            (7, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "leader",
            "Leader",
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
            "skip_assignment",
            "SkipAssignment",
            "bool",
            False,
            (9, 32767),
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
            "JoinGroupResponseMember",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            JoinGroupResponseMember,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    generation_id: int = -1
    protocol_type: str | None = None
    protocol_name: str | None = ""
    leader: str = ""
    skip_assignment: bool = False
    member_id: str = ""
    members: Sequence[JoinGroupResponseMember] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_JoinGroupResponse_0(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_error_code,
            f_generation_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.ProtocolName", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_0(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        return (
            JoinGroupResponse(
                0,
                f_error_code,
                f_generation_id,
                None,
                f_protocol_name,
                f_leader,
                False,
                f_member_id,
                f_members,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v0-1", pos) from None


def _w_JoinGroupResponse_0(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.skip_assignment:
        raise not_in_version("JoinGroupResponse.SkipAssignment", "0-1")
    a(_F0.pack(o.error_code, o.generation_id))
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        raise not_nullable("JoinGroupResponse.ProtocolName", "0-1")
    else:
        b = v_protocol_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_JoinGroupResponseMember_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_JoinGroupResponse_0(o: JoinGroupResponse) -> int:
    n = 6
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 2
    else:
        k = utf8_len(v_protocol_name)
        n += 2
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_JoinGroupResponseMember_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_JoinGroupResponse_1(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_generation_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.ProtocolName", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_0(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        return (
            JoinGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_generation_id,
                None,
                f_protocol_name,
                f_leader,
                False,
                f_member_id,
                f_members,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v2-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v2-4", pos) from None


def _w_JoinGroupResponse_1(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.skip_assignment:
        raise not_in_version("JoinGroupResponse.SkipAssignment", "2-4")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.generation_id))
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        raise not_nullable("JoinGroupResponse.ProtocolName", "2-4")
    else:
        b = v_protocol_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_JoinGroupResponseMember_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_JoinGroupResponse_1(o: JoinGroupResponse) -> int:
    n = 10
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 2
    else:
        k = utf8_len(v_protocol_name)
        n += 2
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_JoinGroupResponseMember_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_JoinGroupResponse_2(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_generation_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.ProtocolName", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_1(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        return (
            JoinGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_generation_id,
                None,
                f_protocol_name,
                f_leader,
                False,
                f_member_id,
                f_members,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v5", pos) from None


def _w_JoinGroupResponse_2(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.skip_assignment:
        raise not_in_version("JoinGroupResponse.SkipAssignment", "5")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.generation_id))
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        raise not_nullable("JoinGroupResponse.ProtocolName", "5")
    else:
        b = v_protocol_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_JoinGroupResponseMember_1
    for x_members in v_members:
        w_members(x_members, out)


def _s_JoinGroupResponse_2(o: JoinGroupResponse) -> int:
    n = 10
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 2
    else:
        k = utf8_len(v_protocol_name)
        n += 2
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_members = o.members
    n += 4
    sz_members = _s_JoinGroupResponseMember_1
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_JoinGroupResponse_3(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_generation_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            raise null_not_allowed("JoinGroupResponse.ProtocolName", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_2(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            JoinGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_generation_id,
                None,
                f_protocol_name,
                f_leader,
                False,
                f_member_id,
                f_members,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v6", pos) from None


def _w_JoinGroupResponse_3(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.skip_assignment:
        raise not_in_version("JoinGroupResponse.SkipAssignment", "6")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.generation_id))
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        raise not_nullable("JoinGroupResponse.ProtocolName", "6")
    else:
        b = v_protocol_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_JoinGroupResponseMember_2
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_JoinGroupResponse_3(o: JoinGroupResponse) -> int:
    n = 10
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 1
    else:
        k = utf8_len(v_protocol_name)
        n += uvarint_size(k + 1)
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_JoinGroupResponseMember_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_JoinGroupResponse_4(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_generation_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            f_protocol_type: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolType", n, pos, end - pos)
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
            f_protocol_name: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_2(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            JoinGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_generation_id,
                f_protocol_type,
                f_protocol_name,
                f_leader,
                False,
                f_member_id,
                f_members,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v7-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v7-8", pos) from None


def _w_JoinGroupResponse_4(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.skip_assignment:
        raise not_in_version("JoinGroupResponse.SkipAssignment", "7-8")
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.generation_id))
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        a(b"\x00")
    else:
        b = v_protocol_type.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        a(b"\x00")
    else:
        b = v_protocol_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_JoinGroupResponseMember_2
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_JoinGroupResponse_4(o: JoinGroupResponse) -> int:
    n = 10
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        n += 1
    else:
        k = utf8_len(v_protocol_type)
        n += uvarint_size(k + 1)
        n += k
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 1
    else:
        k = utf8_len(v_protocol_name)
        n += uvarint_size(k + 1)
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_JoinGroupResponseMember_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_JoinGroupResponse_5(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_generation_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 10
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
            f_protocol_type: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolType", n, pos, end - pos)
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
            f_protocol_name: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.ProtocolName", n, pos, end - pos)
        else:
            f_protocol_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupResponse.Leader", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_skip_assignment,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("JoinGroupResponse.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.MemberId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupResponse.Members", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponse.Members", n, pos, end - pos)
        else:
            items_members: list[JoinGroupResponseMember] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_JoinGroupResponseMember_2(buf, pos)
                append_members(x_members)
            f_members: tuple[JoinGroupResponseMember, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            JoinGroupResponse(
                f_throttle_time_ms,
                f_error_code,
                f_generation_id,
                f_protocol_type,
                f_protocol_name,
                f_leader,
                f_skip_assignment,
                f_member_id,
                f_members,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupResponse v9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponse v9", pos) from None


def _w_JoinGroupResponse_5(o: JoinGroupResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code, o.generation_id))
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        a(b"\x00")
    else:
        b = v_protocol_type.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        a(b"\x00")
    else:
        b = v_protocol_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_leader = o.leader
    b = v_leader.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.skip_assignment))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_JoinGroupResponseMember_2
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_JoinGroupResponse_5(o: JoinGroupResponse) -> int:
    n = 11
    v_protocol_type = o.protocol_type
    if v_protocol_type is None:
        n += 1
    else:
        k = utf8_len(v_protocol_type)
        n += uvarint_size(k + 1)
        n += k
    v_protocol_name = o.protocol_name
    if v_protocol_name is None:
        n += 1
    else:
        k = utf8_len(v_protocol_name)
        n += uvarint_size(k + 1)
        n += k
    v_leader = o.leader
    k = utf8_len(v_leader)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_JoinGroupResponseMember_2
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_JoinGroupResponseMember_0(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponseMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupResponseMember.Metadata", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        return JoinGroupResponseMember(f_member_id, None, f_metadata, None), pos
    except (StructError, IndexError):
        raise truncated("JoinGroupResponseMember v0-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponseMember v0-4", pos) from None


def _w_JoinGroupResponseMember_0(o: JoinGroupResponseMember, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_metadata = o.metadata
    a(INT32.pack(len(v_metadata)))
    a(v_metadata if type(v_metadata) is bytes else memoryview(v_metadata))


def _s_JoinGroupResponseMember_0(o: JoinGroupResponseMember) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_metadata = o.metadata
    n += 4
    n += len(v_metadata)
    return n


def _r_JoinGroupResponseMember_1(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupResponseMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupResponseMember.Metadata", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        return JoinGroupResponseMember(f_member_id, f_group_instance_id, f_metadata, None), pos
    except (StructError, IndexError):
        raise truncated("JoinGroupResponseMember v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponseMember v5", pos) from None


def _w_JoinGroupResponseMember_1(o: JoinGroupResponseMember, out: list[Buffer]) -> None:
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
    v_metadata = o.metadata
    a(INT32.pack(len(v_metadata)))
    a(v_metadata if type(v_metadata) is bytes else memoryview(v_metadata))


def _s_JoinGroupResponseMember_1(o: JoinGroupResponseMember) -> int:
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
    v_metadata = o.metadata
    n += 4
    n += len(v_metadata)
    return n


def _r_JoinGroupResponseMember_2(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
            raise null_not_allowed("JoinGroupResponseMember.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.MemberId", n, pos, end - pos)
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
            raise bad_length("JoinGroupResponseMember.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupResponseMember.Metadata", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupResponseMember.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return JoinGroupResponseMember(f_member_id, f_group_instance_id, f_metadata, tags), pos
    except (StructError, IndexError):
        raise truncated("JoinGroupResponseMember v6-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupResponseMember v6-9", pos) from None


def _w_JoinGroupResponseMember_2(o: JoinGroupResponseMember, out: list[Buffer]) -> None:
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
    v_metadata = o.metadata
    n = len(v_metadata) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_metadata if type(v_metadata) is bytes else memoryview(v_metadata))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_JoinGroupResponseMember_2(o: JoinGroupResponseMember) -> int:
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
    v_metadata = o.metadata
    n += uvarint_size(len(v_metadata) + 1)
    n += len(v_metadata)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


JoinGroupResponse._READERS = (
    _r_JoinGroupResponse_0,
    _r_JoinGroupResponse_0,
    _r_JoinGroupResponse_1,
    _r_JoinGroupResponse_1,
    _r_JoinGroupResponse_1,
    _r_JoinGroupResponse_2,
    _r_JoinGroupResponse_3,
    _r_JoinGroupResponse_4,
    _r_JoinGroupResponse_4,
    _r_JoinGroupResponse_5,
)
JoinGroupResponse._WRITERS = (
    _w_JoinGroupResponse_0,
    _w_JoinGroupResponse_0,
    _w_JoinGroupResponse_1,
    _w_JoinGroupResponse_1,
    _w_JoinGroupResponse_1,
    _w_JoinGroupResponse_2,
    _w_JoinGroupResponse_3,
    _w_JoinGroupResponse_4,
    _w_JoinGroupResponse_4,
    _w_JoinGroupResponse_5,
)
JoinGroupResponse._SIZERS = (
    _s_JoinGroupResponse_0,
    _s_JoinGroupResponse_0,
    _s_JoinGroupResponse_1,
    _s_JoinGroupResponse_1,
    _s_JoinGroupResponse_1,
    _s_JoinGroupResponse_2,
    _s_JoinGroupResponse_3,
    _s_JoinGroupResponse_4,
    _s_JoinGroupResponse_4,
    _s_JoinGroupResponse_5,
)
bind_readers(
    JoinGroupResponse,
    "join_group_response",
    "e419502cd0f0508b",
    (
        JoinGroupResponseMember,
        JoinGroupResponse,
    ),
)
