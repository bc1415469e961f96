"""A real Apache Kafka 4.x for the tests, started from its Maven Central artefacts.

- `kafka_libs()` resolves the broker's jars once with Maven (`kafka_2.13` plus the SLF4J 1.x ->
  Log4j2 binding, which the Maven POMs leave out) into tests/.work/kafka-<version>/libs
  (git-ignored; Maven's own cache is ~/.m2). A file lock makes parallel sessions wait for one
  build instead of racing.
- `KafkaServer` formats a fresh single-node KRaft data dir (combined broker + controller, node
  id 0 like fluxmq-server) under a temp dir, starts `kafka.Kafka` on free 127.0.0.1 ports with a
  small JVM (-Xmx512m), waits until the broker answers ApiVersions and a Metadata that lists
  itself, and stops it (SIGTERM, then SIGKILL of its process group). Its log is kept and
  `log_tail()` shows it.
- `TEST_PROPS`: broker settings that make group tests quick (no initial rebalance delay, low
  session-timeout floors, KIP-848 heartbeats of 500 ms, one offsets partition).

Same recipe as bench/broker.py (see ../shared/kafka-from-maven.md), trimmed for tests: no
kafka-tools, no GC log, a heap of 512 MiB.
"""

from __future__ import annotations

import base64
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from fluxmq.protocol.connection import ClientConnection
from fluxmq.protocol.errors import ProtocolError
from fluxmq.protocol.message import Message
from fluxmq.protocol.messages.api_versions_request import ApiVersionsRequest
from fluxmq.protocol.messages.api_versions_response import ApiVersionsResponse
from fluxmq.protocol.messages.metadata_request import MetadataRequest
from fluxmq.protocol.messages.metadata_response import MetadataResponse

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "tests" / ".work"
KAFKA_VERSION = os.environ.get("FLUXMQ_TEST_KAFKA_VERSION", "4.1.1")
LOG4J_VERSION = os.environ.get("FLUXMQ_TEST_KAFKA_LOG4J", "2.24.3")  # what 4.1.1 resolves
NODE_ID = 0
ENV = {**os.environ, "LC_ALL": "C", "LANG": "C"}

JVM = [
    "-Xmx512m",
    "-Xms128m",
    "-XX:+UseSerialGC",  # small heap, 2 cores: least start-up and background cost
    "-XX:TieredStopAtLevel=1",  # C1 only: quicker start, plenty for test loads
    "-Xss1m",
    "-Djava.awt.headless=true",
]

# Broker settings for client tests (Kafka's key names; fluxmq-server reads the same).
TEST_PROPS: dict[str, str] = {
    "auto.create.topics.enable": "true",
    "num.partitions": "1",
    "offsets.topic.replication.factor": "1",
    "offsets.topic.num.partitions": "1",
    "transaction.state.log.replication.factor": "1",
    "transaction.state.log.min.isr": "1",
    "transaction.state.log.num.partitions": "1",
    "share.coordinator.state.topic.replication.factor": "1",
    "share.coordinator.state.topic.min.isr": "1",
    "group.initial.rebalance.delay.ms": "0",
    "group.min.session.timeout.ms": "1000",
    "group.max.session.timeout.ms": "60000",
    "group.consumer.heartbeat.interval.ms": "500",
    "group.consumer.min.heartbeat.interval.ms": "100",
    "group.consumer.session.timeout.ms": "6000",
    "group.consumer.min.session.timeout.ms": "1000",
    "num.network.threads": "2",
    "num.io.threads": "2",
    "background.threads": "2",
    "log.segment.bytes": str(64 << 20),
}

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fluxmq.tests</groupId>
  <artifactId>{name}-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.apache.logging.log4j</groupId>
        <artifactId>log4j-bom</artifactId>
        <version>{log4j}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
{deps}
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
        <executions>
          <execution>
            <id>libs</id>
            <phase>package</phase>
            <goals><goal>copy-dependencies</goal></goals>
            <configuration>
              <outputDirectory>${{project.basedir}}/libs</outputDirectory>
              <includeScope>runtime</includeScope>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""

DEPENDENCY = """    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>{artifact}</artifactId>
      <version>{kafka}</version>
    </dependency>"""

LOG4J2 = """Configuration:
  Appenders:
    File:
      - name: ServerLog
        fileName: "${sys:kafka.logs.dir}/server.log"
        PatternLayout: { pattern: "[%d] %p %m (%c)%n" }
  Loggers:
    Root: { level: INFO, AppenderRef: [ { ref: ServerLog } ] }
    Logger:
      - { name: kafka.request.logger, level: WARN }
      - { name: "kafka.network.RequestChannel$", level: WARN }
      - { name: org.apache.kafka.controller, level: WARN }
      - { name: kafka.log.LogCleaner, level: WARN }
      - { name: org.apache.kafka.common.config.AbstractConfig, level: WARN }
"""


class KafkaStartError(RuntimeError):
    pass


_LIBS_FAILED: dict[tuple[str, str], KafkaStartError] = {}  # one Maven attempt per run


def _libs_complete(libs: Path, artifacts: Sequence[str], version: str) -> bool:
    if not libs.is_dir():
        return False
    names = {p.name for p in libs.glob("*.jar")}
    return {f"{a}-{version}.jar" for a in artifacts} <= names and any(
        n.startswith("log4j-slf4j-impl-") for n in names
    )


def maven_libs(
    name: str,
    artifacts: Sequence[str],
    version: str = KAFKA_VERSION,
    log4j: str = LOG4J_VERSION,
    timeout: float = 900.0,
) -> Path:
    """A directory with the jars of org.apache.kafka `artifacts` at `version`, their runtime
    dependencies and the SLF4J -> Log4j2 binding: tests/.work/<name>-<version>/libs, resolved
    with Maven on first use (one attempt per run). Raises KafkaStartError."""
    base = WORK / f"{name}-{version}"
    libs = base / "libs"
    if _libs_complete(libs, artifacts, version):
        return libs
    if (name, version) in _LIBS_FAILED:
        raise _LIBS_FAILED[(name, version)]
    try:
        return _build_libs(name, artifacts, version, log4j, timeout, base, libs)
    except KafkaStartError as e:
        _LIBS_FAILED[(name, version)] = e
        raise


def kafka_libs(
    version: str = KAFKA_VERSION, log4j: str = LOG4J_VERSION, timeout: float = 900.0
) -> Path:
    """The directory of Kafka `version`'s broker jars, resolved with Maven on first use."""
    return maven_libs("kafka", ["kafka_2.13"], version, log4j, timeout)


def _build_libs(
    name: str,
    artifacts: Sequence[str],
    version: str,
    log4j: str,
    timeout: float,
    base: Path,
    libs: Path,
) -> Path:
    what = f"{', '.join(artifacts)} {version}"
    base.mkdir(parents=True, exist_ok=True)
    with open(base / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another session may be building the same folder
        if _libs_complete(libs, artifacts, version):
            return libs
        if shutil.which("mvn") is None:
            raise KafkaStartError(f"mvn not found: Maven is needed to fetch {what}")
        if shutil.which("java") is None:
            raise KafkaStartError(f"java not found: {what} needs Java 17+")
        shutil.rmtree(libs, ignore_errors=True)
        deps = "\n".join(DEPENDENCY.format(artifact=a, kafka=version) for a in artifacts)
        (base / "pom.xml").write_text(POM.format(name=name, deps=deps, log4j=log4j))
        cmd = ["mvn", "-B", "-q", "-Dstyle.color=never", "-f", str(base / "pom.xml"), "package"]
        t0 = time.monotonic()
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=ENV)
        except subprocess.TimeoutExpired as e:
            raise KafkaStartError(f"Maven did not fetch {what} in {timeout:.0f}s") from e
        if r.returncode != 0 or not _libs_complete(libs, artifacts, version):
            raise KafkaStartError(f"Maven failed to fetch {what}:\n{(r.stdout + r.stderr)[-4000:]}")
        jars = {p.name for p in libs.glob("*.jar")}
        cores = sorted(n[len("log4j-core-") :] for n in jars if n.startswith("log4j-core-"))
        binds = sorted(n[len("log4j-slf4j-impl-") :] for n in jars if n.startswith("log4j-slf4j"))
        if cores != binds or len(cores) != 1:
            raise KafkaStartError(f"log4j jars do not match in {libs}: {cores} vs {binds}")
        print(f"fetched {what} with Maven in {time.monotonic() - t0:.0f}s")
    return libs


def stop_process(proc: subprocess.Popen[Any] | None, timeout: float = 30.0) -> int | None:
    """SIGTERM and wait, then SIGKILL of its process group; the exit code (None: no process).
    For JVMs started with start_new_session=True."""
    if proc is None:
        return None
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    return proc.returncode


def kill_process(proc: subprocess.Popen[Any] | None) -> None:
    """SIGKILL of a still-running process's group (started with start_new_session=True)."""
    if proc is not None and proc.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def _cluster_id() -> str:
    """A random Kafka cluster id (base64url of a UUID); like Kafka's Uuid.randomUuid, never
    one starting with "-", which the tool's argument parser would take for an option."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):
            return cid


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _request(sock: socket.socket, conn: ClientConnection, msg: Message, version: int) -> Message:
    corr = conn.send(msg, version)
    sock.sendall(conn.data_to_send())
    while True:
        data = sock.recv(1 << 20)
        if not data:
            raise ConnectionError("closed")
        for resp in conn.receive_data(data):
            if resp.correlation_id == corr:
                return resp.body


def probe(
    host: str, port: int, node_id: int = NODE_ID, timeout: float = 5.0, expect: int = 1
) -> str | None:
    """None when the broker answers ApiVersions and a Metadata listing `node_id` (and at least
    `expect` brokers) with a controller; otherwise why not."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            conn = ClientConnection("fluxmq-tests-probe")
            av = _request(sock, conn, ApiVersionsRequest(), 0)
            if not isinstance(av, ApiVersionsResponse) or av.error_code:
                return f"ApiVersions answered {av!r}"
            md = _request(sock, conn, MetadataRequest(topics=[]), 12)
            if not isinstance(md, MetadataResponse):
                return f"Metadata answered {md!r}"
            ids = [b.node_id for b in md.brokers]
            if node_id not in ids or len(ids) < expect or md.controller_id < 0:
                return f"metadata brokers {ids}, controller {md.controller_id}"
            return None
    except (OSError, ProtocolError) as e:
        return f"{type(e).__name__}: {e}"


class KafkaServer:
    """One KRaft Apache Kafka process under `workdir`: a single-node cluster, or (made by
    `KafkaCluster`) one voter of a static controller quorum."""

    def __init__(
        self,
        workdir: Path,
        props: Mapping[str, str] | None = None,
        *,
        libs: Path | None = None,
        version: str = KAFKA_VERSION,
        node_id: int = NODE_ID,
    ) -> None:
        self.workdir = workdir
        self.version = version
        self.libs = libs
        self.props = {**TEST_PROPS, **(props or {})}
        self.node_id = node_id
        self.host = "127.0.0.1"
        self.port = 0
        self.cport = 0
        self.voters = ""  # "id@host:cport,..." when one of a KafkaCluster
        self.expect = 1  # brokers its metadata must list before it counts as ready
        self.cluster_id = ""  # shared by a KafkaCluster's nodes; random otherwise
        self.proc: subprocess.Popen[bytes] | None = None
        self.out_path = workdir / "logs" / "kafkaServer.out"
        self.log_path = workdir / "logs" / "server.log"

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def _java(self, *extra: str) -> list[str]:
        assert self.libs is not None
        conf = self.workdir / "config"
        return [
            "java",
            *extra,
            f"-Dkafka.logs.dir={self.workdir / 'logs'}",
            f"-Dlog4j2.configurationFile={conf / 'log4j2.yaml'}",
            "-cp",
            str(self.libs / "*"),
        ]

    def _configure(self) -> Path:
        shutil.rmtree(self.workdir, ignore_errors=True)
        conf, logs, data = (self.workdir / d for d in ("config", "logs", "data"))
        for d in (conf, logs, data):
            d.mkdir(parents=True)
        if not self.voters:
            self.port = free_port()
            self.cport = free_port()
            while self.cport == self.port:
                self.cport = free_port()
        cport = self.cport
        quorum = (
            {"controller.quorum.voters": self.voters}
            if self.voters
            else {"controller.quorum.bootstrap.servers": f"127.0.0.1:{cport}"}
        )
        props = {
            "process.roles": "broker,controller",
            "node.id": str(self.node_id),
            **quorum,
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{cport}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "inter.broker.listener.name": "PLAINTEXT",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs": str(data),
            **self.props,
        }
        path = conf / "server.properties"
        path.write_text("".join(f"{k}={v}\n" for k, v in props.items()))
        (conf / "log4j2.yaml").write_text(LOG4J2)
        return path

    def start(self, timeout: float = 120.0) -> None:
        """Format, launch and wait until ready; KafkaStartError (with the log) otherwise."""
        last = ""
        for attempt in range(3):  # a free port can be taken between the probe and the bind
            self.launch()
            try:
                self.wait_ready(timeout)
                return
            except KafkaStartError as e:
                last = str(e)
                self.kill()
                if attempt == 2 or not self.port_clash():
                    raise
        raise KafkaStartError(last)

    def port_clash(self) -> bool:
        return "Address already in use" in self.log_text()

    def launch(self) -> None:
        """Format a fresh data dir and start the JVM (not waiting for it)."""
        assert self.proc is None, "already started"
        if self.libs is None:
            self.libs = kafka_libs(self.version)
        props_path = self._configure()
        fmt = [*self._java("-Xmx256m", "-XX:TieredStopAtLevel=1"), "kafka.tools.StorageTool"]
        fmt += ["format", "-t", self.cluster_id or _cluster_id(), "-c", str(props_path)]
        if not self.voters:
            fmt.append("--standalone")
        try:
            r = subprocess.run(fmt, capture_output=True, text=True, timeout=120, env=ENV)
        except subprocess.TimeoutExpired as e:
            raise KafkaStartError("kafka StorageTool format timed out after 120s") from e
        if r.returncode != 0:
            raise KafkaStartError(f"kafka StorageTool format failed:\n{r.stdout}{r.stderr}")
        # With setpriv (util-linux), the JVM is killed if this process dies unexpectedly.
        guard = ["setpriv", "--pdeathsig", "KILL"] if shutil.which("setpriv") else []
        with open(self.out_path, "wb") as out:
            self.proc = subprocess.Popen(
                [*guard, *self._java(*JVM), "kafka.Kafka", str(props_path)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=ENV,
                start_new_session=True,  # so that stop() can kill the whole group
            )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        why: str | None = "not started"
        while time.monotonic() < deadline:
            assert self.proc is not None
            rc = self.proc.poll()
            if rc is not None:
                raise KafkaStartError(
                    f"Apache Kafka exited {rc} before it was ready\n{self.log_tail(150)}"
                )
            left = deadline - time.monotonic()
            why = probe(
                self.host,
                self.port,
                self.node_id,
                timeout=max(0.5, min(5.0, left)),
                expect=self.expect,
            )
            if why is None:
                return
            time.sleep(0.25)
        raise KafkaStartError(
            f"Apache Kafka not ready after {timeout:.0f}s ({why})\n{self.log_tail(150)}"
        )

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM and wait (Kafka's own stop script does this), then SIGKILL; the exit code."""
        proc, self.proc = self.proc, None
        return stop_process(proc, timeout)

    def kill(self) -> None:
        proc, self.proc = self.proc, None
        kill_process(proc)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_text(self) -> str:
        parts = []
        for p in (self.out_path, self.log_path):
            if p.exists():
                parts.append(p.read_text(errors="replace"))
        return "\n".join(parts)

    def log_tail(self, lines: int = 200) -> str:
        """The last lines of server.log (and of stdout/stderr, where JVM errors go)."""
        out = []
        for p in (self.out_path, self.log_path):
            if p.exists():
                tail = p.read_text(errors="replace").splitlines()[-lines:]
                out.append(f"--- {p.name} (last {len(tail)} lines)\n" + "\n".join(tail))
        return "\n".join(out) or "(no Kafka log)"


class KafkaCluster:
    """`size` Apache Kafka nodes under `workdir`, each a broker and a voter of one static
    controller quorum (so any one of three can be killed and the others carry on). Replicated
    internal topics: the offsets topic has replication factor `size`."""

    def __init__(
        self,
        workdir: Path,
        size: int = 3,
        props: Mapping[str, str] | None = None,
        *,
        version: str = KAFKA_VERSION,
    ) -> None:
        replicated = {
            "offsets.topic.replication.factor": str(size),
            "transaction.state.log.replication.factor": str(size),
            "transaction.state.log.min.isr": str(min(2, size)),
            "default.replication.factor": str(size),
            "min.insync.replicas": str(min(2, size)),
        }
        self.nodes = [
            KafkaServer(
                workdir / f"node{i}",
                {**replicated, **(props or {})},
                version=version,
                node_id=i,
            )
            for i in range(size)
        ]

    @property
    def bootstrap(self) -> str:
        return ",".join(n.bootstrap for n in self.nodes)

    def node(self, node_id: int) -> KafkaServer:
        return self.nodes[node_id]

    def start(self, timeout: float = 180.0) -> None:
        """Format and launch every node, then wait until each lists all of them."""
        libs = kafka_libs(self.nodes[0].version)
        last = ""
        for attempt in range(3):  # a free port can be taken between the probe and the bind
            ports = set()
            while len(ports) < 2 * len(self.nodes):
                ports.add(free_port())
            it = iter(sorted(ports))
            cid = _cluster_id()
            for n in self.nodes:
                n.libs, n.port, n.cport, n.cluster_id = libs, next(it), next(it), cid
                n.expect = len(self.nodes)
            voters = ",".join(f"{n.node_id}@127.0.0.1:{n.cport}" for n in self.nodes)
            for n in self.nodes:
                n.voters = voters
            try:
                for n in self.nodes:
                    n.launch()
                for n in self.nodes:
                    n.wait_ready(timeout)
                return
            except KafkaStartError as e:
                last = str(e)
                clash = any(n.port_clash() for n in self.nodes)
                self.kill()
                if attempt == 2 or not clash:
                    raise
        raise KafkaStartError(last)

    def stop(self) -> None:
        for n in self.nodes:
            n.stop()

    def kill(self) -> None:
        for n in self.nodes:
            n.kill()

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(f"===== node {n.node_id}\n{n.log_tail(lines)}" for n in self.nodes)
