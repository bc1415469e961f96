# generated from Kafka 4.4.0 by codegen — do not edit
"""SyncGroupRequest: Kafka request (key 14), versions 0-5."""

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
    "SyncGroupRequestAssignment",
    "SyncGroupRequest",
]

_F0 = PackStruct(">i")


class SyncGroupRequestAssignment(_StructBase):
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
            "assignment",
            "Assignment",
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
    assignment: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class SyncGroupRequest(_Message):
    NAME: ClassVar[str] = "SyncGroupRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 14
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
            (3, 32767),
            (3, 32767),
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
            (5, 32767),
            (5, 32767),
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
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "assignments",
            "Assignments",
            "SyncGroupRequestAssignment",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            SyncGroupRequestAssignment,
            False,
        ),
    )
    group_id: str = ""
    generation_id: int = 0
    member_id: str = ""
    group_instance_id: str | None = None
    protocol_type: str | None = None
    protocol_name: str | None = None
    assignments: Sequence[SyncGroupRequestAssignment] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_SyncGroupRequest_0(buf: memoryview, pos: int) -> tuple[SyncGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.Assignments", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[SyncGroupRequestAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_SyncGroupRequestAssignment_0(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[SyncGroupRequestAssignment, ...] = tuple(items_assignments)
        return (
            SyncGroupRequest(
                f_group_id, f_generation_id, f_member_id, None, None, None, f_assignments, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequest v0-2", pos) from None


def _w_SyncGroupRequest_0(o: SyncGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("SyncGroupRequest.GroupInstanceId", "0-2")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_assignments = o.assignments
    a(INT32.pack(len(v_assignments)))
    w_assignments = _w_SyncGroupRequestAssignment_0
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)


def _s_SyncGroupRequest_0(o: SyncGroupRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_assignments = o.assignments
    n += 4
    sz_assignments = _s_SyncGroupRequestAssignment_0
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    return n


def _r_SyncGroupRequest_1(buf: memoryview, pos: int) -> tuple[SyncGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SyncGroupRequest.Assignments", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[SyncGroupRequestAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_SyncGroupRequestAssignment_0(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[SyncGroupRequestAssignment, ...] = tuple(items_assignments)
        return (
            SyncGroupRequest(
                f_group_id,
                f_generation_id,
                f_member_id,
                f_group_instance_id,
                None,
                None,
                f_assignments,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequest v3", pos) from None


def _w_SyncGroupRequest_1(o: SyncGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id))
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
    v_assignments = o.assignments
    a(INT32.pack(len(v_assignments)))
    w_assignments = _w_SyncGroupRequestAssignment_0
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)


def _s_SyncGroupRequest_1(o: SyncGroupRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
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
    v_assignments = o.assignments
    n += 4
    sz_assignments = _s_SyncGroupRequestAssignment_0
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    return n


def _r_SyncGroupRequest_2(buf: memoryview, pos: int) -> tuple[SyncGroupRequest, int]:
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
            raise null_not_allowed("SyncGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("SyncGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("SyncGroupRequest.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("SyncGroupRequest.Assignments", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[SyncGroupRequestAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_SyncGroupRequestAssignment_1(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[SyncGroupRequestAssignment, ...] = tuple(items_assignments)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            SyncGroupRequest(
                f_group_id,
                f_generation_id,
                f_member_id,
                f_group_instance_id,
                None,
                None,
                f_assignments,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequest v4", pos) from None


def _w_SyncGroupRequest_2(o: SyncGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.generation_id))
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
    v_assignments = o.assignments
    n = len(v_assignments) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_assignments = _w_SyncGroupRequestAssignment_1
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SyncGroupRequest_2(o: SyncGroupRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
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
    v_assignments = o.assignments
    n += uvarint_size(len(v_assignments) + 1)
    sz_assignments = _s_SyncGroupRequestAssignment_1
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_SyncGroupRequest_3(buf: memoryview, pos: int) -> tuple[SyncGroupRequest, int]:
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
            raise null_not_allowed("SyncGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("SyncGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("SyncGroupRequest.GroupInstanceId", n, pos, end - pos)
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
            f_protocol_type: str | None = None
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.ProtocolType", n, pos, end - pos)
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
            raise bad_length("SyncGroupRequest.ProtocolName", n, pos, end - pos)
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
            raise null_not_allowed("SyncGroupRequest.Assignments", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequest.Assignments", n, pos, end - pos)
        else:
            items_assignments: list[SyncGroupRequestAssignment] = []
            append_assignments = items_assignments.append
            for _ in range(n):
                x_assignments, pos = _r_SyncGroupRequestAssignment_1(buf, pos)
                append_assignments(x_assignments)
            f_assignments: tuple[SyncGroupRequestAssignment, ...] = tuple(items_assignments)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            SyncGroupRequest(
                f_group_id,
                f_generation_id,
                f_member_id,
                f_group_instance_id,
                f_protocol_type,
                f_protocol_name,
                f_assignments,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("SyncGroupRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequest v5", pos) from None


def _w_SyncGroupRequest_3(o: SyncGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.generation_id))
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
    v_assignments = o.assignments
    n = len(v_assignments) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_assignments = _w_SyncGroupRequestAssignment_1
    for x_assignments in v_assignments:
        w_assignments(x_assignments, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SyncGroupRequest_3(o: SyncGroupRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
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
    v_assignments = o.assignments
    n += uvarint_size(len(v_assignments) + 1)
    sz_assignments = _s_SyncGroupRequestAssignment_1
    for x_assignments in v_assignments:
        n += sz_assignments(x_assignments)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_SyncGroupRequestAssignment_0(
    buf: memoryview, pos: int
) -> tuple[SyncGroupRequestAssignment, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("SyncGroupRequestAssignment.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequestAssignment.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("SyncGroupRequestAssignment.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequestAssignment.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        return SyncGroupRequestAssignment(f_member_id, f_assignment, None), pos
    except (StructError, IndexError):
        raise truncated("SyncGroupRequestAssignment v0-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequestAssignment v0-3", pos) from None


def _w_SyncGroupRequestAssignment_0(o: SyncGroupRequestAssignment, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_assignment = o.assignment
    a(INT32.pack(len(v_assignment)))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))


def _s_SyncGroupRequestAssignment_0(o: SyncGroupRequestAssignment) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_assignment = o.assignment
    n += 4
    n += len(v_assignment)
    return n


def _r_SyncGroupRequestAssignment_1(
    buf: memoryview, pos: int
) -> tuple[SyncGroupRequestAssignment, int]:
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
            raise null_not_allowed("SyncGroupRequestAssignment.MemberId", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequestAssignment.MemberId", n, pos, end - pos)
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
            raise null_not_allowed("SyncGroupRequestAssignment.Assignment", pos)
        elif n > end - pos:
            raise bad_length("SyncGroupRequestAssignment.Assignment", n, pos, end - pos)
        else:
            f_assignment = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return SyncGroupRequestAssignment(f_member_id, f_assignment, tags), pos
    except (StructError, IndexError):
        raise truncated("SyncGroupRequestAssignment v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SyncGroupRequestAssignment v4-5", pos) from None


def _w_SyncGroupRequestAssignment_1(o: SyncGroupRequestAssignment, out: list[Buffer]) -> None:
    a = out.append
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_assignment = o.assignment
    n = len(v_assignment) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_assignment if type(v_assignment) is bytes else memoryview(v_assignment))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SyncGroupRequestAssignment_1(o: SyncGroupRequestAssignment) -> int:
    n = 0
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_assignment = o.assignment
    n += uvarint_size(len(v_assignment) + 1)
    n += len(v_assignment)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


SyncGroupRequest._READERS = (
    _r_SyncGroupRequest_0,
    _r_SyncGroupRequest_0,
    _r_SyncGroupRequest_0,
    _r_SyncGroupRequest_1,
    _r_SyncGroupRequest_2,
    _r_SyncGroupRequest_3,
)
SyncGroupRequest._WRITERS = (
    _w_SyncGroupRequest_0,
    _w_SyncGroupRequest_0,
    _w_SyncGroupRequest_0,
    _w_SyncGroupRequest_1,
    _w_SyncGroupRequest_2,
    _w_SyncGroupRequest_3,
)
SyncGroupRequest._SIZERS = (
    _s_SyncGroupRequest_0,
    _s_SyncGroupRequest_0,
    _s_SyncGroupRequest_0,
    _s_SyncGroupRequest_1,
    _s_SyncGroupRequest_2,
    _s_SyncGroupRequest_3,
)
bind_readers(
    SyncGroupRequest,
    "sync_group_request",
    "84711cca0b8073e4",
    (
        SyncGroupRequestAssignment,
        SyncGroupRequest,
    ),
)
