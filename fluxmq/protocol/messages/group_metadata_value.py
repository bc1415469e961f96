# generated from Kafka 4.4.0 by codegen — do not edit
"""GroupMetadataValue: Kafka coordinator-value (key 2), versions 0-4."""

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
    "MemberMetadata",
    "GroupMetadataValue",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">q")
_F2 = PackStruct(">ii")


class MemberMetadata(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "member_id",
            "memberId",
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
            "groupInstanceId",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "client_id",
            "clientId",
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
            "clientHost",
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
            "rebalance_timeout",
            "rebalanceTimeout",
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
            "session_timeout",
            "sessionTimeout",
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
            "subscription",
            "subscription",
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
            "assignment",
            "assignment",
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
    rebalance_timeout: int = -1
    session_timeout: int = 0
    subscription: bytes = b""
    assignment: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class GroupMetadataValue(_Message):
    NAME: ClassVar[str] = "GroupMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "protocol_type",
            "protocolType",
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
            "generation",
            "generation",
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
            "protocol",
            "protocol",
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
            "leader",
            "leader",
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
            "current_state_timestamp",
            "currentStateTimestamp",
            "int64",
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
            "members",
            "members",
            "MemberMetadata",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            MemberMetadata,
            False,
        ),
    )
    protocol_type: str = ""
    generation: int = 0
    protocol: str | None = ""
    leader: str | None = ""
    current_state_timestamp: int = -1
    members: Sequence[MemberMetadata] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_GroupMetadataValue_0(buf: memoryview, pos: int) -> tuple[GroupMetadataValue, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.protocolType", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_protocol: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocol", n, pos, end - pos)
        else:
            f_protocol = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_leader: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.members", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.members", n, pos, end - pos)
        else:
            items_members: list[MemberMetadata] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberMetadata_0(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberMetadata, ...] = tuple(items_members)
        return (
            GroupMetadataValue(
                f_protocol_type, f_generation, f_protocol, f_leader, -1, f_members, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GroupMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataValue v0", pos) from None


def _w_GroupMetadataValue_0(o: GroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation))
    v_protocol = o.protocol
    if v_protocol is None:
        a(b"\xff\xff")
    else:
        b = v_protocol.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    if v_leader is None:
        a(b"\xff\xff")
    else:
        b = v_leader.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberMetadata_0
    for x_members in v_members:
        w_members(x_members, out)


def _s_GroupMetadataValue_0(o: GroupMetadataValue) -> int:
    n = 4
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol = o.protocol
    if v_protocol is None:
        n += 2
    else:
        k = utf8_len(v_protocol)
        n += 2
        n += k
    v_leader = o.leader
    if v_leader is None:
        n += 2
    else:
        k = utf8_len(v_leader)
        n += 2
        n += k
    v_members = o.members
    n += 4
    sz_members = _s_MemberMetadata_0
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_GroupMetadataValue_1(buf: memoryview, pos: int) -> tuple[GroupMetadataValue, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.protocolType", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_protocol: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocol", n, pos, end - pos)
        else:
            f_protocol = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_leader: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.members", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.members", n, pos, end - pos)
        else:
            items_members: list[MemberMetadata] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberMetadata_1(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberMetadata, ...] = tuple(items_members)
        return (
            GroupMetadataValue(
                f_protocol_type, f_generation, f_protocol, f_leader, -1, f_members, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GroupMetadataValue v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataValue v1", pos) from None


def _w_GroupMetadataValue_1(o: GroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation))
    v_protocol = o.protocol
    if v_protocol is None:
        a(b"\xff\xff")
    else:
        b = v_protocol.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    if v_leader is None:
        a(b"\xff\xff")
    else:
        b = v_leader.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberMetadata_1
    for x_members in v_members:
        w_members(x_members, out)


def _s_GroupMetadataValue_1(o: GroupMetadataValue) -> int:
    n = 4
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol = o.protocol
    if v_protocol is None:
        n += 2
    else:
        k = utf8_len(v_protocol)
        n += 2
        n += k
    v_leader = o.leader
    if v_leader is None:
        n += 2
    else:
        k = utf8_len(v_leader)
        n += 2
        n += k
    v_members = o.members
    n += 4
    sz_members = _s_MemberMetadata_1
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_GroupMetadataValue_2(buf: memoryview, pos: int) -> tuple[GroupMetadataValue, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.protocolType", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_protocol: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocol", n, pos, end - pos)
        else:
            f_protocol = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_leader: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_current_state_timestamp,) = _F1.unpack_from(buf, pos)
        pos += 8
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.members", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.members", n, pos, end - pos)
        else:
            items_members: list[MemberMetadata] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberMetadata_1(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberMetadata, ...] = tuple(items_members)
        return (
            GroupMetadataValue(
                f_protocol_type,
                f_generation,
                f_protocol,
                f_leader,
                f_current_state_timestamp,
                f_members,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GroupMetadataValue v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataValue v2", pos) from None


def _w_GroupMetadataValue_2(o: GroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation))
    v_protocol = o.protocol
    if v_protocol is None:
        a(b"\xff\xff")
    else:
        b = v_protocol.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    if v_leader is None:
        a(b"\xff\xff")
    else:
        b = v_leader.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F1.pack(o.current_state_timestamp))
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberMetadata_1
    for x_members in v_members:
        w_members(x_members, out)


def _s_GroupMetadataValue_2(o: GroupMetadataValue) -> int:
    n = 12
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol = o.protocol
    if v_protocol is None:
        n += 2
    else:
        k = utf8_len(v_protocol)
        n += 2
        n += k
    v_leader = o.leader
    if v_leader is None:
        n += 2
    else:
        k = utf8_len(v_leader)
        n += 2
        n += k
    v_members = o.members
    n += 4
    sz_members = _s_MemberMetadata_1
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_GroupMetadataValue_3(buf: memoryview, pos: int) -> tuple[GroupMetadataValue, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.protocolType", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_protocol: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocol", n, pos, end - pos)
        else:
            f_protocol = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_leader: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_current_state_timestamp,) = _F1.unpack_from(buf, pos)
        pos += 8
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("GroupMetadataValue.members", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.members", n, pos, end - pos)
        else:
            items_members: list[MemberMetadata] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberMetadata_2(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberMetadata, ...] = tuple(items_members)
        return (
            GroupMetadataValue(
                f_protocol_type,
                f_generation,
                f_protocol,
                f_leader,
                f_current_state_timestamp,
                f_members,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GroupMetadataValue v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataValue v3", pos) from None


def _w_GroupMetadataValue_3(o: GroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation))
    v_protocol = o.protocol
    if v_protocol is None:
        a(b"\xff\xff")
    else:
        b = v_protocol.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_leader = o.leader
    if v_leader is None:
        a(b"\xff\xff")
    else:
        b = v_leader.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F1.pack(o.current_state_timestamp))
    v_members = o.members
    a(INT32.pack(len(v_members)))
    w_members = _w_MemberMetadata_2
    for x_members in v_members:
        w_members(x_members, out)


def _s_GroupMetadataValue_3(o: GroupMetadataValue) -> int:
    n = 12
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocol = o.protocol
    if v_protocol is None:
        n += 2
    else:
        k = utf8_len(v_protocol)
        n += 2
        n += k
    v_leader = o.leader
    if v_leader is None:
        n += 2
    else:
        k = utf8_len(v_leader)
        n += 2
        n += k
    v_members = o.members
    n += 4
    sz_members = _s_MemberMetadata_2
    for x_members in v_members:
        n += sz_members(x_members)
    return n


def _r_GroupMetadataValue_4(buf: memoryview, pos: int) -> tuple[GroupMetadataValue, int]:
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
            raise null_not_allowed("GroupMetadataValue.protocolType", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation,) = _F0.unpack_from(buf, pos)
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
            f_protocol: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.protocol", n, pos, end - pos)
        else:
            f_protocol = str(buf[pos : pos + n], "utf-8")
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
            f_leader: str | None = None
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.leader", n, pos, end - pos)
        else:
            f_leader = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_current_state_timestamp,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("GroupMetadataValue.members", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataValue.members", n, pos, end - pos)
        else:
            items_members: list[MemberMetadata] = []
            append_members = items_members.append
            for _ in range(n):
                x_members, pos = _r_MemberMetadata_3(buf, pos)
                append_members(x_members)
            f_members: tuple[MemberMetadata, ...] = tuple(items_members)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            GroupMetadataValue(
                f_protocol_type,
                f_generation,
                f_protocol,
                f_leader,
                f_current_state_timestamp,
                f_members,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GroupMetadataValue v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataValue v4", pos) from None


def _w_GroupMetadataValue_4(o: GroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.generation))
    v_protocol = o.protocol
    if v_protocol is None:
        a(b"\x00")
    else:
        b = v_protocol.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_leader = o.leader
    if v_leader is None:
        a(b"\x00")
    else:
        b = v_leader.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.current_state_timestamp))
    v_members = o.members
    n = len(v_members) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_members = _w_MemberMetadata_3
    for x_members in v_members:
        w_members(x_members, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_GroupMetadataValue_4(o: GroupMetadataValue) -> int:
    n = 12
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_protocol = o.protocol
    if v_protocol is None:
        n += 1
    else:
        k = utf8_len(v_protocol)
        n += uvarint_size(k + 1)
        n += k
    v_leader = o.leader
    if v_leader is None:
        n += 1
    else:
        k = utf8_len(v_leader)
        n += uvarint_size(k + 1)
        n += k
    v_members = o.members
    n += uvarint_size(len(v_members) + 1)
    sz_members = _s_MemberMetadata_3
    for x_members in v_members:
        n += sz_members(x_members)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_MemberMetadata_0(buf: memoryview, pos: int) -> tuple[MemberMetadata, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.memberId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.memberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientHost", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_session_timeout,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.subscription", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.subscription", n, pos, end - pos)
        else:
            f_subscription = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.assignment", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            MemberMetadata(
                f_member_id,
                None,
                f_client_id,
                f_client_host,
                -1,
                f_session_timeout,
                f_subscription,
                f_assignment,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MemberMetadata v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberMetadata v0", pos) from None


def _w_MemberMetadata_0(o: MemberMetadata, out: list[Buffer]) -> None:
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
    a(_F0.pack(o.session_timeout))
    v_subscription = o.subscription
    a(INT32.pack(len(v_subscription)))
    a(v_subscription if type(v_subscription) is bytes else memoryview(v_subscription))
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_MemberMetadata_0(o: MemberMetadata) -> int:
    n = 4
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
    v_subscription = o.subscription
    n += 4
    n += len(v_subscription)
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_MemberMetadata_1(buf: memoryview, pos: int) -> tuple[MemberMetadata, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.memberId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.memberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientHost", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_rebalance_timeout,
            f_session_timeout,
        ) = _F2.unpack_from(buf, pos)
        pos += 8
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.subscription", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.subscription", n, pos, end - pos)
        else:
            f_subscription = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.assignment", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            MemberMetadata(
                f_member_id,
                None,
                f_client_id,
                f_client_host,
                f_rebalance_timeout,
                f_session_timeout,
                f_subscription,
                f_assignment,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MemberMetadata v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberMetadata v1-2", pos) from None


def _w_MemberMetadata_1(o: MemberMetadata, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.rebalance_timeout, o.session_timeout))
    v_subscription = o.subscription
    a(INT32.pack(len(v_subscription)))
    a(v_subscription if type(v_subscription) is bytes else memoryview(v_subscription))
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_MemberMetadata_1(o: MemberMetadata) -> int:
    n = 8
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
    v_subscription = o.subscription
    n += 4
    n += len(v_subscription)
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_MemberMetadata_2(buf: memoryview, pos: int) -> tuple[MemberMetadata, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.memberId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.memberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("MemberMetadata.groupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientId", n, pos, end - pos)
        else:
            f_client_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("MemberMetadata.clientHost", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_rebalance_timeout,
            f_session_timeout,
        ) = _F2.unpack_from(buf, pos)
        pos += 8
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.subscription", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.subscription", n, pos, end - pos)
        else:
            f_subscription = bytes(buf[pos : pos + n])
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("MemberMetadata.assignment", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return (
            MemberMetadata(
                f_member_id,
                f_group_instance_id,
                f_client_id,
                f_client_host,
                f_rebalance_timeout,
                f_session_timeout,
                f_subscription,
                f_assignment,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MemberMetadata v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberMetadata v3", pos) from None


def _w_MemberMetadata_2(o: MemberMetadata, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.rebalance_timeout, o.session_timeout))
    v_subscription = o.subscription
    a(INT32.pack(len(v_subscription)))
    a(v_subscription if type(v_subscription) is bytes else memoryview(v_subscription))
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_MemberMetadata_2(o: MemberMetadata) -> int:
    n = 8
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
    v_subscription = o.subscription
    n += 4
    n += len(v_subscription)
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_MemberMetadata_3(buf: memoryview, pos: int) -> tuple[MemberMetadata, int]:
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
            raise null_not_allowed("MemberMetadata.memberId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.memberId", n, pos, end - pos)
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
            raise bad_length("MemberMetadata.groupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("MemberMetadata.clientId", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientId", n, pos, end - pos)
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
            raise null_not_allowed("MemberMetadata.clientHost", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.clientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_rebalance_timeout,
            f_session_timeout,
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
            raise null_not_allowed("MemberMetadata.subscription", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.subscription", n, pos, end - pos)
        else:
            f_subscription = bytes(buf[pos : pos + n])
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
            raise null_not_allowed("MemberMetadata.assignment", pos)
        elif n > end - pos:
            raise bad_length("MemberMetadata.assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            MemberMetadata(
                f_member_id,
                f_group_instance_id,
                f_client_id,
                f_client_host,
                f_rebalance_timeout,
                f_session_timeout,
                f_subscription,
                f_assignment,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("MemberMetadata v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("MemberMetadata v4", pos) from None


def _w_MemberMetadata_3(o: MemberMetadata, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.rebalance_timeout, o.session_timeout))
    v_subscription = o.subscription
    n = len(v_subscription) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_subscription if type(v_subscription) is bytes else memoryview(v_subscription))
    v_assignment = o.assignment
    n = len(v_assignment) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_MemberMetadata_3(o: MemberMetadata) -> int:
    n = 8
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
    v_subscription = o.subscription
    n += uvarint_size(len(v_subscription) + 1)
    n += len(v_subscription)
    v_assignment = o.assignment
    n += uvarint_size(len(v_assignment) + 1)
    n += len(v_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


GroupMetadataValue._READERS = (
    _r_GroupMetadataValue_0,
    _r_GroupMetadataValue_1,
    _r_GroupMetadataValue_2,
    _r_GroupMetadataValue_3,
    _r_GroupMetadataValue_4,
)
GroupMetadataValue._WRITERS = (
    _w_GroupMetadataValue_0,
    _w_GroupMetadataValue_1,
    _w_GroupMetadataValue_2,
    _w_GroupMetadataValue_3,
    _w_GroupMetadataValue_4,
)
GroupMetadataValue._SIZERS = (
    _s_GroupMetadataValue_0,
    _s_GroupMetadataValue_1,
    _s_GroupMetadataValue_2,
    _s_GroupMetadataValue_3,
    _s_GroupMetadataValue_4,
)
bind_readers(
    GroupMetadataValue,
    "group_metadata_value",
    "acce38bc2ea8545d",
    (
        MemberMetadata,
        GroupMetadataValue,
    ),
)
