"""Log compaction: keep the latest record per key in the segments before the active one.

Work happens in two steps so appends never wait on it: `prepare` reads the old segments and
writes `.cleaned` files (safe in a worker thread: sealed segments are never written), and
`commit` swaps them in (on the thread that owns the log). Tombstones (null values) are dropped
once their segment is older than `delete.retention.ms`; records without a key are dropped.
Offsets never change: retained records keep theirs, so consumers see gaps, as in Kafka.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from ..protocol.records.batch import RecordBatch, iter_batches
from ..protocol.records.builder import rebuild_batch
from .log import PartitionLog
from .segment import LogSegment

__all__ = ["CleanPlan", "commit", "compact", "prepare"]

log = logging.getLogger(__name__)


@dataclass
class CleanPlan:
    replaced: list[tuple[LogSegment, str]] = field(default_factory=list)
    records_before: int = 0
    records_after: int = 0


def _segment_batches(seg: LogSegment) -> list[RecordBatch]:
    data = seg.read(0, seg.size)
    return list(iter_batches(data, allow_partial=False))


def prepare(plog: PartitionLog, now_ms: int) -> CleanPlan | None:
    sealed = list(plog.segments[:-1])
    if not sealed:
        return None
    latest: dict[bytes, int] = {}
    for seg in sealed:
        for batch in _segment_batches(seg):
            if batch.is_control:
                continue
            for rec in batch.records():
                if rec.key is not None:
                    latest[rec.key] = rec.offset
    horizon = now_ms - plog.config.delete_retention_ms
    plan = CleanPlan()
    for seg in sealed:
        drop_tombstones = seg.largest_timestamp < horizon
        out: list[bytes] = []
        changed = False
        for batch in _segment_batches(seg):
            if batch.is_control:
                out.append(bytes(batch.view))
                continue
            recs = list(batch.records())
            keep = [
                r
                for r in recs
                if r.key is not None
                and latest.get(r.key) == r.offset
                and not (r.value is None and drop_tombstones)
            ]
            plan.records_before += len(recs)
            plan.records_after += len(keep)
            if len(keep) == len(recs):
                out.append(bytes(batch.view))
            elif keep:
                out.append(rebuild_batch(batch, keep))
                changed = True
            else:
                changed = True
        if changed:
            path = seg.log_path + ".cleaned"
            with open(path, "wb") as f:
                for chunk in out:
                    f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
            plan.replaced.append((seg, path))
    return plan


def commit(plog: PartitionLog, plan: CleanPlan) -> int:
    """Swap the cleaned files in; returns how many segments changed."""
    done = 0
    for seg, path in plan.replaced:
        if seg not in plog.segments or seg.fd < 0:
            os.unlink(path)  # the segment went away meanwhile (retention, deletion)
            continue
        i = plog.segments.index(seg)
        previous_end = plog.segments[i - 1].next_offset if i > 0 else seg.base_offset
        with plog.lock:
            seg.close()
            if os.path.getsize(path) == 0 and i < len(plog.segments) - 1:
                os.unlink(path)
                seg.delete()
                plog.segments.pop(i)
                plog._bases.pop(i)
                done += 1
                continue
            plog.io.replace(path, seg.log_path)
            fresh = LogSegment(plog.dir, seg.base_offset, plog.io, plog.config.index_interval_bytes)
            _, reason = fresh.recover(previous_end)
            if reason is not None:
                log.error("compacted segment %s failed verification: %s", fresh.log_path, reason)
            fresh.write_indexes()
            plog.segments[i] = fresh
        done += 1
    return done


def compact(plog: PartitionLog, now_ms: int) -> CleanPlan | None:
    """Prepare and commit in one go (for callers that own the log's thread)."""
    plan = prepare(plog, now_ms)
    if plan is not None and plan.replaced:
        n = commit(plog, plan)
        log.info(
            "compacted %s: %d segments, %d -> %d records",
            plog.dir,
            n,
            plan.records_before,
            plan.records_after,
        )
    return plan
