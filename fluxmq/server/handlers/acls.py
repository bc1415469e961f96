"""DescribeAcls (29), CreateAcls (30), DeleteAcls (31): SECURITY_DISABLED until security exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.create_acls_request import CreateAclsRequest
from ...protocol.messages.create_acls_response import AclCreationResult, CreateAclsResponse
from ...protocol.messages.delete_acls_request import DeleteAclsRequest
from ...protocol.messages.delete_acls_response import DeleteAclsFilterResult, DeleteAclsResponse
from ...protocol.messages.describe_acls_request import DescribeAclsRequest
from ...protocol.messages.describe_acls_response import DescribeAclsResponse
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

MESSAGE = "no authorizer is configured: this broker has no security yet"


@REGISTRY.register(29, 1, 3)
async def describe_acls(
    broker: Broker, ctx: RequestContext, req: DescribeAclsRequest
) -> DescribeAclsResponse:
    return DescribeAclsResponse(error_code=E.SECURITY_DISABLED, error_message=MESSAGE)


@REGISTRY.register(30, 1, 3)
async def create_acls(
    broker: Broker, ctx: RequestContext, req: CreateAclsRequest
) -> CreateAclsResponse:
    return CreateAclsResponse(
        results=[AclCreationResult(E.SECURITY_DISABLED, MESSAGE) for _ in req.creations]
    )


@REGISTRY.register(31, 1, 3)
async def delete_acls(
    broker: Broker, ctx: RequestContext, req: DeleteAclsRequest
) -> DeleteAclsResponse:
    return DeleteAclsResponse(
        filter_results=[DeleteAclsFilterResult(E.SECURITY_DISABLED, MESSAGE) for _ in req.filters]
    )
