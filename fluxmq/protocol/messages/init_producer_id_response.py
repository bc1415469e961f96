# generated from Kafka 4.4.0 by codegen — do not edit
"""InitProducerIdResponse: Kafka response (key 22), versions 0-5."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    not_in_version,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "InitProducerIdResponse",
]

_F0 = PackStruct(">ihqh")


class InitProducerIdResponse(_Message):
    NAME: ClassVar[str] = "InitProducerIdResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 22
    MIN_VERSION: ClassVar[int] = 0
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
            True,
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
            "ongoing_txn_producer_id",
            "OngoingTxnProducerId",
            "int64",
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
            "ongoing_txn_producer_epoch",
            "OngoingTxnProducerEpoch",
            "int16",
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
    throttle_time_ms: int = 0
    error_code: int = 0
    producer_id: int = -1
    producer_epoch: int = 0
    ongoing_txn_producer_id: int = -1
    ongoing_txn_producer_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


def _r_InitProducerIdResponse_0(buf: memoryview, pos: int) -> tuple[InitProducerIdResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_producer_id,
            f_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 16
        return (
            InitProducerIdResponse(
                f_throttle_time_ms, f_error_code, f_producer_id, f_producer_epoch, -1, -1, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("InitProducerIdResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitProducerIdResponse v0-1", pos) from None


def _w_InitProducerIdResponse_0(o: InitProducerIdResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.ongoing_txn_producer_id != -1:
        raise not_in_version("InitProducerIdResponse.OngoingTxnProducerId", "0-1")
    if o.ongoing_txn_producer_epoch != -1:
        raise not_in_version("InitProducerIdResponse.OngoingTxnProducerEpoch", "0-1")
    a(_F0.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch))


def _s_InitProducerIdResponse_0(o: InitProducerIdResponse) -> int:
    n = 16
    return n


def _r_InitProducerIdResponse_1(buf: memoryview, pos: int) -> tuple[InitProducerIdResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_producer_id,
            f_producer_epoch,
        ) = _F0.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            InitProducerIdResponse(
                f_throttle_time_ms, f_error_code, f_producer_id, f_producer_epoch, -1, -1, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("InitProducerIdResponse v2-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("InitProducerIdResponse v2-5", pos) from None


def _w_InitProducerIdResponse_1(o: InitProducerIdResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.ongoing_txn_producer_id != -1:
        raise not_in_version("InitProducerIdResponse.OngoingTxnProducerId", "2-5")
    if o.ongoing_txn_producer_epoch != -1:
        raise not_in_version("InitProducerIdResponse.OngoingTxnProducerEpoch", "2-5")
    a(_F0.pack(o.throttle_time_ms, o.error_code, o.producer_id, o.producer_epoch))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_InitProducerIdResponse_1(o: InitProducerIdResponse) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


InitProducerIdResponse._READERS = (
    _r_InitProducerIdResponse_0,
    _r_InitProducerIdResponse_0,
    _r_InitProducerIdResponse_1,
    _r_InitProducerIdResponse_1,
    _r_InitProducerIdResponse_1,
    _r_InitProducerIdResponse_1,
)
InitProducerIdResponse._WRITERS = (
    _w_InitProducerIdResponse_0,
    _w_InitProducerIdResponse_0,
    _w_InitProducerIdResponse_1,
    _w_InitProducerIdResponse_1,
    _w_InitProducerIdResponse_1,
    _w_InitProducerIdResponse_1,
)
InitProducerIdResponse._SIZERS = (
    _s_InitProducerIdResponse_0,
    _s_InitProducerIdResponse_0,
    _s_InitProducerIdResponse_1,
    _s_InitProducerIdResponse_1,
    _s_InitProducerIdResponse_1,
    _s_InitProducerIdResponse_1,
)
bind_readers(
    InitProducerIdResponse,
    "init_producer_id_response",
    "b5b199aea421a4b7",
    (InitProducerIdResponse,),
)
