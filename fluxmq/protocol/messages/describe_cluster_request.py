# generated from Kafka 4.4.0 by codegen — do not edit
"""DescribeClusterRequest: Kafka request (key 60), versions 0-2."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from typing import ClassVar
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_utf8,
    not_in_version,
    read_tags,
    tags_size,
    truncated,
    write_tags,
)
from fluxmq.protocol.primitives import Buffer

__all__ = [
    "DescribeClusterRequest",
]

_F0 = PackStruct(">?")
_F1 = PackStruct(">?b")
_F2 = PackStruct(">?b?")


class DescribeClusterRequest(_Message):
    NAME: ClassVar[str] = "DescribeClusterRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "include_cluster_authorized_operations",
            "IncludeClusterAuthorizedOperations",
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
            "endpoint_type",
            "EndpointType",
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
        FieldInfo(
            "include_fenced_brokers",
            "IncludeFencedBrokers",
            "bool",
            False,
            (2, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    include_cluster_authorized_operations: bool = False
    endpoint_type: int = 1
    include_fenced_brokers: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _r_DescribeClusterRequest_0(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    end = len(buf)
    try:
        (f_include_cluster_authorized_operations,) = _F0.unpack_from(buf, pos)
        pos += 1
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return DescribeClusterRequest(f_include_cluster_authorized_operations, 1, False, tags), pos
    except (StructError, IndexError):
        raise truncated("DescribeClusterRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterRequest v0", pos) from None


def _w_DescribeClusterRequest_0(o: DescribeClusterRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.endpoint_type != 1:
        raise not_in_version("DescribeClusterRequest.EndpointType", "0")
    if o.include_fenced_brokers:
        raise not_in_version("DescribeClusterRequest.IncludeFencedBrokers", "0")
    a(_F0.pack(o.include_cluster_authorized_operations))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterRequest_0(o: DescribeClusterRequest) -> int:
    n = 1
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterRequest_1(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    end = len(buf)
    try:
        (
            f_include_cluster_authorized_operations,
            f_endpoint_type,
        ) = _F1.unpack_from(buf, pos)
        pos += 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClusterRequest(
                f_include_cluster_authorized_operations, f_endpoint_type, False, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClusterRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterRequest v1", pos) from None


def _w_DescribeClusterRequest_1(o: DescribeClusterRequest, out: list[Buffer]) -> None:
    a = out.append
    if o.include_fenced_brokers:
        raise not_in_version("DescribeClusterRequest.IncludeFencedBrokers", "1")
    a(_F1.pack(o.include_cluster_authorized_operations, o.endpoint_type))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterRequest_1(o: DescribeClusterRequest) -> int:
    n = 2
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_DescribeClusterRequest_2(buf: memoryview, pos: int) -> tuple[DescribeClusterRequest, int]:
    end = len(buf)
    try:
        (
            f_include_cluster_authorized_operations,
            f_endpoint_type,
            f_include_fenced_brokers,
        ) = _F2.unpack_from(buf, pos)
        pos += 3
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            DescribeClusterRequest(
                f_include_cluster_authorized_operations,
                f_endpoint_type,
                f_include_fenced_brokers,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("DescribeClusterRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("DescribeClusterRequest v2", pos) from None


def _w_DescribeClusterRequest_2(o: DescribeClusterRequest, out: list[Buffer]) -> None:
    a = out.append
    a(_F2.pack(o.include_cluster_authorized_operations, o.endpoint_type, o.include_fenced_brokers))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_DescribeClusterRequest_2(o: DescribeClusterRequest) -> int:
    n = 3
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


DescribeClusterRequest._READERS = (
    _r_DescribeClusterRequest_0,
    _r_DescribeClusterRequest_1,
    _r_DescribeClusterRequest_2,
)
DescribeClusterRequest._WRITERS = (
    _w_DescribeClusterRequest_0,
    _w_DescribeClusterRequest_1,
    _w_DescribeClusterRequest_2,
)
DescribeClusterRequest._SIZERS = (
    _s_DescribeClusterRequest_0,
    _s_DescribeClusterRequest_1,
    _s_DescribeClusterRequest_2,
)
bind_readers(
    DescribeClusterRequest,
    "describe_cluster_request",
    "e43e98604aff8352",
    (DescribeClusterRequest,),
)
