"""ApiVersions (18): the registry's APIs and versions, nothing it does not serve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.api_versions_request import ApiVersionsRequest
from ...protocol.messages.api_versions_response import ApiVersion, ApiVersionsResponse
from ..registry import REGISTRY

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


def api_versions_body(broker: Broker, error_code: int = 0) -> ApiVersionsResponse:
    keys = [
        ApiVersion(api.key, api.advertised_min, api.max_version)
        for api in sorted(broker.apis.values(), key=lambda a: a.key)
    ]
    return ApiVersionsResponse(error_code=error_code, api_keys=keys)


@REGISTRY.register(18, 0, 4)
async def handle(
    broker: Broker, ctx: RequestContext, req: ApiVersionsRequest
) -> ApiVersionsResponse:
    return api_versions_body(broker)
