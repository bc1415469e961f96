"""ListConfigResources (74; v0 was ListClientMetricsResources): the resources DescribeConfigs
serves here, by type: this broker (BROKER) and every topic (TOPIC). There are no client-metrics
subscriptions and no group configs, so those types list nothing (`kafka-client-metrics --list`
prints nothing, as against a Kafka without subscriptions). Kafka also lists its BROKER_LOGGER;
DescribeConfigs here does not serve that type, so it is not listed. A type Kafka does not know
gets UNSUPPORTED_VERSION, as from Kafka 4.1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.list_config_resources_request import ListConfigResourcesRequest
from ...protocol.messages.list_config_resources_response import (
    ConfigResource,
    ListConfigResourcesResponse,
)
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

TOPIC = 2
BROKER = 4
BROKER_LOGGER = 8
CLIENT_METRICS = 16
GROUP = 32
KNOWN = frozenset((TOPIC, BROKER, BROKER_LOGGER, CLIENT_METRICS, GROUP))


@REGISTRY.register(74, 0, 1)
async def list_config_resources(
    broker: Broker, ctx: RequestContext, req: ListConfigResourcesRequest
) -> ListConfigResourcesResponse:
    # v0 (ListClientMetricsResources) asks for client-metrics resources only
    wanted = set(req.resource_types) if ctx.api_version >= 1 else {CLIENT_METRICS}
    if not wanted <= KNOWN:
        return ListConfigResourcesResponse(
            throttle_time_ms=0, error_code=E.UNSUPPORTED_VERSION, config_resources=[]
        )
    every = not wanted
    out = []
    if every or BROKER in wanted:
        out.append(ConfigResource(resource_name=str(broker.node_id), resource_type=BROKER))
    if every or TOPIC in wanted:
        out.extend(
            ConfigResource(resource_name=name, resource_type=TOPIC)
            for name in sorted(broker.storage.catalog.topics)
        )
    return ListConfigResourcesResponse(throttle_time_ms=0, error_code=0, config_resources=out)
