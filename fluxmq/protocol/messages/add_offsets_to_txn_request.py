# generated from Kafka 4.4.0 by codegen — do not edit
"""AddOffsetsToTxnRequest: Kafka request (key 25), versions 0-4."""

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
    "AddOffsetsToTxnRequest",
]

_F0 = PackStruct(">qh")


class AddOffsetsToTxnRequest(_Message):
    NAME: ClassVar[str] = "AddOffsetsToTxnRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
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
            "group_id",
            "GroupId",
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
    )
    transactional_id: str = ""
    producer_id: int = 0
    producer_epoch: int = 0
    group_id: str = ""
    unknown_tags: dict[int, bytes] | None = None


def _r_AddOffsetsToTxnRequest_0(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AddOffsetsToTxnRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("AddOffsetsToTxnRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 10
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AddOffsetsToTxnRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("AddOffsetsToTxnRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return (
            AddOffsetsToTxnRequest(
                f_transactional_id, f_producer_id, f_producer_epoch, f_group_id, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddOffsetsToTxnRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddOffsetsToTxnRequest v0-2", pos) from None


def _w_AddOffsetsToTxnRequest_0(o: AddOffsetsToTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_AddOffsetsToTxnRequest_0(o: AddOffsetsToTxnRequest) -> int:
    n = 10
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += 2
    n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    return n


def _r_AddOffsetsToTxnRequest_1(buf: memoryview, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
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
            raise null_not_allowed("AddOffsetsToTxnRequest.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("AddOffsetsToTxnRequest.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_producer_id,
            f_producer_epoch,
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
            raise null_not_allowed("AddOffsetsToTxnRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length("AddOffsetsToTxnRequest.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddOffsetsToTxnRequest(
                f_transactional_id, f_producer_id, f_producer_epoch, f_group_id, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddOffsetsToTxnRequest v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddOffsetsToTxnRequest v3-4", pos) from None


def _w_AddOffsetsToTxnRequest_1(o: AddOffsetsToTxnRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.producer_id, o.producer_epoch))
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddOffsetsToTxnRequest_1(o: AddOffsetsToTxnRequest) -> int:
    n = 10
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AddOffsetsToTxnRequest._READERS = (
    _r_AddOffsetsToTxnRequest_0,
    _r_AddOffsetsToTxnRequest_0,
    _r_AddOffsetsToTxnRequest_0,
    _r_AddOffsetsToTxnRequest_1,
    _r_AddOffsetsToTxnRequest_1,
)
AddOffsetsToTxnRequest._WRITERS = (
    _w_AddOffsetsToTxnRequest_0,
    _w_AddOffsetsToTxnRequest_0,
    _w_AddOffsetsToTxnRequest_0,
    _w_AddOffsetsToTxnRequest_1,
    _w_AddOffsetsToTxnRequest_1,
)
AddOffsetsToTxnRequest._SIZERS = (
    _s_AddOffsetsToTxnRequest_0,
    _s_AddOffsetsToTxnRequest_0,
    _s_AddOffsetsToTxnRequest_0,
    _s_AddOffsetsToTxnRequest_1,
    _s_AddOffsetsToTxnRequest_1,
)
bind_readers(
    AddOffsetsToTxnRequest,
    "add_offsets_to_txn_request",
    "9f3045a81529fd5c",
    (AddOffsetsToTxnRequest,),
)
