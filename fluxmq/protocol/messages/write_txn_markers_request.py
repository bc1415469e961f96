# generated from Kafka 4.4.0 by codegen — do not edit
"""WriteTxnMarkersRequest: Kafka request (key 27), versions 1-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "WritableTxnMarkerTopic",
    "WritableTxnMarker",
    "WriteTxnMarkersRequest",
]

_F0 = PackStruct(">qh?")
_F1 = PackStruct(">i")
_F2 = PackStruct(">ib")
_Ai32 = array_structs("i")


class WritableTxnMarkerTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition_indexes",
            "PartitionIndexes",
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
    name: str = ""
    partition_indexes: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class WritableTxnMarker(_StructBase):
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
            "producer_epoch",
            "ProducerEpoch",
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
            "transaction_result",
            "TransactionResult",
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
        FieldInfo(
            "topics",
            "Topics",
            "WritableTxnMarkerTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WritableTxnMarkerTopic,
            False,
        ),
        FieldInfo(
            "coordinator_epoch",
            "CoordinatorEpoch",
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
            "transaction_version",
            "TransactionVersion",
            "int8",
            False,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
    )
    producer_id: int = 0
    producer_epoch: int = 0
    transaction_result: bool = False
    topics: Sequence[WritableTxnMarkerTopic] = ()
    coordinator_epoch: int = 0
    transaction_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


class WriteTxnMarkersRequest(_Message):
    NAME: ClassVar[str] = "WriteTxnMarkersRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 27
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "markers",
            "Markers",
            "WritableTxnMarker",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            WritableTxnMarker,
            False,
        ),
    )
    markers: Sequence[WritableTxnMarker] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_WriteTxnMarkersRequest_0(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
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
            raise null_not_allowed("WriteTxnMarkersRequest.Markers", pos)
        elif n > end - pos:
            raise bad_length("WriteTxnMarkersRequest.Markers", n, pos, end - pos)
        else:
            items_markers: list[WritableTxnMarker] = []
            append_markers = items_markers.append
            for _ in range(n):
                x_markers, pos = _r_WritableTxnMarker_0(buf, pos)
                append_markers(x_markers)
            f_markers: tuple[WritableTxnMarker, ...] = tuple(items_markers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteTxnMarkersRequest(f_markers, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteTxnMarkersRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteTxnMarkersRequest v1", pos) from None


def _w_WriteTxnMarkersRequest_0(o: WriteTxnMarkersRequest, out: list[Buffer]) -> None:
    a = out.append
    v_markers = o.markers
    n = len(v_markers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_markers = _w_WritableTxnMarker_0
    for x_markers in v_markers:
        w_markers(x_markers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteTxnMarkersRequest_0(o: WriteTxnMarkersRequest) -> int:
    n = 0
    v_markers = o.markers
    n += uvarint_size(len(v_markers) + 1)
    sz_markers = _s_WritableTxnMarker_0
    for x_markers in v_markers:
        n += sz_markers(x_markers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WriteTxnMarkersRequest_1(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
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
            raise null_not_allowed("WriteTxnMarkersRequest.Markers", pos)
        elif n > end - pos:
            raise bad_length("WriteTxnMarkersRequest.Markers", n, pos, end - pos)
        else:
            items_markers: list[WritableTxnMarker] = []
            append_markers = items_markers.append
            for _ in range(n):
                x_markers, pos = _r_WritableTxnMarker_1(buf, pos)
                append_markers(x_markers)
            f_markers: tuple[WritableTxnMarker, ...] = tuple(items_markers)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WriteTxnMarkersRequest(f_markers, tags), pos
    except (StructError, IndexError):
        raise truncated("WriteTxnMarkersRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WriteTxnMarkersRequest v2", pos) from None


def _w_WriteTxnMarkersRequest_1(o: WriteTxnMarkersRequest, out: list[Buffer]) -> None:
    a = out.append
    v_markers = o.markers
    n = len(v_markers) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_markers = _w_WritableTxnMarker_1
    for x_markers in v_markers:
        w_markers(x_markers, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WriteTxnMarkersRequest_1(o: WriteTxnMarkersRequest) -> int:
    n = 0
    v_markers = o.markers
    n += uvarint_size(len(v_markers) + 1)
    sz_markers = _s_WritableTxnMarker_1
    for x_markers in v_markers:
        n += sz_markers(x_markers)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarker_0(buf: memoryview, pos: int) -> tuple[WritableTxnMarker, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_producer_epoch,
            f_transaction_result,
        ) = _F0.unpack_from(buf, pos)
        pos += 11
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
            raise null_not_allowed("WritableTxnMarker.Topics", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarker.Topics", n, pos, end - pos)
        else:
            items_topics: list[WritableTxnMarkerTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_WritableTxnMarkerTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[WritableTxnMarkerTopic, ...] = tuple(items_topics)
        (f_coordinator_epoch,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            WritableTxnMarker(
                f_producer_id,
                f_producer_epoch,
                f_transaction_result,
                f_topics,
                f_coordinator_epoch,
                0,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("WritableTxnMarker v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarker v1", pos) from None


def _w_WritableTxnMarker_0(o: WritableTxnMarker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.producer_id, o.producer_epoch, o.transaction_result))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_WritableTxnMarkerTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F1.pack(o.coordinator_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarker_0(o: WritableTxnMarker) -> int:
    n = 15
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_WritableTxnMarkerTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarker_1(buf: memoryview, pos: int) -> tuple[WritableTxnMarker, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_producer_epoch,
            f_transaction_result,
        ) = _F0.unpack_from(buf, pos)
        pos += 11
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
            raise null_not_allowed("WritableTxnMarker.Topics", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarker.Topics", n, pos, end - pos)
        else:
            items_topics: list[WritableTxnMarkerTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_WritableTxnMarkerTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[WritableTxnMarkerTopic, ...] = tuple(items_topics)
        (
            f_coordinator_epoch,
            f_transaction_version,
        ) = _F2.unpack_from(buf, pos)
        pos += 5
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            WritableTxnMarker(
                f_producer_id,
                f_producer_epoch,
                f_transaction_result,
                f_topics,
                f_coordinator_epoch,
                f_transaction_version,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("WritableTxnMarker v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarker v2", pos) from None


def _w_WritableTxnMarker_1(o: WritableTxnMarker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.producer_id, o.producer_epoch, o.transaction_result))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_WritableTxnMarkerTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)
    a(_F2.pack(o.coordinator_epoch, o.transaction_version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarker_1(o: WritableTxnMarker) -> int:
    n = 16
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_WritableTxnMarkerTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_WritableTxnMarkerTopic_0(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerTopic, int]:
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
            raise null_not_allowed("WritableTxnMarkerTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("WritableTxnMarkerTopic.Name", n, pos, end - pos)
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
        if 0 <= n < SMALL_ARRAY:
            f_partition_indexes = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("WritableTxnMarkerTopic.PartitionIndexes", pos)
        elif n * 4 > end - pos:
            raise bad_length("WritableTxnMarkerTopic.PartitionIndexes", n, pos, end - pos)
        else:
            f_partition_indexes = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return WritableTxnMarkerTopic(f_name, f_partition_indexes, tags), pos
    except (StructError, IndexError):
        raise truncated("WritableTxnMarkerTopic v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("WritableTxnMarkerTopic v1-2", pos) from None


def _w_WritableTxnMarkerTopic_0(o: WritableTxnMarkerTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_indexes = o.partition_indexes
    n = len(v_partition_indexes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partition_indexes)
    a(
        _Ai32[k].pack(*v_partition_indexes)
        if k < SMALL_ARRAY
        else pack(">%di" % k, *v_partition_indexes)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_WritableTxnMarkerTopic_0(o: WritableTxnMarkerTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_indexes = o.partition_indexes
    n += uvarint_size(len(v_partition_indexes) + 1)
    n += 4 * len(v_partition_indexes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


WriteTxnMarkersRequest._READERS = (
    None,
    _r_WriteTxnMarkersRequest_0,
    _r_WriteTxnMarkersRequest_1,
)
WriteTxnMarkersRequest._WRITERS = (
    None,
    _w_WriteTxnMarkersRequest_0,
    _w_WriteTxnMarkersRequest_1,
)
WriteTxnMarkersRequest._SIZERS = (
    None,
    _s_WriteTxnMarkersRequest_0,
    _s_WriteTxnMarkersRequest_1,
)
bind_readers(
    WriteTxnMarkersRequest,
    "write_txn_markers_request",
    "41221e625c263aa0",
    (
        WritableTxnMarkerTopic,
        WritableTxnMarker,
        WriteTxnMarkersRequest,
    ),
)
