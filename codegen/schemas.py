"""`make schemas`: fetch the pinned Kafka jars with Maven, verify them, extract the JSON.

The jars land in schemas/.cache/ and the message JSON in schemas/json/, both git-ignored:
Kafka's files are never committed, only their coordinates and hashes (schemas/pins.toml).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "schemas" / "pins.toml"
CACHE = ROOT / "schemas" / ".cache"
JSON_DIR = ROOT / "schemas" / "json"
MESSAGE_PREFIX = "common/message/"


class SchemaFetchError(RuntimeError):
    pass


@dataclass(frozen=True)
class Artifact:
    group: str
    name: str
    version: str
    sha256: str
    extract: bool

    @property
    def jar_name(self) -> str:
        return f"{self.name}-{self.version}.jar"


def load_pins(path: Path = PINS) -> tuple[str, list[Artifact]]:
    data = tomllib.loads(path.read_text())
    out = []
    for entry in data["artifact"]:
        group, name, version = entry["coordinates"].split(":")
        out.append(Artifact(group, name, version, entry["sha256"], entry["extract"] == "all"))
    return data["kafka_version"], out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(artifact: Artifact) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    jar = CACHE / artifact.jar_name
    if not jar.exists() or sha256_of(jar) != artifact.sha256:
        coords = f"{artifact.group}:{artifact.name}:{artifact.version}"
        cmd = [
            "mvn", "-B", "-q", "dependency:copy",
            f"-Dartifact={coords}", f"-DoutputDirectory={CACHE}", "-Dmdep.overWriteReleases=true",
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not jar.exists():
            raise SchemaFetchError(f"maven could not fetch {coords}:\n{proc.stdout}{proc.stderr}")
    digest = sha256_of(jar)
    if digest != artifact.sha256:
        raise SchemaFetchError(
            f"{jar.name}: sha256 {digest} does not match the pin {artifact.sha256} "
            f"in {PINS.relative_to(ROOT)}"
        )
    return jar


def extract(jar: Path, dest: Path) -> int:
    count = 0
    with zipfile.ZipFile(jar) as zf:
        for info in zf.infolist():
            name = info.filename
            if not name.startswith(MESSAGE_PREFIX) or not name.endswith(".json"):
                continue
            base = name[len(MESSAGE_PREFIX) :]
            if "/" in base:
                continue
            target = dest / base
            if target.exists():
                raise SchemaFetchError(f"{base} is present in more than one pinned jar")
            target.write_bytes(zf.read(info))
            count += 1
    return count


def dump_errors(jars: list[Path], dest: Path) -> None:
    """Run DumpErrors.java against kafka-clients to list Kafka's error codes as JSON."""
    classpath = ":".join(str(j) for j in jars)
    proc = subprocess.run(
        ["java", "-cp", classpath, str(ROOT / "codegen" / "DumpErrors.java")],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SchemaFetchError(f"DumpErrors.java failed:\n{proc.stderr}")
    (dest / "_errors.json").write_text(proc.stdout)


def main() -> int:
    version, artifacts = load_pins()
    try:
        jars = [fetch(a) for a in artifacts]
        if JSON_DIR.exists():
            shutil.rmtree(JSON_DIR)
        JSON_DIR.mkdir(parents=True)
        total = sum(
            extract(j, JSON_DIR) for a, j in zip(artifacts, jars, strict=False) if a.extract
        )
        dump_errors(jars, JSON_DIR)
        (JSON_DIR / "_version").write_text(version + "\n")
    except SchemaFetchError as e:
        print(f"make schemas: {e}", file=sys.stderr)
        return 1
    print(f"extracted {total} message definitions from Kafka {version} into {JSON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
