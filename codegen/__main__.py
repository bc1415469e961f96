"""`python -m codegen`: regenerate fluxmq/protocol/messages/ from schemas/json/."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .generate import Options, generate
from .spec import SpecError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    ap.add_argument("--json-dir", type=Path, default=ROOT / "schemas" / "json")
    ap.add_argument("--out", type=Path, default=ROOT / "fluxmq" / "protocol" / "messages")
    ap.add_argument(
        "--include-unstable", action="store_true", help="emit latestVersionUnstable versions"
    )
    ap.add_argument("--all-listeners", action="store_true", help="emit controller-only APIs too")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if not (args.json_dir / "_version").exists():
        print(f"codegen: no schemas in {args.json_dir}; run `make schemas` first", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    try:
        n = generate(
            args.json_dir, args.out, Options(args.include_unstable, args.all_listeners), args.jobs
        )
    except SpecError as e:
        print(f"codegen: {e}", file=sys.stderr)
        return 1
    print(f"codegen: {n} messages -> {args.out} in {time.monotonic() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
