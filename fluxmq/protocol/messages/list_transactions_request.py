# generated from Kafka 4.4.0 by codegen — do not edit
"""ListTransactionsRequest: Kafka request (key 66), versions 0-2."""

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
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "ListTransactionsRequest",
]

_F0 = PackStruct(">q")
_Ai64 = array_structs("q")


class ListTransactionsRequest(_Message):
    NAME: ClassVar[str] = "ListTransactionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "state_filters",
            "StateFilters",
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
            "producer_id_filters",
            "ProducerIdFilters",
            "int64",
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
            "duration_filter",
            "DurationFilter",
            "int64",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "transactional_id_pattern",
            "TransactionalIdPattern",
            "string",
            False,
            (2, 32767),
            (2, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    state_filters: Sequence[str] = ()
    producer_id_filters: Sequence[int] = ()
    duration_filter: int = -1
    transactional_id_pattern: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _r_ListTransactionsRequest_0(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
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
            raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
        elif n > end - pos:
            raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
        else:
            items_state_filters: list[str] = []
            append_state_filters = items_state_filters.append
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
                    raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
                elif n > end - pos:
                    raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
                else:
                    x_state_filters = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_state_filters(x_state_filters)
            f_state_filters: tuple[str, ...] = tuple(items_state_filters)
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
            f_producer_id_filters = _Ai64[n].unpack_from(buf, pos)
            pos += n * 8
        elif n < 0:
            raise null_not_allowed("ListTransactionsRequest.ProducerIdFilters", pos)
        elif n * 8 > end - pos:
            raise bad_length("ListTransactionsRequest.ProducerIdFilters", n, pos, end - pos)
        else:
            f_producer_id_filters = unpack_from(">%dq" % n, buf, pos)
            pos += n * 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ListTransactionsRequest(f_state_filters, f_producer_id_filters, -1, None, tags), pos
    except (StructError, IndexError):
        raise truncated("ListTransactionsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListTransactionsRequest v0", pos) from None


def _w_ListTransactionsRequest_0(o: ListTransactionsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.duration_filter != -1:
        raise not_in_version("ListTransactionsRequest.DurationFilter", "0")
    if o.transactional_id_pattern is not None:
        raise not_in_version("ListTransactionsRequest.TransactionalIdPattern", "0")
    v_state_filters = o.state_filters
    n = len(v_state_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_state_filters in v_state_filters:
        b = x_state_filters.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_producer_id_filters = o.producer_id_filters
    n = len(v_producer_id_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_producer_id_filters)
    a(
        _Ai64[k].pack(*v_producer_id_filters)
        if k < SMALL_ARRAY
        else pack(">%dq" % k, *v_producer_id_filters)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListTransactionsRequest_0(o: ListTransactionsRequest) -> int:
    n = 0
    v_state_filters = o.state_filters
    n += uvarint_size(len(v_state_filters) + 1)
    for x_state_filters in v_state_filters:
        k = utf8_len(x_state_filters)
        n += uvarint_size(k + 1)
        n += k
    v_producer_id_filters = o.producer_id_filters
    n += uvarint_size(len(v_producer_id_filters) + 1)
    n += 8 * len(v_producer_id_filters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListTransactionsRequest_1(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
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
            raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
        elif n > end - pos:
            raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
        else:
            items_state_filters: list[str] = []
            append_state_filters = items_state_filters.append
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
                    raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
                elif n > end - pos:
                    raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
                else:
                    x_state_filters = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_state_filters(x_state_filters)
            f_state_filters: tuple[str, ...] = tuple(items_state_filters)
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
            f_producer_id_filters = _Ai64[n].unpack_from(buf, pos)
            pos += n * 8
        elif n < 0:
            raise null_not_allowed("ListTransactionsRequest.ProducerIdFilters", pos)
        elif n * 8 > end - pos:
            raise bad_length("ListTransactionsRequest.ProducerIdFilters", n, pos, end - pos)
        else:
            f_producer_id_filters = unpack_from(">%dq" % n, buf, pos)
            pos += n * 8
        (f_duration_filter,) = _F0.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListTransactionsRequest(
                f_state_filters, f_producer_id_filters, f_duration_filter, None, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListTransactionsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListTransactionsRequest v1", pos) from None


def _w_ListTransactionsRequest_1(o: ListTransactionsRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.transactional_id_pattern is not None:
        raise not_in_version("ListTransactionsRequest.TransactionalIdPattern", "1")
    v_state_filters = o.state_filters
    n = len(v_state_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_state_filters in v_state_filters:
        b = x_state_filters.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_producer_id_filters = o.producer_id_filters
    n = len(v_producer_id_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_producer_id_filters)
    a(
        _Ai64[k].pack(*v_producer_id_filters)
        if k < SMALL_ARRAY
        else pack(">%dq" % k, *v_producer_id_filters)
    )
    a(_F0.pack(o.duration_filter))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListTransactionsRequest_1(o: ListTransactionsRequest) -> int:
    n = 8
    v_state_filters = o.state_filters
    n += uvarint_size(len(v_state_filters) + 1)
    for x_state_filters in v_state_filters:
        k = utf8_len(x_state_filters)
        n += uvarint_size(k + 1)
        n += k
    v_producer_id_filters = o.producer_id_filters
    n += uvarint_size(len(v_producer_id_filters) + 1)
    n += 8 * len(v_producer_id_filters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ListTransactionsRequest_2(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
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
            raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
        elif n > end - pos:
            raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
        else:
            items_state_filters: list[str] = []
            append_state_filters = items_state_filters.append
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
                    raise null_not_allowed("ListTransactionsRequest.StateFilters", pos)
                elif n > end - pos:
                    raise bad_length("ListTransactionsRequest.StateFilters", n, pos, end - pos)
                else:
                    x_state_filters = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_state_filters(x_state_filters)
            f_state_filters: tuple[str, ...] = tuple(items_state_filters)
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
            f_producer_id_filters = _Ai64[n].unpack_from(buf, pos)
            pos += n * 8
        elif n < 0:
            raise null_not_allowed("ListTransactionsRequest.ProducerIdFilters", pos)
        elif n * 8 > end - pos:
            raise bad_length("ListTransactionsRequest.ProducerIdFilters", n, pos, end - pos)
        else:
            f_producer_id_filters = unpack_from(">%dq" % n, buf, pos)
            pos += n * 8
        (f_duration_filter,) = _F0.unpack_from(buf, pos)
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
            f_transactional_id_pattern: str | None = None
        elif n > end - pos:
            raise bad_length("ListTransactionsRequest.TransactionalIdPattern", n, pos, end - pos)
        else:
            f_transactional_id_pattern = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ListTransactionsRequest(
                f_state_filters,
                f_producer_id_filters,
                f_duration_filter,
                f_transactional_id_pattern,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ListTransactionsRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ListTransactionsRequest v2", pos) from None


def _w_ListTransactionsRequest_2(o: ListTransactionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_state_filters = o.state_filters
    n = len(v_state_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_state_filters in v_state_filters:
        b = x_state_filters.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_producer_id_filters = o.producer_id_filters
    n = len(v_producer_id_filters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_producer_id_filters)
    a(
        _Ai64[k].pack(*v_producer_id_filters)
        if k < SMALL_ARRAY
        else pack(">%dq" % k, *v_producer_id_filters)
    )
    a(_F0.pack(o.duration_filter))
    v_transactional_id_pattern = o.transactional_id_pattern
    if v_transactional_id_pattern is None:
        a(b"\x00")
    else:
        b = v_transactional_id_pattern.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ListTransactionsRequest_2(o: ListTransactionsRequest) -> int:
    n = 8
    v_state_filters = o.state_filters
    n += uvarint_size(len(v_state_filters) + 1)
    for x_state_filters in v_state_filters:
        k = utf8_len(x_state_filters)
        n += uvarint_size(k + 1)
        n += k
    v_producer_id_filters = o.producer_id_filters
    n += uvarint_size(len(v_producer_id_filters) + 1)
    n += 8 * len(v_producer_id_filters)
    v_transactional_id_pattern = o.transactional_id_pattern
    if v_transactional_id_pattern is None:
        n += 1
    else:
        k = utf8_len(v_transactional_id_pattern)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ListTransactionsRequest._READERS = (
    _r_ListTransactionsRequest_0,
    _r_ListTransactionsRequest_1,
    _r_ListTransactionsRequest_2,
)
ListTransactionsRequest._WRITERS = (
    _w_ListTransactionsRequest_0,
    _w_ListTransactionsRequest_1,
    _w_ListTransactionsRequest_2,
)
ListTransactionsRequest._SIZERS = (
    _s_ListTransactionsRequest_0,
    _s_ListTransactionsRequest_1,
    _s_ListTransactionsRequest_2,
)
bind_readers(
    ListTransactionsRequest,
    "list_transactions_request",
    "f45a9475fa49d923",
    (ListTransactionsRequest,),
)
