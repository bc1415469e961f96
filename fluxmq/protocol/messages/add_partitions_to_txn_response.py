# generated from Kafka 4.4.0 by codegen — do not edit
"""AddPartitionsToTxnResponse: Kafka response (key 24), versions 0-5."""

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
    "AddPartitionsToTxnPartitionResult",
    "AddPartitionsToTxnTopicResult",
    "AddPartitionsToTxnResult",
    "AddPartitionsToTxnResponse",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")


class AddPartitionsToTxnPartitionResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "partition_index",
            "PartitionIndex",
            "int32",
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
            "partition_error_code",
            "PartitionErrorCode",
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
    partition_index: int = 0
    partition_error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


class AddPartitionsToTxnTopicResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "results_by_partition",
            "ResultsByPartition",
            "AddPartitionsToTxnPartitionResult",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnPartitionResult,
            False,
        ),
    )
    name: str = ""
    results_by_partition: Sequence[AddPartitionsToTxnPartitionResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class AddPartitionsToTxnResult(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "transactional_id",
            "TransactionalId",
            "string",
            False,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            True,
        ),
        FieldInfo(
            "topic_results",
            "TopicResults",
            "AddPartitionsToTxnTopicResult",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnTopicResult,
            False,
        ),
    )
    transactional_id: str = ""
    topic_results: Sequence[AddPartitionsToTxnTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


class AddPartitionsToTxnResponse(_Message):
    NAME: ClassVar[str] = "AddPartitionsToTxnResponse"
    TYPE: ClassVar[str] = "response"
    API_KEY: ClassVar[int | None] = 24
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN: ClassVar[int | None] = 3
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
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            True,
            None,
            False,
        ),
        FieldInfo(
            "results_by_transaction",
            "ResultsByTransaction",
            "AddPartitionsToTxnResult",
            True,
            (4, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnResult,
            False,
        ),
        FieldInfo(
            "results_by_topic_v3_and_below",
            "ResultsByTopicV3AndBelow",
            "AddPartitionsToTxnTopicResult",
            True,
            (0, 3),
            (1, 0),
            None,
            (1, 0),
            False,
            AddPartitionsToTxnTopicResult,
            False,
        ),
    )
    throttle_time_ms: int = 0
    error_code: int = 0
    results_by_transaction: Sequence[AddPartitionsToTxnResult] = ()
    results_by_topic_v3_and_below: Sequence[AddPartitionsToTxnTopicResult] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AddPartitionsToTxnResponse_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
        pos += 4
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", pos)
        elif n > end - pos:
            raise bad_length(
                "AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", n, pos, end - pos
            )
        else:
            items_results_by_topic_v3_and_below: list[AddPartitionsToTxnTopicResult] = []
            append_results_by_topic_v3_and_below = items_results_by_topic_v3_and_below.append
            for _ in range(n):
                x_results_by_topic_v3_and_below, pos = _r_AddPartitionsToTxnTopicResult_0(buf, pos)
                append_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below)
            f_results_by_topic_v3_and_below: tuple[AddPartitionsToTxnTopicResult, ...] = tuple(
                items_results_by_topic_v3_and_below
            )
        return (
            AddPartitionsToTxnResponse(
                f_throttle_time_ms, 0, (), f_results_by_topic_v3_and_below, None
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnResponse v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnResponse v0-2", pos) from None


def _w_AddPartitionsToTxnResponse_0(o: AddPartitionsToTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.results_by_transaction:
        raise not_in_version("AddPartitionsToTxnResponse.ResultsByTransaction", "0-2")
    a(_F0.pack(o.throttle_time_ms))
    v_results_by_topic_v3_and_below = o.results_by_topic_v3_and_below
    a(INT32.pack(len(v_results_by_topic_v3_and_below)))
    w_results_by_topic_v3_and_below = _w_AddPartitionsToTxnTopicResult_0
    for x_results_by_topic_v3_and_below in v_results_by_topic_v3_and_below:
        w_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below, out)


def _s_AddPartitionsToTxnResponse_0(o: AddPartitionsToTxnResponse) -> int:
    n = 4
    v_results_by_topic_v3_and_below = o.results_by_topic_v3_and_below
    n += 4
    sz_results_by_topic_v3_and_below = _s_AddPartitionsToTxnTopicResult_0
    for x_results_by_topic_v3_and_below in v_results_by_topic_v3_and_below:
        n += sz_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below)
    return n


def _r_AddPartitionsToTxnResponse_1(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnResponse, int]:
    end = len(buf)
    try:
        (f_throttle_time_ms,) = _F0.unpack_from(buf, pos)
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
            raise null_not_allowed("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", pos)
        elif n > end - pos:
            raise bad_length(
                "AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", n, pos, end - pos
            )
        else:
            items_results_by_topic_v3_and_below: list[AddPartitionsToTxnTopicResult] = []
            append_results_by_topic_v3_and_below = items_results_by_topic_v3_and_below.append
            for _ in range(n):
                x_results_by_topic_v3_and_below, pos = _r_AddPartitionsToTxnTopicResult_1(buf, pos)
                append_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below)
            f_results_by_topic_v3_and_below: tuple[AddPartitionsToTxnTopicResult, ...] = tuple(
                items_results_by_topic_v3_and_below
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddPartitionsToTxnResponse(
                f_throttle_time_ms, 0, (), f_results_by_topic_v3_and_below, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnResponse v3", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnResponse v3", pos) from None


def _w_AddPartitionsToTxnResponse_1(o: AddPartitionsToTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.results_by_transaction:
        raise not_in_version("AddPartitionsToTxnResponse.ResultsByTransaction", "3")
    a(_F0.pack(o.throttle_time_ms))
    v_results_by_topic_v3_and_below = o.results_by_topic_v3_and_below
    n = len(v_results_by_topic_v3_and_below) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results_by_topic_v3_and_below = _w_AddPartitionsToTxnTopicResult_1
    for x_results_by_topic_v3_and_below in v_results_by_topic_v3_and_below:
        w_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnResponse_1(o: AddPartitionsToTxnResponse) -> int:
    n = 4
    v_results_by_topic_v3_and_below = o.results_by_topic_v3_and_below
    n += uvarint_size(len(v_results_by_topic_v3_and_below) + 1)
    sz_results_by_topic_v3_and_below = _s_AddPartitionsToTxnTopicResult_1
    for x_results_by_topic_v3_and_below in v_results_by_topic_v3_and_below:
        n += sz_results_by_topic_v3_and_below(x_results_by_topic_v3_and_below)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnResponse_2(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnResponse, int]:
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
            raise null_not_allowed("AddPartitionsToTxnResponse.ResultsByTransaction", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnResponse.ResultsByTransaction", n, pos, end - pos)
        else:
            items_results_by_transaction: list[AddPartitionsToTxnResult] = []
            append_results_by_transaction = items_results_by_transaction.append
            for _ in range(n):
                x_results_by_transaction, pos = _r_AddPartitionsToTxnResult_0(buf, pos)
                append_results_by_transaction(x_results_by_transaction)
            f_results_by_transaction: tuple[AddPartitionsToTxnResult, ...] = tuple(
                items_results_by_transaction
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddPartitionsToTxnResponse(
                f_throttle_time_ms, f_error_code, f_results_by_transaction, (), tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnResponse v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnResponse v4-5", pos) from None


def _w_AddPartitionsToTxnResponse_2(o: AddPartitionsToTxnResponse, out: list[Buffer]) -> None:
    a = out.append
    if o.results_by_topic_v3_and_below:
        raise not_in_version("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", "4-5")
    a(_F1.pack(o.throttle_time_ms, o.error_code))
    v_results_by_transaction = o.results_by_transaction
    n = len(v_results_by_transaction) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results_by_transaction = _w_AddPartitionsToTxnResult_0
    for x_results_by_transaction in v_results_by_transaction:
        w_results_by_transaction(x_results_by_transaction, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnResponse_2(o: AddPartitionsToTxnResponse) -> int:
    n = 6
    v_results_by_transaction = o.results_by_transaction
    n += uvarint_size(len(v_results_by_transaction) + 1)
    sz_results_by_transaction = _s_AddPartitionsToTxnResult_0
    for x_results_by_transaction in v_results_by_transaction:
        n += sz_results_by_transaction(x_results_by_transaction)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnResult_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnResult, int]:
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
            raise null_not_allowed("AddPartitionsToTxnResult.TransactionalId", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnResult.TransactionalId", n, pos, end - pos)
        else:
            f_transactional_id = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AddPartitionsToTxnResult.TopicResults", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnResult.TopicResults", n, pos, end - pos)
        else:
            items_topic_results: list[AddPartitionsToTxnTopicResult] = []
            append_topic_results = items_topic_results.append
            for _ in range(n):
                x_topic_results, pos = _r_AddPartitionsToTxnTopicResult_1(buf, pos)
                append_topic_results(x_topic_results)
            f_topic_results: tuple[AddPartitionsToTxnTopicResult, ...] = tuple(items_topic_results)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AddPartitionsToTxnResult(f_transactional_id, f_topic_results, tags), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnResult v4-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnResult v4-5", pos) from None


def _w_AddPartitionsToTxnResult_0(o: AddPartitionsToTxnResult, out: list[Buffer]) -> None:
    a = out.append
    v_transactional_id = o.transactional_id
    b = v_transactional_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topic_results = o.topic_results
    n = len(v_topic_results) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_results = _w_AddPartitionsToTxnTopicResult_1
    for x_topic_results in v_topic_results:
        w_topic_results(x_topic_results, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnResult_0(o: AddPartitionsToTxnResult) -> int:
    n = 0
    v_transactional_id = o.transactional_id
    k = utf8_len(v_transactional_id)
    n += uvarint_size(k + 1)
    n += k
    v_topic_results = o.topic_results
    n += uvarint_size(len(v_topic_results) + 1)
    sz_topic_results = _s_AddPartitionsToTxnTopicResult_1
    for x_topic_results in v_topic_results:
        n += sz_topic_results(x_topic_results)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnTopicResult_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnTopicResult, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AddPartitionsToTxnTopicResult.ResultsByPartition", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopicResult.ResultsByPartition", n, pos, end - pos)
        else:
            items_results_by_partition: list[AddPartitionsToTxnPartitionResult] = []
            append_results_by_partition = items_results_by_partition.append
            for _ in range(n):
                x_results_by_partition, pos = _r_AddPartitionsToTxnPartitionResult_0(buf, pos)
                append_results_by_partition(x_results_by_partition)
            f_results_by_partition: tuple[AddPartitionsToTxnPartitionResult, ...] = tuple(
                items_results_by_partition
            )
        return AddPartitionsToTxnTopicResult(f_name, f_results_by_partition, None), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnTopicResult v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnTopicResult v0-2", pos) from None


def _w_AddPartitionsToTxnTopicResult_0(o: AddPartitionsToTxnTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_results_by_partition = o.results_by_partition
    a(INT32.pack(len(v_results_by_partition)))
    w_results_by_partition = _w_AddPartitionsToTxnPartitionResult_0
    for x_results_by_partition in v_results_by_partition:
        w_results_by_partition(x_results_by_partition, out)


def _s_AddPartitionsToTxnTopicResult_0(o: AddPartitionsToTxnTopicResult) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_results_by_partition = o.results_by_partition
    n += 4
    sz_results_by_partition = _s_AddPartitionsToTxnPartitionResult_0
    for x_results_by_partition in v_results_by_partition:
        n += sz_results_by_partition(x_results_by_partition)
    return n


def _r_AddPartitionsToTxnTopicResult_1(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
            raise null_not_allowed("AddPartitionsToTxnTopicResult.Name", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopicResult.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AddPartitionsToTxnTopicResult.ResultsByPartition", pos)
        elif n > end - pos:
            raise bad_length("AddPartitionsToTxnTopicResult.ResultsByPartition", n, pos, end - pos)
        else:
            items_results_by_partition: list[AddPartitionsToTxnPartitionResult] = []
            append_results_by_partition = items_results_by_partition.append
            for _ in range(n):
                x_results_by_partition, pos = _r_AddPartitionsToTxnPartitionResult_1(buf, pos)
                append_results_by_partition(x_results_by_partition)
            f_results_by_partition: tuple[AddPartitionsToTxnPartitionResult, ...] = tuple(
                items_results_by_partition
            )
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AddPartitionsToTxnTopicResult(f_name, f_results_by_partition, tags), pos
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnTopicResult v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnTopicResult v3-5", pos) from None


def _w_AddPartitionsToTxnTopicResult_1(o: AddPartitionsToTxnTopicResult, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_results_by_partition = o.results_by_partition
    n = len(v_results_by_partition) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_results_by_partition = _w_AddPartitionsToTxnPartitionResult_1
    for x_results_by_partition in v_results_by_partition:
        w_results_by_partition(x_results_by_partition, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnTopicResult_1(o: AddPartitionsToTxnTopicResult) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_results_by_partition = o.results_by_partition
    n += uvarint_size(len(v_results_by_partition) + 1)
    sz_results_by_partition = _s_AddPartitionsToTxnPartitionResult_1
    for x_results_by_partition in v_results_by_partition:
        n += sz_results_by_partition(x_results_by_partition)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AddPartitionsToTxnPartitionResult_0(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_partition_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        return (
            AddPartitionsToTxnPartitionResult(f_partition_index, f_partition_error_code, None),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnPartitionResult v0-2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnPartitionResult v0-2", pos) from None


def _w_AddPartitionsToTxnPartitionResult_0(
    o: AddPartitionsToTxnPartitionResult, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.partition_error_code))


def _s_AddPartitionsToTxnPartitionResult_0(o: AddPartitionsToTxnPartitionResult) -> int:
    n = 6
    return n


def _r_AddPartitionsToTxnPartitionResult_1(
    buf: memoryview, pos: int
) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    end = len(buf)
    try:
        (
            f_partition_index,
            f_partition_error_code,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            AddPartitionsToTxnPartitionResult(f_partition_index, f_partition_error_code, tags),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("AddPartitionsToTxnPartitionResult v3-5", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AddPartitionsToTxnPartitionResult v3-5", pos) from None


def _w_AddPartitionsToTxnPartitionResult_1(
    o: AddPartitionsToTxnPartitionResult, out: list[Buffer]
) -> None:
    a = out.append
    a(_F1.pack(o.partition_index, o.partition_error_code))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AddPartitionsToTxnPartitionResult_1(o: AddPartitionsToTxnPartitionResult) -> int:
    n = 6
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AddPartitionsToTxnResponse._READERS = (
    _r_AddPartitionsToTxnResponse_0,
    _r_AddPartitionsToTxnResponse_0,
    _r_AddPartitionsToTxnResponse_0,
    _r_AddPartitionsToTxnResponse_1,
    _r_AddPartitionsToTxnResponse_2,
    _r_AddPartitionsToTxnResponse_2,
)
AddPartitionsToTxnResponse._WRITERS = (
    _w_AddPartitionsToTxnResponse_0,
    _w_AddPartitionsToTxnResponse_0,
    _w_AddPartitionsToTxnResponse_0,
    _w_AddPartitionsToTxnResponse_1,
    _w_AddPartitionsToTxnResponse_2,
    _w_AddPartitionsToTxnResponse_2,
)
AddPartitionsToTxnResponse._SIZERS = (
    _s_AddPartitionsToTxnResponse_0,
    _s_AddPartitionsToTxnResponse_0,
    _s_AddPartitionsToTxnResponse_0,
    _s_AddPartitionsToTxnResponse_1,
    _s_AddPartitionsToTxnResponse_2,
    _s_AddPartitionsToTxnResponse_2,
)
bind_readers(
    AddPartitionsToTxnResponse,
    "add_partitions_to_txn_response",
    "b825be168f2d5af3",
    (
        AddPartitionsToTxnPartitionResult,
        AddPartitionsToTxnTopicResult,
        AddPartitionsToTxnResult,
        AddPartitionsToTxnResponse,
    ),
)
