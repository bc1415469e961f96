"""InitProducerId (22): producer ids for idempotent producers.

Transactional ids need the transaction coordinator, which does not exist yet: they get
TRANSACTIONAL_ID_AUTHORIZATION_FAILED, as from a Kafka broker that grants no transactional id,
and a log line saying why. COORDINATOR_NOT_AVAILABLE is retriable: franz-go and the Java client
retry it until their own timeouts (a transactional franz-go producer hung until its context
expired); error 53 is fatal in every client, so the producer fails at once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...protocol.messages.init_producer_id_request import InitProducerIdRequest
from ...protocol.messages.init_producer_id_response import InitProducerIdResponse
from ...storage import StorageError
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

log = logging.getLogger(__name__)


@REGISTRY.register(22, 0, 5)
async def handle(
    broker: Broker, ctx: RequestContext, req: InitProducerIdRequest
) -> InitProducerIdResponse:
    if req.transactional_id is not None:
        log.warning(
            "client %s asked for transactional id %r: transactions are not supported yet",
            ctx.client_id,
            req.transactional_id,
        )
        return InitProducerIdResponse(error_code=E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED)
    try:
        pid = broker.producer_ids.allocate()
    except StorageError:
        return InitProducerIdResponse(error_code=E.KAFKA_STORAGE_ERROR)
    return InitProducerIdResponse(error_code=0, producer_id=pid, producer_epoch=0)
