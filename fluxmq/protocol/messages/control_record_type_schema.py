# generated from Kafka 4.4.0 by codegen — do not edit
"""ControlRecordTypeSchema: Kafka data, versions 0."""

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
    "ControlRecordTypeSchema",
]

_F0 = PackStruct(">h")


class ControlRecordTypeSchema(_Message):
    NAME: ClassVar[str] = "ControlRecordTypeSchema"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "type", "Type", "int16", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    type: int = 0


def _r_ControlRecordTypeSchema_0(buf: memoryview, pos: int) -> tuple[ControlRecordTypeSchema, int]:
    end = len(buf)
    try:
        (f_type,) = _F0.unpack_from(buf, pos)
        pos += 2
        return ControlRecordTypeSchema(f_type), pos
    except (StructError, IndexError):
        raise truncated("ControlRecordTypeSchema v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ControlRecordTypeSchema v0", pos) from None


def _w_ControlRecordTypeSchema_0(o: ControlRecordTypeSchema, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.type))


def _s_ControlRecordTypeSchema_0(o: ControlRecordTypeSchema) -> int:
    n = 2
    return n


ControlRecordTypeSchema._READERS = (_r_ControlRecordTypeSchema_0,)
ControlRecordTypeSchema._WRITERS = (_w_ControlRecordTypeSchema_0,)
ControlRecordTypeSchema._SIZERS = (_s_ControlRecordTypeSchema_0,)
bind_readers(
    ControlRecordTypeSchema,
    "control_record_type_schema",
    "e30bac2e94caf550",
    (ControlRecordTypeSchema,),
)
