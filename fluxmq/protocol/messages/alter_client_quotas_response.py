# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterClientQuotasResponse: Kafka response (key 49), versions 0-1."""

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
    "EntryData",
    "AlterClientQuotasResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">h")


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


class EntryData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "error_code",
            "ErrorCode",
            "int16",
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
            "error_message",
            "ErrorMessage",
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
    )
    error_code: int = 0
    error_message: str | None = ""
    entity: Sequence[EntityData] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterClientQuotasResponse(_Message):
    NAME: ClassVar[str] = "AlterClientQuotasResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 49
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 1
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
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
    )
    throttle_time_ms: int = 0
    entries: Sequence[EntryData] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterClientQuotasResponse_0(
    buf: memoryview, pos: int
) -> tuple[AlterClientQuotasResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterClientQuotasResponse.Entries", pos)
        elif n > end - pos:
            raise bad_length("AlterClientQuotasResponse.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_0(buf, pos)
                append_entries(x_entries)
            f_entries: tuple[EntryData, ...] = tuple(items_entries)
        return AlterClientQuotasResponse(f_throttle_time_ms, f_entries, None), pos
    except (StructError, IndexError):
        raise truncated("AlterClientQuotasResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterClientQuotasResponse v0", pos) from None


def _w_AlterClientQuotasResponse_0(o: AlterClientQuotasResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_entries = o.entries
    a(INT32.pack(len(v_entries)))
    w_entries = _w_EntryData_0
    for x_entries in v_entries:
        w_entries(x_entries, out)


def _s_AlterClientQuotasResponse_0(o: AlterClientQuotasResponse) -> int:
    n = 4
    v_entries = o.entries
    n += 4
    sz_entries = _s_EntryData_0
    for x_entries in v_entries:
        n += sz_entries(x_entries)
    return n


def _r_AlterClientQuotasResponse_1(
    buf: memoryview, pos: int
) -> tuple[AlterClientQuotasResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("AlterClientQuotasResponse.Entries", pos)
        elif n > end - pos:
            raise bad_length("AlterClientQuotasResponse.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_1(buf, pos)
                append_entries(x_entries)
            f_entries: tuple[EntryData, ...] = tuple(items_entries)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterClientQuotasResponse(f_throttle_time_ms, f_entries, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterClientQuotasResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterClientQuotasResponse v1", pos) from None


def _w_AlterClientQuotasResponse_1(o: AlterClientQuotasResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms))
    v_entries = o.entries
    n = len(v_entries) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_entries = _w_EntryData_1
    for x_entries in v_entries:
        w_entries(x_entries, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterClientQuotasResponse_1(o: AlterClientQuotasResponse) -> int:
    n = 4
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
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("EntryData.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
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
        return EntryData(f_error_code, f_error_message, f_entity, None), pos
    except (StructError, IndexError):
        raise truncated("EntryData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntryData v0", pos) from None


def _w_EntryData_0(o: EntryData, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_entity = o.entity
    a(INT32.pack(len(v_entity)))
    w_entity = _w_EntityData_0
    for x_entity in v_entity:
        w_entity(x_entity, out)


def _s_EntryData_0(o: EntryData) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_entity = o.entity
    n += 4
    sz_entity = _s_EntityData_0
    for x_entity in v_entity:
        n += sz_entity(x_entity)
    return n


def _r_EntryData_1(buf: memoryview, pos: int) -> tuple[EntryData, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F1.unpack_from(buf, pos)
        pos += 2
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("EntryData.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EntryData(f_error_code, f_error_message, f_entity, tags), pos
    except (StructError, IndexError):
        raise truncated("EntryData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("EntryData v1", pos) from None


def _w_EntryData_1(o: EntryData, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_entity = o.entity
    n = len(v_entity) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_entity = _w_EntityData_1
    for x_entity in v_entity:
        w_entity(x_entity, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_EntryData_1(o: EntryData) -> int:
    n = 2
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_entity = o.entity
    n += uvarint_size(len(v_entity) + 1)
    sz_entity = _s_EntityData_1
    for x_entity in v_entity:
        n += sz_entity(x_entity)
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


AlterClientQuotasResponse._READERS = (
    _r_AlterClientQuotasResponse_0,
    _r_AlterClientQuotasResponse_1,
)
AlterClientQuotasResponse._WRITERS = (
    _w_AlterClientQuotasResponse_0,
    _w_AlterClientQuotasResponse_1,
)
AlterClientQuotasResponse._SIZERS = (
    _s_AlterClientQuotasResponse_0,
    _s_AlterClientQuotasResponse_1,
)
bind_readers(
    AlterClientQuotasResponse,
    "alter_client_quotas_response",
    "51d87973316fc15b",
    (
        EntityData,
        EntryData,
        AlterClientQuotasResponse,
    ),
)
