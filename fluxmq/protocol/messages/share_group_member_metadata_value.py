# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupMemberMetadataValue: Kafka coordinator-value (key 10), versions 0."""

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
    "ShareGroupMemberMetadataValue",
]


class ShareGroupMemberMetadataValue(_Message):
    NAME: ClassVar[str] = "ShareGroupMemberMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
    )
    rack_id: str | None = ""
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupMemberMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupMemberMetadataValue, int]:
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
            f_rack_id: str | None = None
        elif n > end - pos:
            raise bad_length("ShareGroupMemberMetadataValue.RackId", n, pos, end - pos)
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
            raise null_not_allowed("ShareGroupMemberMetadataValue.ClientId", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupMemberMetadataValue.ClientId", n, pos, end - pos)
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
            raise null_not_allowed("ShareGroupMemberMetadataValue.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupMemberMetadataValue.ClientHost", n, pos, end - pos)
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
            raise null_not_allowed("ShareGroupMemberMetadataValue.SubscribedTopicNames", pos)
        elif n > end - pos:
            raise bad_length(
                "ShareGroupMemberMetadataValue.SubscribedTopicNames", n, pos, end - pos
            )
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
                    raise null_not_allowed(
                        "ShareGroupMemberMetadataValue.SubscribedTopicNames", pos
                    )
                elif n > end - pos:
                    raise bad_length(
                        "ShareGroupMemberMetadataValue.SubscribedTopicNames", n, pos, end - pos
                    )
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names: tuple[str, ...] = tuple(items_subscribed_topic_names)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ShareGroupMemberMetadataValue(
                f_rack_id, f_client_id, f_client_host, f_subscribed_topic_names, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ShareGroupMemberMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupMemberMetadataValue v0", pos) from None


def _w_ShareGroupMemberMetadataValue_0(o: ShareGroupMemberMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    v_rack_id = o.rack_id
    if v_rack_id is None:
        a(b"\x00")
    else:
        b = v_rack_id.encode("utf-8")
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
    v_subscribed_topic_names = o.subscribed_topic_names
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


def _s_ShareGroupMemberMetadataValue_0(o: ShareGroupMemberMetadataValue) -> int:
    n = 0
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
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupMemberMetadataValue._READERS = (_r_ShareGroupMemberMetadataValue_0,)
ShareGroupMemberMetadataValue._WRITERS = (_w_ShareGroupMemberMetadataValue_0,)
ShareGroupMemberMetadataValue._SIZERS = (_s_ShareGroupMemberMetadataValue_0,)
bind_readers(
    ShareGroupMemberMetadataValue,
    "share_group_member_metadata_value",
    "42f1103c5bfba540",
    (ShareGroupMemberMetadataValue,),
)
