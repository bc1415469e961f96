# generated from Kafka 4.4.0 by codegen — do not edit
"""UpdateFeaturesResponse: Kafka response (key 57), versions 0-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
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
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "UpdatableFeatureResult",
    "UpdateFeaturesResponse",
]

_F0 = PackStruct(">ih")
_F1 = PackStruct(">h")


class UpdatableFeatureResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "feature",
            "Feature",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
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
            False,
            None,
            False,
        ),
    )
    feature: str = ""
    error_code: int = 0
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class UpdateFeaturesResponse(_Message):
    NAME: ClassVar[str] = "UpdateFeaturesResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
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
            False,
            None,
            False,
        ),
        FieldInfo(
            "results",
            "Results",
            "UpdatableFeatureResult",
            True,
            (0, 1),
            (1, 0),
            None,
            (1, 0),
            True,
            UpdatableFeatureResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ""
    results: Sequence[UpdatableFeatureResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_UpdateFeaturesResponse_0(buf: memoryview, pos: int) -> tuple[UpdateFeaturesResponse, int]:
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
            raise bad_length("UpdateFeaturesResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("UpdateFeaturesResponse.Results", pos)
        elif n > end - pos:
            raise bad_length("UpdateFeaturesResponse.Results", n, pos, end - pos)
        else:
            items_results: list[UpdatableFeatureResult] = []
            append_results = items_results.append
            for _ in range(n):
                x_results, pos = _r_UpdatableFeatureResult_0(buf, pos)
                append_results(x_results)
            f_results: tuple[UpdatableFeatureResult, ...] = tuple(items_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            UpdateFeaturesResponse(
                f_throttle_time_ms, f_error_code, f_error_message, f_results, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("UpdateFeaturesResponse v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UpdateFeaturesResponse v0-1", pos) from None


def _w_UpdateFeaturesResponse_0(o: UpdateFeaturesResponse, out: list[Buffer]) -> None:
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
    v_results = o.results
    n = len(v_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results = _w_UpdatableFeatureResult_0
    for x_results in v_results:
        w_results(x_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UpdateFeaturesResponse_0(o: UpdateFeaturesResponse) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 1
    else:
        k = utf8_len(v_error_message)
        n += uvarint_size(k + 1)
        n += k
    v_results = o.results
    n += uvarint_size(len(v_results) + 1)
    sz_results = _s_UpdatableFeatureResult_0
    for x_results in v_results:
        n += sz_results(x_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_UpdateFeaturesResponse_1(buf: memoryview, pos: int) -> tuple[UpdateFeaturesResponse, int]:
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
            raise bad_length("UpdateFeaturesResponse.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            UpdateFeaturesResponse(f_throttle_time_ms, f_error_code, f_error_message, (), tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("UpdateFeaturesResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UpdateFeaturesResponse v2", pos) from None


def _w_UpdateFeaturesResponse_1(o: UpdateFeaturesResponse, out: list[Buffer]) -> None:
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


def _s_UpdateFeaturesResponse_1(o: UpdateFeaturesResponse) -> int:
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


def _r_UpdatableFeatureResult_0(buf: memoryview, pos: int) -> tuple[UpdatableFeatureResult, int]:
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
            raise null_not_allowed("UpdatableFeatureResult.Feature", pos)
        elif n > end - pos:
            raise bad_length("UpdatableFeatureResult.Feature", n, pos, end - pos)
        else:
            f_feature = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_error_code,) = _F1.unpack_from(buf, pos)
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
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("UpdatableFeatureResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UpdatableFeatureResult(f_feature, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("UpdatableFeatureResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UpdatableFeatureResult v0-1", pos) from None


def _w_UpdatableFeatureResult_0(o: UpdatableFeatureResult, out: list[Buffer]) -> None:
    a = out.append
    v_feature = o.feature
    b = v_feature.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.error_code))
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


def _s_UpdatableFeatureResult_0(o: UpdatableFeatureResult) -> int:
    n = 2
    v_feature = o.feature
    k = utf8_len(v_feature)
    n += uvarint_size(k + 1)
    n += k
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


UpdateFeaturesResponse._READERS = (
    _r_UpdateFeaturesResponse_0,
    _r_UpdateFeaturesResponse_0,
    _r_UpdateFeaturesResponse_1,
)
UpdateFeaturesResponse._WRITERS = (
    _w_UpdateFeaturesResponse_0,
    _w_UpdateFeaturesResponse_0,
    _w_UpdateFeaturesResponse_1,
)
UpdateFeaturesResponse._SIZERS = (
    _s_UpdateFeaturesResponse_0,
    _s_UpdateFeaturesResponse_0,
    _s_UpdateFeaturesResponse_1,
)
bind_readers(
    UpdateFeaturesResponse,
    "update_features_response",
    "1424bfba19fad3b2",
    (
        UpdatableFeatureResult,
        UpdateFeaturesResponse,
    ),
)
