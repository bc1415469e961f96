"""The Kafka wire protocol, with no I/O.

- `fluxmq.protocol.messages`: generated message classes (loaded lazily), the API registry and
  header-version rules.
- `fluxmq.protocol.primitives`: varints, uuids and fixed-width codecs.
- `fluxmq.protocol.connection`: sans-IO client and broker connections (framing, correlation).
- `fluxmq.protocol.errors`: `ProtocolError` and its subclasses.
- `fluxmq.protocol.kafka_errors` / `messages.error_codes`: Kafka's error-code table.
"""

from .errors import (
    DecodeError,
    EncodeError,
    FrameTooLargeError,
    ProtocolError,
    UnsupportedVersionError,
)
from .message import Message, Struct

__all__ = [
    "DecodeError",
    "EncodeError",
    "FrameTooLargeError",
    "Message",
    "ProtocolError",
    "Struct",
    "UnsupportedVersionError",
]
