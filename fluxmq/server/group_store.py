"""The group coordinator's view of storage: `__consumer_offsets` as its log, the catalogue
as its topic metadata."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..protocol.records.batch import iter_batches
from ..protocol.records.builder import build_batch
from ..storage import LogManager

__all__ = ["OFFSETS_TOPIC", "CatalogTopics", "OffsetsTopicStore"]

OFFSETS_TOPIC = "__consumer_offsets"
_READ_CHUNK = 4 * 1024 * 1024


class OffsetsTopicStore:
    """Appends coordinator records to `__consumer_offsets`, creating it on first use with
    Kafka's settings for it (compacted, its own segment size)."""

    def __init__(
        self,
        storage: LogManager,
        partitions: int,
        segment_bytes: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.storage = storage
        self.partitions = partitions
        self.segment_bytes = segment_bytes
        self.clock = clock

    @property
    def exists(self) -> bool:
        return OFFSETS_TOPIC in self.storage.catalog.topics

    def ensure_topic(self) -> None:
        if not self.exists:
            self.storage.create_topic(
                OFFSETS_TOPIC,
                self.partitions,
                {
                    "cleanup.policy": "compact",
                    "segment.bytes": str(self.segment_bytes),
                    "compression.type": "producer",
                },
            )

    def write(self, partition: int, records: Sequence[tuple[bytes, bytes | None]]) -> None:
        self.ensure_topic()
        batch = build_batch(
            [v for _, v in records],
            [k for k, _ in records],
            timestamps=int(self.clock() * 1000),
        )
        self.storage.get_log(OFFSETS_TOPIC, partition).append(batch)

    def read_all(self) -> Iterator[tuple[bytes | None, bytes | None]]:
        """Every record of every partition, each partition in log order."""
        if not self.exists:
            return
        for p in range(self.storage.catalog.topics[OFFSETS_TOPIC].partitions):
            plog = self.storage.get_log(OFFSETS_TOPIC, p)
            offset = plog.log_start_offset
            while offset < plog.log_end_offset:
                data = plog.read(offset, _READ_CHUNK)
                if not data:
                    break
                for batch in iter_batches(data):
                    offset = batch.next_offset
                    if batch.is_control:
                        continue
                    for rec in batch.records():
                        yield rec.key, rec.value


class CatalogTopics:
    def __init__(self, storage: LogManager) -> None:
        self.storage = storage

    def partition_count(self, topic: str) -> int | None:
        info = self.storage.catalog.topics.get(topic)
        return None if info is None else info.partitions

    def topic_id(self, topic: str) -> uuid.UUID | None:
        info = self.storage.catalog.topics.get(topic)
        return None if info is None else info.topic_id

    def topic_name(self, topic_id: uuid.UUID) -> str | None:
        info = self.storage.catalog.by_id.get(topic_id)
        return None if info is None else info.name

    def topic_names(self) -> Iterable[str]:
        return list(self.storage.catalog.topics)
