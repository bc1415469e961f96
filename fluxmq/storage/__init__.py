"""The storage engine: Kafka-shaped partition logs on disk, shared by broker and client.

- `LogManager`: a data directory (meta.properties, topic catalogue, checkpoints), appends with
  the durability policy, background flush/retention/compaction.
- `PartitionLog`: one partition's segments, offsets, reads, retention and recovery.
- `LogConfig`: per-topic settings under Kafka's names.
"""

from .catalog import MetaProperties, TopicInfo
from .config import ConfigError, LogConfig
from .errors import LogOfflineError, OffsetOutOfRangeError, StorageError, UnknownTopicError
from .fileio import FileIO
from .log import AppendInfo, FetchData, PartitionLog
from .manager import LogManager, StorageSettings

__all__ = [
    "AppendInfo",
    "ConfigError",
    "FetchData",
    "FileIO",
    "LogConfig",
    "LogManager",
    "LogOfflineError",
    "MetaProperties",
    "OffsetOutOfRangeError",
    "PartitionLog",
    "StorageError",
    "StorageSettings",
    "TopicInfo",
    "UnknownTopicError",
]
