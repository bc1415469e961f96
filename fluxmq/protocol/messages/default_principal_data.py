# generated from Kafka 4.4.0 by codegen — do not edit
"""DefaultPrincipalData: Kafka data, versions 0."""

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
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "DefaultPrincipalData",
]

_F0 = PackStruct(">?")


class DefaultPrincipalData(_Message):
    NAME: ClassVar[str] = "DefaultPrincipalData"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "type", "Type", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "token_authenticated",
            "TokenAuthenticated",
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
    type: str = ""
    name: str = ""
    token_authenticated: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_DefaultPrincipalData_0(buf: memoryview, pos: int) -> tuple[DefaultPrincipalData, int]:
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
            raise null_not_allowed("DefaultPrincipalData.Type", pos)
        elif n > end - pos:
            raise bad_length("DefaultPrincipalData.Type", n, pos, end - pos)
        else:
            f_type = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("DefaultPrincipalData.Name", pos)
        elif n > end - pos:
            raise bad_length("DefaultPrincipalData.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_token_authenticated,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DefaultPrincipalData(f_type, f_name, f_token_authenticated, tags), pos
    except (StructError, IndexError):
        raise truncated("DefaultPrincipalData v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DefaultPrincipalData v0", pos) from None


def _w_DefaultPrincipalData_0(o: DefaultPrincipalData, out: list[Buffer]) -> None:
    a = out.append
    v_type = o.type
    b = v_type.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.token_authenticated))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DefaultPrincipalData_0(o: DefaultPrincipalData) -> int:
    n = 1
    v_type = o.type
    k = utf8_len(v_type)
    n += uvarint_size(k + 1)
    n += k
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DefaultPrincipalData._READERS = (_r_DefaultPrincipalData_0,)
DefaultPrincipalData._WRITERS = (_w_DefaultPrincipalData_0,)
DefaultPrincipalData._SIZERS = (_s_DefaultPrincipalData_0,)
bind_readers(
    DefaultPrincipalData, "default_principal_data", "5503e173ece12a08", (DefaultPrincipalData,)
)
