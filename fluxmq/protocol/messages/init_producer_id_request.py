# generated from Kafka 4.4.0 by codegen — do not edit
"""InitProducerIdRequest: Kafka request (key 22), versions 0-5."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    not_in_version,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT16,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "InitProducerIdRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">iqh")


class InitProducerIdRequest(_Message):
    NAME: ClassVar[str] = "InitProducerIdRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 22
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
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
            "producer_id",
            "ProducerId",
            "int64",
            False,
            (3, 32767),
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
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "enable2_pc",
            "Enable2Pc",
            "bool",
            False,
            (6, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "keep_prepared_txn",
            "KeepPreparedTxn",
            "bool",
            False,
            (6, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    transactional_id: str | None = ""
    transaction_timeout_ms: int = 0
    producer_id: int = -1
    producer_epoch: int = -1
    enable2_pc: bool = False
    keep_prepared_txn: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_InitProducerIdRequest_0(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_transactional_id: str | None = None
        elif n > end - pos:
            raise bad_length("InitProducerIdRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_transaction_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        return (
            InitProducerIdRequest(
                f_transactional_id, f_transaction_timeout_ms, -1, -1, False, False, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("InitProducerIdRequest v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitProducerIdRequest v0-1", pos) from None


def _w_InitProducerIdRequest_0(o: InitProducerIdRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.producer_id != -1:
        raise not_in_version("InitProducerIdRequest.ProducerId", "0-1")
    if o.producer_epoch != -1:
        raise not_in_version("InitProducerIdRequest.ProducerEpoch", "0-1")
    if o.enable2_pc:
        raise not_in_version("InitProducerIdRequest.Enable2Pc", "0-1")
    if o.keep_prepared_txn:
        raise not_in_version("InitProducerIdRequest.KeepPreparedTxn", "0-1")
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\xff\xff")
    else:
        b = v_transactional_id.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    a(_F0.pack(o.transaction_timeout_ms))


def _s_InitProducerIdRequest_0(o: InitProducerIdRequest) -> int:
    n = 4
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 2
    else:
        k = utf8_len(v_transactional_id)
        n += 2
        n += k
    return n


def _r_InitProducerIdRequest_1(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
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
            raise bad_length("InitProducerIdRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_transaction_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            InitProducerIdRequest(
                f_transactional_id, f_transaction_timeout_ms, -1, -1, False, False, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("InitProducerIdRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitProducerIdRequest v2", pos) from None


def _w_InitProducerIdRequest_1(o: InitProducerIdRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.producer_id != -1:
        raise not_in_version("InitProducerIdRequest.ProducerId", "2")
    if o.producer_epoch != -1:
        raise not_in_version("InitProducerIdRequest.ProducerEpoch", "2")
    if o.enable2_pc:
        raise not_in_version("InitProducerIdRequest.Enable2Pc", "2")
    if o.keep_prepared_txn:
        raise not_in_version("InitProducerIdRequest.KeepPreparedTxn", "2")
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\x00")
    else:
        b = v_transactional_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.transaction_timeout_ms))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_InitProducerIdRequest_1(o: InitProducerIdRequest) -> int:
    n = 4
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 1
    else:
        k = utf8_len(v_transactional_id)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_InitProducerIdRequest_2(buf: memoryview, pos: int) -> tuple[InitProducerIdRequest, int]:
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
            raise bad_length("InitProducerIdRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_transaction_timeout_ms,
            f_producer_id,
            f_producer_epoch,
        ) = _F1.unpack_from(buf, pos)
        pos += 14
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            InitProducerIdRequest(
                f_transactional_id,
                f_transaction_timeout_ms,
                f_producer_id,
                f_producer_epoch,
                False,
                False,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("InitProducerIdRequest v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitProducerIdRequest v3-5", pos) from None


def _w_InitProducerIdRequest_2(o: InitProducerIdRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.enable2_pc:
        raise not_in_version("InitProducerIdRequest.Enable2Pc", "3-5")
    if o.keep_prepared_txn:
        raise not_in_version("InitProducerIdRequest.KeepPreparedTxn", "3-5")
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        a(b"\x00")
    else:
        b = v_transactional_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F1.pack(o.transaction_timeout_ms, o.producer_id, o.producer_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_InitProducerIdRequest_2(o: InitProducerIdRequest) -> int:
    n = 14
    v_transactional_id = o.transactional_id
    if v_transactional_id is None:
        n += 1
    else:
        k = utf8_len(v_transactional_id)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


InitProducerIdRequest._READERS = (
    _r_InitProducerIdRequest_0,
    _r_InitProducerIdRequest_0,
    _r_InitProducerIdRequest_1,
    _r_InitProducerIdRequest_2,
    _r_InitProducerIdRequest_2,
    _r_InitProducerIdRequest_2,
)
InitProducerIdRequest._WRITERS = (
    _w_InitProducerIdRequest_0,
    _w_InitProducerIdRequest_0,
    _w_InitProducerIdRequest_1,
    _w_InitProducerIdRequest_2,
    _w_InitProducerIdRequest_2,
    _w_InitProducerIdRequest_2,
)
InitProducerIdRequest._SIZERS = (
    _s_InitProducerIdRequest_0,
    _s_InitProducerIdRequest_0,
    _s_InitProducerIdRequest_1,
    _s_InitProducerIdRequest_2,
    _s_InitProducerIdRequest_2,
    _s_InitProducerIdRequest_2,
)
bind_readers(
    InitProducerIdRequest, "init_producer_id_request", "9da5f1ecbbd20aad", (InitProducerIdRequest,)
)
