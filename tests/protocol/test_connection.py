"""Sans-IO framing: ClientConnection and BrokerConnection, fed bytes the way a socket would."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fluxmq.protocol import messages
from fluxmq.protocol.connection import (
    BrokerConnection,
    ClientConnection,
    FrameReader,
    MalformedRequest,
    ReceivedRequest,
    Response,
    UnsupportedRequest,
)
from fluxmq.protocol.errors import (
    DecodeError,
    EncodeError,
    FrameTooLargeError,
    ProtocolError,
    UnsupportedVersionError,
)
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.api_versions_response import ApiVersion, ApiVersionsResponse
from fluxmq.protocol.messages.metadata_request import MetadataRequest, MetadataRequestTopic
from fluxmq.protocol.messages.metadata_response import MetadataResponse
from fluxmq.protocol.messages.produce_request import ProduceRequest
from fluxmq.protocol.messages.produce_response import ProduceResponse

H = bytes.fromhex


def frame(body: bytes) -> bytes:
    return len(body).to_bytes(4, "big", signed=True) + body


def pipelined() -> tuple[ClientConnection, list[tuple[Message, int, int]], bytes]:
    """A client with three requests in flight: flexible, old-style and ApiVersions."""
    client = ClientConnection("fluxmq-test", first_correlation_id=100)
    reqs: list[tuple[Message, int]] = [
        (MetadataRequest(topics=[MetadataRequestTopic(name="a")]), 12),
        (MetadataRequest(topics=None), 1),
        (ApiVersionsRequest(client_software_name="x", client_software_version="1"), 3),
    ]
    sent = [(r, v, client.send(r, v)) for r, v in reqs]
    return client, sent, client.data_to_send()


# ---------------------------------------------------------------- client framing


def test_flexible_request_uses_header_v2_with_int16_client_id() -> None:
    client = ClientConnection("cid")
    corr = client.send(MetadataRequest(topics=None), 12)
    assert corr == 0
    expected = frame(
        H("0003")  # RequestApiKey 3 (Metadata)
        + H("000c")  # RequestApiVersion 12
        + H("00000000")  # CorrelationId 0
        + H("0003")
        + b"cid"  # ClientId: int16 length even in header v2
        + H("00")  # header tagged fields: none
        + H("00")  # Topics: compact nullable array, null
        + H("01")  # AllowAutoTopicCreation true
        + H("00")  # IncludeTopicAuthorizedOperations false
        + H("00")  # body tagged fields: none
    )
    assert client.data_to_send() == expected
    assert client.in_flight == 1


def test_non_flexible_request_uses_header_v1() -> None:
    client = ClientConnection(None, first_correlation_id=7)
    assert client.send(MetadataRequest(topics=None), 8) == 7
    expected = frame(
        H("0003" "0008" "00000007")
        + H("ffff")  # ClientId null
        + H("ffffffff")  # Topics: int32 nullable array, null
        + H("01" "00" "00")  # AllowAutoTopicCreation, IncludeCluster/TopicAuthorizedOperations
    )
    assert client.data_to_send() == expected


def test_correlation_ids_increase_and_wrap_at_int32_max() -> None:
    client = ClientConnection(first_correlation_id=2**31 - 2)
    ids = [client.send(MetadataRequest(topics=None), 1) for _ in range(3)]
    assert ids == [2**31 - 2, 2**31 - 1, 0]
    assert client.in_flight == 3


def test_client_refuses_to_send_a_response() -> None:
    client = ClientConnection()
    with pytest.raises(ProtocolError):
        client.send(MetadataResponse(), 1)
    assert client.data_to_send() == b""
    assert client.in_flight == 0


def test_unencodable_request_queues_nothing() -> None:
    client = ClientConnection()
    # AllowAutoTopicCreation does not exist in v3 and is not ignorable.
    with pytest.raises(EncodeError):
        client.send(MetadataRequest(topics=None, allow_auto_topic_creation=False), 3)
    assert client.data_to_send() == b""
    assert client.in_flight == 0


def test_chunks_to_send_matches_data_to_send() -> None:
    a, b = ClientConnection(), ClientConnection()
    for c in (a, b):
        c.send(MetadataRequest(topics=None), 12)
        c.send(ApiVersionsRequest(), 0)
    assert b"".join(bytes(x) for x in a.chunks_to_send()) == b.data_to_send()
    assert a.chunks_to_send() == []
    assert b.data_to_send() == b""


# ---------------------------------------------------------------- broker decoding


def _check_events(events: list[object], sent: list[tuple[Message, int, int]]) -> None:
    assert len(events) == len(sent)
    for ev, (req, version, corr) in zip(events, sent, strict=True):
        assert isinstance(ev, ReceivedRequest)
        assert ev.correlation_id == corr
        assert ev.api_key == req.API_KEY
        assert ev.api_version == version
        assert ev.header.client_id == "fluxmq-test"
        assert ev.body == req


def test_broker_decodes_pipelined_requests_in_one_chunk() -> None:
    _, sent, wire = pipelined()
    broker = BrokerConnection()
    events = broker.receive_data(wire)
    _check_events(events, sent)
    assert broker.pending == 3


def test_broker_decodes_pipelined_requests_fed_byte_by_byte() -> None:
    _, sent, wire = pipelined()
    broker = BrokerConnection()
    events: list[object] = []
    for i in range(len(wire)):
        got = broker.receive_data(wire[i : i + 1])
        events.extend(got)
        if got:
            # An event appears exactly when the last byte of its frame arrives.
            assert i + 1 in _frame_ends(wire)
    _check_events(events, sent)


def _frame_ends(wire: bytes) -> set[int]:
    ends, pos = set(), 0
    while pos < len(wire):
        pos += 4 + int.from_bytes(wire[pos : pos + 4], "big")
        ends.add(pos)
    return ends


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(0, 200), max_size=8), kind=st.sampled_from(["bytes", "view"]))
def test_broker_decodes_pipelined_requests_split_anywhere(cuts: list[int], kind: str) -> None:
    _, sent, wire = pipelined()
    points = sorted({c % (len(wire) + 1) for c in cuts} | {0, len(wire)})
    broker = BrokerConnection()
    events: list[object] = []
    for a, b in itertools.pairwise(points):
        chunk = wire[a:b]
        events.extend(broker.receive_data(chunk if kind == "bytes" else memoryview(chunk)))
    _check_events(events, sent)


def test_broker_answers_out_of_order_but_responses_leave_in_request_order() -> None:
    client, _sent, wire = pipelined()
    broker = BrokerConnection()
    ev_meta12, ev_meta1, ev_api = broker.receive_data(wire)
    r_meta12 = MetadataResponse(cluster_id="c12", controller_id=1)
    r_meta1 = MetadataResponse(controller_id=2)
    r_api = ApiVersionsResponse(api_keys=[ApiVersion(api_key=18, min_version=0, max_version=5)])

    broker.send_response(ev_api, r_api)
    assert broker.data_to_send() == b""  # waits for the two earlier requests
    broker.send_response(ev_meta1, r_meta1)
    assert broker.data_to_send() == b""
    assert broker.pending == 3
    broker.send_response(ev_meta12, r_meta12)
    out = broker.data_to_send()
    assert broker.pending == 0

    # The three frames are in request order, each with its request's correlation id.
    corrs, pos = [], 0
    while pos < len(out):
        size = int.from_bytes(out[pos : pos + 4], "big")
        corrs.append(int.from_bytes(out[pos + 4 : pos + 8], "big"))
        pos += 4 + size
    assert corrs == [100, 101, 102]

    responses = client.receive_data(out)
    assert [r.correlation_id for r in responses] == [100, 101, 102]
    assert [r.body for r in responses] == [r_meta12, r_meta1, r_api]
    assert [(r.api_key, r.api_version) for r in responses] == [(3, 12), (3, 1), (18, 3)]
    assert client.in_flight == 0


def test_partial_flush_when_the_head_is_answered_first() -> None:
    _, _, wire = pipelined()
    broker = BrokerConnection()
    e1, e2, e3 = broker.receive_data(wire)
    broker.send_response(e1, MetadataResponse())
    first = broker.data_to_send()
    assert int.from_bytes(first[4:8], "big") == 100
    broker.send_response(e3, ApiVersionsResponse())
    assert broker.data_to_send() == b""
    broker.send_response(e2, MetadataResponse())
    rest = broker.data_to_send()
    assert int.from_bytes(rest[4:8], "big") == 101
    assert broker.chunks_to_send() == []


# ---------------------------------------------------------------- header versions


def test_header_version_registry() -> None:
    for key, spec in messages.APIS.items():
        for v in range(spec.min_version, spec.max_version + 1):
            flexible = spec.flexible_min is not None and v >= spec.flexible_min
            assert messages.request_header_version(key, v) == (2 if flexible else 1)
            if key == 18:
                assert messages.response_header_version(key, v) == 0
            else:
                assert messages.response_header_version(key, v) == (1 if flexible else 0)
    # Spot checks against Kafka's protocol guide.
    assert messages.APIS[18].flexible_min == 3
    assert messages.APIS[3].flexible_min == 9
    assert messages.request_header_version(18, 3) == 2
    assert messages.response_header_version(18, 3) == 0
    assert messages.request_header_version(3, 8) == 1
    assert messages.request_header_version(3, 9) == 2
    assert messages.response_header_version(3, 9) == 1


def _answer(request: Message, version: int, response: Message) -> bytes:
    client = ClientConnection("c", first_correlation_id=5)
    client.send(request, version)
    broker = BrokerConnection()
    (ev,) = broker.receive_data(client.data_to_send())
    broker.send_response(ev, response)
    return broker.data_to_send()


def test_flexible_response_has_header_v1() -> None:
    out = _answer(MetadataRequest(topics=None), 12, MetadataResponse())
    assert out == frame(
        H("00000005")  # CorrelationId
        + H("00")  # response header v1 tagged fields
        + H("00000000" "01" "00" "ffffffff" "01" "00")  # MetadataResponse v12 defaults
    )


def test_non_flexible_response_has_header_v0() -> None:
    out = _answer(MetadataRequest(topics=None), 1, MetadataResponse())
    assert out == frame(H("00000005") + H("00000000" "ffffffff" "00000000"))


def test_api_versions_response_header_is_always_v0() -> None:
    out = _answer(ApiVersionsRequest(), 3, ApiVersionsResponse())
    # No tagged-field byte after the correlation id even though the v3 body is flexible.
    assert out == frame(H("00000005") + H("0000" "01" "00000000" "00"))
    client = ClientConnection(first_correlation_id=5)
    client.send(ApiVersionsRequest(), 3)
    (resp,) = client.receive_data(out)
    assert resp.body == ApiVersionsResponse()


# ---------------------------------------------------------------- unsupported and malformed


def _raw_request(api_key: int, version: int, corr: int, body: bytes, flexible: bool) -> bytes:
    header = (
        api_key.to_bytes(2, "big", signed=True)
        + version.to_bytes(2, "big", signed=True)
        + corr.to_bytes(4, "big", signed=True)
        + H("0001")
        + b"c"
    )
    if flexible:
        header += H("00")
    return frame(header + body)


def test_unsupported_version_gives_unsupported_request_event() -> None:
    broker = BrokerConnection()
    (ev,) = broker.receive_data(_raw_request(3, 99, 9, H("00000000"), flexible=True))
    assert isinstance(ev, UnsupportedRequest)
    assert (ev.api_key, ev.api_version, ev.correlation_id) == (3, 99, 9)
    assert ev.header.client_id == "c"
    assert "99" in ev.reason
    # Only ApiVersions can be answered at an unsupported version.
    with pytest.raises(UnsupportedVersionError):
        broker.send_response(ev, MetadataResponse())


def test_unsupported_request_can_be_dropped_without_blocking_later_responses() -> None:
    broker = BrokerConnection()
    stream = _raw_request(3, 99, 1, b"", flexible=True) + _raw_request(
        3, 1, 2, H("ffffffff"), flexible=False
    )
    bad, good = broker.receive_data(stream)
    assert isinstance(bad, UnsupportedRequest)
    assert isinstance(good, ReceivedRequest)
    broker.send_response(good, MetadataResponse())
    assert broker.data_to_send() == b""
    broker.send_response(bad, None)
    assert broker.data_to_send() == frame(H("00000002") + H("00000000" "ffffffff" "00000000"))


def test_unsupported_api_versions_is_answered_with_a_v0_body() -> None:
    broker = BrokerConnection()
    # A newer client's ApiVersions v9: header v2, a body this build cannot read.
    (ev,) = broker.receive_data(_raw_request(18, 9, 42, H("0201" "0201" "00"), flexible=True))
    assert isinstance(ev, UnsupportedRequest)
    assert ev.api_version == 9
    broker.send_response(
        ev,
        ApiVersionsResponse(
            error_code=35,
            api_keys=[ApiVersion(api_key=18, min_version=0, max_version=5)],
            throttle_time_ms=0,
        ),
    )
    assert broker.data_to_send() == frame(
        H("0000002a")  # CorrelationId 42, response header v0
        + H("0023")  # ErrorCode 35 UNSUPPORTED_VERSION
        + H("00000001")  # ApiKeys: int32 count (v0 body)
        + H("0012" "0000" "0005")
    )


def test_client_falls_back_to_v0_for_an_api_versions_error_response() -> None:
    # Kafka's ApiVersionsResponse.parse: a broker that does not support the requested
    # ApiVersions version answers with a v0 body (UNSUPPORTED_VERSION), and the client must
    # re-parse it as v0 instead of failing.
    client = ClientConnection(first_correlation_id=3)
    client.send(ApiVersionsRequest(client_software_name="x", client_software_version="1"), 3)
    client.data_to_send()
    v0_body = H("0023" "00000001" "0012" "0000" "0002")
    (resp,) = client.receive_data(frame(H("00000003") + v0_body))
    assert resp.correlation_id == 3
    assert resp.api_key == 18
    assert resp.body.error_code == 35  # type: ignore[attr-defined]
    assert resp.body.api_keys == (  # type: ignore[attr-defined]
        ApiVersion(api_key=18, min_version=0, max_version=2),
    )
    assert client.in_flight == 0


def test_unknown_api_key_gives_unsupported_request_event() -> None:
    assert 32000 not in messages.APIS
    broker = BrokerConnection()
    (ev,) = broker.receive_data(_raw_request(32000, 0, 5, H("deadbeef"), flexible=False))
    assert isinstance(ev, UnsupportedRequest)
    assert ev.api_key == 32000
    assert ev.correlation_id == 5
    assert "32000" in ev.reason
    with pytest.raises(ProtocolError):
        broker.send_response(ev, MetadataResponse())


@pytest.mark.parametrize(
    "body",
    [
        H("00000005"),  # five topics promised, none present
        H("00000001" "0010" "6162"),  # topic name of 16 bytes, 2 present
        H("ffffffff" "00"),  # null topics then a trailing byte
        H("00000001" "0002" "ff" "fe"),  # invalid UTF-8 in a topic name
    ],
)
def test_malformed_body_gives_malformed_request_event(body: bytes) -> None:
    broker = BrokerConnection()
    (ev,) = broker.receive_data(_raw_request(3, 1, 11, body, flexible=False))
    assert isinstance(ev, MalformedRequest)
    assert isinstance(ev.error, DecodeError)
    assert (ev.api_key, ev.api_version, ev.correlation_id) == (3, 1, 11)
    # It can still be answered (e.g. with an error code) and the stream goes on.
    broker.send_response(ev, MetadataResponse())
    assert broker.data_to_send()[4:8] == H("0000000b")


@pytest.mark.parametrize("size", [0, 1, 7])
def test_frame_too_short_for_a_header_raises_decode_error(size: int) -> None:
    with pytest.raises(DecodeError):
        BrokerConnection().receive_data(frame(b"\x00" * size))


def test_truncated_header_raises_decode_error() -> None:
    # api key, version, correlation id and a client id length promising 5 bytes: only 1 follows.
    with pytest.raises(DecodeError):
        BrokerConnection().receive_data(frame(H("0003" "0001" "00000001" "0005" "61")))


# ---------------------------------------------------------------- frame sizes


@pytest.mark.parametrize("prefix", [H("ffffffff"), H("80000000"), (101).to_bytes(4, "big")])
@pytest.mark.parametrize("side", ["broker", "client", "reader"])
def test_oversized_or_negative_frame_raises(prefix: bytes, side: str) -> None:
    conn: BrokerConnection | ClientConnection | FrameReader
    if side == "broker":
        conn = BrokerConnection(max_frame_size=100)
        feed = conn.receive_data
    elif side == "client":
        conn = ClientConnection(max_frame_size=100)
        feed = conn.receive_data
    else:
        conn = FrameReader(max_frame_size=100)
        feed = conn.feed
    # Only the size prefix has arrived: the error must not wait for the body.
    with pytest.raises(FrameTooLargeError):
        feed(prefix)


def test_oversized_frame_detected_when_prefix_arrives_in_pieces() -> None:
    reader = FrameReader(max_frame_size=100)
    assert reader.feed(b"\x00") == []
    assert reader.feed(bytearray(b"\x00")) == []
    assert reader.feed(b"\x00") == []
    with pytest.raises(FrameTooLargeError):
        reader.feed(b"\x65")


def test_frame_of_exactly_max_size_is_accepted() -> None:
    reader = FrameReader(max_frame_size=100)
    body = bytes(range(100))
    frames = reader.feed(frame(body) + frame(b""))
    assert [bytes(f) for f in frames] == [body, b""]
    assert reader.buffered == 0


def test_frame_too_large_error_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        FrameReader(max_frame_size=10).feed(frame(bytes(11)))


# ---------------------------------------------------------------- client receiving


def test_response_for_unknown_correlation_id_raises() -> None:
    client = ClientConnection(first_correlation_id=1)
    client.send(MetadataRequest(topics=None), 1)
    with pytest.raises(ProtocolError):
        client.receive_data(frame(H("00000063") + H("00000000" "ffffffff" "00000000")))


def test_response_cannot_be_matched_twice() -> None:
    client = ClientConnection(first_correlation_id=1)
    client.send(MetadataRequest(topics=None), 1)
    resp = frame(H("00000001") + H("00000000" "ffffffff" "00000000"))
    (r,) = client.receive_data(resp)
    assert isinstance(r, Response)
    assert r.body == MetadataResponse()
    with pytest.raises(ProtocolError):
        client.receive_data(resp)


def test_response_frame_without_correlation_id_raises() -> None:
    client = ClientConnection()
    client.send(MetadataRequest(topics=None), 1)
    with pytest.raises(DecodeError):
        client.receive_data(frame(H("0000")))


def test_client_reassembles_responses_split_across_feeds() -> None:
    client, sent, wire = pipelined()
    broker = BrokerConnection()
    events = broker.receive_data(wire)
    bodies = [
        MetadataResponse(cluster_id="x" * 300),  # long enough for a 2-byte compact length
        MetadataResponse(),
        ApiVersionsResponse(api_keys=[ApiVersion(api_key=3, min_version=0, max_version=13)]),
    ]
    for ev, body in zip(events, bodies, strict=True):
        broker.send_response(ev, body)
    out = broker.data_to_send()
    rng = random.Random(0)
    for _ in range(20):
        c2, _, _ = pipelined()
        got: list[Response] = []
        pos = 0
        while pos < len(out):
            step = rng.randint(1, 9)
            got.extend(c2.receive_data(bytearray(out[pos : pos + step])))
            pos += step
        assert [r.body for r in got] == bodies
        assert [r.correlation_id for r in got] == [corr for _, _, corr in sent]
    # Byte by byte too, and with the whole stream at once.
    c3, _, _ = pipelined()
    got = [r for i in range(len(out)) for r in c3.receive_data(out[i : i + 1])]
    assert [r.body for r in got] == bodies
    assert [r.body for r in client.receive_data(out)] == bodies


def test_malformed_response_body_raises_decode_error() -> None:
    client = ClientConnection(first_correlation_id=1)
    client.send(MetadataRequest(topics=None), 1)
    with pytest.raises(DecodeError):
        client.receive_data(frame(H("00000001") + H("00000000" "ffffffff" "00000001")))


# ---------------------------------------------------------------- Produce acks=0


def test_produce_with_acks_zero_is_not_tracked() -> None:
    client = ClientConnection(first_correlation_id=10)
    c0 = client.send(ProduceRequest(acks=0), 9)
    assert client.in_flight == 0
    c1 = client.send(ProduceRequest(acks=-1), 9)
    assert client.in_flight == 1
    c2 = client.send(ProduceRequest(acks=1), 9)
    assert (c0, c1, c2) == (10, 11, 12)  # ids are still consumed
    assert client.in_flight == 2
    c3 = client.send(ProduceRequest(acks=0), 9, expect_response=True)
    assert client.in_flight == 3
    c4 = client.send(MetadataRequest(topics=None), 1, expect_response=False)
    assert client.in_flight == 3
    assert (c3, c4) == (13, 14)
    # A response to the untracked request is an error.
    with pytest.raises(ProtocolError):
        client.receive_data(frame(c0.to_bytes(4, "big") + H("00" "00000000" "00")))


def test_broker_skips_acks_zero_produce_without_blocking_the_queue() -> None:
    client = ClientConnection(first_correlation_id=1)
    client.send(ProduceRequest(acks=0, timeout_ms=5), 9)
    client.send(ProduceRequest(acks=1, timeout_ms=5), 9)
    broker = BrokerConnection()
    fire_and_forget, acked = broker.receive_data(client.data_to_send())
    assert fire_and_forget.body.acks == 0  # type: ignore[union-attr]
    broker.send_response(acked, ProduceResponse())
    assert broker.data_to_send() == b""
    broker.send_response(fire_and_forget, None)
    out = broker.data_to_send()
    assert out[4:8] == H("00000002")
    (r,) = client.receive_data(out)
    assert r.body == ProduceResponse()
    assert client.in_flight == 0


# ---------------------------------------------------------------- send_response misuse


def test_send_response_twice_raises() -> None:
    _, _, wire = pipelined()
    broker = BrokerConnection()
    ev = broker.receive_data(wire)[0]
    broker.send_response(ev, MetadataResponse())
    with pytest.raises(ProtocolError):
        broker.send_response(ev, MetadataResponse())


def test_send_response_for_a_foreign_event_raises() -> None:
    _, _, wire = pipelined()
    ev = BrokerConnection().receive_data(wire)[0]
    with pytest.raises(ProtocolError):
        BrokerConnection().send_response(ev, MetadataResponse())


def test_wrong_response_class_raises() -> None:
    _, _, wire = pipelined()
    broker = BrokerConnection()
    ev = broker.receive_data(wire)[0]
    with pytest.raises(ProtocolError):
        broker.send_response(ev, ApiVersionsResponse())
    with pytest.raises(ProtocolError):
        broker.send_response(ev, MetadataRequest())


def test_rejected_send_response_leaves_the_request_answerable() -> None:
    # A send_response that raises (wrong class, unencodable body) must not consume the request:
    # otherwise it can never be answered and every later response stays queued behind it.
    client, _, wire = pipelined()
    broker = BrokerConnection()
    e1, e2, e3 = broker.receive_data(wire)
    with pytest.raises(ProtocolError):
        broker.send_response(e1, ApiVersionsResponse())
    with pytest.raises(EncodeError):
        # ClusterAuthorizedOperations exists only in v8-10; e1 is v12.
        broker.send_response(e1, MetadataResponse(cluster_authorized_operations=0))
    broker.send_response(e2, MetadataResponse())
    broker.send_response(e3, ApiVersionsResponse())
    broker.send_response(e1, MetadataResponse())
    assert broker.pending == 0
    assert len(client.receive_data(broker.data_to_send())) == 3


# ---------------------------------------------------------------- header tagged fields


def test_broker_keeps_unknown_request_header_tags() -> None:
    header = H("0003" "000c" "00000004" "0001") + b"c" + H("01" "05" "02" "abcd")
    body = H("00" "01" "00" "00")  # MetadataRequest v12: null topics
    (ev,) = BrokerConnection().receive_data(frame(header + body))
    assert isinstance(ev, ReceivedRequest)
    assert ev.header.unknown_tags == {5: H("abcd")}
    assert ev.body == MetadataRequest(topics=None)


def test_client_skips_response_header_tags() -> None:
    client = ClientConnection(first_correlation_id=4)
    client.send(MetadataRequest(topics=None), 12)
    header = H("00000004" "01" "09" "01" "ff")  # response header v1 with tag 9
    body = H("00000000" "01" "00" "ffffffff" "01" "00")
    (r,) = client.receive_data(frame(header + body))
    assert r.body == MetadataResponse()


@pytest.mark.parametrize("version", [-1, -32768, 14, 32767])
def test_out_of_range_versions_are_unsupported(version: int) -> None:
    flexible = version >= 9
    (ev,) = BrokerConnection().receive_data(_raw_request(3, version, 1, b"", flexible))
    assert isinstance(ev, UnsupportedRequest)
    assert ev.api_version == version


# Every test here runs with the C readers and with the Python readers (conftest.py).
pytestmark = pytest.mark.usefixtures("readers")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.binary(max_size=300), max_size=8),
    st.lists(st.integers(1, 64), min_size=1, max_size=20),
    st.booleans(),
    st.sampled_from([bytes, bytearray, memoryview]),
)
def test_any_chunking_gives_the_same_frames(
    bodies: list[bytes], cuts: list[int], preallocate: bool, kind: type
) -> None:
    stream = b"".join(frame(b) for b in bodies)
    reader = FrameReader(max_frame_size=1000, preallocate=preallocate)
    got: list[bytes] = []
    pos = 0
    for cut in itertools.cycle(cuts):
        if pos >= len(stream):
            break
        got += [bytes(f) for f in reader.feed(kind(stream[pos : pos + cut]))]
        pos += cut
    assert got == bodies
    assert reader.buffered == 0


def test_preallocated_frame_still_checks_the_size_first() -> None:
    reader = FrameReader(max_frame_size=100, preallocate=True)
    with pytest.raises(FrameTooLargeError):
        reader.feed(b"\x00\x00\x01\x00" + bytes(10))  # 256 > 100: refused before allocating
