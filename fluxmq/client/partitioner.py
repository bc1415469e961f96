"""Where a record goes: Kafka's murmur2 for keys, a sticky partition for null keys.

Keyed records get `(murmur2(key) & 0x7fffffff) % partitions` over **all** the topic's
partitions, as Java's `BuiltInPartitioner.partitionForKey` (and kafka-python's and
librdkafka's `murmur2_random`), so a key lands on the same partition whichever client wrote
it. Null-keyed records stick to one partition until about `batch_size` bytes went to it, then
move to another partition chosen at random among those with a leader (KIP-480 / KIP-794,
without the adaptive weighting by broker queue length).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Final

__all__ = ["StickyPartitioner", "murmur2", "partition_for_key"]

_M: Final = 0x5BD1E995
_SEED: Final = 0x9747B28C
_MASK: Final = 0xFFFFFFFF


def murmur2(data: bytes | bytearray | memoryview) -> int:
    """Kafka's `Utils.murmur2` (MurmurHash2, seed 0x9747b28c) as a signed 32-bit int, the
    value Java returns: `murmur2(b"21") == -973932308`."""
    data = bytes(data)
    length = len(data)
    h = (_SEED ^ length) & _MASK
    n4 = length & ~3
    for i in range(0, n4, 4):
        k = int.from_bytes(data[i : i + 4], "little")
        k = (k * _M) & _MASK
        k ^= k >> 24
        h = ((h * _M) & _MASK) ^ ((k * _M) & _MASK)
    rest = length & 3
    if rest == 3:
        h ^= data[n4 + 2] << 16
    if rest >= 2:
        h ^= data[n4 + 1] << 8
    if rest >= 1:
        h ^= data[n4]
        h = (h * _M) & _MASK
    h ^= h >> 13
    h = (h * _M) & _MASK
    h ^= h >> 15
    return h - (1 << 32) if h & 0x80000000 else h


# Keys repeat (user ids, order ids...): their hashes are cached, up to a bound.
_CACHE: dict[bytes, int] = {}
_CACHE_MAX: Final = 1 << 16


def partition_for_key(key: bytes | bytearray | memoryview, num_partitions: int) -> int:
    """The partition Java's default partitioner gives `key` in a topic of `num_partitions`."""
    if type(key) is bytes:
        h = _CACHE.get(key)
        if h is None:
            if len(_CACHE) >= _CACHE_MAX:
                _CACHE.clear()
            h = _CACHE[key] = murmur2(key) & 0x7FFFFFFF
    else:
        h = murmur2(key) & 0x7FFFFFFF
    return h % num_partitions


class StickyPartitioner:
    """The partition for null-keyed records of one topic: kept until `batch_size` bytes
    (counted as records are added) went to it, then a random other available one."""

    __slots__ = ("_batch_size", "_left", "current")

    def __init__(self, batch_size: int) -> None:
        self._batch_size = max(1, batch_size)
        self._left = 0
        self.current = -1

    def partition(self, size: int, available: Sequence[int], num_partitions: int) -> int:
        """The partition for a record of `size` bytes; `available` lists the partitions
        that have a leader (all of them are used when none has)."""
        left = self._left - size
        if left >= 0 and self.current >= 0:
            self._left = left
            return self.current
        self.next(available, num_partitions)
        self._left -= size
        return self.current

    def next(self, available: Sequence[int], num_partitions: int) -> int:
        """Move to another partition now (a batch was completed) and return it."""
        pool: Sequence[int] = available or range(num_partitions)
        if len(pool) == 1:
            choice = pool[0]
        else:
            choice = self.current
            while choice == self.current:
                choice = pool[random.randrange(len(pool))]
        self.current = choice
        self._left = self._batch_size
        return choice
