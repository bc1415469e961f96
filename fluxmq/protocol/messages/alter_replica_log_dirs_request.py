# generated from Kafka 4.4.0 by codegen — do not edit
"""AlterReplicaLogDirsRequest: Kafka request (key 34), versions 1-2."""

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
    INT16,
    INT32,
    UVARINTS,
    Buffer,
    SMALL_ARRAY,
    array_structs,
    read_uvarint,
    uvarint_bytes,
    uvarint_size,
)

__all__ = [
    "AlterReplicaLogDirTopic",
    "AlterReplicaLogDir",
    "AlterReplicaLogDirsRequest",
]

_Ai32 = array_structs("i")


class AlterReplicaLogDirTopic(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "name", "Name", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "partitions",
            "Partitions",
            "int32",
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
    partitions: Sequence[int] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterReplicaLogDir(_StructBase):
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "path", "Path", "string", False, (0, 32767), (1, 0), None, (1, 0), False, None, True
        ),
        FieldInfo(
            "topics",
            "Topics",
            "AlterReplicaLogDirTopic",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterReplicaLogDirTopic,
            False,
        ),
    )
    path: str = ""
    topics: Sequence[AlterReplicaLogDirTopic] = ()
    unknown_tags: dict[int, bytes] | None = None


class AlterReplicaLogDirsRequest(_Message):
    NAME: ClassVar[str] = "AlterReplicaLogDirsRequest"
    TYPE: ClassVar[str] = "request"
    API_KEY: ClassVar[int | None] = 34
    MIN_VERSION: ClassVar[int] = 1
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN: ClassVar[int | None] = 2
    FIELDS: ClassVar[tuple[FieldInfo, ...]] = (
        FieldInfo(
            "dirs",
            "Dirs",
            "AlterReplicaLogDir",
            True,
            (0, 32767),
            (1, 0),
            None,
            (1, 0),
            False,
            AlterReplicaLogDir,
            False,
        ),
    )
    dirs: Sequence[AlterReplicaLogDir] = ()
    unknown_tags: dict[int, bytes] | None = None


def _r_AlterReplicaLogDirsRequest_0(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirsRequest, int]:
    end = len(buf)
    try:
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDirsRequest.Dirs", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirsRequest.Dirs", n, pos, end - pos)
        else:
            items_dirs: list[AlterReplicaLogDir] = []
            append_dirs = items_dirs.append
            for _ in range(n):
                x_dirs, pos = _r_AlterReplicaLogDir_0(buf, pos)
                append_dirs(x_dirs)
            f_dirs: tuple[AlterReplicaLogDir, ...] = tuple(items_dirs)
        return AlterReplicaLogDirsRequest(f_dirs, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirsRequest v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirsRequest v1", pos) from None


def _w_AlterReplicaLogDirsRequest_0(o: AlterReplicaLogDirsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_dirs = o.dirs
    a(INT32.pack(len(v_dirs)))
    w_dirs = _w_AlterReplicaLogDir_0
    for x_dirs in v_dirs:
        w_dirs(x_dirs, out)


def _s_AlterReplicaLogDirsRequest_0(o: AlterReplicaLogDirsRequest) -> int:
    n = 0
    v_dirs = o.dirs
    n += 4
    sz_dirs = _s_AlterReplicaLogDir_0
    for x_dirs in v_dirs:
        n += sz_dirs(x_dirs)
    return n


def _r_AlterReplicaLogDirsRequest_1(
    buf: memoryview, pos: int
) -> tuple[AlterReplicaLogDirsRequest, int]:
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
            raise null_not_allowed("AlterReplicaLogDirsRequest.Dirs", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirsRequest.Dirs", n, pos, end - pos)
        else:
            items_dirs: list[AlterReplicaLogDir] = []
            append_dirs = items_dirs.append
            for _ in range(n):
                x_dirs, pos = _r_AlterReplicaLogDir_1(buf, pos)
                append_dirs(x_dirs)
            f_dirs: tuple[AlterReplicaLogDir, ...] = tuple(items_dirs)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDirsRequest(f_dirs, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirsRequest v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirsRequest v2", pos) from None


def _w_AlterReplicaLogDirsRequest_1(o: AlterReplicaLogDirsRequest, out: list[Buffer]) -> None:
    a = out.append
    v_dirs = o.dirs
    n = len(v_dirs) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_dirs = _w_AlterReplicaLogDir_1
    for x_dirs in v_dirs:
        w_dirs(x_dirs, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDirsRequest_1(o: AlterReplicaLogDirsRequest) -> int:
    n = 0
    v_dirs = o.dirs
    n += uvarint_size(len(v_dirs) + 1)
    sz_dirs = _s_AlterReplicaLogDir_1
    for x_dirs in v_dirs:
        n += sz_dirs(x_dirs)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterReplicaLogDir_0(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDir, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDir.Path", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDir.Path", n, pos, end - pos)
        else:
            f_path = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDir.Topics", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDir.Topics", n, pos, end - pos)
        else:
            items_topics: list[AlterReplicaLogDirTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AlterReplicaLogDirTopic_0(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AlterReplicaLogDirTopic, ...] = tuple(items_topics)
        return AlterReplicaLogDir(f_path, f_topics, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDir v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDir v1", pos) from None


def _w_AlterReplicaLogDir_0(o: AlterReplicaLogDir, out: list[Buffer]) -> None:
    a = out.append
    v_path = o.path
    b = v_path.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_topics = o.topics
    a(INT32.pack(len(v_topics)))
    w_topics = _w_AlterReplicaLogDirTopic_0
    for x_topics in v_topics:
        w_topics(x_topics, out)


def _s_AlterReplicaLogDir_0(o: AlterReplicaLogDir) -> int:
    n = 0
    v_path = o.path
    k = utf8_len(v_path)
    n += 2
    n += k
    v_topics = o.topics
    n += 4
    sz_topics = _s_AlterReplicaLogDirTopic_0
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    return n


def _r_AlterReplicaLogDir_1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDir, int]:
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
            raise null_not_allowed("AlterReplicaLogDir.Path", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDir.Path", n, pos, end - pos)
        else:
            f_path = str(buf[pos : pos + n], "utf-8")
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
            raise null_not_allowed("AlterReplicaLogDir.Topics", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDir.Topics", n, pos, end - pos)
        else:
            items_topics: list[AlterReplicaLogDirTopic] = []
            append_topics = items_topics.append
            for _ in range(n):
                x_topics, pos = _r_AlterReplicaLogDirTopic_1(buf, pos)
                append_topics(x_topics)
            f_topics: tuple[AlterReplicaLogDirTopic, ...] = tuple(items_topics)
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDir(f_path, f_topics, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDir v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDir v2", pos) from None


def _w_AlterReplicaLogDir_1(o: AlterReplicaLogDir, out: list[Buffer]) -> None:
    a = out.append
    v_path = o.path
    b = v_path.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_topics = o.topics
    n = len(v_topics) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    w_topics = _w_AlterReplicaLogDirTopic_1
    for x_topics in v_topics:
        w_topics(x_topics, out)
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDir_1(o: AlterReplicaLogDir) -> int:
    n = 0
    v_path = o.path
    k = utf8_len(v_path)
    n += uvarint_size(k + 1)
    n += k
    v_topics = o.topics
    n += uvarint_size(len(v_topics) + 1)
    sz_topics = _s_AlterReplicaLogDirTopic_1
    for x_topics in v_topics:
        n += sz_topics(x_topics)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


def _r_AlterReplicaLogDirTopic_0(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
    end = len(buf)
    try:
        (n,) = INT16.unpack_from(buf, pos)
        pos += 2
        if n < 0:
            raise null_not_allowed("AlterReplicaLogDirTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
            pos += n
        (n,) = INT32.unpack_from(buf, pos)
        pos += 4
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("AlterReplicaLogDirTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("AlterReplicaLogDirTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        return AlterReplicaLogDirTopic(f_name, f_partitions, None), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirTopic v1", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirTopic v1", pos) from None


def _w_AlterReplicaLogDirTopic_0(o: AlterReplicaLogDirTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    a(INT16.pack(len(b)))
    a(b)
    v_partitions = o.partitions
    a(INT32.pack(len(v_partitions)))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))


def _s_AlterReplicaLogDirTopic_0(o: AlterReplicaLogDirTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += 2
    n += k
    v_partitions = o.partitions
    n += 4
    n += 4 * len(v_partitions)
    return n


def _r_AlterReplicaLogDirTopic_1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
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
            raise null_not_allowed("AlterReplicaLogDirTopic.Name", pos)
        elif n > end - pos:
            raise bad_length("AlterReplicaLogDirTopic.Name", n, pos, end - pos)
        else:
            f_name = str(buf[pos : pos + n], "utf-8")
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
        if 0 <= n < SMALL_ARRAY:
            f_partitions = _Ai32[n].unpack_from(buf, pos)
            pos += n * 4
        elif n < 0:
            raise null_not_allowed("AlterReplicaLogDirTopic.Partitions", pos)
        elif n * 4 > end - pos:
            raise bad_length("AlterReplicaLogDirTopic.Partitions", n, pos, end - pos)
        else:
            f_partitions = unpack_from(">%di" % n, buf, pos)
            pos += n * 4
        if buf[pos] == 0:
            pos += 1
            tags: dict[int, bytes] | None = None
        else:
            tags, pos = read_tags(buf, pos)
        return AlterReplicaLogDirTopic(f_name, f_partitions, tags), pos
    except (StructError, IndexError):
        raise truncated("AlterReplicaLogDirTopic v2", pos, buf) from None
    except UnicodeDecodeError:
        raise bad_utf8("AlterReplicaLogDirTopic v2", pos) from None


def _w_AlterReplicaLogDirTopic_1(o: AlterReplicaLogDirTopic, out: list[Buffer]) -> None:
    a = out.append
    v_name = o.name
    b = v_name.encode("utf-8")
    n = len(b) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    a(b)
    v_partitions = o.partitions
    n = len(v_partitions) + 1
    a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))
    k = len(v_partitions)
    a(_Ai32[k].pack(*v_partitions) if k < SMALL_ARRAY else pack(">%di" % k, *v_partitions))
    if o.unknown_tags is None:
        a(b"\x00")
    else:
        write_tags(out, dict(o.unknown_tags))


def _s_AlterReplicaLogDirTopic_1(o: AlterReplicaLogDirTopic) -> int:
    n = 0
    v_name = o.name
    k = utf8_len(v_name)
    n += uvarint_size(k + 1)
    n += k
    v_partitions = o.partitions
    n += uvarint_size(len(v_partitions) + 1)
    n += 4 * len(v_partitions)
    tags: dict[int, int] = {}
    if o.unknown_tags is not None:
        tags.update((t, len(p)) for t, p in o.unknown_tags.items())
    n += tags_size(tags)
    return n


AlterReplicaLogDirsRequest._READERS = (
    None,
    _r_AlterReplicaLogDirsRequest_0,
    _r_AlterReplicaLogDirsRequest_1,
)
AlterReplicaLogDirsRequest._WRITERS = (
    None,
    _w_AlterReplicaLogDirsRequest_0,
    _w_AlterReplicaLogDirsRequest_1,
)
AlterReplicaLogDirsRequest._SIZERS = (
    None,
    _s_AlterReplicaLogDirsRequest_0,
    _s_AlterReplicaLogDirsRequest_1,
)
bind_readers(
    AlterReplicaLogDirsRequest,
    "alter_replica_log_dirs_request",
    "526adf2e664c6436",
    (
        AlterReplicaLogDirTopic,
        AlterReplicaLogDir,
        AlterReplicaLogDirsRequest,
    ),
)
