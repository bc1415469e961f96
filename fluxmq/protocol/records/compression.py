"""Record-batch compression codecs, framed as the Java client frames them.

- gzip: a plain gzip stream.
- snappy: xerial snappy-java framing on write (what Kafka's Java client writes); on read both
  xerial framing and a raw snappy block are accepted.
- lz4: the LZ4 frame format with independent blocks and 64 KiB maximum blocks (Kafka's reader
  rejects linked blocks).
- zstd: standard zstd frames (zstandard package).

Every decompressor is bounded by `max_size`: output beyond it raises DecompressionBombError
holding at most about twice `max_size` bytes (output plus the decompressor's buffer).
"""

from __future__ import annotations

import enum
import io
import struct
import zlib
from typing import Final

import lz4.frame
import snappy
import zstandard

from ..primitives import Buffer
from .errors import CorruptRecordError, DecompressionBombError, UnsupportedCompressionError

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED",
    "Compression",
    "compress",
    "decompress",
]

DEFAULT_MAX_DECOMPRESSED: Final = 64 * 1024 * 1024


class Compression(enum.IntEnum):
    """Codec ids of batch attributes bits 0-2."""

    NONE = 0
    GZIP = 1
    SNAPPY = 2
    LZ4 = 3
    ZSTD = 4

    @classmethod
    def parse(cls, value: Compression | int | str | None) -> Compression:
        if value is None:
            return cls.NONE
        if isinstance(value, str):
            try:
                return cls[value.upper()]
            except KeyError:
                raise UnsupportedCompressionError(f"unknown compression type {value!r}") from None
        try:
            return cls(value)
        except ValueError:
            raise UnsupportedCompressionError(f"unknown compression codec id {value}") from None


_XERIAL_MAGIC: Final = b"\x82SNAPPY\x00"
_XERIAL_HEADER: Final = _XERIAL_MAGIC + struct.pack(">ii", 1, 1)
_XERIAL_BLOCK: Final = 32 * 1024  # snappy-java's default block size
_INT32: Final = struct.Struct(">i")
_ZSTD_C = zstandard.ZstdCompressor(level=3)
_ZSTD_D = zstandard.ZstdDecompressor()


def compress(codec: Compression, data: Buffer, level: int | None = None) -> bytes:
    """Compress a batch's records section with `codec` (NONE returns the bytes unchanged)."""
    if codec == Compression.NONE:
        return bytes(data)
    if codec == Compression.GZIP:
        c = zlib.compressobj(6 if level is None else level, zlib.DEFLATED, 31)
        return c.compress(data) + c.flush()
    if codec == Compression.SNAPPY:
        return _xerial_compress(data)
    if codec == Compression.LZ4:
        return bytes(
            lz4.frame.compress(
                data,
                compression_level=0 if level is None else level,
                block_size=lz4.frame.BLOCKSIZE_MAX64KB,
                block_linked=False,
                content_checksum=False,
                block_checksum=False,
                store_size=False,
            )
        )
    if codec == Compression.ZSTD:
        cz = _ZSTD_C if level is None else zstandard.ZstdCompressor(level=level)
        return bytes(cz.compress(data))
    raise UnsupportedCompressionError(f"unknown compression codec {codec}")


def decompress(codec: Compression, data: Buffer, max_size: int = DEFAULT_MAX_DECOMPRESSED) -> bytes:
    """Decompress `data`; raises CorruptRecordError or DecompressionBombError."""
    if codec == Compression.NONE:
        return bytes(data)
    try:
        if codec == Compression.GZIP:
            return _gunzip(data, max_size)
        if codec == Compression.SNAPPY:
            return _unsnappy(data, max_size)
        if codec == Compression.LZ4:
            return _unlz4(data, max_size)
        if codec == Compression.ZSTD:
            return _unzstd(data, max_size)
    except (CorruptRecordError, DecompressionBombError):
        raise
    except (zlib.error, RuntimeError, ValueError, zstandard.ZstdError, snappy.UncompressError) as e:
        raise CorruptRecordError(f"{codec.name.lower()} data does not decompress: {e}") from None
    raise UnsupportedCompressionError(f"unknown compression codec {codec}")


def _bomb(codec: str, max_size: int) -> DecompressionBombError:
    return DecompressionBombError(
        f"{codec} data expands beyond the {max_size}-byte limit for one batch"
    )


def _gunzip(data: Buffer, max_size: int) -> bytes:
    out = bytearray()
    rest = bytes(data)
    while True:
        d = zlib.decompressobj(31)
        out += d.decompress(rest, max_size + 1 - len(out))
        if len(out) > max_size:
            raise _bomb("gzip", max_size)
        if d.unconsumed_tail:  # stopped by max_length with input left over
            raise _bomb("gzip", max_size)
        if not d.eof:
            raise CorruptRecordError("gzip data is truncated")
        rest = d.unused_data
        if not rest:  # more members may follow (gzip allows concatenation)
            return bytes(out)


def _raw_snappy_length(block: Buffer) -> int:
    n = shift = 0
    for i in range(min(5, len(block))):
        b = block[i]
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n
        shift += 7
    raise CorruptRecordError("snappy block has a bad length preamble")


def _unsnappy(data: Buffer, max_size: int) -> bytes:
    view = memoryview(data).cast("B")
    if bytes(view[:8]) != _XERIAL_MAGIC:
        if _raw_snappy_length(view) > max_size:
            raise _bomb("snappy", max_size)
        return bytes(snappy.uncompress(bytes(view)))
    if len(view) < 16:
        raise CorruptRecordError("xerial snappy header is truncated")
    out = bytearray()
    pos, end = 16, len(view)
    while pos < end:
        if end - pos < 4:
            raise CorruptRecordError(f"xerial snappy block length truncated at byte {pos}")
        (n,) = _INT32.unpack_from(view, pos)
        pos += 4
        if n < 0 or n > end - pos:
            raise CorruptRecordError(f"xerial snappy block of {n} bytes at byte {pos} overruns")
        block = view[pos : pos + n]
        if len(out) + _raw_snappy_length(block) > max_size:
            raise _bomb("snappy", max_size)
        out += snappy.uncompress(bytes(block))
        pos += n
    return bytes(out)


def _xerial_compress(data: Buffer) -> bytes:
    view = memoryview(data).cast("B")
    parts = [_XERIAL_HEADER]
    for i in range(0, len(view), _XERIAL_BLOCK):
        block = snappy.compress(bytes(view[i : i + _XERIAL_BLOCK]))
        parts.append(_INT32.pack(len(block)))
        parts.append(block)
    return b"".join(parts)


def _unlz4(data: Buffer, max_size: int) -> bytes:
    d = lz4.frame.LZ4FrameDecompressor()
    # Small steps: the binding allocates `max_length` up front, so a bound of max_size
    # would cost a max_size allocation for every batch.
    step = min(max_size + 1, 1 << 18)
    out = d.decompress(bytes(data), max_length=step)
    while not d.eof and not d.needs_input:
        if len(out) > max_size:
            raise _bomb("lz4", max_size)
        out += d.decompress(b"", max_length=min(max_size + 1 - len(out), 1 << 20) or 1)
    if len(out) > max_size:
        raise _bomb("lz4", max_size)
    if not d.eof:
        raise CorruptRecordError("lz4 frame is truncated")
    return bytes(out)


def _unzstd(data: Buffer, max_size: int) -> bytes:
    raw = bytes(data)
    declared = zstandard.get_frame_parameters(raw).content_size
    if declared != zstandard.CONTENTSIZE_UNKNOWN and declared > max_size:
        raise _bomb("zstd", max_size)  # refuse before anything is allocated
    # Every frame, as zstd-jni reads them; garbage after a frame is an error. A truncated
    # frame yields short output, which the record parser then rejects.
    reader = _ZSTD_D.stream_reader(io.BytesIO(raw), read_across_frames=True)
    out = bytearray()
    while True:
        want = max_size + 1 - len(out)
        if want <= 0:
            raise _bomb("zstd", max_size)
        chunk = reader.read(min(want, 1 << 20))
        if not chunk:
            break
        out += chunk
    if not out and raw:
        _ZSTD_D.decompress(raw, max_output_size=1)  # empty result: was it a valid frame?
    return bytes(out)
