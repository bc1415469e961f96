# generated from Kafka 4.4.0 by codegen — do not edit
"""VotersRecord: Kafka data, versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
from uuid import UUID
import msgspec
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
    UVARINTS,
    ZERO_UUID,
    Buffer,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "Endpoint",
    "KRaftVersionFeature",
    "Voter",
    "VotersRecord",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">i16s")
_F2 = PackStruct(">hh")
_F3 = PackStruct(">H")


class Endpoint(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "host", "Host", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "port", "Port", "uint16", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    name: str = ""
    host: str = ""
    port: int = 0
    unknown_tags: dict[int, bytes] | None = None


class KRaftVersionFeature(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "min_supported_version",
            "MinSupportedVersion",
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
            "max_supported_version",
            "MaxSupportedVersion",
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
    )
    min_supported_version: int = 0
    max_supported_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


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
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "endpoints",
            "Endpoints",
            "Endpoint",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Endpoint,
            False,
        ),
        FieldInfo(
            "k_raft_version_feature",
            "KRaftVersionFeature",
            "KRaftVersionFeature",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            KRaftVersionFeature,
            False,
        ),
    )
    voter_id: int = 0
    voter_directory_id: UUID = ZERO_UUID
    endpoints: Sequence[Endpoint] = ()
    k_raft_version_feature: KRaftVersionFeature = msgspec.field(default_factory=KRaftVersionFeature)
    unknown_tags: dict[int, bytes] | None = None


class VotersRecord(_Message):
    NAME: ClassVar[str] = "VotersRecord"
    TYPE: ClassVar[str] = "data"
    API_KEY: ClassVar[int | None] = None
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
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
            "voters", "Voters", "Voter", True, (0, 32767), (1, 0), None, (1, 0), False, Voter, False
        ),
    )
    version: int = 0
    voters: Sequence[Voter] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_VotersRecord_0(buf: memoryview, pos: int) -> tuple[VotersRecord, int]:
    end = len(buf)
    try:
        (f_version,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("VotersRecord.Voters", pos)
        elif n > end - pos:
            raise bad_length("VotersRecord.Voters", n, pos, end - pos)
        else:
            items_voters: list[Voter] = []
            append_voters = items_voters.append
            for _ in range(n):
                x_voters, pos = _r_Voter_0(buf, pos)
                append_voters(x_voters)
            f_voters: tuple[Voter, ...] = tuple(items_voters)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return VotersRecord(f_version, f_voters, tags), pos
    except (StructError, IndexError):
        raise truncated("VotersRecord v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("VotersRecord v0", pos) from None


def _w_VotersRecord_0(o: VotersRecord, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.version))
    v_voters = o.voters
    n = len(v_voters) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_voters = _w_Voter_0
    for x_voters in v_voters:
        w_voters(x_voters, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_VotersRecord_0(o: VotersRecord) -> int:
    n = 2
    v_voters = o.voters
    n += uvarint_size(len(v_voters) + 1)
    sz_voters = _s_Voter_0
    for x_voters in v_voters:
        n += sz_voters(x_voters)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Voter_0(buf: memoryview, pos: int) -> tuple[Voter, int]:
    end = len(buf)
    try:
        (
            f_voter_id,
            f_voter_directory_id,
        ) = _F1.unpack_from(buf, pos)
        pos += 20
        f_voter_directory_id = uuid_from_bytes(f_voter_directory_id)
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
            raise null_not_allowed("Voter.Endpoints", pos)
        elif n > end - pos:
            raise bad_length("Voter.Endpoints", n, pos, end - pos)
        else:
            items_endpoints: list[Endpoint] = []
            append_endpoints = items_endpoints.append
            for _ in range(n):
                x_endpoints, pos = _r_Endpoint_0(buf, pos)
                append_endpoints(x_endpoints)
            f_endpoints: tuple[Endpoint, ...] = tuple(items_endpoints)
        f_k_raft_version_feature, pos = _r_KRaftVersionFeature_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Voter(f_voter_id, f_voter_directory_id, f_endpoints, f_k_raft_version_feature, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Voter v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Voter v0", pos) from None


def _w_Voter_0(o: Voter, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.voter_id, o.voter_directory_id.bytes))
    v_endpoints = o.endpoints
    n = len(v_endpoints) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_endpoints = _w_Endpoint_0
    for x_endpoints in v_endpoints:
        w_endpoints(x_endpoints, out)
    v_k_raft_version_feature = o.k_raft_version_feature
    _w_KRaftVersionFeature_0(v_k_raft_version_feature, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Voter_0(o: Voter) -> int:
    n = 20
    v_endpoints = o.endpoints
    n += uvarint_size(len(v_endpoints) + 1)
    sz_endpoints = _s_Endpoint_0
    for x_endpoints in v_endpoints:
        n += sz_endpoints(x_endpoints)
    v_k_raft_version_feature = o.k_raft_version_feature
    n += _s_KRaftVersionFeature_0(v_k_raft_version_feature)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_KRaftVersionFeature_0(buf: memoryview, pos: int) -> tuple[KRaftVersionFeature, int]:
    end = len(buf)
    try:
        (
            f_min_supported_version,
            f_max_supported_version,
        ) = _F2.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return KRaftVersionFeature(f_min_supported_version, f_max_supported_version, tags), pos
    except (StructError, IndexError):
        raise truncated("KRaftVersionFeature v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("KRaftVersionFeature v0", pos) from None


def _w_KRaftVersionFeature_0(o: KRaftVersionFeature, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.min_supported_version, o.max_supported_version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_KRaftVersionFeature_0(o: KRaftVersionFeature) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Endpoint_0(buf: memoryview, pos: int) -> tuple[Endpoint, int]:
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
            raise null_not_allowed("Endpoint.Name", pos)
        elif n > end - pos:
            raise bad_length("Endpoint.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("Endpoint.Host", pos)
        elif n > end - pos:
            raise bad_length("Endpoint.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F3.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Endpoint(f_name, f_host, f_port, tags), pos
    except (StructError, IndexError):
        raise truncated("Endpoint v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Endpoint v0", pos) from None


def _w_Endpoint_0(o: Endpoint, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_host = o.host
    b = v_host.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Endpoint_0(o: Endpoint) -> int:
    n = 2
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_host = o.host
    k = utf8_len(v_host)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


VotersRecord._READERS = (_r_VotersRecord_0,)
VotersRecord._WRITERS = (_w_VotersRecord_0,)
VotersRecord._SIZERS = (_s_VotersRecord_0,)
bind_readers(
    VotersRecord,
    "voters_record",
    "85c9d272cbab9dc7",
    (
        Endpoint,
        KRaftVersionFeature,
        Voter,
        VotersRecord,
    ),
)
