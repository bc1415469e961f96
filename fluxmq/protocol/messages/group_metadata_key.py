# generated from Kafka 4.4.0 by codegen — do not edit
"""GroupMetadataKey: Kafka coordinator-key (key 2), versions 0."""

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
    "GroupMetadataKey",
]


class GroupMetadataKey(_Message):
    NAME: ClassVar[str] = "GroupMetadataKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group", "group", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
    )
    group: str = ""


def _r_GroupMetadataKey_0(buf: memoryview, pos: int) -> tuple[GroupMetadataKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("GroupMetadataKey.group", pos)
        elif n > end - pos:
            raise bad_length("GroupMetadataKey.group", n, pos, end - pos)
        else:
            f_group = str(buf[pos : pos + n], "utf-8")
            pos += n
        return GroupMetadataKey(f_group), pos
    except (StructError, IndexError):
        raise truncated("GroupMetadataKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GroupMetadataKey v0", pos) from None


def _w_GroupMetadataKey_0(o: GroupMetadataKey, out: list[Buffer]) -> None:
    a = out.append
    v_group = o.group
    b = v_group.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_GroupMetadataKey_0(o: GroupMetadataKey) -> int:
    n = 0
    v_group = o.group
    k = utf8_len(v_group)
    n += 2
    n += k
    return n


GroupMetadataKey._READERS = (_r_GroupMetadataKey_0,)
GroupMetadataKey._WRITERS = (_w_GroupMetadataKey_0,)
GroupMetadataKey._SIZERS = (_s_GroupMetadataKey_0,)
bind_readers(GroupMetadataKey, "group_metadata_key", "a1f3dc14b64c7b7a", (GroupMetadataKey,))
