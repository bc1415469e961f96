# generated from Kafka 4.4.0 by codegen — do not edit
"""ApiVersionsResponse: Kafka response (key 18), versions 0-5."""

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
from fluxmq.protocol.primitives import (
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "ApiVersion",
    "SupportedFeatureKey",
    "FinalizedFeatureKey",
    "ApiVersionsResponse",
]

_F0 = PackStruct(">h")
_F1 = PackStruct(">i")
_F2 = PackStruct(">q")
_F3 = PackStruct(">?")
_F4 = PackStruct(">hh")
_F5 = PackStruct(">hhh")


class ApiVersion(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "api_key", "ApiKey", "int16", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "min_version",
            "MinVersion",
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
            "max_version",
            "MaxVersion",
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
    )
    api_key: int = 0
    min_version: int = 0
    max_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


class SupportedFeatureKey(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (3, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "min_version",
            "MinVersion",
            "int16",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "max_version",
            "MaxVersion",
            "int16",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    min_version: int = 0
    max_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


class FinalizedFeatureKey(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (3, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "max_version_level",
            "MaxVersionLevel",
            "int16",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "min_version_level",
            "MinVersionLevel",
            "int16",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    max_version_level: int = 0
    min_version_level: int = 0
    unknown_tags: dict[int, bytes] | None = None


class ApiVersionsResponse(_Message):
    NAME: ClassVar[str] = "ApiVersionsResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
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
            "api_keys",
            "ApiKeys",
            "ApiVersion",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ApiVersion,
            False,
        ),
        FieldInfo(
            "throttle_time_ms",
            "ThrottleTimeMs",
            "int32",
            False,
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "supported_features",
            "SupportedFeatures",
            "SupportedFeatureKey",
            True,
            (3, 32767),
            (1, 0),
            0,
            (3, 32767),
            True,
            SupportedFeatureKey,
            False,
        ),
        FieldInfo(
            "finalized_features_epoch",
            "FinalizedFeaturesEpoch",
            "int64",
            False,
            (3, 32767),
            (1, 0),
            1,
            (3, 32767),
            True,
            None,
            False,
        ),
        FieldInfo(
            "finalized_features",
            "FinalizedFeatures",
            "FinalizedFeatureKey",
            True,
            (3, 32767),
            (1, 0),
            2,
            (3, 32767),
            True,
            FinalizedFeatureKey,
            False,
        ),
        FieldInfo(
            "zk_migration_ready",
            "ZkMigrationReady",
            "bool",
            False,
            (3, 32767),
            (1, 0),
            3,
            (3, 32767),
            True,
            None,
            False,
        ),
    )
    error_code: int = 0
    api_keys: Sequence[ApiVersion] = ()
    throttle_time_ms: int = 0
    supported_features: Sequence[SupportedFeatureKey] = ()
    finalized_features_epoch: int = -1
    finalized_features: Sequence[FinalizedFeatureKey] = ()
    zk_migration_ready: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_ApiVersionsResponse_0(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ApiVersionsResponse.ApiKeys", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsResponse.ApiKeys", n, pos, end - pos)
        else:
            items_api_keys: list[ApiVersion] = []
            append_api_keys = items_api_keys.append
            for _ in range(n):
                x_api_keys, pos = _r_ApiVersion_0(buf, pos)
                append_api_keys(x_api_keys)
            f_api_keys: tuple[ApiVersion, ...] = tuple(items_api_keys)
        return ApiVersionsResponse(f_error_code, f_api_keys, 0, (), -1, (), False, None), pos
    except (StructError, IndexError):
        raise truncated("ApiVersionsResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsResponse v0", pos) from None


def _w_ApiVersionsResponse_0(o: ApiVersionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_api_keys = o.api_keys
    a(INT32.pack(len(v_api_keys)))
    w_api_keys = _w_ApiVersion_0
    for x_api_keys in v_api_keys:
        w_api_keys(x_api_keys, out)


def _s_ApiVersionsResponse_0(o: ApiVersionsResponse) -> int:
    n = 2
    v_api_keys = o.api_keys
    n += 4
    sz_api_keys = _s_ApiVersion_0
    for x_api_keys in v_api_keys:
        n += sz_api_keys(x_api_keys)
    return n


def _r_ApiVersionsResponse_1(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
        pos += 2
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ApiVersionsResponse.ApiKeys", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsResponse.ApiKeys", n, pos, end - pos)
        else:
            items_api_keys: list[ApiVersion] = []
            append_api_keys = items_api_keys.append
            for _ in range(n):
                x_api_keys, pos = _r_ApiVersion_0(buf, pos)
                append_api_keys(x_api_keys)
            f_api_keys: tuple[ApiVersion, ...] = tuple(items_api_keys)
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        return (
            ApiVersionsResponse(
                f_error_code, f_api_keys, f_throttle_time_ms, (), -1, (), False, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ApiVersionsResponse v1-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsResponse v1-2", pos) from None


def _w_ApiVersionsResponse_1(o: ApiVersionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_api_keys = o.api_keys
    a(INT32.pack(len(v_api_keys)))
    w_api_keys = _w_ApiVersion_0
    for x_api_keys in v_api_keys:
        w_api_keys(x_api_keys, out)
    a(_F1.pack(o.throttle_time_ms))


def _s_ApiVersionsResponse_1(o: ApiVersionsResponse) -> int:
    n = 6
    v_api_keys = o.api_keys
    n += 4
    sz_api_keys = _s_ApiVersion_0
    for x_api_keys in v_api_keys:
        n += sz_api_keys(x_api_keys)
    return n


def _r_ApiVersionsResponse_2(buf: memoryview, pos: int) -> tuple[ApiVersionsResponse, int]:
    end = len(buf)
    try:
        (f_error_code,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("ApiVersionsResponse.ApiKeys", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsResponse.ApiKeys", n, pos, end - pos)
        else:
            items_api_keys: list[ApiVersion] = []
            append_api_keys = items_api_keys.append
            for _ in range(n):
                x_api_keys, pos = _r_ApiVersion_1(buf, pos)
                append_api_keys(x_api_keys)
            f_api_keys: tuple[ApiVersion, ...] = tuple(items_api_keys)
        (f_throttle_time_ms,) = _F1.unpack_from(buf, pos)
        pos += 4
        f_supported_features: Sequence[SupportedFeatureKey] = ()
        f_finalized_features_epoch: int = -1
        f_finalized_features: Sequence[FinalizedFeatureKey] = ()
        f_zk_migration_ready: bool = False
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags = None
            count, pos = read_uvarint(buf, pos)
            if count > end - pos:
                raise bad_length("ApiVersionsResponse v3-5 tagged fields", count, pos, end - pos)
            for _ in range(count):
                tag, pos = read_uvarint(buf, pos)
                size, pos = read_uvarint(buf, pos)
                tend = pos + size
                if tend > end:
                    raise bad_length("ApiVersionsResponse v3-5 tag", size, pos, end - pos)
                if tag == 0:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if n < 0:
                        raise null_not_allowed("ApiVersionsResponse.SupportedFeatures", pos)
                    elif n > tend - pos:
                        raise bad_length(
                            "ApiVersionsResponse.SupportedFeatures", n, pos, tend - pos
                        )
                    else:
                        items_supported_features: list[SupportedFeatureKey] = []
                        append_supported_features = items_supported_features.append
                        for _ in range(n):
                            x_supported_features, pos = _r_SupportedFeatureKey_0(tbuf, pos)
                            append_supported_features(x_supported_features)
                        f_supported_features = tuple(items_supported_features)
                elif tag == 1:
                    tbuf = buf[:tend]
                    (f_finalized_features_epoch,) = _F2.unpack_from(tbuf, pos)
                    pos += 8
                elif tag == 2:
                    tbuf = buf[:tend]
                    n = tbuf[pos]
                    if n < 128:
                        pos += 1
                    elif tbuf[pos + 1] < 128:
                        n = (n & 127) | (tbuf[pos + 1] << 7)
                        pos += 2
                    elif tbuf[pos + 2] < 128:
                        n = (n & 127) | ((tbuf[pos + 1] & 127) << 7) | (tbuf[pos + 2] << 14)
                        pos += 3
                    else:
                        n, pos = read_uvarint(tbuf, pos)
                    n -= 1
                    if n < 0:
                        raise null_not_allowed("ApiVersionsResponse.FinalizedFeatures", pos)
                    elif n > tend - pos:
                        raise bad_length(
                            "ApiVersionsResponse.FinalizedFeatures", n, pos, tend - pos
                        )
                    else:
                        items_finalized_features: list[FinalizedFeatureKey] = []
                        append_finalized_features = items_finalized_features.append
                        for _ in range(n):
                            x_finalized_features, pos = _r_FinalizedFeatureKey_0(tbuf, pos)
                            append_finalized_features(x_finalized_features)
                        f_finalized_features = tuple(items_finalized_features)
                elif tag == 3:
                    tbuf = buf[:tend]
                    (f_zk_migration_ready,) = _F3.unpack_from(tbuf, pos)
                    pos += 1
                else:
                    if tags is None:
                        tags = {}
                    tags[tag] = bytes(buf[pos:tend])
                pos = tend
        return (
            ApiVersionsResponse(
                f_error_code,
                f_api_keys,
                f_throttle_time_ms,
                f_supported_features,
                f_finalized_features_epoch,
                f_finalized_features,
                f_zk_migration_ready,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ApiVersionsResponse v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsResponse v3-5", pos) from None


def _w_ApiVersionsResponse_2(o: ApiVersionsResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.error_code))
    v_api_keys = o.api_keys
    n = len(v_api_keys) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_api_keys = _w_ApiVersion_1
    for x_api_keys in v_api_keys:
        w_api_keys(x_api_keys, out)
    a(_F1.pack(o.throttle_time_ms))
    if not (
        o.unknown_tags is not None
        or (o.supported_features)
        or (o.finalized_features_epoch != -1)
        or (o.finalized_features)
        or (o.zk_migration_ready)
    ):
        a(b"\x00")
    else:
        tags: dict[int, Buffer] = dict(o.unknown_tags or {})
        if o.supported_features:
            sub_supported_features: list[Buffer] = []
            outer, out, a = out, sub_supported_features, sub_supported_features.append
            v_supported_features = o.supported_features
            n = len(v_supported_features) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            w_supported_features = _w_SupportedFeatureKey_0
            for x_supported_features in v_supported_features:
                w_supported_features(x_supported_features, out)
            out, a = outer, outer.append
            tags[0] = b"".join(sub_supported_features)
        if o.finalized_features_epoch != -1:
            sub_finalized_features_epoch: list[Buffer] = []
            outer, out, a = out, sub_finalized_features_epoch, sub_finalized_features_epoch.append
            a(_F2.pack(o.finalized_features_epoch))
            out, a = outer, outer.append
            tags[1] = b"".join(sub_finalized_features_epoch)
        if o.finalized_features:
            sub_finalized_features: list[Buffer] = []
            outer, out, a = out, sub_finalized_features, sub_finalized_features.append
            v_finalized_features = o.finalized_features
            n = len(v_finalized_features) + 1
            a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
            w_finalized_features = _w_FinalizedFeatureKey_0
            for x_finalized_features in v_finalized_features:
                w_finalized_features(x_finalized_features, out)
            out, a = outer, outer.append
            tags[2] = b"".join(sub_finalized_features)
        if o.zk_migration_ready:
            sub_zk_migration_ready: list[Buffer] = []
            outer, out, a = out, sub_zk_migration_ready, sub_zk_migration_ready.append
            a(_F3.pack(o.zk_migration_ready))
            out, a = outer, outer.append
            tags[3] = b"".join(sub_zk_migration_ready)
        write_tags(out, tags)


def _s_ApiVersionsResponse_2(o: ApiVersionsResponse) -> int:
    n = 6
    v_api_keys = o.api_keys
    n += uvarint_size(len(v_api_keys) + 1)
    sz_api_keys = _s_ApiVersion_1
    for x_api_keys in v_api_keys:
        n += sz_api_keys(x_api_keys)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    if o.supported_features:
        outer_n = n
        n = 0
        v_supported_features = o.supported_features
        n += uvarint_size(len(v_supported_features) + 1)
        sz_supported_features = _s_SupportedFeatureKey_0
        for x_supported_features in v_supported_features:
            n += sz_supported_features(x_supported_features)
        tags[0] = n
        n = outer_n
    if o.finalized_features_epoch != -1:
        outer_n = n
        n = 0
        n += 8
        tags[1] = n
        n = outer_n
    if o.finalized_features:
        outer_n = n
        n = 0
        v_finalized_features = o.finalized_features
        n += uvarint_size(len(v_finalized_features) + 1)
        sz_finalized_features = _s_FinalizedFeatureKey_0
        for x_finalized_features in v_finalized_features:
            n += sz_finalized_features(x_finalized_features)
        tags[2] = n
        n = outer_n
    if o.zk_migration_ready:
        outer_n = n
        n = 0
        n += 1
        tags[3] = n
        n = outer_n
    n += tags_size(tags)
    return n


def _r_FinalizedFeatureKey_0(buf: memoryview, pos: int) -> tuple[FinalizedFeatureKey, int]:
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
            raise null_not_allowed("FinalizedFeatureKey.Name", pos)
        elif n > end - pos:
            raise bad_length("FinalizedFeatureKey.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_max_version_level,
            f_min_version_level,
        ) = _F4.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return FinalizedFeatureKey(f_name, f_max_version_level, f_min_version_level, tags), pos
    except (StructError, IndexError):
        raise truncated("FinalizedFeatureKey v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("FinalizedFeatureKey v3-5", pos) from None


def _w_FinalizedFeatureKey_0(o: FinalizedFeatureKey, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F4.pack(o.max_version_level, o.min_version_level))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_FinalizedFeatureKey_0(o: FinalizedFeatureKey) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_SupportedFeatureKey_0(buf: memoryview, pos: int) -> tuple[SupportedFeatureKey, int]:
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
            raise null_not_allowed("SupportedFeatureKey.Name", pos)
        elif n > end - pos:
            raise bad_length("SupportedFeatureKey.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_min_version,
            f_max_version,
        ) = _F4.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return SupportedFeatureKey(f_name, f_min_version, f_max_version, tags), pos
    except (StructError, IndexError):
        raise truncated("SupportedFeatureKey v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("SupportedFeatureKey v3-5", pos) from None


def _w_SupportedFeatureKey_0(o: SupportedFeatureKey, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F4.pack(o.min_version, o.max_version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_SupportedFeatureKey_0(o: SupportedFeatureKey) -> int:
    n = 4
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ApiVersion_0(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    end = len(buf)
    try:
        (
            f_api_key,
            f_min_version,
            f_max_version,
        ) = _F5.unpack_from(buf, pos)
        pos += 6
        return ApiVersion(f_api_key, f_min_version, f_max_version, None), pos
    except (StructError, IndexError):
        raise truncated("ApiVersion v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersion v0-2", pos) from None


def _w_ApiVersion_0(o: ApiVersion, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.api_key, o.min_version, o.max_version))


def _s_ApiVersion_0(o: ApiVersion) -> int:
    n = 6
    return n


def _r_ApiVersion_1(buf: memoryview, pos: int) -> tuple[ApiVersion, int]:
    end = len(buf)
    try:
        (
            f_api_key,
            f_min_version,
            f_max_version,
        ) = _F5.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ApiVersion(f_api_key, f_min_version, f_max_version, tags), pos
    except (StructError, IndexError):
        raise truncated("ApiVersion v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersion v3-5", pos) from None


def _w_ApiVersion_1(o: ApiVersion, out: list[Buffer]) -> None:
    a = out.append
    a(_F5.pack(o.api_key, o.min_version, o.max_version))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ApiVersion_1(o: ApiVersion) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ApiVersionsResponse._READERS = (
    _r_ApiVersionsResponse_0,
    _r_ApiVersionsResponse_1,
    _r_ApiVersionsResponse_1,
    _r_ApiVersionsResponse_2,
    _r_ApiVersionsResponse_2,
    _r_ApiVersionsResponse_2,
)
ApiVersionsResponse._WRITERS = (
    _w_ApiVersionsResponse_0,
    _w_ApiVersionsResponse_1,
    _w_ApiVersionsResponse_1,
    _w_ApiVersionsResponse_2,
    _w_ApiVersionsResponse_2,
    _w_ApiVersionsResponse_2,
)
ApiVersionsResponse._SIZERS = (
    _s_ApiVersionsResponse_0,
    _s_ApiVersionsResponse_1,
    _s_ApiVersionsResponse_1,
    _s_ApiVersionsResponse_2,
    _s_ApiVersionsResponse_2,
    _s_ApiVersionsResponse_2,
)
bind_readers(
    ApiVersionsResponse,
    "api_versions_response",
    "ec4744ac5d28cca9",
    (
        ApiVersion,
        SupportedFeatureKey,
        FinalizedFeatureKey,
        ApiVersionsResponse,
    ),
)
