"""compress / decompress: round trips, exact bounds, the framings other Kafka clients write and
read, and errors for undecodable data."""

from __future__ import annotations

import os
import struct
import zlib

import lz4.frame
import pytest
import snappy
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol.records import (
    DEFAULT_MAX_DECOMPRESSED,
    Compression,
    CorruptRecordError,
    DecompressionBombError,
    RecordBatch,
    UnsupportedCompressionError,
    compress,
    decompress,
)

from ._support import COMPRESSED, READERS, encode_record, frame_batch

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
XERIAL_MAGIC = b"\x82SNAPPY\x00"

data_strategy = st.one_of(
    st.binary(max_size=2000),
    st.binary(min_size=1, max_size=40).map(lambda b: b * 500),  # compressible, up to ~20 kB
    st.integers(0, 100_000).map(bytes),
)


@SETTINGS
@given(
    codec=st.sampled_from(list(Compression)),
    data=data_strategy,
    wrap=st.sampled_from([bytes, bytearray, memoryview]),
)
def test_round_trip(codec: Compression, data: bytes, wrap: type) -> None:
    packed = compress(codec, wrap(data))
    assert isinstance(packed, bytes)
    assert decompress(codec, wrap(packed)) == data
    assert decompress(codec, packed, max(len(data), 1)) == data


@pytest.mark.parametrize(
    ("codec", "level"),
    [
        (Compression.GZIP, 1),
        (Compression.GZIP, 9),
        (Compression.LZ4, 9),
        (Compression.ZSTD, 1),
        (Compression.ZSTD, 19),
    ],
)
def test_levels(codec: Compression, level: int) -> None:
    data = b"level test " * 1000
    assert decompress(codec, compress(codec, data, level)) == data


@SETTINGS
@given(codec=st.sampled_from(COMPRESSED), data=data_strategy.filter(len))
def test_bound_is_exact(codec: Compression, data: bytes) -> None:
    """Output of exactly max_size is fine; one byte over is a bomb, for every codec."""
    packed = compress(codec, data)
    assert decompress(codec, packed, len(data)) == data
    with pytest.raises(DecompressionBombError):
        decompress(codec, packed, len(data) - 1)


@pytest.mark.parametrize(
    "size",
    [
        5_000,
        (1 << 20) + 1,
        3 << 20,
    ],
)
def test_zstd_without_content_size_bound_is_exact(size: int) -> None:
    """zstd-jni (the Java client) writes no content size: the bounded path must be exact too."""
    data = os.urandom(1000) * (size // 1000) + os.urandom(size % 1000)
    cobj = zstandard.ZstdCompressor(write_content_size=False).compressobj()
    packed = cobj.compress(data) + cobj.flush()
    assert decompress(Compression.ZSTD, packed, size) == data
    assert decompress(Compression.ZSTD, packed, 2 * size) == data
    with pytest.raises(DecompressionBombError):
        decompress(Compression.ZSTD, packed, size - 1)


def test_empty_input_data() -> None:
    for codec in Compression:
        assert decompress(codec, compress(codec, b"")) == b""


def test_default_bound() -> None:
    assert DEFAULT_MAX_DECOMPRESSED == 64 * 1024 * 1024


# ---------------------------------------------------------------- framings


def test_snappy_uses_xerial_framing_in_32k_blocks() -> None:
    data = os.urandom(100_000)
    packed = compress(Compression.SNAPPY, data)
    assert packed[:8] == XERIAL_MAGIC
    assert struct.unpack_from(">ii", packed, 8) == (1, 1)
    pos, out = 16, b""
    while pos < len(packed):
        (n,) = struct.unpack_from(">i", packed, pos)
        block = snappy.uncompress(packed[pos + 4 : pos + 4 + n])
        assert len(block) <= 32 * 1024
        out += block
        pos += 4 + n
    assert out == data


def test_lz4_frame_settings_kafka_can_read() -> None:
    """Kafka's KafkaLZ4BlockInputStream only reads independent blocks of <= 4 MiB."""
    info = lz4.frame.get_frame_info(compress(Compression.LZ4, os.urandom(200_000)))
    assert info["block_linked"] is False
    assert info["block_size"] <= 4 << 20


@pytest.mark.parametrize("codec", COMPRESSED, ids=lambda c: c.name)
def test_peers_codecs_both_ways(codec: Compression) -> None:
    """kafka-python's and aiokafka's own encoders/decoders against ours."""
    import aiokafka.codec as aio
    import kafka.codec as kp

    name = codec.name.lower()
    data = b"peer codec " * 3000 + os.urandom(300)
    for lib in (kp, aio):
        encode = getattr(lib, f"{name}_encode")
        decode = getattr(lib, f"{name}_decode")
        assert decompress(codec, encode(data)) == data, lib.__name__
        assert decode(compress(codec, data)) == data, lib.__name__
    if codec == Compression.SNAPPY:
        for lib in (kp, aio):
            raw = bytes(lib.snappy_encode(data, xerial_compatible=False))
            assert raw[:8] != XERIAL_MAGIC
            assert decompress(codec, raw) == data


def test_xerial_framing_written_by_the_java_client_shape() -> None:
    """snappy-java writes the header then [int32 length, raw block]*; blocks may be any size."""
    data = os.urandom(5000) * 30
    blocks = [data[i : i + 65536] for i in range(0, len(data), 65536)]
    framed = XERIAL_MAGIC + struct.pack(">ii", 1, 1)
    for b in blocks:
        c = snappy.compress(b)
        framed += struct.pack(">i", len(c)) + c
    assert decompress(Compression.SNAPPY, framed) == data
    assert decompress(Compression.SNAPPY, XERIAL_MAGIC + struct.pack(">ii", 1, 1)) == b""


def test_gzip_several_members() -> None:
    parts = [os.urandom(100), b"a" * 5000, b""]
    packed = b"".join(zlib.compress(p, wbits=31) for p in parts)
    assert decompress(Compression.GZIP, packed) == b"".join(parts)
    total = sum(map(len, parts))
    with pytest.raises(DecompressionBombError):
        decompress(Compression.GZIP, packed, total - 1)


# ---------------------------------------------------------------- bad data


@pytest.mark.parametrize("codec", COMPRESSED, ids=lambda c: c.name)
def test_truncated_compressed_data(codec: Compression) -> None:
    data = os.urandom(3000) + b"z" * 3000
    packed = compress(codec, data)
    for n in range(len(packed)):
        try:
            out = decompress(codec, packed[:n])
        except CorruptRecordError:
            continue
        # a cut at an xerial block boundary is a shorter but well-formed stream
        assert codec == Compression.SNAPPY and data.startswith(out), n


@pytest.mark.parametrize("codec", COMPRESSED, ids=lambda c: c.name)
@SETTINGS
@given(garbage=st.binary(max_size=200))
def test_garbage(codec: Compression, garbage: bytes) -> None:
    try:
        decompress(codec, garbage, 1 << 20)
    except CorruptRecordError:
        pass


@pytest.mark.parametrize("codec", COMPRESSED, ids=lambda c: c.name)
def test_every_flip_of_compressed_data(codec: Compression) -> None:
    packed = compress(codec, b"flip me " * 40 + os.urandom(40))
    for bit in range(len(packed) * 8):
        bad = bytearray(packed)
        bad[bit >> 3] ^= 1 << (bit & 7)
        try:
            decompress(codec, bytes(bad), 1 << 20)
        except CorruptRecordError:
            pass


def test_snappy_errors() -> None:
    with pytest.raises(CorruptRecordError):
        decompress(Compression.SNAPPY, XERIAL_MAGIC + b"\x00\x00\x00\x01")  # header cut short
    with pytest.raises(CorruptRecordError):
        decompress(Compression.SNAPPY, XERIAL_MAGIC + struct.pack(">iii", 1, 1, -5))
    with pytest.raises(CorruptRecordError):
        decompress(Compression.SNAPPY, XERIAL_MAGIC + struct.pack(">ii", 1, 1) + b"\x00\x00")
    with pytest.raises(CorruptRecordError):
        decompress(Compression.SNAPPY, b"\xff\xff\xff\xff\xff\xff")  # preamble over 5 bytes
    # a preamble that claims less than the ops produce: the decoder refuses, nothing overflows
    with pytest.raises(CorruptRecordError):
        decompress(Compression.SNAPPY, b"\x02" + b"\x00\x00" + b"\xfe\x01\x00")


def test_gzip_trailing_garbage_is_corrupt() -> None:
    with pytest.raises(CorruptRecordError):
        decompress(Compression.GZIP, zlib.compress(b"abc", wbits=31) + b"\x00junk")


def test_unknown_codecs() -> None:
    for bad in (5, 7, -1, "brotli", "gzip2"):
        with pytest.raises(UnsupportedCompressionError):
            Compression.parse(bad)
    assert Compression.parse(None) == Compression.NONE
    assert Compression.parse("Zstd") == Compression.ZSTD
    with pytest.raises(UnsupportedCompressionError):
        compress(7, b"x")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedCompressionError):
        decompress(7, b"x")  # type: ignore[arg-type]


# ---------------------------------------------------------------- zstd frames after the first

# Kafka's reader (zstd-jni) and kafka-python decode every frame and call trailing garbage corrupt.


@pytest.mark.parametrize("content_size", [True, False])
def test_zstd_reads_every_frame(content_size: bool) -> None:
    c = zstandard.ZstdCompressor(write_content_size=content_size)
    assert decompress(Compression.ZSTD, c.compress(b"first ") + c.compress(b"second")) == (
        b"first second"
    )


def test_zstd_batch_in_two_frames() -> None:
    """The batch-level consequence: a batch kafka-python reads whole is refused as corrupt."""
    body = b"".join(encode_record(i, 0, None, b"frame %d" % i) for i in range(4))
    c = zstandard.ZstdCompressor()
    half = len(encode_record(0, 0, None, b"frame 0")) * 2
    data = c.compress(body[:half]) + c.compress(body[half:])
    buf = bytes(frame_batch(data, 4, attributes=Compression.ZSTD))
    assert [r.value for r in READERS["kafka-python"](buf).records] == [
        b"frame %d" % i for i in range(4)
    ]
    assert [r.value for r in RecordBatch.at(buf).records()] == [b"frame %d" % i for i in range(4)]


def test_zstd_trailing_garbage_is_corrupt() -> None:
    packed = zstandard.ZstdCompressor().compress(b"payload")
    with pytest.raises(CorruptRecordError):
        decompress(Compression.ZSTD, packed + b"\x00 trailing garbage")
