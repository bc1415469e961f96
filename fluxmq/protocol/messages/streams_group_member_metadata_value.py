# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupMemberMetadataValue: Kafka coordinator-value (key 19), versions 0."""

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
    "Endpoint",
    "KeyValue",
    "StreamsGroupMemberMetadataValue",
]

_F0 = PackStruct(">ii")
_F1 = PackStruct(">H")


class Endpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "uint16", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    host: str = ""
    port: int = 0
    unknown_tags: dict[int, bytes] | None = None


class KeyValue(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "Value", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: str = ""
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupMemberMetadataValue(_Message):
    NAME: ClassVar[str] = "StreamsGroupMemberMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 19
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
            "topology_epoch",
            "TopologyEpoch",
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
            "process_id",
            "ProcessId",
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
            "user_endpoint",
            "UserEndpoint",
            "Endpoint",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            Endpoint,
            False,
        ),
        FieldInfo(
            "client_tags",
            "ClientTags",
            "KeyValue",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            KeyValue,
            False,
        ),
    )
    instance_id: str | None = ""
    rack_id: str | None = ""
    client_id: str = ""
    client_host: str = ""
    rebalance_timeout_ms: int = -1
    topology_epoch: int = 0
    process_id: str = ""
    user_endpoint: Endpoint | None = None
    client_tags: Sequence[KeyValue] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupMemberMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupMemberMetadataValue, int]:
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
            raise bad_length("StreamsGroupMemberMetadataValue.InstanceId", n, pos, end - pos)
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
            raise bad_length("StreamsGroupMemberMetadataValue.RackId", n, pos, end - pos)
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
            raise null_not_allowed("StreamsGroupMemberMetadataValue.ClientId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupMemberMetadataValue.ClientId", n, pos, end - pos)
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
            raise null_not_allowed("StreamsGroupMemberMetadataValue.ClientHost", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupMemberMetadataValue.ClientHost", n, pos, end - pos)
        else:
            f_client_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_rebalance_timeout_ms,
            f_topology_epoch,
        ) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("StreamsGroupMemberMetadataValue.ProcessId", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupMemberMetadataValue.ProcessId", n, pos, end - pos)
        else:
            f_process_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 255:
            pos += 1
            f_user_endpoint: Endpoint | None = None
        else:
            pos += 1
            f_user_endpoint, pos = _r_Endpoint_0(buf, pos)
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
            raise null_not_allowed("StreamsGroupMemberMetadataValue.ClientTags", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupMemberMetadataValue.ClientTags", n, pos, end - pos)
        else:
            items_client_tags: list[KeyValue] = []
            append_client_tags = items_client_tags.append
            for _ in range(n):
                x_client_tags, pos = _r_KeyValue_0(buf, pos)
                append_client_tags(x_client_tags)
            f_client_tags: tuple[KeyValue, ...] = tuple(items_client_tags)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupMemberMetadataValue(
                f_instance_id,
                f_rack_id,
                f_client_id,
                f_client_host,
                f_rebalance_timeout_ms,
                f_topology_epoch,
                f_process_id,
                f_user_endpoint,
                f_client_tags,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupMemberMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupMemberMetadataValue v0", pos) from None


def _w_StreamsGroupMemberMetadataValue_0(
    o: StreamsGroupMemberMetadataValue, out: list[Buffer]
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
    a(_F0.pack(o.rebalance_timeout_ms, o.topology_epoch))
    v_process_id = o.process_id
    b = v_process_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_user_endpoint = o.user_endpoint
    if v_user_endpoint is None:
        a(b"\xff")
    else:
        a(b"\x01")
        _w_Endpoint_0(v_user_endpoint, out)
    v_client_tags = o.client_tags
    n = len(v_client_tags) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_client_tags = _w_KeyValue_0
    for x_client_tags in v_client_tags:
        w_client_tags(x_client_tags, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupMemberMetadataValue_0(o: StreamsGroupMemberMetadataValue) -> int:
    n = 8
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
    v_process_id = o.process_id
    k = utf8_len(v_process_id)
    n += uvarint_size(k + 1)
    n += k
    v_user_endpoint = o.user_endpoint
    if v_user_endpoint is None:
        n += 1
    else:
        n += 1
        n += _s_Endpoint_0(v_user_endpoint)
    v_client_tags = o.client_tags
    n += uvarint_size(len(v_client_tags) + 1)
    sz_client_tags = _s_KeyValue_0
    for x_client_tags in v_client_tags:
        n += sz_client_tags(x_client_tags)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_KeyValue_0(buf: memoryview, pos: int) -> tuple[KeyValue, int]:
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
            raise null_not_allowed("KeyValue.Key", pos)
        elif n > end - pos:
            raise bad_length("KeyValue.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("KeyValue.Value", pos)
        elif n > end - pos:
            raise bad_length("KeyValue.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return KeyValue(f_key, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("KeyValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("KeyValue v0", pos) from None


def _w_KeyValue_0(o: KeyValue, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    b = v_value.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_KeyValue_0(o: KeyValue) -> int:
    n = 0
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    k = utf8_len(v_value)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Endpoint_0(buf: memoryview, pos: int) -> tuple[Endpoint, int]:
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
            raise null_not_allowed("Endpoint.Host", pos)
        elif n > end - pos:
            raise bad_length("Endpoint.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Endpoint(f_host, f_port, tags), pos
    except (StructError, IndexError):
        raise truncated("Endpoint v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Endpoint v0", pos) from None


def _w_Endpoint_0(o: Endpoint, out: list[Buffer]) -> None:
    a = out.append
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Endpoint_0(o: Endpoint) -> int:
    n = 2
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupMemberMetadataValue._READERS = (_r_StreamsGroupMemberMetadataValue_0,)
StreamsGroupMemberMetadataValue._WRITERS = (_w_StreamsGroupMemberMetadataValue_0,)
StreamsGroupMemberMetadataValue._SIZERS = (_s_StreamsGroupMemberMetadataValue_0,)
bind_readers(
    StreamsGroupMemberMetadataValue,
    "streams_group_member_metadata_value",
    "0cb12802c16327cb",
    (
        Endpoint,
        KeyValue,
        StreamsGroupMemberMetadataValue,
    ),
)
