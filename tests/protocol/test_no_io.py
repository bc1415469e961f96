"""fluxmq.protocol is sans-IO: it imports no event loop, socket or TLS module."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import fluxmq.protocol

PROTOCOL_DIR = Path(fluxmq.protocol.__file__).resolve().parent
REPO_ROOT = PROTOCOL_DIR.parent.parent

# Top-level module names whose import would mean the protocol layer does I/O itself.
FORBIDDEN = frozenset(
    {"asyncio", "anyio", "socket", "ssl", "selectors", "select", "trio", "_ssl", "_asyncio"}
)

_CHILD = r"""
import importlib, json, sys
import fluxmq.protocol
import fluxmq.protocol.connection
import fluxmq.protocol.primitives
import fluxmq.protocol.message
import fluxmq.protocol.kafka_errors
from fluxmq.protocol import messages
imported = []
for module in sorted(set(messages.MODULES.values())) + ["error_codes"]:
    importlib.import_module("fluxmq.protocol.messages." + module)
    imported.append(module)
print(json.dumps({"modules": sorted(sys.modules), "imported": imported}))
"""


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def test_importing_the_protocol_package_loads_no_io_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    from fluxmq.protocol import messages

    # Every generated module was really imported in the child.
    assert len(report["imported"]) == len(set(messages.MODULES.values())) + 1
    loaded = {m for m in report["modules"] if m.startswith("fluxmq.protocol.messages.")}
    assert len(loaded) >= len(report["imported"])
    bad = sorted(m for m in report["modules"] if _top(m) in FORBIDDEN)
    assert bad == [], f"fluxmq.protocol pulled in I/O modules: {bad}"


def _imports(path: Path) -> list[tuple[int, str]]:
    return _imports_in(path.read_text(encoding="utf-8"), str(path))


def _imports_in(src: str, filename: str) -> list[tuple[int, str]]:
    """(line, module) for every import statement and literal import_module/__import__ call."""
    tree = ast.parse(src, filename=filename)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "__import__"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def test_protocol_sources_import_no_io_module() -> None:
    files = sorted(PROTOCOL_DIR.rglob("*.py"))
    # The generated package is scanned too, not only the hand-written modules.
    assert any(p.parent.name == "messages" for p in files)
    assert len(files) > 100
    offenders = [
        f"{p.relative_to(REPO_ROOT)}:{line}: {name}"
        for p in files
        for line, name in _imports(p)
        if _top(name) in FORBIDDEN
    ]
    assert offenders == []


def test_protocol_sources_import_nothing_from_the_rest_of_fluxmq() -> None:
    # fluxmq.client / fluxmq.server are allowed to do I/O; the protocol layer must not lean on them.
    offenders = [
        f"{p.relative_to(REPO_ROOT)}:{line}: {name}"
        for p in sorted(PROTOCOL_DIR.rglob("*.py"))
        for line, name in _imports(p)
        if _top(name) == "fluxmq" and not name.startswith("fluxmq.protocol")
    ]
    assert offenders == []


def test_the_scanner_sees_io_imports() -> None:
    # Guards the static check against silently matching nothing.
    src = (
        "import asyncio\n"
        "from ssl import SSLContext\n"
        "import importlib\n"
        "def f():\n"
        "    import selectors.foo\n"
        "    return importlib.import_module('socket')\n"
        "from . import connection\n"
    )
    names = [n for _, n in _imports_in(src, "<test>")]
    assert [n for n in names if _top(n) in FORBIDDEN] == [
        "asyncio",
        "ssl",
        "selectors.foo",
        "socket",
    ]
