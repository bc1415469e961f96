"""Incremental fetch sessions (KIP-227), as Kafka's broker keeps them.

A full fetch (epoch 0) opens a session holding its partitions; later requests (epoch 1, 2,
...) name only the partitions whose fetch position changed and the ones to forget, and the
answer carries only partitions with something new: records, an error, or a moved high
watermark or log start offset. Partitions that answered move to the end of the session so
that a response size limit cannot starve the ones behind them. Epoch -1 asks for no session.

Sessions are keyed by topic name before Fetch v13 and by topic id from v13 on; a request
that uses the other kind than its session gets FETCH_SESSION_TOPIC_ID_ERROR.
"""

from __future__ import annotations

import random
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

__all__ = [
    "FINAL_EPOCH",
    "INITIAL_EPOCH",
    "INVALID_SESSION_ID",
    "CachedPartition",
    "FetchSession",
    "FetchSessionCache",
    "next_epoch",
]

INVALID_SESSION_ID = 0
INITIAL_EPOCH = 0
FINAL_EPOCH = -1
_INT32_MAX = 2**31 - 1

SessionKey = tuple[str | uuid.UUID, int]


def next_epoch(epoch: int) -> int:
    if epoch < 0:
        return FINAL_EPOCH
    return 1 if epoch == _INT32_MAX else epoch + 1


@dataclass(slots=True)
class CachedPartition:
    """What a session remembers of one partition: the fetcher's request parameters and the
    last high watermark and log start offset it was told."""

    topic: str  # "" for a topic id this broker does not know
    topic_id: uuid.UUID
    partition: int
    fetch_offset: int
    max_bytes: int
    high_watermark: int = -1
    log_start_offset: int = -1

    def must_respond(self, error_code: int, hw: int, log_start: int, has_records: bool) -> bool:
        """Whether this partition belongs in an incremental response; remembers what it said."""
        respond = has_records
        if self.high_watermark != hw:
            self.high_watermark = hw
            respond = True
        if self.log_start_offset != log_start:
            self.log_start_offset = log_start
            respond = True
        if error_code:
            # Forget the high watermark so that the partition is sent again once it recovers.
            self.high_watermark = -1
            respond = True
        return respond


@dataclass(eq=False, slots=True)
class FetchSession:
    id: int
    uses_topic_ids: bool
    created_ms: int
    last_used_ms: int
    epoch: int = 1
    partitions: OrderedDict[SessionKey, CachedPartition] = field(default_factory=OrderedDict)

    def update(self, changed: list[CachedPartition], forgotten: list[SessionKey]) -> None:
        """An incremental request: new or moved partitions, then those to drop."""
        parts = self.partitions
        for cp in changed:
            key = self.key(cp)
            old = parts.get(key)
            if old is None:
                parts[key] = cp
            else:
                old.fetch_offset = cp.fetch_offset
                old.max_bytes = cp.max_bytes
                old.topic = cp.topic
        for key in forgotten:
            parts.pop(key, None)

    def key(self, cp: CachedPartition) -> SessionKey:
        return (cp.topic_id if self.uses_topic_ids else cp.topic), cp.partition

    def rotate(self, cp: CachedPartition) -> None:
        """Move a partition that was answered behind the others (fairness under max_bytes)."""
        self.partitions.move_to_end(self.key(cp))


class FetchSessionCache:
    """At most `max_entries` sessions (`max.incremental.fetch.session.cache.slots`).

    When full, a new session may evict one unused for `eviction_ms`, or else the smallest
    session older than `eviction_ms` if the new one holds more partitions (Kafka's rule for
    consumers; there are no followers here). Without room the fetch is answered sessionless.
    """

    def __init__(self, max_entries: int = 1000, eviction_ms: int = 120_000) -> None:
        self.max_entries = max_entries
        self.eviction_ms = eviction_ms
        self._sessions: OrderedDict[int, FetchSession] = OrderedDict()  # least recently used first
        self._random = random.Random()

    def __len__(self) -> int:
        return len(self._sessions)

    def get(self, session_id: int) -> FetchSession | None:
        return self._sessions.get(session_id)

    def remove(self, session_id: int) -> FetchSession | None:
        return self._sessions.pop(session_id, None)

    def touch(self, session: FetchSession, now_ms: int) -> None:
        session.last_used_ms = now_ms
        if session.id in self._sessions:
            self._sessions.move_to_end(session.id)

    def create(self, now_ms: int, partitions: list[CachedPartition], uses_topic_ids: bool) -> int:
        """A new session over `partitions`; its id, or INVALID_SESSION_ID without room."""
        if self.max_entries <= 0:
            return INVALID_SESSION_ID
        if len(self._sessions) >= self.max_entries and not self._evict(len(partitions), now_ms):
            return INVALID_SESSION_ID
        sid = self._new_id()
        session = FetchSession(sid, uses_topic_ids, now_ms, now_ms)
        for cp in partitions:
            session.partitions[session.key(cp)] = cp
        self._sessions[sid] = session
        return sid

    def _new_id(self) -> int:
        while True:
            sid = self._random.randint(1, _INT32_MAX)
            if sid not in self._sessions:
                return sid

    def _evict(self, size: int, now_ms: int) -> bool:
        oldest = next(iter(self._sessions.values()))
        if now_ms - oldest.last_used_ms > self.eviction_ms:
            del self._sessions[oldest.id]
            return True
        mature = [s for s in self._sessions.values() if now_ms - s.created_ms > self.eviction_ms]
        if not mature:
            return False
        victim = min(mature, key=lambda s: (len(s.partitions), s.id))
        if size <= len(victim.partitions):
            return False
        del self._sessions[victim.id]
        return True
