"""The records the interop tests produce, and the checks on what comes back.

Record number i has a deterministic key, value, headers and timestamp (base + i): the same
rules as tests/java/src/main/java/io/fluxmq/interop/RecordSpec.java, so whichever client
produced a topic, a consumer's records can be matched to their index and checked field by field.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

Header = tuple[str, bytes | None]

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def default_base_ts() -> int:
    """An hour ago: inside the broker's default timestamp window (message.timestamp.*.max.ms)."""
    return (int(time.time() * 1000) // 1000) * 1000 - 3_600_000


@dataclass(frozen=True)
class RecordSpec:
    count: int = 10_000
    base_ts: int = field(default_factory=default_base_ts)
    start: int = 0
    keyed: bool = True
    headers: bool = True
    # kafka-python cannot send a header whose value is null: it sends b"" for "nul" instead.
    null_header_values: bool = True

    @property
    def indexes(self) -> range:
        return range(self.start, self.start + self.count)

    def key(self, i: int) -> bytes | None:
        if not self.keyed or i % 97 == 13:
            return None
        return f"key-{i % 211}".encode()

    def value(self, i: int) -> bytes | None:
        if i % 101 == 7 and i % 97 != 13:  # never both key and value null (some clients refuse)
            return None
        pad = (i * 37) % 300
        return (f"value-{i}-" + "".join(_ALPHABET[(i + j) % 26] for j in range(pad))).encode()

    def header_list(self, i: int) -> list[Header]:
        if not self.headers or i % 4 == 0:
            return []
        out: list[Header] = [
            ("seq", str(i).encode()),
            ("bin", bytes([i & 0xFF, (i >> 8) & 0xFF, 0, 0xFF])),
        ]
        if i % 5 == 0:
            out.append(("nul", None if self.null_header_values else b""))
        if i % 7 == 0:
            out.append(("\u00fc-utf8", f"\u2713 {i}".encode()))
        if i % 11 == 0:
            out.append(("seq", b"dup"))
        return out

    def timestamp(self, i: int) -> int:
        return self.base_ts + i


@dataclass(frozen=True, slots=True)
class Rec:
    """A consumed record, whichever client read it."""

    partition: int
    offset: int
    timestamp: int
    key: bytes | None
    value: bytes | None
    headers: tuple[Header, ...]
    timestamp_type: str | None = None  # "CreateTime"/"LogAppendTime" where the client says


# ---------------------------------------------------------------- Kafka's default partitioner


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as an unsigned 32-bit int."""
    length = len(data)
    m = 0x5BD1E995
    h = (0x9747B28C ^ length) & 0xFFFFFFFF
    n4 = length // 4
    for i in range(n4):
        i4 = i * 4
        k = data[i4] | (data[i4 + 1] << 8) | (data[i4 + 2] << 16) | (data[i4 + 3] << 24)
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> 24
        k = (k * m) & 0xFFFFFFFF
        h = (h * m) & 0xFFFFFFFF
        h ^= k
    rest = length % 4
    idx = n4 * 4
    if rest >= 3:
        h ^= data[idx + 2] << 16
    if rest >= 2:
        h ^= data[idx + 1] << 8
    if rest >= 1:
        h ^= data[idx]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h


def partition_for(key: bytes, partitions: int) -> int:
    """The partition Kafka's default partitioner gives a keyed record."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


# ---------------------------------------------------------------- checks


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, text: str, limit: int = 8) -> None:
        self.counts[kind] += 1
        if self.counts[kind] <= limit:
            self.problems.append(f"{kind}: {text}")

    @property
    def ok(self) -> bool:
        return not self.counts

    def summary(self, label: str = "") -> str:
        head = f"{label}: " if label else ""
        kinds = ", ".join(f"{k}={n}" for k, n in sorted(self.counts.items()))
        return head + kinds + "\n  " + "\n  ".join(self.problems)


def verify(
    spec: RecordSpec,
    records: Iterable[Rec],
    *,
    partitions: int,
    murmur2_placement: bool = True,
    produced: Mapping[int, tuple[int, int]] | None = None,
    contiguous_from_zero: bool = True,
    timestamp_type: str | None = "CreateTime",
) -> Report:
    """Check consumed `records` against `spec`: each index exactly once, every field equal,
    per-partition order (offsets and the producer's order), keyed placement (murmur2), and
    the (partition, offset) each record's producer was told, when given in `produced`.
    """
    rep = Report()
    seen: Counter[int] = Counter()
    by_partition: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for r in records:
        i = r.timestamp - spec.base_ts
        if i not in spec.indexes:
            rep.add("unexpected", f"p{r.partition}@{r.offset} timestamp {r.timestamp} (index {i})")
            continue
        seen[i] += 1
        by_partition[r.partition].append((r.offset, i))
        if not 0 <= r.partition < partitions:
            rep.add("partition", f"index {i} in partition {r.partition} of {partitions}")
        if r.key != spec.key(i):
            rep.add("key", f"index {i} p{r.partition}@{r.offset}: {r.key!r} != {spec.key(i)!r}")
        if r.value != spec.value(i):
            rep.add(
                "value",
                f"index {i} p{r.partition}@{r.offset}: {r.value!r:.80} != {spec.value(i)!r:.80}",
            )
        want_h = tuple(spec.header_list(i))
        if tuple(r.headers) != want_h:
            rep.add("headers", f"index {i} p{r.partition}@{r.offset}: {r.headers!r} != {want_h!r}")
        if timestamp_type and r.timestamp_type is not None and r.timestamp_type != timestamp_type:
            rep.add("timestamp_type", f"index {i}: {r.timestamp_type} != {timestamp_type}")
        key = spec.key(i)
        if murmur2_placement and key is not None:
            want_p = partition_for(key, partitions)
            if r.partition != want_p:
                rep.add(
                    "placement", f"index {i} key {key!r} in p{r.partition}, murmur2 says {want_p}"
                )
        if produced is not None and i in produced:
            pp, po = produced[i]
            if pp != r.partition or (po >= 0 and po != r.offset):
                rep.add(
                    "producer_metadata",
                    f"index {i}: producer was told p{pp}@{po}, stored at p{r.partition}@{r.offset}",
                )
    missing = [i for i in spec.indexes if seen[i] == 0]
    if missing:
        rep.add("missing", f"{len(missing)} of {spec.count} records, first {missing[:10]}", 1)
    dups = sorted(i for i, n in seen.items() if n > 1)
    if dups:
        rep.add("duplicate", f"{len(dups)} indexes, first {dups[:10]}", 1)
    for p, items in sorted(by_partition.items()):
        offsets = [o for o, _ in items]
        if any(b <= a for a, b in itertools.pairwise(offsets)):
            rep.add("offset_order", f"p{p}: offsets not strictly increasing")
        if contiguous_from_zero and offsets and offsets != list(range(len(offsets))):
            gaps = [(a, b) for a, b in itertools.pairwise(offsets) if b != a + 1]
            rep.add("offset_gaps", f"p{p}: first offset {offsets[0]}, gaps {gaps[:5]}")
        idx = [i for _, i in items]
        if any(b <= a for a, b in itertools.pairwise(idx)):
            bad = next(k for k in range(1, len(idx)) if idx[k] <= idx[k - 1])
            rep.add("producer_order", f"p{p}: index {idx[bad]} after {idx[bad - 1]}")
    return rep
