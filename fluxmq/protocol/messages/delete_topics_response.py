# generated from Kafka 4.4.0 by codegen — do not edit
"""DeleteTopicsResponse: Kafka response (key 20), versions 1-6."""

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
    not_nullable,
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
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "DeletableTopicResult",
    "DeleteTopicsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")
_F2 = PackStruct(">16sh")


class DeletableTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (6, 32767), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (6, 32767),
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
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    name: str | None = ""
    topic_id: UUID = ZERO_UUID
    error_code: int = 0
    error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


class DeleteTopicsResponse(_Message):
    NAME: ClassVar[str] = "DeleteTopicsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 20
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
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
            "responses",
            "Responses",
            "DeletableTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DeletableTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    responses: Sequence[DeletableTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DeleteTopicsResponse_0(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DeleteTopicsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[DeletableTopicResult] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_DeletableTopicResult_0(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[DeletableTopicResult, ...] = tuple(items_responses)
        return DeleteTopicsResponse(f_throttle_time_ms, f_responses, None), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsResponse v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsResponse v1-3", pos) from None


def _w_DeleteTopicsResponse_0(o: DeleteTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    a(INT32.pack(len(v_responses)))
    w_responses = _w_DeletableTopicResult_0
    for x_responses in v_responses:
        w_responses(x_responses, out)


def _s_DeleteTopicsResponse_0(o: DeleteTopicsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += 4
    sz_responses = _s_DeletableTopicResult_0
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    return n


def _r_DeleteTopicsResponse_1(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DeleteTopicsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[DeletableTopicResult] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_DeletableTopicResult_1(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[DeletableTopicResult, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicsResponse(f_throttle_time_ms, f_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsResponse v4", pos) from None


def _w_DeleteTopicsResponse_1(o: DeleteTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_DeletableTopicResult_1
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicsResponse_1(o: DeleteTopicsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_DeletableTopicResult_1
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteTopicsResponse_2(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DeleteTopicsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[DeletableTopicResult] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_DeletableTopicResult_2(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[DeletableTopicResult, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicsResponse(f_throttle_time_ms, f_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsResponse v5", pos) from None


def _w_DeleteTopicsResponse_2(o: DeleteTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_DeletableTopicResult_2
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicsResponse_2(o: DeleteTopicsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_DeletableTopicResult_2
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeleteTopicsResponse_3(buf: memoryview, pos: int) -> tuple[DeleteTopicsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("DeleteTopicsResponse.Responses", pos)
        elif n > end - pos:
            raise bad_length("DeleteTopicsResponse.Responses", n, pos, end - pos)
        else:
            items_responses: list[DeletableTopicResult] = []
            append_responses = items_responses.append
            for _ in range(n):
                x_responses, pos = _r_DeletableTopicResult_3(buf, pos)
                append_responses(x_responses)
            f_responses: tuple[DeletableTopicResult, ...] = tuple(items_responses)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeleteTopicsResponse(f_throttle_time_ms, f_responses, tags), pos
    except (StructError, IndexError):
        raise truncated("DeleteTopicsResponse v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeleteTopicsResponse v6", pos) from None


def _w_DeleteTopicsResponse_3(o: DeleteTopicsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_responses = o.responses
    n = len(v_responses) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_responses = _w_DeletableTopicResult_3
    for x_responses in v_responses:
        w_responses(x_responses, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeleteTopicsResponse_3(o: DeleteTopicsResponse) -> int:
    n = 4
    v_responses = o.responses
    n += uvarint_size(len(v_responses) + 1)
    sz_responses = _s_DeletableTopicResult_3
    for x_responses in v_responses:
        n += sz_responses(x_responses)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeletableTopicResult_0(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DeletableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DeletableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        return DeletableTopicResult(f_name, ZERO_UUID, f_error_code, None, None), pos
    except (StructError, IndexError):
        raise truncated("DeletableTopicResult v1-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableTopicResult v1-3", pos) from None


def _w_DeletableTopicResult_0(o: DeletableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        raise not_nullable("DeletableTopicResult.Name", "1-3")
    else:
        b = v_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F1.pack(o.error_code))


def _s_DeletableTopicResult_0(o: DeletableTopicResult) -> int:
    n = 2
    v_name = o.name
    if v_name is None:
        n += 2
    else:
        k = utf8_len(v_name)
        n += 2
        n += k
    return n


def _r_DeletableTopicResult_1(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
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
            raise null_not_allowed("DeletableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DeletableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeletableTopicResult(f_name, ZERO_UUID, f_error_code, None, tags), pos
    except (StructError, IndexError):
        raise truncated("DeletableTopicResult v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableTopicResult v4", pos) from None


def _w_DeletableTopicResult_1(o: DeletableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        raise not_nullable("DeletableTopicResult.Name", "4")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DeletableTopicResult_1(o: DeletableTopicResult) -> int:
    n = 2
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DeletableTopicResult_2(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
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
            raise null_not_allowed("DeletableTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("DeletableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            raise bad_length("DeletableTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeletableTopicResult(f_name, ZERO_UUID, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("DeletableTopicResult v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableTopicResult v5", pos) from None


def _w_DeletableTopicResult_2(o: DeletableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        raise not_nullable("DeletableTopicResult.Name", "5")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.error_code))
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


def _s_DeletableTopicResult_2(o: DeletableTopicResult) -> int:
    n = 2
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
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


def _r_DeletableTopicResult_3(buf: memoryview, pos: int) -> tuple[DeletableTopicResult, int]:
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
            f_name: str | None = None
        elif n > end - pos:
            raise bad_length("DeletableTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_topic_id,
            f_error_code,
        ) = _F2.unpack_from(buf, pos)
        pos += 18
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DeletableTopicResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DeletableTopicResult(f_name, f_topic_id, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("DeletableTopicResult v6", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DeletableTopicResult v6", pos) from None


def _w_DeletableTopicResult_3(o: DeletableTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    if v_name is None:
        a(b"\x00")
    else:
        b = v_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F2.pack(o.topic_id.bytes, o.error_code))
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


def _s_DeletableTopicResult_3(o: DeletableTopicResult) -> int:
    n = 18
    v_name = o.name
    if v_name is None:
        n += 1
    else:
        k = utf8_len(v_name)
        n += uvarint_size(k + 1)
        n += k
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


DeleteTopicsResponse._READERS = (
    None,
    _r_DeleteTopicsResponse_0,
    _r_DeleteTopicsResponse_0,
    _r_DeleteTopicsResponse_0,
    _r_DeleteTopicsResponse_1,
    _r_DeleteTopicsResponse_2,
    _r_DeleteTopicsResponse_3,
)
DeleteTopicsResponse._WRITERS = (
    None,
    _w_DeleteTopicsResponse_0,
    _w_DeleteTopicsResponse_0,
    _w_DeleteTopicsResponse_0,
    _w_DeleteTopicsResponse_1,
    _w_DeleteTopicsResponse_2,
    _w_DeleteTopicsResponse_3,
)
DeleteTopicsResponse._SIZERS = (
    None,
    _s_DeleteTopicsResponse_0,
    _s_DeleteTopicsResponse_0,
    _s_DeleteTopicsResponse_0,
    _s_DeleteTopicsResponse_1,
    _s_DeleteTopicsResponse_2,
    _s_DeleteTopicsResponse_3,
)
bind_readers(
    DeleteTopicsResponse,
    "delete_topics_response",
    "9e0977d0b3d542b4",
    (
        DeletableTopicResult,
        DeleteTopicsResponse,
    ),
)
