# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupMemberMetadataKey: Kafka coordinator-key (key 5), versions 0."""

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
    "ConsumerGroupMemberMetadataKey",
]


class ConsumerGroupMemberMetadataKey(_Message):
    NAME: ClassVar[str] = "ConsumerGroupMemberMetadataKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id", "GroupId", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "member_id",
            "MemberId",
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
    )
    group_id: str = ""
    member_id: str = ""


def _r_ConsumerGroupMemberMetadataKey_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupMemberMetadataKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupMemberMetadataKey.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataKey.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupMemberMetadataKey.MemberId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupMemberMetadataKey.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ConsumerGroupMemberMetadataKey(f_group_id, f_member_id), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupMemberMetadataKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupMemberMetadataKey v0", pos) from None


def _w_ConsumerGroupMemberMetadataKey_0(
    o: ConsumerGroupMemberMetadataKey, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_ConsumerGroupMemberMetadataKey_0(o: ConsumerGroupMemberMetadataKey) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += 2
    n += k
    return n


ConsumerGroupMemberMetadataKey._READERS = (_r_ConsumerGroupMemberMetadataKey_0,)
ConsumerGroupMemberMetadataKey._WRITERS = (_w_ConsumerGroupMemberMetadataKey_0,)
ConsumerGroupMemberMetadataKey._SIZERS = (_s_ConsumerGroupMemberMetadataKey_0,)
bind_readers(
    ConsumerGroupMemberMetadataKey,
    "consumer_group_member_metadata_key",
    "8bba70dff793f118",
    (ConsumerGroupMemberMetadataKey,),
)
