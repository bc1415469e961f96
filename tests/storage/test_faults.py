"""Disk full and I/O errors injected through the FileIO seam: a clear error, no corruption.

A failed append raises StorageError (KAFKA_STORAGE_ERROR, 56) naming the operation, the log
keeps serving exactly the batches acknowledged before, appends resume at the right offset once
the fault clears, and a restart recovers cleanly. When the cleanup after a failed write fails
too, that one log goes offline and the other partitions keep working.
"""

from __future__ import annotations

import errno
import os

import pytest

from fluxmq.storage import (
    LogManager,
    LogOfflineError,
    PartitionLog,
    StorageError,
    StorageSettings,
)
from fluxmq.storage.checkpoint import read_checkpoint
from fluxmq.storage.manager import RECOVERY_CHECKPOINT, START_CHECKPOINT

from ._storage_util import (
    Fault,
    FaultyIO,
    batch_bytes,
    config,
    make_batch,
    read_all,
    stored_form,
)

CFG = config(segment_bytes=500, index_interval_bytes=100)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Acked:
    """The batches a log acknowledged, as the log must store them."""

    def __init__(self) -> None:
        self.stored: list[bytes] = []
        self.end = 0

    def add(self, batch: bytes, base: int, last: int) -> None:
        assert base == self.end, f"appended at {base}, expected {self.end}"
        self.stored.append(stored_form(batch, base))
        self.end = last + 1

    def check(self, plog: PartitionLog) -> None:
        assert plog.log_end_offset == self.end
        assert plog.high_watermark == self.end
        served = read_all(plog)
        assert all(b.is_valid() for b in served)
        assert batch_bytes(served) == self.stored
        # nothing hides past the end of any segment
        for seg in plog.segments:
            assert os.path.getsize(seg.log_path) == seg.size


def _append(plog: PartitionLog, acked: Acked, tag: str, n: int = 2) -> None:
    b = make_batch(n, tag)
    info = plog.append(b)
    acked.add(b, info.base_offset, info.last_offset)


def _fill(plog: PartitionLog, acked: Acked, count: int, tag: str = "a") -> None:
    for i in range(count):
        _append(plog, acked, f"{tag}{i}", 1 + i % 3)


def _reopen_and_check(directory: str, acked: Acked, rp: int) -> PartitionLog:
    plog = PartitionLog(directory, CFG, recovery_point=rp, io=FaultyIO())
    acked.check(plog)
    _append(plog, acked, "after-restart")
    acked.check(plog)
    return plog


# ---------------------------------------------------------------- failed writes


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
@pytest.mark.parametrize("partial", [False, True], ids=["nothing-written", "half-written"])
def test_failed_log_write(tmp_path, err: int, partial: bool) -> None:
    io = FaultyIO()
    plog = PartitionLog(str(tmp_path), CFG, io=io)
    acked = Acked()
    _fill(plog, acked, 12)
    assert len(plog.segments) > 1
    io.faults.append(Fault("writev", err=err, path_has=".log", partial=partial))
    with pytest.raises(StorageError) as ei:
        plog.append(make_batch(3, "lost"))
    e = ei.value
    assert e.error_code == 56
    assert "write" in str(e) and errno.errorcode[err] in str(e)
    assert plog.active.log_path in str(e)
    assert plog.offline is None
    acked.check(plog)
    # the fault is gone (the next write succeeds): appends resume where they left off
    _append(plog, acked, "resumed")
    acked.check(plog)
    rp = plog.log_end_offset
    plog.close()
    assert _reopen_and_check(str(tmp_path), acked, rp).cut_on_open == []


def test_disk_stays_full(tmp_path) -> None:
    io = FaultyIO()
    plog = PartitionLog(str(tmp_path), CFG, io=io)
    acked = Acked()
    _fill(plog, acked, 5)
    io.faults.append(Fault("writev", path_has=".log", partial=True, times=10))
    for i in range(10):
        with pytest.raises(StorageError, match="ENOSPC"):
            plog.append(make_batch(2, f"lost{i}"))
        acked.check(plog)
    _append(plog, acked, "space again")
    acked.check(plog)


@pytest.mark.parametrize("op", ["writev", "open"])
def test_failed_index_write_during_roll(tmp_path, op: str) -> None:
    """Rolling writes the old segment's index files (without an fsync: recovery checks them);
    if that fails, the append fails cleanly."""
    io = FaultyIO()
    plog = PartitionLog(str(tmp_path), CFG, io=io)
    acked = Acked()
    segments = len(plog.segments)
    while len(plog.segments) == segments or plog.active.size < 400:
        _append(plog, acked, f"x{acked.end}")
    segments = len(plog.segments)
    io.faults.append(Fault(op, path_has=".index"))
    with pytest.raises(StorageError):
        _append(plog, acked, "needs-a-roll", 3)
    assert len(plog.segments) == segments
    acked.check(plog)
    _append(plog, acked, "rolled", 3)
    assert len(plog.segments) == segments + 1
    acked.check(plog)
    rp = plog.log_end_offset
    plog.close()
    _reopen_and_check(str(tmp_path), acked, rp)


def test_failed_segment_creation(tmp_path) -> None:
    io = FaultyIO()
    plog = PartitionLog(str(tmp_path), CFG, io=io)
    acked = Acked()
    _fill(plog, acked, 5)
    plog.roll()
    _fill(plog, acked, 5, "b")
    base = plog.active.base_offset
    while plog.active.base_offset == base:
        io.faults.append(Fault("open", path_has=f"{plog.log_end_offset:020d}.log"))
        try:
            _append(plog, acked, f"c{acked.end}")
        except StorageError as e:
            assert "open" in str(e)
            break
    else:
        pytest.fail("the append that needed a new segment did not fail")
    io.clear()
    acked.check(plog)
    _append(plog, acked, "new segment")
    acked.check(plog)


@pytest.mark.parametrize("nth", range(1, 40, 3))
@pytest.mark.parametrize("op", ["writev", "fsync", "open"])
@pytest.mark.parametrize("partial", [False, True], ids=["clean", "partial"])
def test_fault_at_any_point_of_a_busy_log(tmp_path, nth: int, op: str, partial: bool) -> None:
    """Whatever write fails (log, index, new segment), appends either succeed or raise
    StorageError, and the log serves exactly the acknowledged batches, before and after a
    restart."""
    io = FaultyIO()
    plog = PartitionLog(str(tmp_path), CFG, io=io)
    acked = Acked()
    io.faults.append(Fault(op, nth=nth, partial=partial, err=errno.EIO))
    failures = 0
    for i in range(40):
        b = make_batch(1 + i % 4, f"m{i}")
        try:
            info = plog.append(b)
        except StorageError:
            failures += 1
            continue
        acked.add(b, info.base_offset, info.last_offset)
    assert failures == (1 if io.faults[0].fired else 0)
    assert plog.offline is None
    acked.check(plog)
    rp = plog.log_end_offset
    plog.close()
    _reopen_and_check(str(tmp_path), acked, rp)
    _reopen_and_check(str(tmp_path), acked, 0)


# ---------------------------------------------------------------- offline logs


@pytest.mark.anyio
async def test_log_goes_offline_when_the_cleanup_fails_too(tmp_path, anyio_backend) -> None:
    io = FaultyIO()
    data = str(tmp_path / "data")
    m = LogManager(StorageSettings(data), io=io)
    m.create_topic("t", 2, {"segment.bytes": "500", "retention.ms": "-1"})
    m.create_topic("other", 1)
    acked = {("t", 0): Acked(), ("t", 1): Acked(), ("other", 0): Acked()}
    for (topic, p), a in acked.items():
        for i in range(8):
            b = make_batch(2, f"{topic}{p}-{i}")
            info = await m.append(topic, p, b)
            a.add(b, info.base_offset, info.last_offset)
    bad = m.get_log("t", 0)
    io.faults += [
        Fault("writev", path_has=f"t-0{os.sep}", partial=True, err=errno.EIO),
        Fault("ftruncate", path_has=f"t-0{os.sep}", err=errno.EIO),
    ]
    with pytest.raises(StorageError) as ei:
        await m.append("t", 0, make_batch(2, "lost"))
    assert ei.value.error_code == 56
    assert bad.offline is not None
    io.clear()
    # the broken log refuses everything with KAFKA_STORAGE_ERROR ...
    with pytest.raises(LogOfflineError) as ei2:
        await m.append("t", 0, make_batch(1))
    assert ei2.value.error_code == 56
    with pytest.raises(LogOfflineError):
        bad.read(0, 1 << 20)
    with pytest.raises(LogOfflineError):
        await m.delete_records("t", 0, 1)
    with pytest.raises(LogOfflineError):
        bad.flush()
    # ... while its neighbours keep working
    for key in (("t", 1), ("other", 0)):
        b = make_batch(3, f"still-{key}")
        info = await m.append(*key, b)
        acked[key].add(b, info.base_offset, info.last_offset)
        acked[key].check(m.get_log(*key))
    assert await m.delete_records("t", 1, 2) == 2
    await m.clean_once()
    await m.flush("t", 1)
    m.close()
    # the offline log's recovery point was not advanced over the garbage
    assert read_checkpoint(os.path.join(data, RECOVERY_CHECKPOINT))[("t", 0)] <= acked["t", 0].end
    # a restart cuts the half-written batch and serves exactly what was acknowledged
    m2 = LogManager(StorageSettings(data))
    plog = m2.get_log("t", 0)
    assert plog.offline is None and plog.cut_on_open
    acked["t", 0].check(plog)
    b = make_batch(1, "back")
    info = await m2.append("t", 0, b)
    acked["t", 0].add(b, info.base_offset, info.last_offset)
    acked["t", 0].check(plog)
    assert m2.get_log("t", 1).log_start_offset == 2
    acked["other", 0].check(m2.get_log("other", 0))
    m2.close()


# ---------------------------------------------------------------- fsync failures


@pytest.mark.anyio
@pytest.mark.parametrize("err", [errno.EIO, errno.ENOSPC], ids=["EIO", "ENOSPC"])
async def test_failed_fsync_of_a_durable_append(tmp_path, anyio_backend, err: int) -> None:
    """flush.messages=1: an append whose fsync fails is reported failed — so it must not be
    served as if it had succeeded, and no later flush may count it durable (after a failed
    fsync the kernel may have dropped the dirty pages; a retried fsync reports success)."""
    io = FaultyIO()
    data = str(tmp_path / "data")
    m = LogManager(StorageSettings(data), io=io)
    m.create_topic("d", 1, {"flush.messages": "1"})
    plog = m.get_log("d", 0)
    acked = Acked()
    for i in range(3):
        b = make_batch(2, f"ok{i}")
        info = await m.append("d", 0, b)
        acked.add(b, info.base_offset, info.last_offset)
    io.faults.append(Fault("fsync", path_has=".log", err=err))
    with pytest.raises(StorageError) as ei:
        await m.append("d", 0, make_batch(2, "unacknowledged"))
    assert ei.value.error_code == 56
    assert "fsync" in str(ei.value) and errno.errorcode[err] in str(ei.value)
    assert plog.recovery_point <= acked.end
    io.clear()
    try:
        served = batch_bytes(read_all(plog))
    except LogOfflineError:
        pass  # taking the log offline (as Kafka does) is a fine answer
    else:
        assert served == acked.stored, "the failed append is served to consumers"
        b = make_batch(1, "next")
        info = await m.append("d", 0, b)
        acked.add(b, info.base_offset, info.last_offset)
        acked.check(plog)
    m.close()


def test_close_does_not_advance_the_recovery_point_over_a_failed_fsync(tmp_path) -> None:
    io = FaultyIO()
    data = str(tmp_path / "data")
    m = LogManager(StorageSettings(data), io=io)
    m.create_topic("c", 1)
    plog = m.get_log("c", 0)
    acked = Acked()
    _fill(plog, acked, 4)
    plog.flush()
    durable = plog.recovery_point
    assert durable == acked.end
    _fill(plog, acked, 3, "unsynced")
    io.faults.append(Fault("fsync", path_has=".log", err=errno.EIO))
    m.close()  # close logs the error; it cannot raise
    assert io.faults[0].fired
    rp = read_checkpoint(os.path.join(data, RECOVERY_CHECKPOINT))[("c", 0)]
    assert (
        rp <= durable
    ), f"checkpoint claims offsets up to {rp} durable; fsync failed after {durable}"


# ---------------------------------------------------------------- checkpoints and catalogue


@pytest.mark.anyio
@pytest.mark.parametrize("op", ["writev", "fsync", "replace", "fsync_dir"])
async def test_failed_checkpoint_write_keeps_the_old_file(tmp_path, anyio_backend, op) -> None:
    io = FaultyIO()
    data = str(tmp_path / "data")
    m = LogManager(StorageSettings(data), io=io)
    m.create_topic("k", 1)
    plog = m.get_log("k", 0)
    acked = Acked()
    _fill(plog, acked, 6)
    assert await m.delete_records("k", 0, 2) == 2
    path = os.path.join(data, START_CHECKPOINT)
    before = open(path, "rb").read()
    # the directory fsync fails for the first checkpoint written (recovery points), after
    # its rename; the other ops fail while the log start checkpoint is being replaced
    where = data if op == "fsync_dir" else START_CHECKPOINT
    io.faults.append(Fault(op, path_has=where, partial=True))
    with pytest.raises(StorageError):
        await m.delete_records("k", 0, 4)
    assert io.faults[0].fired
    io.clear()
    assert open(path, "rb").read() == before
    assert read_checkpoint(path) == {("k", 0): 2}
    assert read_checkpoint(os.path.join(data, RECOVERY_CHECKPOINT)).keys() == {("k", 0)}
    m.close()
    m2 = LogManager(StorageSettings(data))
    # close() wrote the checkpoint again: the in-memory start (4) is now on disk
    assert m2.get_log("k", 0).log_start_offset == 4
    m2.close()


@pytest.mark.parametrize("op", ["writev", "fsync", "replace"])
def test_failed_catalogue_write_fails_create_topic(tmp_path, op: str) -> None:
    io = FaultyIO()
    data = str(tmp_path / "data")
    m = LogManager(StorageSettings(data), io=io)
    m.create_topic("first", 1)
    io.faults.append(Fault(op, path_has="fluxmq-topics.json", partial=True))
    with pytest.raises(StorageError):
        m.create_topic("second", 1)
    io.clear()
    # the failed create left nothing behind: the topic can be created again
    assert "second" not in m.catalog.topics
    m.create_topic("second", 1)
    m.get_log("second", 0).append(make_batch(1))
    m.close()
    m2 = LogManager(StorageSettings(data))
    assert set(m2.catalog.topics) == {"first", "second"}
    assert m2.get_log("second", 0).log_end_offset == 1
    m2.close()


def test_storage_error_messages_name_operation_and_file(tmp_path) -> None:
    io = FaultyIO()
    path = str(tmp_path / "f")
    fd = io.open(path, os.O_RDWR | os.O_CREAT)
    io.faults += [Fault("fsync", err=errno.EIO), Fault("ftruncate", err=errno.EROFS)]
    with pytest.raises(StorageError, match=rf"fsync {path} failed: EIO"):
        io.fsync(fd, path)
    with pytest.raises(StorageError, match=rf"truncate {path} failed: EROFS"):
        io.ftruncate(fd, 0, path)
    io.close(fd)
    real = FaultyIO()
    with pytest.raises(StorageError, match=r"open .*ENOENT"):
        real.open(str(tmp_path / "missing" / "x"), os.O_RDONLY)
