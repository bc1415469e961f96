"""Base class for Kafka's error codes as exceptions; the table itself is generated."""

from __future__ import annotations

from typing import ClassVar

__all__ = ["KafkaError", "error_for_code"]


class KafkaError(Exception):
    """An error a Kafka broker reports with an error code."""

    code: ClassVar[int] = -1
    retriable: ClassVar[bool] = False

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or type(self).__name__)
        self.message = message


def error_for_code(code: int, message: str | None = None) -> KafkaError:
    """The exception for an error code (an unknown code gives a plain KafkaError)."""
    from fluxmq.protocol.messages.error_codes import ERROR_CLASSES

    cls = ERROR_CLASSES.get(code)
    if cls is None:
        err = KafkaError(message or f"unknown Kafka error code {code}")
        return err
    return cls(message)
