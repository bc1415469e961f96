# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterShareGroupOffsetsResponse: Kafka response (key 91), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
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
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "AlterShareGroupOffsetsResponsePartition",
    "AlterShareGroupOffsetsResponseTopic",
    "AlterShareGroupOffsetsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">16s")


class AlterShareGroupOffsetsResponsePartition(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
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
            "error_message",
            "ErrorMessage",
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
    )
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class AlterShareGroupOffsetsResponseTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic_name",
            "TopicName",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
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
            "AlterShareGroupOffsetsResponsePartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterShareGroupOffsetsResponsePartition,
            False,
        ),
    )
    topic_name: str = ""
    topic_id: UUID = ZERO_UUID
    partitions: Sequence[AlterShareGroupOffsetsResponsePartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterShareGroupOffsetsResponse(_Message):
    NAME: ClassVar[str] = "AlterShareGroupOffsetsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 91
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            "error_message",
            "ErrorMessage",
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
            "responses",
            "Responses",
            "AlterShareGroupOffsetsResponseTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterShareGroupOffsetsResponseTopic,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = None
    responses: Sequence[AlterShareGroupOffsetsResponseTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterShareGroupOffsetsResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AlterShareGroupOffsetsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[AlterShareGroupOffsetsResponseTopic] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_AlterShareGroupOffsetsResponseTopic_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[AlterShareGroupOffsetsResponseTopic, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterShareGroupOffsetsResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_responses, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsResponse v0", pos) from None


def _w_AlterShareGroupOffsetsResponse_0(
    o: AlterShareGroupOffsetsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_AlterShareGroupOffsetsResponseTopic_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsResponse_0(o: AlterShareGroupOffsetsResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_AlterShareGroupOffsetsResponseTopic_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterShareGroupOffsetsResponseTopic_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsResponseTopic, int]:
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
            raise null_not_allowed("AlterShareGroupOffsetsResponseTopic.TopicName", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsResponseTopic.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
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
        if n < 0:
            raise null_not_allowed("AlterShareGroupOffsetsResponseTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("AlterShareGroupOffsetsResponseTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[AlterShareGroupOffsetsResponsePartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_AlterShareGroupOffsetsResponsePartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[AlterShareGroupOffsetsResponsePartition, ...] = tuple(
                items_partitions
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterShareGroupOffsetsResponseTopic(f_topic_name, f_topic_id, f_partitions, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsResponseTopic v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsResponseTopic v0", pos) from None


def _w_AlterShareGroupOffsetsResponseTopic_0(
    o: AlterShareGroupOffsetsResponseTopic, out: list[Buffer]
) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.topic_id.bytes))
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_AlterShareGroupOffsetsResponsePartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsResponseTopic_0(o: AlterShareGroupOffsetsResponseTopic) -> int:
    n = 16
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_AlterShareGroupOffsetsResponsePartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterShareGroupOffsetsResponsePartition_0(
    buf: memoryview, pos: int
) -> tuple[AlterShareGroupOffsetsResponsePartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length(
                "AlterShareGroupOffsetsResponsePartition.ErrorMessage", n, pos, end - pos
            )
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterShareGroupOffsetsResponsePartition(
                f_partition_index, f_error_code, f_error_message, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterShareGroupOffsetsResponsePartition v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterShareGroupOffsetsResponsePartition v0", pos) from None


def _w_AlterShareGroupOffsetsResponsePartition_0(
    o: AlterShareGroupOffsetsResponsePartition, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.partition_index, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterShareGroupOffsetsResponsePartition_0(o: AlterShareGroupOffsetsResponsePartition) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterShareGroupOffsetsResponse._READERS = (_r_AlterShareGroupOffsetsResponse_0,)
AlterShareGroupOffsetsResponse._WRITERS = (_w_AlterShareGroupOffsetsResponse_0,)
AlterShareGroupOffsetsResponse._SIZERS = (_s_AlterShareGroupOffsetsResponse_0,)
bind_readers(
    AlterShareGroupOffsetsResponse,
    "alter_share_group_offsets_response",
    "0e25f142a6b450d6",
    (
        AlterShareGroupOffsetsResponsePartition,
        AlterShareGroupOffsetsResponseTopic,
        AlterShareGroupOffsetsResponse,
    ),
)
