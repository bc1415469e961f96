# generated from Kafka 4.4.0 by codegen — do not edit
"""EndTxnMarker: Kafka data, versions 0."""

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
    "EndTxnMarker",
]

_F0 = PackStruct(">i")


class EndTxnMarker(_Message):
    NAME: ClassVar[str] = "EndTxnMarker"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "coordinator_epoch",
            "CoordinatorEpoch",
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
    )
    coordinator_epoch: int = 0


def _r_EndTxnMarker_0(buf: memoryview, pos: int) -> tuple[EndTxnMarker, int]:
    end = len(buf)
    try:
        (f_coordinator_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        return EndTxnMarker(f_coordinator_epoch), pos
    except (StructError, IndexError):
        raise truncated("EndTxnMarker v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EndTxnMarker v0", pos) from None


def _w_EndTxnMarker_0(o: EndTxnMarker, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.coordinator_epoch))


def _s_EndTxnMarker_0(o: EndTxnMarker) -> int:
    n = 4
    return n


EndTxnMarker._READERS = (_r_EndTxnMarker_0,)
EndTxnMarker._WRITERS = (_w_EndTxnMarker_0,)
EndTxnMarker._SIZERS = (_s_EndTxnMarker_0,)
bind_readers(EndTxnMarker, "end_txn_marker", "c7070ab54e815f51", (EndTxnMarker,))
