# generated from Kafka 4.4.0 by codegen — do not edit
"""ShareGroupStatePartitionMetadataKey: Kafka coordinator-key (key 15), versions 0."""

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
    "ShareGroupStatePartitionMetadataKey",
]


class ShareGroupStatePartitionMetadataKey(_Message):
    NAME: ClassVar[str] = "ShareGroupStatePartitionMetadataKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id", "GroupId", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
    )
    group_id: str = ""


def _r_ShareGroupStatePartitionMetadataKey_0(
    buf: memoryview, pos: int
) -> tuple[ShareGroupStatePartitionMetadataKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ShareGroupStatePartitionMetadataKey.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ShareGroupStatePartitionMetadataKey.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ShareGroupStatePartitionMetadataKey(f_group_id), pos
    except (StructError, IndexError):
        raise truncated("ShareGroupStatePartitionMetadataKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ShareGroupStatePartitionMetadataKey v0", pos) from None


def _w_ShareGroupStatePartitionMetadataKey_0(
    o: ShareGroupStatePartitionMetadataKey, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_ShareGroupStatePartitionMetadataKey_0(o: ShareGroupStatePartitionMetadataKey) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    return n


ShareGroupStatePartitionMetadataKey._READERS = (_r_ShareGroupStatePartitionMetadataKey_0,)
ShareGroupStatePartitionMetadataKey._WRITERS = (_w_ShareGroupStatePartitionMetadataKey_0,)
ShareGroupStatePartitionMetadataKey._SIZERS = (_s_ShareGroupStatePartitionMetadataKey_0,)
bind_readers(
    ShareGroupStatePartitionMetadataKey,
    "share_group_state_partition_metadata_key",
    "d814bf1bbc734661",
    (ShareGroupStatePartitionMetadataKey,),
)
