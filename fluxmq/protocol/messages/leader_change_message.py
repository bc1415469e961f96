# generated from Kafka 4.4.0 by codegen — do not edit
"""LeaderChangeMessage: Kafka data, versions 0-1."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    not_in_version,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import (
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "Voter",
    "LeaderChangeMessage",
]

_F0 = PackStruct(">hi")
_F1 = PackStruct(">i")
_F2 = PackStruct(">i16s")


class Voter(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "voter_id",
            "VoterId",
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
            "voter_directory_id",
            "VoterDirectoryId",
            "uuid",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    voter_id: int = 0
    voter_directory_id: UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


class LeaderChangeMessage(_Message):
    NAME: ClassVar[str] = "LeaderChangeMessage"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "version",
            "Version",
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
            "leader_id",
            "LeaderId",
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
            "voters", "Voters", "Voter", True, (0, 32767), (1, 0), None, (1, 0), False, Voter, False
        ),
        FieldInfo(
            "granting_voters",
            "GrantingVoters",
            "Voter",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Voter,
            False,
        ),
    )
    version: int = 0
    leader_id: int = 0
    voters: Sequence[Voter] = ()
    granting_voters: Sequence[Voter] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_LeaderChangeMessage_0(buf: memoryview, pos: int) -> tuple[LeaderChangeMessage, int]:
    end = len(buf)
    try:
        (
            f_version,
            f_leader_id,
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
            raise null_not_allowed("LeaderChangeMessage.Voters", pos)
        elif n > end - pos:
            raise bad_length("LeaderChangeMessage.Voters", n, pos, end - pos)
        else:
            items_voters: list[Voter] = []
            append_voters = items_voters.append
            for _ in range(n):
                x_voters, pos = _r_Voter_0(buf, pos)
                append_voters(x_voters)
            f_voters: tuple[Voter, ...] = tuple(items_voters)
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
            raise null_not_allowed("LeaderChangeMessage.GrantingVoters", pos)
        elif n > end - pos:
            raise bad_length("LeaderChangeMessage.GrantingVoters", n, pos, end - pos)
        else:
            items_granting_voters: list[Voter] = []
            append_granting_voters = items_granting_voters.append
            for _ in range(n):
                x_granting_voters, pos = _r_Voter_0(buf, pos)
                append_granting_voters(x_granting_voters)
            f_granting_voters: tuple[Voter, ...] = tuple(items_granting_voters)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaderChangeMessage(f_version, f_leader_id, f_voters, f_granting_voters, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaderChangeMessage v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaderChangeMessage v0", pos) from None


def _w_LeaderChangeMessage_0(o: LeaderChangeMessage, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.version, o.leader_id))
    v_voters = o.voters
    n = len(v_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_voters = _w_Voter_0
    for x_voters in v_voters:
        w_voters(x_voters, out)
    v_granting_voters = o.granting_voters
    n = len(v_granting_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_granting_voters = _w_Voter_0
    for x_granting_voters in v_granting_voters:
        w_granting_voters(x_granting_voters, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaderChangeMessage_0(o: LeaderChangeMessage) -> int:
    n = 6
    v_voters = o.voters
    n += uvarint_size(len(v_voters) + 1)
    sz_voters = _s_Voter_0
    for x_voters in v_voters:
        n += sz_voters(x_voters)
    v_granting_voters = o.granting_voters
    n += uvarint_size(len(v_granting_voters) + 1)
    sz_granting_voters = _s_Voter_0
    for x_granting_voters in v_granting_voters:
        n += sz_granting_voters(x_granting_voters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_LeaderChangeMessage_1(buf: memoryview, pos: int) -> tuple[LeaderChangeMessage, int]:
    end = len(buf)
    try:
        (
            f_version,
            f_leader_id,
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
            raise null_not_allowed("LeaderChangeMessage.Voters", pos)
        elif n > end - pos:
            raise bad_length("LeaderChangeMessage.Voters", n, pos, end - pos)
        else:
            items_voters: list[Voter] = []
            append_voters = items_voters.append
            for _ in range(n):
                x_voters, pos = _r_Voter_1(buf, pos)
                append_voters(x_voters)
            f_voters: tuple[Voter, ...] = tuple(items_voters)
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
            raise null_not_allowed("LeaderChangeMessage.GrantingVoters", pos)
        elif n > end - pos:
            raise bad_length("LeaderChangeMessage.GrantingVoters", n, pos, end - pos)
        else:
            items_granting_voters: list[Voter] = []
            append_granting_voters = items_granting_voters.append
            for _ in range(n):
                x_granting_voters, pos = _r_Voter_1(buf, pos)
                append_granting_voters(x_granting_voters)
            f_granting_voters: tuple[Voter, ...] = tuple(items_granting_voters)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return LeaderChangeMessage(f_version, f_leader_id, f_voters, f_granting_voters, tags), pos
    except (StructError, IndexError):
        raise truncated("LeaderChangeMessage v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("LeaderChangeMessage v1", pos) from None


def _w_LeaderChangeMessage_1(o: LeaderChangeMessage, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.version, o.leader_id))
    v_voters = o.voters
    n = len(v_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_voters = _w_Voter_1
    for x_voters in v_voters:
        w_voters(x_voters, out)
    v_granting_voters = o.granting_voters
    n = len(v_granting_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_granting_voters = _w_Voter_1
    for x_granting_voters in v_granting_voters:
        w_granting_voters(x_granting_voters, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_LeaderChangeMessage_1(o: LeaderChangeMessage) -> int:
    n = 6
    v_voters = o.voters
    n += uvarint_size(len(v_voters) + 1)
    sz_voters = _s_Voter_1
    for x_voters in v_voters:
        n += sz_voters(x_voters)
    v_granting_voters = o.granting_voters
    n += uvarint_size(len(v_granting_voters) + 1)
    sz_granting_voters = _s_Voter_1
    for x_granting_voters in v_granting_voters:
        n += sz_granting_voters(x_granting_voters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Voter_0(buf: memoryview, pos: int) -> tuple[Voter, int]:
    end = len(buf)
    try:
        (f_voter_id,) = _F1.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Voter(f_voter_id, ZERO_UUID, tags), pos
    except (StructError, IndexError):
        raise truncated("Voter v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Voter v0", pos) from None


def _w_Voter_0(o: Voter, out: list[Buffer]) -> None:
    a = out.append
    if o.voter_directory_id != ZERO_UUID:
        raise not_in_version("Voter.VoterDirectoryId", "0")
    a(_F1.pack(o.voter_id))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Voter_0(o: Voter) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Voter_1(buf: memoryview, pos: int) -> tuple[Voter, int]:
    end = len(buf)
    try:
        (
            f_voter_id,
            f_voter_directory_id,
        ) = _F2.unpack_from(buf, pos)
        pos += 20
        f_voter_directory_id = uuid_from_bytes(f_voter_directory_id)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Voter(f_voter_id, f_voter_directory_id, tags), pos
    except (StructError, IndexError):
        raise truncated("Voter v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Voter v1", pos) from None


def _w_Voter_1(o: Voter, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.voter_id, o.voter_directory_id.bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Voter_1(o: Voter) -> int:
    n = 20
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


LeaderChangeMessage._READERS = (
    _r_LeaderChangeMessage_0,
    _r_LeaderChangeMessage_1,
)
LeaderChangeMessage._WRITERS = (
    _w_LeaderChangeMessage_0,
    _w_LeaderChangeMessage_1,
)
LeaderChangeMessage._SIZERS = (
    _s_LeaderChangeMessage_0,
    _s_LeaderChangeMessage_1,
)
bind_readers(
    LeaderChangeMessage,
    "leader_change_message",
    "812da20ef376e685",
    (
        Voter,
        LeaderChangeMessage,
    ),
)
