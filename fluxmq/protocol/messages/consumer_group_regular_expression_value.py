# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupRegularExpressionValue: Kafka coordinator-value (key 16), versions 0."""

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
    "ConsumerGroupRegularExpressionValue",
]

_F0 = PackStruct(">qq")


class ConsumerGroupRegularExpressionValue(_Message):
    NAME: ClassVar[str] = "ConsumerGroupRegularExpressionValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "topics", "Topics", "string", True, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "version",
            "Version",
            "int64",
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
            "timestamp",
            "Timestamp",
            "int64",
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
    topics: Sequence[str] = ()
    version: int = 0
    timestamp: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _r_ConsumerGroupRegularExpressionValue_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupRegularExpressionValue, int]:
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
            raise null_not_allowed("ConsumerGroupRegularExpressionValue.Topics", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupRegularExpressionValue.Topics", n, pos, end - pos)
        else:
            items_topics: list[str] = []
            append_topics = items_topics.append
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
                    raise null_not_allowed("ConsumerGroupRegularExpressionValue.Topics", pos)
                elif n > end - pos:
                    raise bad_length(
                        "ConsumerGroupRegularExpressionValue.Topics", n, pos, end - pos
                    )
                else:
                    x_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_topics(x_topics)
            f_topics: tuple[str, ...] = tuple(items_topics)
        (
            f_version,
            f_timestamp,
        ) = _F0.unpack_from(buf, pos)
        pos += 16
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return ConsumerGroupRegularExpressionValue(f_topics, f_version, f_timestamp, tags), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupRegularExpressionValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupRegularExpressionValue v0", pos) from None


def _w_ConsumerGroupRegularExpressionValue_0(
    o: ConsumerGroupRegularExpressionValue, out: list[Buffer]
) -> None:
    a = out.append
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_topics in v_topics:
        b = x_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    a(_F0.pack(o.version, o.timestamp))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_ConsumerGroupRegularExpressionValue_0(o: ConsumerGroupRegularExpressionValue) -> int:
    n = 16
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    for x_topics in v_topics:
        k = utf8_len(x_topics)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


ConsumerGroupRegularExpressionValue._READERS = (_r_ConsumerGroupRegularExpressionValue_0,)
ConsumerGroupRegularExpressionValue._WRITERS = (_w_ConsumerGroupRegularExpressionValue_0,)
ConsumerGroupRegularExpressionValue._SIZERS = (_s_ConsumerGroupRegularExpressionValue_0,)
bind_readers(
    ConsumerGroupRegularExpressionValue,
    "consumer_group_regular_expression_value",
    "7c0d063896d23a6b",
    (ConsumerGroupRegularExpressionValue,),
)
