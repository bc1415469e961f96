"""`fluxmq-server`: the broker daemon.

Settings: defaults < `--config` server.properties < FLUXMQ_* environment < flags. Prints one
"ready" line with the bootstrap address. SIGTERM/SIGINT: stop accepting, finish the requests in
flight, flush, exit 0; a second signal exits at once.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import shutil
import signal
import sys
import tempfile

import anyio

from ..storage import ConfigError
from .broker import Broker
from .config import ServerConfig
from .network import Server

log = logging.getLogger("fluxmq.server")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="fluxmq-server", description="FluxMQ Kafka-compatible broker")
    ap.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    ap.add_argument("--port", type=int, help="port to listen on (default 9092)")
    ap.add_argument("--data-dir", help="data directory (default ./data or FLUXMQ_DATA_DIR)")
    ap.add_argument("--broker-id", type=int, help="node id (default 0)")
    ap.add_argument("--log-level", help="DEBUG, INFO, WARNING, ERROR (default INFO)")
    groups = ap.add_mutually_exclusive_group()
    groups.add_argument(
        "--enable-consumer-groups", dest="groups", action="store_true", default=None
    )
    groups.add_argument("--disable-consumer-groups", dest="groups", action="store_false")
    ap.add_argument(
        "--recovery-mode",
        choices=["auto", "full"],
        help="recovery always runs on start; 'full' also rescans segments before the checkpoint",
    )
    ap.add_argument("--config", help="server.properties file (Kafka key names)")
    ap.add_argument("--dev", action="store_true", help="throwaway start: temporary data directory")
    return ap


def _backend_options() -> dict[str, object]:
    # uvloop's C event loop and transports take about a tenth off the broker's CPU per
    # request; asyncio's own loop is used where it is not installed (it is optional there).
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return {}
    return {"use_uvloop": True}


def make_config(args: argparse.Namespace) -> ServerConfig:
    flags = {
        "host": args.host,
        "port": args.port,
        "data_dir": args.data_dir,
        "broker_id": args.broker_id,
        "log_level": args.log_level,
        "enable_consumer_groups": args.groups,
        "recovery_mode": args.recovery_mode,
    }
    return ServerConfig.from_sources(file=args.config, flags=flags)


async def serve(config: ServerConfig) -> int:
    broker = Broker(config)
    server = Server(broker)
    exit_code = 0
    try:
        async with anyio.create_task_group() as tg:
            port = await tg.start(server.serve)
            tg.start_soon(broker.run)
            # Everything loaded so far (the generated protocol classes, the catalogue, group
            # state) lives as long as the process: keep it out of the cyclic collector, whose
            # full passes over it stalled the loop for 15-30 ms (a p99.9 produce latency).
            gc.collect()
            gc.freeze()
            host, adv_port = broker.config.advertised
            print(
                f"fluxmq-server ready: bootstrap {host}:{adv_port} "
                f"(listening on {config.host}:{port}, data {os.path.abspath(config.data_dir)}, "
                f"cluster {broker.cluster_id})",
                flush=True,
            )
            with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
                async for signum in signals:
                    log.info("%s: stopping", signal.Signals(signum).name)
                    break

            # First signal: finish in-flight requests (a second signal exits at once).
            def hard_exit(*_: object) -> None:
                os._exit(1)

            signal.signal(signal.SIGTERM, hard_exit)
            signal.signal(signal.SIGINT, hard_exit)
            await server.drain(timeout=10)
            tg.cancel_scope.cancel()
    finally:
        broker.close()
    log.info("stopped cleanly")
    return exit_code


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    tmp = None
    try:
        config = make_config(args)
        if args.dev:
            tmp = tempfile.mkdtemp(prefix="fluxmq-dev-")
            from dataclasses import replace

            config = replace(config, data_dir=tmp)
    except (ConfigError, OSError, ValueError) as e:
        print(f"fluxmq-server: {e}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=getattr(logging, config.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return anyio.run(serve, config, backend_options=_backend_options())
    except ConfigError as e:
        print(f"fluxmq-server: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"fluxmq-server: cannot start: {e}", file=sys.stderr)
        return 1
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
