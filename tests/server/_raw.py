"""A blocking raw-socket Kafka client over FluxMQ's own sans-IO protocol package.

Used where a real client would hide what the broker did: bad input, exact error codes, and an
independent read of what is stored (every batch, with its compression codec).
"""

from __future__ import annotations

import socket
import struct
import time
from dataclasses import dataclass

from fluxmq.protocol.connection import ClientConnection, FrameReader
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.create_topics_request import (
    CreatableTopic,
    CreatableTopicConfig,
    CreateTopicsRequest,
)
from fluxmq.protocol.messages.fetch_request import FetchPartition, FetchRequest, FetchTopic
from fluxmq.protocol.messages.list_offsets_request import (
    ListOffsetsPartition,
    ListOffsetsRequest,
    ListOffsetsTopic,
)
from fluxmq.protocol.messages.metadata_request import MetadataRequest, MetadataRequestTopic
from fluxmq.protocol.messages.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from fluxmq.protocol.records import iter_batches

from ._records import Rec

LATEST = -1
EARLIEST = -2


class ConnectionClosed(Exception):
    """The broker closed the connection."""


def frame(body: bytes) -> bytes:
    return struct.pack(">i", len(body)) + body


def request_header(
    api_key: int, version: int, correlation_id: int, client_id: str = "raw"
) -> bytes:
    """A v1 request header (int16 key, int16 version, int32 correlation id, nullable string)."""
    cid = client_id.encode()
    return struct.pack(">hhih", api_key, version, correlation_id, len(cid)) + cid


class RawClient:
    """One blocking connection: typed requests through ClientConnection, or raw bytes."""

    def __init__(self, host: str, port: int, timeout: float = 15.0) -> None:
        self.addr = (host, port)
        self.timeout = timeout
        self.sock = socket.create_connection(self.addr, timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.conn = ClientConnection("fluxmq-tests")

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> RawClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ typed requests

    def request(self, msg: Message, version: int, timeout: float | None = None) -> Message:
        corr = self.conn.send(msg, version)
        self.sock.sendall(self.conn.data_to_send())
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no response to {msg.NAME} v{version}")
            self.sock.settimeout(left)
            data = self.sock.recv(1 << 20)
            if not data:
                raise ConnectionClosed(f"closed while waiting for {msg.NAME} v{version}")
            for resp in self.conn.receive_data(data):
                if resp.correlation_id == corr:
                    return resp.body

    def send_only(self, msg: Message, version: int) -> None:
        """Send a request that gets no response (Produce with acks=0)."""
        self.conn.send(msg, version, expect_response=False)
        self.sock.sendall(self.conn.data_to_send())

    # ------------------------------------------------------------ raw bytes

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read_frame(self, timeout: float | None = None) -> bytes:
        """The next response frame (without its size prefix); ConnectionClosed on EOF."""
        reader = getattr(self, "_raw_reader", None)
        if reader is None:
            reader = self._raw_reader = FrameReader()
            self._raw_frames: list[bytes] = []
        deadline = time.monotonic() + (timeout or self.timeout)
        while not self._raw_frames:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no response frame")
            self.sock.settimeout(left)
            data = self.sock.recv(1 << 20)
            if not data:
                raise ConnectionClosed("closed by the broker")
            self._raw_frames.extend(bytes(f) for f in reader.feed(data))
        return self._raw_frames.pop(0)

    def wait_closed(self, timeout: float = 10.0) -> bool:
        """True when the broker closes the connection within `timeout` (data read is dropped)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(1 << 16)
            except TimeoutError:
                return False
            except (ConnectionResetError, BrokenPipeError):
                return True
            if not data:
                return True


# ---------------------------------------------------------------- helpers


def answers_api_versions(sock: socket.socket) -> bool:
    """True if the broker answers an ApiVersions request on the plain socket `sock`."""
    conn = ClientConnection("fluxmq-tests")
    conn.send(ApiVersionsRequest(client_software_name="t", client_software_version="1"), 3)
    try:
        sock.sendall(conn.data_to_send())
        sock.settimeout(5)
        while True:
            data = sock.recv(65536)
            if not data:
                return False
            if conn.receive_data(data):
                return True
    except OSError:
        return False


def closed_by_peer(sock: socket.socket, within: float) -> bool:
    """True if the broker closes `sock` (sending nothing first) within `within` seconds."""
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


def api_versions(c: RawClient, version: int = 3) -> Message:
    return c.request(
        ApiVersionsRequest(client_software_name="fluxmq-tests", client_software_version="1"),
        version,
    )


def create_topic(
    c: RawClient, name: str, partitions: int = 1, configs: dict[str, str] | None = None
) -> int:
    """CreateTopics v7; returns the error code."""
    req = CreateTopicsRequest(
        topics=[
            CreatableTopic(
                name=name,
                num_partitions=partitions,
                replication_factor=1,
                configs=[CreatableTopicConfig(k, v) for k, v in (configs or {}).items()],
            )
        ],
        timeout_ms=10_000,
    )
    resp = c.request(req, 7)
    return int(resp.topics[0].error_code)  # type: ignore[attr-defined]


def metadata(c: RawClient, topics: list[str] | None, auto_create: bool = False) -> Message:
    req = MetadataRequest(
        topics=None if topics is None else [MetadataRequestTopic(name=t) for t in topics],
        allow_auto_topic_creation=auto_create,
    )
    return c.request(req, 12)


def produce(
    c: RawClient,
    topic: str,
    partition: int,
    records: bytes | None,
    *,
    acks: int = -1,
    version: int = 9,
) -> Message:
    """One partition's Produce; returns its PartitionProduceResponse."""
    req = ProduceRequest(
        acks=acks,
        timeout_ms=10_000,
        topic_data=[
            TopicProduceData(name=topic, partition_data=[PartitionProduceData(partition, records)])
        ],
    )
    resp = c.request(req, version)
    return resp.responses[0].partition_responses[0]  # type: ignore[attr-defined]


def list_offset(
    c: RawClient, topic: str, partition: int, timestamp: int = LATEST
) -> tuple[int, int]:
    """(error code, offset) from ListOffsets v7."""
    req = ListOffsetsRequest(
        replica_id=-1,
        topics=[
            ListOffsetsTopic(
                name=topic,
                partitions=[ListOffsetsPartition(partition_index=partition, timestamp=timestamp)],
            )
        ],
    )
    resp = c.request(req, 7)
    p = resp.topics[0].partitions[0]  # type: ignore[attr-defined]
    return int(p.error_code), int(p.offset)


@dataclass
class StoredBatch:
    partition: int
    base_offset: int
    count: int
    codec: int
    producer_id: int
    base_sequence: int
    records_data: bytes = b""  # the (decompressed) records section


def fetch_all(
    c: RawClient, topic: str, partitions: int, *, max_rounds: int = 10_000
) -> tuple[list[Rec], list[StoredBatch]]:
    """Every record (and batch) of `topic` from offset 0 to the high watermark, via Fetch v12."""
    recs: list[Rec] = []
    batches: list[StoredBatch] = []
    for p in range(partitions):
        offset = 0
        for _ in range(max_rounds):
            req = FetchRequest(
                replica_id=-1,
                max_wait_ms=0,
                min_bytes=0,
                max_bytes=8 << 20,
                topics=[
                    FetchTopic(
                        topic=topic,
                        partitions=[
                            FetchPartition(
                                partition=p, fetch_offset=offset, partition_max_bytes=4 << 20
                            )
                        ],
                    )
                ],
            )
            resp = c.request(req, 12)
            pd = resp.responses[0].partitions[0]  # type: ignore[attr-defined]
            if pd.error_code:
                raise AssertionError(f"fetch {topic}-{p}@{offset}: error {pd.error_code}")
            got = False
            for b in iter_batches(pd.records or b""):
                if b.last_offset < offset:
                    continue
                got = True
                batches.append(
                    StoredBatch(
                        p,
                        b.base_offset,
                        b.record_count,
                        int(b.compression),
                        b.producer_id,
                        b.base_sequence,
                        b.records_data(),
                    )
                )
                for r in b.records():
                    if r.offset < offset:
                        continue
                    recs.append(
                        Rec(
                            p,
                            r.offset,
                            r.timestamp,
                            None if r.key is None else bytes(r.key),
                            None if r.value is None else bytes(r.value),
                            tuple((k, None if v is None else bytes(v)) for k, v in r.headers),
                            "LogAppendTime" if int(b.timestamp_type) == 1 else "CreateTime",
                        )
                    )
                offset = b.next_offset
            if offset >= pd.high_watermark:
                break
            if not got:
                raise AssertionError(f"fetch {topic}-{p}@{offset} returned no batch below the HW")
    return recs, batches
