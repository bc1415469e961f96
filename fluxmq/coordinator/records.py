"""`__consumer_offsets` records in Kafka's format: key = int16 record type + key struct,
value = int16 value version + value struct, tombstone = null value (CoordinatorRecordSerde).

Kafka writes these same bytes, so a data directory is readable by Kafka's own tools
(`kafka-dump-log --offsets-decoder`) and the types cover every record the pinned jar defines.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import Final, cast

from ..protocol.errors import DecodeError
from ..protocol.message import Message
from ..protocol.messages import MODULES, message_class

__all__ = ["KEY_CLASSES", "RecordError", "decode_record", "encode_key", "encode_value"]

_INT16 = struct.Struct(">h")


class RecordError(ValueError):
    """A `__consumer_offsets` record this broker cannot read."""


def _key_classes() -> dict[int, tuple[type[Message], type[Message] | None]]:
    out: dict[int, tuple[type[Message], type[Message] | None]] = {}
    for name in MODULES:
        if not name.endswith("Key"):
            continue
        cls = message_class(name)
        if cls.TYPE != "coordinator-key" or cls.API_KEY is None or name.startswith("Transaction"):
            continue  # the transaction log's records live in __transaction_state
        value_name = name[: -len("Key")] + "Value"
        value = message_class(value_name) if value_name in MODULES else None
        out[cls.API_KEY] = (cls, value)
    # Type 0 is the legacy offset-commit key: the same layout as type 1.
    out.setdefault(0, out[1])
    return out


# record type -> (key class, value class)
KEY_CLASSES: Final = _key_classes()
_TYPE_OF: Final = {k.NAME: t for t, (k, _) in sorted(KEY_CLASSES.items())}


def encode_key(key: Message) -> bytes:
    return _INT16.pack(_TYPE_OF[key.NAME]) + key.encode(0)


def encode_value(value: Message, version: int) -> bytes:
    return _INT16.pack(version) + value.encode(version)


def decode_record(key: bytes, value: bytes | None) -> tuple[Message, Message | None]:
    """(key struct, value struct or None for a tombstone); RecordError when unreadable."""
    if len(key) < 2:
        raise RecordError("record key shorter than its type")
    (rtype,) = _INT16.unpack_from(key)
    classes = KEY_CLASSES.get(rtype)
    if classes is None:
        raise RecordError(f"unknown record type {rtype}")
    key_cls, value_cls = classes
    try:
        k = key_cls.decode(memoryview(key)[2:], 0)
        if value is None:
            return k, None
        if value_cls is None or len(value) < 2:
            raise RecordError(f"record type {rtype} has an unreadable value")
        (version,) = _INT16.unpack_from(value)
        # Kafka's readers accept newer value versions by ignoring what they do not know; we
        # read with the newest version we have when the record is from a newer broker.
        v = min(version, value_cls.MAX_VERSION)
        decode = cast(Callable[..., Message], value_cls.decode)
        return k, decode(memoryview(value)[2:], v, allow_trailing=version > v)
    except DecodeError as e:
        raise RecordError(f"record type {rtype}: {e}") from None
