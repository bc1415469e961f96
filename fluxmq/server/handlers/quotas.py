"""DescribeClientQuotas (48): no client quotas exist on this broker, so every valid filter
matches nothing. The filter is checked as Kafka 4.1 checks it (ClientQuotasImage.describe), with
the same errors and messages, so `kafka-configs --describe --entity-type users|clients|ips`
prints what it prints against a Kafka with no quotas. AlterClientQuotas is not served.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.describe_client_quotas_request import DescribeClientQuotasRequest
from ...protocol.messages.describe_client_quotas_response import DescribeClientQuotasResponse
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

USER = "user"
CLIENT_ID = "client-id"
IP = "ip"
MATCH_EXACT = 0
MATCH_DEFAULT = 1
MATCH_SPECIFIED = 2


def filter_error(req: DescribeClientQuotasRequest) -> tuple[int, str] | None:
    """The error Kafka answers for an invalid filter, or None when the filter is valid."""
    seen: set[str] = set()
    for c in req.components:
        if not c.entity_type:
            return E.INVALID_REQUEST, "Invalid empty entity type."
        if c.entity_type in seen:
            return (
                E.INVALID_REQUEST,
                f"Entity type {c.entity_type} cannot appear more than once in the filter.",
            )
        if c.entity_type not in (IP, USER, CLIENT_ID):
            return E.UNSUPPORTED_VERSION, f"Unsupported entity type {c.entity_type}"
        if c.match_type == MATCH_EXACT:
            if c.match is None:
                return (
                    E.INVALID_REQUEST,
                    "Request specified MATCH_TYPE_EXACT, but set match string to null.",
                )
        elif c.match_type == MATCH_DEFAULT:
            if c.match is not None:
                return (
                    E.INVALID_REQUEST,
                    "Request specified MATCH_TYPE_DEFAULT, but also specified a match string.",
                )
        elif c.match_type == MATCH_SPECIFIED:
            if c.match is not None:
                return (
                    E.INVALID_REQUEST,
                    "Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.",
                )
        else:
            return E.INVALID_REQUEST, f"Unknown match type {c.match_type}"
        seen.add(c.entity_type)
    if IP in seen and (USER in seen or CLIENT_ID in seen):
        return (
            E.INVALID_REQUEST,
            "Invalid entity filter component combination. IP filter component should not be "
            "used with user or clientId filter component.",
        )
    return None


@REGISTRY.register(48, 0, 1)
async def describe_client_quotas(
    broker: Broker, ctx: RequestContext, req: DescribeClientQuotasRequest
) -> DescribeClientQuotasResponse:
    error = filter_error(req)
    if error is not None:
        return DescribeClientQuotasResponse(
            throttle_time_ms=0, error_code=error[0], error_message=error[1], entries=None
        )
    # Kafka leaves the error message at its default, "" (not null), on success
    return DescribeClientQuotasResponse(throttle_time_ms=0, error_code=0, entries=[])
