"""Metadata (3): brokers, cluster id, topics with ids and partitions; auto-creation."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...protocol.messages.metadata_request import MetadataRequest
from ...protocol.messages.metadata_response import (
    MetadataResponse,
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)
from ...protocol.primitives import ZERO_UUID
from ...storage import ConfigError, TopicInfo
from ..group_store import OFFSETS_TOPIC
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

log = logging.getLogger(__name__)
AUTHORIZED_OPS_UNKNOWN = -2147483648


def topic_metadata(broker: Broker, info: TopicInfo) -> MetadataResponseTopic:
    node = broker.node_id
    parts = [
        MetadataResponsePartition(
            error_code=0,
            partition_index=p,
            leader_id=node,
            leader_epoch=0,
            replica_nodes=[node],
            isr_nodes=[node],
            offline_replicas=[],
        )
        for p in range(info.partitions)
    ]
    return MetadataResponseTopic(
        error_code=0,
        name=info.name,
        topic_id=info.topic_id,
        is_internal=info.name == OFFSETS_TOPIC,
        partitions=parts,
        topic_authorized_operations=AUTHORIZED_OPS_UNKNOWN,
    )


@REGISTRY.register(3, 0, 13)
async def handle(broker: Broker, ctx: RequestContext, req: MetadataRequest) -> MetadataResponse:
    host, port = broker.config.advertised
    catalog = broker.storage.catalog
    topics: list[MetadataResponseTopic] = []
    wanted = req.topics
    if wanted is None or (ctx.api_version == 0 and not wanted):
        topics = [
            topic_metadata(broker, t) for t in sorted(catalog.topics.values(), key=lambda t: t.name)
        ]
    else:
        auto = req.allow_auto_topic_creation and broker.config.auto_create_topics
        for t in wanted:
            info = None
            if t.name is None:
                info = catalog.by_id.get(t.topic_id)
                if info is None:
                    topics.append(
                        MetadataResponseTopic(
                            error_code=E.UNKNOWN_TOPIC_ID, name=None, topic_id=t.topic_id
                        )
                    )
                    continue
            else:
                info = catalog.topics.get(t.name)
                if info is None and auto:
                    try:
                        info = broker.create_topic(t.name)
                    except ConfigError as e:
                        log.info("not auto-creating %r: %s", t.name, e)
                        topics.append(
                            MetadataResponseTopic(error_code=E.INVALID_TOPIC_EXCEPTION, name=t.name)
                        )
                        continue
                if info is None:
                    topics.append(
                        MetadataResponseTopic(
                            error_code=E.UNKNOWN_TOPIC_OR_PARTITION, name=t.name, topic_id=ZERO_UUID
                        )
                    )
                    continue
            topics.append(topic_metadata(broker, info))
    return MetadataResponse(
        throttle_time_ms=0,
        brokers=[MetadataResponseBroker(broker.node_id, host, port, None)],
        cluster_id=broker.cluster_id,
        controller_id=broker.node_id,
        topics=topics,
        cluster_authorized_operations=AUTHORIZED_OPS_UNKNOWN,
    )
