# generated from Kafka 4.4.0 by codegen — do not edit
"""GetTelemetrySubscriptionsRequest: Kafka request (key 71), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from uuid import UUID
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
from fluxmq.protocol.primitives import ZERO_UUID, Buffer, uuid_from_bytes

__all__ = [
    "GetTelemetrySubscriptionsRequest",
]

_F0 = PackStruct(">16s")


class GetTelemetrySubscriptionsRequest(_Message):
    NAME: ClassVar[str] = "GetTelemetrySubscriptionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 71
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "client_instance_id",
            "ClientInstanceId",
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
    client_instance_id: UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


def _r_GetTelemetrySubscriptionsRequest_0(
    buf: memoryview, pos: int
) -> tuple[GetTelemetrySubscriptionsRequest, int]:
    end = len(buf)
    try:
        (f_client_instance_id,) = _F0.unpack_from(buf, pos)
        pos += 16
        f_client_instance_id = uuid_from_bytes(f_client_instance_id)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return GetTelemetrySubscriptionsRequest(f_client_instance_id, tags), pos
    except (StructError, IndexError):
        raise truncated("GetTelemetrySubscriptionsRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GetTelemetrySubscriptionsRequest v0", pos) from None


def _w_GetTelemetrySubscriptionsRequest_0(
    o: GetTelemetrySubscriptionsRequest, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.client_instance_id.bytes))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_GetTelemetrySubscriptionsRequest_0(o: GetTelemetrySubscriptionsRequest) -> int:
    n = 16
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


GetTelemetrySubscriptionsRequest._READERS = (_r_GetTelemetrySubscriptionsRequest_0,)
GetTelemetrySubscriptionsRequest._WRITERS = (_w_GetTelemetrySubscriptionsRequest_0,)
GetTelemetrySubscriptionsRequest._SIZERS = (_s_GetTelemetrySubscriptionsRequest_0,)
bind_readers(
    GetTelemetrySubscriptionsRequest,
    "get_telemetry_subscriptions_request",
    "be9e9d87def87d6a",
    (GetTelemetrySubscriptionsRequest,),
)
