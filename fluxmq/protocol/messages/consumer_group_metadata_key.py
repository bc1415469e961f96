# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupMetadataKey: Kafka coordinator-key (key 3), versions 0."""

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
    "ConsumerGroupMetadataKey",
]


class ConsumerGroupMetadataKey(_Message):
    NAME: ClassVar[str] = "ConsumerGroupMetadataKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id", "GroupId", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
    )
    group_id: str = ""


def _r_ConsumerGroupMetadataKey_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupMetadataKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupMetadataKey.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupMetadataKey.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ConsumerGroupMetadataKey(f_group_id), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupMetadataKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupMetadataKey v0", pos) from None


def _w_ConsumerGroupMetadataKey_0(o: ConsumerGroupMetadataKey, out: list[Buffer]) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_ConsumerGroupMetadataKey_0(o: ConsumerGroupMetadataKey) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    return n


ConsumerGroupMetadataKey._READERS = (_r_ConsumerGroupMetadataKey_0,)
ConsumerGroupMetadataKey._WRITERS = (_w_ConsumerGroupMetadataKey_0,)
ConsumerGroupMetadataKey._SIZERS = (_s_ConsumerGroupMetadataKey_0,)
bind_readers(
    ConsumerGroupMetadataKey,
    "consumer_group_metadata_key",
    "6f7b6b051491918e",
    (ConsumerGroupMetadataKey,),
)
