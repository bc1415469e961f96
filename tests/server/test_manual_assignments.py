"""Manual replica assignments in CreateTopics and CreatePartitions, answered as Apache Kafka
4.1.1 answers them (codes and messages checked against it with kafka-go, see
tests/go/kafkagoprobe: admin.create_topics_assignments).

The broker compared each decoded replica list (a tuple) with a list, so every manual
assignment was refused, even `[0]` on broker 0. The requests here go through the wire codec
(encode, decode) so the handler sees what a client's bytes decode to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import anyio
import pytest

from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.create_partitions_request import (
    CreatePartitionsAssignment,
    CreatePartitionsRequest,
    CreatePartitionsTopic,
)
from fluxmq.protocol.messages.create_partitions_response import CreatePartitionsResponse
from fluxmq.protocol.messages.create_topics_request import (
    CreatableReplicaAssignment,
    CreatableTopic,
    CreateTopicsRequest,
)
from fluxmq.protocol.messages.create_topics_response import CreateTopicsResponse
from fluxmq.server.broker import Broker, RequestContext
from fluxmq.server.config import ServerConfig

pytestmark = pytest.mark.timeout(60)

INVALID_REPLICA_ASSIGNMENT = 39
INVALID_REQUEST = 42

M = TypeVar("M", bound=Message)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    b = Broker(ServerConfig(data_dir=str(tmp_path)))
    yield b
    b.close()


def _wire(msg: M, version: int) -> M:
    """`msg` as the broker decodes it from a client's bytes."""
    return type(msg).decode(msg.encode(version), version)


def _ask(broker: Broker, api_key: int, version: int, req: Message) -> Message:
    async def go() -> Message:
        resp = await broker.handle(RequestContext(api_key, version), _wire(req, version))
        assert resp is not None
        return resp

    return anyio.run(go)


def _create(
    broker: Broker,
    name: str,
    assignments: Sequence[tuple[int, Sequence[int]]],
    partitions: int = -1,
    rf: int = -1,
    version: int = 7,
) -> tuple[int, str | None]:
    req = CreateTopicsRequest(
        topics=[
            CreatableTopic(
                name=name,
                num_partitions=partitions,
                replication_factor=rf,
                assignments=[CreatableReplicaAssignment(i, list(b)) for i, b in assignments],
            )
        ],
        timeout_ms=5000,
    )
    resp = _ask(broker, 19, version, req)
    assert isinstance(resp, CreateTopicsResponse)
    t = resp.topics[0]
    return t.error_code, t.error_message


@pytest.mark.parametrize("version", [2, 5, 7])
def test_create_topics_with_a_valid_assignment(broker: Broker, version: int) -> None:
    assert _create(broker, "t", [(0, [0]), (1, [0]), (2, [0])], version=version) == (0, None)
    assert broker.storage.catalog.topics["t"].partitions == 3


@pytest.mark.parametrize(
    ("assignments", "partitions", "rf", "code", "message"),
    [
        (
            [(0, [0])], 2, -1, INVALID_REQUEST,
            "A manual partition assignment was specified, but numPartitions was not set to -1.",
        ),
        (
            [(0, [0])], -1, 1, INVALID_REQUEST,
            "A manual partition assignment was specified, but replication factor was not set"
            " to -1.",
        ),
        (
            [(0, [0, 0])], -1, -1, INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes the broker 0 more than once.",
        ),
        (
            [(0, [0]), (2, [0])], -1, -1, INVALID_REPLICA_ASSIGNMENT,
            "partitions should be a consecutive 0-based integer sequence",
        ),
        (
            [(0, [0]), (0, [0])], -1, -1, INVALID_REPLICA_ASSIGNMENT,
            "Found multiple manual partition assignments for partition 0",
        ),
        (
            [(0, [])], -1, -1, INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes an empty replica list.",
        ),
        (
            [(0, [7])], -1, -1, INVALID_REPLICA_ASSIGNMENT,
            "The manual partition assignment includes broker 7, but no such broker is"
            " registered.",
        ),
    ],
    ids=["partitions-set", "rf-set", "dup-broker", "gap", "dup-index", "empty", "no-broker"],
)  # fmt: skip
def test_create_topics_refuses_a_bad_assignment_as_kafka_does(
    broker: Broker,
    assignments: list[tuple[int, list[int]]],
    partitions: int,
    rf: int,
    code: int,
    message: str,
) -> None:
    assert _create(broker, "bad", assignments, partitions, rf) == (code, message)
    assert "bad" not in broker.storage.catalog.topics


def _add(
    broker: Broker, name: str, count: int, assignments: list[list[int]] | None, version: int = 3
) -> tuple[int, str | None]:
    req = CreatePartitionsRequest(
        topics=[
            CreatePartitionsTopic(
                name=name,
                count=count,
                assignments=(
                    None
                    if assignments is None
                    else [CreatePartitionsAssignment(b) for b in assignments]
                ),
            )
        ],
        timeout_ms=5000,
        validate_only=False,
    )
    resp = _ask(broker, 37, version, req)
    assert isinstance(resp, CreatePartitionsResponse)
    r = resp.results[0]
    return r.error_code, r.error_message


@pytest.mark.parametrize("version", [0, 3])
def test_create_partitions_with_assignments(broker: Broker, version: int) -> None:
    broker.create_topic("t", 1)
    assert _add(broker, "t", 3, [[0], [0]], version) == (0, None)
    assert broker.storage.catalog.topics["t"].partitions == 3
    assert _add(broker, "t", 5, [[0]], version) == (
        INVALID_REPLICA_ASSIGNMENT,
        "Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.",
    )
    assert _add(broker, "t", 5, [[7], [0]], version) == (
        INVALID_REPLICA_ASSIGNMENT,
        "The manual partition assignment includes broker 7, but no such broker is registered.",
    )
    assert _add(broker, "t", 4, [[0, 0]], version) == (
        INVALID_REPLICA_ASSIGNMENT,
        "The manual partition assignment includes the broker 0 more than once.",
    )
    assert broker.storage.catalog.topics["t"].partitions == 3
    assert _add(broker, "t", 4, None, version) == (0, None)  # no assignments: the broker picks
    assert broker.storage.catalog.topics["t"].partitions == 4
