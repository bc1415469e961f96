"""Classic group membership and group administration: JoinGroup (11), SyncGroup (14),
Heartbeat (12), LeaveGroup (13), ListGroups (16), DescribeGroups (15), DeleteGroups (42).

The rules live in `fluxmq.coordinator.group_coordinator`; these handlers translate, wait
for parked joins and syncs, and fit each response to the request's version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...coordinator.group_coordinator import GroupCoordinator
from ...protocol.message import fit_to_version
from ...protocol.messages.delete_groups_request import DeleteGroupsRequest
from ...protocol.messages.delete_groups_response import DeleteGroupsResponse
from ...protocol.messages.describe_groups_request import DescribeGroupsRequest
from ...protocol.messages.describe_groups_response import DescribeGroupsResponse
from ...protocol.messages.heartbeat_request import HeartbeatRequest
from ...protocol.messages.heartbeat_response import HeartbeatResponse
from ...protocol.messages.join_group_request import JoinGroupRequest
from ...protocol.messages.join_group_response import JoinGroupResponse
from ...protocol.messages.leave_group_request import LeaveGroupRequest
from ...protocol.messages.leave_group_response import LeaveGroupResponse
from ...protocol.messages.list_groups_request import ListGroupsRequest
from ...protocol.messages.list_groups_response import ListGroupsResponse
from ...protocol.messages.sync_group_request import SyncGroupRequest
from ...protocol.messages.sync_group_response import SyncGroupResponse
from ..registry import REGISTRY

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext


def coordinator(broker: Broker) -> GroupCoordinator:
    groups = broker.groups
    if groups is None:  # not reachable: group APIs are not served when groups are off
        raise RuntimeError("consumer groups are disabled on this broker")
    return groups


@REGISTRY.register(11, 0, 9)
async def join_group(
    broker: Broker, ctx: RequestContext, req: JoinGroupRequest
) -> JoinGroupResponse:
    pending = coordinator(broker).join_group(
        req, ctx.api_version, ctx.client_id or "", ctx.client_host
    )
    resp = await pending.wait()
    return fit_to_version(resp, ctx.api_version)


@REGISTRY.register(14, 0, 5)
async def sync_group(
    broker: Broker, ctx: RequestContext, req: SyncGroupRequest
) -> SyncGroupResponse:
    resp = await coordinator(broker).sync_group(req).wait()
    return fit_to_version(resp, ctx.api_version)


@REGISTRY.register(12, 0, 4)
async def heartbeat(
    broker: Broker, ctx: RequestContext, req: HeartbeatRequest
) -> HeartbeatResponse:
    return HeartbeatResponse(error_code=coordinator(broker).heartbeat(req))


@REGISTRY.register(13, 0, 5)
async def leave_group(
    broker: Broker, ctx: RequestContext, req: LeaveGroupRequest
) -> LeaveGroupResponse:
    resp = coordinator(broker).leave_group(req, ctx.api_version)
    return fit_to_version(resp, ctx.api_version)


@REGISTRY.register(16, 0, 5)
async def list_groups(
    broker: Broker, ctx: RequestContext, req: ListGroupsRequest
) -> ListGroupsResponse:
    groups = coordinator(broker).list_groups(req.states_filter, req.types_filter)
    return fit_to_version(ListGroupsResponse(error_code=0, groups=groups), ctx.api_version)


@REGISTRY.register(15, 0, 6)
async def describe_groups(
    broker: Broker, ctx: RequestContext, req: DescribeGroupsRequest
) -> DescribeGroupsResponse:
    coord = coordinator(broker)
    groups = [coord.describe_group(g, ctx.api_version) for g in req.groups]
    return fit_to_version(DescribeGroupsResponse(groups=groups), ctx.api_version)


@REGISTRY.register(42, 0, 3)
async def delete_groups(
    broker: Broker, ctx: RequestContext, req: DeleteGroupsRequest
) -> DeleteGroupsResponse:
    results = coordinator(broker).delete_groups(req.groups_names)
    return fit_to_version(DeleteGroupsResponse(results=results), ctx.api_version)
