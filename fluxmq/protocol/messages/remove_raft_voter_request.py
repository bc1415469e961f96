# generated from Kafka 4.4.0 by codegen — do not edit
"""RemoveRaftVoterRequest: Kafka request (key 81), versions 0."""

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
    "RemoveRaftVoterRequest",
]

_F0 = PackStruct(">i16s")


class RemoveRaftVoterRequest(_Message):
    NAME: ClassVar[str] = "RemoveRaftVoterRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 81
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "cluster_id",
            "ClusterId",
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
    )
    cluster_id: str | None = ""
    voter_id: int = 0
    voter_directory_id: UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


def _r_RemoveRaftVoterRequest_0(buf: memoryview, pos: int) -> tuple[RemoveRaftVoterRequest, int]:
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("RemoveRaftVoterRequest.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_voter_id,
            f_voter_directory_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 20
        f_voter_directory_id = uuid_from_bytes(f_voter_directory_id)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return RemoveRaftVoterRequest(f_cluster_id, f_voter_id, f_voter_directory_id, tags), pos
    except (StructError, IndexError):
        raise truncated("RemoveRaftVoterRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("RemoveRaftVoterRequest v0", pos) from None


def _w_RemoveRaftVoterRequest_0(o: RemoveRaftVoterRequest, out: list[Buffer]) -> None:
    a = out.append
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.voter_id, o.voter_directory_id.bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_RemoveRaftVoterRequest_0(o: RemoveRaftVoterRequest) -> int:
    n = 20
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


RemoveRaftVoterRequest._READERS = (_r_RemoveRaftVoterRequest_0,)
RemoveRaftVoterRequest._WRITERS = (_w_RemoveRaftVoterRequest_0,)
RemoveRaftVoterRequest._SIZERS = (_s_RemoveRaftVoterRequest_0,)
bind_readers(
    RemoveRaftVoterRequest,
    "remove_raft_voter_request",
    "23da4fd1731d5c4c",
    (RemoveRaftVoterRequest,),
)
