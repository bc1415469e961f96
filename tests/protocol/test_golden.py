"""Golden bytes written by hand from the Kafka protocol rules, not produced by our encoder.

Conventions used in the annotations:
- int16/int32/int64: big-endian two's complement.
- non-flexible string: int16 length (-1 = null); array: int32 count (-1 = null).
- flexible ("compact") string/array/bytes: unsigned varint of length+1 (0 = null).
- flexible structs end with a tagged-field section: uvarint count, then per field uvarint tag,
  uvarint size, payload; tags in ascending order.
- nullable struct: int8 marker (-1 null, 1 present) before the fields.
"""

from __future__ import annotations

import uuid

import pytest

from fluxmq.protocol import messages
from fluxmq.protocol.errors import DecodeError, EncodeError, ProtocolError
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_response import (
    ApiVersion,
    ApiVersionsResponse,
    FinalizedFeatureKey,
    SupportedFeatureKey,
)
from fluxmq.protocol.messages.metadata_request import MetadataRequest, MetadataRequestTopic
from fluxmq.protocol.messages.metadata_response import (
    MetadataResponse,
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)
from fluxmq.protocol.messages.request_header import RequestHeader
from fluxmq.protocol.messages.response_header import ResponseHeader


def H(*parts: str | bytes) -> bytes:
    """Join hex strings (spaces allowed) and raw byte strings."""
    return b"".join(bytes.fromhex(p) if isinstance(p, str) else p for p in parts)


U1 = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
U2 = uuid.UUID("ffeeddcc-bbaa-9988-7766-554433221100")


def assert_golden(msg: Message, version: int, wire: bytes) -> None:
    """encode == wire, size agrees, decode == msg, and decode→encode reproduces the bytes."""
    assert msg.encode(version).hex(" ") == wire.hex(" ")
    assert msg.encoded_size(version) == len(wire)
    back = type(msg).decode(wire, version)
    assert back == msg
    assert back.encode(version) == wire


# ---------------------------------------------------------------- ApiVersionsResponse


APIV3_PLAIN = H(
    "00 00",  # ErrorCode 0
    "03",  # ApiKeys: compact array, 2 entries
    "00 03  00 00  00 0d  00",  # ApiKey 3, MinVersion 0, MaxVersion 13, no tags
    "00 12  00 00  00 05  00",  # ApiKey 18, MinVersion 0, MaxVersion 5, no tags
    "00 00 00 00",  # ThrottleTimeMs 0
    "00",  # no tagged fields (all four tagged fields at their defaults)
)


def test_api_versions_response_v3_plain() -> None:
    msg = ApiVersionsResponse(
        api_keys=[
            ApiVersion(api_key=3, min_version=0, max_version=13),
            ApiVersion(api_key=18, min_version=0, max_version=5),
        ]
    )
    assert_golden(msg, 3, APIV3_PLAIN)


FEATURE = b"metadata.version"  # 16 bytes -> compact length 0x11

APIV3_TAGGED = H(
    "00 00",  # ErrorCode
    "01",  # ApiKeys: empty compact array
    "00 00 00 0a",  # ThrottleTimeMs 10
    "05",  # 5 tagged fields
    "00 17",  # tag 0 SupportedFeatures, 23 bytes:
    "02",  #   1 entry
    "11",
    FEATURE,  #   Name
    "00 01  00 1b",  #   MinVersion 1, MaxVersion 27
    "00",  #   no tags
    "01 08",  # tag 1 FinalizedFeaturesEpoch, 8 bytes:
    "00 00 00 00 00 00 00 2a",  #   42
    "02 17",  # tag 2 FinalizedFeatures, 23 bytes:
    "02",  #   1 entry
    "11",
    FEATURE,  #   Name
    "00 1b  00 01",  #   MaxVersionLevel 27, MinVersionLevel 1
    "00",  #   no tags
    "03 01 01",  # tag 3 ZkMigrationReady, 1 byte: true
    "07 02 ca fe",  # tag 7: unknown to Kafka 4.4, kept as raw bytes
)


def _apiv3_tagged_msg() -> ApiVersionsResponse:
    return ApiVersionsResponse(
        throttle_time_ms=10,
        supported_features=[
            SupportedFeatureKey(name="metadata.version", min_version=1, max_version=27)
        ],
        finalized_features_epoch=42,
        finalized_features=[
            FinalizedFeatureKey(name="metadata.version", max_version_level=27, min_version_level=1)
        ],
        zk_migration_ready=True,
        unknown_tags={7: b"\xca\xfe"},
    )


def test_api_versions_response_v3_tagged_fields() -> None:
    assert_golden(_apiv3_tagged_msg(), 3, APIV3_TAGGED)


def test_api_versions_response_tag_numbers_match_kafka() -> None:
    tags = {f.kafka_name: (f.tag, f.tagged) for f in ApiVersionsResponse.FIELDS}
    assert tags["SupportedFeatures"][0] == 0
    assert tags["FinalizedFeaturesEpoch"][0] == 1
    assert tags["FinalizedFeatures"][0] == 2
    assert tags["ZkMigrationReady"][0] == 3
    assert all(tags[n][1][0] == 3 for n in tags if tags[n][0] is not None)
    assert ApiVersionsResponse().finalized_features_epoch == -1  # "default": "-1"


def test_api_versions_response_tags_decode_in_any_order() -> None:
    shuffled = H(
        "00 00",
        "01",
        "00 00 00 0a",
        "05",
        "07 02 ca fe",
        "03 01 01",
        "01 08 00 00 00 00 00 00 00 2a",
        "02 17 02 11",
        FEATURE,
        "00 1b 00 01 00",
        "00 17 02 11",
        FEATURE,
        "00 01 00 1b 00",
    )
    msg = ApiVersionsResponse.decode(shuffled, 3)
    assert msg == _apiv3_tagged_msg()
    assert msg.encode(3) == APIV3_TAGGED  # re-encoded in ascending tag order


def test_api_versions_response_nested_unknown_tag_survives() -> None:
    wire = H(
        "00 00",
        "02",  # 1 entry
        "00 12 00 00 00 05",  # ApiKey 18, 0..5
        "01  2a 03 01 02 03",  # entry tags: tag 42, 3 bytes
        "00 00 00 00",
        "00",
    )
    msg = ApiVersionsResponse.decode(wire, 4)
    assert msg.api_keys[0].unknown_tags == {42: b"\x01\x02\x03"}
    assert msg.encode(4) == wire


def test_api_versions_response_v0_v2_layouts() -> None:
    keys = [ApiVersion(api_key=18, min_version=0, max_version=5)]
    assert_golden(
        ApiVersionsResponse(api_keys=keys), 0, H("00 00", "00 00 00 01", "00 12 00 00 00 05")
    )
    assert_golden(
        ApiVersionsResponse(api_keys=keys, throttle_time_ms=-1),
        2,
        H("00 00", "00 00 00 01", "00 12 00 00 00 05", "ff ff ff ff"),
    )


def test_api_versions_response_header_is_v0_for_every_version() -> None:
    for v in range(ApiVersionsResponse.MIN_VERSION, ApiVersionsResponse.MAX_VERSION + 1):
        assert messages.response_header_version(18, v) == 0
    # Every other flexible response uses header v1: a correlation id plus tagged fields.
    assert messages.response_header_version(3, 12) == 1
    assert ResponseHeader(correlation_id=7).encode(0) == H("00 00 00 07")
    assert ResponseHeader(correlation_id=7).encode(1) == H("00 00 00 07 00")


def test_api_versions_response_compact_array_cannot_be_null() -> None:
    with pytest.raises(DecodeError):
        ApiVersionsResponse.decode(H("00 00", "00", "00 00 00 00", "00"), 3)


# ---------------------------------------------------------------- MetadataResponse v12


METADATA_V12 = H(
    "00 00 00 00",  # ThrottleTimeMs 0
    "02",  # Brokers: 1 entry
    "00 00 00 01",  #   NodeId 1
    "0a",
    b"localhost",  #   Host (9 bytes)
    "00 00 23 84",  #   Port 9092
    "00",  #   Rack: null compact string
    "00",  #   no tags
    "05",
    b"clus",  # ClusterId "clus"
    "00 00 00 01",  # ControllerId 1
    "03",  # Topics: 2 entries
    "00 00",  #   ErrorCode 0
    "02",
    b"t",  #   Name "t"
    "00112233445566778899aabbccddeeff",  #   TopicId
    "00",  #   IsInternal false
    "02",  #   Partitions: 1 entry
    "00 00",  #     ErrorCode
    "00 00 00 00",  #     PartitionIndex 0
    "00 00 00 01",  #     LeaderId 1
    "00 00 00 05",  #     LeaderEpoch 5
    "02 00 00 00 01",  #     ReplicaNodes [1]
    "02 00 00 00 01",  #     IsrNodes [1]
    "01",  #     OfflineReplicas []
    "00",  #     no tags
    "80 00 00 00",  #   TopicAuthorizedOperations INT32_MIN
    "01  0a 02 be ef",  #   tags: tag 10, 2 bytes (unknown)
    "00 03",  #   ErrorCode 3 UNKNOWN_TOPIC_OR_PARTITION
    "00",  #   Name: null (nullable from v12)
    "ffeeddccbbaa99887766554433221100",  #   TopicId
    "00",  #   IsInternal
    "01",  #   Partitions []
    "80 00 00 00",  #   TopicAuthorizedOperations
    "00",  #   no tags
    "02",  # top-level tags: 2 fields (all unknown: MetadataResponse declares none)
    "01 01 ff",  #   tag 1, 1 byte
    "c8 01 00",  #   tag 200 (uvarint c8 01), 0 bytes
)


def _metadata_v12_msg() -> MetadataResponse:
    return MetadataResponse(
        throttle_time_ms=0,
        brokers=[MetadataResponseBroker(node_id=1, host="localhost", port=9092, rack=None)],
        cluster_id="clus",
        controller_id=1,
        topics=[
            MetadataResponseTopic(
                error_code=0,
                name="t",
                topic_id=U1,
                is_internal=False,
                partitions=[
                    MetadataResponsePartition(
                        error_code=0,
                        partition_index=0,
                        leader_id=1,
                        leader_epoch=5,
                        replica_nodes=[1],
                        isr_nodes=[1],
                        offline_replicas=[],
                    )
                ],
                unknown_tags={10: b"\xbe\xef"},
            ),
            MetadataResponseTopic(error_code=3, name=None, topic_id=U2),
        ],
        unknown_tags={1: b"\xff", 200: b""},
    )


def test_metadata_response_v12_with_tagged_fields() -> None:
    assert_golden(_metadata_v12_msg(), 12, METADATA_V12)


def test_metadata_response_topic_name_not_nullable_before_v12() -> None:
    with pytest.raises(EncodeError):
        _metadata_v12_msg().encode(11)


def test_metadata_response_two_byte_compact_length() -> None:
    wire = H(
        "00 00 00 00",  # ThrottleTimeMs
        "01",  # Brokers []
        "c9 01",  # ClusterId: length 200 -> 201 = uvarint c9 01
        b"x" * 200,
        "ff ff ff ff",  # ControllerId -1
        "01",  # Topics []
        "00",
    )
    assert_golden(MetadataResponse(cluster_id="x" * 200), 12, wire)


def test_metadata_response_v1_nullable_string() -> None:
    wire = H(
        "00 00 00 01",  # Brokers: int32 count 1
        "00 00 00 02",  #   NodeId 2
        "00 01",
        b"h",  #   Host
        "00 00 00 03",  #   Port 3
        "ff ff",  #   Rack: null int16 string
        "00 00 00 04",  # ControllerId 4
        "00 00 00 00",  # Topics []
    )
    msg = MetadataResponse(
        brokers=[MetadataResponseBroker(node_id=2, host="h", port=3, rack=None)], controller_id=4
    )
    assert_golden(msg, 1, wire)


# ---------------------------------------------------------------- nullable arrays


@pytest.mark.parametrize(
    ("version", "topics", "wire"),
    [
        (0, [], H("00 00 00 00")),
        (1, None, H("ff ff ff ff")),  # null = all topics
        (1, [], H("00 00 00 00")),  # empty = no topics
        (1, ["a", "bc"], H("00 00 00 02", "00 01", b"a", "00 02", b"bc")),
        # v4-v8 add AllowAutoTopicCreation (default true) and, from v8, two bools.
        (4, None, H("ff ff ff ff", "01")),
        (8, None, H("ff ff ff ff", "01", "00", "00")),
        # Flexible from v9: compact nullable array, 0x00 = null, 0x01 = empty.
        (9, None, H("00", "01", "00", "00", "00")),
        (9, [], H("01", "01", "00", "00", "00")),
        (9, ["a"], H("02", "02", b"a", "00", "01", "00", "00", "00")),
        # v11+: IncludeClusterAuthorizedOperations gone.
        (12, None, H("00", "01", "00", "00")),
    ],
)
def test_metadata_request_topics(version: int, topics: list[str] | None, wire: bytes) -> None:
    msg = MetadataRequest(
        topics=None if topics is None else [MetadataRequestTopic(name=t) for t in topics]
    )
    assert_golden(msg, version, wire)


def test_metadata_request_v12_topic_by_id_with_null_name() -> None:
    wire = H(
        "02",  # Topics: 1 entry
        "00112233445566778899aabbccddeeff",  #   TopicId
        "00",  #   Name: null (nullable from v10)
        "00",  #   no tags
        "01",  # AllowAutoTopicCreation true
        "00",  # IncludeTopicAuthorizedOperations false
        "00",  # no tags
    )
    assert_golden(MetadataRequest(topics=[MetadataRequestTopic(topic_id=U1, name=None)]), 12, wire)


def test_metadata_request_v0_topics_not_nullable() -> None:
    with pytest.raises(EncodeError):
        MetadataRequest(topics=None).encode(0)
    with pytest.raises(DecodeError):
        MetadataRequest.decode(H("ff ff ff ff"), 0)


# ---------------------------------------------------------------- RequestHeader v2


def test_request_header_v2_client_id_is_int16_length() -> None:
    wire = H(
        "00 12",  # RequestApiKey 18
        "00 03",  # RequestApiVersion 3
        "00 00 00 2a",  # CorrelationId 42
        "00 06",
        b"fluxmq",  # ClientId: int16 length, not compact, even in v2
        "00",  # tagged fields
    )
    hdr = RequestHeader(
        request_api_key=18, request_api_version=3, correlation_id=42, client_id="fluxmq"
    )
    assert_golden(hdr, 2, wire)
    assert_golden(hdr, 1, wire[:-1])  # v1: same without the tagged-field section


def test_request_header_v2_null_client_id() -> None:
    hdr = RequestHeader(request_api_key=3, request_api_version=12, correlation_id=1, client_id=None)
    assert_golden(hdr, 2, H("00 03 00 0c 00 00 00 01", "ff ff", "00"))


def test_request_header_v2_rejects_compact_client_id() -> None:
    # The compact form would be 07 'fluxmq'; read as int16 that is a length of 0x0766.
    with pytest.raises(DecodeError):
        RequestHeader.decode(H("00 12 00 03 00 00 00 2a", "07", b"fluxmq", "00"), 2)


def test_request_header_unknown_tag_with_two_byte_size() -> None:
    payload = bytes(range(200))
    wire = H("00 03 00 0c 00 00 00 01", "00 00", "01", "05 c8 01", payload)
    hdr = RequestHeader.decode(wire, 2)
    assert hdr.client_id == ""
    assert hdr.unknown_tags == {5: payload}
    assert hdr.encode(2) == wire
    assert hdr.encoded_size(2) == len(wire)


# ---------------------------------------------------------------- absent fields


def test_non_ignorable_field_absent_from_version_raises_encode_error() -> None:
    # AllowAutoTopicCreation: versions 4+, default true, not ignorable.
    with pytest.raises(EncodeError, match="AllowAutoTopicCreation"):
        MetadataRequest(topics=[], allow_auto_topic_creation=False).encode(3)
    # At its default it is simply not written.
    assert MetadataRequest(topics=[], allow_auto_topic_creation=True).encode(3) == H("00000000")
    # IncludeClusterAuthorizedOperations: versions 8-10 only.
    with pytest.raises(EncodeError, match="IncludeClusterAuthorizedOperations"):
        MetadataRequest(topics=None, include_cluster_authorized_operations=True).encode(11)
    # Nested: TopicAuthorizedOperations (8+, default INT32_MIN) in a v7 topic.
    topic = MetadataResponseTopic(name="t", topic_authorized_operations=0)
    with pytest.raises(EncodeError, match="TopicAuthorizedOperations"):
        MetadataResponse(topics=[topic]).encode(7)


def test_encode_error_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError):
        MetadataRequest(topics=[], allow_auto_topic_creation=False).encode(0)


def test_encoded_size_agrees_even_when_fields_are_dropped() -> None:
    msg = ApiVersionsResponse(throttle_time_ms=100, zk_migration_ready=True)
    assert msg.encoded_size(0) == len(msg.encode(0)) == 6


def test_ignorable_fields_are_silently_dropped() -> None:
    # ThrottleTimeMs (1+) and the tagged features (3+) are ignorable in ApiVersionsResponse.
    msg = _apiv3_tagged_msg()
    assert msg.encode(0) == H("00 00", "00 00 00 00")
    assert msg.encode(2) == H("00 00", "00 00 00 00", "00 00 00 0a")
    # MetadataResponse v0: ThrottleTimeMs, ClusterId, ControllerId, Rack are ignorable.
    resp = MetadataResponse(
        throttle_time_ms=100,
        cluster_id="c",
        controller_id=5,
        brokers=[MetadataResponseBroker(node_id=1, host="h", port=2, rack="r")],
    )
    assert resp.encode(0) == H(
        "00 00 00 01", "00 00 00 01", "00 01", b"h", "00 00 00 02", "00 00 00 00"
    )
    # MetadataRequestTopic.TopicId (10+) is ignorable: dropped in v9.
    req = MetadataRequest(topics=[MetadataRequestTopic(topic_id=U1, name="a")])
    wire = req.encode(9)
    assert wire == H("02", "02", b"a", "00", "01", "00", "00", "00")
    assert MetadataRequest.decode(wire, 9).topics[0].topic_id == uuid.UUID(int=0)  # type: ignore[index]


def test_unknown_tag_roundtrip_through_every_flexible_version() -> None:
    for v in range(3, ApiVersionsResponse.MAX_VERSION + 1):
        wire = H("00 00", "01", "00 00 00 00", "01", "e8 07 03 61 62 63")  # tag 1000, "abc"
        msg = ApiVersionsResponse.decode(wire, v)
        assert msg.unknown_tags == {1000: b"abc"}
        assert msg.encode(v) == wire


# Every test here runs with the C readers and with the Python readers (conftest.py).
pytestmark = pytest.mark.usefixtures("readers")
