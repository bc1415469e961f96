"""Errors raised by the protocol layer.

`ProtocolError` is the one type malformed, truncated or unencodable input produces; its message
says what was wrong and where. Kafka's own error codes (the `error_code` fields) live in
`fluxmq.protocol.error_codes`.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EncodeError",
    "FrameTooLargeError",
    "ProtocolError",
    "UnsupportedVersionError",
]


class ProtocolError(ValueError):
    """Input that breaks the Kafka wire protocol, or a value the protocol cannot carry."""


class DecodeError(ProtocolError):
    """Bytes that do not decode: truncated, out-of-range lengths, bad UTF-8, trailing bytes."""


class EncodeError(ProtocolError):
    """A message that cannot be written in the requested version."""


class UnsupportedVersionError(ProtocolError):
    """An API key or version this build of the protocol does not know."""


class FrameTooLargeError(ProtocolError):
    """A frame whose size prefix is negative or above the configured maximum."""
