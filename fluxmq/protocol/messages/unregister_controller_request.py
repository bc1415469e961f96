# generated from Kafka 4.4.0 by codegen — do not edit
"""UnregisterControllerRequest: Kafka request (key 94), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "UnregisterControllerRequest",
]

_F0 = PackStruct(">i")


class UnregisterControllerRequest(_Message):
    NAME: ClassVar[str] = "UnregisterControllerRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 94
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "controller_id",
            "ControllerId",
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
    )
    controller_id: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_UnregisterControllerRequest_0(
    buf: memoryview, pos: int
) -> tuple[UnregisterControllerRequest, int]:
    end = len(buf)
    try:
        (f_controller_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UnregisterControllerRequest(f_controller_id, tags), pos
    except (StructError, IndexError):
        raise truncated("UnregisterControllerRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UnregisterControllerRequest v0", pos) from None


def _w_UnregisterControllerRequest_0(o: UnregisterControllerRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.controller_id))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UnregisterControllerRequest_0(o: UnregisterControllerRequest) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


UnregisterControllerRequest._READERS = (_r_UnregisterControllerRequest_0,)
UnregisterControllerRequest._WRITERS = (_w_UnregisterControllerRequest_0,)
UnregisterControllerRequest._SIZERS = (_s_UnregisterControllerRequest_0,)
bind_readers(
    UnregisterControllerRequest,
    "unregister_controller_request",
    "4ece40eedd9e3725",
    (UnregisterControllerRequest,),
)
