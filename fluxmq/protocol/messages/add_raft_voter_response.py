# generated from Kafka 4.4.0 by codegen — do not edit
"""AddRaftVoterResponse: Kafka response (key 80), versions 0-1."""

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
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "AddRaftVoterResponse",
]

_F0 = PackStruct(">ih")


class AddRaftVoterResponse(_Message):
    NAME: ClassVar[str] = "AddRaftVoterResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN: ClassVar[int | None] = 0
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
            True,
            None,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


def _r_AddRaftVoterResponse_0(buf: memoryview, pos: int) -> tuple[AddRaftVoterResponse, int]:
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
            raise bad_length("AddRaftVoterResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AddRaftVoterResponse(f_throttle_time_ms, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("AddRaftVoterResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddRaftVoterResponse v0-1", pos) from None


def _w_AddRaftVoterResponse_0(o: AddRaftVoterResponse, out: list[Buffer]) -> None:
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
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddRaftVoterResponse_0(o: AddRaftVoterResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AddRaftVoterResponse._READERS = (
    _r_AddRaftVoterResponse_0,
    _r_AddRaftVoterResponse_0,
)
AddRaftVoterResponse._WRITERS = (
    _w_AddRaftVoterResponse_0,
    _w_AddRaftVoterResponse_0,
)
AddRaftVoterResponse._SIZERS = (
    _s_AddRaftVoterResponse_0,
    _s_AddRaftVoterResponse_0,
)
bind_readers(
    AddRaftVoterResponse, "add_raft_voter_response", "53f771de560229fe", (AddRaftVoterResponse,)
)
