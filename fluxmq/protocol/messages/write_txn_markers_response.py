# generated from Kafka 4.4.0 by codegen — do not edit
"""WriteTxnMarkersResponse: Kafka response (key 27), versions 1-2."""

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
    "WritableTxnMarkerPartitionResult",
    "WritableTxnMarkerTopicResult",
    "WritableTxnMarkerResult",
    "WriteTxnMarkersResponse",
]

_F0 = PackStruct(">q")
_F1 = PackStruct(">ih")


class WritableTxnMarkerPartitionResult(_StructBase):
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


class WritableTxnMarkerTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "WritableTxnMarkerPartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WritableTxnMarkerPartitionResult,
            False,
        ),
    )
    name: str = ""
    partitions: Sequence[WritableTxnMarkerPartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class WritableTxnMarkerResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "producer_id",
            "ProducerId",
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
            "topics",
            "Topics",
            "WritableTxnMarkerTopicResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WritableTxnMarkerTopicResult,
            False,
        ),
    )
    producer_id: int = 0
    topics: Sequence[WritableTxnMarkerTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class WriteTxnMarkersResponse(_Message):
    NAME: ClassVar[str] = "WriteTxnMarkersResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 27
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "markers",
            "Markers",
            "WritableTxnMarkerResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WritableTxnMarkerResult,
            False,
        ),
    )
    markers: Sequence[WritableTxnMarkerResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_WriteTxnMarkersResponse_0(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersResponse, int]:
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
            raise null_not_allowed("WriteTxnMarkersResponse.Markers", pos)
        elif n > end - pos:
            raise bad_length("WriteTxnMarkersResponse.Markers", n, pos, end - pos)
        else:
            items_markers: list[WritableTxnMarkerResult] = []
            append_markers = items_markers.append
            for _ in range(n):
                x_markers, pos = _r_WritableTxnMarkerResult_0(buf, pos)
                append_markers(x_markers)
            f_markers: tuple[WritableTxnMarkerResult, ...] = tuple(items_markers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteTxnMarkersResponse(f_markers, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteTxnMarkersResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteTxnMarkersResponse v1-2", pos) from None


def _w_WriteTxnMarkersResponse_0(o: WriteTxnMarkersResponse, out: list[Buffer]) -> None:
    a = out.append
    v_markers = o.markers
    n = len(v_markers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_markers = _w_WritableTxnMarkerResult_0
    for x_markers in v_markers:
        w_markers(x_markers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteTxnMarkersResponse_0(o: WriteTxnMarkersResponse) -> int:
    n = 0
    v_markers = o.markers
    n += uvarint_size(len(v_markers) + 1)
    sz_markers = _s_WritableTxnMarkerResult_0
    for x_markers in v_markers:
        n += sz_markers(x_markers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarkerResult_0(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerResult, int]:
    end = len(buf)
    try:
        (f_producer_id,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("WritableTxnMarkerResult.Topics", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarkerResult.Topics", n, pos, end - pos)
        else:
            items_topics: list[WritableTxnMarkerTopicResult] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_WritableTxnMarkerTopicResult_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[WritableTxnMarkerTopicResult, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WritableTxnMarkerResult(f_producer_id, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("WritableTxnMarkerResult v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarkerResult v1-2", pos) from None


def _w_WritableTxnMarkerResult_0(o: WritableTxnMarkerResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.producer_id))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_WritableTxnMarkerTopicResult_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarkerResult_0(o: WritableTxnMarkerResult) -> int:
    n = 8
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_WritableTxnMarkerTopicResult_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarkerTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[WritableTxnMarkerTopicResult, int]:
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
            raise null_not_allowed("WritableTxnMarkerTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarkerTopicResult.Name", n, pos, end - pos)
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
            raise null_not_allowed("WritableTxnMarkerTopicResult.Partitions", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarkerTopicResult.Partitions", n, pos, end - pos)
        else:
            items_partitions: list[WritableTxnMarkerPartitionResult] = []
            append_partitions = items_partitions.append
            for _ in range(n):
                x_partitions, pos = _r_WritableTxnMarkerPartitionResult_0(buf, pos)
                append_partitions(x_partitions)
            f_partitions: tuple[WritableTxnMarkerPartitionResult, ...] = tuple(items_partitions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WritableTxnMarkerTopicResult(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("WritableTxnMarkerTopicResult v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarkerTopicResult v1-2", pos) from None


def _w_WritableTxnMarkerTopicResult_0(o: WritableTxnMarkerTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partitions = _w_WritableTxnMarkerPartitionResult_0
    for x_partitions in v_partitions:
        w_partitions(x_partitions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarkerTopicResult_0(o: WritableTxnMarkerTopicResult) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    sz_partitions = _s_WritableTxnMarkerPartitionResult_0
    for x_partitions in v_partitions:
        n += sz_partitions(x_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarkerPartitionResult_0(
    buf: memoryview, pos: int
) -> tuple[WritableTxnMarkerPartitionResult, int]:
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
        return WritableTxnMarkerPartitionResult(f_partition_index, f_error_code, tags), pos
    except (StructError, IndexError):
        raise truncated("WritableTxnMarkerPartitionResult v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarkerPartitionResult v1-2", pos) from None


def _w_WritableTxnMarkerPartitionResult_0(
    o: WritableTxnMarkerPartitionResult, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarkerPartitionResult_0(o: WritableTxnMarkerPartitionResult) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


WriteTxnMarkersResponse._READERS = (
    None,
    _r_WriteTxnMarkersResponse_0,
    _r_WriteTxnMarkersResponse_0,
)
WriteTxnMarkersResponse._WRITERS = (
    None,
    _w_WriteTxnMarkersResponse_0,
    _w_WriteTxnMarkersResponse_0,
)
WriteTxnMarkersResponse._SIZERS = (
    None,
    _s_WriteTxnMarkersResponse_0,
    _s_WriteTxnMarkersResponse_0,
)
bind_readers(
    WriteTxnMarkersResponse,
    "write_txn_markers_response",
    "6be94548308f3644",
    (
        WritableTxnMarkerPartitionResult,
        WritableTxnMarkerTopicResult,
        WritableTxnMarkerResult,
        WriteTxnMarkersResponse,
    ),
)
