# generated from Kafka 4.4.0 by codegen — do not edit
"""ListTransactionsResponse: Kafka response (key 66), versions 0-2."""

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
    "TransactionState",
    "ListTransactionsResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">q")


class TransactionState(_StructBase):
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
            "transaction_state",
            "TransactionState",
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
    transaction_state: str = ""
    unknown_tags: dict[int, bytes] | None = None


class ListTransactionsResponse(_Message):
    NAME: ClassVar[str] = "ListTransactionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "unknown_state_filters",
            "UnknownStateFilters",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transaction_states",
            "TransactionStates",
            "TransactionState",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TransactionState,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    unknown_state_filters: Sequence[str] = ()
    transaction_states: Sequence[TransactionState] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ListTransactionsResponse_0(
    buf: memoryview, pos: int
) -> tuple[ListTransactionsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
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
            raise null_not_allowed("ListTransactionsResponse.UnknownStateFilters", pos)
        elif n > end - pos:
            raise bad_length("ListTransactionsResponse.UnknownStateFilters", n, pos, end - pos)
        else:
            items_unknown_state_filters: list[str] = []
            append_unknown_state_filters = items_unknown_state_filters.append
            for _ in range(n):
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
                    raise null_not_allowed("ListTransactionsResponse.UnknownStateFilters", pos)
                elif n > end - pos:
                    raise bad_length(
                        "ListTransactionsResponse.UnknownStateFilters", n, pos, end - pos
                    )
                else:
                    x_unknown_state_filters = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_unknown_state_filters(x_unknown_state_filters)
            f_unknown_state_filters: tuple[str, ...] = tuple(items_unknown_state_filters)
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
            raise null_not_allowed("ListTransactionsResponse.TransactionStates", pos)
        elif n > end - pos:
            raise bad_length("ListTransactionsResponse.TransactionStates", n, pos, end - pos)
        else:
            items_transaction_states: list[TransactionState] = []
            append_transaction_states = items_transaction_states.append
            for _ in range(n):
                x_transaction_states, pos = _r_TransactionState_0(buf, pos)
                append_transaction_states(x_transaction_states)
            f_transaction_states: tuple[TransactionState, ...] = tuple(items_transaction_states)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListTransactionsResponse(
                f_throttle_time_ms,
                f_error_code,
                f_unknown_state_filters,
                f_transaction_states,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListTransactionsResponse v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListTransactionsResponse v0-2", pos) from None


def _w_ListTransactionsResponse_0(o: ListTransactionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_unknown_state_filters = o.unknown_state_filters
    n = len(v_unknown_state_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_unknown_state_filters in v_unknown_state_filters:
        b = x_unknown_state_filters.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_transaction_states = o.transaction_states
    n = len(v_transaction_states) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_transaction_states = _w_TransactionState_0
    for x_transaction_states in v_transaction_states:
        w_transaction_states(x_transaction_states, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListTransactionsResponse_0(o: ListTransactionsResponse) -> int:
    n = 6
    v_unknown_state_filters = o.unknown_state_filters
    n += uvarint_size(len(v_unknown_state_filters) + 1)
    for x_unknown_state_filters in v_unknown_state_filters:
        k = utf8_len(x_unknown_state_filters)
        n += uvarint_size(k + 1)
        n += k
    v_transaction_states = o.transaction_states
    n += uvarint_size(len(v_transaction_states) + 1)
    sz_transaction_states = _s_TransactionState_0
    for x_transaction_states in v_transaction_states:
        n += sz_transaction_states(x_transaction_states)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TransactionState_0(buf: memoryview, pos: int) -> tuple[TransactionState, int]:
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
            raise null_not_allowed("TransactionState.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TransactionState.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_producer_id,) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("TransactionState.TransactionState", pos)
        elif n > end - pos:
            raise bad_length("TransactionState.TransactionState", n, pos, end - pos)
        else:
            f_transaction_state = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TransactionState(f_transactional_id, f_producer_id, f_transaction_state, tags), pos
    except (StructError, IndexError):
        raise truncated("TransactionState v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TransactionState v0-2", pos) from None


def _w_TransactionState_0(o: TransactionState, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.producer_id))
    v_transaction_state = o.transaction_state
    b = v_transaction_state.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TransactionState_0(o: TransactionState) -> int:
    n = 8
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_transaction_state = o.transaction_state
    k = utf8_len(v_transaction_state)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListTransactionsResponse._READERS = (
    _r_ListTransactionsResponse_0,
    _r_ListTransactionsResponse_0,
    _r_ListTransactionsResponse_0,
)
ListTransactionsResponse._WRITERS = (
    _w_ListTransactionsResponse_0,
    _w_ListTransactionsResponse_0,
    _w_ListTransactionsResponse_0,
)
ListTransactionsResponse._SIZERS = (
    _s_ListTransactionsResponse_0,
    _s_ListTransactionsResponse_0,
    _s_ListTransactionsResponse_0,
)
bind_readers(
    ListTransactionsResponse,
    "list_transactions_response",
    "2cdb7dff2504871e",
    (
        TransactionState,
        ListTransactionsResponse,
    ),
)
