"""Admin APIs of a single broker with one replica per partition, over raw requests: what
Kafka's tools need from ElectLeaders (43), AlterPartitionReassignments (45),
ListPartitionReassignments (46), DescribeClientQuotas (48), DescribeUserScramCredentials (50),
ListTransactions (66) and ListConfigResources (74), and the replication-throttle deletes of
IncrementalAlterConfigs (44). Errors and messages are those a single-node KRaft Kafka 4.1.1
answers to the same requests (checked by hand; the order of topics there is its hash order).
"""

from __future__ import annotations

from typing import Any

import pytest

from fluxmq.protocol.messages.alter_partition_reassignments_request import (
    AlterPartitionReassignmentsRequest,
    ReassignablePartition,
    ReassignableTopic,
)
from fluxmq.protocol.messages.describe_client_quotas_request import (
    ComponentData,
    DescribeClientQuotasRequest,
)
from fluxmq.protocol.messages.describe_user_scram_credentials_request import (
    DescribeUserScramCredentialsRequest,
    UserName,
)
from fluxmq.protocol.messages.elect_leaders_request import ElectLeadersRequest, TopicPartitions
from fluxmq.protocol.messages.incremental_alter_configs_request import (
    AlterableConfig,
    AlterConfigsResource,
    IncrementalAlterConfigsRequest,
)
from fluxmq.protocol.messages.list_config_resources_request import ListConfigResourcesRequest
from fluxmq.protocol.messages.list_partition_reassignments_request import (
    ListPartitionReassignmentsRequest,
    ListPartitionReassignmentsTopics,
)
from fluxmq.protocol.messages.list_transactions_request import ListTransactionsRequest

from ._raw import RawClient, api_versions, create_topic
from .conftest import BrokerProcess

pytestmark = pytest.mark.timeout(60)

UNSUPPORTED_VERSION = 35
INVALID_REPLICA_ASSIGNMENT = 39
INVALID_CONFIG = 40
INVALID_REQUEST = 42
UNKNOWN_TOPIC_OR_PARTITION = 3
ELECTION_NOT_NEEDED = 84
NO_REASSIGNMENT_IN_PROGRESS = 85
RESOURCE_NOT_FOUND = 91
DUPLICATE_RESOURCE = 92
INVALID_REGULAR_EXPRESSION = 128
NOT_NEEDED = "Leader election not needed for topic partition."
TOPIC, BROKER, BROKER_LOGGER, CLIENT_METRICS, GROUP = 2, 4, 8, 16, 32
DELETE, SET = 1, 0


def _client(broker: BrokerProcess) -> RawClient:
    c = RawClient(*broker.address)
    assert create_topic(c, "t", 2) == 0
    return c


def _partitions(resp: Any) -> dict[tuple[str, int], tuple[int, str | None]]:
    return {
        (t.topic, p.partition_id): (p.error_code, p.error_message)
        for t in resp.replica_election_results
        for p in t.partition_result
    }


def test_new_admin_apis_are_advertised(broker: BrokerProcess) -> None:
    with RawClient(*broker.address) as c:
        keys = {k.api_key: (k.min_version, k.max_version) for k in api_versions(c).api_keys}  # type: ignore[attr-defined]
    assert {k: keys.get(k) for k in (43, 45, 46, 48, 50, 66, 74)} == {
        43: (0, 2),
        45: (0, 1),
        46: (0, 0),
        48: (0, 1),
        50: (0, 0),
        66: (0, 2),
        74: (0, 1),
    }
    # still not served: transactions, features, telemetry
    for key in (57, 65, 71):
        assert key not in keys, keys


def test_elect_leaders(broker: BrokerProcess) -> None:
    with _client(broker) as c:
        for v in (0, 1, 2):
            # all partitions: one result per topic, none listed (the leader is preferred)
            req = ElectLeadersRequest(election_type=0, topic_partitions=None, timeout_ms=5000)
            resp: Any = c.request(req, v)
            assert [(t.topic, list(t.partition_result)) for t in resp.replica_election_results] == [
                ("t", [])
            ], resp
            if v >= 1:
                assert resp.error_code == 0
        wanted = [TopicPartitions("t", [0, 7]), TopicPartitions("nope", [0])]
        for election in (0, 1):  # preferred, unclean: a leader exists either way
            resp = c.request(ElectLeadersRequest(election, wanted, 5000), 2)
            assert resp.error_code == 0
            assert _partitions(resp) == {
                ("t", 0): (ELECTION_NOT_NEEDED, NOT_NEEDED),
                ("t", 7): (UNKNOWN_TOPIC_OR_PARTITION, "No such partition as t-7"),
                ("nope", 0): (UNKNOWN_TOPIC_OR_PARTITION, "No such topic as nope"),
            }, resp
        resp = c.request(ElectLeadersRequest(topic_partitions=[TopicPartitions("t", [1])]), 0)
        assert _partitions(resp) == {("t", 1): (ELECTION_NOT_NEEDED, NOT_NEEDED)}
        resp = c.request(ElectLeadersRequest(5, [TopicPartitions("t", [0])], 5000), 2)
        assert resp.error_code == INVALID_REQUEST
        assert _partitions(resp) == {("t", 0): (INVALID_REQUEST, "Unknown election type 5")}


def test_partition_reassignments(broker: BrokerProcess) -> None:
    with _client(broker) as c:
        # none in progress, whatever is asked (Kafka ignores unknown topics here too)
        for topics in (None, [ListPartitionReassignmentsTopics("t", [0, 9])]):
            resp: Any = c.request(ListPartitionReassignmentsRequest(5000, topics), 0)
            assert (resp.error_code, resp.error_message, list(resp.topics)) == (0, None, [])

        def alter(replicas: list[int] | None, topic: str = "t", p: int = 0, v: int = 1) -> Any:
            req = AlterPartitionReassignmentsRequest(
                timeout_ms=5000,
                allow_replication_factor_change=v
                == 0,  # v1+: no change allowed (the v0 default is true)
                topics=[ReassignableTopic(topic, [ReassignablePartition(p, replicas)])],
            )
            resp: Any = c.request(req, v)
            assert (resp.error_code, resp.error_message) == (0, None)
            (t,) = resp.responses
            (part,) = t.partitions
            assert (t.name, part.partition_index) == (topic, p)
            return part.error_code, part.error_message

        # the current assignment: accepted, and done at once
        assert alter([0]) == (0, None)
        assert alter([0], v=0) == (0, None)
        assert alter(None) == (NO_REASSIGNMENT_IN_PROGRESS, None)  # cancel
        assert alter([1]) == (
            INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes broker 1, but no such broker is "
            "registered.",
        )
        assert alter([0, 1])[0] == INVALID_REPLICA_ASSIGNMENT
        assert alter([0, 0]) == (
            INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes the broker 0 more than once.",
        )
        assert alter([]) == (
            INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes an empty replica list.",
        )
        assert alter([0], topic="nope") == (
            UNKNOWN_TOPIC_OR_PARTITION,
            "Unable to find a topic named nope.",
        )
        assert alter(None, p=9) == (UNKNOWN_TOPIC_OR_PARTITION, "Unable to find partition t:9.")


def test_throttle_deletes_are_accepted(broker: BrokerProcess) -> None:
    """kafka-reassign-partitions --verify clears the replication throttles of the broker and
    of each topic; there are none, so deleting them succeeds. Setting one stays an error."""
    with _client(broker) as c:

        def alter(rtype: int, name: str, *ops: tuple[str, int, str | None]) -> tuple[int, Any]:
            res = AlterConfigsResource(rtype, name, [AlterableConfig(k, o, v) for k, o, v in ops])
            resp: Any = c.request(IncrementalAlterConfigsRequest([res], False), 1)
            (r,) = resp.responses
            return r.error_code, r.error_message

        rate = "leader.replication.throttled.rate"
        assert alter(BROKER, "0", (rate, DELETE, None), ("nope.x", DELETE, None)) == (0, None)
        assert alter(BROKER, "", (rate, DELETE, None)) == (0, None)  # the cluster default
        assert alter(BROKER, "7", (rate, DELETE, None)) == (
            INVALID_REQUEST,
            "Unexpected broker id, expected 0, but received 7",
        )
        assert alter(BROKER, "0", (rate, SET, "1000"))[0] == INVALID_REQUEST
        replicas = "leader.replication.throttled.replicas"
        assert alter(TOPIC, "t", (replicas, DELETE, None), ("nope.x", DELETE, None)) == (0, None)
        assert alter(TOPIC, "t", (replicas, SET, "0:0"))[0] == INVALID_CONFIG


def test_describe_client_quotas(broker: BrokerProcess) -> None:
    with RawClient(*broker.address) as c:

        def describe(*components: tuple[str, int, str | None], v: int = 1) -> Any:
            req = DescribeClientQuotasRequest([ComponentData(*x) for x in components], False)
            return c.request(req, v)

        # no quotas: every valid filter matches nothing (message left at Kafka's default "")
        valid: list[tuple[tuple[str, int, str | None], ...]] = [
            (),
            (("user", 0, "alice"),),
            (("client-id", 1, None),),
            (("ip", 2, None),),
        ]
        for comps in valid:
            for v in (0, 1):
                resp = describe(*comps, v=v)
                assert (resp.error_code, resp.error_message, list(resp.entries)) == (0, "", [])
        bad: dict[tuple[tuple[str, int, str | None], ...], tuple[int, str]] = {
            (("user", 2, None), ("user", 0, "a")): (
                INVALID_REQUEST,
                "Entity type user cannot appear more than once in the filter.",
            ),
            (("bogus", 2, None),): (UNSUPPORTED_VERSION, "Unsupported entity type bogus"),
            (("user", 7, None),): (INVALID_REQUEST, "Unknown match type 7"),
            (("user", 0, None),): (
                INVALID_REQUEST,
                "Request specified MATCH_TYPE_EXACT, but set match string to null.",
            ),
            (("ip", 2, None), ("client-id", 2, None)): (
                INVALID_REQUEST,
                "Invalid entity filter component combination. IP filter component should not "
                "be used with user or clientId filter component.",
            ),
        }
        for comps, (code, message) in bad.items():
            resp = describe(*comps)
            assert (resp.error_code, resp.error_message, resp.entries) == (code, message, None)


def test_describe_user_scram_credentials(broker: BrokerProcess) -> None:
    with RawClient(*broker.address) as c:
        no_users: list[list[UserName] | None] = [None, []]
        for users in no_users:
            resp: Any = c.request(DescribeUserScramCredentialsRequest(users), 0)
            assert (resp.error_code, list(resp.results)) == (0, [])
        names = ["a", "b", "a", "a"]
        resp = c.request(DescribeUserScramCredentialsRequest([UserName(n) for n in names]), 0)
        assert [(r.user, r.error_code, r.error_message) for r in resp.results] == [
            (
                "a",
                DUPLICATE_RESOURCE,
                "Cannot describe SCRAM credentials for the same user twice in a single "
                "request: a",
            ),
            (
                "b",
                RESOURCE_NOT_FOUND,
                "Attempt to describe a user credential that does not exist: b",
            ),
        ]


def test_list_transactions(broker: BrokerProcess) -> None:
    with RawClient(*broker.address) as c:
        for v in (0, 1, 2):
            req = ListTransactionsRequest([], [], -1, None)
            resp: Any = c.request(req, v)
            assert (resp.error_code, list(resp.unknown_state_filters)) == (0, [])
            assert list(resp.transaction_states) == []
        req = ListTransactionsRequest(["Ongoing", "Bogus", "PrepareEpochFence"], [5], 1000, "a.*")
        resp = c.request(req, 2)
        assert (resp.error_code, list(resp.unknown_state_filters)) == (0, ["Bogus"])
        resp = c.request(ListTransactionsRequest([], [], -1, "(["), 2)
        assert resp.error_code == INVALID_REGULAR_EXPRESSION


def test_list_config_resources(broker: BrokerProcess) -> None:
    with _client(broker) as c:
        assert create_topic(c, "a", 1) == 0

        def listed(*types: int) -> list[tuple[str, int]]:
            resp: Any = c.request(ListConfigResourcesRequest(list(types)), 1)
            assert resp.error_code == 0, resp
            return [(r.resource_name, r.resource_type) for r in resp.config_resources]

        assert listed() == [("0", BROKER), ("a", TOPIC), ("t", TOPIC)]
        assert listed(TOPIC) == [("a", TOPIC), ("t", TOPIC)]
        assert listed(BROKER) == [("0", BROKER)]
        # no client-metrics subscriptions, group configs, or configurable loggers here
        assert listed(CLIENT_METRICS, GROUP, BROKER_LOGGER) == []
        resp: Any = c.request(ListConfigResourcesRequest([99]), 1)
        assert (resp.error_code, list(resp.config_resources)) == (UNSUPPORTED_VERSION, [])
        # v0 was ListClientMetricsResources
        resp = c.request(ListConfigResourcesRequest(), 0)
        assert (resp.error_code, list(resp.config_resources)) == (0, [])
