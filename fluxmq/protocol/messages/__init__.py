# generated from Kafka 4.4.0 by codegen — do not edit
"""Generated Kafka 4.4.0 messages.

Classes load lazily (`from fluxmq.protocol.messages import MetadataRequest` imports one module),
so importing the package costs only this registry.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from fluxmq.protocol.errors import UnsupportedVersionError
from fluxmq.protocol.message import Message

if TYPE_CHECKING:
    from .aborted_txn import AbortedTxn as AbortedTxn
    from .add_offsets_to_txn_request import AddOffsetsToTxnRequest as AddOffsetsToTxnRequest
    from .add_offsets_to_txn_response import AddOffsetsToTxnResponse as AddOffsetsToTxnResponse
    from .add_partitions_to_txn_request import (
        AddPartitionsToTxnRequest as AddPartitionsToTxnRequest,
    )
    from .add_partitions_to_txn_response import (
        AddPartitionsToTxnResponse as AddPartitionsToTxnResponse,
    )
    from .add_raft_voter_request import AddRaftVoterRequest as AddRaftVoterRequest
    from .add_raft_voter_response import AddRaftVoterResponse as AddRaftVoterResponse
    from .alter_client_quotas_request import AlterClientQuotasRequest as AlterClientQuotasRequest
    from .alter_client_quotas_response import AlterClientQuotasResponse as AlterClientQuotasResponse
    from .alter_configs_request import AlterConfigsRequest as AlterConfigsRequest
    from .alter_configs_response import AlterConfigsResponse as AlterConfigsResponse
    from .alter_partition_reassignments_request import (
        AlterPartitionReassignmentsRequest as AlterPartitionReassignmentsRequest,
    )
    from .alter_partition_reassignments_response import (
        AlterPartitionReassignmentsResponse as AlterPartitionReassignmentsResponse,
    )
    from .alter_replica_log_dirs_request import (
        AlterReplicaLogDirsRequest as AlterReplicaLogDirsRequest,
    )
    from .alter_replica_log_dirs_response import (
        AlterReplicaLogDirsResponse as AlterReplicaLogDirsResponse,
    )
    from .alter_share_group_offsets_request import (
        AlterShareGroupOffsetsRequest as AlterShareGroupOffsetsRequest,
    )
    from .alter_share_group_offsets_response import (
        AlterShareGroupOffsetsResponse as AlterShareGroupOffsetsResponse,
    )
    from .alter_user_scram_credentials_request import (
        AlterUserScramCredentialsRequest as AlterUserScramCredentialsRequest,
    )
    from .alter_user_scram_credentials_response import (
        AlterUserScramCredentialsResponse as AlterUserScramCredentialsResponse,
    )
    from .api_versions_request import ApiVersionsRequest as ApiVersionsRequest
    from .api_versions_response import ApiVersionsResponse as ApiVersionsResponse
    from .consumer_group_current_member_assignment_key import (
        ConsumerGroupCurrentMemberAssignmentKey as ConsumerGroupCurrentMemberAssignmentKey,
    )
    from .consumer_group_current_member_assignment_value import (
        ConsumerGroupCurrentMemberAssignmentValue as ConsumerGroupCurrentMemberAssignmentValue,
    )
    from .consumer_group_describe_request import (
        ConsumerGroupDescribeRequest as ConsumerGroupDescribeRequest,
    )
    from .consumer_group_describe_response import (
        ConsumerGroupDescribeResponse as ConsumerGroupDescribeResponse,
    )
    from .consumer_group_heartbeat_request import (
        ConsumerGroupHeartbeatRequest as ConsumerGroupHeartbeatRequest,
    )
    from .consumer_group_heartbeat_response import (
        ConsumerGroupHeartbeatResponse as ConsumerGroupHeartbeatResponse,
    )
    from .consumer_group_member_metadata_key import (
        ConsumerGroupMemberMetadataKey as ConsumerGroupMemberMetadataKey,
    )
    from .consumer_group_member_metadata_value import (
        ConsumerGroupMemberMetadataValue as ConsumerGroupMemberMetadataValue,
    )
    from .consumer_group_metadata_key import ConsumerGroupMetadataKey as ConsumerGroupMetadataKey
    from .consumer_group_metadata_value import (
        ConsumerGroupMetadataValue as ConsumerGroupMetadataValue,
    )
    from .consumer_group_partition_metadata_key import (
        ConsumerGroupPartitionMetadataKey as ConsumerGroupPartitionMetadataKey,
    )
    from .consumer_group_partition_metadata_value import (
        ConsumerGroupPartitionMetadataValue as ConsumerGroupPartitionMetadataValue,
    )
    from .consumer_group_regular_expression_key import (
        ConsumerGroupRegularExpressionKey as ConsumerGroupRegularExpressionKey,
    )
    from .consumer_group_regular_expression_value import (
        ConsumerGroupRegularExpressionValue as ConsumerGroupRegularExpressionValue,
    )
    from .consumer_group_target_assignment_member_key import (
        ConsumerGroupTargetAssignmentMemberKey as ConsumerGroupTargetAssignmentMemberKey,
    )
    from .consumer_group_target_assignment_member_value import (
        ConsumerGroupTargetAssignmentMemberValue as ConsumerGroupTargetAssignmentMemberValue,
    )
    from .consumer_group_target_assignment_metadata_key import (
        ConsumerGroupTargetAssignmentMetadataKey as ConsumerGroupTargetAssignmentMetadataKey,
    )
    from .consumer_group_target_assignment_metadata_value import (
        ConsumerGroupTargetAssignmentMetadataValue as ConsumerGroupTargetAssignmentMetadataValue,
    )
    from .consumer_protocol_assignment import (
        ConsumerProtocolAssignment as ConsumerProtocolAssignment,
    )
    from .consumer_protocol_subscription import (
        ConsumerProtocolSubscription as ConsumerProtocolSubscription,
    )
    from .control_record_type_schema import ControlRecordTypeSchema as ControlRecordTypeSchema
    from .create_acls_request import CreateAclsRequest as CreateAclsRequest
    from .create_acls_response import CreateAclsResponse as CreateAclsResponse
    from .create_delegation_token_request import (
        CreateDelegationTokenRequest as CreateDelegationTokenRequest,
    )
    from .create_delegation_token_response import (
        CreateDelegationTokenResponse as CreateDelegationTokenResponse,
    )
    from .create_partitions_request import CreatePartitionsRequest as CreatePartitionsRequest
    from .create_partitions_response import CreatePartitionsResponse as CreatePartitionsResponse
    from .create_topics_request import CreateTopicsRequest as CreateTopicsRequest
    from .create_topics_response import CreateTopicsResponse as CreateTopicsResponse
    from .default_principal_data import DefaultPrincipalData as DefaultPrincipalData
    from .delete_acls_request import DeleteAclsRequest as DeleteAclsRequest
    from .delete_acls_response import DeleteAclsResponse as DeleteAclsResponse
    from .delete_groups_request import DeleteGroupsRequest as DeleteGroupsRequest
    from .delete_groups_response import DeleteGroupsResponse as DeleteGroupsResponse
    from .delete_records_request import DeleteRecordsRequest as DeleteRecordsRequest
    from .delete_records_response import DeleteRecordsResponse as DeleteRecordsResponse
    from .delete_share_group_offsets_request import (
        DeleteShareGroupOffsetsRequest as DeleteShareGroupOffsetsRequest,
    )
    from .delete_share_group_offsets_response import (
        DeleteShareGroupOffsetsResponse as DeleteShareGroupOffsetsResponse,
    )
    from .delete_share_group_state_request import (
        DeleteShareGroupStateRequest as DeleteShareGroupStateRequest,
    )
    from .delete_share_group_state_response import (
        DeleteShareGroupStateResponse as DeleteShareGroupStateResponse,
    )
    from .delete_topics_request import DeleteTopicsRequest as DeleteTopicsRequest
    from .delete_topics_response import DeleteTopicsResponse as DeleteTopicsResponse
    from .describe_acls_request import DescribeAclsRequest as DescribeAclsRequest
    from .describe_acls_response import DescribeAclsResponse as DescribeAclsResponse
    from .describe_client_quotas_request import (
        DescribeClientQuotasRequest as DescribeClientQuotasRequest,
    )
    from .describe_client_quotas_response import (
        DescribeClientQuotasResponse as DescribeClientQuotasResponse,
    )
    from .describe_cluster_request import DescribeClusterRequest as DescribeClusterRequest
    from .describe_cluster_response import DescribeClusterResponse as DescribeClusterResponse
    from .describe_configs_request import DescribeConfigsRequest as DescribeConfigsRequest
    from .describe_configs_response import DescribeConfigsResponse as DescribeConfigsResponse
    from .describe_delegation_token_request import (
        DescribeDelegationTokenRequest as DescribeDelegationTokenRequest,
    )
    from .describe_delegation_token_response import (
        DescribeDelegationTokenResponse as DescribeDelegationTokenResponse,
    )
    from .describe_groups_request import DescribeGroupsRequest as DescribeGroupsRequest
    from .describe_groups_response import DescribeGroupsResponse as DescribeGroupsResponse
    from .describe_log_dirs_request import DescribeLogDirsRequest as DescribeLogDirsRequest
    from .describe_log_dirs_response import DescribeLogDirsResponse as DescribeLogDirsResponse
    from .describe_producers_request import DescribeProducersRequest as DescribeProducersRequest
    from .describe_producers_response import DescribeProducersResponse as DescribeProducersResponse
    from .describe_quorum_request import DescribeQuorumRequest as DescribeQuorumRequest
    from .describe_quorum_response import DescribeQuorumResponse as DescribeQuorumResponse
    from .describe_share_group_offsets_request import (
        DescribeShareGroupOffsetsRequest as DescribeShareGroupOffsetsRequest,
    )
    from .describe_share_group_offsets_response import (
        DescribeShareGroupOffsetsResponse as DescribeShareGroupOffsetsResponse,
    )
    from .describe_topic_partitions_request import (
        DescribeTopicPartitionsRequest as DescribeTopicPartitionsRequest,
    )
    from .describe_topic_partitions_response import (
        DescribeTopicPartitionsResponse as DescribeTopicPartitionsResponse,
    )
    from .describe_transactions_request import (
        DescribeTransactionsRequest as DescribeTransactionsRequest,
    )
    from .describe_transactions_response import (
        DescribeTransactionsResponse as DescribeTransactionsResponse,
    )
    from .describe_user_scram_credentials_request import (
        DescribeUserScramCredentialsRequest as DescribeUserScramCredentialsRequest,
    )
    from .describe_user_scram_credentials_response import (
        DescribeUserScramCredentialsResponse as DescribeUserScramCredentialsResponse,
    )
    from .elect_leaders_request import ElectLeadersRequest as ElectLeadersRequest
    from .elect_leaders_response import ElectLeadersResponse as ElectLeadersResponse
    from .end_txn_marker import EndTxnMarker as EndTxnMarker
    from .end_txn_request import EndTxnRequest as EndTxnRequest
    from .end_txn_response import EndTxnResponse as EndTxnResponse
    from .expire_delegation_token_request import (
        ExpireDelegationTokenRequest as ExpireDelegationTokenRequest,
    )
    from .expire_delegation_token_response import (
        ExpireDelegationTokenResponse as ExpireDelegationTokenResponse,
    )
    from .fetch_request import FetchRequest as FetchRequest
    from .fetch_response import FetchResponse as FetchResponse
    from .find_coordinator_request import FindCoordinatorRequest as FindCoordinatorRequest
    from .find_coordinator_response import FindCoordinatorResponse as FindCoordinatorResponse
    from .get_telemetry_subscriptions_request import (
        GetTelemetrySubscriptionsRequest as GetTelemetrySubscriptionsRequest,
    )
    from .get_telemetry_subscriptions_response import (
        GetTelemetrySubscriptionsResponse as GetTelemetrySubscriptionsResponse,
    )
    from .group_metadata_key import GroupMetadataKey as GroupMetadataKey
    from .group_metadata_value import GroupMetadataValue as GroupMetadataValue
    from .heartbeat_request import HeartbeatRequest as HeartbeatRequest
    from .heartbeat_response import HeartbeatResponse as HeartbeatResponse
    from .incremental_alter_configs_request import (
        IncrementalAlterConfigsRequest as IncrementalAlterConfigsRequest,
    )
    from .incremental_alter_configs_response import (
        IncrementalAlterConfigsResponse as IncrementalAlterConfigsResponse,
    )
    from .init_producer_id_request import InitProducerIdRequest as InitProducerIdRequest
    from .init_producer_id_response import InitProducerIdResponse as InitProducerIdResponse
    from .initialize_share_group_state_request import (
        InitializeShareGroupStateRequest as InitializeShareGroupStateRequest,
    )
    from .initialize_share_group_state_response import (
        InitializeShareGroupStateResponse as InitializeShareGroupStateResponse,
    )
    from .join_group_request import JoinGroupRequest as JoinGroupRequest
    from .join_group_response import JoinGroupResponse as JoinGroupResponse
    from .k_raft_version_record import KRaftVersionRecord as KRaftVersionRecord
    from .leader_change_message import LeaderChangeMessage as LeaderChangeMessage
    from .leave_group_request import LeaveGroupRequest as LeaveGroupRequest
    from .leave_group_response import LeaveGroupResponse as LeaveGroupResponse
    from .legacy_offset_commit_key import LegacyOffsetCommitKey as LegacyOffsetCommitKey
    from .legacy_offset_commit_value import LegacyOffsetCommitValue as LegacyOffsetCommitValue
    from .list_config_resources_request import (
        ListConfigResourcesRequest as ListConfigResourcesRequest,
    )
    from .list_config_resources_response import (
        ListConfigResourcesResponse as ListConfigResourcesResponse,
    )
    from .list_groups_request import ListGroupsRequest as ListGroupsRequest
    from .list_groups_response import ListGroupsResponse as ListGroupsResponse
    from .list_offsets_request import ListOffsetsRequest as ListOffsetsRequest
    from .list_offsets_response import ListOffsetsResponse as ListOffsetsResponse
    from .list_partition_reassignments_request import (
        ListPartitionReassignmentsRequest as ListPartitionReassignmentsRequest,
    )
    from .list_partition_reassignments_response import (
        ListPartitionReassignmentsResponse as ListPartitionReassignmentsResponse,
    )
    from .list_transactions_request import ListTransactionsRequest as ListTransactionsRequest
    from .list_transactions_response import ListTransactionsResponse as ListTransactionsResponse
    from .metadata_request import MetadataRequest as MetadataRequest
    from .metadata_response import MetadataResponse as MetadataResponse
    from .offset_commit_key import OffsetCommitKey as OffsetCommitKey
    from .offset_commit_request import OffsetCommitRequest as OffsetCommitRequest
    from .offset_commit_response import OffsetCommitResponse as OffsetCommitResponse
    from .offset_commit_value import OffsetCommitValue as OffsetCommitValue
    from .offset_delete_request import OffsetDeleteRequest as OffsetDeleteRequest
    from .offset_delete_response import OffsetDeleteResponse as OffsetDeleteResponse
    from .offset_fetch_request import OffsetFetchRequest as OffsetFetchRequest
    from .offset_fetch_response import OffsetFetchResponse as OffsetFetchResponse
    from .offset_for_leader_epoch_request import (
        OffsetForLeaderEpochRequest as OffsetForLeaderEpochRequest,
    )
    from .offset_for_leader_epoch_response import (
        OffsetForLeaderEpochResponse as OffsetForLeaderEpochResponse,
    )
    from .produce_request import ProduceRequest as ProduceRequest
    from .produce_response import ProduceResponse as ProduceResponse
    from .push_telemetry_request import PushTelemetryRequest as PushTelemetryRequest
    from .push_telemetry_response import PushTelemetryResponse as PushTelemetryResponse
    from .read_share_group_state_request import (
        ReadShareGroupStateRequest as ReadShareGroupStateRequest,
    )
    from .read_share_group_state_response import (
        ReadShareGroupStateResponse as ReadShareGroupStateResponse,
    )
    from .read_share_group_state_summary_request import (
        ReadShareGroupStateSummaryRequest as ReadShareGroupStateSummaryRequest,
    )
    from .read_share_group_state_summary_response import (
        ReadShareGroupStateSummaryResponse as ReadShareGroupStateSummaryResponse,
    )
    from .remove_raft_voter_request import RemoveRaftVoterRequest as RemoveRaftVoterRequest
    from .remove_raft_voter_response import RemoveRaftVoterResponse as RemoveRaftVoterResponse
    from .renew_delegation_token_request import (
        RenewDelegationTokenRequest as RenewDelegationTokenRequest,
    )
    from .renew_delegation_token_response import (
        RenewDelegationTokenResponse as RenewDelegationTokenResponse,
    )
    from .request_header import RequestHeader as RequestHeader
    from .response_header import ResponseHeader as ResponseHeader
    from .sasl_authenticate_request import SaslAuthenticateRequest as SaslAuthenticateRequest
    from .sasl_authenticate_response import SaslAuthenticateResponse as SaslAuthenticateResponse
    from .sasl_handshake_request import SaslHandshakeRequest as SaslHandshakeRequest
    from .sasl_handshake_response import SaslHandshakeResponse as SaslHandshakeResponse
    from .share_acknowledge_request import ShareAcknowledgeRequest as ShareAcknowledgeRequest
    from .share_acknowledge_response import ShareAcknowledgeResponse as ShareAcknowledgeResponse
    from .share_fetch_request import ShareFetchRequest as ShareFetchRequest
    from .share_fetch_response import ShareFetchResponse as ShareFetchResponse
    from .share_group_current_member_assignment_key import (
        ShareGroupCurrentMemberAssignmentKey as ShareGroupCurrentMemberAssignmentKey,
    )
    from .share_group_current_member_assignment_value import (
        ShareGroupCurrentMemberAssignmentValue as ShareGroupCurrentMemberAssignmentValue,
    )
    from .share_group_describe_request import ShareGroupDescribeRequest as ShareGroupDescribeRequest
    from .share_group_describe_response import (
        ShareGroupDescribeResponse as ShareGroupDescribeResponse,
    )
    from .share_group_heartbeat_request import (
        ShareGroupHeartbeatRequest as ShareGroupHeartbeatRequest,
    )
    from .share_group_heartbeat_response import (
        ShareGroupHeartbeatResponse as ShareGroupHeartbeatResponse,
    )
    from .share_group_member_metadata_key import (
        ShareGroupMemberMetadataKey as ShareGroupMemberMetadataKey,
    )
    from .share_group_member_metadata_value import (
        ShareGroupMemberMetadataValue as ShareGroupMemberMetadataValue,
    )
    from .share_group_metadata_key import ShareGroupMetadataKey as ShareGroupMetadataKey
    from .share_group_metadata_value import ShareGroupMetadataValue as ShareGroupMetadataValue
    from .share_group_state_partition_metadata_key import (
        ShareGroupStatePartitionMetadataKey as ShareGroupStatePartitionMetadataKey,
    )
    from .share_group_state_partition_metadata_value import (
        ShareGroupStatePartitionMetadataValue as ShareGroupStatePartitionMetadataValue,
    )
    from .share_group_target_assignment_member_key import (
        ShareGroupTargetAssignmentMemberKey as ShareGroupTargetAssignmentMemberKey,
    )
    from .share_group_target_assignment_member_value import (
        ShareGroupTargetAssignmentMemberValue as ShareGroupTargetAssignmentMemberValue,
    )
    from .share_group_target_assignment_metadata_key import (
        ShareGroupTargetAssignmentMetadataKey as ShareGroupTargetAssignmentMetadataKey,
    )
    from .share_group_target_assignment_metadata_value import (
        ShareGroupTargetAssignmentMetadataValue as ShareGroupTargetAssignmentMetadataValue,
    )
    from .snapshot_footer_record import SnapshotFooterRecord as SnapshotFooterRecord
    from .snapshot_header_record import SnapshotHeaderRecord as SnapshotHeaderRecord
    from .streams_group_current_member_assignment_key import (
        StreamsGroupCurrentMemberAssignmentKey as StreamsGroupCurrentMemberAssignmentKey,
    )
    from .streams_group_current_member_assignment_value import (
        StreamsGroupCurrentMemberAssignmentValue as StreamsGroupCurrentMemberAssignmentValue,
    )
    from .streams_group_describe_request import (
        StreamsGroupDescribeRequest as StreamsGroupDescribeRequest,
    )
    from .streams_group_describe_response import (
        StreamsGroupDescribeResponse as StreamsGroupDescribeResponse,
    )
    from .streams_group_heartbeat_request import (
        StreamsGroupHeartbeatRequest as StreamsGroupHeartbeatRequest,
    )
    from .streams_group_heartbeat_response import (
        StreamsGroupHeartbeatResponse as StreamsGroupHeartbeatResponse,
    )
    from .streams_group_member_metadata_key import (
        StreamsGroupMemberMetadataKey as StreamsGroupMemberMetadataKey,
    )
    from .streams_group_member_metadata_value import (
        StreamsGroupMemberMetadataValue as StreamsGroupMemberMetadataValue,
    )
    from .streams_group_metadata_key import StreamsGroupMetadataKey as StreamsGroupMetadataKey
    from .streams_group_metadata_value import StreamsGroupMetadataValue as StreamsGroupMetadataValue
    from .streams_group_target_assignment_member_key import (
        StreamsGroupTargetAssignmentMemberKey as StreamsGroupTargetAssignmentMemberKey,
    )
    from .streams_group_target_assignment_member_value import (
        StreamsGroupTargetAssignmentMemberValue as StreamsGroupTargetAssignmentMemberValue,
    )
    from .streams_group_target_assignment_metadata_key import (
        StreamsGroupTargetAssignmentMetadataKey as StreamsGroupTargetAssignmentMetadataKey,
    )
    from .streams_group_target_assignment_metadata_value import (
        StreamsGroupTargetAssignmentMetadataValue as StreamsGroupTargetAssignmentMetadataValue,
    )
    from .streams_group_topology_description_update_request import (
        StreamsGroupTopologyDescriptionUpdateRequest as StreamsGroupTopologyDescriptionUpdateRequest,
    )
    from .streams_group_topology_description_update_response import (
        StreamsGroupTopologyDescriptionUpdateResponse as StreamsGroupTopologyDescriptionUpdateResponse,
    )
    from .streams_group_topology_key import StreamsGroupTopologyKey as StreamsGroupTopologyKey
    from .streams_group_topology_value import StreamsGroupTopologyValue as StreamsGroupTopologyValue
    from .sync_group_request import SyncGroupRequest as SyncGroupRequest
    from .sync_group_response import SyncGroupResponse as SyncGroupResponse
    from .transaction_log_key import TransactionLogKey as TransactionLogKey
    from .transaction_log_value import TransactionLogValue as TransactionLogValue
    from .txn_offset_commit_request import TxnOffsetCommitRequest as TxnOffsetCommitRequest
    from .txn_offset_commit_response import TxnOffsetCommitResponse as TxnOffsetCommitResponse
    from .unregister_broker_request import UnregisterBrokerRequest as UnregisterBrokerRequest
    from .unregister_broker_response import UnregisterBrokerResponse as UnregisterBrokerResponse
    from .unregister_controller_request import (
        UnregisterControllerRequest as UnregisterControllerRequest,
    )
    from .unregister_controller_response import (
        UnregisterControllerResponse as UnregisterControllerResponse,
    )
    from .update_features_request import UpdateFeaturesRequest as UpdateFeaturesRequest
    from .update_features_response import UpdateFeaturesResponse as UpdateFeaturesResponse
    from .voters_record import VotersRecord as VotersRecord
    from .write_share_group_state_request import (
        WriteShareGroupStateRequest as WriteShareGroupStateRequest,
    )
    from .write_share_group_state_response import (
        WriteShareGroupStateResponse as WriteShareGroupStateResponse,
    )
    from .write_txn_markers_request import WriteTxnMarkersRequest as WriteTxnMarkersRequest
    from .write_txn_markers_response import WriteTxnMarkersResponse as WriteTxnMarkersResponse

KAFKA_VERSION = "4.4.0"


class ApiSpec(NamedTuple):
    """One API: its key, name, generated version range and listeners."""

    key: int
    name: str
    min_version: int
    max_version: int
    flexible_min: int | None
    listeners: tuple[str, ...]
    request: str
    response: str


APIS: dict[int, ApiSpec] = {
    0: ApiSpec(0, "Produce", 3, 13, 9, ("broker",), "ProduceRequest", "ProduceResponse"),
    1: ApiSpec(1, "Fetch", 4, 18, 12, ("broker", "controller"), "FetchRequest", "FetchResponse"),
    2: ApiSpec(
        2, "ListOffsets", 1, 11, 6, ("broker",), "ListOffsetsRequest", "ListOffsetsResponse"
    ),
    3: ApiSpec(3, "Metadata", 0, 13, 9, ("broker",), "MetadataRequest", "MetadataResponse"),
    8: ApiSpec(
        8, "OffsetCommit", 2, 10, 8, ("broker",), "OffsetCommitRequest", "OffsetCommitResponse"
    ),
    9: ApiSpec(
        9, "OffsetFetch", 1, 10, 6, ("broker",), "OffsetFetchRequest", "OffsetFetchResponse"
    ),
    10: ApiSpec(
        10,
        "FindCoordinator",
        0,
        6,
        3,
        ("broker",),
        "FindCoordinatorRequest",
        "FindCoordinatorResponse",
    ),
    11: ApiSpec(11, "JoinGroup", 0, 9, 6, ("broker",), "JoinGroupRequest", "JoinGroupResponse"),
    12: ApiSpec(12, "Heartbeat", 0, 4, 4, ("broker",), "HeartbeatRequest", "HeartbeatResponse"),
    13: ApiSpec(13, "LeaveGroup", 0, 5, 4, ("broker",), "LeaveGroupRequest", "LeaveGroupResponse"),
    14: ApiSpec(14, "SyncGroup", 0, 5, 4, ("broker",), "SyncGroupRequest", "SyncGroupResponse"),
    15: ApiSpec(
        15,
        "DescribeGroups",
        0,
        6,
        5,
        ("broker",),
        "DescribeGroupsRequest",
        "DescribeGroupsResponse",
    ),
    16: ApiSpec(16, "ListGroups", 0, 5, 3, ("broker",), "ListGroupsRequest", "ListGroupsResponse"),
    17: ApiSpec(
        17,
        "SaslHandshake",
        0,
        1,
        None,
        ("broker", "controller"),
        "SaslHandshakeRequest",
        "SaslHandshakeResponse",
    ),
    18: ApiSpec(
        18,
        "ApiVersions",
        0,
        5,
        3,
        ("broker", "controller"),
        "ApiVersionsRequest",
        "ApiVersionsResponse",
    ),
    19: ApiSpec(
        19,
        "CreateTopics",
        2,
        7,
        5,
        ("broker", "controller"),
        "CreateTopicsRequest",
        "CreateTopicsResponse",
    ),
    20: ApiSpec(
        20,
        "DeleteTopics",
        1,
        6,
        4,
        ("broker", "controller"),
        "DeleteTopicsRequest",
        "DeleteTopicsResponse",
    ),
    21: ApiSpec(
        21, "DeleteRecords", 0, 2, 2, ("broker",), "DeleteRecordsRequest", "DeleteRecordsResponse"
    ),
    22: ApiSpec(
        22,
        "InitProducerId",
        0,
        5,
        2,
        ("broker",),
        "InitProducerIdRequest",
        "InitProducerIdResponse",
    ),
    23: ApiSpec(
        23,
        "OffsetForLeaderEpoch",
        2,
        4,
        4,
        ("broker",),
        "OffsetForLeaderEpochRequest",
        "OffsetForLeaderEpochResponse",
    ),
    24: ApiSpec(
        24,
        "AddPartitionsToTxn",
        0,
        5,
        3,
        ("broker",),
        "AddPartitionsToTxnRequest",
        "AddPartitionsToTxnResponse",
    ),
    25: ApiSpec(
        25,
        "AddOffsetsToTxn",
        0,
        4,
        3,
        ("broker",),
        "AddOffsetsToTxnRequest",
        "AddOffsetsToTxnResponse",
    ),
    26: ApiSpec(26, "EndTxn", 0, 5, 3, ("broker",), "EndTxnRequest", "EndTxnResponse"),
    27: ApiSpec(
        27,
        "WriteTxnMarkers",
        1,
        2,
        1,
        ("broker",),
        "WriteTxnMarkersRequest",
        "WriteTxnMarkersResponse",
    ),
    28: ApiSpec(
        28,
        "TxnOffsetCommit",
        0,
        6,
        3,
        ("broker",),
        "TxnOffsetCommitRequest",
        "TxnOffsetCommitResponse",
    ),
    29: ApiSpec(
        29,
        "DescribeAcls",
        1,
        3,
        2,
        ("broker", "controller"),
        "DescribeAclsRequest",
        "DescribeAclsResponse",
    ),
    30: ApiSpec(
        30,
        "CreateAcls",
        1,
        3,
        2,
        ("broker", "controller"),
        "CreateAclsRequest",
        "CreateAclsResponse",
    ),
    31: ApiSpec(
        31,
        "DeleteAcls",
        1,
        3,
        2,
        ("broker", "controller"),
        "DeleteAclsRequest",
        "DeleteAclsResponse",
    ),
    32: ApiSpec(
        32,
        "DescribeConfigs",
        1,
        4,
        4,
        ("broker", "controller"),
        "DescribeConfigsRequest",
        "DescribeConfigsResponse",
    ),
    33: ApiSpec(
        33,
        "AlterConfigs",
        0,
        2,
        2,
        ("broker", "controller"),
        "AlterConfigsRequest",
        "AlterConfigsResponse",
    ),
    34: ApiSpec(
        34,
        "AlterReplicaLogDirs",
        1,
        2,
        2,
        ("broker",),
        "AlterReplicaLogDirsRequest",
        "AlterReplicaLogDirsResponse",
    ),
    35: ApiSpec(
        35,
        "DescribeLogDirs",
        1,
        5,
        2,
        ("broker",),
        "DescribeLogDirsRequest",
        "DescribeLogDirsResponse",
    ),
    36: ApiSpec(
        36,
        "SaslAuthenticate",
        0,
        2,
        2,
        ("broker", "controller"),
        "SaslAuthenticateRequest",
        "SaslAuthenticateResponse",
    ),
    37: ApiSpec(
        37,
        "CreatePartitions",
        0,
        3,
        2,
        ("broker", "controller"),
        "CreatePartitionsRequest",
        "CreatePartitionsResponse",
    ),
    38: ApiSpec(
        38,
        "CreateDelegationToken",
        1,
        3,
        2,
        ("broker", "controller"),
        "CreateDelegationTokenRequest",
        "CreateDelegationTokenResponse",
    ),
    39: ApiSpec(
        39,
        "RenewDelegationToken",
        1,
        2,
        2,
        ("broker", "controller"),
        "RenewDelegationTokenRequest",
        "RenewDelegationTokenResponse",
    ),
    40: ApiSpec(
        40,
        "ExpireDelegationToken",
        1,
        2,
        2,
        ("broker", "controller"),
        "ExpireDelegationTokenRequest",
        "ExpireDelegationTokenResponse",
    ),
    41: ApiSpec(
        41,
        "DescribeDelegationToken",
        1,
        3,
        2,
        ("broker", "controller"),
        "DescribeDelegationTokenRequest",
        "DescribeDelegationTokenResponse",
    ),
    42: ApiSpec(
        42, "DeleteGroups", 0, 3, 2, ("broker",), "DeleteGroupsRequest", "DeleteGroupsResponse"
    ),
    43: ApiSpec(
        43,
        "ElectLeaders",
        0,
        2,
        2,
        ("broker", "controller"),
        "ElectLeadersRequest",
        "ElectLeadersResponse",
    ),
    44: ApiSpec(
        44,
        "IncrementalAlterConfigs",
        0,
        1,
        1,
        ("broker", "controller"),
        "IncrementalAlterConfigsRequest",
        "IncrementalAlterConfigsResponse",
    ),
    45: ApiSpec(
        45,
        "AlterPartitionReassignments",
        0,
        1,
        0,
        ("broker", "controller"),
        "AlterPartitionReassignmentsRequest",
        "AlterPartitionReassignmentsResponse",
    ),
    46: ApiSpec(
        46,
        "ListPartitionReassignments",
        0,
        0,
        0,
        ("broker", "controller"),
        "ListPartitionReassignmentsRequest",
        "ListPartitionReassignmentsResponse",
    ),
    47: ApiSpec(
        47, "OffsetDelete", 0, 0, None, ("broker",), "OffsetDeleteRequest", "OffsetDeleteResponse"
    ),
    48: ApiSpec(
        48,
        "DescribeClientQuotas",
        0,
        1,
        1,
        ("broker",),
        "DescribeClientQuotasRequest",
        "DescribeClientQuotasResponse",
    ),
    49: ApiSpec(
        49,
        "AlterClientQuotas",
        0,
        1,
        1,
        ("broker", "controller"),
        "AlterClientQuotasRequest",
        "AlterClientQuotasResponse",
    ),
    50: ApiSpec(
        50,
        "DescribeUserScramCredentials",
        0,
        0,
        0,
        ("broker", "controller"),
        "DescribeUserScramCredentialsRequest",
        "DescribeUserScramCredentialsResponse",
    ),
    51: ApiSpec(
        51,
        "AlterUserScramCredentials",
        0,
        0,
        0,
        ("broker", "controller"),
        "AlterUserScramCredentialsRequest",
        "AlterUserScramCredentialsResponse",
    ),
    55: ApiSpec(
        55,
        "DescribeQuorum",
        0,
        2,
        0,
        ("broker", "controller"),
        "DescribeQuorumRequest",
        "DescribeQuorumResponse",
    ),
    57: ApiSpec(
        57,
        "UpdateFeatures",
        0,
        2,
        0,
        ("broker", "controller"),
        "UpdateFeaturesRequest",
        "UpdateFeaturesResponse",
    ),
    60: ApiSpec(
        60,
        "DescribeCluster",
        0,
        2,
        0,
        ("broker", "controller"),
        "DescribeClusterRequest",
        "DescribeClusterResponse",
    ),
    61: ApiSpec(
        61,
        "DescribeProducers",
        0,
        0,
        0,
        ("broker",),
        "DescribeProducersRequest",
        "DescribeProducersResponse",
    ),
    64: ApiSpec(
        64,
        "UnregisterBroker",
        0,
        0,
        0,
        ("broker", "controller"),
        "UnregisterBrokerRequest",
        "UnregisterBrokerResponse",
    ),
    65: ApiSpec(
        65,
        "DescribeTransactions",
        0,
        0,
        0,
        ("broker",),
        "DescribeTransactionsRequest",
        "DescribeTransactionsResponse",
    ),
    66: ApiSpec(
        66,
        "ListTransactions",
        0,
        2,
        0,
        ("broker",),
        "ListTransactionsRequest",
        "ListTransactionsResponse",
    ),
    68: ApiSpec(
        68,
        "ConsumerGroupHeartbeat",
        0,
        1,
        0,
        ("broker",),
        "ConsumerGroupHeartbeatRequest",
        "ConsumerGroupHeartbeatResponse",
    ),
    69: ApiSpec(
        69,
        "ConsumerGroupDescribe",
        0,
        1,
        0,
        ("broker",),
        "ConsumerGroupDescribeRequest",
        "ConsumerGroupDescribeResponse",
    ),
    71: ApiSpec(
        71,
        "GetTelemetrySubscriptions",
        0,
        0,
        0,
        ("broker",),
        "GetTelemetrySubscriptionsRequest",
        "GetTelemetrySubscriptionsResponse",
    ),
    72: ApiSpec(
        72, "PushTelemetry", 0, 0, 0, ("broker",), "PushTelemetryRequest", "PushTelemetryResponse"
    ),
    74: ApiSpec(
        74,
        "ListConfigResources",
        0,
        1,
        0,
        ("broker",),
        "ListConfigResourcesRequest",
        "ListConfigResourcesResponse",
    ),
    75: ApiSpec(
        75,
        "DescribeTopicPartitions",
        0,
        0,
        0,
        ("broker",),
        "DescribeTopicPartitionsRequest",
        "DescribeTopicPartitionsResponse",
    ),
    76: ApiSpec(
        76,
        "ShareGroupHeartbeat",
        1,
        1,
        0,
        ("broker",),
        "ShareGroupHeartbeatRequest",
        "ShareGroupHeartbeatResponse",
    ),
    77: ApiSpec(
        77,
        "ShareGroupDescribe",
        1,
        1,
        0,
        ("broker",),
        "ShareGroupDescribeRequest",
        "ShareGroupDescribeResponse",
    ),
    78: ApiSpec(78, "ShareFetch", 1, 2, 0, ("broker",), "ShareFetchRequest", "ShareFetchResponse"),
    79: ApiSpec(
        79,
        "ShareAcknowledge",
        1,
        2,
        0,
        ("broker",),
        "ShareAcknowledgeRequest",
        "ShareAcknowledgeResponse",
    ),
    80: ApiSpec(
        80,
        "AddRaftVoter",
        0,
        1,
        0,
        ("controller", "broker"),
        "AddRaftVoterRequest",
        "AddRaftVoterResponse",
    ),
    81: ApiSpec(
        81,
        "RemoveRaftVoter",
        0,
        0,
        0,
        ("controller", "broker"),
        "RemoveRaftVoterRequest",
        "RemoveRaftVoterResponse",
    ),
    83: ApiSpec(
        83,
        "InitializeShareGroupState",
        0,
        0,
        0,
        ("broker",),
        "InitializeShareGroupStateRequest",
        "InitializeShareGroupStateResponse",
    ),
    84: ApiSpec(
        84,
        "ReadShareGroupState",
        0,
        0,
        0,
        ("broker",),
        "ReadShareGroupStateRequest",
        "ReadShareGroupStateResponse",
    ),
    85: ApiSpec(
        85,
        "WriteShareGroupState",
        0,
        1,
        0,
        ("broker",),
        "WriteShareGroupStateRequest",
        "WriteShareGroupStateResponse",
    ),
    86: ApiSpec(
        86,
        "DeleteShareGroupState",
        0,
        0,
        0,
        ("broker",),
        "DeleteShareGroupStateRequest",
        "DeleteShareGroupStateResponse",
    ),
    87: ApiSpec(
        87,
        "ReadShareGroupStateSummary",
        0,
        1,
        0,
        ("broker",),
        "ReadShareGroupStateSummaryRequest",
        "ReadShareGroupStateSummaryResponse",
    ),
    88: ApiSpec(
        88,
        "StreamsGroupHeartbeat",
        0,
        1,
        0,
        ("broker",),
        "StreamsGroupHeartbeatRequest",
        "StreamsGroupHeartbeatResponse",
    ),
    89: ApiSpec(
        89,
        "StreamsGroupDescribe",
        0,
        1,
        0,
        ("broker",),
        "StreamsGroupDescribeRequest",
        "StreamsGroupDescribeResponse",
    ),
    90: ApiSpec(
        90,
        "DescribeShareGroupOffsets",
        0,
        1,
        0,
        ("broker",),
        "DescribeShareGroupOffsetsRequest",
        "DescribeShareGroupOffsetsResponse",
    ),
    91: ApiSpec(
        91,
        "AlterShareGroupOffsets",
        0,
        0,
        0,
        ("broker",),
        "AlterShareGroupOffsetsRequest",
        "AlterShareGroupOffsetsResponse",
    ),
    92: ApiSpec(
        92,
        "DeleteShareGroupOffsets",
        0,
        0,
        0,
        ("broker",),
        "DeleteShareGroupOffsetsRequest",
        "DeleteShareGroupOffsetsResponse",
    ),
    93: ApiSpec(
        93,
        "StreamsGroupTopologyDescriptionUpdate",
        0,
        0,
        0,
        ("broker",),
        "StreamsGroupTopologyDescriptionUpdateRequest",
        "StreamsGroupTopologyDescriptionUpdateResponse",
    ),
    94: ApiSpec(
        94,
        "UnregisterController",
        0,
        0,
        0,
        ("broker", "controller"),
        "UnregisterControllerRequest",
        "UnregisterControllerResponse",
    ),
}

# Message class name -> module holding it (top-level messages only).
MODULES: dict[str, str] = {
    "AbortedTxn": "aborted_txn",
    "AddOffsetsToTxnRequest": "add_offsets_to_txn_request",
    "AddOffsetsToTxnResponse": "add_offsets_to_txn_response",
    "AddPartitionsToTxnRequest": "add_partitions_to_txn_request",
    "AddPartitionsToTxnResponse": "add_partitions_to_txn_response",
    "AddRaftVoterRequest": "add_raft_voter_request",
    "AddRaftVoterResponse": "add_raft_voter_response",
    "AlterClientQuotasRequest": "alter_client_quotas_request",
    "AlterClientQuotasResponse": "alter_client_quotas_response",
    "AlterConfigsRequest": "alter_configs_request",
    "AlterConfigsResponse": "alter_configs_response",
    "AlterPartitionReassignmentsRequest": "alter_partition_reassignments_request",
    "AlterPartitionReassignmentsResponse": "alter_partition_reassignments_response",
    "AlterReplicaLogDirsRequest": "alter_replica_log_dirs_request",
    "AlterReplicaLogDirsResponse": "alter_replica_log_dirs_response",
    "AlterShareGroupOffsetsRequest": "alter_share_group_offsets_request",
    "AlterShareGroupOffsetsResponse": "alter_share_group_offsets_response",
    "AlterUserScramCredentialsRequest": "alter_user_scram_credentials_request",
    "AlterUserScramCredentialsResponse": "alter_user_scram_credentials_response",
    "ApiVersionsRequest": "api_versions_request",
    "ApiVersionsResponse": "api_versions_response",
    "ConsumerGroupCurrentMemberAssignmentKey": "consumer_group_current_member_assignment_key",
    "ConsumerGroupCurrentMemberAssignmentValue": "consumer_group_current_member_assignment_value",
    "ConsumerGroupDescribeRequest": "consumer_group_describe_request",
    "ConsumerGroupDescribeResponse": "consumer_group_describe_response",
    "ConsumerGroupHeartbeatRequest": "consumer_group_heartbeat_request",
    "ConsumerGroupHeartbeatResponse": "consumer_group_heartbeat_response",
    "ConsumerGroupMemberMetadataKey": "consumer_group_member_metadata_key",
    "ConsumerGroupMemberMetadataValue": "consumer_group_member_metadata_value",
    "ConsumerGroupMetadataKey": "consumer_group_metadata_key",
    "ConsumerGroupMetadataValue": "consumer_group_metadata_value",
    "ConsumerGroupPartitionMetadataKey": "consumer_group_partition_metadata_key",
    "ConsumerGroupPartitionMetadataValue": "consumer_group_partition_metadata_value",
    "ConsumerGroupRegularExpressionKey": "consumer_group_regular_expression_key",
    "ConsumerGroupRegularExpressionValue": "consumer_group_regular_expression_value",
    "ConsumerGroupTargetAssignmentMemberKey": "consumer_group_target_assignment_member_key",
    "ConsumerGroupTargetAssignmentMemberValue": "consumer_group_target_assignment_member_value",
    "ConsumerGroupTargetAssignmentMetadataKey": "consumer_group_target_assignment_metadata_key",
    "ConsumerGroupTargetAssignmentMetadataValue": "consumer_group_target_assignment_metadata_value",
    "ConsumerProtocolAssignment": "consumer_protocol_assignment",
    "ConsumerProtocolSubscription": "consumer_protocol_subscription",
    "ControlRecordTypeSchema": "control_record_type_schema",
    "CreateAclsRequest": "create_acls_request",
    "CreateAclsResponse": "create_acls_response",
    "CreateDelegationTokenRequest": "create_delegation_token_request",
    "CreateDelegationTokenResponse": "create_delegation_token_response",
    "CreatePartitionsRequest": "create_partitions_request",
    "CreatePartitionsResponse": "create_partitions_response",
    "CreateTopicsRequest": "create_topics_request",
    "CreateTopicsResponse": "create_topics_response",
    "DefaultPrincipalData": "default_principal_data",
    "DeleteAclsRequest": "delete_acls_request",
    "DeleteAclsResponse": "delete_acls_response",
    "DeleteGroupsRequest": "delete_groups_request",
    "DeleteGroupsResponse": "delete_groups_response",
    "DeleteRecordsRequest": "delete_records_request",
    "DeleteRecordsResponse": "delete_records_response",
    "DeleteShareGroupOffsetsRequest": "delete_share_group_offsets_request",
    "DeleteShareGroupOffsetsResponse": "delete_share_group_offsets_response",
    "DeleteShareGroupStateRequest": "delete_share_group_state_request",
    "DeleteShareGroupStateResponse": "delete_share_group_state_response",
    "DeleteTopicsRequest": "delete_topics_request",
    "DeleteTopicsResponse": "delete_topics_response",
    "DescribeAclsRequest": "describe_acls_request",
    "DescribeAclsResponse": "describe_acls_response",
    "DescribeClientQuotasRequest": "describe_client_quotas_request",
    "DescribeClientQuotasResponse": "describe_client_quotas_response",
    "DescribeClusterRequest": "describe_cluster_request",
    "DescribeClusterResponse": "describe_cluster_response",
    "DescribeConfigsRequest": "describe_configs_request",
    "DescribeConfigsResponse": "describe_configs_response",
    "DescribeDelegationTokenRequest": "describe_delegation_token_request",
    "DescribeDelegationTokenResponse": "describe_delegation_token_response",
    "DescribeGroupsRequest": "describe_groups_request",
    "DescribeGroupsResponse": "describe_groups_response",
    "DescribeLogDirsRequest": "describe_log_dirs_request",
    "DescribeLogDirsResponse": "describe_log_dirs_response",
    "DescribeProducersRequest": "describe_producers_request",
    "DescribeProducersResponse": "describe_producers_response",
    "DescribeQuorumRequest": "describe_quorum_request",
    "DescribeQuorumResponse": "describe_quorum_response",
    "DescribeShareGroupOffsetsRequest": "describe_share_group_offsets_request",
    "DescribeShareGroupOffsetsResponse": "describe_share_group_offsets_response",
    "DescribeTopicPartitionsRequest": "describe_topic_partitions_request",
    "DescribeTopicPartitionsResponse": "describe_topic_partitions_response",
    "DescribeTransactionsRequest": "describe_transactions_request",
    "DescribeTransactionsResponse": "describe_transactions_response",
    "DescribeUserScramCredentialsRequest": "describe_user_scram_credentials_request",
    "DescribeUserScramCredentialsResponse": "describe_user_scram_credentials_response",
    "ElectLeadersRequest": "elect_leaders_request",
    "ElectLeadersResponse": "elect_leaders_response",
    "EndTxnMarker": "end_txn_marker",
    "EndTxnRequest": "end_txn_request",
    "EndTxnResponse": "end_txn_response",
    "ExpireDelegationTokenRequest": "expire_delegation_token_request",
    "ExpireDelegationTokenResponse": "expire_delegation_token_response",
    "FetchRequest": "fetch_request",
    "FetchResponse": "fetch_response",
    "FindCoordinatorRequest": "find_coordinator_request",
    "FindCoordinatorResponse": "find_coordinator_response",
    "GetTelemetrySubscriptionsRequest": "get_telemetry_subscriptions_request",
    "GetTelemetrySubscriptionsResponse": "get_telemetry_subscriptions_response",
    "GroupMetadataKey": "group_metadata_key",
    "GroupMetadataValue": "group_metadata_value",
    "HeartbeatRequest": "heartbeat_request",
    "HeartbeatResponse": "heartbeat_response",
    "IncrementalAlterConfigsRequest": "incremental_alter_configs_request",
    "IncrementalAlterConfigsResponse": "incremental_alter_configs_response",
    "InitProducerIdRequest": "init_producer_id_request",
    "InitProducerIdResponse": "init_producer_id_response",
    "InitializeShareGroupStateRequest": "initialize_share_group_state_request",
    "InitializeShareGroupStateResponse": "initialize_share_group_state_response",
    "JoinGroupRequest": "join_group_request",
    "JoinGroupResponse": "join_group_response",
    "KRaftVersionRecord": "k_raft_version_record",
    "LeaderChangeMessage": "leader_change_message",
    "LeaveGroupRequest": "leave_group_request",
    "LeaveGroupResponse": "leave_group_response",
    "LegacyOffsetCommitKey": "legacy_offset_commit_key",
    "LegacyOffsetCommitValue": "legacy_offset_commit_value",
    "ListConfigResourcesRequest": "list_config_resources_request",
    "ListConfigResourcesResponse": "list_config_resources_response",
    "ListGroupsRequest": "list_groups_request",
    "ListGroupsResponse": "list_groups_response",
    "ListOffsetsRequest": "list_offsets_request",
    "ListOffsetsResponse": "list_offsets_response",
    "ListPartitionReassignmentsRequest": "list_partition_reassignments_request",
    "ListPartitionReassignmentsResponse": "list_partition_reassignments_response",
    "ListTransactionsRequest": "list_transactions_request",
    "ListTransactionsResponse": "list_transactions_response",
    "MetadataRequest": "metadata_request",
    "MetadataResponse": "metadata_response",
    "OffsetCommitKey": "offset_commit_key",
    "OffsetCommitRequest": "offset_commit_request",
    "OffsetCommitResponse": "offset_commit_response",
    "OffsetCommitValue": "offset_commit_value",
    "OffsetDeleteRequest": "offset_delete_request",
    "OffsetDeleteResponse": "offset_delete_response",
    "OffsetFetchRequest": "offset_fetch_request",
    "OffsetFetchResponse": "offset_fetch_response",
    "OffsetForLeaderEpochRequest": "offset_for_leader_epoch_request",
    "OffsetForLeaderEpochResponse": "offset_for_leader_epoch_response",
    "ProduceRequest": "produce_request",
    "ProduceResponse": "produce_response",
    "PushTelemetryRequest": "push_telemetry_request",
    "PushTelemetryResponse": "push_telemetry_response",
    "ReadShareGroupStateRequest": "read_share_group_state_request",
    "ReadShareGroupStateResponse": "read_share_group_state_response",
    "ReadShareGroupStateSummaryRequest": "read_share_group_state_summary_request",
    "ReadShareGroupStateSummaryResponse": "read_share_group_state_summary_response",
    "RemoveRaftVoterRequest": "remove_raft_voter_request",
    "RemoveRaftVoterResponse": "remove_raft_voter_response",
    "RenewDelegationTokenRequest": "renew_delegation_token_request",
    "RenewDelegationTokenResponse": "renew_delegation_token_response",
    "RequestHeader": "request_header",
    "ResponseHeader": "response_header",
    "SaslAuthenticateRequest": "sasl_authenticate_request",
    "SaslAuthenticateResponse": "sasl_authenticate_response",
    "SaslHandshakeRequest": "sasl_handshake_request",
    "SaslHandshakeResponse": "sasl_handshake_response",
    "ShareAcknowledgeRequest": "share_acknowledge_request",
    "ShareAcknowledgeResponse": "share_acknowledge_response",
    "ShareFetchRequest": "share_fetch_request",
    "ShareFetchResponse": "share_fetch_response",
    "ShareGroupCurrentMemberAssignmentKey": "share_group_current_member_assignment_key",
    "ShareGroupCurrentMemberAssignmentValue": "share_group_current_member_assignment_value",
    "ShareGroupDescribeRequest": "share_group_describe_request",
    "ShareGroupDescribeResponse": "share_group_describe_response",
    "ShareGroupHeartbeatRequest": "share_group_heartbeat_request",
    "ShareGroupHeartbeatResponse": "share_group_heartbeat_response",
    "ShareGroupMemberMetadataKey": "share_group_member_metadata_key",
    "ShareGroupMemberMetadataValue": "share_group_member_metadata_value",
    "ShareGroupMetadataKey": "share_group_metadata_key",
    "ShareGroupMetadataValue": "share_group_metadata_value",
    "ShareGroupStatePartitionMetadataKey": "share_group_state_partition_metadata_key",
    "ShareGroupStatePartitionMetadataValue": "share_group_state_partition_metadata_value",
    "ShareGroupTargetAssignmentMemberKey": "share_group_target_assignment_member_key",
    "ShareGroupTargetAssignmentMemberValue": "share_group_target_assignment_member_value",
    "ShareGroupTargetAssignmentMetadataKey": "share_group_target_assignment_metadata_key",
    "ShareGroupTargetAssignmentMetadataValue": "share_group_target_assignment_metadata_value",
    "SnapshotFooterRecord": "snapshot_footer_record",
    "SnapshotHeaderRecord": "snapshot_header_record",
    "StreamsGroupCurrentMemberAssignmentKey": "streams_group_current_member_assignment_key",
    "StreamsGroupCurrentMemberAssignmentValue": "streams_group_current_member_assignment_value",
    "StreamsGroupDescribeRequest": "streams_group_describe_request",
    "StreamsGroupDescribeResponse": "streams_group_describe_response",
    "StreamsGroupHeartbeatRequest": "streams_group_heartbeat_request",
    "StreamsGroupHeartbeatResponse": "streams_group_heartbeat_response",
    "StreamsGroupMemberMetadataKey": "streams_group_member_metadata_key",
    "StreamsGroupMemberMetadataValue": "streams_group_member_metadata_value",
    "StreamsGroupMetadataKey": "streams_group_metadata_key",
    "StreamsGroupMetadataValue": "streams_group_metadata_value",
    "StreamsGroupTargetAssignmentMemberKey": "streams_group_target_assignment_member_key",
    "StreamsGroupTargetAssignmentMemberValue": "streams_group_target_assignment_member_value",
    "StreamsGroupTargetAssignmentMetadataKey": "streams_group_target_assignment_metadata_key",
    "StreamsGroupTargetAssignmentMetadataValue": "streams_group_target_assignment_metadata_value",
    "StreamsGroupTopologyDescriptionUpdateRequest": "streams_group_topology_description_update_request",
    "StreamsGroupTopologyDescriptionUpdateResponse": "streams_group_topology_description_update_response",
    "StreamsGroupTopologyKey": "streams_group_topology_key",
    "StreamsGroupTopologyValue": "streams_group_topology_value",
    "SyncGroupRequest": "sync_group_request",
    "SyncGroupResponse": "sync_group_response",
    "TransactionLogKey": "transaction_log_key",
    "TransactionLogValue": "transaction_log_value",
    "TxnOffsetCommitRequest": "txn_offset_commit_request",
    "TxnOffsetCommitResponse": "txn_offset_commit_response",
    "UnregisterBrokerRequest": "unregister_broker_request",
    "UnregisterBrokerResponse": "unregister_broker_response",
    "UnregisterControllerRequest": "unregister_controller_request",
    "UnregisterControllerResponse": "unregister_controller_response",
    "UpdateFeaturesRequest": "update_features_request",
    "UpdateFeaturesResponse": "update_features_response",
    "VotersRecord": "voters_record",
    "WriteShareGroupStateRequest": "write_share_group_state_request",
    "WriteShareGroupStateResponse": "write_share_group_state_response",
    "WriteTxnMarkersRequest": "write_txn_markers_request",
    "WriteTxnMarkersResponse": "write_txn_markers_response",
}

# coordinator-key / coordinator-value record type (apiKey) -> class name
COORDINATOR_KEYS: dict[int, str] = {
    0: "LegacyOffsetCommitKey",
    0: "TransactionLogKey",
    1: "OffsetCommitKey",
    2: "GroupMetadataKey",
    3: "ConsumerGroupMetadataKey",
    4: "ConsumerGroupPartitionMetadataKey",
    5: "ConsumerGroupMemberMetadataKey",
    6: "ConsumerGroupTargetAssignmentMetadataKey",
    7: "ConsumerGroupTargetAssignmentMemberKey",
    8: "ConsumerGroupCurrentMemberAssignmentKey",
    10: "ShareGroupMemberMetadataKey",
    11: "ShareGroupMetadataKey",
    12: "ShareGroupTargetAssignmentMetadataKey",
    13: "ShareGroupTargetAssignmentMemberKey",
    14: "ShareGroupCurrentMemberAssignmentKey",
    15: "ShareGroupStatePartitionMetadataKey",
    16: "ConsumerGroupRegularExpressionKey",
    17: "StreamsGroupMetadataKey",
    19: "StreamsGroupMemberMetadataKey",
    20: "StreamsGroupTargetAssignmentMetadataKey",
    21: "StreamsGroupTargetAssignmentMemberKey",
    22: "StreamsGroupCurrentMemberAssignmentKey",
    23: "StreamsGroupTopologyKey",
}
COORDINATOR_VALUES: dict[int, str] = {
    0: "LegacyOffsetCommitValue",
    0: "TransactionLogValue",
    1: "OffsetCommitValue",
    2: "GroupMetadataValue",
    3: "ConsumerGroupMetadataValue",
    4: "ConsumerGroupPartitionMetadataValue",
    5: "ConsumerGroupMemberMetadataValue",
    6: "ConsumerGroupTargetAssignmentMetadataValue",
    7: "ConsumerGroupTargetAssignmentMemberValue",
    8: "ConsumerGroupCurrentMemberAssignmentValue",
    10: "ShareGroupMemberMetadataValue",
    11: "ShareGroupMetadataValue",
    12: "ShareGroupTargetAssignmentMetadataValue",
    13: "ShareGroupTargetAssignmentMemberValue",
    14: "ShareGroupCurrentMemberAssignmentValue",
    15: "ShareGroupStatePartitionMetadataValue",
    16: "ConsumerGroupRegularExpressionValue",
    17: "StreamsGroupMetadataValue",
    19: "StreamsGroupMemberMetadataValue",
    20: "StreamsGroupTargetAssignmentMetadataValue",
    21: "StreamsGroupTargetAssignmentMemberValue",
    22: "StreamsGroupCurrentMemberAssignmentValue",
    23: "StreamsGroupTopologyValue",
}


def message_class(name: str) -> type[Message]:
    """The generated class called `name`, importing its module on first use."""
    module = MODULES.get(name)
    if module is None:
        raise KeyError(f"no generated message named {name!r}")
    cls: type[Message] = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    return cls


def _api(api_key: int) -> ApiSpec:
    spec = APIS.get(api_key)
    if spec is None:
        raise UnsupportedVersionError(f"unknown API key {api_key}")
    return spec


def request_class(api_key: int) -> type[Message]:
    return message_class(_api(api_key).request)


def response_class(api_key: int) -> type[Message]:
    return message_class(_api(api_key).response)


def request_header_version(api_key: int, api_version: int) -> int:
    """Header v2 for flexible request versions, else v1 (an unknown API gets v1)."""
    spec = APIS.get(api_key)
    if spec is None or spec.flexible_min is None or api_version < spec.flexible_min:
        return 1
    return 2


def response_header_version(api_key: int, api_version: int) -> int:
    """Header v1 for flexible response versions, else v0; ApiVersions always uses v0."""
    if api_key == 18:
        return 0
    spec = APIS.get(api_key)
    if spec is None or spec.flexible_min is None or api_version < spec.flexible_min:
        return 0
    return 1


def __getattr__(name: str) -> type[Message]:
    if name in MODULES:
        return message_class(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
