# generated from Kafka 4.4.0 by codegen — do not edit
"""ApiVersionsRequest: Kafka request (key 18), versions 0-5."""

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
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "ApiVersionsRequest",
]

_F0 = PackStruct(">i")


class ApiVersionsRequest(_Message):
    NAME: ClassVar[str] = "ApiVersionsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "client_software_name",
            "ClientSoftwareName",
            "string",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "client_software_version",
            "ClientSoftwareVersion",
            "string",
            False,
            (3, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "cluster_id",
            "ClusterId",
            "string",
            False,
            (5, 32767),
            (5, 32767),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "node_id", "NodeId", "int32", False, (5, 32767), (1, 0), None, (1, 0), True, None, False
        ),
    )
    client_software_name: str = ""
    client_software_version: str = ""
    cluster_id: str | None = None
    node_id: int = -1
    unknown_tags: dict[int, bytes] | None = None


def _r_ApiVersionsRequest_0(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    end = len(buf)
    try:
        return ApiVersionsRequest("", "", None, -1, None), pos
    except (StructError, IndexError):
        raise truncated("ApiVersionsRequest v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsRequest v0-2", pos) from None


def _w_ApiVersionsRequest_0(o: ApiVersionsRequest, out: list[Buffer]) -> None:
    a = out.append


def _s_ApiVersionsRequest_0(o: ApiVersionsRequest) -> int:
    n = 0
    return n


def _r_ApiVersionsRequest_1(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
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
            raise null_not_allowed("ApiVersionsRequest.ClientSoftwareName", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsRequest.ClientSoftwareName", n, pos, end - pos)
        else:
            f_client_software_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ApiVersionsRequest.ClientSoftwareVersion", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsRequest.ClientSoftwareVersion", n, pos, end - pos)
        else:
            f_client_software_version = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ApiVersionsRequest(f_client_software_name, f_client_software_version, None, -1, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ApiVersionsRequest v3-4", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsRequest v3-4", pos) from None


def _w_ApiVersionsRequest_1(o: ApiVersionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_client_software_name = o.client_software_name
    b = v_client_software_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_client_software_version = o.client_software_version
    b = v_client_software_version.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ApiVersionsRequest_1(o: ApiVersionsRequest) -> int:
    n = 0
    v_client_software_name = o.client_software_name
    k = utf8_len(v_client_software_name)
    n += uvarint_size(k + 1)
    n += k
    v_client_software_version = o.client_software_version
    k = utf8_len(v_client_software_version)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ApiVersionsRequest_2(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
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
            raise null_not_allowed("ApiVersionsRequest.ClientSoftwareName", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsRequest.ClientSoftwareName", n, pos, end - pos)
        else:
            f_client_software_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ApiVersionsRequest.ClientSoftwareVersion", pos)
        elif n > end - pos:
            raise bad_length("ApiVersionsRequest.ClientSoftwareVersion", n, pos, end - pos)
        else:
            f_client_software_version = str(buf[pos : pos + n], "utf-8")
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
            f_cluster_id: str | None = None
        elif n > end - pos:
            raise bad_length("ApiVersionsRequest.ClusterId", n, pos, end - pos)
        else:
            f_cluster_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_id,) = _F0.unpack_from(buf, pos)
        pos += 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ApiVersionsRequest(
                f_client_software_name, f_client_software_version, f_cluster_id, f_node_id, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ApiVersionsRequest v5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ApiVersionsRequest v5", pos) from None


def _w_ApiVersionsRequest_2(o: ApiVersionsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_client_software_name = o.client_software_name
    b = v_client_software_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_client_software_version = o.client_software_version
    b = v_client_software_version.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        a(b"\x00")
    else:
        b = v_cluster_id.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.node_id))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ApiVersionsRequest_2(o: ApiVersionsRequest) -> int:
    n = 4
    v_client_software_name = o.client_software_name
    k = utf8_len(v_client_software_name)
    n += uvarint_size(k + 1)
    n += k
    v_client_software_version = o.client_software_version
    k = utf8_len(v_client_software_version)
    n += uvarint_size(k + 1)
    n += k
    v_cluster_id = o.cluster_id
    if v_cluster_id is None:
        n += 1
    else:
        k = utf8_len(v_cluster_id)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ApiVersionsRequest._READERS = (
    _r_ApiVersionsRequest_0,
    _r_ApiVersionsRequest_0,
    _r_ApiVersionsRequest_0,
    _r_ApiVersionsRequest_1,
    _r_ApiVersionsRequest_1,
    _r_ApiVersionsRequest_2,
)
ApiVersionsRequest._WRITERS = (
    _w_ApiVersionsRequest_0,
    _w_ApiVersionsRequest_0,
    _w_ApiVersionsRequest_0,
    _w_ApiVersionsRequest_1,
    _w_ApiVersionsRequest_1,
    _w_ApiVersionsRequest_2,
)
ApiVersionsRequest._SIZERS = (
    _s_ApiVersionsRequest_0,
    _s_ApiVersionsRequest_0,
    _s_ApiVersionsRequest_0,
    _s_ApiVersionsRequest_1,
    _s_ApiVersionsRequest_1,
    _s_ApiVersionsRequest_2,
)
bind_readers(ApiVersionsRequest, "api_versions_request", "361673fe349b1413", (ApiVersionsRequest,))
