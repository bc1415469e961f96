# generated from Kafka 4.4.0 by codegen — do not edit
"""TransactionLogValue: Kafka coordinator-value (key 0), versions 0-1."""

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
    not_in_version,
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
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "PartitionsSchema",
    "TransactionLogValue",
]

_F0 = PackStruct(">qhib")
_F1 = PackStruct(">qq")
_F2 = PackStruct(">q")
_F3 = PackStruct(">h")
_Ai32 = array_structs("i")


class PartitionsSchema(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition_ids",
            "PartitionIds",
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
    topic: str = ""
    partition_ids: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class TransactionLogValue(_Message):
    NAME: ClassVar[str] = "TransactionLogValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 1
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
            "previous_producer_id",
            "PreviousProducerId",
            "int64",
            False,
            (1, 32767),
            (1, 0),
            0,
            (1, 32767),
            False,
            None,
            False,
        ),
        FieldInfo(
            "next_producer_id",
            "NextProducerId",
            "int64",
            False,
            (1, 32767),
            (1, 0),
            1,
            (1, 32767),
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
            "next_producer_epoch",
            "NextProducerEpoch",
            "int16",
            False,
            (1, 32767),
            (1, 0),
            3,
            (1, 32767),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_timeout_ms",
            "TransactionTimeoutMs",
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
            "transaction_status",
            "TransactionStatus",
            "int8",
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
            "transaction_partitions",
            "TransactionPartitions",
            "PartitionsSchema",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            PartitionsSchema,
            False,
        ),
        FieldInfo(
            "transaction_last_update_timestamp_ms",
            "TransactionLastUpdateTimestampMs",
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
            "transaction_start_timestamp_ms",
            "TransactionStartTimestampMs",
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
            "client_transaction_version",
            "ClientTransactionVersion",
            "int16",
            False,
            (1, 32767),
            (1, 0),
            2,
            (1, 32767),
            False,
            None,
            False,
        ),
    )
    producer_id: int = 0
    previous_producer_id: int = -1
    next_producer_id: int = -1
    producer_epoch: int = 0
    next_producer_epoch: int = -1
    transaction_timeout_ms: int = 0
    transaction_status: int = 0
    transaction_partitions: Sequence[PartitionsSchema] | None = ()
    transaction_last_update_timestamp_ms: int = 0
    transaction_start_timestamp_ms: int = 0
    client_transaction_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_TransactionLogValue_0(buf: memoryview, pos: int) -> tuple[TransactionLogValue, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_producer_epoch,
            f_transaction_timeout_ms,
            f_transaction_status,
        ) = _F0.unpack_from(buf, pos)
        pos += 15
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_transaction_partitions: tuple[PartitionsSchema, ...] | None = None
        elif n > end - pos:
            raise bad_length("TransactionLogValue.TransactionPartitions", n, pos, end - pos)
        else:
            items_transaction_partitions: list[PartitionsSchema] = []
            append_transaction_partitions = items_transaction_partitions.append
            for _ in range(n):
                x_transaction_partitions, pos = _r_PartitionsSchema_0(buf, pos)
                append_transaction_partitions(x_transaction_partitions)
            f_transaction_partitions = tuple(items_transaction_partitions)
        (
            f_transaction_last_update_timestamp_ms,
            f_transaction_start_timestamp_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 16
        return (
            TransactionLogValue(
                f_producer_id,
                -1,
                -1,
                f_producer_epoch,
                -1,
                f_transaction_timeout_ms,
                f_transaction_status,
                f_transaction_partitions,
                f_transaction_last_update_timestamp_ms,
                f_transaction_start_timestamp_ms,
                0,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TransactionLogValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TransactionLogValue v0", pos) from None


def _w_TransactionLogValue_0(o: TransactionLogValue, out: list[Buffer]) -> None:
    a = out.append
    if o.previous_producer_id != -1:
        raise not_in_version("TransactionLogValue.PreviousProducerId", "0")
    if o.next_producer_id != -1:
        raise not_in_version("TransactionLogValue.NextProducerId", "0")
    if o.next_producer_epoch != -1:
        raise not_in_version("TransactionLogValue.NextProducerEpoch", "0")
    if o.client_transaction_version != 0:
        raise not_in_version("TransactionLogValue.ClientTransactionVersion", "0")
    a(_F0.pack(o.producer_id, o.producer_epoch, o.transaction_timeout_ms, o.transaction_status))
    v_transaction_partitions = o.transaction_partitions
    if v_transaction_partitions is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_transaction_partitions)))
        w_transaction_partitions = _w_PartitionsSchema_0
        for x_transaction_partitions in v_transaction_partitions:
            w_transaction_partitions(x_transaction_partitions, out)
    a(_F1.pack(o.transaction_last_update_timestamp_ms, o.transaction_start_timestamp_ms))


def _s_TransactionLogValue_0(o: TransactionLogValue) -> int:
    n = 31
    v_transaction_partitions = o.transaction_partitions
    if v_transaction_partitions is None:
        n += 4
    else:
        n += 4
        sz_transaction_partitions = _s_PartitionsSchema_0
        for x_transaction_partitions in v_transaction_partitions:
            n += sz_transaction_partitions(x_transaction_partitions)
    return n


def _r_TransactionLogValue_1(buf: memoryview, pos: int) -> tuple[TransactionLogValue, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_producer_epoch,
            f_transaction_timeout_ms,
            f_transaction_status,
        ) = _F0.unpack_from(buf, pos)
        pos += 15
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
            f_transaction_partitions: tuple[PartitionsSchema, ...] | None = None
        elif n > end - pos:
            raise bad_length("TransactionLogValue.TransactionPartitions", n, pos, end - pos)
        else:
            items_transaction_partitions: list[PartitionsSchema] = []
            append_transaction_partitions = items_transaction_partitions.append
            for _ in range(n):
                x_transaction_partitions, pos = _r_PartitionsSchema_1(buf, pos)
                append_transaction_partitions(x_transaction_partitions)
            f_transaction_partitions = tuple(items_transaction_partitions)
        (
            f_transaction_last_update_timestamp_ms,
            f_transaction_start_timestamp_ms,
        ) = _F1.unpack_from(buf, pos)
        pos += 16
        f_previous_producer_id: int = -1
        f_next_producer_id: int = -1
        f_next_producer_epoch: int = -1
        f_client_transaction_version: int = 0
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("TransactionLogValue v1 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("TransactionLogValue v1 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_previous_producer_id,) = _F2.unpack_from(tbuf, pos)
                    pos += 8
                elif tag == 1:
                    tbuf = buf[:tend]
                    (f_next_producer_id,) = _F2.unpack_from(tbuf, pos)
                    pos += 8
                elif tag == 3:
                    tbuf = buf[:tend]
                    (f_next_producer_epoch,) = _F3.unpack_from(tbuf, pos)
                    pos += 2
                elif tag == 2:
                    tbuf = buf[:tend]
                    (f_client_transaction_version,) = _F3.unpack_from(tbuf, pos)
                    pos += 2
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            TransactionLogValue(
                f_producer_id,
                f_previous_producer_id,
                f_next_producer_id,
                f_producer_epoch,
                f_next_producer_epoch,
                f_transaction_timeout_ms,
                f_transaction_status,
                f_transaction_partitions,
                f_transaction_last_update_timestamp_ms,
                f_transaction_start_timestamp_ms,
                f_client_transaction_version,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TransactionLogValue v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TransactionLogValue v1", pos) from None


def _w_TransactionLogValue_1(o: TransactionLogValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.producer_id, o.producer_epoch, o.transaction_timeout_ms, o.transaction_status))
    v_transaction_partitions = o.transaction_partitions
    if v_transaction_partitions is None:
        a(b"\x00")
    else:
        n = len(v_transaction_partitions) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_transaction_partitions = _w_PartitionsSchema_1
        for x_transaction_partitions in v_transaction_partitions:
            w_transaction_partitions(x_transaction_partitions, out)
    a(_F1.pack(o.transaction_last_update_timestamp_ms, o.transaction_start_timestamp_ms))
    if not (
        o.unknown_tags is not None
        or (o.previous_producer_id != -1)
        or (o.next_producer_id != -1)
        or (o.next_producer_epoch != -1)
        or (o.client_transaction_version != 0)
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.previous_producer_id != -1:
            sub_previous_producer_id: list[Buffer] = []
            outer, out, a = out, sub_previous_producer_id, sub_previous_producer_id.append
            a(_F2.pack(o.previous_producer_id))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_previous_producer_id)
        if o.next_producer_id != -1:
            sub_next_producer_id: list[Buffer] = []
            outer, out, a = out, sub_next_producer_id, sub_next_producer_id.append
            a(_F2.pack(o.next_producer_id))
            out, a = outer, outer.append
            tags[1] = b"".join(sub_next_producer_id)
        if o.next_producer_epoch != -1:
            sub_next_producer_epoch: list[Buffer] = []
            outer, out, a = out, sub_next_producer_epoch, sub_next_producer_epoch.append
            a(_F3.pack(o.next_producer_epoch))
            out, a = outer, outer.append
            tags[3] = b"".join(sub_next_producer_epoch)
        if o.client_transaction_version != 0:
            sub_client_transaction_version: list[Buffer] = []
            outer, out, a = (
                out,
                sub_client_transaction_version,
                sub_client_transaction_version.append,
            )
            a(_F3.pack(o.client_transaction_version))
            out, a = outer, outer.append
            tags[2] = b"".join(sub_client_transaction_version)
        write_tags(out, tags)


def _s_TransactionLogValue_1(o: TransactionLogValue) -> int:
    n = 31
    v_transaction_partitions = o.transaction_partitions
    if v_transaction_partitions is None:
        n += 1
    else:
        n += uvarint_size(len(v_transaction_partitions) + 1)
        sz_transaction_partitions = _s_PartitionsSchema_1
        for x_transaction_partitions in v_transaction_partitions:
            n += sz_transaction_partitions(x_transaction_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.previous_producer_id != -1:
        outer_n = n
        n = 0
        n += 8
        tags[0] = n
        n = outer_n
    if o.next_producer_id != -1:
        outer_n = n
        n = 0
        n += 8
        tags[1] = n
        n = outer_n
    if o.next_producer_epoch != -1:
        outer_n = n
        n = 0
        n += 2
        tags[3] = n
        n = outer_n
    if o.client_transaction_version != 0:
        outer_n = n
        n = 0
        n += 2
        tags[2] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_PartitionsSchema_0(buf: memoryview, pos: int) -> tuple[PartitionsSchema, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("PartitionsSchema.Topic", pos)
        elif n > end - pos:
            raise bad_length("PartitionsSchema.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partition_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("PartitionsSchema.PartitionIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("PartitionsSchema.PartitionIds", n, pos, end - pos)
        else:
            f_partition_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return PartitionsSchema(f_topic, f_partition_ids, None), pos
    except (StructError, IndexError):
        raise truncated("PartitionsSchema v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionsSchema v0", pos) from None


def _w_PartitionsSchema_0(o: PartitionsSchema, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_ids = o.partition_ids
    a(INT32.pack(len(v_partition_ids)))
    k = len(v_partition_ids)
    a(_Ai32[k].pack(*v_partition_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_partition_ids))


def _s_PartitionsSchema_0(o: PartitionsSchema) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partition_ids = o.partition_ids
    n += 4
    n += 4 * len(v_partition_ids)
    return n


def _r_PartitionsSchema_1(buf: memoryview, pos: int) -> tuple[PartitionsSchema, int]:
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
            raise null_not_allowed("PartitionsSchema.Topic", pos)
        elif n > end - pos:
            raise bad_length("PartitionsSchema.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
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
            f_partition_ids = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("PartitionsSchema.PartitionIds", pos)
        elif n * 4 > end - pos:
            raise bad_length("PartitionsSchema.PartitionIds", n, pos, end - pos)
        else:
            f_partition_ids = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionsSchema(f_topic, f_partition_ids, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionsSchema v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionsSchema v1", pos) from None


def _w_PartitionsSchema_1(o: PartitionsSchema, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_ids = o.partition_ids
    n = len(v_partition_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partition_ids)
    a(_Ai32[k].pack(*v_partition_ids) if k < SMALL_ARRAY else pack(">%di" % k, *v_partition_ids))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PartitionsSchema_1(o: PartitionsSchema) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partition_ids = o.partition_ids
    n += uvarint_size(len(v_partition_ids) + 1)
    n += 4 * len(v_partition_ids)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


TransactionLogValue._READERS = (
    _r_TransactionLogValue_0,
    _r_TransactionLogValue_1,
)
TransactionLogValue._WRITERS = (
    _w_TransactionLogValue_0,
    _w_TransactionLogValue_1,
)
TransactionLogValue._SIZERS = (
    _s_TransactionLogValue_0,
    _s_TransactionLogValue_1,
)
bind_readers(
    TransactionLogValue,
    "transaction_log_value",
    "30f707138635ca35",
    (
        PartitionsSchema,
        TransactionLogValue,
    ),
)
