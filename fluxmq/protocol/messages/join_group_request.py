# generated from Kafka 4.4.0 by codegen — do not edit
"""JoinGroupRequest: Kafka request (key 11), versions 0-9."""

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
    "JoinGroupRequestProtocol",
    "JoinGroupRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ii")


class JoinGroupRequestProtocol(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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
    name: str = ""
    metadata: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class JoinGroupRequest(_Message):
    NAME: ClassVar[str] = "JoinGroupRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN: ClassVar[int | None] = 6
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
            "session_timeout_ms",
            "SessionTimeoutMs",
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
            "rebalance_timeout_ms",
            "RebalanceTimeoutMs",
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
            "protocols",
            "Protocols",
            "JoinGroupRequestProtocol",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            JoinGroupRequestProtocol,
            False,
        ),
        FieldInfo(
            "reason",
            "Reason",
            "string",
            False,
            (8, 32767),
            (8, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    group_id: str = ""
    session_timeout_ms: int = 0
    rebalance_timeout_ms: int = -1
    member_id: str = ""
    group_instance_id: str | None = None
    protocol_type: str = ""
    protocols: Sequence[JoinGroupRequestProtocol] = ()
    reason: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_JoinGroupRequest_0(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_session_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.Protocols", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.Protocols", n, pos, end - pos)
        else:
            items_protocols: list[JoinGroupRequestProtocol] = []
            append_protocols = items_protocols.append
            for _ in range(n):
                x_protocols, pos = _r_JoinGroupRequestProtocol_0(buf, pos)
                append_protocols(x_protocols)
            f_protocols: tuple[JoinGroupRequestProtocol, ...] = tuple(items_protocols)
        return (
            JoinGroupRequest(
                f_group_id,
                f_session_timeout_ms,
                -1,
                f_member_id,
                None,
                f_protocol_type,
                f_protocols,
                None,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequest v0", pos) from None


def _w_JoinGroupRequest_0(o: JoinGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("JoinGroupRequest.GroupInstanceId", "0")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.session_timeout_ms))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocols = o.protocols
    a(INT32.pack(len(v_protocols)))
    w_protocols = _w_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        w_protocols(x_protocols, out)


def _s_JoinGroupRequest_0(o: JoinGroupRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocols = o.protocols
    n += 4
    sz_protocols = _s_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        n += sz_protocols(x_protocols)
    return n


def _r_JoinGroupRequest_1(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_session_timeout_ms,
            f_rebalance_timeout_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.Protocols", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.Protocols", n, pos, end - pos)
        else:
            items_protocols: list[JoinGroupRequestProtocol] = []
            append_protocols = items_protocols.append
            for _ in range(n):
                x_protocols, pos = _r_JoinGroupRequestProtocol_0(buf, pos)
                append_protocols(x_protocols)
            f_protocols: tuple[JoinGroupRequestProtocol, ...] = tuple(items_protocols)
        return (
            JoinGroupRequest(
                f_group_id,
                f_session_timeout_ms,
                f_rebalance_timeout_ms,
                f_member_id,
                None,
                f_protocol_type,
                f_protocols,
                None,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupRequest v1-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequest v1-4", pos) from None


def _w_JoinGroupRequest_1(o: JoinGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.group_instance_id is not None:
        raise not_in_version("JoinGroupRequest.GroupInstanceId", "1-4")
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.session_timeout_ms, o.rebalance_timeout_ms))
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocols = o.protocols
    a(INT32.pack(len(v_protocols)))
    w_protocols = _w_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        w_protocols(x_protocols, out)


def _s_JoinGroupRequest_1(o: JoinGroupRequest) -> int:
    n = 8
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocols = o.protocols
    n += 4
    sz_protocols = _s_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        n += sz_protocols(x_protocols)
    return n


def _r_JoinGroupRequest_2(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_session_timeout_ms,
            f_rebalance_timeout_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_group_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupInstanceId", n, pos, end - pos)
        else:
            f_group_instance_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.ProtocolType", n, pos, end - pos)
        else:
            f_protocol_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupRequest.Protocols", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.Protocols", n, pos, end - pos)
        else:
            items_protocols: list[JoinGroupRequestProtocol] = []
            append_protocols = items_protocols.append
            for _ in range(n):
                x_protocols, pos = _r_JoinGroupRequestProtocol_0(buf, pos)
                append_protocols(x_protocols)
            f_protocols: tuple[JoinGroupRequestProtocol, ...] = tuple(items_protocols)
        return (
            JoinGroupRequest(
                f_group_id,
                f_session_timeout_ms,
                f_rebalance_timeout_ms,
                f_member_id,
                f_group_instance_id,
                f_protocol_type,
                f_protocols,
                None,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequest v5", pos) from None


def _w_JoinGroupRequest_2(o: JoinGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.session_timeout_ms, o.rebalance_timeout_ms))
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
    v_protocol_type = o.protocol_type
    b = v_protocol_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_protocols = o.protocols
    a(INT32.pack(len(v_protocols)))
    w_protocols = _w_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        w_protocols(x_protocols, out)


def _s_JoinGroupRequest_2(o: JoinGroupRequest) -> int:
    n = 8
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
    v_protocol_type = o.protocol_type
    k = utf8_len(v_protocol_type)
    n += 2
    n += k
    v_protocols = o.protocols
    n += 4
    sz_protocols = _s_JoinGroupRequestProtocol_0
    for x_protocols in v_protocols:
        n += sz_protocols(x_protocols)
    return n


def _r_JoinGroupRequest_3(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
            raise null_not_allowed("JoinGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_session_timeout_ms,
            f_rebalance_timeout_ms,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("JoinGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("JoinGroupRequest.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupRequest.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.ProtocolType", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupRequest.Protocols", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.Protocols", n, pos, end - pos)
        else:
            items_protocols: list[JoinGroupRequestProtocol] = []
            append_protocols = items_protocols.append
            for _ in range(n):
                x_protocols, pos = _r_JoinGroupRequestProtocol_1(buf, pos)
                append_protocols(x_protocols)
            f_protocols: tuple[JoinGroupRequestProtocol, ...] = tuple(items_protocols)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            JoinGroupRequest(
                f_group_id,
                f_session_timeout_ms,
                f_rebalance_timeout_ms,
                f_member_id,
                f_group_instance_id,
                f_protocol_type,
                f_protocols,
                None,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupRequest v6-7", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequest v6-7", pos) from None


def _w_JoinGroupRequest_3(o: JoinGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.session_timeout_ms, o.rebalance_timeout_ms))
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
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocols = o.protocols
    n = len(v_protocols) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_protocols = _w_JoinGroupRequestProtocol_1
    for x_protocols in v_protocols:
        w_protocols(x_protocols, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_JoinGroupRequest_3(o: JoinGroupRequest) -> int:
    n = 8
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
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_protocols = o.protocols
    n += uvarint_size(len(v_protocols) + 1)
    sz_protocols = _s_JoinGroupRequestProtocol_1
    for x_protocols in v_protocols:
        n += sz_protocols(x_protocols)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_JoinGroupRequest_4(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
            raise null_not_allowed("JoinGroupRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_session_timeout_ms,
            f_rebalance_timeout_ms,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("JoinGroupRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.MemberId", n, pos, end - pos)
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
            raise bad_length("JoinGroupRequest.GroupInstanceId", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupRequest.ProtocolType", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.ProtocolType", n, pos, end - pos)
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
            raise null_not_allowed("JoinGroupRequest.Protocols", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequest.Protocols", n, pos, end - pos)
        else:
            items_protocols: list[JoinGroupRequestProtocol] = []
            append_protocols = items_protocols.append
            for _ in range(n):
                x_protocols, pos = _r_JoinGroupRequestProtocol_1(buf, pos)
                append_protocols(x_protocols)
            f_protocols: tuple[JoinGroupRequestProtocol, ...] = tuple(items_protocols)
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
            raise bad_length("JoinGroupRequest.Reason", n, pos, end - pos)
        else:
            f_reason = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            JoinGroupRequest(
                f_group_id,
                f_session_timeout_ms,
                f_rebalance_timeout_ms,
                f_member_id,
                f_group_instance_id,
                f_protocol_type,
                f_protocols,
                f_reason,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("JoinGroupRequest v8-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequest v8-9", pos) from None


def _w_JoinGroupRequest_4(o: JoinGroupRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.session_timeout_ms, o.rebalance_timeout_ms))
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
    b = v_protocol_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_protocols = o.protocols
    n = len(v_protocols) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_protocols = _w_JoinGroupRequestProtocol_1
    for x_protocols in v_protocols:
        w_protocols(x_protocols, out)
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


def _s_JoinGroupRequest_4(o: JoinGroupRequest) -> int:
    n = 8
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
    k = utf8_len(v_protocol_type)
    n += uvarint_size(k + 1)
    n += k
    v_protocols = o.protocols
    n += uvarint_size(len(v_protocols) + 1)
    sz_protocols = _s_JoinGroupRequestProtocol_1
    for x_protocols in v_protocols:
        n += sz_protocols(x_protocols)
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


def _r_JoinGroupRequestProtocol_0(
    buf: memoryview, pos: int
) -> tuple[JoinGroupRequestProtocol, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("JoinGroupRequestProtocol.Name", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequestProtocol.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("JoinGroupRequestProtocol.Metadata", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequestProtocol.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        return JoinGroupRequestProtocol(f_name, f_metadata, None), pos
    except (StructError, IndexError):
        raise truncated("JoinGroupRequestProtocol v0-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequestProtocol v0-5", pos) from None


def _w_JoinGroupRequestProtocol_0(o: JoinGroupRequestProtocol, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_metadata = o.metadata
    a(INT32.pack(len(v_metadata)))
    a(v_metadata if type(v_metadata) is bytes else memoryview(v_metadata))


def _s_JoinGroupRequestProtocol_0(o: JoinGroupRequestProtocol) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_metadata = o.metadata
    n += 4
    n += len(v_metadata)
    return n


def _r_JoinGroupRequestProtocol_1(
    buf: memoryview, pos: int
) -> tuple[JoinGroupRequestProtocol, int]:
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
            raise null_not_allowed("JoinGroupRequestProtocol.Name", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequestProtocol.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("JoinGroupRequestProtocol.Metadata", pos)
        elif n > end - pos:
            raise bad_length("JoinGroupRequestProtocol.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return JoinGroupRequestProtocol(f_name, f_metadata, tags), pos
    except (StructError, IndexError):
        raise truncated("JoinGroupRequestProtocol v6-9", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("JoinGroupRequestProtocol v6-9", pos) from None


def _w_JoinGroupRequestProtocol_1(o: JoinGroupRequestProtocol, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
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


def _s_JoinGroupRequestProtocol_1(o: JoinGroupRequestProtocol) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
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


JoinGroupRequest._READERS = (
    _r_JoinGroupRequest_0,
    _r_JoinGroupRequest_1,
    _r_JoinGroupRequest_1,
    _r_JoinGroupRequest_1,
    _r_JoinGroupRequest_1,
    _r_JoinGroupRequest_2,
    _r_JoinGroupRequest_3,
    _r_JoinGroupRequest_3,
    _r_JoinGroupRequest_4,
    _r_JoinGroupRequest_4,
)
JoinGroupRequest._WRITERS = (
    _w_JoinGroupRequest_0,
    _w_JoinGroupRequest_1,
    _w_JoinGroupRequest_1,
    _w_JoinGroupRequest_1,
    _w_JoinGroupRequest_1,
    _w_JoinGroupRequest_2,
    _w_JoinGroupRequest_3,
    _w_JoinGroupRequest_3,
    _w_JoinGroupRequest_4,
    _w_JoinGroupRequest_4,
)
JoinGroupRequest._SIZERS = (
    _s_JoinGroupRequest_0,
    _s_JoinGroupRequest_1,
    _s_JoinGroupRequest_1,
    _s_JoinGroupRequest_1,
    _s_JoinGroupRequest_1,
    _s_JoinGroupRequest_2,
    _s_JoinGroupRequest_3,
    _s_JoinGroupRequest_3,
    _s_JoinGroupRequest_4,
    _s_JoinGroupRequest_4,
)
bind_readers(
    JoinGroupRequest,
    "join_group_request",
    "cb4e90af8d548e96",
    (
        JoinGroupRequestProtocol,
        JoinGroupRequest,
    ),
)
