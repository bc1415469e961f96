"""Fixtures for the client tests: a real Apache Kafka 4.x next to fluxmq-server and embedded.

- `kafka_factory(props)`: a single-node KRaft Apache Kafka (tests/kafka_runtime.py) with
  `props` on top of `kafka_runtime.TEST_PROPS`. At most one Kafka runs at a time; it is reused
  while a module's tests ask for the same props (they use distinct topic and group names) and
  stopped at the end of the module, so it starts about once per test module (~6-10 s). A
  test that fails leaves the broker to be replaced before the next one and prints its log.
- Tests that run against Kafka carry the `kafka` mark (`-m "not kafka"` leaves them out). The
  jars are fetched with Maven right after collection when such a test is selected, so that
  the download is not charged to one test's timeout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from tests.kafka_runtime import KafkaServer, KafkaStartError, kafka_libs


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    if any(item.get_closest_marker("kafka") for item in session.items):
        try:
            kafka_libs()
        except KafkaStartError as e:  # the Kafka tests fail with it (the others still run)
            print(f"\nApache Kafka is not available: {e}")


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    rep = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, "rep_" + rep.when, rep)


def _failed(item: pytest.Item) -> bool:
    return any(
        getattr(getattr(item, f"rep_{when}", None), "failed", False) for when in ("setup", "call")
    )


class KafkaPool:
    """At most one running Kafka; replaced when other props are asked for or it is dirty."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.current: KafkaServer | None = None
        self.key: tuple[tuple[str, str], ...] = ()
        self.dirty = False
        self.starts = 0

    def get(self, props: Mapping[str, str]) -> KafkaServer:
        key = tuple(sorted(props.items()))
        cur = self.current
        if cur is not None and key == self.key and not self.dirty and cur.alive():
            return cur
        self.close()
        self.starts += 1
        self.current = KafkaServer(self.base / f"kafka{self.starts}", props)
        self.key, self.dirty = key, True  # until it is up
        self.current.start()
        self.dirty = False
        return self.current

    def close(self) -> None:
        if self.current is not None:
            self.current.stop()
            self.current = None


@pytest.fixture(scope="module")
def kafka_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaPool]:
    pool = KafkaPool(tmp_path_factory.mktemp("kafka"))
    try:
        yield pool
    finally:
        pool.close()


@pytest.fixture
def kafka_factory(
    request: pytest.FixtureRequest, kafka_pool: KafkaPool
) -> Iterator[Callable[..., KafkaServer]]:
    """`make(props)`: the session's Apache Kafka with those server.properties (see above)."""
    used: list[KafkaServer] = []

    def make(props: Mapping[str, str] | None = None) -> KafkaServer:
        k = kafka_pool.get(props or {})
        used.append(k)
        return k

    yield make

    if used and (_failed(request.node) or not used[-1].alive()):
        kafka_pool.dirty = True  # the next test gets a fresh broker
        for k in dict.fromkeys(used):
            print(f"\n----- Apache Kafka {k.version} ({k.workdir}) -----\n{k.log_tail(200)}")
