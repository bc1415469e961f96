# generated from Kafka 4.4.0 by codegen — do not edit
"""UnregisterBrokerRequest: Kafka request (key 64), versions 0."""

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
    "UnregisterBrokerRequest",
]

_F0 = PackStruct(">i")


class UnregisterBrokerRequest(_Message):
    NAME: ClassVar[str] = "UnregisterBrokerRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 64
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "broker_id",
            "BrokerId",
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
    broker_id: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_UnregisterBrokerRequest_0(buf: memoryview, pos: int) -> tuple[UnregisterBrokerRequest, int]:
    end = len(buf)
    try:
        (f_broker_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UnregisterBrokerRequest(f_broker_id, tags), pos
    except (StructError, IndexError):
        raise truncated("UnregisterBrokerRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UnregisterBrokerRequest v0", pos) from None


def _w_UnregisterBrokerRequest_0(o: UnregisterBrokerRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.broker_id))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UnregisterBrokerRequest_0(o: UnregisterBrokerRequest) -> int:
    n = 4
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


UnregisterBrokerRequest._READERS = (_r_UnregisterBrokerRequest_0,)
UnregisterBrokerRequest._WRITERS = (_w_UnregisterBrokerRequest_0,)
UnregisterBrokerRequest._SIZERS = (_s_UnregisterBrokerRequest_0,)
bind_readers(
    UnregisterBrokerRequest,
    "unregister_broker_request",
    "c19e09caf07b5bce",
    (UnregisterBrokerRequest,),
)
