"""Sans-IO Kafka connections: bytes in, decoded messages out, framed bytes to send.

`ClientConnection` is the client side: it frames requests, assigns correlation ids and decodes
responses by remembering the API and version of each request in flight. `BrokerConnection` is the
broker side: it decodes request frames into events and frames responses, in request order.
Neither touches a socket; callers feed `receive_data()` and write out `data_to_send()`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Final

from . import messages
from .errors import DecodeError, FrameTooLargeError, ProtocolError, UnsupportedVersionError
from .message import Message
from .messages.request_header import RequestHeader
from .messages.response_header import ResponseHeader
from .primitives import INT16, INT32, Buffer

__all__ = [
    "DEFAULT_MAX_FRAME_SIZE",
    "BrokerConnection",
    "ClientConnection",
    "FrameReader",
    "MalformedRequest",
    "ReceivedRequest",
    "Response",
    "UnsupportedRequest",
]

DEFAULT_MAX_FRAME_SIZE: Final = 100 * 1024 * 1024  # Kafka's socket.request.max.bytes
_API_VERSIONS: Final = 18
_PRODUCE: Final = 0


class FrameReader:
    """Splits a byte stream into size-prefixed frames, enforcing a maximum frame size.

    With `preallocate` (for a client reading a broker it chose to trust), a frame that spans
    reads is received straight into a buffer of its announced size: one copy instead of
    append, copy out and shift. A broker keeps the default: its memory then grows only with
    the bytes a peer has really sent, not with the sizes it announces.
    """

    __slots__ = ("_big", "_buf", "_fill", "max_frame_size", "preallocate")

    def __init__(
        self, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE, *, preallocate: bool = False
    ) -> None:
        self.max_frame_size = max_frame_size
        self.preallocate = preallocate
        self._buf = bytearray()
        self._big: bytearray | None = None  # the frame being received in place
        self._fill = 0

    @property
    def buffered(self) -> int:
        return len(self._buf) + self._fill

    def _check(self, size: int) -> None:
        if size < 0 or size > self.max_frame_size:
            raise FrameTooLargeError(
                f"frame size {size} is outside 0..{self.max_frame_size}; closing the connection"
            )

    def feed(self, data: Buffer) -> list[memoryview]:
        """Whole frames completed by `data` (their bodies, without the size prefix).

        Frames that arrive whole in one immutable `bytes` chunk are returned as views of it,
        without a copy; others are copied out of the reassembly buffer.
        """
        frames: list[memoryview] = []
        big = self._big
        if big is not None:
            view = data if type(data) is memoryview else memoryview(data)
            take = min(len(big) - self._fill, len(view))
            big[self._fill : self._fill + take] = view[:take]
            self._fill += take
            if self._fill < len(big):
                return frames
            frames.append(memoryview(big))
            self._big = None
            self._fill = 0
            if take == len(view):
                return frames
            data = bytes(view[take:])
        if not self._buf and type(data) is bytes:
            view = memoryview(data)
            pos, end = 0, len(view)
            while end - pos >= 4:
                (size,) = INT32.unpack_from(view, pos)
                self._check(size)
                if end - pos - 4 < size:
                    break
                frames.append(view[pos + 4 : pos + 4 + size])
                pos += 4 + size
            if pos < end:
                self._keep(view[pos:])
            return frames
        buf = self._buf
        buf += data
        pos, end = 0, len(buf)
        while end - pos >= 4:
            (size,) = INT32.unpack_from(buf, pos)
            self._check(size)
            if end - pos - 4 < size:
                break
            frames.append(memoryview(bytes(buf[pos + 4 : pos + 4 + size])))
            pos += 4 + size
        if self.preallocate and end - pos >= 4:
            rest = bytes(buf[pos:])
            buf.clear()
            self._keep(memoryview(rest))
        elif pos:
            del buf[:pos]
        return frames

    def _keep(self, rest: memoryview) -> None:
        """Hold the start of an incomplete frame until the rest arrives."""
        if self.preallocate and len(rest) >= 4:
            (size,) = INT32.unpack_from(rest, 0)  # checked by the caller's loop
            big = self._big = bytearray(size)
            have = len(rest) - 4
            big[:have] = rest[4:]
            self._fill = have
        else:
            self._buf += rest


def _frame(chunks: list[Buffer]) -> list[Buffer]:
    size = 0
    for c in chunks:
        size += len(c)
    if size > 0x7FFFFFFF:
        raise ProtocolError(f"frame of {size} bytes does not fit a Kafka size prefix")
    chunks[0] = INT32.pack(size)
    return chunks


# ---------------------------------------------------------------- client side


@dataclass(frozen=True, slots=True)
class Response:
    correlation_id: int
    api_key: int
    api_version: int
    body: Message


@dataclass(slots=True)
class _InFlight:
    api_key: int
    api_version: int
    response_cls: type[Message]


class ClientConnection:
    """The client end of one Kafka connection."""

    def __init__(
        self,
        client_id: str | None = "fluxmq",
        *,
        max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
        first_correlation_id: int = 0,
    ) -> None:
        self.client_id = client_id
        self._reader = FrameReader(max_frame_size, preallocate=True)
        self._out: list[Buffer] = []
        self._next_id = first_correlation_id
        self._in_flight: dict[int, _InFlight] = {}

    @property
    def in_flight(self) -> int:
        """Requests sent whose responses have not arrived."""
        return len(self._in_flight)

    def send(self, request: Message, version: int, *, expect_response: bool | None = None) -> int:
        """Queue `request` at `version`; returns its correlation id.

        A Produce request with acks=0 gets no response, so it is not tracked (override with
        `expect_response`).
        """
        api_key = request.API_KEY
        if request.TYPE != "request" or api_key is None:
            raise ProtocolError(f"{request.NAME} is not a request")
        corr = self._next_id
        self._next_id = (corr + 1) & 0x7FFFFFFF
        header = RequestHeader(api_key, version, corr, self.client_id)
        chunks: list[Buffer] = [b""]
        header.encode_into(chunks, messages.request_header_version(api_key, version))
        request.encode_into(chunks, version)
        self._out.extend(_frame(chunks))
        if expect_response is None:
            expect_response = not (api_key == _PRODUCE and getattr(request, "acks", 1) == 0)
        if expect_response:
            self._in_flight[corr] = _InFlight(api_key, version, messages.response_class(api_key))
        return corr

    def data_to_send(self) -> bytes:
        out, self._out = self._out, []
        return b"".join(out)

    def chunks_to_send(self) -> list[Buffer]:
        """Pending output as chunks, for writev-style sends without joining."""
        out, self._out = self._out, []
        return out

    def receive_data(self, data: Buffer) -> list[Response]:
        """Decode every response that `data` completes, in arrival order."""
        return [self._response(frame) for frame in self._reader.feed(data)]

    def _response(self, frame: memoryview) -> Response:
        if len(frame) < 4:
            raise DecodeError(f"response frame of {len(frame)} bytes has no correlation id")
        (corr,) = INT32.unpack_from(frame, 0)
        pending = self._in_flight.pop(corr, None)
        if pending is None:
            raise ProtocolError(f"response with correlation id {corr} matches no request in flight")
        pos = 4
        if messages.response_header_version(pending.api_key, pending.api_version) >= 1:
            _, pos = ResponseHeader.decode_from(frame, 1, 0)
        try:
            body = pending.response_cls.decode(frame[pos:], pending.api_version)
        except DecodeError:
            if pending.api_key != _API_VERSIONS or pending.api_version == 0:
                raise
            # A broker that does not support our ApiVersions version answers with a v0 body
            # (UNSUPPORTED_VERSION and its own ranges): parse it as v0, as Kafka's client does.
            body = pending.response_cls.decode(frame[pos:], 0)
            return Response(corr, pending.api_key, 0, body)
        return Response(corr, pending.api_key, pending.api_version, body)


# ---------------------------------------------------------------- broker side


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    """A decoded request; answer it with `BrokerConnection.send_response`."""

    header: RequestHeader
    body: Message

    @property
    def api_key(self) -> int:
        return self.header.request_api_key

    @property
    def api_version(self) -> int:
        return self.header.request_api_version

    @property
    def correlation_id(self) -> int:
        return self.header.correlation_id


@dataclass(frozen=True, slots=True)
class UnsupportedRequest:
    """A request for an API key or version this protocol build does not know.

    Answer with UNSUPPORTED_VERSION; for ApiVersions, with a v0 body (`send_response` handles
    the header).
    """

    header: RequestHeader
    reason: str

    @property
    def api_key(self) -> int:
        return self.header.request_api_key

    @property
    def api_version(self) -> int:
        return self.header.request_api_version

    @property
    def correlation_id(self) -> int:
        return self.header.correlation_id


@dataclass(frozen=True, slots=True)
class MalformedRequest:
    """A request whose header parsed but whose body did not."""

    header: RequestHeader
    error: ProtocolError

    @property
    def api_key(self) -> int:
        return self.header.request_api_key

    @property
    def api_version(self) -> int:
        return self.header.request_api_version

    @property
    def correlation_id(self) -> int:
        return self.header.correlation_id


RequestEvent = ReceivedRequest | UnsupportedRequest | MalformedRequest


@dataclass(slots=True)
class _Pending:
    header: RequestHeader
    chunks: list[Buffer] | None = None
    done: bool = False


@dataclass
class BrokerConnection:
    """The broker end of one Kafka connection.

    Responses leave in request order even when handlers finish out of order (Kafka clients
    pipeline requests and match responses by order as well as by correlation id).
    """

    max_frame_size: int = DEFAULT_MAX_FRAME_SIZE
    _reader: FrameReader = field(init=False)
    _out: list[Buffer] = field(init=False, default_factory=list)
    _pending: deque[_Pending] = field(init=False, default_factory=deque)
    # Keyed by id(event); the event is kept alive alongside so its id cannot be reused.
    _by_event: dict[int, tuple[RequestEvent, _Pending]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._reader = FrameReader(self.max_frame_size)

    @property
    def pending(self) -> int:
        """Requests received and not yet answered."""
        return len(self._pending)

    def receive_data(self, data: Buffer) -> list[RequestEvent]:
        """Decode the requests `data` completes.

        Raises FrameTooLargeError for a bad size prefix and DecodeError for a header that does
        not parse: in both cases the connection must be closed.
        """
        events = [self._request(frame) for frame in self._reader.feed(data)]
        for ev in events:
            p = _Pending(ev.header)
            self._pending.append(p)
            self._by_event[id(ev)] = (ev, p)
        return events

    def _request(self, frame: memoryview) -> RequestEvent:
        if len(frame) < 8:
            raise DecodeError(f"request frame of {len(frame)} bytes is shorter than a header")
        (api_key,) = INT16.unpack_from(frame, 0)
        (version,) = INT16.unpack_from(frame, 2)
        header, pos = RequestHeader.decode_from(
            frame, messages.request_header_version(api_key, version)
        )
        spec = messages.APIS.get(api_key)
        if spec is None:
            return UnsupportedRequest(header, f"unknown API key {api_key}")
        if not spec.min_version <= version <= spec.max_version:
            return UnsupportedRequest(
                header,
                f"{spec.name} v{version} is not supported "
                f"(supported: {spec.min_version}-{spec.max_version})",
            )
        try:
            body = messages.request_class(api_key).decode(frame[pos:], version)
        except ProtocolError as e:
            return MalformedRequest(header, e)
        return ReceivedRequest(header, body)

    def send_response(self, request: RequestEvent, body: Message | None) -> None:
        """Answer `request`; None means it gets no response (Produce with acks=0).

        The response uses the request's version, except that an unsupported ApiVersions
        request is answered with a v0 body, as the protocol requires.
        """
        entry = self._by_event.get(id(request))
        if entry is None or entry[0] is not request:
            raise ProtocolError(f"request {request.correlation_id} is not awaiting a response")
        p = entry[1]
        if body is not None:
            api_key, version = request.api_key, request.api_version
            if isinstance(request, UnsupportedRequest):
                if api_key != _API_VERSIONS:
                    raise UnsupportedVersionError(
                        "only ApiVersions can be answered when its version is unsupported"
                    )
                version = 0
            if body.API_KEY != api_key or body.TYPE != "response":
                raise ProtocolError(f"{body.NAME} does not answer API key {api_key}")
            chunks: list[Buffer] = [b"", INT32.pack(request.correlation_id)]
            if messages.response_header_version(api_key, version) >= 1:
                chunks.append(b"\x00")
            body.encode_into(chunks, version)
            p.chunks = _frame(chunks)
        # Only now, with the body encoded, is the request answered: a failure above leaves it
        # pending so the caller can still answer it.
        del self._by_event[id(request)]
        p.done = True
        while self._pending and self._pending[0].done:
            head = self._pending.popleft()
            if head.chunks is not None:
                self._out.extend(head.chunks)

    def data_to_send(self) -> bytes:
        out, self._out = self._out, []
        return b"".join(out)

    def chunks_to_send(self) -> list[Buffer]:
        out, self._out = self._out, []
        return out
