"""`fluxmq`: command-line tools around the protocol layer."""

from __future__ import annotations

import argparse
import sys

from fluxmq.protocol import messages


def _protocol(args: argparse.Namespace) -> int:
    print(f"Kafka {messages.KAFKA_VERSION} protocol, as generated for FluxMQ")
    print(f"{'key':>4}  {'api':<34} {'versions':<9} {'flexible':<8} listeners")
    for spec in messages.APIS.values():
        if args.api and args.api.lower() not in spec.name.lower():
            continue
        flex = "none" if spec.flexible_min is None else f"{spec.flexible_min}+"
        print(
            f"{spec.key:>4}  {spec.name:<34} {spec.min_version}-{spec.max_version:<7} "
            f"{flex:<8} {','.join(spec.listeners)}"
        )
    return 0


def _errors(args: argparse.Namespace) -> int:
    from fluxmq.protocol.messages.error_codes import ErrorCode

    for code in ErrorCode:
        print(f"{code.value:>4}  {code.name:<45} {'retriable' if code.retriable else ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="fluxmq", description="FluxMQ tools")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("protocol", help="list the Kafka APIs and versions FluxMQ encodes")
    p.add_argument("--api", help="only APIs whose name contains this")
    p.set_defaults(func=_protocol)
    e = sub.add_parser("errors", help="list Kafka's error codes")
    e.set_defaults(func=_errors)
    args = ap.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
