"""Idempotent-producer state: producer ids, epochs and the last five batches per partition.

Kafka's rules (ProducerStateManager / ProducerAppendInfo): a retried batch that matches one of
the last five is a duplicate and gets its original offsets back; a sequence gap is
OUT_OF_ORDER_SEQUENCE_NUMBER; an older epoch is INVALID_PRODUCER_EPOCH; a new epoch must
restart at sequence 0; a producer the partition has no state for may start anywhere.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import Final

from ..storage.fileio import REAL_IO, FileIO

__all__ = [
    "BatchMetadata",
    "DuplicateBatch",
    "InvalidProducerEpoch",
    "OutOfOrderSequence",
    "PartitionProducers",
    "ProducerIdAllocator",
]

NUM_BATCHES_TO_RETAIN: Final = 5
INT_MAX: Final = 2**31 - 1


class OutOfOrderSequence(Exception):
    error_code = 45


class InvalidProducerEpoch(Exception):
    error_code = 47


@dataclass(frozen=True, slots=True)
class BatchMetadata:
    first_seq: int
    last_seq: int
    base_offset: int
    last_offset: int
    timestamp: int


class DuplicateBatch(Exception):
    """A retry of a batch already in the log; `original` holds its offsets."""

    def __init__(self, original: BatchMetadata) -> None:
        super().__init__(f"duplicate of batch at offset {original.base_offset}")
        self.original = original


@dataclass
class _Entry:
    epoch: int
    batches: deque[BatchMetadata] = field(
        default_factory=lambda: deque(maxlen=NUM_BATCHES_TO_RETAIN)
    )


def _next_seq(seq: int) -> int:
    return 0 if seq == INT_MAX else seq + 1


class PartitionProducers:
    """Producer state of one partition."""

    def __init__(self) -> None:
        self.entries: dict[int, _Entry] = {}

    def check(self, producer_id: int, epoch: int, first_seq: int, last_seq: int) -> None:
        """Raise DuplicateBatch, OutOfOrderSequence or InvalidProducerEpoch, or return."""
        entry = self.entries.get(producer_id)
        if entry is None:
            return
        if epoch < entry.epoch:
            raise InvalidProducerEpoch(
                f"epoch {epoch} of producer {producer_id} is older than {entry.epoch}"
            )
        if epoch > entry.epoch:
            if first_seq != 0:
                raise OutOfOrderSequence(
                    f"producer {producer_id} started epoch {epoch} at sequence {first_seq}, not 0"
                )
            return
        for b in entry.batches:
            if b.first_seq == first_seq and b.last_seq == last_seq:
                raise DuplicateBatch(b)
        if entry.batches:
            expected = _next_seq(entry.batches[-1].last_seq)
            if first_seq != expected:
                raise OutOfOrderSequence(
                    f"producer {producer_id} sent sequence {first_seq}, expected {expected}"
                )

    @classmethod
    def rebuild(cls, batches: list[tuple[int, int, int, int, int, int]]) -> PartitionProducers:
        """State from (producer id, epoch, base sequence, base offset, last offset, max
        timestamp) of the log's batches, oldest first: what a restart must remember so a
        retried batch is still recognised as a duplicate."""
        state = cls()
        for pid, epoch, seq, base, last, ts in batches:
            last_seq = (seq + (last - base)) & INT_MAX if seq >= 0 else -1
            state.record(pid, epoch, BatchMetadata(seq, last_seq, base, last, ts))
        return state

    def record(self, producer_id: int, epoch: int, meta: BatchMetadata) -> None:
        entry = self.entries.get(producer_id)
        if entry is None or epoch != entry.epoch:
            entry = self.entries[producer_id] = _Entry(epoch)
        entry.batches.append(meta)


class ProducerIdAllocator:
    """Producer ids that never repeat across restarts: blocks reserved in a file."""

    BLOCK: Final = 1000

    def __init__(self, data_dir: str, io: FileIO = REAL_IO) -> None:
        self.path = os.path.join(data_dir, "fluxmq-producer-ids")
        self.io = io
        try:
            with open(self.path, encoding="utf-8") as f:
                self._next = int(f.read().strip() or 0)
        except (FileNotFoundError, ValueError):
            self._next = 0
        self._limit = self._next

    def allocate(self) -> int:
        if self._next >= self._limit:
            self._limit = self._next + self.BLOCK
            self.io.write_file_atomic(self.path, str(self._limit).encode())
        pid = self._next
        self._next += 1
        return pid
