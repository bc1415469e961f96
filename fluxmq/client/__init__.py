"""FluxMQ's asyncio Kafka client: `Producer`, `Consumer` and `Admin`.

They speak the Kafka protocol to fluxmq-server or Apache Kafka (``"host:port,..."``), or run
against a broker inside this process (``"embedded:///data/dir"`` or an `EmbeddedBroker`),
with the same API::

    from fluxmq.client import Producer, Consumer

    async with Producer("127.0.0.1:9092") as producer:
        meta = await producer.send("events", b"hello", key=b"user-1")

    async with Consumer("127.0.0.1:9092", group_id="readers") as consumer:
        consumer.subscribe(["events"])
        async for record in consumer:
            ...

Errors derive from `FluxMQError`; `RetriableError` and `FatalError` split them by whether
trying again can help.
"""

from .admin import (
    Admin,
    ClusterDescription,
    ConfigEntry,
    GroupDescription,
    GroupListing,
    MemberDescription,
    NewTopic,
    OffsetSpec,
    PartitionDescription,
    TopicDescription,
)
from .assignors import (
    Assignor,
    CooperativeStickyAssignor,
    RangeAssignor,
    RoundRobinAssignor,
)
from .consumer import (
    CommitFailedError,
    Consumer,
    ConsumerRebalanceListener,
    GroupState,
    NoOffsetForPartitionError,
    OffsetAndTimestamp,
    OffsetOutOfRangeError,
    PendingCommit,
    RebalanceListener,
)
from .embedded import EmbeddedBroker
from .errors import (
    BrokerError,
    BrokerUnreachableError,
    ClientClosedError,
    ConfigurationError,
    FatalBrokerError,
    FatalError,
    FluxMQError,
    GroupError,
    RequestTimeoutError,
    RetriableBrokerError,
    RetriableError,
    UnknownTopicError,
)
from .producer import (
    BufferFullError,
    DeliveryFuture,
    Producer,
    RecordTooLargeError,
    SendBatchResult,
)
from .transport import BrokerAddress
from .types import ConsumerRecord, OffsetAndMetadata, RecordMetadata, TopicPartition

__all__ = [
    "Admin",
    "Assignor",
    "BrokerAddress",
    "BrokerError",
    "BrokerUnreachableError",
    "BufferFullError",
    "ClientClosedError",
    "ClusterDescription",
    "CommitFailedError",
    "ConfigEntry",
    "ConfigurationError",
    "Consumer",
    "ConsumerRebalanceListener",
    "ConsumerRecord",
    "CooperativeStickyAssignor",
    "DeliveryFuture",
    "EmbeddedBroker",
    "FatalBrokerError",
    "FatalError",
    "FluxMQError",
    "GroupDescription",
    "GroupError",
    "GroupListing",
    "GroupState",
    "MemberDescription",
    "NewTopic",
    "NoOffsetForPartitionError",
    "OffsetAndMetadata",
    "OffsetAndTimestamp",
    "OffsetOutOfRangeError",
    "OffsetSpec",
    "PartitionDescription",
    "PendingCommit",
    "Producer",
    "RangeAssignor",
    "RebalanceListener",
    "RecordMetadata",
    "RecordTooLargeError",
    "RequestTimeoutError",
    "RetriableBrokerError",
    "RetriableError",
    "RoundRobinAssignor",
    "SendBatchResult",
    "TopicDescription",
    "TopicPartition",
    "UnknownTopicError",
]
