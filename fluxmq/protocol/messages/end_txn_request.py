# generated from Kafka 4.4.0 by codegen — do not edit
"""EndTxnRequest: Kafka request (key 26), versions 0-5."""

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
    null_not_allowed,
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
    "EndTxnRequest",
]

_F0 = PackStruct(">qh?")


class EndTxnRequest(_Message):
    NAME: ClassVar[str] = "EndTxnRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
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
            "committed",
            "Committed",
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
    transactional_id: str = ""
    producer_id: int = 0
    producer_epoch: int = 0
    committed: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_EndTxnRequest_0(buf: memoryview, pos: int) -> tuple[EndTxnRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("EndTxnRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("EndTxnRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
            f_committed,
        ) = _F0.unpack_from(buf, pos)
        pos += 11
        return (
            EndTxnRequest(f_transactional_id, f_producer_id, f_producer_epoch, f_committed, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("EndTxnRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnRequest v0-2", pos) from None


def _w_EndTxnRequest_0(o: EndTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch, o.committed))


def _s_EndTxnRequest_0(o: EndTxnRequest) -> int:
    n = 11
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += 2
    n += k
    return n


def _r_EndTxnRequest_1(buf: memoryview, pos: int) -> tuple[EndTxnRequest, int]:
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
            raise null_not_allowed("EndTxnRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("EndTxnRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
            f_committed,
        ) = _F0.unpack_from(buf, pos)
        pos += 11
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            EndTxnRequest(f_transactional_id, f_producer_id, f_producer_epoch, f_committed, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("EndTxnRequest v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnRequest v3-5", pos) from None


def _w_EndTxnRequest_1(o: EndTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch, o.committed))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EndTxnRequest_1(o: EndTxnRequest) -> int:
    n = 11
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


EndTxnRequest._READERS = (
    _r_EndTxnRequest_0,
    _r_EndTxnRequest_0,
    _r_EndTxnRequest_0,
    _r_EndTxnRequest_1,
    _r_EndTxnRequest_1,
    _r_EndTxnRequest_1,
)
EndTxnRequest._WRITERS = (
    _w_EndTxnRequest_0,
    _w_EndTxnRequest_0,
    _w_EndTxnRequest_0,
    _w_EndTxnRequest_1,
    _w_EndTxnRequest_1,
    _w_EndTxnRequest_1,
)
EndTxnRequest._SIZERS = (
    _s_EndTxnRequest_0,
    _s_EndTxnRequest_0,
    _s_EndTxnRequest_0,
    _s_EndTxnRequest_1,
    _s_EndTxnRequest_1,
    _s_EndTxnRequest_1,
)
bind_readers(EndTxnRequest, "end_txn_request", "314fd3c88f1afb81", (EndTxnRequest,))
