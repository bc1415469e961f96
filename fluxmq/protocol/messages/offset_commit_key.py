# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetCommitKey: Kafka coordinator-key (key 1), versions 0."""

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
    "OffsetCommitKey",
]

_F0 = PackStruct(">i")


class OffsetCommitKey(_Message):
    NAME: ClassVar[str] = "OffsetCommitKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group", "group", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "topic", "topic", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition",
            "partition",
            "int32",
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
    group: str = ""
    topic: str = ""
    partition: int = 0


def _r_OffsetCommitKey_0(buf: memoryview, pos: int) -> tuple[OffsetCommitKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitKey.group", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitKey.group", n, pos, end - pos)
        else:
            f_group = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitKey.topic", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitKey.topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_partition,) = _F0.unpack_from(buf, pos)
        pos += 4
        return OffsetCommitKey(f_group, f_topic, f_partition), pos
    except (StructError, IndexError):
        raise truncated("OffsetCommitKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitKey v0", pos) from None


def _w_OffsetCommitKey_0(o: OffsetCommitKey, out: list[Buffer]) -> None:
    a = out.append
    v_group = o.group
    b = v_group.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.partition))


def _s_OffsetCommitKey_0(o: OffsetCommitKey) -> int:
    n = 4
    v_group = o.group
    k = utf8_len(v_group)
    n += 2
    n += k
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    return n


OffsetCommitKey._READERS = (_r_OffsetCommitKey_0,)
OffsetCommitKey._WRITERS = (_w_OffsetCommitKey_0,)
OffsetCommitKey._SIZERS = (_s_OffsetCommitKey_0,)
bind_readers(OffsetCommitKey, "offset_commit_key", "8f52ed8247f5469f", (OffsetCommitKey,))
