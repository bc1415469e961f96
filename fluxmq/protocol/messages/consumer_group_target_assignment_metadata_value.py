# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupTargetAssignmentMetadataValue: Kafka coordinator-value (key 6), versions 0."""

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
    "ConsumerGroupTargetAssignmentMetadataValue",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">q")


class ConsumerGroupTargetAssignmentMetadataValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupTargetAssignmentMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 6
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "assignment_epoch",
            "AssignmentEpoch",
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
        FieldInfo(
            "assignment_timestamp",
            "AssignmentTimestamp",
            "int64",
            False,
            (0, 32767),
            (1, 0),
            0,
            (0, 32767),
            True,
            None,
            False,
        ),
    )
    assignment_epoch: int = 0
    assignment_timestamp: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupTargetAssignmentMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupTargetAssignmentMetadataValue, int]:
    end = len(buf)
    try:
        (f_assignment_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        f_assignment_timestamp: int = 0
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length(
                    "ConsumerGroupTargetAssignmentMetadataValue v0 tagged fields",
                    count,
                    pos,
                    end - pos,
                )
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length(
                        "ConsumerGroupTargetAssignmentMetadataValue v0 tag", size, pos, end - pos
                    )
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_assignment_timestamp,) = _F1.unpack_from(tbuf, pos)
                    pos += 8
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            ConsumerGroupTargetAssignmentMetadataValue(
                f_assignment_epoch, f_assignment_timestamp, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ConsumerGroupTargetAssignmentMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupTargetAssignmentMetadataValue v0", pos) from None


def _w_ConsumerGroupTargetAssignmentMetadataValue_0(
    o: ConsumerGroupTargetAssignmentMetadataValue, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.assignment_epoch))
    if not (o.unknown_tags is not None or (o.assignment_timestamp != 0)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.assignment_timestamp != 0:
            sub_assignment_timestamp: list[Buffer] = []
            outer, out, a = out, sub_assignment_timestamp, sub_assignment_timestamp.append
            a(_F1.pack(o.assignment_timestamp))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_assignment_timestamp)
        write_tags(out, tags)


def _s_ConsumerGroupTargetAssignmentMetadataValue_0(
    o: ConsumerGroupTargetAssignmentMetadataValue,
) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.assignment_timestamp != 0:
        outer_n = n
        n = 0
        n += 8
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


ConsumerGroupTargetAssignmentMetadataValue._READERS = (
    _r_ConsumerGroupTargetAssignmentMetadataValue_0,
)
ConsumerGroupTargetAssignmentMetadataValue._WRITERS = (
    _w_ConsumerGroupTargetAssignmentMetadataValue_0,
)
ConsumerGroupTargetAssignmentMetadataValue._SIZERS = (
    _s_ConsumerGroupTargetAssignmentMetadataValue_0,
)
bind_readers(
    ConsumerGroupTargetAssignmentMetadataValue,
    "consumer_group_target_assignment_metadata_value",
    "a67381e9b409e3f8",
    (ConsumerGroupTargetAssignmentMetadataValue,),
)
