# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeLogDirsResponse: Kafka response (key 35), versions 1-5."""

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
    "DescribeLogDirsPartition",
    "DescribeLogDirsTopic",
    "DescribeLogDirsResult",
    "DescribeLogDirsResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")
_F2 = PackStruct(">h")
_F3 = PackStruct(">qq")
_F4 = PackStruct(">qq?")
_F5 = PackStruct(">iqq?")


class DescribeLogDirsPartition(_StructBase):
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
            "partition_size",
            "PartitionSize",
            "int64",
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
            "offset_lag",
            "OffsetLag",
            "int64",
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
            "is_future_key",
            "IsFutureKey",
            "bool",
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
    partition_size: int = 0
    offset_lag: int = 0
    is_future_key: bool = False
    unknown_tags: dict[int, bytes] | None = None


class DescribeLogDirsTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "DescribeLogDirsPartition",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeLogDirsPartition,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[DescribeLogDirsPartition] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeLogDirsResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "log_dir",
            "LogDir",
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
            "topics",
            "Topics",
            "DescribeLogDirsTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeLogDirsTopic,
            False,
        ),
        FieldInfo(
            "total_bytes",
            "TotalBytes",
            "int64",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "usable_bytes",
            "UsableBytes",
            "int64",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "is_cordoned",
            "IsCordoned",
            "bool",
            False,
            (5, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    log_dir: str = ""
    topics: Sequence[DescribeLogDirsTopic] = ()
    total_bytes: int = -1
    usable_bytes: int = -1
    is_cordoned: bool = False
    unknown_tags: dict[int, bytes] | None = None


class DescribeLogDirsResponse(_Message):
    NAME: ClassVar[str] = "DescribeLogDirsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 35
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 5
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
            "error_code",
            "ErrorCode",
            "int16",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "results",
            "Results",
            "DescribeLogDirsResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            DescribeLogDirsResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    results: Sequence[DescribeLogDirsResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeLogDirsResponse_0(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeLogDirsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeLogDirsResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeLogDirsResult, ...] = tuple(items_results)
        return DescribeLogDirsResponse(f_throttle_time_ms, 0, f_results, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResponse v1", pos) from None


def _w_DescribeLogDirsResponse_0(o: DescribeLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    a(INT32.pack(len(v_results)))
    w_results = _w_DescribeLogDirsResult_0
    for x_results in v_results:
        w_results(x_results, out)


def _s_DescribeLogDirsResponse_0(o: DescribeLogDirsResponse) -> int:
    n = 4
    v_results = o.results
    n += 4
    sz_results = _s_DescribeLogDirsResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    return n


def _r_DescribeLogDirsResponse_1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
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
            raise null_not_allowed("DescribeLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeLogDirsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeLogDirsResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeLogDirsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsResponse(f_throttle_time_ms, 0, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResponse v2", pos) from None


def _w_DescribeLogDirsResponse_1(o: DescribeLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeLogDirsResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResponse_1(o: DescribeLogDirsResponse) -> int:
    n = 4
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeLogDirsResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResponse_2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeLogDirsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeLogDirsResult_1(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeLogDirsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsResponse(f_throttle_time_ms, f_error_code, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResponse v3", pos) from None


def _w_DescribeLogDirsResponse_2(o: DescribeLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeLogDirsResult_1
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResponse_2(o: DescribeLogDirsResponse) -> int:
    n = 6
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeLogDirsResult_1
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResponse_3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeLogDirsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeLogDirsResult_2(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeLogDirsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsResponse(f_throttle_time_ms, f_error_code, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResponse v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResponse v4", pos) from None


def _w_DescribeLogDirsResponse_3(o: DescribeLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeLogDirsResult_2
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResponse_3(o: DescribeLogDirsResponse) -> int:
    n = 6
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeLogDirsResult_2
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResponse_4(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResponse.Results", n, pos, end - pos)
        else:
            items_results: list[DescribeLogDirsResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_DescribeLogDirsResult_3(buf, pos)
                append_results(x_results)
            f_results: tuple[DescribeLogDirsResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsResponse(f_throttle_time_ms, f_error_code, f_results, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResponse v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResponse v5", pos) from None


def _w_DescribeLogDirsResponse_4(o: DescribeLogDirsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_DescribeLogDirsResult_3
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResponse_4(o: DescribeLogDirsResponse) -> int:
    n = 6
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_DescribeLogDirsResult_3
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResult_0(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F2.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeLogDirsResult.LogDir", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.LogDir", n, pos, end - pos)
        else:
            f_log_dir = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeLogDirsResult.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeLogDirsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeLogDirsTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeLogDirsTopic, ...] = tuple(items_topics)
        return DescribeLogDirsResult(f_error_code, f_log_dir, f_topics, -1, -1, False, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResult v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResult v1", pos) from None


def _w_DescribeLogDirsResult_0(o: DescribeLogDirsResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.error_code))
    v_log_dir = o.log_dir
    b = v_log_dir.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_DescribeLogDirsTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_DescribeLogDirsResult_0(o: DescribeLogDirsResult) -> int:
    n = 2
    v_log_dir = o.log_dir
    k = utf8_len(v_log_dir)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_DescribeLogDirsTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_DescribeLogDirsResult_1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResult.LogDir", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.LogDir", n, pos, end - pos)
        else:
            f_log_dir = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeLogDirsResult.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeLogDirsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeLogDirsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeLogDirsTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsResult(f_error_code, f_log_dir, f_topics, -1, -1, False, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResult v2-3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResult v2-3", pos) from None


def _w_DescribeLogDirsResult_1(o: DescribeLogDirsResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.error_code))
    v_log_dir = o.log_dir
    b = v_log_dir.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResult_1(o: DescribeLogDirsResult) -> int:
    n = 2
    v_log_dir = o.log_dir
    k = utf8_len(v_log_dir)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResult_2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResult.LogDir", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.LogDir", n, pos, end - pos)
        else:
            f_log_dir = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeLogDirsResult.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeLogDirsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeLogDirsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeLogDirsTopic, ...] = tuple(items_topics)
        (
            f_total_bytes,
            f_usable_bytes,
        ) = _F3.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeLogDirsResult(
                f_error_code, f_log_dir, f_topics, f_total_bytes, f_usable_bytes, False, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResult v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResult v4", pos) from None


def _w_DescribeLogDirsResult_2(o: DescribeLogDirsResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.error_code))
    v_log_dir = o.log_dir
    b = v_log_dir.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F3.pack(o.total_bytes, o.usable_bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResult_2(o: DescribeLogDirsResult) -> int:
    n = 18
    v_log_dir = o.log_dir
    k = utf8_len(v_log_dir)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsResult_3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F2.unpack_from(buf, pos)
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
            raise null_not_allowed("DescribeLogDirsResult.LogDir", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.LogDir", n, pos, end - pos)
        else:
            f_log_dir = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DescribeLogDirsResult.Topics", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsResult.Topics", n, pos, end - pos)
        else:
            items_topics: list[DescribeLogDirsTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_DescribeLogDirsTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[DescribeLogDirsTopic, ...] = tuple(items_topics)
        (
            f_total_bytes,
            f_usable_bytes,
            f_is_cordoned,
        ) = _F4.unpack_from(buf, pos)
        pos += 17
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeLogDirsResult(
                f_error_code,
                f_log_dir,
                f_topics,
                f_total_bytes,
                f_usable_bytes,
                f_is_cordoned,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsResult v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsResult v5", pos) from None


def _w_DescribeLogDirsResult_3(o: DescribeLogDirsResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.error_code))
    v_log_dir = o.log_dir
    b = v_log_dir.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F4.pack(o.total_bytes, o.usable_bytes, o.is_cordoned))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsResult_3(o: DescribeLogDirsResult) -> int:
    n = 19
    v_log_dir = o.log_dir
    k = utf8_len(v_log_dir)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_DescribeLogDirsTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsTopic_0(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("DescribeLogDirsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("DescribeLogDirsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DescribeLogDirsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DescribeLogDirsPartition_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DescribeLogDirsPartition, ...] = tuple(items_partitions)
        return DescribeLogDirsTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsTopic v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsTopic v1", pos) from None


def _w_DescribeLogDirsTopic_0(o: DescribeLogDirsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    w_partitions = _w_DescribeLogDirsPartition_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)


def _s_DescribeLogDirsTopic_0(o: DescribeLogDirsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    sz_partitions = _s_DescribeLogDirsPartition_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    return n


def _r_DescribeLogDirsTopic_1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            raise null_not_allowed("DescribeLogDirsTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsTopic.Name", n, pos, end - pos)
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
            raise null_not_allowed("DescribeLogDirsTopic.Partitions", pos)
        elif n > end - pos:
            raise bad_length("DescribeLogDirsTopic.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[DescribeLogDirsPartition] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_DescribeLogDirsPartition_1(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[DescribeLogDirsPartition, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeLogDirsTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsTopic v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsTopic v2-5", pos) from None


def _w_DescribeLogDirsTopic_1(o: DescribeLogDirsTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_DescribeLogDirsPartition_1
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsTopic_1(o: DescribeLogDirsTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_DescribeLogDirsPartition_1
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeLogDirsPartition_0(
    buf: memoryview, pos: int
) -> tuple[DescribeLogDirsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_partition_size,
            f_offset_lag,
            f_is_future_key,
        ) = _F5.unpack_from(buf, pos)
        pos += 21
        return (
            DescribeLogDirsPartition(
                f_partition_index, f_partition_size, f_offset_lag, f_is_future_key, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsPartition v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsPartition v1", pos) from None


def _w_DescribeLogDirsPartition_0(o: DescribeLogDirsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key))


def _s_DescribeLogDirsPartition_0(o: DescribeLogDirsPartition) -> int:
    n = 21
    return n


def _r_DescribeLogDirsPartition_1(
    buf: memoryview, pos: int
) -> tuple[DescribeLogDirsPartition, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_partition_size,
            f_offset_lag,
            f_is_future_key,
        ) = _F5.unpack_from(buf, pos)
        pos += 21
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeLogDirsPartition(
                f_partition_index, f_partition_size, f_offset_lag, f_is_future_key, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeLogDirsPartition v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeLogDirsPartition v2-5", pos) from None


def _w_DescribeLogDirsPartition_1(o: DescribeLogDirsPartition, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeLogDirsPartition_1(o: DescribeLogDirsPartition) -> int:
    n = 21
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeLogDirsResponse._READERS = (
    None,
    _r_DescribeLogDirsResponse_0,
    _r_DescribeLogDirsResponse_1,
    _r_DescribeLogDirsResponse_2,
    _r_DescribeLogDirsResponse_3,
    _r_DescribeLogDirsResponse_4,
)
DescribeLogDirsResponse._WRITERS = (
    None,
    _w_DescribeLogDirsResponse_0,
    _w_DescribeLogDirsResponse_1,
    _w_DescribeLogDirsResponse_2,
    _w_DescribeLogDirsResponse_3,
    _w_DescribeLogDirsResponse_4,
)
DescribeLogDirsResponse._SIZERS = (
    None,
    _s_DescribeLogDirsResponse_0,
    _s_DescribeLogDirsResponse_1,
    _s_DescribeLogDirsResponse_2,
    _s_DescribeLogDirsResponse_3,
    _s_DescribeLogDirsResponse_4,
)
bind_readers(
    DescribeLogDirsResponse,
    "describe_log_dirs_response",
    "57769ee31b923909",
    (
        DescribeLogDirsPartition,
        DescribeLogDirsTopic,
        DescribeLogDirsResult,
        DescribeLogDirsResponse,
    ),
)
