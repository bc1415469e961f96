"""Kafka's text checkpoint files: version line, count line, then `topic partition offset` lines."""

from __future__ import annotations

import logging
import os

from .fileio import REAL_IO, FileIO

__all__ = ["read_checkpoint", "write_checkpoint"]

log = logging.getLogger(__name__)
_VERSION = 0


def write_checkpoint(path: str, entries: dict[tuple[str, int], int], io: FileIO = REAL_IO) -> None:
    lines = [str(_VERSION), str(len(entries))]
    lines += [f"{t} {p} {o}" for (t, p), o in sorted(entries.items())]
    io.write_file_atomic(path, ("\n".join(lines) + "\n").encode())


def read_checkpoint(path: str) -> dict[tuple[str, int], int]:
    """Entries of a checkpoint; a missing or malformed file reads as empty (and is logged)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        return {}
    try:
        lines = raw.decode("utf-8").splitlines()
        if int(lines[0]) != _VERSION:
            raise ValueError(f"unknown version {lines[0]}")
        count = int(lines[1])
        out: dict[tuple[str, int], int] = {}
        for line in lines[2 : 2 + count]:
            topic, partition, offset = line.rsplit(" ", 2)
            out[(topic, int(partition))] = int(offset)
        if len(out) != count:
            raise ValueError(f"{count} entries declared, {len(out)} found")
        return out
    except (ValueError, IndexError) as e:
        log.warning("ignoring malformed checkpoint %s: %s", os.path.basename(path), e)
        return {}
