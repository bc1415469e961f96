"""Damaged files on disk: torn tails, garbage, bit flips, bad index and checkpoint files.

Each case builds a multi-segment log through a LogManager, closes it, damages the files and
reopens it — with the recovery-point checkpoint from before, without any checkpoint, and with
a corrupt one. The log must open, cut exactly at the damage, serve every batch before it
byte for byte (CRC valid), serve nothing after it, and continue appending at the right offset.
"""

from __future__ import annotations

import logging
import os
import random
import struct
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from fluxmq.storage import (
    ConfigError,
    LogConfig,
    LogManager,
    OffsetOutOfRangeError,
    StorageSettings,
)
from fluxmq.storage.checkpoint import read_checkpoint
from fluxmq.storage.manager import RECOVERY_CHECKPOINT, START_CHECKPOINT

from ._storage_util import (
    BASE_TS,
    NoSyncIO,
    batch_bytes,
    log_files,
    make_batch,
    read_all,
    stored_form,
)

TOPIC = "dmg"
CONFIGS = {"segment.bytes": "600", "index.interval.bytes": "100", "retention.ms": "-1"}
N_BATCHES = 43


@dataclass
class Built:
    data_dir: str
    log_dir: str
    stored: list[tuple[int, bytes]]  # (base offset, stored bytes) of every batch, in order
    end: int  # log end offset

    def segment_of(self, batch_index: int) -> tuple[str, int]:
        """(path of the .log file, byte position) of a batch."""
        base = self.stored[batch_index][0]
        bases = [int(n[:-4]) for n in log_files(self.log_dir)]
        seg = max(b for b in bases if b <= base)
        pos = sum(len(s) for o, s in self.stored if seg <= o < base)
        return os.path.join(self.log_dir, f"{seg:020d}.log"), pos

    def last_segment(self) -> str:
        return os.path.join(self.log_dir, log_files(self.log_dir)[-1])

    def first_in_last_segment(self) -> int:
        base = int(log_files(self.log_dir)[-1][:-4])
        return next(i for i, (o, _) in enumerate(self.stored) if o >= base)


def build(tmp_path) -> Built:
    data_dir = str(tmp_path / "data")
    m = LogManager(StorageSettings(data_dir), io=NoSyncIO())
    m.create_topic(TOPIC, 1, CONFIGS)
    plog = m.get_log(TOPIC, 0)
    stored = []
    for i in range(N_BATCHES):
        # timestamps out of order, so a segment's largest is not always in its last batch
        b = make_batch(1 + i % 3, f"b{i}", ts=BASE_TS + 1000 * (i * 17 % N_BATCHES))
        info = plog.append(b)
        stored.append((info.base_offset, stored_form(b, info.base_offset)))
    end = plog.log_end_offset
    m.close()
    built = Built(data_dir, plog.dir, stored, end)
    assert len(log_files(built.log_dir)) >= 4
    # the last segment holds several batches, so damage can land in its middle
    assert N_BATCHES - built.first_in_last_segment() >= 3
    return built


MODES = ["checkpoint", "no-checkpoint", "corrupt-checkpoint"]


def reopen(built: Built, mode: str) -> LogManager:
    rec = os.path.join(built.data_dir, RECOVERY_CHECKPOINT)
    if mode == "no-checkpoint":
        os.unlink(rec)
    elif mode == "corrupt-checkpoint":
        with open(rec, "wb") as f:
            f.write(b"0\n1\ndmg 0 zz\n")
    return LogManager(StorageSettings(built.data_dir), io=NoSyncIO())


def check_served(built: Built, m: LogManager, intact: int) -> None:
    """Exactly the first `intact` batches are served, intact; appends continue after them."""
    plog = m.get_log(TOPIC, 0)
    expected_end = built.stored[intact][0] if intact < len(built.stored) else built.end
    assert plog.log_end_offset == expected_end
    assert plog.high_watermark == expected_end
    assert plog.recovery_point <= expected_end
    served = read_all(plog)
    assert all(b.is_valid() for b in served)
    assert batch_bytes(served) == [s for _, s in built.stored[:intact]]
    assert plog.read(expected_end, 1 << 20) == b""
    with pytest.raises(OffsetOutOfRangeError):
        plog.read(expected_end + 1, 1 << 20)
    # every offset inside the served range reads from its own batch
    for base, s in built.stored[:intact]:
        assert plog.read(base, 1) == s
    # the log continues right after the damage
    nb = make_batch(2, "after", ts=BASE_TS + 10**6)
    info = plog.append(nb)
    assert info.base_offset == expected_end
    assert batch_bytes(read_all(plog, expected_end)) == [stored_form(nb, expected_end)]
    m.close()
    # a second restart finds nothing more to cut and serves the same
    m2 = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
    plog2 = m2.get_log(TOPIC, 0)
    assert plog2.cut_on_open == []
    assert batch_bytes(read_all(plog2)) == [s for _, s in built.stored[:intact]] + [
        stored_form(nb, expected_end)
    ]
    m2.close()


def _cut(path: str, new_size: int) -> None:
    with open(path, "r+b") as f:
        f.truncate(new_size)


def _append(path: str, data: bytes) -> None:
    with open(path, "ab") as f:
        f.write(data)


def _flip(path: str, pos: int, mask: int = 0x10) -> None:
    with open(path, "r+b") as f:
        f.seek(pos)
        (byte,) = f.read(1)
        f.seek(pos)
        f.write(bytes([byte ^ mask]))


# ---------------------------------------------------------------- damage in the last segment


TORN = {
    "one byte short": lambda size: size - 1,
    "half a batch": lambda size: size // 2,
    "header only": lambda size: 30,
    "less than a length field": lambda size: 5,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("torn", list(TORN))
def test_torn_tail(tmp_path, mode: str, torn: str) -> None:
    built = build(tmp_path)
    path, pos = built.segment_of(N_BATCHES - 1)
    size = len(built.stored[-1][1])
    _cut(path, pos + TORN[torn](size))
    m = reopen(built, mode)
    assert m.get_log(TOPIC, 0).cut_on_open, "the torn batch was not reported"
    check_served(built, m, N_BATCHES - 1)


@pytest.mark.parametrize("mode", MODES)
def test_torn_tail_at_a_batch_boundary_loses_only_that_batch(tmp_path, mode: str) -> None:
    built = build(tmp_path)
    path, pos = built.segment_of(N_BATCHES - 2)
    _cut(path, pos)  # the last two batches never reached the disk
    check_served(built, reopen(built, mode), N_BATCHES - 2)


def _garbage(built: Built) -> dict[str, bytes]:
    rng = random.Random(5)
    first = built.stored[0][1]
    return {
        "random": bytes(rng.randrange(256) for _ in range(333)),
        "zeros": bytes(4096),
        "ones": b"\xff" * 100,
        "huge length": struct.pack(">qi", built.end, 2**31 - 1) + bytes(50),
        "copy of an earlier batch": first,  # valid CRC, offsets below the log end
        "batch with the right offset but wrong crc": _bad_crc_batch(built.end),
    }


def _bad_crc_batch(offset: int) -> bytes:
    buf = bytearray(stored_form(make_batch(2, "ghost"), offset))
    buf[-1] ^= 0x01
    return bytes(buf)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "kind",
    [
        "random",
        "zeros",
        "ones",
        "huge length",
        "copy of an earlier batch",
        "batch with the right offset but wrong crc",
    ],
)
def test_garbage_appended(tmp_path, mode: str, kind: str) -> None:
    built = build(tmp_path)
    _append(built.last_segment(), _garbage(built)[kind])
    m = reopen(built, mode)
    assert m.get_log(TOPIC, 0).cut_on_open
    check_served(built, m, N_BATCHES)
    assert os.path.getsize(built.last_segment()) > 0


# byte positions inside a batch covered by recovery's checks: length, magic, crc, attributes,
# last offset delta, timestamps, producer fields, record count, records, last byte
FLIPS = {
    "length": 11,
    "length high bit": 8,
    "magic": 16,
    "crc": 19,
    "attributes": 22,
    "last offset delta": 26,
    "max timestamp": 40,
    "producer id": 45,
    "record count": 60,
    "records": -8,
    "last byte": -1,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("field", list(FLIPS))
def test_bit_flip_in_the_last_batch(tmp_path, mode: str, field: str) -> None:
    built = build(tmp_path)
    path, pos = built.segment_of(N_BATCHES - 1)
    at = FLIPS[field]
    size = len(built.stored[-1][1])
    _flip(path, pos + (at if at >= 0 else size + at), 0x40 if field == "length high bit" else 0x10)
    m = reopen(built, mode)
    assert m.get_log(TOPIC, 0).cut_on_open
    check_served(built, m, N_BATCHES - 1)


@pytest.mark.parametrize("mode", MODES)
def test_bit_flip_in_the_middle_of_the_last_segment(tmp_path, mode: str) -> None:
    built = build(tmp_path)
    victim = built.first_in_last_segment() + 1
    path, pos = built.segment_of(victim)
    _flip(path, pos + len(built.stored[victim][1]) // 2)
    m = reopen(built, mode)
    assert m.get_log(TOPIC, 0).cut_on_open
    check_served(built, m, victim)


@pytest.mark.parametrize("mode", ["no-checkpoint", "corrupt-checkpoint"])
def test_damage_in_an_early_segment_found_by_a_full_scan(tmp_path, mode: str, caplog) -> None:
    """Without a trustworthy recovery point every segment is verified: damage in the second
    segment cuts the log there, and every later segment goes."""
    built = build(tmp_path)
    second = int(log_files(built.log_dir)[1][:-4])
    victim = next(i for i, (o, _) in enumerate(built.stored) if o >= second) + 1
    path, pos = built.segment_of(victim)
    _flip(path, pos + len(built.stored[victim][1]) - 3)
    with caplog.at_level(logging.WARNING):
        m = reopen(built, mode)
    if mode == "corrupt-checkpoint":
        assert any("malformed checkpoint" in r.getMessage() for r in caplog.records)
    plog = m.get_log(TOPIC, 0)
    assert plog.recovery_point <= built.stored[victim][0]
    assert len(log_files(built.log_dir)) == 2
    check_served(built, m, victim)


def test_corrupt_checkpoint_is_ignored_and_rewritten(tmp_path, caplog) -> None:
    built = build(tmp_path)
    rec = os.path.join(built.data_dir, RECOVERY_CHECKPOINT)
    assert read_checkpoint(rec) == {(TOPIC, 0): built.end}
    for garbage in (b"", b"\x00\x01\x02", b"0\n5\ndmg 0 10\n", b"7\n1\ndmg 0 10\n", b"0\n1\n"):
        with open(rec, "wb") as f:
            f.write(garbage)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            m = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
        assert any("malformed checkpoint" in r.getMessage() for r in caplog.records), garbage
        plog = m.get_log(TOPIC, 0)
        assert plog.cut_on_open == []
        assert batch_bytes(read_all(plog)) == [s for _, s in built.stored]
        # recovery trusted nothing, and the file on disk says so until the next clean close
        assert read_checkpoint(rec) == {(TOPIC, 0): 0}
        m.close()
        assert read_checkpoint(rec) == {(TOPIC, 0): built.end}


@pytest.mark.parametrize("name", [RECOVERY_CHECKPOINT, START_CHECKPOINT])
def test_checkpoint_with_bytes_that_are_not_text_is_ignored(tmp_path, name: str, caplog) -> None:
    """A checkpoint holding non-UTF-8 bytes (disk corruption) is malformed like any other:
    logged and ignored, not a failure to start."""
    built = build(tmp_path)
    with open(os.path.join(built.data_dir, name), "wb") as f:
        f.write(b"0\n1\ndmg 0 \xff\xfe\x80")
    with caplog.at_level(logging.WARNING):
        m = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
    assert any("malformed checkpoint" in r.getMessage() for r in caplog.records)
    check_served(built, m, N_BATCHES)


# ---------------------------------------------------------------- index files


def _sealed_stem(built: Built, which: int = 1) -> str:
    return os.path.join(built.log_dir, log_files(built.log_dir)[which][:-4])


def _last_entry(d: bytes, rel_delta: int, pos_delta: int) -> bytes:
    rel, pos = struct.unpack(">ii", d[-8:])
    return d[:-8] + struct.pack(">ii", rel + rel_delta, pos + pos_delta)


def _index_damage() -> dict[str, Callable[[bytes], bytes | None]]:
    """name -> damage(original bytes) returning the new content (None: delete the file)."""
    return {
        "deleted": lambda d: None,
        "empty": lambda d: b"",
        "odd size": lambda d: d[:-3],
        "random": lambda d: bytes(random.Random(1).randrange(256) for _ in range(len(d))),
        "entry past the end": lambda d: d + struct.pack(">ii", 10_000, 10**6),
        "last entry not at a batch": lambda d: _last_entry(d, 0, 1),
        "last entry names another offset": lambda d: _last_entry(d, 1, 0),
        "not increasing": lambda d: d[8:16] + d[:8] + d[16:],
    }


@pytest.mark.parametrize("kind", list(_index_damage()))
def test_bad_offset_index_of_a_sealed_segment_is_rebuilt(tmp_path, kind: str) -> None:
    built = build(tmp_path)
    stem = _sealed_stem(built)
    path = stem + ".index"
    original = open(path, "rb").read()
    assert len(original) >= 24, "the segment should have several index entries"
    new = _index_damage()[kind](original)
    if new is None:
        os.unlink(path)
    else:
        open(path, "wb").write(new)
    m = reopen(built, "checkpoint")  # the segment lies before the recovery point
    plog = m.get_log(TOPIC, 0)
    assert plog.cut_on_open == []
    assert open(path, "rb").read() == original, "the index was not rebuilt"
    check_served(built, m, N_BATCHES)


def test_valid_prefix_of_an_offset_index_still_reads_correctly(tmp_path) -> None:
    built = build(tmp_path)
    path = _sealed_stem(built) + ".index"
    original = open(path, "rb").read()
    open(path, "wb").write(original[:8])
    m = reopen(built, "checkpoint")
    seg = m.get_log(TOPIC, 0).segments[1]
    for rel, pos in zip(seg.index.relative, seg.index.positions, strict=True):
        assert seg.find(seg.base_offset + rel).position == pos
    check_served(built, m, N_BATCHES)


def _timestamp_answers(m: LogManager) -> dict[str, object]:
    plog = m.get_log(TOPIC, 0)
    targets = range(BASE_TS - 500, BASE_TS + 1000 * N_BATCHES + 500, 250)
    return {
        "largest timestamp per segment": [s.largest_timestamp for s in plog.segments],
        "max timestamp offset": plog.max_timestamp_offset(),
        "offset for timestamp": {t: plog.offset_for_timestamp(t) for t in targets},
    }


TIMEINDEX_DAMAGE = {
    "deleted": None,
    "empty": lambda d: b"",
    "odd size": lambda d: d[:-5],
    "first entry only": lambda d: d[:12],
    "one zeroed entry": lambda d: bytes(12),  # unsynced file after a power loss
    "not increasing": lambda d: d[12:24] + d[:12] + d[24:],
}


# A sealed segment's index files are fsynced before the recovery point may pass it
# (PartitionLog.flush), so after a crash they are whole. Damage that still leaves a
# well-formed, consistent-looking time index (a valid prefix, or a zeroed entry) is disk
# corruption that only a scan of every batch header would notice; Kafka trusts its indexes
# the same way (sanity checks only). These two cases document that limit.
_UNDETECTABLE = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="a well-formed but wrong .timeindex before the recovery point is trusted, as in "
    "Kafka; detecting it needs a full header scan on every open",
)


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(k, marks=_UNDETECTABLE) if k in ("first entry only", "one zeroed entry") else k
        for k in TIMEINDEX_DAMAGE
    ],
)
def test_bad_time_index_of_a_sealed_segment(tmp_path, kind: str) -> None:
    """ListOffsets by timestamp and each segment's largest timestamp (retention.ms) must not
    change when a sealed segment's .timeindex is lost or damaged."""
    built = build(tmp_path)
    m = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
    before = _timestamp_answers(m)
    m.close()
    path = _sealed_stem(built) + ".timeindex"
    original = open(path, "rb").read()
    assert len(original) >= 24
    damage = TIMEINDEX_DAMAGE[kind]
    if damage is None:
        os.unlink(path)
    else:
        open(path, "wb").write(damage(original))
    m = reopen(built, "checkpoint")
    after = _timestamp_answers(m)
    for what, answer in before.items():
        assert after[what] == answer, what
    check_served(built, m, N_BATCHES)


def test_leftovers_of_an_interrupted_compaction_are_removed(tmp_path) -> None:
    built = build(tmp_path)
    stem = _sealed_stem(built)
    for name in (stem + ".log.cleaned", stem + ".index.tmp"):
        open(name, "wb").write(b"half-written")
    m = reopen(built, "checkpoint")
    assert not os.path.exists(stem + ".log.cleaned")
    assert not os.path.exists(stem + ".index.tmp")
    check_served(built, m, N_BATCHES)


# ---------------------------------------------------------------- data directory files


def test_log_start_checkpoint_survives_restarts(tmp_path) -> None:
    import anyio

    built = build(tmp_path)

    async def go() -> None:
        m = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
        assert await m.delete_records(TOPIC, 0, 7) == 7
        # persisted before delete_records returned
        starts = read_checkpoint(os.path.join(built.data_dir, START_CHECKPOINT))
        assert starts == {(TOPIC, 0): 7}
        m.close()

    anyio.run(go)
    m = LogManager(StorageSettings(built.data_dir), io=NoSyncIO())
    plog = m.get_log(TOPIC, 0)
    assert plog.log_start_offset == 7
    with pytest.raises(OffsetOutOfRangeError):
        plog.read(6, 100)
    served = read_all(plog)
    assert served[0].base_offset <= 7 <= served[0].last_offset
    m.close()


def test_meta_properties_created_once_and_stable(tmp_path) -> None:
    data_dir = str(tmp_path / "data")
    m = LogManager(StorageSettings(data_dir, node_id=3), io=NoSyncIO())
    path = os.path.join(data_dir, "meta.properties")
    text = open(path).read()
    props = dict(
        line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    assert props["node.id"] == "3"
    assert props["cluster.id"] == m.meta.cluster_id and len(m.meta.cluster_id) == 22
    assert props["directory.id"] == m.meta.directory_id
    m.close()
    for _ in range(2):
        m = LogManager(StorageSettings(data_dir, node_id=3), io=NoSyncIO())
        assert open(path).read() == text
        assert (m.meta.cluster_id, m.meta.node_id) == (props["cluster.id"], 3)
        m.close()
    with pytest.raises(ConfigError, match="node 3"):
        LogManager(StorageSettings(data_dir, node_id=4), io=NoSyncIO())
    assert open(path).read() == text
    # a second data directory gets its own identity
    other = LogManager(StorageSettings(str(tmp_path / "other"), node_id=3), io=NoSyncIO())
    assert other.meta.cluster_id != m.meta.cluster_id
    other.close()


def test_catalogue_persisted_with_stable_topic_ids(tmp_path) -> None:
    import base64

    data_dir = str(tmp_path / "data")
    m = LogManager(StorageSettings(data_dir), io=NoSyncIO())
    a = m.create_topic("alpha", 3, {"cleanup.policy": "compact"})
    b = m.create_topic("beta", 1)
    m.get_log("alpha", 2).append(make_batch(2))
    m.create_partitions("beta", 2)
    m.alter_topic_configs("beta", {"retention.ms": "1000"})
    ids = {"alpha": a.topic_id, "beta": b.topic_id}
    m.close()
    for _ in range(2):
        m = LogManager(StorageSettings(data_dir), io=NoSyncIO())
        assert {n: t.topic_id for n, t in m.catalog.topics.items()} == ids
        assert m.topic("alpha").partitions == 3 and m.topic("beta").partitions == 2
        assert m.get_log("alpha", 0).config.compact
        assert m.get_log("beta", 1).config.retention_ms == 1000
        assert m.get_log("alpha", 2).log_end_offset == 2
        for name, tid in ids.items():
            for p in range(m.topic(name).partitions):
                meta = open(os.path.join(data_dir, f"{name}-{p}", "partition.metadata")).read()
                encoded = base64.urlsafe_b64encode(tid.bytes).decode().rstrip("=")
                assert f"topic_id: {encoded}" in meta
        m.close()
    m = LogManager(StorageSettings(data_dir), io=NoSyncIO())
    m.delete_topic("alpha")
    m.close()
    m = LogManager(StorageSettings(data_dir), io=NoSyncIO())
    assert set(m.catalog.topics) == {"beta"}
    assert not os.path.exists(os.path.join(data_dir, "alpha-0"))
    assert read_checkpoint(os.path.join(data_dir, RECOVERY_CHECKPOINT)).keys() == {
        ("beta", 0),
        ("beta", 1),
    }
    m.close()


def test_full_recovery_mode_verifies_segments_before_the_recovery_point(tmp_path) -> None:
    """--recovery-mode full: a bit flip in a sealed segment that the checkpoint says is
    flushed is found and cut (the default trusts flushed segments, as Kafka does)."""
    cfg = LogConfig().with_overrides({"segment.bytes": "400"})
    m = LogManager(StorageSettings(str(tmp_path), defaults=cfg))
    m.create_topic("f", 1)
    plog = m.get_log("f", 0)
    for i in range(20):
        plog.append(make_batch(2, f"r{i}"))
    plog.flush()
    assert len(plog.segments) > 2
    first = plog.segments[0].log_path
    m.close()
    with open(first, "r+b") as f:  # flip a bit inside the first batch's records
        f.seek(70)
        b = f.read(1)
        f.seek(70)
        f.write(bytes([b[0] ^ 1]))
    trusting = LogManager(StorageSettings(str(tmp_path), defaults=cfg))
    assert trusting.get_log("f", 0).cut_on_open == []
    trusting.close()
    full = LogManager(StorageSettings(str(tmp_path), defaults=cfg, full_recovery=True))
    cut = full.get_log("f", 0).cut_on_open
    assert cut and "crc" in cut[0]
    assert full.get_log("f", 0).log_end_offset == 0  # everything from the damage on is gone
    full.close()
