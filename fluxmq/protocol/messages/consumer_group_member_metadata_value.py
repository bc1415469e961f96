# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupMemberMetadataValue: Kafka coordinator-value (key 5), versions 0."""

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
    "ClassicProtocol",
    "ClassicMemberMetadata",
    "ConsumerGroupMemberMetadataValue",
]

_F0 = PackStruct(">i")


class ClassicProtocol(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
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


class ClassicMemberMetadata(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "supported_protocols",
            "SupportedProtocols",
            "ClassicProtocol",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ClassicProtocol,
            False,
        ),
    )
    session_timeout_ms: int = 0
    supported_protocols: Sequence[ClassicProtocol] = ()
    unknown_tags: dict[int, bytes] | None = None


class ConsumerGroupMemberMetadataValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupMemberMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "instance_id",
            "InstanceId",
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
        FieldInfo(
            "subscribed_topic_regex",
            "SubscribedTopicRegex",
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
            "rebalance_timeout_ms",
            "RebalanceTimeoutMs",
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
            "server_assignor",
            "ServerAssignor",
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
            "classic_member_metadata",
            "ClassicMemberMetadata",
            "ClassicMemberMetadata",
            False,
            (0, 32767),
            (0, 32767),
            0,
            (0, 32767),
            False,
            ClassicMemberMetadata,
            False,
        ),
    )
    instance_id: str | None = ""
    rack_id: str | None = ""
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: Sequence[str] = ()
    subscribed_topic_regex: str | None = ""
    rebalance_timeout_ms: int = -1
    server_assignor: str | None = ""
    classic_member_metadata: ClassicMemberMetadata | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupMemberMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupMemberMetadataValue, int]:
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
            f_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataValue.InstanceId", n, pos, end - pos)
        else:
            f_instance_id = str(buf[pos : pos + n], "utf-8")
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
            raise bad_length("ConsumerGroupMemberMetadataValue.RackId", n, pos, end - pos)
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
            raise null_not_allowed("ConsumerGroupMemberMetadataValue.ClientId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataValue.ClientId", n, pos, end - pos)
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
            raise null_not_allowed("ConsumerGroupMemberMetadataValue.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataValue.ClientHost", n, pos, end - pos)
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
            raise null_not_allowed("ConsumerGroupMemberMetadataValue.SubscribedTopicNames", pos)
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupMemberMetadataValue.SubscribedTopicNames", n, pos, end - pos
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
                        "ConsumerGroupMemberMetadataValue.SubscribedTopicNames", pos
                    )
                elif n > end - pos:
                    raise bad_length(
                        "ConsumerGroupMemberMetadataValue.SubscribedTopicNames", n, pos, end - pos
                    )
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names: tuple[str, ...] = tuple(items_subscribed_topic_names)
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
            f_subscribed_topic_regex: str | None = None
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupMemberMetadataValue.SubscribedTopicRegex", n, pos, end - pos
            )
        else:
            f_subscribed_topic_regex = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_rebalance_timeout_ms,) = _F0.unpack_from(buf, pos)
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
            f_server_assignor: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataValue.ServerAssignor", n, pos, end - pos)
        else:
            f_server_assignor = str(buf[pos : pos + n], "utf-8")
            pos += n
        f_classic_member_metadata: ClassicMemberMetadata | None = None
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length(
                    "ConsumerGroupMemberMetadataValue v0 tagged fields", count, pos, end - pos
                )
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length(
                        "ConsumerGroupMemberMetadataValue v0 tag", size, pos, end - pos
                    )
                if tag == 0:
                    tbuf = buf[:tend]
                    if tbuf[pos] == 255:
                        pos += 1
                        f_classic_member_metadata = None
                    else:
                        pos += 1
                        f_classic_member_metadata, pos = _r_ClassicMemberMetadata_0(tbuf, pos)
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            ConsumerGroupMemberMetadataValue(
                f_instance_id,
                f_rack_id,
                f_client_id,
                f_client_host,
                f_subscribed_topic_names,
                f_subscribed_topic_regex,
                f_rebalance_timeout_ms,
                f_server_assignor,
                f_classic_member_metadata,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerGroupMemberMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupMemberMetadataValue v0", pos) from None


def _w_ConsumerGroupMemberMetadataValue_0(
    o: ConsumerGroupMemberMetadataValue, out: list[Buffer]
) -> None:
    a = out.append
    v_instance_id = o.instance_id
    if v_instance_id is None:
        a(b"\x00")
    else:
        b = v_instance_id.encode("utf-8")
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
    v_subscribed_topic_regex = o.subscribed_topic_regex
    if v_subscribed_topic_regex is None:
        a(b"\x00")
    else:
        b = v_subscribed_topic_regex.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.rebalance_timeout_ms))
    v_server_assignor = o.server_assignor
    if v_server_assignor is None:
        a(b"\x00")
    else:
        b = v_server_assignor.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if not (o.unknown_tags is not None or (o.classic_member_metadata is not None)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.classic_member_metadata is not None:
            sub_classic_member_metadata: list[Buffer] = []
            outer, out, a = out, sub_classic_member_metadata, sub_classic_member_metadata.append
            v_classic_member_metadata = o.classic_member_metadata
            if v_classic_member_metadata is None:
                a(b"\xff")
            else:
                a(b"\x01")
                _w_ClassicMemberMetadata_0(v_classic_member_metadata, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_classic_member_metadata)
        write_tags(out, tags)


def _s_ConsumerGroupMemberMetadataValue_0(o: ConsumerGroupMemberMetadataValue) -> int:
    n = 4
    v_instance_id = o.instance_id
    if v_instance_id is None:
        n += 1
    else:
        k = utf8_len(v_instance_id)
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
    v_subscribed_topic_regex = o.subscribed_topic_regex
    if v_subscribed_topic_regex is None:
        n += 1
    else:
        k = utf8_len(v_subscribed_topic_regex)
        n += uvarint_size(k + 1)
        n += k
    v_server_assignor = o.server_assignor
    if v_server_assignor is None:
        n += 1
    else:
        k = utf8_len(v_server_assignor)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.classic_member_metadata is not None:
        outer_n = n
        n = 0
        v_classic_member_metadata = o.classic_member_metadata
        if v_classic_member_metadata is None:
            n += 1
        else:
            n += 1
            n += _s_ClassicMemberMetadata_0(v_classic_member_metadata)
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_ClassicMemberMetadata_0(buf: memoryview, pos: int) -> tuple[ClassicMemberMetadata, int]:
    end = len(buf)
    try:
        (f_session_timeout_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("ClassicMemberMetadata.SupportedProtocols", pos)
        elif n > end - pos:
            raise bad_length("ClassicMemberMetadata.SupportedProtocols", n, pos, end - pos)
        else:
            items_supported_protocols: list[ClassicProtocol] = []
            append_supported_protocols = items_supported_protocols.append
            for _ in range(n):
                x_supported_protocols, pos = _r_ClassicProtocol_0(buf, pos)
                append_supported_protocols(x_supported_protocols)
            f_supported_protocols: tuple[ClassicProtocol, ...] = tuple(items_supported_protocols)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ClassicMemberMetadata(f_session_timeout_ms, f_supported_protocols, tags), pos
    except (StructError, IndexError):
        raise truncated("ClassicMemberMetadata v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ClassicMemberMetadata v0", pos) from None


def _w_ClassicMemberMetadata_0(o: ClassicMemberMetadata, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.session_timeout_ms))
    v_supported_protocols = o.supported_protocols
    n = len(v_supported_protocols) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_supported_protocols = _w_ClassicProtocol_0
    for x_supported_protocols in v_supported_protocols:
        w_supported_protocols(x_supported_protocols, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ClassicMemberMetadata_0(o: ClassicMemberMetadata) -> int:
    n = 4
    v_supported_protocols = o.supported_protocols
    n += uvarint_size(len(v_supported_protocols) + 1)
    sz_supported_protocols = _s_ClassicProtocol_0
    for x_supported_protocols in v_supported_protocols:
        n += sz_supported_protocols(x_supported_protocols)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ClassicProtocol_0(buf: memoryview, pos: int) -> tuple[ClassicProtocol, int]:
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
            raise null_not_allowed("ClassicProtocol.Name", pos)
        elif n > end - pos:
            raise bad_length("ClassicProtocol.Name", n, pos, end - pos)
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
            raise null_not_allowed("ClassicProtocol.Metadata", pos)
        elif n > end - pos:
            raise bad_length("ClassicProtocol.Metadata", n, pos, end - pos)
        else:
            f_metadata = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ClassicProtocol(f_name, f_metadata, tags), pos
    except (StructError, IndexError):
        raise truncated("ClassicProtocol v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ClassicProtocol v0", pos) from None


def _w_ClassicProtocol_0(o: ClassicProtocol, out: list[Buffer]) -> None:
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


def _s_ClassicProtocol_0(o: ClassicProtocol) -> int:
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


ConsumerGroupMemberMetadataValue._READERS = (_r_ConsumerGroupMemberMetadataValue_0,)
ConsumerGroupMemberMetadataValue._WRITERS = (_w_ConsumerGroupMemberMetadataValue_0,)
ConsumerGroupMemberMetadataValue._SIZERS = (_s_ConsumerGroupMemberMetadataValue_0,)
bind_readers(
    ConsumerGroupMemberMetadataValue,
    "consumer_group_member_metadata_value",
    "422065184c1ac7b2",
    (
        ClassicProtocol,
        ClassicMemberMetadata,
        ConsumerGroupMemberMetadataValue,
    ),
)
