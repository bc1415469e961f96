# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterReplicaLogDirsResponse: Kafka response (key 34), versions 1-2."""

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
    "AlterReplicaLogDirPartitionResult",
    "AlterReplicaLogDirTopicResult",
    "AlterReplicaLogDirsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")


class AlterReplicaLogDirPartitionResult(_StructBase):
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
    )
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class AlterReplicaLogDirTopicResult(_StructBase):
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
            False,
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "AlterReplicaLogDirPartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterReplicaLogDirPartitionResult,
            False,
        ),
    )
    topic_name: str = ""
    partitions: Sequence[AlterReplicaLogDirPartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterReplicaLogDirsResponse(_Message):
    NAME: ClassVar[str] = "AlterReplicaLogDirsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 34
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
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
            "results",
            "Results",
            "AlterReplicaLogDirTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterReplicaLogDirTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    results: Sequence[AlterReplicaLogDirTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterReplicaLogDirsResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[AlterReplicaLogDirTopicResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_AlterReplicaLogDirTopicResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[AlterReplicaLogDirTopicResult, ...] = tuple(items_results)
        return AlterReplicaLogDirsResponse(f_throttle_time_ms, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirsResponse v1", pos) from None


def _w_AlterReplicaLogDirsResponse_0(o: AlterReplicaLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_AlterReplicaLogDirTopicResult_0
    for x_results in v_results:
        w_results(x_results, out)


def _s_AlterReplicaLogDirsResponse_0(o: AlterReplicaLogDirsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_AlterReplicaLogDirTopicResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_AlterReplicaLogDirsResponse_1(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirsResponse, int]:
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
            raise null_not_allowed("AlterReplicaLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[AlterReplicaLogDirTopicResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_AlterReplicaLogDirTopicResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[AlterReplicaLogDirTopicResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDirsResponse(f_throttle_time_ms, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirsResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirsResponse v2", pos) from None


def _w_AlterReplicaLogDirsResponse_1(o: AlterReplicaLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_AlterReplicaLogDirTopicResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDirsResponse_1(o: AlterReplicaLogDirsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_AlterReplicaLogDirTopicResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterReplicaLogDirTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDirTopicResult.TopicName", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopicResult.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDirTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[AlterReplicaLogDirPartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_AlterReplicaLogDirPartitionResult_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[AlterReplicaLogDirPartitionResult, ...] = tuple(items_partitions)
        return AlterReplicaLogDirTopicResult(f_topic_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirTopicResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirTopicResult v1", pos) from None


def _w_AlterReplicaLogDirTopicResult_0(o: AlterReplicaLogDirTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_AlterReplicaLogDirPartitionResult_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_AlterReplicaLogDirTopicResult_0(o: AlterReplicaLogDirTopicResult) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_AlterReplicaLogDirPartitionResult_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_AlterReplicaLogDirTopicResult_1(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirTopicResult, int]:
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
            raise null_not_allowed("AlterReplicaLogDirTopicResult.TopicName", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopicResult.TopicName", n, pos, end - pos)
        else:
            f_topic_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AlterReplicaLogDirTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[AlterReplicaLogDirPartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_AlterReplicaLogDirPartitionResult_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[AlterReplicaLogDirPartitionResult, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDirTopicResult(f_topic_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirTopicResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirTopicResult v2", pos) from None


def _w_AlterReplicaLogDirTopicResult_1(o: AlterReplicaLogDirTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic_name = o.topic_name
    b = v_topic_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_AlterReplicaLogDirPartitionResult_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDirTopicResult_1(o: AlterReplicaLogDirTopicResult) -> int:
    n = 0
    v_topic_name = o.topic_name
    k = utf8_len(v_topic_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_AlterReplicaLogDirPartitionResult_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterReplicaLogDirPartitionResult_0(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        return AlterReplicaLogDirPartitionResult(f_partition_index, f_error_code, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirPartitionResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirPartitionResult v1", pos) from None


def _w_AlterReplicaLogDirPartitionResult_0(
    o: AlterReplicaLogDirPartitionResult, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.error_code))


def _s_AlterReplicaLogDirPartitionResult_0(o: AlterReplicaLogDirPartitionResult) -> int:
    n = 6
    return n


def _r_AlterReplicaLogDirPartitionResult_1(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDirPartitionResult(f_partition_index, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirPartitionResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirPartitionResult v2", pos) from None


def _w_AlterReplicaLogDirPartitionResult_1(
    o: AlterReplicaLogDirPartitionResult, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDirPartitionResult_1(o: AlterReplicaLogDirPartitionResult) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterReplicaLogDirsResponse._READERS = (
    None,
    _r_AlterReplicaLogDirsResponse_0,
    _r_AlterReplicaLogDirsResponse_1,
)
AlterReplicaLogDirsResponse._WRITERS = (
    None,
    _w_AlterReplicaLogDirsResponse_0,
    _w_AlterReplicaLogDirsResponse_1,
)
AlterReplicaLogDirsResponse._SIZERS = (
    None,
    _s_AlterReplicaLogDirsResponse_0,
    _s_AlterReplicaLogDirsResponse_1,
)
bind_readers(
    AlterReplicaLogDirsResponse,
    "alter_replica_log_dirs_response",
    "55082b0e966270f1",
    (
        AlterReplicaLogDirPartitionResult,
        AlterReplicaLogDirTopicResult,
        AlterReplicaLogDirsResponse,
    ),
)
