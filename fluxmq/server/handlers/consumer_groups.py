"""KIP-848 consumer groups: ConsumerGroupHeartbeat (68) and ConsumerGroupDescribe (69).

The rules live in `fluxmq.coordinator.consumer_group`; these handlers pass the request and
the client's identity through and fit each response to the request's version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.message import fit_to_version
from ...protocol.messages.consumer_group_describe_request import ConsumerGroupDescribeRequest
from ...protocol.messages.consumer_group_describe_response import ConsumerGroupDescribeResponse
from ...protocol.messages.consumer_group_heartbeat_request import ConsumerGroupHeartbeatRequest
from ...protocol.messages.consumer_group_heartbeat_response import (
    ConsumerGroupHeartbeatResponse,
)
from ..registry import REGISTRY
from .groups import coordinator

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


@REGISTRY.register(68, 0, 1)
async def consumer_group_heartbeat(
    broker: Broker, ctx: RequestContext, req: ConsumerGroupHeartbeatRequest
) -> ConsumerGroupHeartbeatResponse:
    resp = coordinator(broker).consumer.heartbeat(
        req, ctx.api_version, ctx.client_id or "", ctx.client_host
    )
    return fit_to_version(resp, ctx.api_version)


@REGISTRY.register(69, 0, 1)
async def consumer_group_describe(
    broker: Broker, ctx: RequestContext, req: ConsumerGroupDescribeRequest
) -> ConsumerGroupDescribeResponse:
    groups = coordinator(broker).consumer.describe(req.group_ids)
    return fit_to_version(ConsumerGroupDescribeResponse(groups=groups), ctx.api_version)
