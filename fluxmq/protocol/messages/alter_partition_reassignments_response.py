# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterPartitionReassignmentsResponse: Kafka response (key 45), versions 0-1."""

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
    "ReassignablePartitionResponse",
    "ReassignableTopicResponse",
    "AlterPartitionReassignmentsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">i?h")


class ReassignablePartitionResponse(_StructBase):
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
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class ReassignableTopicResponse(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "ReassignablePartitionResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReassignablePartitionResponse,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[ReassignablePartitionResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterPartitionReassignmentsResponse(_Message):
    NAME: ClassVar[str] = "AlterPartitionReassignmentsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
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
            "allow_replication_factor_change",
            "AllowReplicationFactorChange",
            "bool",
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
            "ReassignableTopicResponse",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReassignableTopicResponse,
            False,
        ),
    )
    throttle_time_ms: int = 0
    allow_replication_factor_change: bool = True
    error_code: int = 0
    error_message: str | None = ""
    responses: Sequence[ReassignableTopicResponse] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterPartitionReassignmentsResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterPartitionReassignmentsResponse, int]:
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
            raise bad_length("AlterPartitionReassignmentsResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("AlterPartitionReassignmentsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("AlterPartitionReassignmentsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[ReassignableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_ReassignableTopicResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[ReassignableTopicResponse, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterPartitionReassignmentsResponse(
                f_throttle_time_ms, True, f_error_code, f_error_message, f_responses, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterPartitionReassignmentsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterPartitionReassignmentsResponse v0", pos) from None


def _w_AlterPartitionReassignmentsResponse_0(
    o: AlterPartitionReassignmentsResponse, out: list[Buffer]
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
    w_responses = _w_ReassignableTopicResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterPartitionReassignmentsResponse_0(o: AlterPartitionReassignmentsResponse) -> int:
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
    sz_responses = _s_ReassignableTopicResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterPartitionReassignmentsResponse_1(
    buf: memoryview, pos: int
) -> tuple[AlterPartitionReassignmentsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_allow_replication_factor_change,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 7
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
            raise bad_length("AlterPartitionReassignmentsResponse.ErrorMessage", n, pos, end - pos)
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
            raise null_not_allowed("AlterPartitionReassignmentsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("AlterPartitionReassignmentsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[ReassignableTopicResponse] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_ReassignableTopicResponse_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[ReassignableTopicResponse, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AlterPartitionReassignmentsResponse(
                f_throttle_time_ms,
                f_allow_replication_factor_change,
                f_error_code,
                f_error_message,
                f_responses,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AlterPartitionReassignmentsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterPartitionReassignmentsResponse v1", pos) from None


def _w_AlterPartitionReassignmentsResponse_1(
    o: AlterPartitionReassignmentsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.allow_replication_factor_change, o.error_code))
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
    w_responses = _w_ReassignableTopicResponse_0
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterPartitionReassignmentsResponse_1(o: AlterPartitionReassignmentsResponse) -> int:
    n = 7
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_ReassignableTopicResponse_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReassignableTopicResponse_0(
    buf: memoryview, pos: int
) -> tuple[ReassignableTopicResponse, int]:
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
            raise null_not_allowed("ReassignableTopicResponse.Name", pos)
        elif n > end - pos:
            raise bad_length("ReassignableTopicResponse.Name", n, pos, end - pos)
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
            raise null_not_allowed("ReassignableTopicResponse.Partitions", pos)
        elif n > end - pos:
            raise bad_length("ReassignableTopicResponse.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[ReassignablePartitionResponse] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_ReassignablePartitionResponse_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[ReassignablePartitionResponse, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReassignableTopicResponse(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("ReassignableTopicResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReassignableTopicResponse v0-1", pos) from None


def _w_ReassignableTopicResponse_0(o: ReassignableTopicResponse, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_ReassignablePartitionResponse_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReassignableTopicResponse_0(o: ReassignableTopicResponse) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_ReassignablePartitionResponse_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReassignablePartitionResponse_0(
    buf: memoryview, pos: int
) -> tuple[ReassignablePartitionResponse, int]:
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
            raise bad_length("ReassignablePartitionResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ReassignablePartitionResponse(f_partition_index, f_error_code, f_error_message, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ReassignablePartitionResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReassignablePartitionResponse v0-1", pos) from None


def _w_ReassignablePartitionResponse_0(o: ReassignablePartitionResponse, out: list[Buffer]) -> None:
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


def _s_ReassignablePartitionResponse_0(o: ReassignablePartitionResponse) -> int:
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


AlterPartitionReassignmentsResponse._READERS = (
    _r_AlterPartitionReassignmentsResponse_0,
    _r_AlterPartitionReassignmentsResponse_1,
)
AlterPartitionReassignmentsResponse._WRITERS = (
    _w_AlterPartitionReassignmentsResponse_0,
    _w_AlterPartitionReassignmentsResponse_1,
)
AlterPartitionReassignmentsResponse._SIZERS = (
    _s_AlterPartitionReassignmentsResponse_0,
    _s_AlterPartitionReassignmentsResponse_1,
)
bind_readers(
    AlterPartitionReassignmentsResponse,
    "alter_partition_reassignments_response",
    "e9f2f38ca90a0c5a",
    (
        ReassignablePartitionResponse,
        ReassignableTopicResponse,
        AlterPartitionReassignmentsResponse,
    ),
)
