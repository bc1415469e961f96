"""Every advertised API answers every advertised version with a response that encodes.

Requests name an existing topic and partition where the API takes topics, so handlers walk
their real paths; a response field set in a version that cannot carry it fails here.
"""

from __future__ import annotations

import uuid
from typing import Any

import anyio
import pytest

from fluxmq.protocol.message import Message, Struct
from fluxmq.protocol.messages import request_class
from fluxmq.protocol.records import build_batch
from fluxmq.server import handlers  # noqa: F401  (registers every API)
from fluxmq.server.broker import Broker, RequestContext
from fluxmq.server.config import ServerConfig
from fluxmq.server.registry import REGISTRY

pytestmark = pytest.mark.timeout(120)


def _fill(cls: type[Struct], version: int, topic: str, topic_id: uuid.UUID) -> Any:
    """A request struct whose topic-ish fields point at `topic`, partition 0."""
    kwargs: dict[str, Any] = {}
    for f in cls.FIELDS:
        if not f.versions[0] <= version <= f.versions[1]:
            continue
        if f.struct is not None:
            child = _fill(f.struct, version, topic, topic_id)
            kwargs[f.name] = [child] if f.is_array else child
        elif f.kind == "string" and f.name in ("name", "topic", "resource_name", "topic_name"):
            kwargs[f.name] = topic if not f.is_array else [topic]
        elif f.kind == "uuid" and f.name == "topic_id":
            kwargs[f.name] = topic_id
        elif f.kind == "records":
            kwargs[f.name] = build_batch([b"x"], timestamps=1)
        elif f.kind == "int8" and f.name == "resource_type":
            kwargs[f.name] = 2  # TOPIC
        elif f.kind == "int16" and f.name == "acks":
            kwargs[f.name] = -1
        elif f.kind == "int32" and f.name in ("partitions", "partition_indexes") and f.is_array:
            kwargs[f.name] = [0]
        elif f.kind == "int32" and f.name in ("max_bytes", "partition_max_bytes"):
            kwargs[f.name] = 1 << 20
    return cls(**kwargs)


CASES = [
    (key, v)
    for key, api in sorted(REGISTRY.apis.items())
    for v in range(api.min_version, api.max_version + 1)
]


@pytest.fixture(scope="module")
def broker(tmp_path_factory) -> Broker:  # type: ignore[no-untyped-def]
    b = Broker(ServerConfig(data_dir=str(tmp_path_factory.mktemp("all-versions"))))
    b.create_topic("t", 1)
    yield b
    b.close()


@pytest.mark.parametrize(("key", "version"), CASES, ids=[f"{k}v{v}" for k, v in CASES])
def test_response_encodes(broker: Broker, key: int, version: int) -> None:
    if key in (19, 20):  # create/delete topics: use their own topic so the module's stays
        name = f"x{key}v{version}"
    else:
        name = "t"
    info = broker.storage.catalog.topics.get("t")
    assert info is not None
    req = _fill(request_class(key), version, name, info.topic_id)
    if key == 1:
        req.max_wait_ms = 0
    req.encode(version)  # the request itself is valid at this version

    async def go() -> Message | None:
        return await broker.handle(RequestContext(key, version), req)

    resp = anyio.run(go)
    if resp is None:
        return
    wire = resp.encode(version)
    assert type(resp).decode(wire, version) is not None
