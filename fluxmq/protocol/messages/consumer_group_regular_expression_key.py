# generated from Kafka 4.4.0 by codegen — do not edit
"""ConsumerGroupRegularExpressionKey: Kafka coordinator-key (key 16), versions 0."""

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
    truncated,
    utf8_len,
)
from fluxmq.protocol.primitives import INT16, Buffer

__all__ = [
    "ConsumerGroupRegularExpressionKey",
]


class ConsumerGroupRegularExpressionKey(_Message):
    NAME: ClassVar[str] = "ConsumerGroupRegularExpressionKey"
    TYPE: ClassVar[str] = "coordinator-key"
    API_KEY: ClassVar[int | None] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = None
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id", "GroupId", "string", False, (0, 0), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "regular_expression",
            "RegularExpression",
            "string",
            False,
            (0, 0),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    group_id: str = ""
    regular_expression: str = ""


def _r_ConsumerGroupRegularExpressionKey_0(
    buf: memoryview, pos: int
) -> tuple[ConsumerGroupRegularExpressionKey, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupRegularExpressionKey.GroupId", pos)
        elif n > end - pos:
            raise bad_length("ConsumerGroupRegularExpressionKey.GroupId", n, pos, end - pos)
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("ConsumerGroupRegularExpressionKey.RegularExpression", pos)
        elif n > end - pos:
            raise bad_length(
                "ConsumerGroupRegularExpressionKey.RegularExpression", n, pos, end - pos
            )
        else:
            f_regular_expression = str(buf[pos : pos + n], "utf-8")
            pos += n
        return ConsumerGroupRegularExpressionKey(f_group_id, f_regular_expression), pos
    except (StructError, IndexError):
        raise truncated("ConsumerGroupRegularExpressionKey v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("ConsumerGroupRegularExpressionKey v0", pos) from None


def _w_ConsumerGroupRegularExpressionKey_0(
    o: ConsumerGroupRegularExpressionKey, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_regular_expression = o.regular_expression
    b = v_regular_expression.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)


def _s_ConsumerGroupRegularExpressionKey_0(o: ConsumerGroupRegularExpressionKey) -> int:
    n = 0
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += 2
    n += k
    v_regular_expression = o.regular_expression
    k = utf8_len(v_regular_expression)
    n += 2
    n += k
    return n


ConsumerGroupRegularExpressionKey._READERS = (_r_ConsumerGroupRegularExpressionKey_0,)
ConsumerGroupRegularExpressionKey._WRITERS = (_w_ConsumerGroupRegularExpressionKey_0,)
ConsumerGroupRegularExpressionKey._SIZERS = (_s_ConsumerGroupRegularExpressionKey_0,)
bind_readers(
    ConsumerGroupRegularExpressionKey,
    "consumer_group_regular_expression_key",
    "a8a5ed94e4c3bc58",
    (ConsumerGroupRegularExpressionKey,),
)
