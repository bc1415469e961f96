# generated from Kafka 4.4.0 by codegen — do not edit
"""TransactionLogKey: Kafka coordinator-key (key 0), versions 0."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, Buffer

__all__ = [
    "TransactionLogKey",
]


class TransactionLogKey(_Message):
    NAME: ClassVar[str] = "TransactionLogKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
            "string",
            False,
            (0, 0),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    transactional_id: str = ""


def _r_TransactionLogKey_0(buf: memoryview, pos: int) -> tuple[TransactionLogKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("TransactionLogKey.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("TransactionLogKey.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return TransactionLogKey(f_transactional_id), pos
    except (StructError, IndexError):
        raise truncated("TransactionLogKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TransactionLogKey v0", pos) from None


def _w_TransactionLogKey_0(o: TransactionLogKey, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_TransactionLogKey_0(o: TransactionLogKey) -> int:
    n = 0
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += 2
    n += k
    return n


TransactionLogKey._READERS = (_r_TransactionLogKey_0,)
TransactionLogKey._WRITERS = (_w_TransactionLogKey_0,)
TransactionLogKey._SIZERS = (_s_TransactionLogKey_0,)
bind_readers(TransactionLogKey, "transaction_log_key", "9045b88abec11f97", (TransactionLogKey,))
