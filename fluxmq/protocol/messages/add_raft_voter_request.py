# generated from Kafka 4.4.0 by codegen — do not edit
"""AddRaftVoterRequest: Kafka request (key 80), versions 0-1."""

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
    "Listener",
    "AddRaftVoterRequest",
]

_F0 = PackStruct(">ii16s")
_F1 = PackStruct(">?")
_F2 = PackStruct(">H")


class Listener(_StructBase):
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


class AddRaftVoterRequest(_Message):
    NAME: ClassVar[str] = "AddRaftVoterRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
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
            "timeout_ms",
            "TimeoutMs",
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
            "listeners",
            "Listeners",
            "Listener",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Listener,
            False,
        ),
        FieldInfo(
            "ack_when_committed",
            "AckWhenCommitted",
            "bool",
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
    cluster_id: str | None = ""
    timeout_ms: int = 0
    voter_id: int = 0
    voter_directory_id: UUID = ZERO_UUID
    listeners: Sequence[Listener] = ()
    ack_when_committed: bool = True
    unknown_tags: dict[int, bytes] | None = None


def _r_AddRaftVoterRequest_0(buf: memoryview, pos: int) -> tuple[AddRaftVoterRequest, int]:
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
            raise bad_length("AddRaftVoterRequest.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_timeout_ms,
            f_voter_id,
            f_voter_directory_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("AddRaftVoterRequest.Listeners", pos)
        elif n > end - pos:
            raise bad_length("AddRaftVoterRequest.Listeners", n, pos, end - pos)
        else:
            items_listeners: list[Listener] = []
            append_listeners = items_listeners.append
            for _ in range(n):
                x_listeners, pos = _r_Listener_0(buf, pos)
                append_listeners(x_listeners)
            f_listeners: tuple[Listener, ...] = tuple(items_listeners)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddRaftVoterRequest(
                f_cluster_id,
                f_timeout_ms,
                f_voter_id,
                f_voter_directory_id,
                f_listeners,
                True,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddRaftVoterRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddRaftVoterRequest v0", pos) from None


def _w_AddRaftVoterRequest_0(o: AddRaftVoterRequest, out: list[Buffer]) -> None:
    a = out.append
    if not o.ack_when_committed:
        raise not_in_version("AddRaftVoterRequest.AckWhenCommitted", "0")
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.timeout_ms, o.voter_id, o.voter_directory_id.bytes))
    v_listeners = o.listeners
    n = len(v_listeners) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_listeners = _w_Listener_0
    for x_listeners in v_listeners:
        w_listeners(x_listeners, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddRaftVoterRequest_0(o: AddRaftVoterRequest) -> int:
    n = 24
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_listeners = o.listeners
    n += uvarint_size(len(v_listeners) + 1)
    sz_listeners = _s_Listener_0
    for x_listeners in v_listeners:
        n += sz_listeners(x_listeners)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddRaftVoterRequest_1(buf: memoryview, pos: int) -> tuple[AddRaftVoterRequest, int]:
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
            raise bad_length("AddRaftVoterRequest.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_timeout_ms,
            f_voter_id,
            f_voter_directory_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 24
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
            raise null_not_allowed("AddRaftVoterRequest.Listeners", pos)
        elif n > end - pos:
            raise bad_length("AddRaftVoterRequest.Listeners", n, pos, end - pos)
        else:
            items_listeners: list[Listener] = []
            append_listeners = items_listeners.append
            for _ in range(n):
                x_listeners, pos = _r_Listener_0(buf, pos)
                append_listeners(x_listeners)
            f_listeners: tuple[Listener, ...] = tuple(items_listeners)
        (f_ack_when_committed,) = _F1.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddRaftVoterRequest(
                f_cluster_id,
                f_timeout_ms,
                f_voter_id,
                f_voter_directory_id,
                f_listeners,
                f_ack_when_committed,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddRaftVoterRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddRaftVoterRequest v1", pos) from None


def _w_AddRaftVoterRequest_1(o: AddRaftVoterRequest, out: list[Buffer]) -> None:
    a = out.append
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.timeout_ms, o.voter_id, o.voter_directory_id.bytes))
    v_listeners = o.listeners
    n = len(v_listeners) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_listeners = _w_Listener_0
    for x_listeners in v_listeners:
        w_listeners(x_listeners, out)
    a(_F1.pack(o.ack_when_committed))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddRaftVoterRequest_1(o: AddRaftVoterRequest) -> int:
    n = 25
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    v_listeners = o.listeners
    n += uvarint_size(len(v_listeners) + 1)
    sz_listeners = _s_Listener_0
    for x_listeners in v_listeners:
        n += sz_listeners(x_listeners)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Listener_0(buf: memoryview, pos: int) -> tuple[Listener, int]:
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
            raise null_not_allowed("Listener.Name", pos)
        elif n > end - pos:
            raise bad_length("Listener.Name", n, pos, end - pos)
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
            raise null_not_allowed("Listener.Host", pos)
        elif n > end - pos:
            raise bad_length("Listener.Host", n, pos, end - pos)
        else:
            f_host = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_port,) = _F2.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return Listener(f_name, f_host, f_port, tags), pos
    except (StructError, IndexError):
        raise truncated("Listener v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Listener v0-1", pos) from None


def _w_Listener_0(o: Listener, out: list[Buffer]) -> None:
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
    a(_F2.pack(o.port))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Listener_0(o: Listener) -> int:
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


AddRaftVoterRequest._READERS = (
    _r_AddRaftVoterRequest_0,
    _r_AddRaftVoterRequest_1,
)
AddRaftVoterRequest._WRITERS = (
    _w_AddRaftVoterRequest_0,
    _w_AddRaftVoterRequest_1,
)
AddRaftVoterRequest._SIZERS = (
    _s_AddRaftVoterRequest_0,
    _s_AddRaftVoterRequest_1,
)
bind_readers(
    AddRaftVoterRequest,
    "add_raft_voter_request",
    "98a930c61dfc8342",
    (
        Listener,
        AddRaftVoterRequest,
    ),
)
