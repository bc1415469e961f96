"""ListTransactions (66): there is no transaction coordinator (see find_coordinator), so no
transaction is ever listed. State filters that are not transaction states come back in
`unknown_state_filters` and a v2 transactional-id pattern that is no regular expression gets
INVALID_REGULAR_EXPRESSION, as from Kafka's transaction coordinator; `kafka-transactions list`
prints its empty table.

DescribeTransactions is not served: the admin client looks up the transaction coordinator of
each id first, which this broker answers with TRANSACTIONAL_ID_AUTHORIZATION_FAILED.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...protocol.messages.list_transactions_request import ListTransactionsRequest
from ...protocol.messages.list_transactions_response import ListTransactionsResponse
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

# Kafka's TransactionState names
STATES = frozenset(
    (
        "Empty",
        "Ongoing",
        "PrepareCommit",
        "PrepareAbort",
        "CompleteCommit",
        "CompleteAbort",
        "Dead",
        "PrepareEpochFence",
    )
)


@REGISTRY.register(66, 0, 2)
async def list_transactions(
    broker: Broker, ctx: RequestContext, req: ListTransactionsRequest
) -> ListTransactionsResponse:
    if ctx.api_version >= 2 and req.transactional_id_pattern:
        try:
            re.compile(req.transactional_id_pattern)
        except re.error:
            return ListTransactionsResponse(
                throttle_time_ms=0,
                error_code=E.INVALID_REGULAR_EXPRESSION,
                unknown_state_filters=[],
                transaction_states=[],
            )
    return ListTransactionsResponse(
        throttle_time_ms=0,
        error_code=0,
        unknown_state_filters=[s for s in req.state_filters if s not in STATES],
        transaction_states=[],
    )
