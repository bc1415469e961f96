"""ElectLeaders (43), AlterPartitionReassignments (45), ListPartitionReassignments (46).

One broker holds the single replica of every partition and leads it, so no election is ever
needed, no reassignment is ever in progress, and the only valid assignment is the current one
([this node]). The answers, errors and messages are those of a single-node KRaft Kafka 4.1
(ReplicationControlManager): kafka-leader-election, kafka-reassign-partitions --list,
--execute and --verify then run as they do against Kafka.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...protocol.messages.alter_partition_reassignments_request import (
    AlterPartitionReassignmentsRequest,
    ReassignablePartition,
)
from ...protocol.messages.alter_partition_reassignments_response import (
    AlterPartitionReassignmentsResponse,
    ReassignablePartitionResponse,
    ReassignableTopicResponse,
)
from ...protocol.messages.elect_leaders_request import ElectLeadersRequest
from ...protocol.messages.elect_leaders_response import (
    ElectLeadersResponse,
    PartitionResult,
    ReplicaElectionResult,
)
from ...protocol.messages.list_partition_reassignments_request import (
    ListPartitionReassignmentsRequest,
)
from ...protocol.messages.list_partition_reassignments_response import (
    ListPartitionReassignmentsResponse,
)
from ..registry import REGISTRY
from . import errors as E
from .topics import replica_list_error

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

PREFERRED = 0
UNCLEAN = 1
ELECTION_NOT_NEEDED_MESSAGE = "Leader election not needed for topic partition."


def _election_error(broker: Broker, topic: str, partition: int) -> tuple[int, str]:
    info = broker.storage.catalog.topics.get(topic)
    if info is None:
        return E.UNKNOWN_TOPIC_OR_PARTITION, f"No such topic as {topic}"
    if not 0 <= partition < info.partitions:
        return E.UNKNOWN_TOPIC_OR_PARTITION, f"No such partition as {topic}-{partition}"
    # the preferred replica (the only one) leads already; unclean: a leader exists
    return E.ELECTION_NOT_NEEDED, ELECTION_NOT_NEEDED_MESSAGE


@REGISTRY.register(43, 0, 2)
async def elect_leaders(
    broker: Broker, ctx: RequestContext, req: ElectLeadersRequest
) -> ElectLeadersResponse:
    if req.election_type not in (PREFERRED, UNCLEAN):
        # Kafka answers the whole request with INVALID_REQUEST, repeated per partition
        message = f"Unknown election type {req.election_type}"
        return ElectLeadersResponse(
            throttle_time_ms=0,
            error_code=E.INVALID_REQUEST,
            replica_election_results=[
                ReplicaElectionResult(
                    t.topic,
                    [PartitionResult(p, E.INVALID_REQUEST, message) for p in t.partitions],
                )
                for t in req.topic_partitions or []
            ],
        )
    if req.topic_partitions is None:
        # every partition; those already led by their preferred replica are left out
        results = [
            ReplicaElectionResult(name, []) for name in sorted(broker.storage.catalog.topics)
        ]
    else:
        results = []
        for t in req.topic_partitions:
            parts = []
            for p in t.partitions:
                code, message = _election_error(broker, t.topic, p)
                parts.append(PartitionResult(p, code, message))
            results.append(ReplicaElectionResult(t.topic, parts))
    return ElectLeadersResponse(throttle_time_ms=0, error_code=0, replica_election_results=results)


def _reassignment_error(
    broker: Broker, topic: str, target: ReassignablePartition
) -> tuple[int, str | None]:
    info = broker.storage.catalog.topics.get(topic)
    if info is None:
        return E.UNKNOWN_TOPIC_OR_PARTITION, f"Unable to find a topic named {topic}."
    p = target.partition_index
    if not 0 <= p < info.partitions:
        return E.UNKNOWN_TOPIC_OR_PARTITION, f"Unable to find partition {topic}:{p}."
    if target.replicas is None:  # a cancellation
        return E.NO_REASSIGNMENT_IN_PROGRESS, None
    why = replica_list_error(target.replicas, broker.node_id)
    if why is not None:
        return E.INVALID_REPLICA_ASSIGNMENT, why
    return 0, None  # [this node]: the current assignment, nothing to move


@REGISTRY.register(45, 0, 1)
async def alter_partition_reassignments(
    broker: Broker, ctx: RequestContext, req: AlterPartitionReassignmentsRequest
) -> AlterPartitionReassignmentsResponse:
    responses = []
    for t in req.topics:
        parts = []
        for target in t.partitions:
            code, message = _reassignment_error(broker, t.name, target)
            parts.append(ReassignablePartitionResponse(target.partition_index, code, message))
        responses.append(ReassignableTopicResponse(t.name, parts))
    return AlterPartitionReassignmentsResponse(
        throttle_time_ms=0,
        allow_replication_factor_change=req.allow_replication_factor_change,
        error_code=0,
        error_message=None,
        responses=responses,
    )


@REGISTRY.register(46, 0, 0)
async def list_partition_reassignments(
    broker: Broker, ctx: RequestContext, req: ListPartitionReassignmentsRequest
) -> ListPartitionReassignmentsResponse:
    # none is ever in progress; Kafka also ignores unknown topics and partitions here
    return ListPartitionReassignmentsResponse(
        throttle_time_ms=0, error_code=0, error_message=None, topics=[]
    )
