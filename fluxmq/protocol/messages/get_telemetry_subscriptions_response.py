# generated from Kafka 4.4.0 by codegen — do not edit
"""GetTelemetrySubscriptionsResponse: Kafka response (key 71), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
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
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uuid_from_bytes,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "GetTelemetrySubscriptionsResponse",
]

_F0 = PackStruct(">ih16si")
_F1 = PackStruct(">ii?")
_Ai8 = array_structs("b")


class GetTelemetrySubscriptionsResponse(_Message):
    NAME: ClassVar[str] = "GetTelemetrySubscriptionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 71
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
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
            "accepted_compression_types",
            "AcceptedCompressionTypes",
            "int8",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "push_interval_ms",
            "PushIntervalMs",
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
            "telemetry_max_bytes",
            "TelemetryMaxBytes",
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
            "delta_temporality",
            "DeltaTemporality",
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
            "requested_metrics",
            "RequestedMetrics",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    client_instance_id: UUID = ZERO_UUID
    subscription_id: int = 0
    accepted_compression_types: Sequence[int] = ()
    push_interval_ms: int = 0
    telemetry_max_bytes: int = 0
    delta_temporality: bool = False
    requested_metrics: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_GetTelemetrySubscriptionsResponse_0(
    buf: memoryview, pos: int
) -> tuple[GetTelemetrySubscriptionsResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
            f_client_instance_id,
            f_subscription_id,
        ) = _F0.unpack_from(buf, pos)
        pos += 26
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
        if 0 <= n < SMALL_ARRAY:
            f_accepted_compression_types = _Ai8[n].unpack_from(buf, pos)
            pos += n
        elif n < 0:
            raise null_not_allowed(
                "GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes", pos
            )
        elif n > end - pos:
            raise bad_length(
                "GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes", n, pos, end - pos
            )
        else:
            f_accepted_compression_types = unpack_from(">%db" % n, buf, pos)
            pos += n
        (
            f_push_interval_ms,
            f_telemetry_max_bytes,
            f_delta_temporality,
        ) = _F1.unpack_from(buf, pos)
        pos += 9
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
            raise null_not_allowed("GetTelemetrySubscriptionsResponse.RequestedMetrics", pos)
        elif n > end - pos:
            raise bad_length(
                "GetTelemetrySubscriptionsResponse.RequestedMetrics", n, pos, end - pos
            )
        else:
            items_requested_metrics: list[str] = []
            append_requested_metrics = items_requested_metrics.append
            for _ in range(n):
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
                    raise null_not_allowed(
                        "GetTelemetrySubscriptionsResponse.RequestedMetrics", pos
                    )
                elif n > end - pos:
                    raise bad_length(
                        "GetTelemetrySubscriptionsResponse.RequestedMetrics", n, pos, end - pos
                    )
                else:
                    x_requested_metrics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_requested_metrics(x_requested_metrics)
            f_requested_metrics: tuple[str, ...] = tuple(items_requested_metrics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            GetTelemetrySubscriptionsResponse(
                f_throttle_time_ms,
                f_error_code,
                f_client_instance_id,
                f_subscription_id,
                f_accepted_compression_types,
                f_push_interval_ms,
                f_telemetry_max_bytes,
                f_delta_temporality,
                f_requested_metrics,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("GetTelemetrySubscriptionsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("GetTelemetrySubscriptionsResponse v0", pos) from None


def _w_GetTelemetrySubscriptionsResponse_0(
    o: GetTelemetrySubscriptionsResponse, out: list[Buffer]
) -> None:
    a = out.append
    a(_F0.pack(o.throttle_time_ms, o.error_code, o.client_instance_id.bytes, o.subscription_id))
    v_accepted_compression_types = o.accepted_compression_types
    n = len(v_accepted_compression_types) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_accepted_compression_types)
    a(
        _Ai8[k].pack(*v_accepted_compression_types)
        if k < SMALL_ARRAY
        else pack(">%db" % k, *v_accepted_compression_types)
    )
    a(_F1.pack(o.push_interval_ms, o.telemetry_max_bytes, o.delta_temporality))
    v_requested_metrics = o.requested_metrics
    n = len(v_requested_metrics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_requested_metrics in v_requested_metrics:
        b = x_requested_metrics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_GetTelemetrySubscriptionsResponse_0(o: GetTelemetrySubscriptionsResponse) -> int:
    n = 35
    v_accepted_compression_types = o.accepted_compression_types
    n += uvarint_size(len(v_accepted_compression_types) + 1)
    n += 1 * len(v_accepted_compression_types)
    v_requested_metrics = o.requested_metrics
    n += uvarint_size(len(v_requested_metrics) + 1)
    for x_requested_metrics in v_requested_metrics:
        k = utf8_len(x_requested_metrics)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


GetTelemetrySubscriptionsResponse._READERS = (_r_GetTelemetrySubscriptionsResponse_0,)
GetTelemetrySubscriptionsResponse._WRITERS = (_w_GetTelemetrySubscriptionsResponse_0,)
GetTelemetrySubscriptionsResponse._SIZERS = (_s_GetTelemetrySubscriptionsResponse_0,)
bind_readers(
    GetTelemetrySubscriptionsResponse,
    "get_telemetry_subscriptions_response",
    "2023595c48b5b00d",
    (GetTelemetrySubscriptionsResponse,),
)
