# generated from Kafka 4.4.0 by codegen — do not edit
"""ProduceRequest: Kafka request (key 0), versions 3-13."""

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
    "PartitionProduceData",
    "TopicProduceData",
    "ProduceRequest",
]

_F0 = PackStruct(">hi")
_F1 = PackStruct(">16s")
_F2 = PackStruct(">i")


class PartitionProduceData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "index", "Index", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "records",
            "Records",
            "records",
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
    index: int = 0
    records: Buffer | None = None
    unknown_tags: dict[int, bytes] | None = None


class TopicProduceData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo("name", "Name", "string", False, (0, 12), (1, 0), None, (1, 0), True, None, True),
        FieldInfo(
            "topic_id",
            "TopicId",
            "uuid",
            False,
            (13, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            True,
        ),
        FieldInfo(
            "partition_data",
            "PartitionData",
            "PartitionProduceData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionProduceData,
            False,
        ),
    )
    name: str = ""
    topic_id: UUID = ZERO_UUID
    partition_data: Sequence[PartitionProduceData] = ()
    unknown_tags: dict[int, bytes] | None = None


class ProduceRequest(_Message):
    NAME: ClassVar[str] = "ProduceRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 0
    MIN_VERSION: ClassVar[int] = 3
    MAX_VERSION: ClassVar[int] = 13
    FLEXIBLE_MIN: ClassVar[int | None] = 9
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
            "string",
            False,
            (3, 32767),
            (3, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "acks", "Acks", "int16", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "timeout_ms",
            "TimeoutMs",
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
            "topic_data",
            "TopicData",
            "TopicProduceData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicProduceData,
            False,
        ),
    )
    transactional_id: str | None = None
    acks: int = 0
    timeout_ms: int = 0
    topic_data: Sequence[TopicProduceData] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ProduceRequest_0(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_transactional_id: str | None = None
        elif n > end - pos:
            raise bad_length("ProduceRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_acks,
            f_timeout_ms,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ProduceRequest.TopicData", pos)
        elif n > end - pos:
            raise bad_length("ProduceRequest.TopicData", n, pos, end - pos)
        else:
            items_topic_data: list[TopicProduceData] = []
            append_topic_data = items_topic_data.append
            for _ in range(n):
                x_topic_data, pos = _r_TopicProduceData_0(buf, pos)
                append_topic_data(x_topic_data)
            f_topic_data: tuple[TopicProduceData, ...] = tuple(items_topic_data)
        return ProduceRequest(f_transactional_id, f_acks, f_timeout_ms, f_topic_data, None), pos
    except (StructError, IndexError):
        raise truncated("ProduceRequest v3-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceRequest v3-8", pos) from None


def _w_ProduceRequest_0(o: ProduceRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\xff\xff")
    else:
        b = v_transactional_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.acks, o.timeout_ms))
    v_topic_data = o.topic_data
    a(INT32.pack(len(v_topic_data)))
    w_topic_data = _w_TopicProduceData_0
    for x_topic_data in v_topic_data:
        w_topic_data(x_topic_data, out)


def _s_ProduceRequest_0(o: ProduceRequest) -> int:
    n = 6
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 2
    else:
        k = utf8_len(v_transactional_id)
        n += 2
        n += k
    v_topic_data = o.topic_data
    n += 4
    sz_topic_data = _s_TopicProduceData_0
    for x_topic_data in v_topic_data:
        n += sz_topic_data(x_topic_data)
    return n


def _r_ProduceRequest_1(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
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
            f_transactional_id: str | None = None
        elif n > end - pos:
            raise bad_length("ProduceRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_acks,
            f_timeout_ms,
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
            raise null_not_allowed("ProduceRequest.TopicData", pos)
        elif n > end - pos:
            raise bad_length("ProduceRequest.TopicData", n, pos, end - pos)
        else:
            items_topic_data: list[TopicProduceData] = []
            append_topic_data = items_topic_data.append
            for _ in range(n):
                x_topic_data, pos = _r_TopicProduceData_1(buf, pos)
                append_topic_data(x_topic_data)
            f_topic_data: tuple[TopicProduceData, ...] = tuple(items_topic_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ProduceRequest(f_transactional_id, f_acks, f_timeout_ms, f_topic_data, tags), pos
    except (StructError, IndexError):
        raise truncated("ProduceRequest v9-12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceRequest v9-12", pos) from None


def _w_ProduceRequest_1(o: ProduceRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\x00")
    else:
        b = v_transactional_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.acks, o.timeout_ms))
    v_topic_data = o.topic_data
    n = len(v_topic_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_data = _w_TopicProduceData_1
    for x_topic_data in v_topic_data:
        w_topic_data(x_topic_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ProduceRequest_1(o: ProduceRequest) -> int:
    n = 6
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 1
    else:
        k = utf8_len(v_transactional_id)
        n += uvarint_size(k + 1)
        n += k
    v_topic_data = o.topic_data
    n += uvarint_size(len(v_topic_data) + 1)
    sz_topic_data = _s_TopicProduceData_1
    for x_topic_data in v_topic_data:
        n += sz_topic_data(x_topic_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ProduceRequest_2(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
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
            f_transactional_id: str | None = None
        elif n > end - pos:
            raise bad_length("ProduceRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_acks,
            f_timeout_ms,
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
            raise null_not_allowed("ProduceRequest.TopicData", pos)
        elif n > end - pos:
            raise bad_length("ProduceRequest.TopicData", n, pos, end - pos)
        else:
            items_topic_data: list[TopicProduceData] = []
            append_topic_data = items_topic_data.append
            for _ in range(n):
                x_topic_data, pos = _r_TopicProduceData_2(buf, pos)
                append_topic_data(x_topic_data)
            f_topic_data: tuple[TopicProduceData, ...] = tuple(items_topic_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ProduceRequest(f_transactional_id, f_acks, f_timeout_ms, f_topic_data, tags), pos
    except (StructError, IndexError):
        raise truncated("ProduceRequest v13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ProduceRequest v13", pos) from None


def _w_ProduceRequest_2(o: ProduceRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\x00")
    else:
        b = v_transactional_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.acks, o.timeout_ms))
    v_topic_data = o.topic_data
    n = len(v_topic_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_data = _w_TopicProduceData_2
    for x_topic_data in v_topic_data:
        w_topic_data(x_topic_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ProduceRequest_2(o: ProduceRequest) -> int:
    n = 6
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 1
    else:
        k = utf8_len(v_transactional_id)
        n += uvarint_size(k + 1)
        n += k
    v_topic_data = o.topic_data
    n += uvarint_size(len(v_topic_data) + 1)
    sz_topic_data = _s_TopicProduceData_2
    for x_topic_data in v_topic_data:
        n += sz_topic_data(x_topic_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicProduceData_0(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TopicProduceData.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceData.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("TopicProduceData.PartitionData", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceData.PartitionData", n, pos, end - pos)
        else:
            items_partition_data: list[PartitionProduceData] = []
            append_partition_data = items_partition_data.append
            for _ in range(n):
                x_partition_data, pos = _r_PartitionProduceData_0(buf, pos)
                append_partition_data(x_partition_data)
            f_partition_data: tuple[PartitionProduceData, ...] = tuple(items_partition_data)
        return TopicProduceData(f_name, ZERO_UUID, f_partition_data, None), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceData v3-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceData v3-8", pos) from None


def _w_TopicProduceData_0(o: TopicProduceData, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_data = o.partition_data
    a(INT32.pack(len(v_partition_data)))
    w_partition_data = _w_PartitionProduceData_0
    for x_partition_data in v_partition_data:
        w_partition_data(x_partition_data, out)


def _s_TopicProduceData_0(o: TopicProduceData) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partition_data = o.partition_data
    n += 4
    sz_partition_data = _s_PartitionProduceData_0
    for x_partition_data in v_partition_data:
        n += sz_partition_data(x_partition_data)
    return n


def _r_TopicProduceData_1(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
            raise null_not_allowed("TopicProduceData.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceData.Name", n, pos, end - pos)
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
            raise null_not_allowed("TopicProduceData.PartitionData", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceData.PartitionData", n, pos, end - pos)
        else:
            items_partition_data: list[PartitionProduceData] = []
            append_partition_data = items_partition_data.append
            for _ in range(n):
                x_partition_data, pos = _r_PartitionProduceData_1(buf, pos)
                append_partition_data(x_partition_data)
            f_partition_data: tuple[PartitionProduceData, ...] = tuple(items_partition_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicProduceData(f_name, ZERO_UUID, f_partition_data, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceData v9-12", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceData v9-12", pos) from None


def _w_TopicProduceData_1(o: TopicProduceData, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_data = o.partition_data
    n = len(v_partition_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_data = _w_PartitionProduceData_1
    for x_partition_data in v_partition_data:
        w_partition_data(x_partition_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicProduceData_1(o: TopicProduceData) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partition_data = o.partition_data
    n += uvarint_size(len(v_partition_data) + 1)
    sz_partition_data = _s_PartitionProduceData_1
    for x_partition_data in v_partition_data:
        n += sz_partition_data(x_partition_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicProduceData_2(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        if n < 0:
            raise null_not_allowed("TopicProduceData.PartitionData", pos)
        elif n > end - pos:
            raise bad_length("TopicProduceData.PartitionData", n, pos, end - pos)
        else:
            items_partition_data: list[PartitionProduceData] = []
            append_partition_data = items_partition_data.append
            for _ in range(n):
                x_partition_data, pos = _r_PartitionProduceData_1(buf, pos)
                append_partition_data(x_partition_data)
            f_partition_data: tuple[PartitionProduceData, ...] = tuple(items_partition_data)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicProduceData("", f_topic_id, f_partition_data, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicProduceData v13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicProduceData v13", pos) from None


def _w_TopicProduceData_2(o: TopicProduceData, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.topic_id.bytes))
    v_partition_data = o.partition_data
    n = len(v_partition_data) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_data = _w_PartitionProduceData_1
    for x_partition_data in v_partition_data:
        w_partition_data(x_partition_data, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicProduceData_2(o: TopicProduceData) -> int:
    n = 16
    v_partition_data = o.partition_data
    n += uvarint_size(len(v_partition_data) + 1)
    sz_partition_data = _s_PartitionProduceData_1
    for x_partition_data in v_partition_data:
        n += sz_partition_data(x_partition_data)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionProduceData_0(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    end = len(buf)
    try:
        (f_index,) = _F2.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionProduceData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        return PartitionProduceData(f_index, f_records, None), pos
    except (StructError, IndexError):
        raise truncated("PartitionProduceData v3-8", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceData v3-8", pos) from None


def _w_PartitionProduceData_0(o: PartitionProduceData, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.index))
    v_records = o.records
    if v_records is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_records)))
        a(v_records if type(v_records) is bytes else memoryview(v_records))


def _s_PartitionProduceData_0(o: PartitionProduceData) -> int:
    n = 4
    v_records = o.records
    if v_records is None:
        n += 4
    else:
        n += 4
        n += len(v_records)
    return n


def _r_PartitionProduceData_1(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    end = len(buf)
    try:
        (f_index,) = _F2.unpack_from(buf, pos)
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
            f_records: Buffer | None = None
        elif n > end - pos:
            raise bad_length("PartitionProduceData.Records", n, pos, end - pos)
        else:
            f_records = buf[pos : pos + n]
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionProduceData(f_index, f_records, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionProduceData v9-13", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionProduceData v9-13", pos) from None


def _w_PartitionProduceData_1(o: PartitionProduceData, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.index))
    v_records = o.records
    if v_records is None:
        a(b"\x00")
    else:
        n = len(v_records) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(v_records if type(v_records) is bytes else memoryview(v_records))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionProduceData_1(o: PartitionProduceData) -> int:
    n = 4
    v_records = o.records
    if v_records is None:
        n += 1
    else:
        n += uvarint_size(len(v_records) + 1)
        n += len(v_records)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ProduceRequest._READERS = (
    None,
    None,
    None,
    _r_ProduceRequest_0,
    _r_ProduceRequest_0,
    _r_ProduceRequest_0,
    _r_ProduceRequest_0,
    _r_ProduceRequest_0,
    _r_ProduceRequest_0,
    _r_ProduceRequest_1,
    _r_ProduceRequest_1,
    _r_ProduceRequest_1,
    _r_ProduceRequest_1,
    _r_ProduceRequest_2,
)
ProduceRequest._WRITERS = (
    None,
    None,
    None,
    _w_ProduceRequest_0,
    _w_ProduceRequest_0,
    _w_ProduceRequest_0,
    _w_ProduceRequest_0,
    _w_ProduceRequest_0,
    _w_ProduceRequest_0,
    _w_ProduceRequest_1,
    _w_ProduceRequest_1,
    _w_ProduceRequest_1,
    _w_ProduceRequest_1,
    _w_ProduceRequest_2,
)
ProduceRequest._SIZERS = (
    None,
    None,
    None,
    _s_ProduceRequest_0,
    _s_ProduceRequest_0,
    _s_ProduceRequest_0,
    _s_ProduceRequest_0,
    _s_ProduceRequest_0,
    _s_ProduceRequest_0,
    _s_ProduceRequest_1,
    _s_ProduceRequest_1,
    _s_ProduceRequest_1,
    _s_ProduceRequest_1,
    _s_ProduceRequest_2,
)
bind_readers(
    ProduceRequest,
    "produce_request",
    "af29104681bb706c",
    (
        PartitionProduceData,
        TopicProduceData,
        ProduceRequest,
    ),
)
