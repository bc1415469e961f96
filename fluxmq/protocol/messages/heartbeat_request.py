# generated from Kafka 4.4.0 by codegen — do not edit
"""HeartbeatRequest: Kafka request (key 12), versions 0-4."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "HeartbeatRequest",
]

_F0 = PackStruct(">i")


class HeartbeatRequest(_Message):
    NAME: ClassVar[str] = "HeartbeatRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
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
    )
    group_id: str = ""
    generation_id: int = 0
    member_id: str = ""
    group_instance_id: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_HeartbeatRequest_0(buf: memoryview, pos: int) -> tuple[HeartbeatRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("HeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("HeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return HeartbeatRequest(f_group_id, f_generation_id, f_member_id, None, None), pos
    except (StructError, IndexError):
        raise truncated("HeartbeatRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatRequest v0-2", pos) from None


def _w_HeartbeatRequest_0(o: HeartbeatRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("HeartbeatRequest.GroupInstanceId", "0-2")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.generation_id))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_HeartbeatRequest_0(o: HeartbeatRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    return n


def _r_HeartbeatRequest_1(buf: memoryview, pos: int) -> tuple[HeartbeatRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("HeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_generation_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("HeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            HeartbeatRequest(f_group_id, f_generation_id, f_member_id, f_group_instance_id, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("HeartbeatRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatRequest v3", pos) from None


def _w_HeartbeatRequest_1(o: HeartbeatRequest, out: list[Buffer]) -> None:
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


def _s_HeartbeatRequest_1(o: HeartbeatRequest) -> int:
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
    return n


def _r_HeartbeatRequest_2(buf: memoryview, pos: int) -> tuple[HeartbeatRequest, int]:
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
            raise null_not_allowed("HeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("HeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("HeartbeatRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("HeartbeatRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            HeartbeatRequest(f_group_id, f_generation_id, f_member_id, f_group_instance_id, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("HeartbeatRequest v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("HeartbeatRequest v4", pos) from None


def _w_HeartbeatRequest_2(o: HeartbeatRequest, out: list[Buffer]) -> None:
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_HeartbeatRequest_2(o: HeartbeatRequest) -> int:
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


HeartbeatRequest._READERS = (
    _r_HeartbeatRequest_0,
    _r_HeartbeatRequest_0,
    _r_HeartbeatRequest_0,
    _r_HeartbeatRequest_1,
    _r_HeartbeatRequest_2,
)
HeartbeatRequest._WRITERS = (
    _w_HeartbeatRequest_0,
    _w_HeartbeatRequest_0,
    _w_HeartbeatRequest_0,
    _w_HeartbeatRequest_1,
    _w_HeartbeatRequest_2,
)
HeartbeatRequest._SIZERS = (
    _s_HeartbeatRequest_0,
    _s_HeartbeatRequest_0,
    _s_HeartbeatRequest_0,
    _s_HeartbeatRequest_1,
    _s_HeartbeatRequest_2,
)
bind_readers(HeartbeatRequest, "heartbeat_request", "7879bd409515fa8b", (HeartbeatRequest,))
