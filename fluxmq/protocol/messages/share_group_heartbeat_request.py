# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupHeartbeatRequest: Kafka request (key 76), versions 1."""

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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "ShareGroupHeartbeatRequest",
]

_F0 = PackStruct(">i")


class ShareGroupHeartbeatRequest(_Message):
    NAME: ClassVar[str] = "ShareGroupHeartbeatRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 76
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            (0, 32767),
            (1, 0),
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
            "subscribed_topic_names",
            "SubscribedTopicNames",
            "string",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_id: str = ""
    member_id: str = ""
    member_epoch: int = 0
    rack_id: str | None = None
    subscribed_topic_names: Sequence[str] | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupHeartbeatRequest_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupHeartbeatRequest, int]:
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
            raise null_not_allowed("ShareGroupHeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupHeartbeatRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("ShareGroupHeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupHeartbeatRequest.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
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
            f_rack_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareGroupHeartbeatRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
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
            f_subscribed_topic_names: tuple[str, ...] | None = None
        elif n > end - pos:
            raise bad_length("ShareGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos)
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
                    raise null_not_allowed("ShareGroupHeartbeatRequest.SubscribedTopicNames", pos)
                elif n > end - pos:
                    raise bad_length(
                        "ShareGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos
                    )
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names = tuple(items_subscribed_topic_names)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareGroupHeartbeatRequest(
                f_group_id, f_member_id, f_member_epoch, f_rack_id, f_subscribed_topic_names, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareGroupHeartbeatRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupHeartbeatRequest v1", pos) from None


def _w_ShareGroupHeartbeatRequest_0(o: ShareGroupHeartbeatRequest, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.member_epoch))
    v_rack_id = o.rack_id
    if v_rack_id is None:
        a(b"\x00")
    else:
        b = v_rack_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_subscribed_topic_names = o.subscribed_topic_names
    if v_subscribed_topic_names is None:
        a(b"\x00")
    else:
        n = len(v_subscribed_topic_names) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        for x_subscribed_topic_names in v_subscribed_topic_names:
            b = x_subscribed_topic_names.encode("utf-8")
            n = len(b) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupHeartbeatRequest_0(o: ShareGroupHeartbeatRequest) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
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
    v_subscribed_topic_names = o.subscribed_topic_names
    if v_subscribed_topic_names is None:
        n += 1
    else:
        n += uvarint_size(len(v_subscribed_topic_names) + 1)
        for x_subscribed_topic_names in v_subscribed_topic_names:
            k = utf8_len(x_subscribed_topic_names)
            n += uvarint_size(k + 1)
            n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupHeartbeatRequest._READERS = (
    None,
    _r_ShareGroupHeartbeatRequest_0,
)
ShareGroupHeartbeatRequest._WRITERS = (
    None,
    _w_ShareGroupHeartbeatRequest_0,
)
ShareGroupHeartbeatRequest._SIZERS = (
    None,
    _s_ShareGroupHeartbeatRequest_0,
)
bind_readers(
    ShareGroupHeartbeatRequest,
    "share_group_heartbeat_request",
    "dd8dddeed3c7a3cc",
    (ShareGroupHeartbeatRequest,),
)
