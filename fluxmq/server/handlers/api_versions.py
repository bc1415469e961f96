"""ApiVersions (18): the registry's APIs and versions, nothing it does not serve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.api_versions_request import ApiVersionsRequest
from ...protocol.messages.api_versions_response import ApiVersion, ApiVersionsResponse
from ...protocol.messages.error_codes import ErrorCode as E
from ..registry import REGISTRY

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


def api_versions_body(broker: Broker, error_code: int = 0) -> ApiVersionsResponse:
    keys = [
        ApiVersion(api.key, api.advertised_min, api.max_version)
        for api in sorted(broker.apis.values(), key=lambda a: a.key)
    ]
    return ApiVersionsResponse(error_code=error_code, api_keys=keys)


@REGISTRY.register(18, 0, 5)
async def handle(
    broker: Broker, ctx: RequestContext, req: ApiVersionsRequest
) -> ApiVersionsResponse:
    # v5 (KIP-1242): a client that names the cluster and node it means to reach learns that it
    # reached another one (an address reused after a move) and bootstraps again.
    if ctx.api_version >= 5 and (
        (req.cluster_id is not None and req.cluster_id != broker.cluster_id)
        or (req.node_id >= 0 and req.node_id != broker.node_id)
    ):
        return api_versions_body(broker, E.REBOOTSTRAP_REQUIRED)
    return api_versions_body(broker)
