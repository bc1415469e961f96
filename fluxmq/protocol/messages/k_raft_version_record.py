# generated from Kafka 4.4.0 by codegen — do not edit
"""KRaftVersionRecord: Kafka data, versions 0."""

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
    "KRaftVersionRecord",
]

_F0 = PackStruct(">hh")


class KRaftVersionRecord(_Message):
    NAME: ClassVar[str] = "KRaftVersionRecord"
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
        FieldInfo(
            "k_raft_version",
            "KRaftVersion",
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
    k_raft_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_KRaftVersionRecord_0(buf: memoryview, pos: int) -> tuple[KRaftVersionRecord, int]:
    end = len(buf)
    try:
        (
            f_version,
            f_k_raft_version,
        ) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return KRaftVersionRecord(f_version, f_k_raft_version, tags), pos
    except (StructError, IndexError):
        raise truncated("KRaftVersionRecord v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("KRaftVersionRecord v0", pos) from None


def _w_KRaftVersionRecord_0(o: KRaftVersionRecord, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.version, o.k_raft_version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_KRaftVersionRecord_0(o: KRaftVersionRecord) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


KRaftVersionRecord._READERS = (_r_KRaftVersionRecord_0,)
KRaftVersionRecord._WRITERS = (_w_KRaftVersionRecord_0,)
KRaftVersionRecord._SIZERS = (_s_KRaftVersionRecord_0,)
bind_readers(KRaftVersionRecord, "k_raft_version_record", "b669643088f0ba70", (KRaftVersionRecord,))
