# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupCurrentMemberAssignmentKey: Kafka coordinator-key (key 8), versions 0."""

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
    "ConsumerGroupCurrentMemberAssignmentKey",
]


class ConsumerGroupCurrentMemberAssignmentKey(_Message):
    NAME: ClassVar[str] = "ConsumerGroupCurrentMemberAssignmentKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 8
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


def _r_ConsumerGroupCurrentMemberAssignmentKey_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupCurrentMemberAssignmentKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupCurrentMemberAssignmentKey.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupCurrentMemberAssignmentKey.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupCurrentMemberAssignmentKey.MemberId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupCurrentMemberAssignmentKey.MemberId", n, pos, end - pos)
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ConsumerGroupCurrentMemberAssignmentKey(f_group_id, f_member_id), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupCurrentMemberAssignmentKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupCurrentMemberAssignmentKey v0", pos) from None


def _w_ConsumerGroupCurrentMemberAssignmentKey_0(
    o: ConsumerGroupCurrentMemberAssignmentKey, out: list[Buffer]
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


def _s_ConsumerGroupCurrentMemberAssignmentKey_0(o: ConsumerGroupCurrentMemberAssignmentKey) -> int:
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


ConsumerGroupCurrentMemberAssignmentKey._READERS = (_r_ConsumerGroupCurrentMemberAssignmentKey_0,)
ConsumerGroupCurrentMemberAssignmentKey._WRITERS = (_w_ConsumerGroupCurrentMemberAssignmentKey_0,)
ConsumerGroupCurrentMemberAssignmentKey._SIZERS = (_s_ConsumerGroupCurrentMemberAssignmentKey_0,)
bind_readers(
    ConsumerGroupCurrentMemberAssignmentKey,
    "consumer_group_current_member_assignment_key",
    "8c8fcc22de28456c",
    (ConsumerGroupCurrentMemberAssignmentKey,),
)
