"""FindCoordinator (10): this broker coordinates every group.

Transaction and share-group coordinators do not exist yet. A transactional id gets
TRANSACTIONAL_ID_AUTHORIZATION_FAILED with a message saying transactions are not supported: a
fatal error in every client, where the retriable COORDINATOR_NOT_AVAILABLE kept transactional
producers retrying until their own timeouts. Share groups still get COORDINATOR_NOT_AVAILABLE.
(librdkafka also enables lz4 only when this API is advertised.)
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...protocol.messages.find_coordinator_request import FindCoordinatorRequest
from ...protocol.messages.find_coordinator_response import Coordinator, FindCoordinatorResponse
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

log = logging.getLogger(__name__)

GROUP = 0
TRANSACTION = 1


@REGISTRY.register(10, 0, 6)
async def handle(
    broker: Broker, ctx: RequestContext, req: FindCoordinatorRequest
) -> FindCoordinatorResponse:
    host, port = broker.config.advertised
    node = broker.node_id
    ok = req.key_type == GROUP and broker.groups is not None
    code = 0 if ok else E.COORDINATOR_NOT_AVAILABLE
    message = None
    if req.key_type == TRANSACTION:
        code = E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED
        message = "transactions are not supported by this broker (FluxMQ)"
        log.warning(
            "client %s looked up the coordinator of transactional id %r: "
            "transactions are not supported yet",
            ctx.client_id,
            req.key if ctx.api_version < 4 else list(req.coordinator_keys),
        )
    elif not ok:
        message = (
            "consumer groups are disabled on this broker"
            if req.key_type == GROUP
            else "no share coordinator on this broker yet"
        )
    if ctx.api_version >= 4:
        return FindCoordinatorResponse(
            coordinators=[
                Coordinator(
                    k, node if ok else -1, host if ok else "", port if ok else -1, code, message
                )
                for k in req.coordinator_keys
            ]
        )
    return FindCoordinatorResponse(
        error_code=code,
        error_message=message,
        node_id=node if ok else -1,
        host=host if ok else "",
        port=port if ok else -1,
    )
