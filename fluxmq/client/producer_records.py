"""The producer's batch encoder: `build_batch` for the general case, plus straight loops for
the shapes a producer sends most (no headers; keys or not; timestamps a few ms apart).

With the C record encoder built, `build_batch` takes every shape. Without it,
`fluxmq.protocol.records.builder.build_batch` has one fast loop (no keys, no headers, one
timestamp); a producer's records usually carry their own clock reading, so their timestamps
differ by a few milliseconds and would take its general path (about 5x slower). The loops
here cover that case with table lookups only. `restamp` rewrites the producer id, epoch and
base sequence of a built batch (after an epoch bump) and recomputes its CRC.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

from crc32c import crc32c

from ..protocol.primitives import Buffer
from ..protocol.records.builder import _c_encode, build_batch, varint
from ..protocol.records.compression import Compression, compress

__all__ = ["encode_batch", "restamp"]

_TABLE: Final = 1 << 14
_V: Final = tuple(varint(i) for i in range(_TABLE))
_L: Final = tuple(len(v) for v in _V)
_PREFIX: Final = struct.Struct(">qiibI")
_AFTER_CRC: Final = struct.Struct(">hiqqqhii")
_PRODUCER: Final = struct.Struct(">qhi")  # producer id, epoch, base sequence at offset 43


def encode_batch(
    values: Sequence[Buffer | None],
    keys: Sequence[Buffer | None] | None,
    headers: Sequence[Sequence[tuple[str, Buffer | None]] | None] | None,
    timestamps: Sequence[int],
    *,
    compression: Compression,
    compression_level: int | None,
    producer_id: int,
    producer_epoch: int,
    base_sequence: int,
) -> bytes:
    """One record batch (magic 2). `keys`/`headers` may be None for "none at all"."""
    n = len(values)
    base_ts = timestamps[0]
    lo = min(timestamps)
    hi = max(timestamps)
    if (
        _c_encode is not None  # the C record encoder beats the loops below on every shape
        or headers is not None
        or n >= _TABLE
        or lo < base_ts
        or hi - base_ts >= _TABLE
    ):
        return build_batch(
            values,
            keys,
            headers,
            timestamps,
            compression=compression,
            compression_level=compression_level,
            producer_id=producer_id,
            producer_epoch=producer_epoch,
            base_sequence=base_sequence,
        )
    if lo == hi and keys is None:  # the builder's own fast loop
        return build_batch(
            values,
            None,
            None,
            base_ts,
            compression=compression,
            compression_level=compression_level,
            producer_id=producer_id,
            producer_epoch=producer_epoch,
            base_sequence=base_sequence,
        )
    V = _V
    L = _L
    T = _TABLE
    parts: list[Buffer] = []
    ext = parts.extend
    if keys is None:
        for i in range(n):
            v = values[i]
            d = timestamps[i] - base_ts
            if v is None:
                ext((V[4 + L[d] + L[i]], b"\x00", V[d], V[i], b"\x01\x01\x00"))
                continue
            lv = len(v)
            vl = V[lv] if lv < T else varint(lv)
            ln = 3 + L[d] + L[i] + len(vl) + lv
            ext((V[ln] if ln < T else varint(ln), b"\x00", V[d], V[i], b"\x01", vl, v, b"\x00"))
    else:
        for i in range(n):
            v = values[i]
            k = keys[i]
            d = timestamps[i] - base_ts
            if k is None:
                kl: bytes = b"\x01"
                k = b""
            else:
                lk = len(k)
                kl = V[lk] if lk < T else varint(lk)
            if v is None:
                vl = b"\x01"
                v = b""
            else:
                lv = len(v)
                vl = V[lv] if lv < T else varint(lv)
            ln = 2 + L[d] + L[i] + len(kl) + len(k) + len(vl) + len(v)
            ext((V[ln] if ln < T else varint(ln), b"\x00", V[d], V[i], kl, k, vl, v, b"\x00"))
    body: Buffer = b"".join(parts)
    if compression != Compression.NONE:
        body = compress(compression, body, compression_level)
    after = _AFTER_CRC.pack(
        compression, n - 1, base_ts, hi, producer_id, producer_epoch, base_sequence, n
    )
    crc = crc32c(body, crc32c(after))
    return b"".join((_PREFIX.pack(0, 49 + len(body), -1, 2, crc), after, body))


def restamp(batch: bytes, producer_id: int, producer_epoch: int, base_sequence: int) -> bytes:
    """`batch` with new producer id, epoch and base sequence (and so a new CRC)."""
    out = bytearray(batch)
    _PRODUCER.pack_into(out, 43, producer_id, producer_epoch, base_sequence)
    struct.pack_into(">I", out, 17, crc32c(memoryview(out)[21:]))
    return bytes(out)
