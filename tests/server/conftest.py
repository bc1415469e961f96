"""Fixtures for tests against a real `fluxmq-server` process.

- `broker`: a broker on a free loopback port with a temporary data dir (3 partitions per
  auto-created topic); `broker_factory(props)` for brokers with their own server.properties.
  Each is stopped with SIGTERM (then SIGKILL) after the test; its log is kept in the test's
  tmp dir and printed when the test fails.
- `group_env_factory(props)`: a broker with quick group timeouts and a GroupEnv that runs
  consumer-group members as processes (tests/server/_groups.py).
- `java_clients`: the Java interop CLI (tests/java) built with Maven for each pinned
  kafka-clients version, once per session, cached under tests/java/target/ by a hash of the
  pom and sources. Missing Java or Maven fails the tests that need them; nothing is skipped.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from ._clients import JavaDriver, quiet_client_logs
from ._groups import GROUP_BROKER_PROPS, GroupEnv, KafkaRefBroker, kafka_ref_libs

ROOT = Path(__file__).resolve().parents[2]
JAVA_DIR = ROOT / "tests" / "java"
# kafka-clients versions the interop tests run: the 4.1 line and the newest pinned release.
JAVA_CLIENT_VERSIONS = ("4.1.1", "4.4.0")
READY = "fluxmq-server ready:"


def pytest_configure(config: pytest.Config) -> None:
    quiet_client_logs()
    # kafka-python loads its protocol schemas with importlib.resources' legacy calls.
    for msg in ("read_text is deprecated", "open_text is deprecated"):
        config.addinivalue_line("filterwarnings", f"ignore:{msg}:DeprecationWarning")


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    rep = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, "rep_" + rep.when, rep)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command() -> list[str]:
    script = Path(sys.executable).with_name("fluxmq-server")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "fluxmq.server.cli"]


class BrokerProcess:
    """One fluxmq-server subprocess; restartable on the same port and data dir."""

    def __init__(
        self,
        workdir: Path,
        props: Mapping[str, str] | None = None,
        *,
        port: int | None = None,
        log_level: str = "INFO",
    ) -> None:
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.data_dir = workdir / "data"
        self.log_path = workdir / "broker.log"
        self.props = dict(props or {})
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.log_level = log_level
        self.proc: subprocess.Popen[bytes] | None = None
        self.bootstrap = ""
        self.starts = 0
        self.exit_codes: list[int] = []

    @property
    def address(self) -> tuple[str, int]:
        """Where the broker listens (the bootstrap may be an advertised proxy)."""
        return self.host, self.port

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 30.0) -> None:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        props_path = self.workdir / "server.properties"
        props_path.write_text("".join(f"{k}={v}\n" for k, v in self.props.items()))
        self.starts += 1
        out_path = self.workdir / f"stdout-{self.starts}.txt"
        cmd = [
            *server_command(),
            "--host", self.host,
            "--port", str(self.port),
            "--data-dir", str(self.data_dir),
            "--config", str(props_path),
            "--log-level", self.log_level,
        ]  # fmt: skip
        with open(self.log_path, "ab") as log, open(out_path, "wb") as out:
            log.write(f"\n===== start {self.starts}: {' '.join(cmd)}\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                cmd, stdout=out, stderr=log, stdin=subprocess.DEVNULL, cwd=self.workdir
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = out_path.read_text(errors="replace")
            for line in text.splitlines():
                if line.startswith(READY):
                    self.bootstrap = line.split("bootstrap ", 1)[1].split()[0]
                    listening = line.split("listening on ", 1)[1].split(",")[0]
                    self.port = int(listening.rsplit(":", 1)[1])  # the real one with --port 0
                    return
            rc = self.proc.poll()
            if rc is not None:
                raise RuntimeError(
                    f"fluxmq-server exited {rc} before it was ready\n{self.log_tail()}"
                )
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"fluxmq-server not ready after {timeout}s\n{self.log_tail()}")

    def stop(self, timeout: float = 20.0) -> int:
        """SIGTERM, wait, then SIGKILL; returns the exit code (negative: killed by a signal)."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        rc = self.proc.returncode
        self.exit_codes.append(rc)
        self.proc = None
        return rc

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def restart(self, timeout: float = 30.0) -> int:
        """Clean stop, then start again on the same port and data dir; the stop's exit code."""
        rc = self.stop()
        self.start(timeout)
        return rc

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def log_tail(self, lines: int = 200) -> str:
        return "\n".join(self.log_text().splitlines()[-lines:])


def _failed(item: pytest.Item) -> bool:
    return any(
        getattr(getattr(item, f"rep_{when}", None), "failed", False) for when in ("setup", "call")
    )


@pytest.fixture
def broker_factory(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[..., BrokerProcess]]:
    """Start brokers with given server.properties; all are stopped after the test."""
    started: list[BrokerProcess] = []

    def make(
        props: Mapping[str, str] | None = None,
        *,
        port: int | None = None,
        log_level: str = "INFO",
        start: bool = True,
    ) -> BrokerProcess:
        b = BrokerProcess(tmp_path / f"broker{len(started)}", props, port=port, log_level=log_level)
        started.append(b)
        if start:
            for attempt in range(3):
                try:
                    b.start()
                    break
                except RuntimeError:
                    # The free port may have been taken between the probe and the bind.
                    if attempt == 2 or port is not None or "in use" not in b.log_text():
                        raise
                    b.port = free_port()
        return b

    yield make

    problems = []
    for b in started:
        was_alive = b.proc is not None and b.proc.poll() is None
        died = b.proc is not None and not was_alive
        rc = b.stop()
        if died:
            problems.append(f"broker {b.workdir.name} died during the test (exit {rc})")
        elif was_alive and rc != 0:
            problems.append(f"broker {b.workdir.name}: SIGTERM gave exit code {rc}, not 0")
    if _failed(request.node) or problems:
        for b in started:
            print(f"\n----- {b.workdir.name} log ({b.log_path}), last 300 lines -----")
            print(b.log_tail(300))
    if problems and not _failed(request.node):
        pytest.fail("; ".join(problems))


@pytest.fixture
def broker(broker_factory: Callable[..., BrokerProcess]) -> BrokerProcess:
    """A broker that auto-creates topics with 3 partitions."""
    return broker_factory({"num.partitions": "3"})


# ---------------------------------------------------------------- the Java interop CLI


def _source_hash(version: str) -> str:
    h = hashlib.sha256()
    h.update(version.encode())
    h.update((JAVA_DIR / "pom.xml").read_bytes())
    for f in sorted((JAVA_DIR / "src").rglob("*")):
        if f.is_file():
            h.update(str(f.relative_to(JAVA_DIR)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def build_java_cli(version: str) -> str:
    """Build (or reuse) tests/java for one kafka-clients version; returns its class path."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            pytest.fail(
                f"`{tool}` is not on PATH: the Java interop tests need a JDK (17+) and Maven "
                f"to build tests/java (apt-get install openjdk-17-jdk-headless maven)",
                pytrace=False,
            )
    out = JAVA_DIR / "target" / f"kafka-{version}"
    stamp = out / "build.sha256"
    want = _source_hash(version)
    (JAVA_DIR / "target").mkdir(exist_ok=True)
    with open(JAVA_DIR / "target" / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two sessions never build into one folder at once
        have = stamp.read_text().strip() if stamp.exists() else ""
        if have != want or not (out / "classes").is_dir() or not (out / "lib").is_dir():
            cmd = [
                "mvn", "-B", "-q", "-Dstyle.color=never", f"-Dkafka.version={version}",
                "clean", "package",
            ]  # fmt: skip
            t0 = time.monotonic()
            proc = subprocess.run(cmd, cwd=JAVA_DIR, capture_output=True, text=True, timeout=1200)
            if proc.returncode != 0:
                pytest.fail(
                    f"building tests/java for kafka-clients {version} failed "
                    f"(exit {proc.returncode}): {' '.join(cmd)}\n"
                    f"{(proc.stdout + proc.stderr)[-8000:]}",
                    pytrace=False,
                )
            stamp.write_text(want + "\n")
            print(f"built tests/java for kafka-clients {version} in {time.monotonic() - t0:.0f}s")
    return f"{out / 'classes'}{os.pathsep}{out / 'lib' / '*'}"


@pytest.fixture(scope="session")
def java_clients(tmp_path_factory: pytest.TempPathFactory) -> dict[str, JavaDriver]:
    """version -> JavaDriver, for every pinned kafka-clients version."""
    work = tmp_path_factory.mktemp("java")
    return {v: JavaDriver(v, build_java_cli(v), work / v) for v in JAVA_CLIENT_VERSIONS}


# ---------------------------------------------------------------- consumer-group tests


@pytest.fixture
def group_env_factory(
    request: pytest.FixtureRequest,
    broker_factory: Callable[..., BrokerProcess],
    tmp_path: Path,
) -> Iterator[Callable[..., GroupEnv]]:
    """`make(props)`: a broker with the group settings of `_groups.GROUP_BROKER_PROPS` (plus
    `props`) and a GroupEnv on it. Every member process is killed after the test; Apache Kafka
    replaces fluxmq-server when FLUXMQ_GROUP_TESTS_KAFKA names its jars (reference mode)."""
    envs: list[GroupEnv] = []
    refs: list[KafkaRefBroker] = []

    def java(version: str) -> JavaDriver:
        clients: dict[str, JavaDriver] = request.getfixturevalue("java_clients")
        return clients[version]

    def make(props: Mapping[str, str] | None = None) -> GroupEnv:
        all_props = {**GROUP_BROKER_PROPS, **(props or {})}
        libs = kafka_ref_libs()
        b: BrokerProcess | KafkaRefBroker
        if libs is None:
            b = broker_factory(
                all_props, log_level=os.environ.get("FLUXMQ_TEST_BROKER_LOG", "INFO")
            )
        else:
            b = KafkaRefBroker(libs, tmp_path / f"kafka{len(refs)}", all_props)
            refs.append(b)
            b.start()
        env = GroupEnv(b, tmp_path / f"group{len(envs)}", java)
        envs.append(env)
        return env

    try:
        yield make
    finally:
        for env in envs:
            env.cleanup()
        if _failed(request.node):
            for env in envs:
                for m in env.members:
                    print(f"\n----- {m.describe()}")
        for ref in refs:
            if _failed(request.node):
                print(f"\n----- Apache Kafka log, last 200 lines -----\n{ref.log_tail(200)}")
            ref.stop()
