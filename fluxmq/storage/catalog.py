"""The data directory's catalogue: `meta.properties` and the topics (ids, partitions, configs).

Both are created on first start (no separate format step) and replaced atomically on change.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field

from .config import ConfigError, LogConfig
from .fileio import REAL_IO, FileIO

__all__ = ["Catalog", "MetaProperties", "TopicInfo", "load_meta_properties"]

CATALOG_FILE = "fluxmq-topics.json"
META_FILE = "meta.properties"


def _kafka_uuid() -> str:
    """A random id in Kafka's textual form (url-safe base64 of 16 bytes, no padding)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


@dataclass(frozen=True)
class MetaProperties:
    cluster_id: str
    node_id: int
    directory_id: str


def load_meta_properties(data_dir: str, node_id: int, io: FileIO = REAL_IO) -> MetaProperties:
    """Read meta.properties, creating it on first start; a node id mismatch is an error."""
    path = os.path.join(data_dir, META_FILE)
    os.makedirs(data_dir, exist_ok=True)
    props: dict[str, str] = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    k, v = line.split("=", 1)
                    props[k.strip()] = v.strip()
        stored = int(props.get("node.id", node_id))
        if stored != node_id:
            raise ConfigError(
                f"{path} belongs to node {stored}, not {node_id}; use --broker-id {stored} "
                "or another data directory"
            )
        return MetaProperties(props["cluster.id"], stored, props.get("directory.id", ""))
    meta = MetaProperties(_kafka_uuid(), node_id, _kafka_uuid())
    text = (
        "#\n#Written by fluxmq on first start\n"
        f"cluster.id={meta.cluster_id}\ndirectory.id={meta.directory_id}\n"
        f"node.id={meta.node_id}\nversion=1\n"
    )
    io.write_file_atomic(path, text.encode())
    return meta


@dataclass
class TopicInfo:
    name: str
    topic_id: uuid.UUID
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)  # overrides, Kafka names

    def log_config(self, base: LogConfig) -> LogConfig:
        return base.with_overrides(self.configs)


class Catalog:
    """Topics of this broker, persisted as one JSON document."""

    def __init__(self, data_dir: str, defaults: LogConfig, io: FileIO = REAL_IO) -> None:
        self.path = os.path.join(data_dir, CATALOG_FILE)
        self.defaults = defaults
        self.io = io
        self.topics: dict[str, TopicInfo] = {}
        self.by_id: dict[uuid.UUID, TopicInfo] = {}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as f:
                doc = json.load(f)
            for t in doc.get("topics", []):
                info = TopicInfo(t["name"], uuid.UUID(t["id"]), int(t["partitions"]), t["configs"])
                self.topics[info.name] = info
                self.by_id[info.topic_id] = info

    def save(self, topics: dict[str, TopicInfo] | None = None) -> None:
        """Persist `topics` (default: the current set); raises before anything changes."""
        items = self.topics if topics is None else topics
        doc = {
            "version": 1,
            "topics": [
                {
                    "name": t.name,
                    "id": str(t.topic_id),
                    "partitions": t.partitions,
                    "configs": t.configs,
                }
                for t in sorted(items.values(), key=lambda t: t.name)
            ],
        }
        self.io.write_file_atomic(self.path, json.dumps(doc, indent=1).encode())

    def _commit(self, topics: dict[str, TopicInfo]) -> None:
        """Write the new catalogue, then adopt it: a failed write changes nothing."""
        self.save(topics)
        self.topics = topics
        self.by_id = {t.topic_id: t for t in topics.values()}

    def add(self, name: str, partitions: int, configs: dict[str, str]) -> TopicInfo:
        self.defaults.with_overrides(configs)  # validates names and values
        info = TopicInfo(name, uuid.uuid4(), partitions, dict(configs))
        self._commit({**self.topics, name: info})
        return info

    def remove(self, name: str) -> TopicInfo | None:
        info = self.topics.get(name)
        if info is not None:
            self._commit({k: v for k, v in self.topics.items() if k != name})
        return info

    def set_partitions(self, name: str, partitions: int) -> None:
        old = self.topics[name]
        self._commit({**self.topics, name: TopicInfo(name, old.topic_id, partitions, old.configs)})

    def set_configs(self, name: str, configs: dict[str, str]) -> None:
        self.defaults.with_overrides(configs)
        old = self.topics[name]
        self._commit(
            {**self.topics, name: TopicInfo(name, old.topic_id, old.partitions, dict(configs))}
        )
