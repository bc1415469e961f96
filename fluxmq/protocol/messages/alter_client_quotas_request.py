# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterClientQuotasRequest: Kafka request (key 49), versions 0-1."""

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
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "EntityData",
    "OpData",
    "EntryData",
    "AlterClientQuotasRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">d?")


class EntityData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "entity_type",
            "EntityType",
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
            "entity_name",
            "EntityName",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    entity_type: str = ""
    entity_name: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class OpData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "Value", "float64", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "remove", "Remove", "bool", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: float = 0.0
    remove: bool = False
    unknown_tags: dict[int, bytes] | None = None


class EntryData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "entity",
            "Entity",
            "EntityData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            EntityData,
            False,
        ),
        FieldInfo(
            "ops", "Ops", "OpData", True, (0, 32767), (1, 0), None, (1, 0), False, OpData, False
        ),
    )
    entity: Sequence[EntityData] = ()
    ops: Sequence[OpData] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterClientQuotasRequest(_Message):
    NAME: ClassVar[str] = "AlterClientQuotasRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 49
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "entries",
            "Entries",
            "EntryData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            EntryData,
            False,
        ),
        FieldInfo(
            "validate_only",
            "ValidateOnly",
            "bool",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    entries: Sequence[EntryData] = ()
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterClientQuotasRequest_0(
    buf: memoryview, pos: int
) -> tuple[AlterClientQuotasRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterClientQuotasRequest.Entries", pos)
        elif n > end - pos:
            raise bad_length("AlterClientQuotasRequest.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_0(buf, pos)
                append_entries(x_entries)
            f_entries: tuple[EntryData, ...] = tuple(items_entries)
        (f_validate_only,) = _F0.unpack_from(buf, pos)
        pos += 1
        return AlterClientQuotasRequest(f_entries, f_validate_only, None), pos
    except (StructError, IndexError):
        raise truncated("AlterClientQuotasRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterClientQuotasRequest v0", pos) from None


def _w_AlterClientQuotasRequest_0(o: AlterClientQuotasRequest, out: list[Buffer]) -> None:
    a = out.append
    v_entries = o.entries
    a(INT32.pack(len(v_entries)))
    w_entries = _w_EntryData_0
    for x_entries in v_entries:
        w_entries(x_entries, out)
    a(_F0.pack(o.validate_only))


def _s_AlterClientQuotasRequest_0(o: AlterClientQuotasRequest) -> int:
    n = 1
    v_entries = o.entries
    n += 4
    sz_entries = _s_EntryData_0
    for x_entries in v_entries:
        n += sz_entries(x_entries)
    return n


def _r_AlterClientQuotasRequest_1(
    buf: memoryview, pos: int
) -> tuple[AlterClientQuotasRequest, int]:
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
            raise null_not_allowed("AlterClientQuotasRequest.Entries", pos)
        elif n > end - pos:
            raise bad_length("AlterClientQuotasRequest.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_1(buf, pos)
                append_entries(x_entries)
            f_entries: tuple[EntryData, ...] = tuple(items_entries)
        (f_validate_only,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterClientQuotasRequest(f_entries, f_validate_only, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterClientQuotasRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterClientQuotasRequest v1", pos) from None


def _w_AlterClientQuotasRequest_1(o: AlterClientQuotasRequest, out: list[Buffer]) -> None:
    a = out.append
    v_entries = o.entries
    n = len(v_entries) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_entries = _w_EntryData_1
    for x_entries in v_entries:
        w_entries(x_entries, out)
    a(_F0.pack(o.validate_only))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterClientQuotasRequest_1(o: AlterClientQuotasRequest) -> int:
    n = 1
    v_entries = o.entries
    n += uvarint_size(len(v_entries) + 1)
    sz_entries = _s_EntryData_1
    for x_entries in v_entries:
        n += sz_entries(x_entries)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_EntryData_0(buf: memoryview, pos: int) -> tuple[EntryData, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("EntryData.Entity", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Entity", n, pos, end - pos)
        else:
            items_entity: list[EntityData] = []
            append_entity = items_entity.append
            for _ in range(n):
                x_entity, pos = _r_EntityData_0(buf, pos)
                append_entity(x_entity)
            f_entity: tuple[EntityData, ...] = tuple(items_entity)
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("EntryData.Ops", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Ops", n, pos, end - pos)
        else:
            items_ops: list[OpData] = []
            append_ops = items_ops.append
            for _ in range(n):
                x_ops, pos = _r_OpData_0(buf, pos)
                append_ops(x_ops)
            f_ops: tuple[OpData, ...] = tuple(items_ops)
        return EntryData(f_entity, f_ops, None), pos
    except (StructError, IndexError):
        raise truncated("EntryData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntryData v0", pos) from None


def _w_EntryData_0(o: EntryData, out: list[Buffer]) -> None:
    a = out.append
    v_entity = o.entity
    a(INT32.pack(len(v_entity)))
    w_entity = _w_EntityData_0
    for x_entity in v_entity:
        w_entity(x_entity, out)
    v_ops = o.ops
    a(INT32.pack(len(v_ops)))
    w_ops = _w_OpData_0
    for x_ops in v_ops:
        w_ops(x_ops, out)


def _s_EntryData_0(o: EntryData) -> int:
    n = 0
    v_entity = o.entity
    n += 4
    sz_entity = _s_EntityData_0
    for x_entity in v_entity:
        n += sz_entity(x_entity)
    v_ops = o.ops
    n += 4
    sz_ops = _s_OpData_0
    for x_ops in v_ops:
        n += sz_ops(x_ops)
    return n


def _r_EntryData_1(buf: memoryview, pos: int) -> tuple[EntryData, int]:
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
            raise null_not_allowed("EntryData.Entity", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Entity", n, pos, end - pos)
        else:
            items_entity: list[EntityData] = []
            append_entity = items_entity.append
            for _ in range(n):
                x_entity, pos = _r_EntityData_1(buf, pos)
                append_entity(x_entity)
            f_entity: tuple[EntityData, ...] = tuple(items_entity)
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
            raise null_not_allowed("EntryData.Ops", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Ops", n, pos, end - pos)
        else:
            items_ops: list[OpData] = []
            append_ops = items_ops.append
            for _ in range(n):
                x_ops, pos = _r_OpData_1(buf, pos)
                append_ops(x_ops)
            f_ops: tuple[OpData, ...] = tuple(items_ops)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EntryData(f_entity, f_ops, tags), pos
    except (StructError, IndexError):
        raise truncated("EntryData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntryData v1", pos) from None


def _w_EntryData_1(o: EntryData, out: list[Buffer]) -> None:
    a = out.append
    v_entity = o.entity
    n = len(v_entity) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_entity = _w_EntityData_1
    for x_entity in v_entity:
        w_entity(x_entity, out)
    v_ops = o.ops
    n = len(v_ops) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_ops = _w_OpData_1
    for x_ops in v_ops:
        w_ops(x_ops, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EntryData_1(o: EntryData) -> int:
    n = 0
    v_entity = o.entity
    n += uvarint_size(len(v_entity) + 1)
    sz_entity = _s_EntityData_1
    for x_entity in v_entity:
        n += sz_entity(x_entity)
    v_ops = o.ops
    n += uvarint_size(len(v_ops) + 1)
    sz_ops = _s_OpData_1
    for x_ops in v_ops:
        n += sz_ops(x_ops)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_OpData_0(buf: memoryview, pos: int) -> tuple[OpData, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("OpData.Key", pos)
        elif n > end - pos:
            raise bad_length("OpData.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_value,
            f_remove,
        ) = _F1.unpack_from(buf, pos)
        pos += 9
        return OpData(f_key, f_value, f_remove, None), pos
    except (StructError, IndexError):
        raise truncated("OpData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OpData v0", pos) from None


def _w_OpData_0(o: OpData, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.value, o.remove))


def _s_OpData_0(o: OpData) -> int:
    n = 9
    v_key = o.key
    k = utf8_len(v_key)
    n += 2
    n += k
    return n


def _r_OpData_1(buf: memoryview, pos: int) -> tuple[OpData, int]:
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
            raise null_not_allowed("OpData.Key", pos)
        elif n > end - pos:
            raise bad_length("OpData.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_value,
            f_remove,
        ) = _F1.unpack_from(buf, pos)
        pos += 9
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return OpData(f_key, f_value, f_remove, tags), pos
    except (StructError, IndexError):
        raise truncated("OpData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("OpData v1", pos) from None


def _w_OpData_1(o: OpData, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.value, o.remove))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_OpData_1(o: OpData) -> int:
    n = 9
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_EntityData_0(buf: memoryview, pos: int) -> tuple[EntityData, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("EntityData.EntityType", pos)
        elif n > end - pos:
            raise bad_length("EntityData.EntityType", n, pos, end - pos)
        else:
            f_entity_type = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_entity_name: str | None = None
        elif n > end - pos:
            raise bad_length("EntityData.EntityName", n, pos, end - pos)
        else:
            f_entity_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        return EntityData(f_entity_type, f_entity_name, None), pos
    except (StructError, IndexError):
        raise truncated("EntityData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntityData v0", pos) from None


def _w_EntityData_0(o: EntityData, out: list[Buffer]) -> None:
    a = out.append
    v_entity_type = o.entity_type
    b = v_entity_type.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_entity_name = o.entity_name
    if v_entity_name is None:
        a(b"\xff\xff")
    else:
        b = v_entity_name.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_EntityData_0(o: EntityData) -> int:
    n = 0
    v_entity_type = o.entity_type
    k = utf8_len(v_entity_type)
    n += 2
    n += k
    v_entity_name = o.entity_name
    if v_entity_name is None:
        n += 2
    else:
        k = utf8_len(v_entity_name)
        n += 2
        n += k
    return n


def _r_EntityData_1(buf: memoryview, pos: int) -> tuple[EntityData, int]:
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
            raise null_not_allowed("EntityData.EntityType", pos)
        elif n > end - pos:
            raise bad_length("EntityData.EntityType", n, pos, end - pos)
        else:
            f_entity_type = str(buf[pos : pos + n], "utf-8")
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
            f_entity_name: str | None = None
        elif n > end - pos:
            raise bad_length("EntityData.EntityName", n, pos, end - pos)
        else:
            f_entity_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EntityData(f_entity_type, f_entity_name, tags), pos
    except (StructError, IndexError):
        raise truncated("EntityData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntityData v1", pos) from None


def _w_EntityData_1(o: EntityData, out: list[Buffer]) -> None:
    a = out.append
    v_entity_type = o.entity_type
    b = v_entity_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_entity_name = o.entity_name
    if v_entity_name is None:
        a(b"\x00")
    else:
        b = v_entity_name.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EntityData_1(o: EntityData) -> int:
    n = 0
    v_entity_type = o.entity_type
    k = utf8_len(v_entity_type)
    n += uvarint_size(k + 1)
    n += k
    v_entity_name = o.entity_name
    if v_entity_name is None:
        n += 1
    else:
        k = utf8_len(v_entity_name)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterClientQuotasRequest._READERS = (
    _r_AlterClientQuotasRequest_0,
    _r_AlterClientQuotasRequest_1,
)
AlterClientQuotasRequest._WRITERS = (
    _w_AlterClientQuotasRequest_0,
    _w_AlterClientQuotasRequest_1,
)
AlterClientQuotasRequest._SIZERS = (
    _s_AlterClientQuotasRequest_0,
    _s_AlterClientQuotasRequest_1,
)
bind_readers(
    AlterClientQuotasRequest,
    "alter_client_quotas_request",
    "afd342ae9f28aa71",
    (
        EntityData,
        OpData,
        EntryData,
        AlterClientQuotasRequest,
    ),
)
