# generated from Kafka 4.4.0 by codegen — do not edit
"""UpdateFeaturesRequest: Kafka request (key 57), versions 0-2."""

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
    not_in_version,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "FeatureUpdateKey",
    "UpdateFeaturesRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">?")
_F2 = PackStruct(">h?")
_F3 = PackStruct(">hb")


class FeatureUpdateKey(_StructBase):
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
            "max_version_level",
            "MaxVersionLevel",
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
            "allow_downgrade",
            "AllowDowngrade",
            "bool",
            False,
            (0, 0),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "upgrade_type",
            "UpgradeType",
            "int8",
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
    feature: str = ""
    max_version_level: int = 0
    allow_downgrade: bool = False
    upgrade_type: int = 1
    unknown_tags: dict[int, bytes] | None = None


class UpdateFeaturesRequest(_Message):
    NAME: ClassVar[str] = "UpdateFeaturesRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "timeout_ms",
            "timeoutMs",
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
            "feature_updates",
            "FeatureUpdates",
            "FeatureUpdateKey",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            FeatureUpdateKey,
            False,
        ),
        FieldInfo(
            "validate_only",
            "ValidateOnly",
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
    timeout_ms: int = 60000
    feature_updates: Sequence[FeatureUpdateKey] = ()
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_UpdateFeaturesRequest_0(buf: memoryview, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    end = len(buf)
    try:
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("UpdateFeaturesRequest.FeatureUpdates", pos)
        elif n > end - pos:
            raise bad_length("UpdateFeaturesRequest.FeatureUpdates", n, pos, end - pos)
        else:
            items_feature_updates: list[FeatureUpdateKey] = []
            append_feature_updates = items_feature_updates.append
            for _ in range(n):
                x_feature_updates, pos = _r_FeatureUpdateKey_0(buf, pos)
                append_feature_updates(x_feature_updates)
            f_feature_updates: tuple[FeatureUpdateKey, ...] = tuple(items_feature_updates)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UpdateFeaturesRequest(f_timeout_ms, f_feature_updates, False, tags), pos
    except (StructError, IndexError):
        raise truncated("UpdateFeaturesRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UpdateFeaturesRequest v0", pos) from None


def _w_UpdateFeaturesRequest_0(o: UpdateFeaturesRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.validate_only:
        raise not_in_version("UpdateFeaturesRequest.ValidateOnly", "0")
    a(_F0.pack(o.timeout_ms))
    v_feature_updates = o.feature_updates
    n = len(v_feature_updates) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_feature_updates = _w_FeatureUpdateKey_0
    for x_feature_updates in v_feature_updates:
        w_feature_updates(x_feature_updates, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UpdateFeaturesRequest_0(o: UpdateFeaturesRequest) -> int:
    n = 4
    v_feature_updates = o.feature_updates
    n += uvarint_size(len(v_feature_updates) + 1)
    sz_feature_updates = _s_FeatureUpdateKey_0
    for x_feature_updates in v_feature_updates:
        n += sz_feature_updates(x_feature_updates)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_UpdateFeaturesRequest_1(buf: memoryview, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    end = len(buf)
    try:
        (f_timeout_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("UpdateFeaturesRequest.FeatureUpdates", pos)
        elif n > end - pos:
            raise bad_length("UpdateFeaturesRequest.FeatureUpdates", n, pos, end - pos)
        else:
            items_feature_updates: list[FeatureUpdateKey] = []
            append_feature_updates = items_feature_updates.append
            for _ in range(n):
                x_feature_updates, pos = _r_FeatureUpdateKey_1(buf, pos)
                append_feature_updates(x_feature_updates)
            f_feature_updates: tuple[FeatureUpdateKey, ...] = tuple(items_feature_updates)
        (f_validate_only,) = _F1.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return UpdateFeaturesRequest(f_timeout_ms, f_feature_updates, f_validate_only, tags), pos
    except (StructError, IndexError):
        raise truncated("UpdateFeaturesRequest v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("UpdateFeaturesRequest v1-2", pos) from None


def _w_UpdateFeaturesRequest_1(o: UpdateFeaturesRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.timeout_ms))
    v_feature_updates = o.feature_updates
    n = len(v_feature_updates) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_feature_updates = _w_FeatureUpdateKey_1
    for x_feature_updates in v_feature_updates:
        w_feature_updates(x_feature_updates, out)
    a(_F1.pack(o.validate_only))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_UpdateFeaturesRequest_1(o: UpdateFeaturesRequest) -> int:
    n = 5
    v_feature_updates = o.feature_updates
    n += uvarint_size(len(v_feature_updates) + 1)
    sz_feature_updates = _s_FeatureUpdateKey_1
    for x_feature_updates in v_feature_updates:
        n += sz_feature_updates(x_feature_updates)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FeatureUpdateKey_0(buf: memoryview, pos: int) -> tuple[FeatureUpdateKey, int]:
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
            raise null_not_allowed("FeatureUpdateKey.Feature", pos)
        elif n > end - pos:
            raise bad_length("FeatureUpdateKey.Feature", n, pos, end - pos)
        else:
            f_feature = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_max_version_level,
            f_allow_downgrade,
        ) = _F2.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FeatureUpdateKey(f_feature, f_max_version_level, f_allow_downgrade, 1, tags), pos
    except (StructError, IndexError):
        raise truncated("FeatureUpdateKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FeatureUpdateKey v0", pos) from None


def _w_FeatureUpdateKey_0(o: FeatureUpdateKey, out: list[Buffer]) -> None:
    a = out.append
    if o.upgrade_type != 1:
        raise not_in_version("FeatureUpdateKey.UpgradeType", "0")
    v_feature = o.feature
    b = v_feature.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F2.pack(o.max_version_level, o.allow_downgrade))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FeatureUpdateKey_0(o: FeatureUpdateKey) -> int:
    n = 3
    v_feature = o.feature
    k = utf8_len(v_feature)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_FeatureUpdateKey_1(buf: memoryview, pos: int) -> tuple[FeatureUpdateKey, int]:
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
            raise null_not_allowed("FeatureUpdateKey.Feature", pos)
        elif n > end - pos:
            raise bad_length("FeatureUpdateKey.Feature", n, pos, end - pos)
        else:
            f_feature = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_max_version_level,
            f_upgrade_type,
        ) = _F3.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FeatureUpdateKey(f_feature, f_max_version_level, False, f_upgrade_type, tags), pos
    except (StructError, IndexError):
        raise truncated("FeatureUpdateKey v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FeatureUpdateKey v1-2", pos) from None


def _w_FeatureUpdateKey_1(o: FeatureUpdateKey, out: list[Buffer]) -> None:
    a = out.append
    if o.allow_downgrade:
        raise not_in_version("FeatureUpdateKey.AllowDowngrade", "1-2")
    v_feature = o.feature
    b = v_feature.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F3.pack(o.max_version_level, o.upgrade_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FeatureUpdateKey_1(o: FeatureUpdateKey) -> int:
    n = 3
    v_feature = o.feature
    k = utf8_len(v_feature)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


UpdateFeaturesRequest._READERS = (
    _r_UpdateFeaturesRequest_0,
    _r_UpdateFeaturesRequest_1,
    _r_UpdateFeaturesRequest_1,
)
UpdateFeaturesRequest._WRITERS = (
    _w_UpdateFeaturesRequest_0,
    _w_UpdateFeaturesRequest_1,
    _w_UpdateFeaturesRequest_1,
)
UpdateFeaturesRequest._SIZERS = (
    _s_UpdateFeaturesRequest_0,
    _s_UpdateFeaturesRequest_1,
    _s_UpdateFeaturesRequest_1,
)
bind_readers(
    UpdateFeaturesRequest,
    "update_features_request",
    "422b6ae263a0b05e",
    (
        FeatureUpdateKey,
        UpdateFeaturesRequest,
    ),
)
