"""One exception hierarchy for the client, split into retriable and fatal.

Every error a broker reports is a `BrokerError` carrying Kafka's code and name; the ones
Kafka marks retriable are also `RetriableError`, so `except RetriableError` catches exactly
what is worth trying again. Messages say what happened and what to do about it.
"""

from __future__ import annotations

from typing import ClassVar

from ..protocol.messages.error_codes import RETRIABLE_CODES, ErrorCode

__all__ = [
    "BrokerError",
    "BrokerUnreachableError",
    "ClientClosedError",
    "ConfigurationError",
    "FatalBrokerError",
    "FatalError",
    "FluxMQError",
    "GroupError",
    "RequestTimeoutError",
    "RetriableBrokerError",
    "RetriableError",
    "UnknownTopicError",
    "broker_error",
]


class FluxMQError(Exception):
    """Base of every error the client raises."""

    retriable: ClassVar[bool] = False


class RetriableError(FluxMQError):
    """Trying again (after a backoff, or a metadata refresh) may succeed."""

    retriable = True


class FatalError(FluxMQError):
    """Trying again will not help: the request, the configuration or the state is wrong."""


class ConfigurationError(FatalError, ValueError):
    """A client option has a value the client cannot use."""


class ClientClosedError(FatalError):
    """The client was closed; create a new one."""


class BrokerUnreachableError(RetriableError):
    """No connection could be made (or kept) to any broker."""


class RequestTimeoutError(RetriableError, TimeoutError):
    """A request (or a wait the caller bounded) did not finish within its deadline; also a
    TimeoutError, so `except TimeoutError` catches it."""


class BrokerError(FluxMQError):
    """An error code returned by a broker. `code` and `name` are Kafka's."""

    code: int = -1
    name: str = "UNKNOWN_SERVER_ERROR"

    def __init__(self, code: int, message: str | None = None) -> None:
        self.code = code
        try:
            self.name = ErrorCode(code).name
        except ValueError:
            self.name = f"error code {code}"
        text = f"{self.name} ({code})"
        if message:
            text += f": {message}"
        super().__init__(text)


class RetriableBrokerError(BrokerError, RetriableError):
    """A broker error Kafka marks retriable (NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT, ...)."""


class FatalBrokerError(BrokerError, FatalError):
    """A broker error that retrying will not fix (TOPIC_ALREADY_EXISTS, INVALID_CONFIG, ...)."""


class UnknownTopicError(RetriableBrokerError):
    """The topic or partition does not exist (Kafka calls this retriable: it may be being
    created). Raised after the client has waited for it as long as it is allowed to."""


class GroupError(FatalBrokerError):
    """The group coordinator refused the member (fenced, unknown, or wrong generation)."""


_GROUP_CODES = frozenset(
    {
        ErrorCode.ILLEGAL_GENERATION,
        ErrorCode.UNKNOWN_MEMBER_ID,
        ErrorCode.FENCED_INSTANCE_ID,
        ErrorCode.FENCED_MEMBER_EPOCH,
        ErrorCode.STALE_MEMBER_EPOCH,
        ErrorCode.INCONSISTENT_GROUP_PROTOCOL,
        ErrorCode.GROUP_MAX_SIZE_REACHED,
        ErrorCode.UNRELEASED_INSTANCE_ID,
        ErrorCode.UNSUPPORTED_ASSIGNOR,
    }
)


def broker_error(code: int, message: str | None = None) -> BrokerError:
    """The exception for a Kafka error code (retriable or fatal as Kafka classifies it)."""
    if code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
        return UnknownTopicError(code, message)
    if code in _GROUP_CODES:
        return GroupError(code, message)
    if code in RETRIABLE_CODES:
        return RetriableBrokerError(code, message)
    return FatalBrokerError(code, message)
