# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterUserScramCredentialsRequest: Kafka request (key 51), versions 0."""

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
    "ScramCredentialDeletion",
    "ScramCredentialUpsertion",
    "AlterUserScramCredentialsRequest",
]

_F0 = PackStruct(">bi")
_F1 = PackStruct(">b")


class ScramCredentialDeletion(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "mechanism",
            "Mechanism",
            "int8",
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
    name: str = ""
    mechanism: int = 0
    unknown_tags: dict[int, bytes] | None = None


class ScramCredentialUpsertion(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "mechanism",
            "Mechanism",
            "int8",
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
            "iterations",
            "Iterations",
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
            "salt", "Salt", "bytes", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "salted_password",
            "SaltedPassword",
            "bytes",
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
    name: str = ""
    mechanism: int = 0
    iterations: int = 0
    salt: bytes = b""
    salted_password: bytes = b""
    unknown_tags: dict[int, bytes] | None = None


class AlterUserScramCredentialsRequest(_Message):
    NAME: ClassVar[str] = "AlterUserScramCredentialsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 51
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "deletions",
            "Deletions",
            "ScramCredentialDeletion",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ScramCredentialDeletion,
            False,
        ),
        FieldInfo(
            "upsertions",
            "Upsertions",
            "ScramCredentialUpsertion",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ScramCredentialUpsertion,
            False,
        ),
    )
    deletions: Sequence[ScramCredentialDeletion] = ()
    upsertions: Sequence[ScramCredentialUpsertion] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterUserScramCredentialsRequest_0(
    buf: memoryview, pos: int
) -> tuple[AlterUserScramCredentialsRequest, int]:
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
            raise null_not_allowed("AlterUserScramCredentialsRequest.Deletions", pos)
        elif n > end - pos:
            raise bad_length("AlterUserScramCredentialsRequest.Deletions", n, pos, end - pos)
        else:
            items_deletions: list[ScramCredentialDeletion] = []
            append_deletions = items_deletions.append
            for _ in range(n):
                x_deletions, pos = _r_ScramCredentialDeletion_0(buf, pos)
                append_deletions(x_deletions)
            f_deletions: tuple[ScramCredentialDeletion, ...] = tuple(items_deletions)
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
            raise null_not_allowed("AlterUserScramCredentialsRequest.Upsertions", pos)
        elif n > end - pos:
            raise bad_length("AlterUserScramCredentialsRequest.Upsertions", n, pos, end - pos)
        else:
            items_upsertions: list[ScramCredentialUpsertion] = []
            append_upsertions = items_upsertions.append
            for _ in range(n):
                x_upsertions, pos = _r_ScramCredentialUpsertion_0(buf, pos)
                append_upsertions(x_upsertions)
            f_upsertions: tuple[ScramCredentialUpsertion, ...] = tuple(items_upsertions)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterUserScramCredentialsRequest(f_deletions, f_upsertions, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterUserScramCredentialsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterUserScramCredentialsRequest v0", pos) from None


def _w_AlterUserScramCredentialsRequest_0(
    o: AlterUserScramCredentialsRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_deletions = o.deletions
    n = len(v_deletions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_deletions = _w_ScramCredentialDeletion_0
    for x_deletions in v_deletions:
        w_deletions(x_deletions, out)
    v_upsertions = o.upsertions
    n = len(v_upsertions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_upsertions = _w_ScramCredentialUpsertion_0
    for x_upsertions in v_upsertions:
        w_upsertions(x_upsertions, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterUserScramCredentialsRequest_0(o: AlterUserScramCredentialsRequest) -> int:
    n = 0
    v_deletions = o.deletions
    n += uvarint_size(len(v_deletions) + 1)
    sz_deletions = _s_ScramCredentialDeletion_0
    for x_deletions in v_deletions:
        n += sz_deletions(x_deletions)
    v_upsertions = o.upsertions
    n += uvarint_size(len(v_upsertions) + 1)
    sz_upsertions = _s_ScramCredentialUpsertion_0
    for x_upsertions in v_upsertions:
        n += sz_upsertions(x_upsertions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ScramCredentialUpsertion_0(
    buf: memoryview, pos: int
) -> tuple[ScramCredentialUpsertion, int]:
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
            raise null_not_allowed("ScramCredentialUpsertion.Name", pos)
        elif n > end - pos:
            raise bad_length("ScramCredentialUpsertion.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_mechanism,
            f_iterations,
        ) = _F0.unpack_from(buf, pos)
        pos += 5
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
            raise null_not_allowed("ScramCredentialUpsertion.Salt", pos)
        elif n > end - pos:
            raise bad_length("ScramCredentialUpsertion.Salt", n, pos, end - pos)
        else:
            f_salt = bytes(buf[pos : pos + n])
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
            raise null_not_allowed("ScramCredentialUpsertion.SaltedPassword", pos)
        elif n > end - pos:
            raise bad_length("ScramCredentialUpsertion.SaltedPassword", n, pos, end - pos)
        else:
            f_salted_password = bytes(buf[pos : pos + n])
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ScramCredentialUpsertion(
                f_name, f_mechanism, f_iterations, f_salt, f_salted_password, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ScramCredentialUpsertion v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ScramCredentialUpsertion v0", pos) from None


def _w_ScramCredentialUpsertion_0(o: ScramCredentialUpsertion, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.mechanism, o.iterations))
    v_salt = o.salt
    n = len(v_salt) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_salt if type(v_salt) is bytes else memoryview(v_salt))
    v_salted_password = o.salted_password
    n = len(v_salted_password) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_salted_password if type(v_salted_password) is bytes else memoryview(v_salted_password))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ScramCredentialUpsertion_0(o: ScramCredentialUpsertion) -> int:
    n = 5
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_salt = o.salt
    n += uvarint_size(len(v_salt) + 1)
    n += len(v_salt)
    v_salted_password = o.salted_password
    n += uvarint_size(len(v_salted_password) + 1)
    n += len(v_salted_password)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ScramCredentialDeletion_0(buf: memoryview, pos: int) -> tuple[ScramCredentialDeletion, int]:
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
            raise null_not_allowed("ScramCredentialDeletion.Name", pos)
        elif n > end - pos:
            raise bad_length("ScramCredentialDeletion.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_mechanism,) = _F1.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ScramCredentialDeletion(f_name, f_mechanism, tags), pos
    except (StructError, IndexError):
        raise truncated("ScramCredentialDeletion v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ScramCredentialDeletion v0", pos) from None


def _w_ScramCredentialDeletion_0(o: ScramCredentialDeletion, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.mechanism))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ScramCredentialDeletion_0(o: ScramCredentialDeletion) -> int:
    n = 1
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterUserScramCredentialsRequest._READERS = (_r_AlterUserScramCredentialsRequest_0,)
AlterUserScramCredentialsRequest._WRITERS = (_w_AlterUserScramCredentialsRequest_0,)
AlterUserScramCredentialsRequest._SIZERS = (_s_AlterUserScramCredentialsRequest_0,)
bind_readers(
    AlterUserScramCredentialsRequest,
    "alter_user_scram_credentials_request",
    "5739d5c49d6f6d84",
    (
        ScramCredentialDeletion,
        ScramCredentialUpsertion,
        AlterUserScramCredentialsRequest,
    ),
)
