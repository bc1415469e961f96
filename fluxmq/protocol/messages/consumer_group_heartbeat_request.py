# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupHeartbeatRequest: Kafka request (key 68), versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
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
    UVARINTS,
    ZERO_UUID,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicPartitions",
    "ConsumerGroupHeartbeatRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">16s")
_Ai32 = array_structs("i")


class TopicPartitions(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
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
            "partitions",
            "Partitions",
            "int32",
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
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class ConsumerGroupHeartbeatRequest(_Message):
    NAME: ClassVar[str] = "ConsumerGroupHeartbeatRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 68
    MIN_VERSION: ClassVar[int] = 0
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
        FieldInfo(
            "subscribed_topic_regex",
            "SubscribedTopicRegex",
            "string",
            False,
            (1, 32767),
            (1, 32767),
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
            "topic_partitions",
            "TopicPartitions",
            "TopicPartitions",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            TopicPartitions,
            False,
        ),
    )
    group_id: str = ""
    member_id: str = ""
    member_epoch: int = 0
    instance_id: str | None = None
    rack_id: str | None = None
    rebalance_timeout_ms: int = -1
    subscribed_topic_names: Sequence[str] | None = None
    subscribed_topic_regex: str | None = None
    server_assignor: str | None = None
    topic_partitions: Sequence[TopicPartitions] | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupHeartbeatRequest_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupHeartbeatRequest, int]:
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
            raise null_not_allowed("ConsumerGroupHeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("ConsumerGroupHeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.MemberId", n, pos, end - pos)
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
            f_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.InstanceId", n, pos, end - pos)
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
            raise bad_length("ConsumerGroupHeartbeatRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
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
            f_subscribed_topic_names: tuple[str, ...] | None = None
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos
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
                        "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", pos
                    )
                elif n > end - pos:
                    raise bad_length(
                        "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos
                    )
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names = tuple(items_subscribed_topic_names)
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
            raise bad_length("ConsumerGroupHeartbeatRequest.ServerAssignor", n, pos, end - pos)
        else:
            f_server_assignor = str(buf[pos : pos + n], "utf-8")
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
            f_topic_partitions: tuple[TopicPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions = tuple(items_topic_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ConsumerGroupHeartbeatRequest(
                f_group_id,
                f_member_id,
                f_member_epoch,
                f_instance_id,
                f_rack_id,
                f_rebalance_timeout_ms,
                f_subscribed_topic_names,
                None,
                f_server_assignor,
                f_topic_partitions,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerGroupHeartbeatRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupHeartbeatRequest v0", pos) from None


def _w_ConsumerGroupHeartbeatRequest_0(o: ConsumerGroupHeartbeatRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.subscribed_topic_regex is not None:
        raise not_in_version("ConsumerGroupHeartbeatRequest.SubscribedTopicRegex", "0")
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
    a(_F0.pack(o.rebalance_timeout_ms))
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
    v_server_assignor = o.server_assignor
    if v_server_assignor is None:
        a(b"\x00")
    else:
        b = v_server_assignor.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        a(b"\x00")
    else:
        n = len(v_topic_partitions) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topic_partitions = _w_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            w_topic_partitions(x_topic_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConsumerGroupHeartbeatRequest_0(o: ConsumerGroupHeartbeatRequest) -> int:
    n = 8
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
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
    v_subscribed_topic_names = o.subscribed_topic_names
    if v_subscribed_topic_names is None:
        n += 1
    else:
        n += uvarint_size(len(v_subscribed_topic_names) + 1)
        for x_subscribed_topic_names in v_subscribed_topic_names:
            k = utf8_len(x_subscribed_topic_names)
            n += uvarint_size(k + 1)
            n += k
    v_server_assignor = o.server_assignor
    if v_server_assignor is None:
        n += 1
    else:
        k = utf8_len(v_server_assignor)
        n += uvarint_size(k + 1)
        n += k
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        n += 1
    else:
        n += uvarint_size(len(v_topic_partitions) + 1)
        sz_topic_partitions = _s_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            n += sz_topic_partitions(x_topic_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ConsumerGroupHeartbeatRequest_1(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupHeartbeatRequest, int]:
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
            raise null_not_allowed("ConsumerGroupHeartbeatRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.GroupId", n, pos, end - pos)
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
            raise null_not_allowed("ConsumerGroupHeartbeatRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.MemberId", n, pos, end - pos)
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
            f_instance_id: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.InstanceId", n, pos, end - pos)
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
            raise bad_length("ConsumerGroupHeartbeatRequest.RackId", n, pos, end - pos)
        else:
            f_rack_id = str(buf[pos : pos + n], "utf-8")
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
            f_subscribed_topic_names: tuple[str, ...] | None = None
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos
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
                        "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", pos
                    )
                elif n > end - pos:
                    raise bad_length(
                        "ConsumerGroupHeartbeatRequest.SubscribedTopicNames", n, pos, end - pos
                    )
                else:
                    x_subscribed_topic_names = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_subscribed_topic_names(x_subscribed_topic_names)
            f_subscribed_topic_names = tuple(items_subscribed_topic_names)
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
                "ConsumerGroupHeartbeatRequest.SubscribedTopicRegex", n, pos, end - pos
            )
        else:
            f_subscribed_topic_regex = str(buf[pos : pos + n], "utf-8")
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
            f_server_assignor: str | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.ServerAssignor", n, pos, end - pos)
        else:
            f_server_assignor = str(buf[pos : pos + n], "utf-8")
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
            f_topic_partitions: tuple[TopicPartitions, ...] | None = None
        elif n > end - pos:
            raise bad_length("ConsumerGroupHeartbeatRequest.TopicPartitions", n, pos, end - pos)
        else:
            items_topic_partitions: list[TopicPartitions] = []
            append_topic_partitions = items_topic_partitions.append
            for _ in range(n):
                x_topic_partitions, pos = _r_TopicPartitions_0(buf, pos)
                append_topic_partitions(x_topic_partitions)
            f_topic_partitions = tuple(items_topic_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ConsumerGroupHeartbeatRequest(
                f_group_id,
                f_member_id,
                f_member_epoch,
                f_instance_id,
                f_rack_id,
                f_rebalance_timeout_ms,
                f_subscribed_topic_names,
                f_subscribed_topic_regex,
                f_server_assignor,
                f_topic_partitions,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerGroupHeartbeatRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupHeartbeatRequest v1", pos) from None


def _w_ConsumerGroupHeartbeatRequest_1(o: ConsumerGroupHeartbeatRequest, out: list[Buffer]) -> None:
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
    a(_F0.pack(o.rebalance_timeout_ms))
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
    v_subscribed_topic_regex = o.subscribed_topic_regex
    if v_subscribed_topic_regex is None:
        a(b"\x00")
    else:
        b = v_subscribed_topic_regex.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_server_assignor = o.server_assignor
    if v_server_assignor is None:
        a(b"\x00")
    else:
        b = v_server_assignor.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        a(b"\x00")
    else:
        n = len(v_topic_partitions) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_topic_partitions = _w_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            w_topic_partitions(x_topic_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConsumerGroupHeartbeatRequest_1(o: ConsumerGroupHeartbeatRequest) -> int:
    n = 8
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
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
    v_subscribed_topic_names = o.subscribed_topic_names
    if v_subscribed_topic_names is None:
        n += 1
    else:
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
    v_topic_partitions = o.topic_partitions
    if v_topic_partitions is None:
        n += 1
    else:
        n += uvarint_size(len(v_topic_partitions) + 1)
        sz_topic_partitions = _s_TopicPartitions_0
        for x_topic_partitions in v_topic_partitions:
            n += sz_topic_partitions(x_topic_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicPartitions_0(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    end = len(buf)
    try:
        (f_topic_id,) = _F1.unpack_from(buf, pos)
        pos += 16
        f_topic_id = uuid_from_bytes(f_topic_id)
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("TopicPartitions.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("TopicPartitions.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicPartitions(f_topic_id, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicPartitions v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicPartitions v0-1", pos) from None


def _w_TopicPartitions_0(o: TopicPartitions, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicPartitions_0(o: TopicPartitions) -> int:
    n = 16
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ConsumerGroupHeartbeatRequest._READERS = (
    _r_ConsumerGroupHeartbeatRequest_0,
    _r_ConsumerGroupHeartbeatRequest_1,
)
ConsumerGroupHeartbeatRequest._WRITERS = (
    _w_ConsumerGroupHeartbeatRequest_0,
    _w_ConsumerGroupHeartbeatRequest_1,
)
ConsumerGroupHeartbeatRequest._SIZERS = (
    _s_ConsumerGroupHeartbeatRequest_0,
    _s_ConsumerGroupHeartbeatRequest_1,
)
bind_readers(
    ConsumerGroupHeartbeatRequest,
    "consumer_group_heartbeat_request",
    "cdc98ece5187d341",
    (
        TopicPartitions,
        ConsumerGroupHeartbeatRequest,
    ),
)
