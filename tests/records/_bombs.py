"""Decompression bombs that expand to 1 GiB, built without ever holding 1 GiB, and a worker that
measures decompress() against one in a fresh process.

How small can a 1 GiB bomb be? Each format caps the expansion of honest data:

- deflate (gzip): a match is at most 258 bytes and costs at least one bit or so: about 1032:1,
  so 1 GiB needs about 1 MiB. Concatenated gzip members (which Kafka's reader accepts) do no
  better: each 1 MiB member is itself ~1 KiB.
- LZ4: match lengths are extended 255 bytes per extra byte: about 250:1, so ~4 MiB.
- zstd: an RLE block turns 4 bytes into 128 KiB: 32768:1, so ~32 KiB.
- snappy: a copy op writes at most 64 bytes for 3 bytes of input: ~21:1, so ~48 MiB.

So "1 KiB that expands to 1 GiB" is only possible by lying about the size in a header: the
snappy length preamble (raw and in every xerial block), the zstd frame content size and the LZ4
frame content size. Those forged variants are here too: they are the ones that make a naive
decoder allocate the claimed size up front, which is exactly what must not happen.

Run as `python -m tests.records._bombs CASE MAX_SIZE`: prints one JSON line with the exception
raised, the time decompress() took, the tracemalloc peak and the RSS growth during the call.
RSS catches allocations tracemalloc cannot see (cramjam's Rust buffers, C libraries); the RSS
figure is the peak RSS after the call (VmHWM, reset just before it) minus the RSS before it.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import struct
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable

GiB = 1 << 30
MiB = 1 << 20
ZEROS = bytes(MiB)

# ---------------------------------------------------------------- gzip


@functools.cache
def _crc32_of_zeros() -> int:
    crc = 0
    for _ in range(GiB // MiB):
        crc = zlib.crc32(ZEROS, crc)
    return crc


def gzip_bomb() -> bytes:
    """One gzip member holding 1 GiB of zeros (~1 MiB).

    Deflate state is reset by Z_FULL_FLUSH, so every 1 MiB chunk compressed after a full flush
    is the same bytes: compress two chunks, repeat the second, and write the trailer (CRC-32 and
    size mod 2^32) ourselves.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = c.compress(ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    header = first[: len(first) - len(again)]
    assert first[len(header) :] == again
    trailer = b"\x03\x00" + struct.pack("<II", _crc32_of_zeros(), GiB & 0xFFFFFFFF)
    return b"".join([header, *([again] * (GiB // MiB)), trailer])


def gzip_members_bomb() -> bytes:
    """1024 concatenated gzip members of 1 MiB of zeros each (~1 KiB per member)."""
    member = zlib.compress(ZEROS, level=9, wbits=31)
    return member * (GiB // MiB)


# ---------------------------------------------------------------- snappy


def uvarint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


COPY64 = bytes((((64 - 1) << 2) | 2, 1, 0))  # copy-2 op: 64 bytes from offset 1


def _copy(n: int) -> bytes:
    return bytes((((n - 1) << 2) | 2, 1, 0))


def snappy_zeros_block(size: int) -> bytearray:
    """A raw snappy block for `size` zeros at snappy's best ratio: a 1-byte literal, then copies
    of 64 bytes from offset 1. Allocated once at its final size (no doubling while built)."""
    k, r = divmod(size - 1, 64)
    prefix = uvarint(size) + b"\x00\x00"  # preamble, literal of length 1: b"\x00"
    tail = _copy(r) if r else b""
    out = bytearray(len(prefix) + 3 * k + len(tail))
    out[: len(prefix)] = prefix
    pos = len(prefix)
    chunk = COPY64 * 65536
    while k:
        n = min(k, 65536)
        out[pos : pos + 3 * n] = chunk[: 3 * n]
        pos += 3 * n
        k -= n
    out[pos:] = tail
    return out


def snappy_raw_bomb() -> bytearray:
    """A raw snappy block that honestly expands to 1 GiB (~48 MiB)."""
    return snappy_zeros_block(GiB)


def snappy_raw_forged() -> bytes:
    """1 KiB whose length preamble claims 1 GiB (then a literal and 339 copies of 64)."""
    head = uvarint(GiB) + b"\x00\x00"
    return head + COPY64 * ((1024 - len(head)) // 3)


XERIAL_HEADER = b"\x82SNAPPY\x00" + struct.pack(">ii", 1, 1)


def snappy_xerial_bomb() -> bytearray:
    """xerial framing, 1024 honest blocks of 1 MiB each (~48 MiB)."""
    block = bytes(snappy_zeros_block(MiB))
    framed = struct.pack(">i", len(block)) + block
    out = bytearray(len(XERIAL_HEADER) + len(framed) * (GiB // MiB))
    out[: len(XERIAL_HEADER)] = XERIAL_HEADER
    pos = len(XERIAL_HEADER)
    for _ in range(GiB // MiB):
        out[pos : pos + len(framed)] = framed
        pos += len(framed)
    return out


def snappy_xerial_forged() -> bytes:
    """xerial framing around one 1 KiB block whose preamble claims 1 GiB."""
    block = snappy_raw_forged()
    return XERIAL_HEADER + struct.pack(">i", len(block)) + block


# ---------------------------------------------------------------- lz4


def lz4_bomb(store_size: bool) -> bytes:
    """An LZ4 frame of 1 GiB of zeros (~4 MiB), with or without the content-size field."""
    import lz4.frame

    c = lz4.frame.LZ4FrameCompressor(
        block_size=lz4.frame.BLOCKSIZE_MAX64KB, block_linked=False, compression_level=0
    )
    parts = [c.begin(GiB if store_size else 0)]
    parts.extend(c.compress(ZEROS) for _ in range(GiB // MiB))
    parts.append(c.flush())
    return b"".join(parts)


# ---------------------------------------------------------------- zstd


def zstd_bomb(content_size: bool) -> bytes:
    """A zstd frame of 1 GiB of zeros (~32 KiB), with or without the content-size field."""
    import zstandard

    c = zstandard.ZstdCompressor(level=1, write_content_size=content_size)
    cobj = c.compressobj(size=GiB if content_size else -1)
    parts = [cobj.compress(ZEROS) for _ in range(GiB // MiB)]
    parts.append(cobj.flush())
    return b"".join(parts)


def zstd_forged() -> bytes:
    """1 KiB: a frame header that declares 1 GiB of content, then one small raw block."""
    # magic, frame header descriptor: FCS field 8 bytes (0b11 << 6) + single segment (1 << 5)
    header = struct.pack("<I", 0xFD2FB528) + bytes((0xE0,)) + struct.pack("<Q", GiB)
    size = 1024 - len(header) - 3
    block_header = ((size << 3) | (0 << 1) | 1).to_bytes(3, "little")  # last, raw block
    return header + block_header + bytes(size)


# ---------------------------------------------------------------- cases

CASES: dict[str, tuple[str, Callable[[], bytes | bytearray]]] = {
    # name: (codec name, builder)
    "gzip": ("GZIP", gzip_bomb),
    "gzip-members": ("GZIP", gzip_members_bomb),
    "snappy-raw": ("SNAPPY", snappy_raw_bomb),
    "snappy-raw-forged": ("SNAPPY", snappy_raw_forged),
    "snappy-xerial": ("SNAPPY", snappy_xerial_bomb),
    "snappy-xerial-forged": ("SNAPPY", snappy_xerial_forged),
    "lz4-content-size": ("LZ4", lambda: lz4_bomb(True)),
    "lz4-no-content-size": ("LZ4", lambda: lz4_bomb(False)),
    "zstd-content-size": ("ZSTD", lambda: zstd_bomb(True)),
    "zstd-no-content-size": ("ZSTD", lambda: zstd_bomb(False)),
    "zstd-forged": ("ZSTD", zstd_forged),
}


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    """This process's peak RSS (VmHWM: per address space, so not inherited across exec)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    # ru_maxrss survives exec on Linux (it starts at the parent's RSS): an upper bound only
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak_rss() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0), so the peak seen is the call's alone."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:  # pragma: no cover - then the figure is an upper bound
        pass


def measure(case: str, max_size: int) -> dict[str, object]:
    from fluxmq.protocol.records import Compression, decompress

    codec_name, build = CASES[case]
    data = build()
    codec = Compression[codec_name]
    rss_before = _rss()
    _reset_peak_rss()
    tracemalloc.start()
    tracemalloc.reset_peak()
    t = time.perf_counter()
    error = None
    message = ""
    try:
        out = decompress(codec, data, max_size)
        error = None
        message = f"returned {len(out)} bytes"
    except BaseException as e:  # report everything, the test decides
        error = type(e).__name__
        message = str(e)[:300]
    elapsed = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "case": case,
        "input_bytes": len(data),
        "error": error,
        "message": message,
        "seconds": elapsed,
        "tracemalloc_peak": peak,
        "rss_growth": max(0, _peak_rss() - rss_before),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], int(sys.argv[2]))))
