# generated from Kafka 4.4.0 by codegen — do not edit
"""StreamsGroupTopologyValue: Kafka coordinator-value (key 23), versions 0."""

from __future__ import annotations

from struct import Struct as PackStruct, error as StructError, pack, unpack_from
from collections.abc import Sequence
from typing import ClassVar
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
from fluxmq.protocol.primitives import (
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "TopicConfig",
    "TopicInfo",
    "CopartitionGroup",
    "Subtopology",
    "StreamsGroupTopologyValue",
]

_F0 = PackStruct(">i")
_F1 = PackStruct(">ih")
_Ai16 = array_structs("h")


class TopicConfig(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "key", "key", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "value", "value", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
    )
    key: str = ""
    value: str = ""
    unknown_tags: dict[int, bytes] | None = None


class TopicInfo(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "partitions",
            "Partitions",
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
            "replication_factor",
            "ReplicationFactor",
            "int16",
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
            "topic_configs",
            "TopicConfigs",
            "TopicConfig",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicConfig,
            False,
        ),
    )
    name: str = ""
    partitions: int = 0
    replication_factor: int = 0
    topic_configs: Sequence[TopicConfig] = ()
    unknown_tags: dict[int, bytes] | None = None


class CopartitionGroup(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "source_topics",
            "SourceTopics",
            "int16",
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
            "source_topic_regex",
            "SourceTopicRegex",
            "int16",
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
            "repartition_source_topics",
            "RepartitionSourceTopics",
            "int16",
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
    source_topics: Sequence[int] = ()
    source_topic_regex: Sequence[int] = ()
    repartition_source_topics: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class Subtopology(_StructBase):
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
            "source_topic_regex",
            "SourceTopicRegex",
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
            "state_changelog_topics",
            "StateChangelogTopics",
            "TopicInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicInfo,
            False,
        ),
        FieldInfo(
            "repartition_sink_topics",
            "RepartitionSinkTopics",
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
            "repartition_source_topics",
            "RepartitionSourceTopics",
            "TopicInfo",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            TopicInfo,
            False,
        ),
        FieldInfo(
            "copartition_groups",
            "CopartitionGroups",
            "CopartitionGroup",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            CopartitionGroup,
            False,
        ),
    )
    subtopology_id: str = ""
    source_topics: Sequence[str] = ()
    source_topic_regex: Sequence[str] = ()
    state_changelog_topics: Sequence[TopicInfo] = ()
    repartition_sink_topics: Sequence[str] = ()
    repartition_source_topics: Sequence[TopicInfo] = ()
    copartition_groups: Sequence[CopartitionGroup] = ()
    unknown_tags: dict[int, bytes] | None = None


class StreamsGroupTopologyValue(_Message):
    NAME: ClassVar[str] = "StreamsGroupTopologyValue"
    TYPE: ClassVar[str] = "coordinator-value"
    API_KEY: ClassVar[int | None] = 23
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN: ClassVar[int | None] = 0
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "epoch", "Epoch", "int32", False, (0, 32767), (1, 0), None, (1, 0), False, None, False
        ),
        FieldInfo(
            "subtopologies",
            "Subtopologies",
            "Subtopology",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            Subtopology,
            False,
        ),
    )
    epoch: int = 0
    subtopologies: Sequence[Subtopology] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_StreamsGroupTopologyValue_0(
    buf: memoryview, pos: int
) -> tuple[StreamsGroupTopologyValue, int]:
    end = len(buf)
    try:
        (f_epoch,) = _F0.unpack_from(buf, pos)
        pos += 4
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
            raise null_not_allowed("StreamsGroupTopologyValue.Subtopologies", pos)
        elif n > end - pos:
            raise bad_length("StreamsGroupTopologyValue.Subtopologies", n, pos, end - pos)
        else:
            items_subtopologies: list[Subtopology] = []
            append_subtopologies = items_subtopologies.append
            for _ in range(n):
                x_subtopologies, pos = _r_Subtopology_0(buf, pos)
                append_subtopologies(x_subtopologies)
            f_subtopologies: tuple[Subtopology, ...] = tuple(items_subtopologies)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return StreamsGroupTopologyValue(f_epoch, f_subtopologies, tags), pos
    except (StructError, IndexError):
        raise truncated("StreamsGroupTopologyValue v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("StreamsGroupTopologyValue v0", pos) from None


def _w_StreamsGroupTopologyValue_0(o: StreamsGroupTopologyValue, out: list[Buffer]) -> None:
    a = out.append
    a(_F0.pack(o.epoch))
    v_subtopologies = o.subtopologies
    n = len(v_subtopologies) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_subtopologies = _w_Subtopology_0
    for x_subtopologies in v_subtopologies:
        w_subtopologies(x_subtopologies, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_StreamsGroupTopologyValue_0(o: StreamsGroupTopologyValue) -> int:
    n = 4
    v_subtopologies = o.subtopologies
    n += uvarint_size(len(v_subtopologies) + 1)
    sz_subtopologies = _s_Subtopology_0
    for x_subtopologies in v_subtopologies:
        n += sz_subtopologies(x_subtopologies)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_Subtopology_0(buf: memoryview, pos: int) -> tuple[Subtopology, int]:
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
            raise null_not_allowed("Subtopology.SubtopologyId", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SubtopologyId", n, pos, end - pos)
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
            raise null_not_allowed("Subtopology.SourceTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SourceTopics", n, pos, end - pos)
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
                    raise null_not_allowed("Subtopology.SourceTopics", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.SourceTopics", n, pos, end - pos)
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
            raise null_not_allowed("Subtopology.SourceTopicRegex", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.SourceTopicRegex", n, pos, end - pos)
        else:
            items_source_topic_regex: list[str] = []
            append_source_topic_regex = items_source_topic_regex.append
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
                    raise null_not_allowed("Subtopology.SourceTopicRegex", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.SourceTopicRegex", n, pos, end - pos)
                else:
                    x_source_topic_regex = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_source_topic_regex(x_source_topic_regex)
            f_source_topic_regex: tuple[str, ...] = tuple(items_source_topic_regex)
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
            raise null_not_allowed("Subtopology.StateChangelogTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.StateChangelogTopics", n, pos, end - pos)
        else:
            items_state_changelog_topics: list[TopicInfo] = []
            append_state_changelog_topics = items_state_changelog_topics.append
            for _ in range(n):
                x_state_changelog_topics, pos = _r_TopicInfo_0(buf, pos)
                append_state_changelog_topics(x_state_changelog_topics)
            f_state_changelog_topics: tuple[TopicInfo, ...] = tuple(items_state_changelog_topics)
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
            raise null_not_allowed("Subtopology.RepartitionSinkTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.RepartitionSinkTopics", n, pos, end - pos)
        else:
            items_repartition_sink_topics: list[str] = []
            append_repartition_sink_topics = items_repartition_sink_topics.append
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
                    raise null_not_allowed("Subtopology.RepartitionSinkTopics", pos)
                elif n > end - pos:
                    raise bad_length("Subtopology.RepartitionSinkTopics", n, pos, end - pos)
                else:
                    x_repartition_sink_topics = str(buf[pos : pos + n], "utf-8")
                    pos += n
                append_repartition_sink_topics(x_repartition_sink_topics)
            f_repartition_sink_topics: tuple[str, ...] = tuple(items_repartition_sink_topics)
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
            raise null_not_allowed("Subtopology.RepartitionSourceTopics", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.RepartitionSourceTopics", n, pos, end - pos)
        else:
            items_repartition_source_topics: list[TopicInfo] = []
            append_repartition_source_topics = items_repartition_source_topics.append
            for _ in range(n):
                x_repartition_source_topics, pos = _r_TopicInfo_0(buf, pos)
                append_repartition_source_topics(x_repartition_source_topics)
            f_repartition_source_topics: tuple[TopicInfo, ...] = tuple(
                items_repartition_source_topics
            )
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
            raise null_not_allowed("Subtopology.CopartitionGroups", pos)
        elif n > end - pos:
            raise bad_length("Subtopology.CopartitionGroups", n, pos, end - pos)
        else:
            items_copartition_groups: list[CopartitionGroup] = []
            append_copartition_groups = items_copartition_groups.append
            for _ in range(n):
                x_copartition_groups, pos = _r_CopartitionGroup_0(buf, pos)
                append_copartition_groups(x_copartition_groups)
            f_copartition_groups: tuple[CopartitionGroup, ...] = tuple(items_copartition_groups)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            Subtopology(
                f_subtopology_id,
                f_source_topics,
                f_source_topic_regex,
                f_state_changelog_topics,
                f_repartition_sink_topics,
                f_repartition_source_topics,
                f_copartition_groups,
                tags,
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("Subtopology v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("Subtopology v0", pos) from None


def _w_Subtopology_0(o: Subtopology, out: list[Buffer]) -> None:
    a = out.append
    v_subtopology_id = o.subtopology_id
    b = v_subtopology_id.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topics in v_source_topics:
        b = x_source_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_source_topic_regex = o.source_topic_regex
    n = len(v_source_topic_regex) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_source_topic_regex in v_source_topic_regex:
        b = x_source_topic_regex.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_state_changelog_topics = o.state_changelog_topics
    n = len(v_state_changelog_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_state_changelog_topics = _w_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        w_state_changelog_topics(x_state_changelog_topics, out)
    v_repartition_sink_topics = o.repartition_sink_topics
    n = len(v_repartition_sink_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    for x_repartition_sink_topics in v_repartition_sink_topics:
        b = x_repartition_sink_topics.encode("utf-8")
        n = len(b) + 1
        a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
        a(b)
    v_repartition_source_topics = o.repartition_source_topics
    n = len(v_repartition_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_repartition_source_topics = _w_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        w_repartition_source_topics(x_repartition_source_topics, out)
    v_copartition_groups = o.copartition_groups
    n = len(v_copartition_groups) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_copartition_groups = _w_CopartitionGroup_0
    for x_copartition_groups in v_copartition_groups:
        w_copartition_groups(x_copartition_groups, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_Subtopology_0(o: Subtopology) -> int:
    n = 0
    v_subtopology_id = o.subtopology_id
    k = utf8_len(v_subtopology_id)
    n += uvarint_size(k + 1)
    n += k
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    for x_source_topics in v_source_topics:
        k = utf8_len(x_source_topics)
        n += uvarint_size(k + 1)
        n += k
    v_source_topic_regex = o.source_topic_regex
    n += uvarint_size(len(v_source_topic_regex) + 1)
    for x_source_topic_regex in v_source_topic_regex:
        k = utf8_len(x_source_topic_regex)
        n += uvarint_size(k + 1)
        n += k
    v_state_changelog_topics = o.state_changelog_topics
    n += uvarint_size(len(v_state_changelog_topics) + 1)
    sz_state_changelog_topics = _s_TopicInfo_0
    for x_state_changelog_topics in v_state_changelog_topics:
        n += sz_state_changelog_topics(x_state_changelog_topics)
    v_repartition_sink_topics = o.repartition_sink_topics
    n += uvarint_size(len(v_repartition_sink_topics) + 1)
    for x_repartition_sink_topics in v_repartition_sink_topics:
        k = utf8_len(x_repartition_sink_topics)
        n += uvarint_size(k + 1)
        n += k
    v_repartition_source_topics = o.repartition_source_topics
    n += uvarint_size(len(v_repartition_source_topics) + 1)
    sz_repartition_source_topics = _s_TopicInfo_0
    for x_repartition_source_topics in v_repartition_source_topics:
        n += sz_repartition_source_topics(x_repartition_source_topics)
    v_copartition_groups = o.copartition_groups
    n += uvarint_size(len(v_copartition_groups) + 1)
    sz_copartition_groups = _s_CopartitionGroup_0
    for x_copartition_groups in v_copartition_groups:
        n += sz_copartition_groups(x_copartition_groups)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_CopartitionGroup_0(buf: memoryview, pos: int) -> tuple[CopartitionGroup, int]:
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
        if 0 <= n < SMALL_ARRAY:
            f_source_topics = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.SourceTopics", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.SourceTopics", n, pos, end - pos)
        else:
            f_source_topics = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
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
        if 0 <= n < SMALL_ARRAY:
            f_source_topic_regex = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.SourceTopicRegex", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.SourceTopicRegex", n, pos, end - pos)
        else:
            f_source_topic_regex = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
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
        if 0 <= n < SMALL_ARRAY:
            f_repartition_source_topics = _Ai16[n].unpack_from(buf, pos)
            pos += n * 2
        elif n < 0:
            raise null_not_allowed("CopartitionGroup.RepartitionSourceTopics", pos)
        elif n * 2 > end - pos:
            raise bad_length("CopartitionGroup.RepartitionSourceTopics", n, pos, end - pos)
        else:
            f_repartition_source_topics = unpack_from(">%dh" % n, buf, pos)
            pos += n * 2
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return (
            CopartitionGroup(
                f_source_topics, f_source_topic_regex, f_repartition_source_topics, tags
            ),
            pos,
        )
    except (StructError, IndexError):
        raise truncated("CopartitionGroup v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("CopartitionGroup v0", pos) from None


def _w_CopartitionGroup_0(o: CopartitionGroup, out: list[Buffer]) -> None:
    a = out.append
    v_source_topics = o.source_topics
    n = len(v_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_source_topics)
    a(_Ai16[k].pack(*v_source_topics) if k < SMALL_ARRAY else pack(">%dh" % k, *v_source_topics))
    v_source_topic_regex = o.source_topic_regex
    n = len(v_source_topic_regex) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_source_topic_regex)
    a(
        _Ai16[k].pack(*v_source_topic_regex)
        if k < SMALL_ARRAY
        else pack(">%dh" % k, *v_source_topic_regex)
    )
    v_repartition_source_topics = o.repartition_source_topics
    n = len(v_repartition_source_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_repartition_source_topics)
    a(
        _Ai16[k].pack(*v_repartition_source_topics)
        if k < SMALL_ARRAY
        else pack(">%dh" % k, *v_repartition_source_topics)
    )
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_CopartitionGroup_0(o: CopartitionGroup) -> int:
    n = 0
    v_source_topics = o.source_topics
    n += uvarint_size(len(v_source_topics) + 1)
    n += 2 * len(v_source_topics)
    v_source_topic_regex = o.source_topic_regex
    n += uvarint_size(len(v_source_topic_regex) + 1)
    n += 2 * len(v_source_topic_regex)
    v_repartition_source_topics = o.repartition_source_topics
    n += uvarint_size(len(v_repartition_source_topics) + 1)
    n += 2 * len(v_repartition_source_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicInfo_0(buf: memoryview, pos: int) -> tuple[TopicInfo, int]:
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
            raise null_not_allowed("TopicInfo.Name", pos)
        elif n > end - pos:
            raise bad_length("TopicInfo.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (
            f_partitions,
            f_replication_factor,
        ) = _F1.unpack_from(buf, pos)
        pos += 6
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
            raise null_not_allowed("TopicInfo.TopicConfigs", pos)
        elif n > end - pos:
            raise bad_length("TopicInfo.TopicConfigs", n, pos, end - pos)
        else:
            items_topic_configs: list[TopicConfig] = []
            append_topic_configs = items_topic_configs.append
            for _ in range(n):
                x_topic_configs, pos = _r_TopicConfig_0(buf, pos)
                append_topic_configs(x_topic_configs)
            f_topic_configs: tuple[TopicConfig, ...] = tuple(items_topic_configs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicInfo(f_name, f_partitions, f_replication_factor, f_topic_configs, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicInfo v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicInfo v0", pos) from None


def _w_TopicInfo_0(o: TopicInfo, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    a(_F1.pack(o.partitions, o.replication_factor))
    v_topic_configs = o.topic_configs
    n = len(v_topic_configs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topic_configs = _w_TopicConfig_0
    for x_topic_configs in v_topic_configs:
        w_topic_configs(x_topic_configs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicInfo_0(o: TopicInfo) -> int:
    n = 6
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_topic_configs = o.topic_configs
    n += uvarint_size(len(v_topic_configs) + 1)
    sz_topic_configs = _s_TopicConfig_0
    for x_topic_configs in v_topic_configs:
        n += sz_topic_configs(x_topic_configs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_TopicConfig_0(buf: memoryview, pos: int) -> tuple[TopicConfig, int]:
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
            raise null_not_allowed("TopicConfig.key", pos)
        elif n > end - pos:
            raise bad_length("TopicConfig.key", n, pos, end - pos)
        else:
            f_key = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("TopicConfig.value", pos)
        elif n > end - pos:
            raise bad_length("TopicConfig.value", n, pos, end - pos)
        else:
            f_value = str(buf[pos : pos + n], "utf-8")
            pos += n
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return TopicConfig(f_key, f_value, tags), pos
    except (StructError, IndexError):
        raise truncated("TopicConfig v0", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("TopicConfig v0", pos) from None


def _w_TopicConfig_0(o: TopicConfig, out: list[Buffer]) -> None:
    a = out.append
    v_key = o.key
    b = v_key.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_value = o.value
    b = v_value.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_TopicConfig_0(o: TopicConfig) -> int:
    n = 0
    v_key = o.key
    k = utf8_len(v_key)
    n += uvarint_size(k + 1)
    n += k
    v_value = o.value
    k = utf8_len(v_value)
    n += uvarint_size(k + 1)
    n += k
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


StreamsGroupTopologyValue._READERS = (_r_StreamsGroupTopologyValue_0,)
StreamsGroupTopologyValue._WRITERS = (_w_StreamsGroupTopologyValue_0,)
StreamsGroupTopologyValue._SIZERS = (_s_StreamsGroupTopologyValue_0,)
bind_readers(
    StreamsGroupTopologyValue,
    "streams_group_topology_value",
    "821f652b30369cb3",
    (
        TopicConfig,
        TopicInfo,
        CopartitionGroup,
        Subtopology,
        StreamsGroupTopologyValue,
    ),
)
