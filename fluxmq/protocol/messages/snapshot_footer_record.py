# generated from Kafka 4.4.0 by codegen — do not edit
"""SnapshotFooterRecord: Kafka data, versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "SnapshotFooterRecord",
]

_F0 = PackStruct(">h")


class SnapshotFooterRecord(_Message):
    NAME: ClassVar[str] = "SnapshotFooterRecord"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "version",
            "Version",
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
    )
    version: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_SnapshotFooterRecord_0(buf: memoryview, pos: int) -> tuple[SnapshotFooterRecord, int]:
    end = len(buf)
    try:
        (f_version,) = _F0.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return SnapshotFooterRecord(f_version, tags), pos
    except (StructError, IndexError):
        raise truncated("SnapshotFooterRecord v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SnapshotFooterRecord v0", pos) from None


def _w_SnapshotFooterRecord_0(o: SnapshotFooterRecord, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SnapshotFooterRecord_0(o: SnapshotFooterRecord) -> int:
    n = 2
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


SnapshotFooterRecord._READERS = (_r_SnapshotFooterRecord_0,)
SnapshotFooterRecord._WRITERS = (_w_SnapshotFooterRecord_0,)
SnapshotFooterRecord._SIZERS = (_s_SnapshotFooterRecord_0,)
bind_readers(
    SnapshotFooterRecord, "snapshot_footer_record", "dd9fce2462c0404e", (SnapshotFooterRecord,)
)
