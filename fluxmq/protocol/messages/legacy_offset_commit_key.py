# generated from Kafka 4.4.0 by codegen — do not edit
"""LegacyOffsetCommitKey: Kafka coordinator-key (key 0), versions 0."""

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
    "LegacyOffsetCommitKey",
]

_F0 = PackStruct(">i")


class LegacyOffsetCommitKey(_Message):
    NAME: ClassVar[str] = "LegacyOffsetCommitKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 0
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


def _r_LegacyOffsetCommitKey_0(buf: memoryview, pos: int) -> tuple[LegacyOffsetCommitKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LegacyOffsetCommitKey.group", pos)
        elif n > end - pos:
            raise bad_length("LegacyOffsetCommitKey.group", n, pos, end - pos)
        else:
            f_group = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("LegacyOffsetCommitKey.topic", pos)
        elif n > end - pos:
            raise bad_length("LegacyOffsetCommitKey.topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_partition,) = _F0.unpack_from(buf, pos)
        pos += 4
        return LegacyOffsetCommitKey(f_group, f_topic, f_partition), pos
    except (StructError, IndexError):
        raise truncated("LegacyOffsetCommitKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LegacyOffsetCommitKey v0", pos) from None


def _w_LegacyOffsetCommitKey_0(o: LegacyOffsetCommitKey, out: list[Buffer]) -> None:
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


def _s_LegacyOffsetCommitKey_0(o: LegacyOffsetCommitKey) -> int:
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


LegacyOffsetCommitKey._READERS = (_r_LegacyOffsetCommitKey_0,)
LegacyOffsetCommitKey._WRITERS = (_w_LegacyOffsetCommitKey_0,)
LegacyOffsetCommitKey._SIZERS = (_s_LegacyOffsetCommitKey_0,)
bind_readers(
    LegacyOffsetCommitKey, "legacy_offset_commit_key", "16fb39818df260eb", (LegacyOffsetCommitKey,)
)
