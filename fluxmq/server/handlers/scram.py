"""DescribeUserScramCredentials (50): SASL does not exist here yet, so no user has SCRAM
credentials. Answered as Kafka 4.1 answers with none stored (ScramImage.describe): all users ->
no results; a named user -> RESOURCE_NOT_FOUND; a name given twice -> DUPLICATE_RESOURCE, once.
`kafka-configs --describe --entity-type users` needs it next to DescribeClientQuotas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.describe_user_scram_credentials_request import (
    DescribeUserScramCredentialsRequest,
)
from ...protocol.messages.describe_user_scram_credentials_response import (
    DescribeUserScramCredentialsResponse,
    DescribeUserScramCredentialsResult,
)
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


@REGISTRY.register(50, 0, 0)
async def describe_user_scram_credentials(
    broker: Broker, ctx: RequestContext, req: DescribeUserScramCredentialsRequest
) -> DescribeUserScramCredentialsResponse:
    counts: dict[str, int] = {}
    for u in req.users or []:
        counts[u.name] = counts.get(u.name, 0) + 1
    results = [
        DescribeUserScramCredentialsResult(
            user=name,
            error_code=E.DUPLICATE_RESOURCE,
            error_message="Cannot describe SCRAM credentials for the same user twice in a "
            f"single request: {name}",
            credential_infos=[],
        )
        for name, n in counts.items()
        if n > 1
    ]
    results += [
        DescribeUserScramCredentialsResult(
            user=name,
            error_code=E.RESOURCE_NOT_FOUND,
            error_message=f"Attempt to describe a user credential that does not exist: {name}",
            credential_infos=[],
        )
        for name, n in counts.items()
        if n == 1
    ]
    return DescribeUserScramCredentialsResponse(throttle_time_ms=0, error_code=0, results=results)
