# generated from Kafka 4.4.0 by codegen — do not edit
"""AddPartitionsToTxnRequest: Kafka request (key 24), versions 0-5."""

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
    "AddPartitionsToTxnTopic",
    "AddPartitionsToTxnTransaction",
    "AddPartitionsToTxnRequest",
]

_F0 = PackStruct(">qh")
_F1 = PackStruct(">qh?")
_Ai32 = array_structs("i")


class AddPartitionsToTxnTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
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
    name: str = ""
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class AddPartitionsToTxnTransaction(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
            "string",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "producer_id",
            "ProducerId",
            "int64",
            False,
            (4, 32767),
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
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "verify_only",
            "VerifyOnly",
            "bool",
            False,
            (4, 32767),
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
            "AddPartitionsToTxnTopic",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnTopic,
            False,
        ),
    )
    transactional_id: str = ""
    producer_id: int = 0
    producer_epoch: int = 0
    verify_only: bool = False
    topics: Sequence[AddPartitionsToTxnTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


class AddPartitionsToTxnRequest(_Message):
    NAME: ClassVar[str] = "AddPartitionsToTxnRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactions",
            "Transactions",
            "AddPartitionsToTxnTransaction",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnTransaction,
            False,
        ),
        FieldInfo(
            "v3_and_below_transactional_id",
            "V3AndBelowTransactionalId",
            "string",
            False,
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "v3_and_below_producer_id",
            "V3AndBelowProducerId",
            "int64",
            False,
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "v3_and_below_producer_epoch",
            "V3AndBelowProducerEpoch",
            "int16",
            False,
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "v3_and_below_topics",
            "V3AndBelowTopics",
            "AddPartitionsToTxnTopic",
            True,
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnTopic,
            False,
        ),
    )
    transactions: Sequence[AddPartitionsToTxnTransaction] = ()
    v3_and_below_transactional_id: str = ""
    v3_and_below_producer_id: int = 0
    v3_and_below_producer_epoch: int = 0
    v3_and_below_topics: Sequence[AddPartitionsToTxnTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AddPartitionsToTxnRequest_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnRequest.V3AndBelowTransactionalId", pos)
        elif n > end - pos:
            raise bad_length(
                "AddPartitionsToTxnRequest.V3AndBelowTransactionalId", n, pos, end - pos
            )
        else:
            f_v3_and_below_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_v3_and_below_producer_id,
            f_v3_and_below_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 10
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnRequest.V3AndBelowTopics", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnRequest.V3AndBelowTopics", n, pos, end - pos)
        else:
            items_v3_and_below_topics: list[AddPartitionsToTxnTopic] = []
            append_v3_and_below_topics = items_v3_and_below_topics.append
            for _ in range(n):
                x_v3_and_below_topics, pos = _r_AddPartitionsToTxnTopic_0(buf, pos)
                append_v3_and_below_topics(x_v3_and_below_topics)
            f_v3_and_below_topics: tuple[AddPartitionsToTxnTopic, ...] = tuple(
                items_v3_and_below_topics
            )
        return (
            AddPartitionsToTxnRequest(
                (),
                f_v3_and_below_transactional_id,
                f_v3_and_below_producer_id,
                f_v3_and_below_producer_epoch,
                f_v3_and_below_topics,
                None,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnRequest v0-2", pos) from None


def _w_AddPartitionsToTxnRequest_0(o: AddPartitionsToTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.transactions:
        raise not_in_version("AddPartitionsToTxnRequest.Transactions", "0-2")
    v_v3_and_below_transactional_id = o.v3_and_below_transactional_id
    b = v_v3_and_below_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch))
    v_v3_and_below_topics = o.v3_and_below_topics
    a(INT32.pack(len(v_v3_and_below_topics)))
    w_v3_and_below_topics = _w_AddPartitionsToTxnTopic_0
    for x_v3_and_below_topics in v_v3_and_below_topics:
        w_v3_and_below_topics(x_v3_and_below_topics, out)


def _s_AddPartitionsToTxnRequest_0(o: AddPartitionsToTxnRequest) -> int:
    n = 10
    v_v3_and_below_transactional_id = o.v3_and_below_transactional_id
    k = utf8_len(v_v3_and_below_transactional_id)
    n += 2
    n += k
    v_v3_and_below_topics = o.v3_and_below_topics
    n += 4
    sz_v3_and_below_topics = _s_AddPartitionsToTxnTopic_0
    for x_v3_and_below_topics in v_v3_and_below_topics:
        n += sz_v3_and_below_topics(x_v3_and_below_topics)
    return n


def _r_AddPartitionsToTxnRequest_1(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnRequest, int]:
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
            raise null_not_allowed("AddPartitionsToTxnRequest.V3AndBelowTransactionalId", pos)
        elif n > end - pos:
            raise bad_length(
                "AddPartitionsToTxnRequest.V3AndBelowTransactionalId", n, pos, end - pos
            )
        else:
            f_v3_and_below_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_v3_and_below_producer_id,
            f_v3_and_below_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 10
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
            raise null_not_allowed("AddPartitionsToTxnRequest.V3AndBelowTopics", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnRequest.V3AndBelowTopics", n, pos, end - pos)
        else:
            items_v3_and_below_topics: list[AddPartitionsToTxnTopic] = []
            append_v3_and_below_topics = items_v3_and_below_topics.append
            for _ in range(n):
                x_v3_and_below_topics, pos = _r_AddPartitionsToTxnTopic_1(buf, pos)
                append_v3_and_below_topics(x_v3_and_below_topics)
            f_v3_and_below_topics: tuple[AddPartitionsToTxnTopic, ...] = tuple(
                items_v3_and_below_topics
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddPartitionsToTxnRequest(
                (),
                f_v3_and_below_transactional_id,
                f_v3_and_below_producer_id,
                f_v3_and_below_producer_epoch,
                f_v3_and_below_topics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnRequest v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnRequest v3", pos) from None


def _w_AddPartitionsToTxnRequest_1(o: AddPartitionsToTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.transactions:
        raise not_in_version("AddPartitionsToTxnRequest.Transactions", "3")
    v_v3_and_below_transactional_id = o.v3_and_below_transactional_id
    b = v_v3_and_below_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.v3_and_below_producer_id, o.v3_and_below_producer_epoch))
    v_v3_and_below_topics = o.v3_and_below_topics
    n = len(v_v3_and_below_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_v3_and_below_topics = _w_AddPartitionsToTxnTopic_1
    for x_v3_and_below_topics in v_v3_and_below_topics:
        w_v3_and_below_topics(x_v3_and_below_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnRequest_1(o: AddPartitionsToTxnRequest) -> int:
    n = 10
    v_v3_and_below_transactional_id = o.v3_and_below_transactional_id
    k = utf8_len(v_v3_and_below_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_v3_and_below_topics = o.v3_and_below_topics
    n += uvarint_size(len(v_v3_and_below_topics) + 1)
    sz_v3_and_below_topics = _s_AddPartitionsToTxnTopic_1
    for x_v3_and_below_topics in v_v3_and_below_topics:
        n += sz_v3_and_below_topics(x_v3_and_below_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnRequest_2(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnRequest, int]:
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
            raise null_not_allowed("AddPartitionsToTxnRequest.Transactions", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnRequest.Transactions", n, pos, end - pos)
        else:
            items_transactions: list[AddPartitionsToTxnTransaction] = []
            append_transactions = items_transactions.append
            for _ in range(n):
                x_transactions, pos = _r_AddPartitionsToTxnTransaction_0(buf, pos)
                append_transactions(x_transactions)
            f_transactions: tuple[AddPartitionsToTxnTransaction, ...] = tuple(items_transactions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AddPartitionsToTxnRequest(f_transactions, "", 0, 0, (), tags), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnRequest v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnRequest v4-5", pos) from None


def _w_AddPartitionsToTxnRequest_2(o: AddPartitionsToTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.v3_and_below_transactional_id != "":
        raise not_in_version("AddPartitionsToTxnRequest.V3AndBelowTransactionalId", "4-5")
    if o.v3_and_below_producer_id != 0:
        raise not_in_version("AddPartitionsToTxnRequest.V3AndBelowProducerId", "4-5")
    if o.v3_and_below_producer_epoch != 0:
        raise not_in_version("AddPartitionsToTxnRequest.V3AndBelowProducerEpoch", "4-5")
    if o.v3_and_below_topics:
        raise not_in_version("AddPartitionsToTxnRequest.V3AndBelowTopics", "4-5")
    v_transactions = o.transactions
    n = len(v_transactions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_transactions = _w_AddPartitionsToTxnTransaction_0
    for x_transactions in v_transactions:
        w_transactions(x_transactions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnRequest_2(o: AddPartitionsToTxnRequest) -> int:
    n = 0
    v_transactions = o.transactions
    n += uvarint_size(len(v_transactions) + 1)
    sz_transactions = _s_AddPartitionsToTxnTransaction_0
    for x_transactions in v_transactions:
        n += sz_transactions(x_transactions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnTransaction_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnTransaction, int]:
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
            raise null_not_allowed("AddPartitionsToTxnTransaction.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTransaction.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
            f_verify_only,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("AddPartitionsToTxnTransaction.Topics", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTransaction.Topics", n, pos, end - pos)
        else:
            items_topics: list[AddPartitionsToTxnTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AddPartitionsToTxnTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AddPartitionsToTxnTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddPartitionsToTxnTransaction(
                f_transactional_id, f_producer_id, f_producer_epoch, f_verify_only, f_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnTransaction v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnTransaction v4-5", pos) from None


def _w_AddPartitionsToTxnTransaction_0(o: AddPartitionsToTxnTransaction, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.producer_id, o.producer_epoch, o.verify_only))
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_AddPartitionsToTxnTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnTransaction_0(o: AddPartitionsToTxnTransaction) -> int:
    n = 11
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_AddPartitionsToTxnTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnTopic_0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("AddPartitionsToTxnTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("AddPartitionsToTxnTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return AddPartitionsToTxnTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnTopic v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnTopic v0-2", pos) from None


def _w_AddPartitionsToTxnTopic_0(o: AddPartitionsToTxnTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_AddPartitionsToTxnTopic_0(o: AddPartitionsToTxnTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


def _r_AddPartitionsToTxnTopic_1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
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
            raise null_not_allowed("AddPartitionsToTxnTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopic.Name", n, pos, end - pos)
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
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("AddPartitionsToTxnTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("AddPartitionsToTxnTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AddPartitionsToTxnTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnTopic v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnTopic v3-5", pos) from None


def _w_AddPartitionsToTxnTopic_1(o: AddPartitionsToTxnTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnTopic_1(o: AddPartitionsToTxnTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AddPartitionsToTxnRequest._READERS = (
    _r_AddPartitionsToTxnRequest_0,
    _r_AddPartitionsToTxnRequest_0,
    _r_AddPartitionsToTxnRequest_0,
    _r_AddPartitionsToTxnRequest_1,
    _r_AddPartitionsToTxnRequest_2,
    _r_AddPartitionsToTxnRequest_2,
)
AddPartitionsToTxnRequest._WRITERS = (
    _w_AddPartitionsToTxnRequest_0,
    _w_AddPartitionsToTxnRequest_0,
    _w_AddPartitionsToTxnRequest_0,
    _w_AddPartitionsToTxnRequest_1,
    _w_AddPartitionsToTxnRequest_2,
    _w_AddPartitionsToTxnRequest_2,
)
AddPartitionsToTxnRequest._SIZERS = (
    _s_AddPartitionsToTxnRequest_0,
    _s_AddPartitionsToTxnRequest_0,
    _s_AddPartitionsToTxnRequest_0,
    _s_AddPartitionsToTxnRequest_1,
    _s_AddPartitionsToTxnRequest_2,
    _s_AddPartitionsToTxnRequest_2,
)
bind_readers(
    AddPartitionsToTxnRequest,
    "add_partitions_to_txn_request",
    "777360e437ae00ea",
    (
        AddPartitionsToTxnTopic,
        AddPartitionsToTxnTransaction,
        AddPartitionsToTxnRequest,
    ),
)
