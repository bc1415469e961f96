# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupMetadataValue: Kafka coordinator-value (key 11), versions 0."""

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
    "ShareGroupMetadataValue",
]

_F0 = PackStruct(">iq")


class ShareGroupMetadataValue(_Message):
    NAME: ClassVar[str] = "ShareGroupMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "epoch", "Epoch", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "metadata_hash",
            "MetadataHash",
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
    epoch: int = 0
    metadata_hash: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ShareGroupMetadataValue_0(buf: memoryview, pos: int) -> tuple[ShareGroupMetadataValue, int]:
    end = len(buf)
    try:
        (
            f_epoch,
            f_metadata_hash,
        ) = _F0.unpack_from(buf, pos)
        pos += 12
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ShareGroupMetadataValue(f_epoch, f_metadata_hash, tags), pos
    except (StructError, IndexError):
        raise truncated("ShareGroupMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupMetadataValue v0", pos) from None


def _w_ShareGroupMetadataValue_0(o: ShareGroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.epoch, o.metadata_hash))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ShareGroupMetadataValue_0(o: ShareGroupMetadataValue) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ShareGroupMetadataValue._READERS = (_r_ShareGroupMetadataValue_0,)
ShareGroupMetadataValue._WRITERS = (_w_ShareGroupMetadataValue_0,)
ShareGroupMetadataValue._SIZERS = (_s_ShareGroupMetadataValue_0,)
bind_readers(
    ShareGroupMetadataValue,
    "share_group_metadata_value",
    "8122552b666e894e",
    (ShareGroupMetadataValue,),
)
