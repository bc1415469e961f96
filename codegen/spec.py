"""Kafka message-definition JSON -> validated, typed models.

The keyword set is closed (Kafka's own generator rejects unknown keys), so ours does too.
Every error names the file and the JSON path of the offending value.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

import msgspec

MAX_VERSION = 0x7FFF
PRIMITIVES = frozenset(
    {"bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64"}
    | {"string", "uuid", "bytes", "records"}
)
NULLABLE_PRIMITIVES = frozenset({"string", "bytes", "records"})
MESSAGE_TYPES = frozenset(
    {"request", "response", "header", "data", "metadata", "coordinator-key", "coordinator-value"}
)
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_STRUCT_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_VERSIONS = re.compile(r"^(\d+)(?:(\+)|-(\d+))?$")


class SpecError(ValueError):
    """A message definition that cannot be used, with the file and JSON path at fault."""


class Versions(msgspec.Struct, frozen=True):
    """An inclusive version range; empty when lo > hi."""

    lo: int
    hi: int

    @classmethod
    def parse(cls, text: str | None, default: Versions, where: str) -> Versions:
        if text is None:
            return default
        t = text.strip()
        if t in ("", "none"):
            return NONE
        m = _VERSIONS.match(t)
        if m is None:
            raise SpecError(f"{where}: bad version range {text!r}")
        lo = int(m.group(1))
        if m.group(2):
            hi = MAX_VERSION
        elif m.group(3):
            hi = int(m.group(3))
        else:
            hi = lo
        if lo > hi or hi > MAX_VERSION:
            raise SpecError(f"{where}: bad version range {text!r}")
        return cls(lo, hi)

    def __contains__(self, v: object) -> bool:
        return isinstance(v, int) and self.lo <= v <= self.hi

    @property
    def empty(self) -> bool:
        return self.lo > self.hi

    @property
    def open_ended(self) -> bool:
        return self.hi == MAX_VERSION and not self.empty

    def intersect(self, other: Versions) -> Versions:
        return Versions(max(self.lo, other.lo), min(self.hi, other.hi))

    def within(self, other: Versions) -> bool:
        return self.empty or (other.lo <= self.lo and self.hi <= other.hi)


NONE = Versions(1, 0)
ALL = Versions(0, MAX_VERSION)

DefaultValue = str | int | float | bool | None


class RawField(msgspec.Struct, forbid_unknown_fields=True, rename="camel"):
    name: str
    type: str
    versions: str | None = None
    about: str = ""
    default: DefaultValue | msgspec.UnsetType = msgspec.UNSET
    nullable_versions: str | None = None
    entity_type: str | None = None
    ignorable: bool = False
    map_key: bool = False
    tag: int | None = None
    tagged_versions: str | None = None
    zero_copy: bool = False
    flexible_versions: str | None = None
    fields: list[RawField] | None = None


class RawStruct(msgspec.Struct, forbid_unknown_fields=True, rename="camel"):
    name: str
    versions: str
    fields: list[RawField]


class RawMessage(msgspec.Struct, forbid_unknown_fields=True, rename="camel"):
    name: str
    type: str
    valid_versions: str
    api_key: int | None = None
    flexible_versions: str | None = None
    fields: list[RawField] | None = None
    common_structs: list[RawStruct] | None = None
    listeners: list[str] | None = None
    latest_version_unstable: bool = False


# ---------------------------------------------------------------- resolved model


class Field(msgspec.Struct, kw_only=True):
    name: str  # CamelCase, as in Kafka
    py_name: str  # snake_case attribute name
    type: str  # element type for arrays: a primitive or a struct name
    is_array: bool
    versions: Versions
    nullable: Versions
    tagged: Versions
    tag: int | None
    flexible: Versions | None  # field-level override (string/bytes only)
    default: object  # parsed; None means null, () an empty array, "struct"/"uuid0" markers
    ignorable: bool
    map_key: bool
    zero_copy: bool
    path: str

    @property
    def is_struct(self) -> bool:
        return self.type not in PRIMITIVES


class Struct(msgspec.Struct, kw_only=True):
    name: str
    fields: list[Field]
    versions: Versions  # declared versions (common structs) or those of the owning field


class Message(msgspec.Struct, kw_only=True):
    name: str
    type: str
    api_key: int | None
    valid: Versions
    flexible: Versions
    listeners: tuple[str, ...]
    latest_unstable: bool
    structs: dict[str, Struct]  # every struct by name, the message itself included
    source: str

    @property
    def root(self) -> Struct:
        return self.structs[self.name]


# Attribute names the generated classes already use; a field with one of them gets a "_".
RESERVED = frozenset(
    {"encode", "decode", "encode_into", "decode_from", "encoded_size", "unknown_tags"}
)


def snake_case(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.lower()


def attribute_name(name: str) -> str:
    """The Python attribute for a Kafka field name: snake_case, never a keyword or reserved."""
    s = snake_case(name)
    if keyword.iskeyword(s) or s in RESERVED:
        s += "_"
    return s


def strip_comments(text: str, where: str) -> str:
    """Remove // and /* */ comments outside string literals, keeping line structure."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise SpecError(f"{where}: unterminated string literal")
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise SpecError(f"{where}: unterminated /* comment")
            out.append("\n" * text.count("\n", i, j))
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_file(path: Path) -> Message | None:
    """Parse one JSON file; None for a `validVersions: none` stub."""
    return parse(path.read_text(encoding="utf-8"), path.name)


def parse(text: str, where: str) -> Message | None:
    try:
        raw = msgspec.json.decode(strip_comments(text, where), type=RawMessage)
    except msgspec.ValidationError as e:
        raise SpecError(f"{where}: {e}") from None
    except msgspec.DecodeError as e:
        raise SpecError(f"{where}: invalid JSON: {e}") from None
    return _resolve(raw, where)


def _resolve(raw: RawMessage, where: str) -> Message | None:
    if raw.type not in MESSAGE_TYPES:
        raise SpecError(f"{where}: $.type: unknown message type {raw.type!r}")
    if not _STRUCT_NAME.match(raw.name):
        raise SpecError(f"{where}: $.name: bad message name {raw.name!r}")
    valid = Versions.parse(raw.valid_versions, NONE, f"{where}: $.validVersions")
    if valid.empty:
        return None
    if raw.fields is None:
        raise SpecError(f"{where}: $.fields is required when validVersions is not none")
    if raw.flexible_versions is None:
        raise SpecError(f"{where}: $.flexibleVersions is required")
    flexible = Versions.parse(raw.flexible_versions, NONE, f"{where}: $.flexibleVersions")
    if not flexible.empty and not flexible.open_ended:
        raise SpecError(f"{where}: $.flexibleVersions must be 'none' or open-ended 'N+'")
    if raw.type in ("request", "response") and raw.api_key is None:
        raise SpecError(f"{where}: $.apiKey is required for a {raw.type}")
    if raw.listeners is not None and raw.type != "request":
        raise SpecError(f"{where}: $.listeners is only allowed on requests")
    if raw.latest_version_unstable and raw.type != "request":
        raise SpecError(f"{where}: $.latestVersionUnstable is only allowed on requests")

    structs: dict[str, Struct] = {}
    common: dict[str, RawStruct] = {}
    for i, cs in enumerate(raw.common_structs or []):
        p = f"$.commonStructs[{i}]"
        if not _STRUCT_NAME.match(cs.name):
            raise SpecError(f"{where}: {p}.name: bad struct name {cs.name!r}")
        if cs.name in common or cs.name == raw.name:
            raise SpecError(f"{where}: {p}.name: duplicate struct name {cs.name!r}")
        common[cs.name] = cs

    ctx = _Ctx(where, flexible, structs, common)
    root_fields = ctx.fields(raw.fields, "$.fields", valid)
    ctx.add(Struct(name=raw.name, fields=root_fields, versions=valid), "$")
    for name, cs in common.items():
        if name not in structs:
            # Unused common structs are still validated and emitted.
            p = ctx.common_path(name)
            vers = Versions.parse(cs.versions, ALL, f"{where}: {p}.versions")
            fields = ctx.fields(cs.fields, f"{p}.fields", vers)
            ctx.add(Struct(name=name, fields=fields, versions=vers), p)
    _check_acyclic(structs, where)
    return Message(
        name=raw.name,
        type=raw.type,
        api_key=raw.api_key,
        valid=valid,
        flexible=flexible,
        listeners=tuple(raw.listeners or ()),
        latest_unstable=raw.latest_version_unstable,
        structs=structs,
        source=where,
    )


def _check_acyclic(structs: dict[str, Struct], where: str) -> None:
    """A struct may not contain itself, directly or through others (no finite encoding)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            cycle = " -> ".join([*path[path.index(name) :], name])
            raise SpecError(f"{where}: struct {name!r} contains itself ({cycle})")
        state[name] = 1
        for f in structs[name].fields:
            if f.is_struct:
                visit(f.type, [*path, name])
        state[name] = 2

    for name in sorted(structs):
        visit(name, [])


class _Ctx:
    def __init__(
        self,
        where: str,
        flexible: Versions,
        structs: dict[str, Struct],
        common: dict[str, RawStruct],
    ) -> None:
        self.where = where
        self.flexible = flexible
        self.structs = structs
        self.common = common

    def common_path(self, name: str) -> str:
        return f"$.commonStructs[{list(self.common).index(name)}]"

    def err(self, path: str, msg: str) -> SpecError:
        return SpecError(f"{self.where}: {path}: {msg}")

    def add(self, s: Struct, path: str) -> None:
        if s.name in self.structs:
            raise self.err(path, f"duplicate struct name {s.name!r}")
        self.structs[s.name] = s

    def fields(self, raws: list[RawField], path: str, parent: Versions) -> list[Field]:
        out: list[Field] = []
        seen_names: set[str] = set()
        seen_tags: set[int] = set()
        for i, rf in enumerate(raws):
            f = self.field(rf, f"{path}[{i}]", parent)
            if f.name in seen_names:
                raise self.err(f"{path}[{i}].name", f"duplicate field name {f.name!r}")
            seen_names.add(f.name)
            if f.tag is not None:
                if f.tag in seen_tags:
                    raise self.err(f"{path}[{i}].tag", f"duplicate tag {f.tag}")
                seen_tags.add(f.tag)
            out.append(f)
        return out

    def field(self, rf: RawField, path: str, parent: Versions) -> Field:
        if not _FIELD_NAME.match(rf.name):
            raise self.err(f"{path}.name", f"bad field name {rf.name!r}")
        tagged = Versions.parse(rf.tagged_versions, NONE, f"{self.where}: {path}.taggedVersions")
        if rf.versions is None and tagged.empty:
            raise self.err(f"{path}.versions", "missing (required unless taggedVersions is set)")
        versions = Versions.parse(rf.versions, tagged, f"{self.where}: {path}.versions")
        nullable = Versions.parse(
            rf.nullable_versions, NONE, f"{self.where}: {path}.nullableVersions"
        )
        if (rf.tag is None) != (rf.tagged_versions is None):
            raise self.err(path, "tag and taggedVersions must be given together")
        if rf.tag is not None:
            if rf.tag < 0:
                raise self.err(f"{path}.tag", f"negative tag {rf.tag}")
            if not tagged.open_ended:
                raise self.err(f"{path}.taggedVersions", "must be open-ended (N+)")
            if not tagged.within(versions):
                raise self.err(f"{path}.taggedVersions", "must be a subset of versions")
            if not tagged.within(self.flexible):
                raise self.err(f"{path}.taggedVersions", "tagged fields need flexible versions")
        is_array = rf.type.startswith("[]")
        elem = rf.type[2:] if is_array else rf.type
        if elem not in PRIMITIVES and not _STRUCT_NAME.match(elem):
            raise self.err(f"{path}.type", f"unknown type {rf.type!r}")
        if elem == "records" and is_array:
            raise self.err(f"{path}.type", "arrays of records are not allowed")
        if not nullable.empty and not is_array and elem not in NULLABLE_PRIMITIVES:
            if elem in PRIMITIVES:
                raise self.err(f"{path}.nullableVersions", f"type {elem} cannot be nullable")
        flexible = None
        if rf.flexible_versions is not None:
            if is_array or elem not in ("string", "bytes"):
                raise self.err(
                    f"{path}.flexibleVersions", "only string and bytes fields may override"
                )
            flexible = Versions.parse(
                rf.flexible_versions, NONE, f"{self.where}: {path}.flexibleVersions"
            )
        if rf.zero_copy and (is_array or elem != "bytes"):
            raise self.err(f"{path}.zeroCopy", "only bytes fields may be zero-copy")
        default = self.default(rf, elem, is_array, nullable, versions, path)
        field_versions = versions.intersect(parent)
        if elem not in PRIMITIVES:
            self.struct_for(rf, elem, path, field_versions)
        elif rf.fields:
            raise self.err(f"{path}.fields", f"a {rf.type} field cannot have fields")
        return Field(
            name=rf.name,
            py_name=attribute_name(rf.name),
            type=elem,
            is_array=is_array,
            versions=versions,
            nullable=nullable,
            tagged=tagged,
            tag=rf.tag,
            flexible=flexible,
            default=default,
            ignorable=rf.ignorable,
            map_key=rf.map_key,
            zero_copy=rf.zero_copy,
            path=path,
        )

    def struct_for(self, rf: RawField, name: str, path: str, versions: Versions) -> None:
        if rf.fields is not None:
            if name in self.common:
                raise self.err(f"{path}.type", f"{name!r} is both inline and a common struct")
            fields = self.fields(rf.fields, f"{path}.fields", versions)
            self.add(Struct(name=name, fields=fields, versions=versions), path)
        elif name in self.common:
            if name not in self.structs:
                cs = self.common[name]
                p = self.common_path(name)
                cv = Versions.parse(cs.versions, ALL, f"{self.where}: {p}.versions")
                placeholder = Struct(name=name, fields=[], versions=cv)
                self.structs[name] = placeholder  # guards against recursive definitions
                placeholder.fields = self.fields(cs.fields, f"{p}.fields", cv)
        else:
            raise self.err(f"{path}.type", f"struct {name!r} has no fields and no common struct")

    def default(
        self,
        rf: RawField,
        elem: str,
        is_array: bool,
        nullable: Versions,
        versions: Versions,
        path: str,
    ) -> DefaultValue:
        d = rf.default
        p = f"{path}.default"
        if d is msgspec.UNSET or d == "":
            if is_array:
                return ()
            if elem in ("bool",):
                return False
            if elem in ("int8", "int16", "uint16", "int32", "uint32", "int64"):
                return 0
            if elem == "float64":
                return 0.0
            if elem == "string":
                return ""
            if elem == "bytes":
                return b""
            if elem == "uuid":
                return "uuid0"
            if elem == "records":
                return None
            return "struct"
        if d is None or d == "null":
            if not versions.within(nullable) and not versions.empty:
                raise self.err(p, "null default needs the field nullable in all its versions")
            return None
        if is_array or elem not in PRIMITIVES:
            raise self.err(p, f"only null is allowed as the default of a {rf.type} field")
        if elem == "bool":
            if isinstance(d, bool):
                return d
            if d in ("true", "false"):
                return d == "true"
            raise self.err(p, f"bad bool default {d!r}")
        if elem in ("int8", "int16", "uint16", "int32", "uint32", "int64"):
            if isinstance(d, bool) or not isinstance(d, (int, str)):
                raise self.err(p, f"bad integer default {d!r}")
            try:
                v = d if isinstance(d, int) else int(d, 16 if d.lower().startswith("0x") else 10)
            except ValueError:
                raise self.err(p, f"bad integer default {d!r}") from None
            bits = {"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint16": 16, "uint32": 32}
            b = bits[elem]
            lo, hi = (
                (0, (1 << b) - 1) if elem.startswith("u") else (-(1 << (b - 1)), (1 << (b - 1)) - 1)
            )
            if not lo <= v <= hi:
                raise self.err(p, f"default {d!r} out of range for {elem}")
            return v
        if elem == "float64":
            try:
                return float(d)
            except (TypeError, ValueError):
                raise self.err(p, f"bad float64 default {d!r}") from None
        if elem == "string":
            if not isinstance(d, str):
                raise self.err(p, f"bad string default {d!r}")
            return d
        raise self.err(p, f"a {elem} field cannot have a non-null default")
