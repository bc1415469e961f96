"""Decompression bombs: data that expands to 1 GiB must raise DecompressionBombError quickly and
with bounded memory, for every codec and framing (see _bombs.py for how each bomb is built and
why only forged size headers can make a 1 KiB input claim 1 GiB).

Each measurement runs in a fresh interpreter so that max-RSS reflects this bomb alone; the
bombs' honesty (they really expand to 1 GiB) is checked in-process by streaming decoders that
never hold more than a megabyte.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from fluxmq.protocol.records import (
    DEFAULT_MAX_DECOMPRESSED,
    Compression,
    DecompressionBombError,
    RecordBatch,
)

from . import _bombs
from ._bombs import GiB, MiB
from ._support import frame_batch

ROOT = Path(__file__).resolve().parents[2]


def _run(case: str, max_size: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.records._bombs", case, str(max_size)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _params() -> list[object]:
    out: list[object] = []
    for case in _bombs.CASES:
        for limit in (DEFAULT_MAX_DECOMPRESSED, MiB):
            out.append(pytest.param(case, limit, id=f"{case}-{limit >> 20}MiB"))
    return out


@pytest.mark.parametrize(("case", "limit"), _params())
def test_bomb_is_refused_with_bounded_memory(case: str, limit: int) -> None:
    result = _run(case, limit)
    assert result["error"] == "DecompressionBombError", result
    assert float(result["seconds"]) < 5.0, result  # typically well under 0.5 s
    tracemalloc_peak = int(result["tracemalloc_peak"])  # type: ignore[call-overload]
    rss_growth = int(result["rss_growth"])  # type: ignore[call-overload]
    # 1 GiB of output would be 1024 MiB; the bound is the limit and a copy or two of it.
    assert tracemalloc_peak < 200 * MiB and rss_growth < 200 * MiB, result
    assert tracemalloc_peak <= 2.5 * limit + 8 * MiB, result
    assert rss_growth <= 2.5 * limit + 16 * MiB, result


# ---------------------------------------------------------------- the bombs are honest


def _inflate_count(data: bytes) -> tuple[int, int]:
    """Total size and member count of a gzip stream, fed in 16 KiB pieces, 8 MiB out at most."""
    total = members = 0
    d = zlib.decompressobj(31)
    fed = False
    buf = b""
    pos = 0
    while True:
        if not buf:
            if pos >= len(data):
                break
            buf = data[pos : pos + 16384]
            pos += 16384
        total += len(d.decompress(buf, 8 * MiB))
        fed = True
        buf = d.unconsumed_tail
        if d.eof:  # zlib has checked this member's CRC-32 and size
            members += 1
            buf = d.unused_data
            d = zlib.decompressobj(31)
            fed = False
    assert not fed, "the last gzip member is truncated"
    return total, members


def test_gzip_bomb_is_1_gib() -> None:
    data = _bombs.gzip_bomb()
    assert len(data) < 1.1 * MiB
    assert _inflate_count(data) == (GiB, 1)


def test_gzip_members_bomb_is_1_gib() -> None:
    data = _bombs.gzip_members_bomb()
    member = zlib.compress(bytes(MiB), level=9, wbits=31)
    assert len(member) < 1100 and data == member * 1024  # 1024 members of ~1 KiB ...
    assert _inflate_count(member) == (MiB, 1)  # ... each 1 MiB


@pytest.mark.parametrize("store_size", [True, False])
def test_lz4_bombs_are_1_gib(store_size: bool) -> None:
    import lz4.frame

    data = _bombs.lz4_bomb(store_size)
    assert len(data) < 5 * MiB
    info = lz4.frame.get_frame_info(data)
    assert info["content_size"] == (GiB if store_size else 0)
    assert not info["block_linked"]
    d = lz4.frame.LZ4FrameDecompressor()
    total = len(d.decompress(data, max_length=MiB))
    while not d.eof:
        total += len(d.decompress(b"", max_length=MiB))
    assert total == GiB


@pytest.mark.parametrize("content_size", [True, False])
def test_zstd_bombs_are_1_gib(content_size: bool) -> None:
    import io

    import zstandard

    data = _bombs.zstd_bomb(content_size)
    assert len(data) < 40 * 1024
    declared = zstandard.get_frame_parameters(data).content_size
    assert declared == (GiB if content_size else zstandard.CONTENTSIZE_UNKNOWN)
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
    total = 0
    while chunk := reader.read(MiB):
        total += len(chunk)
    assert total == GiB


def test_forged_headers_claim_1_gib_in_1_kib() -> None:
    import zstandard

    forged = _bombs.zstd_forged()
    assert len(forged) == 1024
    assert zstandard.get_frame_parameters(forged).content_size == GiB
    raw = _bombs.snappy_raw_forged()
    assert len(raw) == 1024 and raw.startswith(_bombs.uvarint(GiB) + b"\x00\x00")
    xerial = _bombs.snappy_xerial_forged()
    assert len(xerial) < 1100 and xerial.startswith(b"\x82SNAPPY\x00")


@pytest.mark.parametrize("size", [1, 2, 64, 65, 66, 1000, MiB, MiB + 17])
def test_snappy_bomb_generator_is_exact(size: int) -> None:
    """The 1 GiB snappy bombs are too big to expand in a test; their generator is checked
    against the real decoder at small sizes, and the 1 GiB preamble and op count by arithmetic."""
    import snappy

    assert snappy.uncompress(bytes(_bombs.snappy_zeros_block(size))) == bytes(size)
    block = _bombs.snappy_raw_bomb() if size == 1 else None
    if block is not None:
        pre = _bombs.uvarint(GiB)
        assert block.startswith(pre + b"\x00\x00")
        ops = len(block) - len(pre) - 2
        assert ops % 3 == 0  # all copy-2 ops: (GiB - 1) // 64 of 64 bytes and one of 63
        assert 1 + 64 * ((GiB - 1) // 64) + (GiB - 1) % 64 == GiB
        assert ops // 3 == (GiB - 1) // 64 + 1
        assert len(block) < 49 * MiB


def test_bomb_inside_a_batch() -> None:
    """The same bomb as a batch's records section: records() refuses it under the default bound."""
    data = _bombs.zstd_bomb(False)
    buf = frame_batch(data, 1, attributes=Compression.ZSTD)
    batch = RecordBatch.at(buf)
    batch.ensure_valid()
    with pytest.raises(DecompressionBombError):
        batch.records()
    with pytest.raises(DecompressionBombError):
        batch.records_data(max_decompressed=10 * MiB)
