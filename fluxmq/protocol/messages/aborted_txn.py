# generated from Kafka 4.4.0 by codegen — do not edit
"""AbortedTxn: Kafka data, versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    truncated,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "AbortedTxn",
]

_F0 = PackStruct(">qqqq")


class AbortedTxn(_Message):
    NAME: ClassVar[str] = "AbortedTxn"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
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
            "first_offset",
            "FirstOffset",
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
            "last_offset",
            "LastOffset",
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
            "last_stable_offset",
            "LastStableOffset",
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
    )
    producer_id: int = 0
    first_offset: int = 0
    last_offset: int = 0
    last_stable_offset: int = 0


def _r_AbortedTxn_0(buf: memoryview, pos: int) -> tuple[AbortedTxn, int]:
    end = len(buf)
    try:
        (
            f_producer_id,
            f_first_offset,
            f_last_offset,
            f_last_stable_offset,
        ) = _F0.unpack_from(buf, pos)
        pos += 32
        return AbortedTxn(f_producer_id, f_first_offset, f_last_offset, f_last_stable_offset), pos
    except (StructError, IndexError):
        raise truncated("AbortedTxn v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AbortedTxn v0", pos) from None


def _w_AbortedTxn_0(o: AbortedTxn, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.producer_id, o.first_offset, o.last_offset, o.last_stable_offset))


def _s_AbortedTxn_0(o: AbortedTxn) -> int:
    n = 32
    return n


AbortedTxn._READERS = (_r_AbortedTxn_0,)
AbortedTxn._WRITERS = (_w_AbortedTxn_0,)
AbortedTxn._SIZERS = (_s_AbortedTxn_0,)
bind_readers(AbortedTxn, "aborted_txn", "1ec88e56a5af14a2", (AbortedTxn,))
