"""What a consumer reads and where it stands: subscription, assignment, per-partition positions.

Like Java's `SubscriptionState`: a consumer either subscribes (topics or a pattern, with group
management) or assigns partitions by hand; every assigned partition has a position (the offset
of the next record the application gets), a pause flag, and what the last fetch said about the
log (high watermark, last stable offset, log start offset). Positions move only when records
are handed to the application; the fetcher reads ahead from its own `fetch_offset`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from .types import TopicPartition

__all__ = ["OffsetResetStrategy", "PartitionState", "SubscriptionState", "SubscriptionType"]


class OffsetResetStrategy(enum.Enum):
    """Where to start when a partition has no committed offset (or it is out of range)."""

    EARLIEST = "earliest"
    LATEST = "latest"
    NONE = "none"


class SubscriptionType(enum.Enum):
    NONE = 0
    TOPICS = 1
    PATTERN = 2
    USER_ASSIGNED = 3


class PartitionState:
    """One assigned partition. `epoch` changes on every seek/reset so that fetches issued
    before it are recognised as stale and dropped."""

    __slots__ = (
        "epoch",
        "fetch_offset",
        "high_watermark",
        "last_stable_offset",
        "leader_epoch",
        "log_start_offset",
        "paused",
        "position",
        "reset",
    )

    def __init__(self) -> None:
        self.position: int | None = None  # next offset handed to the application
        self.fetch_offset: int | None = None  # next offset to fetch (read-ahead)
        self.reset: OffsetResetStrategy | None = None  # pending reset, resolved by ListOffsets
        self.paused = False
        self.high_watermark: int | None = None
        self.last_stable_offset: int | None = None
        self.log_start_offset: int | None = None
        self.leader_epoch = -1
        self.epoch = 0

    def seek(self, offset: int) -> None:
        self.position = offset
        self.fetch_offset = offset
        self.reset = None
        self.epoch += 1

    def request_reset(self, strategy: OffsetResetStrategy) -> None:
        self.position = None
        self.fetch_offset = None
        self.reset = strategy
        self.epoch += 1

    @property
    def has_position(self) -> bool:
        return self.position is not None

    @property
    def fetchable(self) -> bool:
        return not self.paused and self.fetch_offset is not None


class SubscriptionState:
    """The consumer's subscription and assignment (single event loop: no locking)."""

    def __init__(self, default_reset: OffsetResetStrategy) -> None:
        self.default_reset = default_reset
        self.type = SubscriptionType.NONE
        self.topics: frozenset[str] = frozenset()  # subscribed names, or pattern matches
        self.pattern: re.Pattern[str] | None = None
        self.assignment: dict[TopicPartition, PartitionState] = {}
        self.version = 0  # bumped on every assignment change

    # -------------------------------------------------------------- subscription

    def subscribe(self, topics: Iterable[str]) -> None:
        self._check_type(SubscriptionType.TOPICS)
        self.type = SubscriptionType.TOPICS
        self.pattern = None
        self.topics = frozenset(topics)

    def subscribe_pattern(self, pattern: re.Pattern[str]) -> None:
        self._check_type(SubscriptionType.PATTERN)
        self.type = SubscriptionType.PATTERN
        self.pattern = pattern
        self.topics = frozenset()

    def match_pattern(self, all_topics: Iterable[str]) -> bool:
        """Set the subscribed topics from the pattern; True when they changed."""
        assert self.pattern is not None
        matched = frozenset(t for t in all_topics if self.pattern.fullmatch(t))
        changed = matched != self.topics
        self.topics = matched
        return changed

    def assign_from_user(self, partitions: Iterable[TopicPartition]) -> None:
        self._check_type(SubscriptionType.USER_ASSIGNED)
        self.type = SubscriptionType.USER_ASSIGNED
        wanted = set(partitions)
        self.topics = frozenset(tp.topic for tp in wanted)
        self.set_assignment(wanted)

    def unsubscribe(self) -> None:
        self.type = SubscriptionType.NONE
        self.topics = frozenset()
        self.pattern = None
        self.set_assignment(())

    def _check_type(self, want: SubscriptionType) -> None:
        if self.type not in (SubscriptionType.NONE, want):
            raise ValueError(
                "subscribe(topics), subscribe(pattern=...) and assign() are mutually "
                "exclusive: call unsubscribe() first"
            )

    @property
    def is_group_managed(self) -> bool:
        return self.type in (SubscriptionType.TOPICS, SubscriptionType.PATTERN)

    # -------------------------------------------------------------- assignment

    def set_assignment(self, partitions: Iterable[TopicPartition]) -> None:
        """Replace the assignment, keeping the state of partitions that stay."""
        new = {}
        for tp in sorted(set(partitions)):
            new[tp] = self.assignment.get(tp) or PartitionState()
        self.assignment = new
        self.version += 1

    def add_partitions(self, partitions: Iterable[TopicPartition]) -> None:
        self.set_assignment([*self.assignment, *partitions])

    def remove_partitions(self, partitions: Iterable[TopicPartition]) -> None:
        gone = set(partitions)
        self.set_assignment(tp for tp in self.assignment if tp not in gone)

    def state(self, tp: TopicPartition) -> PartitionState:
        s = self.assignment.get(tp)
        if s is None:
            raise ValueError(f"{tp.topic}[{tp.partition}] is not assigned to this consumer")
        return s

    def positions(self) -> dict[TopicPartition, int]:
        """Positions of assigned partitions that have one (what auto-commit commits)."""
        return {tp: s.position for tp, s in self.assignment.items() if s.position is not None}

    def missing_positions(self) -> list[TopicPartition]:
        return [tp for tp, s in self.assignment.items() if s.position is None and s.reset is None]

    def awaiting_reset(self) -> list[TopicPartition]:
        return [tp for tp, s in self.assignment.items() if s.reset is not None]
