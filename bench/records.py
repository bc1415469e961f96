"""Record batches: build and parse 1,000 x 100-byte records, FluxMQ vs kafka-python vs aiokafka.

aiokafka's builder and reader are its C-accelerated `_crecords` (what aiokafka uses when the
extension is built, as it is from its wheels). Every builder gets the same values, null keys,
no headers and one timestamp; every reader parses the same batch (built by FluxMQ) and touches
each record's offset, timestamp, key and value.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from aiokafka.record import default_records as aio
from kafka.record.default_records import DefaultRecordBatch as KpBatch
from kafka.record.default_records import DefaultRecordBatchBuilder as KpBuilder

from fluxmq.protocol.records import BatchBuilder, Compression, RecordBatch, build_batch

from . import Config, Report, fmt_time, markdown_table, measure_many, package_version, text_table

DESCRIPTION = "Record batches: build and parse, FluxMQ vs kafka-python vs aiokafka (C)"

N = 1000
SIZE = 100
TS = 1_700_000_000_000
CODECS = [Compression.NONE, Compression.LZ4, Compression.ZSTD, Compression.SNAPPY]
BUILD_TARGET = 1_000_000  # records/s, uncompressed, one core


def _values() -> list[bytes]:
    # Compressible like ProducerPerformance's payloads: random letters A-Z.
    raw = os.urandom(N * SIZE)
    return [bytes(65 + b % 26 for b in raw[i * SIZE : (i + 1) * SIZE]) for i in range(N)]


def _peer_build(cls: Any, codec: int, values: list[bytes]) -> Callable[[], object]:
    def build() -> object:
        b = cls(2, codec, 0, -1, -1, -1, 10 * 1024 * 1024)
        for i, v in enumerate(values):
            b.append(i, timestamp=TS, key=None, value=v, headers=[])
        return b.build()

    return build


def _flux_bulk(codec: Compression, values: list[bytes]) -> Callable[[], object]:
    return lambda: build_batch(values, timestamps=TS, compression=codec)


def _flux_append(codec: Compression, values: list[bytes]) -> Callable[[], object]:
    def build() -> object:
        b = BatchBuilder(compression=codec)
        for v in values:
            b.append(v, timestamp=TS)
        return b.build()

    return build


def _parse(reader: Callable[[bytes], Any], data: bytes) -> Callable[[], object]:
    def parse() -> object:
        n = 0
        for r in reader(data):
            n += r.offset + r.timestamp + len(r.value) + (0 if r.key is None else 1)
        return n

    return parse


def _check(data: bytes, values: list[bytes]) -> list[str]:
    problems = []
    for name, reader in (
        ("fluxmq", lambda d: RecordBatch.at(d).records()),
        ("kafka-python", KpBatch),
        ("aiokafka", aio.DefaultRecordBatch),
    ):
        got = [bytes(r.value) for r in reader(data)]
        if got != values:
            problems.append(f"{name} read different values")
    return problems


def run(config: Config) -> Report:
    values = _values()
    rows: list[list[str]] = []
    checks: list[str] = []
    ok = True
    for codec in CODECS:
        label = codec.name.lower()
        if config.cases and not any(c in label for c in config.cases):
            continue
        flux_bytes = build_batch(values, timestamps=TS, compression=codec)
        # every peer's batch must read back equal with ours (and ours with theirs)
        for name, fn in (
            ("kafka-python", _peer_build(KpBuilder, codec, values)),
            ("aiokafka", _peer_build(aio.DefaultRecordBatchBuilder, codec, values)),
        ):
            peer = bytes(fn())  # type: ignore[call-overload]
            if [r.value for r in RecordBatch.at(peer).records()] != values:
                checks.append(f"{label}: FluxMQ misread {name}'s batch")
                ok = False
        problems = _check(flux_bytes, values)
        checks += [f"{label}: {p}" for p in problems]
        ok = ok and not problems
        build = measure_many(
            {
                "fluxmq-bulk": _flux_bulk(codec, values),
                "fluxmq-append": _flux_append(codec, values),
                "kafka-python": _peer_build(KpBuilder, codec, values),
                "aiokafka": _peer_build(aio.DefaultRecordBatchBuilder, codec, values),
            },
            config,
        )
        parse = measure_many(
            {
                "fluxmq": _parse(lambda d: RecordBatch.at(d).records(), flux_bytes),
                "kafka-python": _parse(KpBatch, flux_bytes),
                "aiokafka": _parse(aio.DefaultRecordBatch, flux_bytes),
            },
            config,
        )

        def rate(t: Any) -> str:
            return f"{N / t.best / 1e6:.2f} M/s"

        for op, res, ours in (
            ("build (build_batch)", build, "fluxmq-bulk"),
            ("build (append)", build, "fluxmq-append"),
            ("parse", parse, "fluxmq"),
        ):
            f = res[ours]
            kp = res["kafka-python"]
            ak = res["aiokafka"]
            rows.append(
                [
                    label,
                    op,
                    rate(f),
                    rate(kp),
                    rate(ak),
                    f"{kp.best / f.best:.2f}×",
                    f"{ak.best / f.best:.2f}×",
                ]
            )
    header = [
        "codec",
        "op",
        "FluxMQ",
        "kafka-python",
        "aiokafka (C)",
        "vs kafka-python",
        "vs aiokafka",
    ]
    uncompressed = [r for r in rows if r[0] == "none" and r[1].startswith("build")]
    notes = [
        f"- {N} records of {SIZE} bytes per batch (letters A-Z), null keys, no headers, one timestamp.",
        "- records/s per core (best run); ratio = peer time ÷ FluxMQ time (above 1: FluxMQ faster).",
        "- build (build_batch): FluxMQ's bulk API; build (append): one `BatchBuilder.append` per "
        "record, like the peers' per-record `append`.",
        f"- Peers: kafka-python {package_version('kafka-python')}, aiokafka "
        f"{package_version('aiokafka')} (C builder and reader).",
        f"- Target: build ≥ {BUILD_TARGET:,} records/s uncompressed; ≥ 2× kafka-python; "
        "aiokafka ratio reported (goal ≥ 1.0).",
    ]
    if uncompressed:
        notes.append(
            "- uncompressed build: "
            + "; ".join(
                f"{r[1]} {r[2]} ({r[5]} kafka-python, {r[6]} aiokafka)" for r in uncompressed
            )
        )
    notes += [f"- check: {c}" for c in checks] or [
        "- checks: every reader reads every builder's batch back equal"
    ]
    md = markdown_table(header, rows, "llrrrrr") + "\n\n" + "\n".join(notes) + "\n"
    text = text_table(header, rows, "llrrrrr") + "\n" + "\n".join(notes)
    _ = fmt_time
    return Report(text=text, markdown=md, ok=ok)
