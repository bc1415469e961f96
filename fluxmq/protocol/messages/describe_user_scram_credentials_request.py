# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeUserScramCredentialsRequest: Kafka request (key 50), versions 0."""

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
    "UserName",
    "DescribeUserScramCredentialsRequest",
]


class UserName(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    name: str = ""
    unknown_tags: dict[int, bytes] | None = None


class DescribeUserScramCredentialsRequest(_Message):
    NAME: ClassVar[str] = "DescribeUserScramCredentialsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "users",
            "Users",
            "UserName",
            True,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            UserName,
            False,
        ),
    )
    users: Sequence[UserName] | None = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeUserScramCredentialsRequest_0(
    buf: memoryview, pos: int
) -> tuple[DescribeUserScramCredentialsRequest, int]:
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
            f_users: tuple[UserName, ...] | None = None
        elif n > end - pos:
            raise bad_length("DescribeUserScramCredentialsRequest.Users", n, pos, end - pos)
        else:
            items_users: list[UserName] = []
            append_users = items_users.append
            for _ in range(n):
                x_users, pos = _r_UserName_0(buf, pos)
                append_users(x_users)
            f_users = tuple(items_users)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeUserScramCredentialsRequest(f_users, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeUserScramCredentialsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeUserScramCredentialsRequest v0", pos) from None


def _w_DescribeUserScramCredentialsRequest_0(
    o: DescribeUserScramCredentialsRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_users = o.users
    if v_users is None:
        a(b"\x00")
    else:
        n = len(v_users) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        w_users = _w_UserName_0
        for x_users in v_users:
            w_users(x_users, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeUserScramCredentialsRequest_0(o: DescribeUserScramCredentialsRequest) -> int:
    n = 0
    v_users = o.users
    if v_users is None:
        n += 1
    else:
        n += uvarint_size(len(v_users) + 1)
        sz_users = _s_UserName_0
        for x_users in v_users:
            n += sz_users(x_users)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_UserName_0(buf: memoryview, pos: int) -> tuple[UserName, int]:
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
            raise null_not_allowed("UserName.Name", pos)
        elif n > end - pos:
            raise bad_length("UserName.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UserName(f_name, tags), pos
    except (StructError, IndexError):
        raise truncated("UserName v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UserName v0", pos) from None


def _w_UserName_0(o: UserName, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UserName_0(o: UserName) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeUserScramCredentialsRequest._READERS = (_r_DescribeUserScramCredentialsRequest_0,)
DescribeUserScramCredentialsRequest._WRITERS = (_w_DescribeUserScramCredentialsRequest_0,)
DescribeUserScramCredentialsRequest._SIZERS = (_s_DescribeUserScramCredentialsRequest_0,)
bind_readers(
    DescribeUserScramCredentialsRequest,
    "describe_user_scram_credentials_request",
    "513962c6391fcfa7",
    (
        UserName,
        DescribeUserScramCredentialsRequest,
    ),
)
