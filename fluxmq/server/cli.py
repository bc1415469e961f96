"""`fluxmq-server` entry point.

The broker itself is issue 5; until it lands this parses the documented options and says so
plainly instead of pretending to serve.
"""

from __future__ import annotations

import argparse
import os
import sys


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="fluxmq-server", description="FluxMQ Kafka-compatible broker")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=9092)
    ap.add_argument("--data-dir", default=os.environ.get("FLUXMQ_DATA_DIR", "./data"))
    ap.add_argument("--broker-id", type=int, default=0)
    ap.add_argument("--log-level", default="INFO")
    ap.add_argument("--config", help="server.properties file")
    ap.add_argument("--dev", action="store_true", help="throwaway zero-flag start")
    return ap


def main(argv: list[str] | None = None) -> int:
    build_parser().parse_args(argv)
    print(
        "fluxmq-server: the broker is not built yet (tracked as issue 5); "
        "only the protocol layer exists so far",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
