# generated from Kafka 4.4.0 by codegen — do not edit
"""PushTelemetryRequest: Kafka request (key 72), versions 0."""

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
    "PushTelemetryRequest",
]

_F0 = PackStruct(">16si?b")


class PushTelemetryRequest(_Message):
    NAME: ClassVar[str] = "PushTelemetryRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 72
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
        FieldInfo(
            "subscription_id",
            "SubscriptionId",
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
            "terminating",
            "Terminating",
            "bool",
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
            "compression_type",
            "CompressionType",
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
            "metrics",
            "Metrics",
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
    client_instance_id: UUID = ZERO_UUID
    subscription_id: int = 0
    terminating: bool = False
    compression_type: int = 0
    metrics: Buffer = b""
    unknown_tags: dict[int, bytes] | None = None


def _r_PushTelemetryRequest_0(buf: memoryview, pos: int) -> tuple[PushTelemetryRequest, int]:
    end = len(buf)
    try:
        (
            f_client_instance_id,
            f_subscription_id,
            f_terminating,
            f_compression_type,
        ) = _F0.unpack_from(buf, pos)
        pos += 22
        f_client_instance_id = uuid_from_bytes(f_client_instance_id)
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
            raise null_not_allowed("PushTelemetryRequest.Metrics", pos)
        elif n > end - pos:
            raise bad_length("PushTelemetryRequest.Metrics", n, pos, end - pos)
        else:
            f_metrics = buf[pos : pos + n]
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            PushTelemetryRequest(
                f_client_instance_id,
                f_subscription_id,
                f_terminating,
                f_compression_type,
                f_metrics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("PushTelemetryRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PushTelemetryRequest v0", pos) from None


def _w_PushTelemetryRequest_0(o: PushTelemetryRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.client_instance_id.bytes, o.subscription_id, o.terminating, o.compression_type))
    v_metrics = o.metrics
    n = len(v_metrics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(v_metrics if type(v_metrics) is bytes else memoryview(v_metrics))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_PushTelemetryRequest_0(o: PushTelemetryRequest) -> int:
    n = 22
    v_metrics = o.metrics
    n += uvarint_size(len(v_metrics) + 1)
    n += len(v_metrics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


PushTelemetryRequest._READERS = (_r_PushTelemetryRequest_0,)
PushTelemetryRequest._WRITERS = (_w_PushTelemetryRequest_0,)
PushTelemetryRequest._SIZERS = (_s_PushTelemetryRequest_0,)
bind_readers(
    PushTelemetryRequest, "push_telemetry_request", "3afa36b1de5e9589", (PushTelemetryRequest,)
)
