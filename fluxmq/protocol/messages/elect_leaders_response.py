# generated from Kafka 4.4.0 by codegen — do not edit
"""ElectLeadersResponse: Kafka response (key 43), versions 0-2."""

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
from fluxmq.protocol.primitives import (
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "PartitionResult",
    "ReplicaElectionResult",
    "ElectLeadersResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")


class PartitionResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_id",
            "PartitionId",
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
    )
    partition_id: int = 0
    error_code: int = 0
    error_message: str | None = ""
    unknown_tags: dict[int, bytes] | None = None


class ReplicaElectionResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topic", "Topic", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partition_result",
            "PartitionResult",
            "PartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            PartitionResult,
            False,
        ),
    )
    topic: str = ""
    partition_result: Sequence[PartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class ElectLeadersResponse(_Message):
    NAME: ClassVar[str] = "ElectLeadersResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
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
            (1, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "replica_election_results",
            "ReplicaElectionResults",
            "ReplicaElectionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            ReplicaElectionResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    replica_election_results: Sequence[ReplicaElectionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_ElectLeadersResponse_0(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ElectLeadersResponse.ReplicaElectionResults", pos)
        elif n > end - pos:
            raise bad_length("ElectLeadersResponse.ReplicaElectionResults", n, pos, end - pos)
        else:
            items_replica_election_results: list[ReplicaElectionResult] = []
            append_replica_election_results = items_replica_election_results.append
            for _ in range(n):
                x_replica_election_results, pos = _r_ReplicaElectionResult_0(buf, pos)
                append_replica_election_results(x_replica_election_results)
            f_replica_election_results: tuple[ReplicaElectionResult, ...] = tuple(
                items_replica_election_results
            )
        return ElectLeadersResponse(f_throttle_time_ms, 0, f_replica_election_results, None), pos
    except (StructError, IndexError):
        raise truncated("ElectLeadersResponse v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersResponse v0", pos) from None


def _w_ElectLeadersResponse_0(o: ElectLeadersResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.error_code != 0:
        raise not_in_version("ElectLeadersResponse.ErrorCode", "0")
    a(_F0.pack(o.throttle_time_ms))
    v_replica_election_results = o.replica_election_results
    a(INT32.pack(len(v_replica_election_results)))
    w_replica_election_results = _w_ReplicaElectionResult_0
    for x_replica_election_results in v_replica_election_results:
        w_replica_election_results(x_replica_election_results, out)


def _s_ElectLeadersResponse_0(o: ElectLeadersResponse) -> int:
    n = 4
    v_replica_election_results = o.replica_election_results
    n += 4
    sz_replica_election_results = _s_ReplicaElectionResult_0
    for x_replica_election_results in v_replica_election_results:
        n += sz_replica_election_results(x_replica_election_results)
    return n


def _r_ElectLeadersResponse_1(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ElectLeadersResponse.ReplicaElectionResults", pos)
        elif n > end - pos:
            raise bad_length("ElectLeadersResponse.ReplicaElectionResults", n, pos, end - pos)
        else:
            items_replica_election_results: list[ReplicaElectionResult] = []
            append_replica_election_results = items_replica_election_results.append
            for _ in range(n):
                x_replica_election_results, pos = _r_ReplicaElectionResult_0(buf, pos)
                append_replica_election_results(x_replica_election_results)
            f_replica_election_results: tuple[ReplicaElectionResult, ...] = tuple(
                items_replica_election_results
            )
        return (
            ElectLeadersResponse(
                f_throttle_time_ms, f_error_code, f_replica_election_results, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ElectLeadersResponse v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersResponse v1", pos) from None


def _w_ElectLeadersResponse_1(o: ElectLeadersResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_replica_election_results = o.replica_election_results
    a(INT32.pack(len(v_replica_election_results)))
    w_replica_election_results = _w_ReplicaElectionResult_0
    for x_replica_election_results in v_replica_election_results:
        w_replica_election_results(x_replica_election_results, out)


def _s_ElectLeadersResponse_1(o: ElectLeadersResponse) -> int:
    n = 6
    v_replica_election_results = o.replica_election_results
    n += 4
    sz_replica_election_results = _s_ReplicaElectionResult_0
    for x_replica_election_results in v_replica_election_results:
        n += sz_replica_election_results(x_replica_election_results)
    return n


def _r_ElectLeadersResponse_2(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    end = len(buf)
    try:
        (
            f_throttle_time_ms,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise null_not_allowed("ElectLeadersResponse.ReplicaElectionResults", pos)
        elif n > end - pos:
            raise bad_length("ElectLeadersResponse.ReplicaElectionResults", n, pos, end - pos)
        else:
            items_replica_election_results: list[ReplicaElectionResult] = []
            append_replica_election_results = items_replica_election_results.append
            for _ in range(n):
                x_replica_election_results, pos = _r_ReplicaElectionResult_1(buf, pos)
                append_replica_election_results(x_replica_election_results)
            f_replica_election_results: tuple[ReplicaElectionResult, ...] = tuple(
                items_replica_election_results
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            ElectLeadersResponse(
                f_throttle_time_ms, f_error_code, f_replica_election_results, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("ElectLeadersResponse v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ElectLeadersResponse v2", pos) from None


def _w_ElectLeadersResponse_2(o: ElectLeadersResponse, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_replica_election_results = o.replica_election_results
    n = len(v_replica_election_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_replica_election_results = _w_ReplicaElectionResult_1
    for x_replica_election_results in v_replica_election_results:
        w_replica_election_results(x_replica_election_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ElectLeadersResponse_2(o: ElectLeadersResponse) -> int:
    n = 6
    v_replica_election_results = o.replica_election_results
    n += uvarint_size(len(v_replica_election_results) + 1)
    sz_replica_election_results = _s_ReplicaElectionResult_1
    for x_replica_election_results in v_replica_election_results:
        n += sz_replica_election_results(x_replica_election_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_ReplicaElectionResult_0(buf: memoryview, pos: int) -> tuple[ReplicaElectionResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ReplicaElectionResult.Topic", pos)
        elif n > end - pos:
            raise bad_length("ReplicaElectionResult.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("ReplicaElectionResult.PartitionResult", pos)
        elif n > end - pos:
            raise bad_length("ReplicaElectionResult.PartitionResult", n, pos, end - pos)
        else:
            items_partition_result: list[PartitionResult] = []
            append_partition_result = items_partition_result.append
            for _ in range(n):
                x_partition_result, pos = _r_PartitionResult_0(buf, pos)
                append_partition_result(x_partition_result)
            f_partition_result: tuple[PartitionResult, ...] = tuple(items_partition_result)
        return ReplicaElectionResult(f_topic, f_partition_result, None), pos
    except (StructError, IndexError):
        raise truncated("ReplicaElectionResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaElectionResult v0-1", pos) from None


def _w_ReplicaElectionResult_0(o: ReplicaElectionResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partition_result = o.partition_result
    a(INT32.pack(len(v_partition_result)))
    w_partition_result = _w_PartitionResult_0
    for x_partition_result in v_partition_result:
        w_partition_result(x_partition_result, out)


def _s_ReplicaElectionResult_0(o: ReplicaElectionResult) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += 2
    n += k
    v_partition_result = o.partition_result
    n += 4
    sz_partition_result = _s_PartitionResult_0
    for x_partition_result in v_partition_result:
        n += sz_partition_result(x_partition_result)
    return n


def _r_ReplicaElectionResult_1(buf: memoryview, pos: int) -> tuple[ReplicaElectionResult, int]:
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
            raise null_not_allowed("ReplicaElectionResult.Topic", pos)
        elif n > end - pos:
            raise bad_length("ReplicaElectionResult.Topic", n, pos, end - pos)
        else:
            f_topic = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("ReplicaElectionResult.PartitionResult", pos)
        elif n > end - pos:
            raise bad_length("ReplicaElectionResult.PartitionResult", n, pos, end - pos)
        else:
            items_partition_result: list[PartitionResult] = []
            append_partition_result = items_partition_result.append
            for _ in range(n):
                x_partition_result, pos = _r_PartitionResult_1(buf, pos)
                append_partition_result(x_partition_result)
            f_partition_result: tuple[PartitionResult, ...] = tuple(items_partition_result)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ReplicaElectionResult(f_topic, f_partition_result, tags), pos
    except (StructError, IndexError):
        raise truncated("ReplicaElectionResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ReplicaElectionResult v2", pos) from None


def _w_ReplicaElectionResult_1(o: ReplicaElectionResult, out: list[Buffer]) -> None:
    a = out.append
    v_topic = o.topic
    b = v_topic.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partition_result = o.partition_result
    n = len(v_partition_result) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_partition_result = _w_PartitionResult_1
    for x_partition_result in v_partition_result:
        w_partition_result(x_partition_result, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ReplicaElectionResult_1(o: ReplicaElectionResult) -> int:
    n = 0
    v_topic = o.topic
    k = utf8_len(v_topic)
    n += uvarint_size(k + 1)
    n += k
    v_partition_result = o.partition_result
    n += uvarint_size(len(v_partition_result) + 1)
    sz_partition_result = _s_PartitionResult_1
    for x_partition_result in v_partition_result:
        n += sz_partition_result(x_partition_result)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_PartitionResult_0(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_id,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            f_error_message: str | None = None
        elif n > end - pos:
            raise bad_length("PartitionResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        return PartitionResult(f_partition_id, f_error_code, f_error_message, None), pos
    except (StructError, IndexError):
        raise truncated("PartitionResult v0-1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionResult v0-1", pos) from None


def _w_PartitionResult_0(o: PartitionResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_id, o.error_code))
    v_error_message = o.error_message
    if v_error_message is None:
        a(b"\xff\xff")
    else:
        b = v_error_message.encode("utf-8")
        a(INT16.pack(len(b)))
        a(b)


def _s_PartitionResult_0(o: PartitionResult) -> int:
    n = 6
    v_error_message = o.error_message
    if v_error_message is None:
        n += 2
    else:
        k = utf8_len(v_error_message)
        n += 2
        n += k
    return n


def _r_PartitionResult_1(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_id,
            f_error_code,
        ) = _F1.unpack_from(buf, pos)
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
            raise bad_length("PartitionResult.ErrorMessage", n, pos, end - pos)
        else:
            f_error_message = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return PartitionResult(f_partition_id, f_error_code, f_error_message, tags), pos
    except (StructError, IndexError):
        raise truncated("PartitionResult v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("PartitionResult v2", pos) from None


def _w_PartitionResult_1(o: PartitionResult, out: list[Buffer]) -> None:
    a = out.append
    a(_F1.pack(o.partition_id, o.error_code))
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


def _s_PartitionResult_1(o: PartitionResult) -> int:
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


ElectLeadersResponse._READERS = (
    _r_ElectLeadersResponse_0,
    _r_ElectLeadersResponse_1,
    _r_ElectLeadersResponse_2,
)
ElectLeadersResponse._WRITERS = (
    _w_ElectLeadersResponse_0,
    _w_ElectLeadersResponse_1,
    _w_ElectLeadersResponse_2,
)
ElectLeadersResponse._SIZERS = (
    _s_ElectLeadersResponse_0,
    _s_ElectLeadersResponse_1,
    _s_ElectLeadersResponse_2,
)
bind_readers(
    ElectLeadersResponse,
    "elect_leaders_response",
    "b899edb8be31b36f",
    (
        PartitionResult,
        ReplicaElectionResult,
        ElectLeadersResponse,
    ),
)
