"""Render the generated package `fluxmq/protocol/messages/` from parsed specs."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import black
import jinja2

from .emit import ModuleEmitter, class_default, py_type, version_list
from .emit_c import CEmitter, render_module
from .spec import Message, SpecError, Struct, load_file, snake_case

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=False,
)
BLACK_MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY311})


@dataclass
class Options:
    include_unstable: bool = False
    all_listeners: bool = False  # include controller-only APIs too


def select(messages: Iterable[Message], opts: Options) -> list[Message]:
    """Requests served by a broker listener, their responses, headers and data records."""
    msgs = list(messages)
    broker_keys = {
        m.api_key
        for m in msgs
        if m.type == "request" and (opts.all_listeners or "broker" in m.listeners)
    }
    out = []
    for m in msgs:
        if m.type in ("request", "response"):
            if m.api_key in broker_keys:
                out.append(m)
        elif m.type in ("header", "data", "coordinator-key", "coordinator-value"):
            out.append(m)
    return sorted(out, key=lambda m: m.name)


def generated_versions(msg: Message, unstable: dict[int, bool], opts: Options) -> list[int]:
    hi = msg.valid.hi
    if msg.api_key is not None and msg.type in ("request", "response"):
        if unstable.get(msg.api_key) and not opts.include_unstable:
            hi -= 1
    return list(range(msg.valid.lo, hi + 1))


def struct_order(msg: Message, used: Iterable[str]) -> list[Struct]:
    """Structs in dependency order (children before parents); only those with shapes."""
    used_set = set(used)
    seen: set[str] = set()
    order: list[Struct] = []

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        s = msg.structs[name]
        for f in s.fields:
            if f.is_struct:
                visit(f.type)
        if name in used_set or name == msg.name:
            order.append(s)

    visit(msg.name)
    return order


def module_name(msg: Message) -> str:
    return snake_case(msg.name)


ACCEL_FILE = "_accel.c"


def render_message(msg: Message, versions: list[int], kafka_version: str) -> str:
    return render_message_and_c(msg, versions, kafka_version)[0]


def render_message_and_c(
    msg: Message, versions: list[int], kafka_version: str
) -> tuple[str, str, str]:
    """The Python module, its C readers and their fingerprint."""
    em = ModuleEmitter(msg, versions)
    structs = struct_order(msg, em.shapes)
    functions: list[str] = []
    classes = []
    for s in structs:
        fields = [
            {"name": f.py_name, "type": py_type(f), "default": class_default(f)} for f in s.fields
        ]
        if em.has_flexible(s.name):
            fields.append(
                {"name": "unknown_tags", "type": "dict[int, bytes] | None", "default": "None"}
            )
        is_root = s.name == msg.name
        infos = [
            ", ".join(
                [
                    repr(f.py_name),
                    repr(f.name),
                    repr(f.type),
                    repr(f.is_array),
                    repr((f.versions.lo, f.versions.hi)),
                    repr((f.nullable.lo, f.nullable.hi)),
                    repr(f.tag),
                    repr((f.tagged.lo, f.tagged.hi)),
                    repr(f.ignorable),
                    f.type if f.is_struct else "None",
                    repr(f.map_key),
                ]
            )
            for f in s.fields
        ]
        classes.append(
            {
                "name": s.name,
                "base": "_Message" if is_root else "_StructBase",
                "message": is_root,
                "fields": fields,
                "infos": infos,
            }
        )
    for s in reversed(structs):
        for _sid, sh in sorted(em.shapes.get(s.name, {}).items()):
            functions.append(em.reader(sh))
            functions.append(em.writer(sh))
            functions.append(em.sizer(sh))
    root_shapes = em.shapes[msg.name]
    by_version = {v: sid for sid, sh in root_shapes.items() for v in sh.versions}
    table = {
        k: [
            em.fn(k, msg.name, by_version[v]) if v in by_version else "None"
            for v in range(max(versions) + 1)
        ]
        for k in ("r", "w", "s")
    }
    body = "\n".join(functions)
    c_code, fingerprint = CEmitter(em, module_name(msg), structs).render(
        msg.name, [by_version.get(v) for v in range(max(versions) + 1)]
    )
    flex_min = msg.flexible.lo if not msg.flexible.empty else None
    imports = module_imports(
        body + "".join(str(c) for c in classes) + ("array_structs" if em.arrays else "")
    )
    src = _env.get_template("message.py.j2").render(
        kafka_version=kafka_version,
        msg=msg,
        versions=version_list(versions),
        min_version=min(versions),
        max_version=max(versions),
        flexible_min=flex_min,
        imports=imports,
        classes=classes,
        formats=sorted(((n, c) for c, n in em.formats.items()), key=lambda t: int(t[0][2:])),
        arrays=[(em.arr(c), c) for c in sorted(em.arrays)],
        functions=functions,
        readers=table["r"],
        writers=table["w"],
        sizers=table["s"],
        module=module_name(msg),
        fingerprint=fingerprint,
    )
    return src, c_code, fingerprint


_IMPORTS = [
    ("struct", ["Struct as PackStruct", "error as StructError", "pack", "unpack_from"]),
    ("collections.abc", ["Sequence"]),
    ("typing", ["ClassVar"]),
    ("uuid", ["UUID"]),
    ("msgspec", None),
    (
        "fluxmq.protocol.message",
        [
            "Message as _Message",
            "Struct as _StructBase",
            "FieldInfo",
            "bind_readers",
            "bad_length",
            "bad_utf8",
            "not_in_version",
            "not_nullable",
            "null_not_allowed",
            "read_tags",
            "struct_eq",
            "tags_size",
            "truncated",
            "utf8_len",
            "write_tags",
        ],
    ),
    (
        "fluxmq.protocol.primitives",
        [
            "INT16",
            "INT32",
            "UVARINT1",
            "UVARINTS",
            "ZERO_UUID",
            "Buffer",
            "SMALL_ARRAY",
            "array_structs",
            "read_uvarint",
            "uuid_from_bytes",
            "uvarint_bytes",
            "uvarint_size",
        ],
    ),
]


def module_imports(text: str) -> list[str]:
    lines = []
    for mod, names in _IMPORTS:
        if names is None:
            if re.search(rf"\b{mod}\.", text):
                lines.append(f"import {mod}")
            continue
        used = []
        for n in names:
            local = n.split(" as ")[-1]
            if local in (
                "_Message",
                "_StructBase",
                "PackStruct",
                "ClassVar",
                "StructError",
                "FieldInfo",
                "bind_readers",
            ) or re.search(rf"(?<![\w.]){re.escape(local)}\b", text):
                used.append(n)
        if used:
            lines.append(f"from {mod} import {', '.join(used)}")
    return lines


def render_errors(errors: list[dict[str, object]], kafka_version: str) -> str:
    rows = []
    for e in errors:
        name = str(e["name"])
        cls = "".join(p.capitalize() for p in name.split("_")) + "Error"
        rows.append({**e, "cls": cls})
    return _env.get_template("error_codes.py.j2").render(kafka_version=kafka_version, errors=rows)


def format_source(src: str) -> str:
    return black.format_str(src, mode=BLACK_MODE)


def _format_job(item: tuple[str, str]) -> tuple[str, str]:
    name, src = item
    try:
        return name, format_source(src)
    except Exception as e:  # black's errors carry the failing line; keep the file name too
        raise SpecError(f"generated {name} does not parse: {e}") from None


def load_specs(json_dir: Path) -> list[Message]:
    msgs = []
    for p in sorted(json_dir.glob("[!_]*.json")):
        m = load_file(p)
        if m is not None:
            msgs.append(m)
    return msgs


def generate(json_dir: Path, out_dir: Path, opts: Options, jobs: int = 2) -> int:
    kafka_version = (json_dir / "_version").read_text().strip()
    messages = select(load_specs(json_dir), opts)
    unstable = {
        m.api_key: m.latest_unstable
        for m in messages
        if m.type == "request" and m.api_key is not None
    }
    files: dict[str, str] = {}
    entries = []
    per_key: dict[int, dict[str, object]] = {}
    c_parts: list[tuple[str, str, str, int]] = []
    for m in messages:
        versions = generated_versions(m, unstable, opts)
        if not versions:
            continue
        mod = module_name(m)
        files[f"{mod}.py"], c_code, fingerprint = render_message_and_c(m, versions, kafka_version)
        c_parts.append((mod, c_code, fingerprint, max(versions) + 1))
        entries.append({"name": m.name, "module": mod})
        if m.type in ("request", "response") and m.api_key is not None:
            a = per_key.setdefault(m.api_key, {"key": m.api_key})
            a[m.type] = m.name
            if m.type == "request":
                a["name"] = m.name.removesuffix("Request")
                a["min"], a["max"] = min(versions), max(versions)
                a["flex"] = m.flexible.lo if not m.flexible.empty else None
                a["listeners"] = tuple(m.listeners)
    for k, a in per_key.items():
        for kind in ("request", "response"):
            if kind not in a:
                other = a.get("request") or a.get("response")
                raise SpecError(f"API key {k}: {other} has no matching {kind} definition")
    apis = [per_key[k] for k in sorted(per_key)]
    coord = {
        t: sorted((m.api_key, m.name) for m in messages if m.type == t and m.api_key is not None)
        for t in ("coordinator-key", "coordinator-value")
    }
    files["__init__.py"] = _env.get_template("init.py.j2").render(
        kafka_version=kafka_version,
        messages=entries,
        apis=apis,
        coordinator_keys=coord["coordinator-key"],
        coordinator_values=coord["coordinator-value"],
    )
    errors = json.loads((json_dir / "_errors.json").read_text())
    files["error_codes.py"] = render_errors(errors, kafka_version)

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        formatted = dict(pool.map(_format_job, sorted(files.items()), chunksize=4))
    formatted[ACCEL_FILE] = render_module(c_parts, kafka_version)  # C: not run through black

    tmp = out_dir.with_name(out_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    for name, src in sorted(formatted.items()):
        (tmp / name).write_text(src)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)
    return len(entries)
