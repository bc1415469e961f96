# generated from Kafka 4.4.0 by codegen — do not edit
"""OffsetCommitValue: Kafka coordinator-value (key 1), versions 0-4."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from uuid import UUID
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    null_not_allowed,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import (
    INT16,
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "OffsetCommitValue",
]

_F0 = PackStruct(">q")
_F1 = PackStruct(">qq")
_F2 = PackStruct(">qi")
_F3 = PackStruct(">16s")


class OffsetCommitValue(_Message):
    NAME: ClassVar[str] = "OffsetCommitValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN: ClassVar[int | None] = 4
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "offset", "offset", "int64", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "leader_epoch",
            "leaderEpoch",
            "int32",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "metadata",
            "metadata",
            "string",
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
            "commit_timestamp",
            "commitTimestamp",
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
        FieldInfo(
            "expire_timestamp",
            "expireTimestamp",
            "int64",
            False,
            (1, 1),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "topic_id",
            "topicId",
            "uuid",
            False,
            (4, 32767),
            (1, 0),
            0,
            (4, 32767),
            True,
            None,
            False,
        ),
    )
    offset: int = 0
    leader_epoch: int = -1
    metadata: str = ""
    commit_timestamp: int = 0
    expire_timestamp: int = -1
    topic_id: UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


def _r_OffsetCommitValue_0(buf: memoryview, pos: int) -> tuple[OffsetCommitValue, int]:
    end = len(buf)
    try:
        (f_offset,) = _F0.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitValue.metadata", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitValue.metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_commit_timestamp,) = _F0.unpack_from(buf, pos)
        pos += 8
        return (
            OffsetCommitValue(f_offset, -1, f_metadata, f_commit_timestamp, -1, ZERO_UUID, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitValue v0,2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitValue v0,2", pos) from None


def _w_OffsetCommitValue_0(o: OffsetCommitValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.offset))
    v_metadata = o.metadata
    b = v_metadata.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.commit_timestamp))


def _s_OffsetCommitValue_0(o: OffsetCommitValue) -> int:
    n = 16
    v_metadata = o.metadata
    k = utf8_len(v_metadata)
    n += 2
    n += k
    return n


def _r_OffsetCommitValue_1(buf: memoryview, pos: int) -> tuple[OffsetCommitValue, int]:
    end = len(buf)
    try:
        (f_offset,) = _F0.unpack_from(buf, pos)
        pos += 8
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitValue.metadata", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitValue.metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_commit_timestamp,
            f_expire_timestamp,
        ) = _F1.unpack_from(buf, pos)
        pos += 16
        return (
            OffsetCommitValue(
                f_offset, -1, f_metadata, f_commit_timestamp, f_expire_timestamp, ZERO_UUID, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitValue v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitValue v1", pos) from None


def _w_OffsetCommitValue_1(o: OffsetCommitValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.offset))
    v_metadata = o.metadata
    b = v_metadata.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.commit_timestamp, o.expire_timestamp))


def _s_OffsetCommitValue_1(o: OffsetCommitValue) -> int:
    n = 24
    v_metadata = o.metadata
    k = utf8_len(v_metadata)
    n += 2
    n += k
    return n


def _r_OffsetCommitValue_2(buf: memoryview, pos: int) -> tuple[OffsetCommitValue, int]:
    end = len(buf)
    try:
        (
            f_offset,
            f_leader_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 12
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OffsetCommitValue.metadata", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitValue.metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_commit_timestamp,) = _F0.unpack_from(buf, pos)
        pos += 8
        return (
            OffsetCommitValue(
                f_offset, f_leader_epoch, f_metadata, f_commit_timestamp, -1, ZERO_UUID, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitValue v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitValue v3", pos) from None


def _w_OffsetCommitValue_2(o: OffsetCommitValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.offset, o.leader_epoch))
    v_metadata = o.metadata
    b = v_metadata.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F0.pack(o.commit_timestamp))


def _s_OffsetCommitValue_2(o: OffsetCommitValue) -> int:
    n = 20
    v_metadata = o.metadata
    k = utf8_len(v_metadata)
    n += 2
    n += k
    return n


def _r_OffsetCommitValue_3(buf: memoryview, pos: int) -> tuple[OffsetCommitValue, int]:
    end = len(buf)
    try:
        (
            f_offset,
            f_leader_epoch,
        ) = _F2.unpack_from(buf, pos)
        pos += 12
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("OffsetCommitValue.metadata", pos)
        elif n > end - pos:
            raise bad_length("OffsetCommitValue.metadata", n, pos, end - pos)
        else:
            f_metadata = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_commit_timestamp,) = _F0.unpack_from(buf, pos)
        pos += 8
        f_topic_id: UUID = ZERO_UUID
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("OffsetCommitValue v4 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("OffsetCommitValue v4 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    f_topic_id = uuid_from_bytes(_F3.unpack_from(tbuf, pos)[0])
                    pos += 16
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            OffsetCommitValue(
                f_offset, f_leader_epoch, f_metadata, f_commit_timestamp, -1, f_topic_id, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("OffsetCommitValue v4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OffsetCommitValue v4", pos) from None


def _w_OffsetCommitValue_3(o: OffsetCommitValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.offset, o.leader_epoch))
    v_metadata = o.metadata
    b = v_metadata.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.commit_timestamp))
    if not (o.unknown_tags is not None or (o.topic_id != ZERO_UUID)):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.topic_id != ZERO_UUID:
            sub_topic_id: list[Buffer] = []
            outer, out, a = out, sub_topic_id, sub_topic_id.append
            a(_F3.pack(o.topic_id.bytes))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_topic_id)
        write_tags(out, tags)


def _s_OffsetCommitValue_3(o: OffsetCommitValue) -> int:
    n = 20
    v_metadata = o.metadata
    k = utf8_len(v_metadata)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.topic_id != ZERO_UUID:
        outer_n = n
        n = 0
        n += 16
        tags[0] = n
        n = outer_n
    n += tags_size(tags)
    return n


OffsetCommitValue._READERS = (
    _r_OffsetCommitValue_0,
    _r_OffsetCommitValue_1,
    _r_OffsetCommitValue_0,
    _r_OffsetCommitValue_2,
    _r_OffsetCommitValue_3,
)
OffsetCommitValue._WRITERS = (
    _w_OffsetCommitValue_0,
    _w_OffsetCommitValue_1,
    _w_OffsetCommitValue_0,
    _w_OffsetCommitValue_2,
    _w_OffsetCommitValue_3,
)
OffsetCommitValue._SIZERS = (
    _s_OffsetCommitValue_0,
    _s_OffsetCommitValue_1,
    _s_OffsetCommitValue_0,
    _s_OffsetCommitValue_2,
    _s_OffsetCommitValue_3,
)
bind_readers(OffsetCommitValue, "offset_commit_value", "1a45d5f99ef7fe24", (OffsetCommitValue,))
