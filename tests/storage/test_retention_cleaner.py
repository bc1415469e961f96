"""Retention in the background cleaner: segments leave the log at once, their files are
deleted off the event loop, and nothing that stays is disturbed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fluxmq.storage import LogManager, StorageSettings

from ._storage_util import make_batch, read_all

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_clean_once_deletes_old_segment_files(tmp_path: Path, anyio_backend: str) -> None:
    m = LogManager(StorageSettings(str(tmp_path / "data")))
    m.create_topic(
        "r", 1, {"segment.bytes": "2000", "retention.bytes": "4000", "retention.ms": "-1"}
    )
    for i in range(150):
        await m.append("r", 0, make_batch(5, f"b{i}"))
    plog = m.get_log("r", 0)
    before = len(plog.segments)
    assert before > 4
    part_dir = plog.dir
    logs_before = sorted(f for f in os.listdir(part_dir) if f.endswith(".log"))

    await m.clean_once()

    kept = plog.segments
    assert 1 < len(kept) < before
    assert plog.log_start_offset == kept[0].base_offset > 0
    logs_after = sorted(f for f in os.listdir(part_dir) if f.endswith(".log"))
    assert logs_after == [os.path.basename(s.log_path) for s in kept]
    assert set(logs_after) < set(logs_before)
    stems = {os.path.basename(s.log_path)[:-4] for s in kept}
    for ext in (".index", ".timeindex"):  # the indexes went with their segments
        assert {f[: -len(ext)] for f in os.listdir(part_dir) if f.endswith(ext)} <= stems
    # what is left still reads, from the new log start to the end
    batches = read_all(plog, plog.log_start_offset)
    assert batches[0].base_offset == plog.log_start_offset
    assert batches[-1].last_offset == plog.log_end_offset - 1
    m.close()
    # and a restart agrees
    m2 = LogManager(StorageSettings(str(tmp_path / "data")))
    assert m2.get_log("r", 0).log_start_offset == plog.log_start_offset
    m2.close()
