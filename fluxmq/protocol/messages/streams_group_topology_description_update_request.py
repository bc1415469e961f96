# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupTopologyDescriptionUpdateRequest: Kafka request (key 93), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError
from collections.abc import Sequence
from typing import ClassVar
import msgspec
from fluxmq.protocol.message import (
    Message as _Message,
    Struct as _StructBase,
    FieldInfo,
    bind_readers,
    bad_length,
    bad_utf8,
    null_not_allowed,
    read_tags,
    tags_size,
    truncated,
    utf8_len,
    write_tags,
)
from fluxmq.protocol.primitives import UVARINTS, Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = [
    "TopologyDescriptionNode",
    "TopologyDescriptionSubtopology",
    "TopologyDescriptionGlobalStore",
    "TopologyDescription",
    "StreamsGroupTopologyDescriptionUpdateRequest",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">b")


class TopologyDescriptionNode(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "node_type",
            "NodeType",
            "int8",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "source_topics",
            "SourceTopics",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "sink_topic",
            "SinkTopic",
            "string",
            False,
            (0, 32767),
            (0, 32767),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "stores", "Stores", "string", True, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "successors",
            "Successors",
            "string",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
    )
    name: str = ""
    node_type: int = 0
    source_topics: Sequence[str] = ()
    sink_topic: str | None = None
    stores: Sequence[str] = ()
    successors: Sequence[str] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescriptionSubtopology(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "subtopology_id",
            "SubtopologyId",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "nodes",
            "Nodes",
            "TopologyDescriptionNode",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
    )
    subtopology_id: str = ""
    nodes: Sequence[TopologyDescriptionNode] = ()
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescriptionGlobalStore(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "source",
            "Source",
            "TopologyDescriptionNode",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
        FieldInfo(
            "processor",
            "Processor",
            "TopologyDescriptionNode",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionNode,
            False,
        ),
    )
    source: TopologyDescriptionNode = msgspec.field(default_factory=TopologyDescriptionNode)
    processor: TopologyDescriptionNode = msgspec.field(default_factory=TopologyDescriptionNode)
    unknown_tags: dict[int, bytes] | None = None


class TopologyDescription(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "subtopologies",
            "Subtopologies",
            "TopologyDescriptionSubtopology",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionSubtopology,
            False,
        ),
        FieldInfo(
            "global_stores",
            "GlobalStores",
            "TopologyDescriptionGlobalStore",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescriptionGlobalStore,
            False,
        ),
    )
    subtopologies: Sequence[TopologyDescriptionSubtopology] = ()
    global_stores: Sequence[TopologyDescriptionGlobalStore] = ()
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupTopologyDescriptionUpdateRequest(_Message):
    NAME: ClassVar[str] = "StreamsGroupTopologyDescriptionUpdateRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 93
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "group_id",
            "GroupId",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "member_id",
            "MemberId",
            "string",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topology_epoch",
            "TopologyEpoch",
            "int32",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            None,
            False,
        ),
        FieldInfo(
            "topology_description",
            "TopologyDescription",
            "TopologyDescription",
            False,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopologyDescription,
            False,
        ),
    )
    group_id: str = ""
    member_id: str = ""
    topology_epoch: int = 0
    topology_description: TopologyDescription = msgspec.field(default_factory=TopologyDescription)
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupTopologyDescriptionUpdateRequest_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupTopologyDescriptionUpdateRequest, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("StreamsGroupTopologyDescriptionUpdateRequest.GroupId", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupTopologyDescriptionUpdateRequest.GroupId", n, pos, end - pos
            )
        else:
            f_group_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("StreamsGroupTopologyDescriptionUpdateRequest.MemberId", pos)
        elif n > end - pos:
            raise bad_length(
                "StreamsGroupTopologyDescriptionUpdateRequest.MemberId", n, pos, end - pos
            )
        else:
            f_member_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_topology_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
        f_topology_description, pos = _r_TopologyDescription_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            StreamsGroupTopologyDescriptionUpdateRequest(
                f_group_id, f_member_id, f_topology_epoch, f_topology_description, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("StreamsGroupTopologyDescriptionUpdateRequest v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupTopologyDescriptionUpdateRequest v0", pos) from None


def _w_StreamsGroupTopologyDescriptionUpdateRequest_0(
    o: StreamsGroupTopologyDescriptionUpdateRequest, out: list[Buffer]
) -> None:
    a = out.append
    v_group_id = o.group_id
    b = v_group_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_member_id = o.member_id
    b = v_member_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F0.pack(o.topology_epoch))
    v_topology_description = o.topology_description
    _w_TopologyDescription_0(v_topology_description, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupTopologyDescriptionUpdateRequest_0(
    o: StreamsGroupTopologyDescriptionUpdateRequest,
) -> int:
    n = 4
    v_group_id = o.group_id
    k = utf8_len(v_group_id)
    n += uvarint_size(k + 1)
    n += k
    v_member_id = o.member_id
    k = utf8_len(v_member_id)
    n += uvarint_size(k + 1)
    n += k
    v_topology_description = o.topology_description
    n += _s_TopologyDescription_0(v_topology_description)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescription_0(buf: memoryview, pos: int) -> tuple[TopologyDescription, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescription.Subtopologies", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescription.Subtopologies", n, pos, end - pos)
        else:
            items_subtopologies: list[TopologyDescriptionSubtopology] = []
            append_subtopologies = items_subtopologies.append
            for _ in range(n):
                x_subtopologies, pos = _r_TopologyDescriptionSubtopology_0(buf, pos)
                append_subtopologies(x_subtopologies)
            f_subtopologies: tuple[TopologyDescriptionSubtopology, ...] = tuple(items_subtopologies)
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescription.GlobalStores", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescription.GlobalStores", n, pos, end - pos)
        else:
            items_global_stores: list[TopologyDescriptionGlobalStore] = []
            append_global_stores = items_global_stores.append
            for _ in range(n):
                x_global_stores, pos = _r_TopologyDescriptionGlobalStore_0(buf, pos)
                append_global_stores(x_global_stores)
            f_global_stores: tuple[TopologyDescriptionGlobalStore, ...] = tuple(items_global_stores)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescription(f_subtopologies, f_global_stores, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescription v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescription v0", pos) from None


def _w_TopologyDescription_0(o: TopologyDescription, out: list[Buffer]) -> None:
    a = out.append
    v_subtopologies = o.subtopologies
    n = len(v_subtopologies) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_subtopologies = _w_TopologyDescriptionSubtopology_0
    for x_subtopologies in v_subtopologies:
        w_subtopologies(x_subtopologies, out)
    v_global_stores = o.global_stores
    n = len(v_global_stores) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_global_stores = _w_TopologyDescriptionGlobalStore_0
    for x_global_stores in v_global_stores:
        w_global_stores(x_global_stores, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescription_0(o: TopologyDescription) -> int:
    n = 0
    v_subtopologies = o.subtopologies
    n += uvarint_size(len(v_subtopologies) + 1)
    sz_subtopologies = _s_TopologyDescriptionSubtopology_0
    for x_subtopologies in v_subtopologies:
        n += sz_subtopologies(x_subtopologies)
    v_global_stores = o.global_stores
    n += uvarint_size(len(v_global_stores) + 1)
    sz_global_stores = _s_TopologyDescriptionGlobalStore_0
    for x_global_stores in v_global_stores:
        n += sz_global_stores(x_global_stores)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionGlobalStore_0(
    buf: memoryview, pos: int
) -> tuple[TopologyDescriptionGlobalStore, int]:
    end = len(buf)
    try:
        f_source, pos = _r_TopologyDescriptionNode_0(buf, pos)
        f_processor, pos = _r_TopologyDescriptionNode_0(buf, pos)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescriptionGlobalStore(f_source, f_processor, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionGlobalStore v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionGlobalStore v0", pos) from None


def _w_TopologyDescriptionGlobalStore_0(
    o: TopologyDescriptionGlobalStore, out: list[Buffer]
) -> None:
    a = out.append
    v_source = o.source
    _w_TopologyDescriptionNode_0(v_source, out)
    v_processor = o.processor
    _w_TopologyDescriptionNode_0(v_processor, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionGlobalStore_0(o: TopologyDescriptionGlobalStore) -> int:
    n = 0
    v_source = o.source
    n += _s_TopologyDescriptionNode_0(v_source)
    v_processor = o.processor
    n += _s_TopologyDescriptionNode_0(v_processor)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionSubtopology_0(
    buf: memoryview, pos: int
) -> tuple[TopologyDescriptionSubtopology, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionSubtopology.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionSubtopology.SubtopologyId", n, pos, end - pos)
        else:
            f_subtopology_id = str(buf[pos : pos + n], "utf-8")
            pos += n
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionSubtopology.Nodes", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionSubtopology.Nodes", n, pos, end - pos)
        else:
            items_nodes: list[TopologyDescriptionNode] = []
            append_nodes = items_nodes.append
            for _ in range(n):
                x_nodes, pos = _r_TopologyDescriptionNode_0(buf, pos)
                append_nodes(x_nodes)
            f_nodes: tuple[TopologyDescriptionNode, ...] = tuple(items_nodes)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopologyDescriptionSubtopology(f_subtopology_id, f_nodes, tags), pos
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionSubtopology v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionSubtopology v0", pos) from None


def _w_TopologyDescriptionSubtopology_0(
    o: TopologyDescriptionSubtopology, out: list[Buffer]
) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_nodes = o.nodes
    n = len(v_nodes) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_nodes = _w_TopologyDescriptionNode_0
    for x_nodes in v_nodes:
        w_nodes(x_nodes, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionSubtopology_0(o: TopologyDescriptionSubtopology) -> int:
    n = 0
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
    v_nodes = o.nodes
    n += uvarint_size(len(v_nodes) + 1)
    sz_nodes = _s_TopologyDescriptionNode_0
    for x_nodes in v_nodes:
        n += sz_nodes(x_nodes)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopologyDescriptionNode_0(buf: memoryview, pos: int) -> tuple[TopologyDescriptionNode, int]:
    end = len(buf)
    try:
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionNode.Name", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (f_node_type,) = _F1.unpack_from(buf, pos)
        pos += 1
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionNode.SourceTopics", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.SourceTopics", n, pos, end - pos)
        else:
            items_source_topics: list[str] = []
            append_source_topics = items_source_topics.append
            for _ in range(n):
                n = buf[pos]
                if n < 128:
                    pos += 1
                elif buf[pos + 1] < 128:
                    n = (n & 127) | (buf[pos + 1] << 7)
                    pos += 2
                elif buf[pos + 2] < 128:
                    n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
                    pos += 3
                else:
                    n, pos = read_uvarint(buf, pos)
                n -= 1
                if n < 0:
                    raise null_not_allowed("TopologyDescriptionNode.SourceTopics", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.SourceTopics", n, pos, end - pos)
                else:
                    x_source_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_source_topics(x_source_topics)
            f_source_topics: tuple[str, ...] = tuple(items_source_topics)
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            f_sink_topic: str | None = None
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.SinkTopic", n, pos, end - pos)
        else:
            f_sink_topic = str(buf[pos : pos + n], "utf-8")
            pos += n
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionNode.Stores", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Stores", n, pos, end - pos)
        else:
            items_stores: list[str] = []
            append_stores = items_stores.append
            for _ in range(n):
                n = buf[pos]
                if n < 128:
                    pos += 1
                elif buf[pos + 1] < 128:
                    n = (n & 127) | (buf[pos + 1] << 7)
                    pos += 2
                elif buf[pos + 2] < 128:
                    n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
                    pos += 3
                else:
                    n, pos = read_uvarint(buf, pos)
                n -= 1
                if n < 0:
                    raise null_not_allowed("TopologyDescriptionNode.Stores", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.Stores", n, pos, end - pos)
                else:
                    x_stores = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_stores(x_stores)
            f_stores: tuple[str, ...] = tuple(items_stores)
        n = buf[pos]
        if n < 128:
            pos += 1
        elif buf[pos + 1] < 128:
            n = (n & 127) | (buf[pos + 1] << 7)
            pos += 2
        elif buf[pos + 2] < 128:
            n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
            pos += 3
        else:
            n, pos = read_uvarint(buf, pos)
        n -= 1
        if n < 0:
            raise null_not_allowed("TopologyDescriptionNode.Successors", pos)
        elif n > end - pos:
            raise bad_length("TopologyDescriptionNode.Successors", n, pos, end - pos)
        else:
            items_successors: list[str] = []
            append_successors = items_successors.append
            for _ in range(n):
                n = buf[pos]
                if n < 128:
                    pos += 1
                elif buf[pos + 1] < 128:
                    n = (n & 127) | (buf[pos + 1] << 7)
                    pos += 2
                elif buf[pos + 2] < 128:
                    n = (n & 127) | ((buf[pos + 1] & 127) << 7) | (buf[pos + 2] << 14)
                    pos += 3
                else:
                    n, pos = read_uvarint(buf, pos)
                n -= 1
                if n < 0:
                    raise null_not_allowed("TopologyDescriptionNode.Successors", pos)
                elif n > end - pos:
                    raise bad_length("TopologyDescriptionNode.Successors", n, pos, end - pos)
                else:
                    x_successors = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_successors(x_successors)
            f_successors: tuple[str, ...] = tuple(items_successors)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            TopologyDescriptionNode(
                f_name, f_node_type, f_source_topics, f_sink_topic, f_stores, f_successors, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("TopologyDescriptionNode v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopologyDescriptionNode v0", pos) from None


def _w_TopologyDescriptionNode_0(o: TopologyDescriptionNode, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.node_type))
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topics in v_source_topics:
        b = x_source_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_sink_topic = o.sink_topic
    if v_sink_topic is None:
        a(b"\x00")
    else:
        b = v_sink_topic.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_stores = o.stores
    n = len(v_stores) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_stores in v_stores:
        b = x_stores.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_successors = o.successors
    n = len(v_successors) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_successors in v_successors:
        b = x_successors.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopologyDescriptionNode_0(o: TopologyDescriptionNode) -> int:
    n = 1
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    for x_source_topics in v_source_topics:
        k = utf8_len(x_source_topics)
        n += uvarint_size(k + 1)
        n += k
    v_sink_topic = o.sink_topic
    if v_sink_topic is None:
        n += 1
    else:
        k = utf8_len(v_sink_topic)
        n += uvarint_size(k + 1)
        n += k
    v_stores = o.stores
    n += uvarint_size(len(v_stores) + 1)
    for x_stores in v_stores:
        k = utf8_len(x_stores)
        n += uvarint_size(k + 1)
        n += k
    v_successors = o.successors
    n += uvarint_size(len(v_successors) + 1)
    for x_successors in v_successors:
        k = utf8_len(x_successors)
        n += uvarint_size(k + 1)
        n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupTopologyDescriptionUpdateRequest._READERS = (
    _r_StreamsGroupTopologyDescriptionUpdateRequest_0,
)
StreamsGroupTopologyDescriptionUpdateRequest._WRITERS = (
    _w_StreamsGroupTopologyDescriptionUpdateRequest_0,
)
StreamsGroupTopologyDescriptionUpdateRequest._SIZERS = (
    _s_StreamsGroupTopologyDescriptionUpdateRequest_0,
)
bind_readers(
    StreamsGroupTopologyDescriptionUpdateRequest,
    "streams_group_topology_description_update_request",
    "cc42cd515a38c4b7",
    (
        TopologyDescriptionNode,
        TopologyDescriptionSubtopology,
        TopologyDescriptionGlobalStore,
        TopologyDescription,
        StreamsGroupTopologyDescriptionUpdateRequest,
    ),
)
