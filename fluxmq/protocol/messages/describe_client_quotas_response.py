# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeClientQuotasResponse: Kafka response (key 48), versions 0-1."""

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
    "ValueData",
    "EntryData",
    "DescribeClientQuotasResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">d")


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


class ValueData(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "Key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "Value", "float64", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: float = 0.0
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
            "values",
            "Values",
            "ValueData",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ValueData,
            False,
        ),
    )
    entity: Sequence[EntityData] = ()
    values: Sequence[ValueData] = ()
    unknown_tags: dict[int, bytes] | None = None


class DescribeClientQuotasResponse(_Message):
    NAME: ClassVar[str] = "DescribeClientQuotasResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 48
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
            "entries",
            "Entries",
            "EntryData",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            EntryData,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    entries: Sequence[EntryData] | None = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeClientQuotasResponse_0(
    buf: memoryview, pos: int
) -> tuple[DescribeClientQuotasResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("DescribeClientQuotasResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            f_entries: tuple[EntryData, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeClientQuotasResponse.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_0(buf, pos)
                append_entries(x_entries)
            f_entries = tuple(items_entries)
        return (
            DescribeClientQuotasResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_entries, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClientQuotasResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClientQuotasResponse v0", pos) from None


def _w_DescribeClientQuotasResponse_0(o: DescribeClientQuotasResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)
    v_entries = o.entries
    if v_entries is None:
        a(b"\xff\xff\xff\xff")
    else:
        a(INT32.pack(len(v_entries)))
        w_entries = _w_EntryData_0
        for x_entries in v_entries:
            w_entries(x_entries, out)


def _s_DescribeClientQuotasResponse_0(o: DescribeClientQuotasResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    v_entries = o.entries
    if v_entries is None:
        n += 4
    else:
        n += 4
        sz_entries = _s_EntryData_0
        for x_entries in v_entries:
            n += sz_entries(x_entries)
    return n


def _r_DescribeClientQuotasResponse_1(
    buf: memoryview, pos: int
) -> tuple[DescribeClientQuotasResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F0.unpack_from(buf, pos)
        pos += 6
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
            raise bad_length("DescribeClientQuotasResponse.ErrorMessage", n, pos, end - pos)
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
            f_entries: tuple[EntryData, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeClientQuotasResponse.Entries", n, pos, end - pos)
        else:
            items_entries: list[EntryData] = []
            append_entries = items_entries.append
            for _ in range(n):
                x_entries, pos = _r_EntryData_1(buf, pos)
                append_entries(x_entries)
            f_entries = tuple(items_entries)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClientQuotasResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_entries, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClientQuotasResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClientQuotasResponse v1", pos) from None


def _w_DescribeClientQuotasResponse_1(o: DescribeClientQuotasResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\x00")
    else:
        b = v_error_message.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_entries = o.entries
    if v_entries is None:
        a(b"\x00")
    else:
        n = len(v_entries) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_entries = _w_EntryData_1
        for x_entries in v_entries:
            w_entries(x_entries, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClientQuotasResponse_1(o: DescribeClientQuotasResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_entries = o.entries
    if v_entries is None:
        n += 1
    else:
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
            raise null_not_allowed("EntryData.Values", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Values", n, pos, end - pos)
        else:
            items_values: list[ValueData] = []
            append_values = items_values.append
            for _ in range(n):
                x_values, pos = _r_ValueData_0(buf, pos)
                append_values(x_values)
            f_values: tuple[ValueData, ...] = tuple(items_values)
        return EntryData(f_entity, f_values, None), pos
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
    v_values = o.values
    a(INT32.pack(len(v_values)))
    w_values = _w_ValueData_0
    for x_values in v_values:
        w_values(x_values, out)


def _s_EntryData_0(o: EntryData) -> int:
    n = 0
    v_entity = o.entity
    n += 4
    sz_entity = _s_EntityData_0
    for x_entity in v_entity:
        n += sz_entity(x_entity)
    v_values = o.values
    n += 4
    sz_values = _s_ValueData_0
    for x_values in v_values:
        n += sz_values(x_values)
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
            raise null_not_allowed("EntryData.Values", pos)
        elif n > end - pos:
            raise bad_length("EntryData.Values", n, pos, end - pos)
        else:
            items_values: list[ValueData] = []
            append_values = items_values.append
            for _ in range(n):
                x_values, pos = _r_ValueData_1(buf, pos)
                append_values(x_values)
            f_values: tuple[ValueData, ...] = tuple(items_values)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return EntryData(f_entity, f_values, tags), pos
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
    v_values = o.values
    n = len(v_values) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_values = _w_ValueData_1
    for x_values in v_values:
        w_values(x_values, out)
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
    v_values = o.values
    n += uvarint_size(len(v_values) + 1)
    sz_values = _s_ValueData_1
    for x_values in v_values:
        n += sz_values(x_values)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ValueData_0(buf: memoryview, pos: int) -> tuple[ValueData, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ValueData.Key", pos)
        elif n > end - pos:
            raise bad_length("ValueData.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_value,) = _F1.unpack_from(buf, pos)
        pos += 8
        return ValueData(f_key, f_value, None), pos
    except (StructError, IndexError):
        raise truncated("ValueData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ValueData v0", pos) from None


def _w_ValueData_0(o: ValueData, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    a(_F1.pack(o.value))


def _s_ValueData_0(o: ValueData) -> int:
    n = 8
    v_key = o.key
    k = utf8_len(v_key)
    n += 2
    n += k
    return n


def _r_ValueData_1(buf: memoryview, pos: int) -> tuple[ValueData, int]:
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
            raise null_not_allowed("ValueData.Key", pos)
        elif n > end - pos:
            raise bad_length("ValueData.Key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_value,) = _F1.unpack_from(buf, pos)
        pos += 8
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ValueData(f_key, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("ValueData v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ValueData v1", pos) from None


def _w_ValueData_1(o: ValueData, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.value))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ValueData_1(o: ValueData) -> int:
    n = 8
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


DescribeClientQuotasResponse._READERS = (
    _r_DescribeClientQuotasResponse_0,
    _r_DescribeClientQuotasResponse_1,
)
DescribeClientQuotasResponse._WRITERS = (
    _w_DescribeClientQuotasResponse_0,
    _w_DescribeClientQuotasResponse_1,
)
DescribeClientQuotasResponse._SIZERS = (
    _s_DescribeClientQuotasResponse_0,
    _s_DescribeClientQuotasResponse_1,
)
bind_readers(
    DescribeClientQuotasResponse,
    "describe_client_quotas_response",
    "557744f243033792",
    (
        EntityData,
        ValueData,
        EntryData,
        DescribeClientQuotasResponse,
    ),
)
