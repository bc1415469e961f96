# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupMetadataValue: Kafka coordinator-value (key 17), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "LastAssignmentConfig",
    "StreamsGroupMetadataValue",
]

_F0 = PackStruct(">iq")
_F1 = PackStruct(">i")


class LastAssignmentConfig(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "Value", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: str = ""
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupMetadataValue(_Message):
    NAME: ClassVar[str] = "StreamsGroupMetadataValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 17
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
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "validated_topology_epoch",
            "ValidatedTopologyEpoch",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            0,
            (0, 32767),
            False,
            None,
            False,
        ),
        FieldInfo(
            "last_assignment_configs",
            "LastAssignmentConfigs",
            "LastAssignmentConfig",
            True,
            (0, 32767),
            (0, 32767),
            1,
            (0, 32767),
            False,
            LastAssignmentConfig,
            False,
        ),
        FieldInfo(
            "stored_description_topology_epoch",
            "StoredDescriptionTopologyEpoch",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            2,
            (0, 32767),
            False,
            None,
            False,
        ),
        FieldInfo(
            "failed_description_topology_epoch",
            "FailedDescriptionTopologyEpoch",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            3,
            (0, 32767),
            False,
            None,
            False,
        ),
    )
    epoch: int = 0
    metadata_hash: int = 0
    validated_topology_epoch: int = -1
    last_assignment_configs: Sequence[LastAssignmentConfig] | None = None
    stored_description_topology_epoch: int = -1
    failed_description_topology_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupMetadataValue_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupMetadataValue, int]:
    end = len(buf)
    try:
        (
            f_epoch,
            f_metadata_hash,
        ) = _F0.unpack_from(buf, pos)
        pos += 12
        f_validated_topology_epoch: int = -1
        f_last_assignment_configs: Sequence[LastAssignmentConfig] | None = None
        f_stored_description_topology_epoch: int = -1
        f_failed_description_topology_epoch: int = -1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length(
                    "StreamsGroupMetadataValue v0 tagged fields", count, pos, end - pos
                )
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("StreamsGroupMetadataValue v0 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    (f_validated_topology_epoch,) = _F1.unpack_from(tbuf, pos)
                    pos += 4
                elif tag == 1:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if n < 0:
                        f_last_assignment_configs = None
                    elif n > tend - pos:
                        raise bad_length(
                            "StreamsGroupMetadataValue.LastAssignmentConfigs", n, pos, tend - pos
                        )
                    else:
                        items_last_assignment_configs: list[LastAssignmentConfig] = []
                        append_last_assignment_configs = items_last_assignment_configs.append
                        for _ in range(n):
                            x_last_assignment_configs, pos = _r_LastAssignmentConfig_0(tbuf, pos)
                            append_last_assignment_configs(x_last_assignment_configs)
                        f_last_assignment_configs = tuple(items_last_assignment_configs)
                elif tag == 2:
                    tbuf = buf[:tend]
                    (f_stored_description_topology_epoch,) = _F1.unpack_from(tbuf, pos)
                    pos += 4
                elif tag == 3:
                    tbuf = buf[:tend]
                    (f_failed_description_topology_epoch,) = _F1.unpack_from(tbuf, pos)
                    pos += 4
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            StreamsGroupMetadataValue(
                f_epoch,
                f_metadata_hash,
                f_validated_topology_epoch,
                f_last_assignment_configs,
                f_stored_description_topology_epoch,
                f_failed_description_topology_epoch,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupMetadataValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupMetadataValue v0", pos) from None


def _w_StreamsGroupMetadataValue_0(o: StreamsGroupMetadataValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.epoch, o.metadata_hash))
    if not (
        o.unknown_tags is not None
        or (o.validated_topology_epoch != -1)
        or (o.last_assignment_configs is not None)
        or (o.stored_description_topology_epoch != -1)
        or (o.failed_description_topology_epoch != -1)
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.validated_topology_epoch != -1:
            sub_validated_topology_epoch: list[Buffer] = []
            outer, out, a = out, sub_validated_topology_epoch, sub_validated_topology_epoch.append
            a(_F1.pack(o.validated_topology_epoch))
            out, a = outer, outer.append
            tags[0] = b"".join(sub_validated_topology_epoch)
        if o.last_assignment_configs is not None:
            sub_last_assignment_configs: list[Buffer] = []
            outer, out, a = out, sub_last_assignment_configs, sub_last_assignment_configs.append
            v_last_assignment_configs = o.last_assignment_configs
            if v_last_assignment_configs is None:
                a(b"\x00")
            else:
                n = len(v_last_assignment_configs) + 1
                a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
                w_last_assignment_configs = _w_LastAssignmentConfig_0
                for x_last_assignment_configs in v_last_assignment_configs:
                    w_last_assignment_configs(x_last_assignment_configs, out)
            out, a = outer, outer.append
            tags[1] = b"".join(sub_last_assignment_configs)
        if o.stored_description_topology_epoch != -1:
            sub_stored_description_topology_epoch: list[Buffer] = []
            outer, out, a = (
                out,
                sub_stored_description_topology_epoch,
                sub_stored_description_topology_epoch.append,
            )
            a(_F1.pack(o.stored_description_topology_epoch))
            out, a = outer, outer.append
            tags[2] = b"".join(sub_stored_description_topology_epoch)
        if o.failed_description_topology_epoch != -1:
            sub_failed_description_topology_epoch: list[Buffer] = []
            outer, out, a = (
                out,
                sub_failed_description_topology_epoch,
                sub_failed_description_topology_epoch.append,
            )
            a(_F1.pack(o.failed_description_topology_epoch))
            out, a = outer, outer.append
            tags[3] = b"".join(sub_failed_description_topology_epoch)
        write_tags(out, tags)


def _s_StreamsGroupMetadataValue_0(o: StreamsGroupMetadataValue) -> int:
    n = 12
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.validated_topology_epoch != -1:
        outer_n = n
        n = 0
        n += 4
        tags[0] = n
        n = outer_n
    if o.last_assignment_configs is not None:
        outer_n = n
        n = 0
        v_last_assignment_configs = o.last_assignment_configs
        if v_last_assignment_configs is None:
            n += 1
        else:
            n += uvarint_size(len(v_last_assignment_configs) + 1)
            sz_last_assignment_configs = _s_LastAssignmentConfig_0
            for x_last_assignment_configs in v_last_assignment_configs:
                n += sz_last_assignment_configs(x_last_assignment_configs)
        tags[1] = n
        n = outer_n
    if o.stored_description_topology_epoch != -1:
        outer_n = n
        n = 0
        n += 4
        tags[2] = n
        n = outer_n
    if o.failed_description_topology_epoch != -1:
        outer_n = n
        n = 0
        n += 4
        tags[3] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_LastAssignmentConfig_0(buf: memoryview, pos: int) -> tuple[LastAssignmentConfig, int]:
    end = len(buf)
    try:
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
            raise null_not_allowed("LastAssignmentConfig.Key", pos)
        elif n > end - pos:
            raise bad_length("LastAssignmentConfig.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
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
            raise null_not_allowed("LastAssignmentConfig.Value", pos)
        elif n > end - pos:
            raise bad_length("LastAssignmentConfig.Value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LastAssignmentConfig(f_key, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("LastAssignmentConfig v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LastAssignmentConfig v0", pos) from None


def _w_LastAssignmentConfig_0(o: LastAssignmentConfig, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    b = v_value.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LastAssignmentConfig_0(o: LastAssignmentConfig) -> int:
    n = 0
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    k = utf8_len(v_value)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupMetadataValue._READERS = (_r_StreamsGroupMetadataValue_0,)
StreamsGroupMetadataValue._WRITERS = (_w_StreamsGroupMetadataValue_0,)
StreamsGroupMetadataValue._SIZERS = (_s_StreamsGroupMetadataValue_0,)
bind_readers(
    StreamsGroupMetadataValue,
    "streams_group_metadata_value",
    "c9239d351b42cd79",
    (
        LastAssignmentConfig,
        StreamsGroupMetadataValue,
    ),
)
