# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeTransactionsRequest: Kafka request (key 65), versions 0."""

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
    "DescribeTransactionsRequest",
]


class DescribeTransactionsRequest(_Message):
    NAME: ClassVar[str] = "DescribeTransactionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_ids",
            "TransactionalIds",
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
    )
    transactional_ids: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeTransactionsRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeTransactionsRequest, int]:
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
            raise null_not_allowed("DescribeTransactionsRequest.TransactionalIds", pos)
        elif n > end - pos:
            raise bad_length("DescribeTransactionsRequest.TransactionalIds", n, pos, end - pos)
        else:
            items_transactional_ids: list[str] = []
            append_transactional_ids = items_transactional_ids.append
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
                    raise null_not_allowed("DescribeTransactionsRequest.TransactionalIds", pos)
                elif n > end - pos:
                    raise bad_length(
                        "DescribeTransactionsRequest.TransactionalIds", n, pos, end - pos
                    )
                else:
                    x_transactional_ids = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_transactional_ids(x_transactional_ids)
            f_transactional_ids: tuple[str, ...] = tuple(items_transactional_ids)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeTransactionsRequest(f_transactional_ids, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeTransactionsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeTransactionsRequest v0", pos) from None


def _w_DescribeTransactionsRequest_0(o: DescribeTransactionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_ids = o.transactional_ids
    n = len(v_transactional_ids) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_transactional_ids in v_transactional_ids:
        b = x_transactional_ids.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeTransactionsRequest_0(o: DescribeTransactionsRequest) -> int:
    n = 0
    v_transactional_ids = o.transactional_ids
    n += uvarint_size(len(v_transactional_ids) + 1)
    for x_transactional_ids in v_transactional_ids:
        k = utf8_len(x_transactional_ids)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeTransactionsRequest._READERS = (_r_DescribeTransactionsRequest_0,)
DescribeTransactionsRequest._WRITERS = (_w_DescribeTransactionsRequest_0,)
DescribeTransactionsRequest._SIZERS = (_s_DescribeTransactionsRequest_0,)
bind_readers(
    DescribeTransactionsRequest,
    "describe_transactions_request",
    "e4685a85a70ac817",
    (DescribeTransactionsRequest,),
)
