"""DescribeCluster (60), DescribeLogDirs (35), DescribeTopicPartitions (75), DescribeProducers (61)."""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING

from ...protocol.messages.describe_cluster_request import DescribeClusterRequest
from ...protocol.messages.describe_cluster_response import (
    DescribeClusterBroker,
    DescribeClusterResponse,
)
from ...protocol.messages.describe_log_dirs_request import DescribeLogDirsRequest
from ...protocol.messages.describe_log_dirs_response import (
    DescribeLogDirsPartition,
    DescribeLogDirsResponse,
    DescribeLogDirsResult,
    DescribeLogDirsTopic,
)
from ...protocol.messages.describe_producers_request import DescribeProducersRequest
from ...protocol.messages.describe_producers_response import (
    DescribeProducersResponse,
    PartitionResponse,
    ProducerState,
    TopicResponse,
)
from ...protocol.messages.describe_topic_partitions_request import DescribeTopicPartitionsRequest
from ...protocol.messages.describe_topic_partitions_response import (
    Cursor,
    DescribeTopicPartitionsResponse,
    DescribeTopicPartitionsResponsePartition,
    DescribeTopicPartitionsResponseTopic,
)
from ..registry import REGISTRY
from . import errors as E

if TYPE_CHECKING:
    from ..broker import Broker, RequestContext

AUTHORIZED_OPS_UNKNOWN = -2147483648


@REGISTRY.register(60, 0, 2)
async def describe_cluster(
    broker: Broker, ctx: RequestContext, req: DescribeClusterRequest
) -> DescribeClusterResponse:
    host, port = broker.config.advertised
    if ctx.api_version >= 1 and req.endpoint_type not in (1,):
        return DescribeClusterResponse(
            error_code=E.UNSUPPORTED_ENDPOINT_TYPE, error_message="only brokers here"
        )
    return DescribeClusterResponse(
        throttle_time_ms=0,
        error_code=0,
        error_message=None,
        endpoint_type=1,
        cluster_id=broker.cluster_id,
        controller_id=broker.node_id,
        brokers=[DescribeClusterBroker(broker.node_id, host, port, None, False)],
        cluster_authorized_operations=AUTHORIZED_OPS_UNKNOWN,
    )


@REGISTRY.register(35, 1, 4)
async def describe_log_dirs(
    broker: Broker, ctx: RequestContext, req: DescribeLogDirsRequest
) -> DescribeLogDirsResponse:
    storage = broker.storage
    if req.topics is None:
        wanted = {t.name: list(range(t.partitions)) for t in storage.catalog.topics.values()}
    else:
        wanted = {t.topic: list(t.partitions) for t in req.topics}
    topics = []
    for name, parts in sorted(wanted.items()):
        rows = []
        for p in parts:
            plog = storage.logs.get((name, p))
            if plog is not None:
                rows.append(DescribeLogDirsPartition(p, plog.size, 0, False))
        if rows:
            topics.append(DescribeLogDirsTopic(name, rows))
    usage = shutil.disk_usage(storage.dir)
    result = DescribeLogDirsResult(
        error_code=0,
        log_dir=os.path.abspath(storage.dir),
        topics=topics,
        total_bytes=usage.total,
        usable_bytes=usage.free,
    )
    return DescribeLogDirsResponse(throttle_time_ms=0, error_code=0, results=[result])


@REGISTRY.register(75, 0, 0)
async def describe_topic_partitions(
    broker: Broker, ctx: RequestContext, req: DescribeTopicPartitionsRequest
) -> DescribeTopicPartitionsResponse:
    catalog = broker.storage.catalog
    names = [t.name for t in req.topics] if req.topics else sorted(catalog.topics)
    names = sorted(names)
    if req.cursor is not None:
        names = [n for n in names if n >= req.cursor.topic_name]
    limit = max(req.response_partition_limit, 1)
    node = broker.node_id
    out = []
    next_cursor = None
    for name in names:
        info = catalog.topics.get(name)
        if info is None:
            out.append(DescribeTopicPartitionsResponseTopic(E.UNKNOWN_TOPIC_OR_PARTITION, name))
            continue
        first = (
            req.cursor.partition_index
            if req.cursor is not None and name == req.cursor.topic_name
            else 0
        )
        parts = []
        for p in range(first, info.partitions):
            if limit == 0:
                next_cursor = Cursor(name, p)
                break
            parts.append(
                DescribeTopicPartitionsResponsePartition(0, p, node, 0, [node], [node], [], [], [])
            )
            limit -= 1
        out.append(
            DescribeTopicPartitionsResponseTopic(
                0, name, info.topic_id, False, parts, AUTHORIZED_OPS_UNKNOWN
            )
        )
        if next_cursor is not None:
            break
    return DescribeTopicPartitionsResponse(throttle_time_ms=0, topics=out, next_cursor=next_cursor)


@REGISTRY.register(61, 0, 0)
async def describe_producers(
    broker: Broker, ctx: RequestContext, req: DescribeProducersRequest
) -> DescribeProducersResponse:
    topics = []
    for t in req.topics:
        parts = []
        for p in t.partition_indexes:
            if (t.name, p) not in broker.storage.logs:
                parts.append(
                    PartitionResponse(p, E.UNKNOWN_TOPIC_OR_PARTITION, "unknown partition")
                )
                continue
            active = []
            for pid, entry in sorted(broker.producers(t.name, p).entries.items()):
                last = entry.batches[-1] if entry.batches else None
                active.append(
                    ProducerState(
                        pid,
                        entry.epoch,
                        last.last_seq if last else -1,
                        last.timestamp if last else -1,
                        -1,
                        -1,
                    )
                )
            parts.append(PartitionResponse(p, 0, None, active))
        topics.append(TopicResponse(t.name, parts))
    return DescribeProducersResponse(throttle_time_ms=0, topics=topics)
