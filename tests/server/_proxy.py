"""A loopback TCP proxy that cuts its connections every N KB, for idempotent-producer tests.

It forwards client <-> broker bytes and follows the Kafka framing of the client's stream, so
it can cut a connection in three ways, in turn:

- mid-request: the broker gets a partial frame (and must drop it);
- lost response: a whole request reaches the broker, its response is swallowed and the
  connection closed (the broker appended; the client must retry without duplicating);
- mid-response: the response is cut part-way.

Runs its own asyncio loop in a thread; bounded by construction (one listener, loopback only).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field


@dataclass
class ProxyStats:
    connections: int = 0
    # (topic name or, from Produce v13, topic id, partition, producer id, base sequence) of each
    # batch in a Produce request that reached the broker whole but whose response was
    # swallowed: the client must retry them.
    lost_batches: list[tuple[str, int, int, int]] = field(default_factory=list)
    cuts: dict[str, int] = field(
        default_factory=lambda: {"mid-request": 0, "lost-response": 0, "mid-response": 0}
    )
    bytes_up: int = 0
    bytes_down: int = 0


def _produce_batches(frame: bytes) -> list[tuple[str, int, int, int]]:
    """The batches of a Produce request frame (size prefix included); [] for other APIs."""
    from fluxmq.protocol.connection import BrokerConnection, ReceivedRequest
    from fluxmq.protocol.records import RecordBatch

    if len(frame) < 6 or struct.unpack_from(">h", frame, 4)[0] != 0:
        return []
    out = []
    for ev in BrokerConnection().receive_data(frame):
        if isinstance(ev, ReceivedRequest):
            for td in ev.body.topic_data:  # type: ignore[attr-defined]
                for pd in td.partition_data:
                    b = RecordBatch.at(pd.records)
                    name = td.name or str(td.topic_id)
                    out.append((name, pd.index, b.producer_id, b.base_sequence))
    return out


class CuttingProxy:
    MODES = ("mid-request", "lost-response", "mid-response")

    def __init__(self, target: tuple[str, int], cut_every_kb: int = 64, max_cuts: int = 200):
        self.target = target
        self.cut_every = cut_every_kb * 1024
        self.max_cuts = max_cuts
        self.stats = ProxyStats()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._cut_no = 0
        self.enabled = True
        # Bind now, so the port is known before the broker starts (it advertises the proxy).
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]

    @property
    def total_cuts(self) -> int:
        return sum(self.stats.cuts.values())

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="cutting-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._handle, sock=self._sock))
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            for task in asyncio.all_tasks(loop):
                task.cancel()
            with contextlib.suppress(Exception):
                loop.run_until_complete(asyncio.sleep(0.1))
            loop.close()

    def _next_mode(self) -> str | None:
        if not self.enabled or self.total_cuts >= self.max_cuts:
            return None
        mode = self.MODES[self._cut_no % len(self.MODES)]
        self._cut_no += 1
        return mode

    async def _handle(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        try:
            breader, bwriter = await asyncio.open_connection(*self.target)
        except OSError:
            cwriter.close()
            return
        state = {"up": 0, "mode": None, "armed_at": None}
        done = asyncio.Event()

        def abort() -> None:
            for w in (cwriter, bwriter):
                with contextlib.suppress(Exception):
                    sock = w.get_extra_info("socket")
                    if sock is not None:
                        # RST rather than FIN: what a dropped network link looks like.
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    w.close()
            done.set()

        async def upstream() -> None:
            buf = b""
            while not done.is_set():
                data = await creader.read(65536)
                if not data:
                    break
                buf += data
                # Forward whole frames one at a time; decide on cuts at frame boundaries.
                while len(buf) >= 4:
                    (size,) = struct.unpack_from(">i", buf)
                    if size < 0 or len(buf) < 4 + size:
                        break
                    frame, buf = buf[: 4 + size], buf[4 + size :]
                    if state["mode"] is None and state["up"] + len(frame) > self.cut_every:
                        state["mode"] = self._next_mode()
                        state["up"] = 0
                        if state["mode"] == "mid-request":
                            cut = max(1, len(frame) // 2)
                            bwriter.write(frame[:cut])
                            await bwriter.drain()
                            self.stats.bytes_up += cut
                            self.stats.cuts["mid-request"] += 1
                            await asyncio.sleep(0.05)
                            abort()
                            return
                    state["up"] += len(frame)
                    bwriter.write(frame)
                    await bwriter.drain()
                    self.stats.bytes_up += len(frame)
                    if state["mode"] == "lost-response":
                        self.stats.lost_batches.extend(_produce_batches(frame))
                    if state["mode"] in ("lost-response", "mid-response"):
                        # This request went through whole; its response is what gets cut.
                        state["armed_at"] = self.stats.bytes_down
                        return
            bwriter.close()

        async def downstream() -> None:
            while not done.is_set():
                data = await breader.read(65536)
                if not data:
                    break
                mode = state["mode"]
                if mode == "lost-response" and state["armed_at"] is not None:
                    self.stats.cuts["lost-response"] += 1
                    abort()
                    return
                if mode == "mid-response" and state["armed_at"] is not None:
                    half = data[: max(1, len(data) // 2)] if len(data) > 1 else b""
                    cwriter.write(half)
                    with contextlib.suppress(Exception):
                        await cwriter.drain()
                    self.stats.bytes_down += len(half)
                    self.stats.cuts["mid-response"] += 1
                    abort()
                    return
                cwriter.write(data)
                await cwriter.drain()
                self.stats.bytes_down += len(data)
            cwriter.close()

        up = asyncio.ensure_future(upstream())
        down = asyncio.ensure_future(downstream())
        try:
            await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
            # After a cut, or when one side closed: close both sides.
            if not done.is_set():
                await asyncio.wait({up, down}, timeout=0.5)
                abort()
        except Exception:
            abort()
        finally:
            for t in (up, down):
                t.cancel()
            for w in (cwriter, bwriter):
                with contextlib.suppress(Exception):
                    w.close()
