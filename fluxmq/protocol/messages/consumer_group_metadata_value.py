# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupMetadataValue: Kafka coordinator-value (key 3), versions 0."""

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
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer, read_uvarint

__all__ = [
    "ConsumerGroupMetadataValue",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">q")


class ConsumerGroupMetadataValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 3
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
            0,
            (0, 32767),
            False,
            None,
            False,
        ),
    )
    epoch: int = 0
    metadata_hash: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupMetadataValue, int]:
    end = len(buf)
    try:
        (f_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        f_metadata_hash: int = 0
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length(
                    "ConsumerGroupMetadataValue v0 tagged fields", count, pos, end - pos
                )
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("ConsumerGroupMetadataValue v0 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_metadata_hash,) = _F1.unpack_from(tbuf, pos)
                    pos += 8
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return ConsumerGroupMetadataValue(f_epoch, f_metadata_hash, tags), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupMetadataValue v0", pos) from None


def _w_ConsumerGroupMetadataValue_0(o: ConsumerGroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.epoch))
    if not (o.unknown_tags is not None or (o.metadata_hash != 0)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.metadata_hash != 0:
            sub_metadata_hash: list[Buffer] = []
            outer, out, a = out, sub_metadata_hash, sub_metadata_hash.append
            a(_F1.pack(o.metadata_hash))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_metadata_hash)
        write_tags(out, tags)


def _s_ConsumerGroupMetadataValue_0(o: ConsumerGroupMetadataValue) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.metadata_hash != 0:
        outer_n = n
        n = 0
        n += 8
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


ConsumerGroupMetadataValue._READERS = (_r_ConsumerGroupMetadataValue_0,)
ConsumerGroupMetadataValue._WRITERS = (_w_ConsumerGroupMetadataValue_0,)
ConsumerGroupMetadataValue._SIZERS = (_s_ConsumerGroupMetadataValue_0,)
bind_readers(
    ConsumerGroupMetadataValue,
    "consumer_group_metadata_value",
    "a8eccb639dfe945d",
    (ConsumerGroupMetadataValue,),
)
