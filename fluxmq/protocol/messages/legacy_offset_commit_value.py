# generated from Kafka 4.4.0 by codegen — do not edit
"""LegacyOffsetCommitValue: Kafka coordinator-value (key 0), versions 0."""

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
    "LegacyOffsetCommitValue",
]

_F0 = PackStruct(">q")


class LegacyOffsetCommitValue(_Message):
    NAME: ClassVar[str] = "LegacyOffsetCommitValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "offset", "offset", "int64", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "metadata",
            "metadata",
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
        FieldInfo(
            "commit_timestamp",
            "commitTimestamp",
            "int64",
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
    offset: int = 0
    metadata: str = ""
    commit_timestamp: int = 0


def _r_LegacyOffsetCommitValue_0(buf: memoryview, pos: int) -> tuple[LegacyOffsetCommitValue, int]:
    end = len(buf)
    try:
        (f_offset,) = _F0.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LegacyOffsetCommitValue.metadata", pos)
        elif n > end - pos:
            raise bad_length("LegacyOffsetCommitValue.metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_commit_timestamp,) = _F0.unpack_from(buf, pos)
        pos += 8
        return LegacyOffsetCommitValue(f_offset, f_metadata, f_commit_timestamp), pos
    except (StructError, IndexError):
        raise truncated("LegacyOffsetCommitValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LegacyOffsetCommitValue v0", pos) from None


def _w_LegacyOffsetCommitValue_0(o: LegacyOffsetCommitValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.offset))
    v_metadata = o.metadata
    b = v_metadata.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.commit_timestamp))


def _s_LegacyOffsetCommitValue_0(o: LegacyOffsetCommitValue) -> int:
    n = 16
    v_metadata = o.metadata
    k = utf8_len(v_metadata)
    n += 2
    n += k
    return n


LegacyOffsetCommitValue._READERS = (_r_LegacyOffsetCommitValue_0,)
LegacyOffsetCommitValue._WRITERS = (_w_LegacyOffsetCommitValue_0,)
LegacyOffsetCommitValue._SIZERS = (_s_LegacyOffsetCommitValue_0,)
bind_readers(
    LegacyOffsetCommitValue,
    "legacy_offset_commit_value",
    "58807f90fdccc9f8",
    (LegacyOffsetCommitValue,),
)
