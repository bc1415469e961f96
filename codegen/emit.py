"""Straight-line codec emission.

For every struct of a message and every version, the fields present, their nullability and
flexibility and the shapes of nested structs make up the struct's *shape* in that version.
Versions with the same shape share one reader, writer and sizer; each is straight-line code
with no version test at run time. Runs of fixed-width fields use one precompiled struct.Struct.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import msgspec

from .spec import Field, Message, Struct

FIXED = {
    "bool": ("?", 1),
    "int8": ("b", 1),
    "int16": ("h", 2),
    "uint16": ("H", 2),
    "int32": ("i", 4),
    "uint32": ("I", 4),
    "int64": ("q", 8),
    "float64": ("d", 8),
    "uuid": ("16s", 16),
}
ARRAY_NAMES = {"b": "i8", "h": "i16", "H": "u16", "i": "i32", "I": "u32", "q": "i64", "d": "f64"}
PY_TYPES = {
    "bool": "bool",
    "int8": "int",
    "int16": "int",
    "uint16": "int",
    "int32": "int",
    "uint32": "int",
    "int64": "int",
    "float64": "float",
    "uuid": "UUID",
    "string": "str",
    "bytes": "bytes",
    "records": "Buffer",
}
_NULL_LEN = {2: 'b"\\xff\\xff"', 4: 'b"\\xff\\xff\\xff\\xff"'}


@dataclass(frozen=True)
class FieldShape:
    mode: str  # "p" positional, "t" tagged
    nullable: bool
    flexible: bool
    child: int | None


@dataclass
class Shape:
    struct: Struct
    sid: int
    flexible: bool
    fields: tuple[FieldShape | None, ...]
    versions: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.struct.name} v{version_list(self.versions)}"


def version_list(vs: list[int]) -> str:
    vs = sorted(set(vs))
    parts: list[str] = []
    start = prev = vs[0]
    for v in [*vs[1:], -2]:
        if v != prev + 1:
            parts.append(str(start) if start == prev else f"{start}-{prev}")
            start = v
        prev = v
    return ",".join(parts)


def compute_shapes(msg: Message, versions: list[int]) -> dict[str, dict[int, Shape]]:
    keyed: dict[str, dict[tuple[object, ...], Shape]] = defaultdict(dict)

    def visit(s: Struct, v: int) -> int:
        flex = v in msg.flexible
        fs: list[FieldShape | None] = []
        for f in s.fields:
            if f.tag is not None and v in f.tagged:
                mode = "t"
            elif v in f.versions:
                mode = "p"
            else:
                fs.append(None)
                continue
            child = visit(msg.structs[f.type], v) if f.is_struct else None
            ff = flex if f.flexible is None else v in f.flexible
            fs.append(FieldShape(mode, v in f.nullable, ff, child))
        key = (flex, tuple(fs))
        shapes = keyed[s.name]
        if key not in shapes:
            shapes[key] = Shape(s, len(shapes), flex, tuple(fs))
        sh = shapes[key]
        if v not in sh.versions:
            sh.versions.append(v)
        return sh.sid

    for v in versions:
        visit(msg.root, v)
    return {name: {sh.sid: sh for sh in d.values()} for name, d in keyed.items()}


class Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def __call__(self, line: str) -> None:
        self.lines.append("    " * self.depth + line)

    def indent(self) -> Lines:
        self.depth += 1
        return self

    def dedent(self) -> None:
        self.depth -= 1

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def optional_type(f: Field) -> bool:
    return not f.nullable.empty or f.default is None


def elem_type(f: Field) -> str:
    if f.is_struct:
        return f.type
    return "Buffer" if f.zero_copy else PY_TYPES[f.type]


def py_type(f: Field) -> str:
    base = elem_type(f)
    if f.is_array:
        base = f"Sequence[{base}]"
    return f"{base} | None" if optional_type(f) else base


def default_expr(f: Field) -> str:
    d = f.default
    if d is None:
        return "None"
    if d == ():
        return "()"
    if f.is_struct and d == "struct":
        return f"{f.type}()"
    if f.type == "uuid":
        return "ZERO_UUID"
    if f.type in ("bytes", "records"):
        return 'b""'
    return repr(d)


def class_default(f: Field) -> str:
    d = f.default
    if f.is_struct and d == "struct":
        return f"msgspec.field(default_factory={f.type})"
    return default_expr(f)


def nondefault_test(f: Field, expr: str) -> str:
    """An expression true when `expr` differs from the field's default."""
    d = f.default
    if d is None:
        return f"{expr} is not None"
    if d == ():
        return f"{expr}"  # a None array also differs from ()
    if f.type == "bool" and not f.is_array:
        return expr if d is False else f"not {expr}"
    if f.is_struct:
        # msgspec's exact C comparison first: Struct.__ne__ is Python, and this runs per
        # partition in Fetch responses; only a value that is not exactly the default pays for
        # the item-by-item comparison (lists given where the default has tuples).
        return f"({expr} is None or not struct_eq({expr}, {f.type}())) and {expr} != {f.type}()"
    if f.type in ("bytes", "records"):
        return (
            f"len({expr}) != 0" if not optional_type(f) else f"{expr} is None or len({expr}) != 0"
        )
    return f"{expr} != {default_expr(f)}"


class ModuleEmitter:
    """Emits the codec functions of one message module."""

    def __init__(self, msg: Message, versions: list[int]) -> None:
        self.msg = msg
        self.versions = versions
        self.shapes = compute_shapes(msg, versions)
        self.formats: dict[str, str] = {}
        self.arrays: set[str] = set()

    # ------------------------------------------------------------ helpers

    def fmt(self, codes: str) -> str:
        name = self.formats.get(codes)
        if name is None:
            name = f"_F{len(self.formats)}"
            self.formats[codes] = name
        return name

    def arr(self, code: str) -> str:
        """Module-level table of precompiled array structs for element code `code`."""
        self.arrays.add(code)
        return f"_A{ARRAY_NAMES[code]}"

    def fn(self, kind: str, struct: str, sid: int) -> str:
        return f"_{kind}_{struct}_{sid}"

    def has_flexible(self, struct: str) -> bool:
        return any(sh.flexible for sh in self.shapes.get(struct, {}).values())

    def runs(self, sh: Shape) -> list[list[int] | int]:
        """Group positional fixed-width fields into runs; others stand alone (by index)."""
        out: list[list[int] | int] = []
        cur: list[int] = []
        for i, fs in enumerate(sh.fields):
            if fs is None or fs.mode != "p":
                continue
            f = sh.struct.fields[i]
            if not f.is_array and f.type in FIXED:
                cur.append(i)
                continue
            if cur:
                out.append(cur)
                cur = []
            out.append(i)
        if cur:
            out.append(cur)
        return out

    # ------------------------------------------------------------ readers

    def reader(self, sh: Shape) -> str:
        s = sh.struct
        L = Lines()
        L(f"def {self.fn('r', s.name, sh.sid)}(buf: memoryview, pos: int) -> tuple[{s.name}, int]:")
        L.indent()
        L("end = len(buf)")
        L("try:")
        L.indent()
        for item in self.runs(sh):
            if isinstance(item, list):
                fields = [s.fields[i] for i in item]
                codes = "".join(FIXED[f.type][0] for f in fields)
                size = sum(FIXED[f.type][1] for f in fields)
                names = ", ".join(f"f_{f.py_name}" for f in fields)
                L(f"{names}, = {self.fmt(codes)}.unpack_from(buf, pos)")
                L(f"pos += {size}")
                for f in fields:
                    if f.type == "uuid":
                        L(f"f_{f.py_name} = uuid_from_bytes(f_{f.py_name})")
            else:
                f = s.fields[item]
                fs = sh.fields[item]
                assert fs is not None
                self.read_field(L, f, fs, f"f_{f.py_name}", f"{s.name}.{f.name}")
        tagged = [
            (i, f)
            for i, f in enumerate(s.fields)
            if (sh.fields[i] or FieldShape("", False, False, None)).mode == "t"
        ]
        for _, f in tagged:
            L(f"f_{f.py_name}: {py_type(f)} = {default_expr(f)}")
        if sh.flexible:
            self.read_tags(L, sh, tagged)
        args = []
        for i, f in enumerate(s.fields):
            args.append(f"f_{f.py_name}" if sh.fields[i] is not None else default_expr(f))
        if self.has_flexible(s.name):
            args.append("tags" if sh.flexible else "None")
        L(f"return {s.name}({', '.join(args)}), pos")
        L.dedent()
        L("except (StructError, IndexError):")
        L(f'    raise truncated("{sh.label}", pos, buf) from None')
        L("except UnicodeDecodeError:")
        L(f'    raise bad_utf8("{sh.label}", pos) from None')
        return L.text()

    def read_len(self, L: Lines, var: str, flexible: bool, width: int, buf: str) -> None:
        """Read a length/count into `var`; -1 means null."""
        if flexible:
            # unsigned varint with inline one- to three-byte forms (lengths below 2 MiB)
            L(f"{var} = {buf}[pos]")
            L(f"if {var} < 128:")
            L("    pos += 1")
            L(f"elif {buf}[pos + 1] < 128:")
            L(f"    {var} = ({var} & 127) | ({buf}[pos + 1] << 7)")
            L("    pos += 2")
            L(f"elif {buf}[pos + 2] < 128:")
            L(f"    {var} = ({var} & 127) | (({buf}[pos + 1] & 127) << 7) | ({buf}[pos + 2] << 14)")
            L("    pos += 3")
            L("else:")
            L(f"    {var}, pos = read_uvarint({buf}, pos)")
            L(f"{var} -= 1")
        else:
            L(f"{var}, = {'INT16' if width == 2 else 'INT32'}.unpack_from({buf}, pos)")
            L(f"pos += {width}")

    def read_field(
        self,
        L: Lines,
        f: Field,
        fs: FieldShape,
        var: str,
        where: str,
        buf: str = "buf",
        end: str = "end",
        annotate: bool = True,
    ) -> None:
        """Read one field into `var`; `annotate` declares its type at the first assignment."""
        opt = (
            f": {elem_type(f) if not f.is_array else 'tuple[' + elem_type(f) + ', ...]'} | None"
            if annotate
            else ""
        )
        if not f.is_array and f.type in FIXED:
            code, size = FIXED[f.type]
            if f.type == "uuid":
                L(f"{var} = uuid_from_bytes({self.fmt(code)}.unpack_from({buf}, pos)[0])")
            else:
                L(f"{var}, = {self.fmt(code)}.unpack_from({buf}, pos)")
            L(f"pos += {size}")
            return
        if f.is_struct and not f.is_array:
            child = self.fn("r", f.type, fs.child)  # type: ignore[arg-type]
            if fs.nullable:
                L(f"if {buf}[pos] == 255:")
                L("    pos += 1")
                L(f"    {var}{opt} = None")
                L("else:")
                L("    pos += 1")
                L(f"    {var}, pos = {child}({buf}, pos)")
            else:
                L(f"{var}, pos = {child}({buf}, pos)")
            return
        width = 2 if f.type == "string" and not f.is_array else 4
        n = "n"
        self.read_len(L, n, fs.flexible, width, buf)
        if f.is_array and f.type in FIXED and f.type != "uuid":
            # Small arrays first: unpack_from raises on a short buffer, so no bounds test.
            code, size = FIXED[f.type]
            first = f": tuple[{elem_type(f)}, ...] | None" if annotate and fs.nullable else ""
            L(f"if 0 <= {n} < SMALL_ARRAY:")
            L(f"    {var}{first} = {self.arr(code)}[{n}].unpack_from({buf}, pos)")
            L(f"    pos += {n} * {size}" if size > 1 else f"    pos += {n}")
            L(f"elif {n} < 0:")
            if fs.nullable:
                L(f"    {var} = None")
            else:
                L(f'    raise null_not_allowed("{where}", pos)')
            need = n if size == 1 else f"{n} * {size}"
            L(f"elif {need} > {end} - pos:")
            L(f'    raise bad_length("{where}", {n}, pos, {end} - pos)')
            L("else:")
            L(f'    {var} = unpack_from(">%d{code}" % {n}, {buf}, pos)')
            L(f"    pos += {n} * {size}" if size > 1 else f"    pos += {n}")
            return
        L(f"if {n} < 0:")
        if fs.nullable:
            L(f"    {var}{opt} = None")
        else:
            L(f'    raise null_not_allowed("{where}", pos)')
        L(f"elif {n} > {end} - pos:")
        L(f'    raise bad_length("{where}", {n}, pos, {end} - pos)')
        L("else:")
        L.indent()
        if not f.is_array:
            if f.type == "string":
                L(f'{var} = str({buf}[pos : pos + {n}], "utf-8")')
            elif f.type == "records" or f.zero_copy:
                L(f"{var} = {buf}[pos : pos + {n}]")
            else:
                L(f"{var} = bytes({buf}[pos : pos + {n}])")
            L(f"pos += {n}")
        else:
            x = f"x_{f.py_name}"
            items = f"items_{f.py_name}"
            app = f"append_{f.py_name}"
            ann = f": list[{elem_type(f)}]"  # each array is read once per function
            L(f"{items}{ann} = []")
            L(f"{app} = {items}.append")
            L(f"for _ in range({n}):")
            L.indent()
            if f.is_struct:
                L(f"{x}, pos = {self.fn('r', f.type, fs.child)}({buf}, pos)")  # type: ignore[arg-type]
                L(f"{app}({x})")
            elif f.type == "uuid":
                L(f"if pos + 16 > {end}:")
                L(f'    raise truncated("{where}", pos, {buf})')
                L(f"{app}(uuid_from_bytes(bytes({buf}[pos : pos + 16])))")
                L("pos += 16")
            else:  # string
                elem = FieldShape("p", False, fs.flexible, None)
                sub = msgspec.structs.replace(f, is_array=False)
                self.read_field(L, sub, elem, x, where, buf, end, annotate=False)
                L(f"{app}({x})")
            L.dedent()
            # Arrays decode as tuples: decoded messages are values, and a tuple costs one
            # allocation where a list costs two (C readers: see _accel_runtime.h).
            tann = f": tuple[{elem_type(f)}, ...]" if annotate and not fs.nullable else ""
            L(f"{var}{tann} = tuple({items})")
        L.dedent()

    def read_tags(self, L: Lines, sh: Shape, tagged: list[tuple[int, Field]]) -> None:
        L("if buf[pos] == 0:")
        L("    pos += 1")
        L("    tags: dict[int, bytes] | None = None")
        L("else:")
        L.indent()
        if not tagged:
            L("tags, pos = read_tags(buf, pos)")
            L.dedent()
            return
        L("tags = None")
        L("count, pos = read_uvarint(buf, pos)")
        L("if count > end - pos:")
        L(f'    raise bad_length("{sh.label} tagged fields", count, pos, end - pos)')
        L("for _ in range(count):")
        L.indent()
        L("tag, pos = read_uvarint(buf, pos)")
        L("size, pos = read_uvarint(buf, pos)")
        L("tend = pos + size")
        L("if tend > end:")
        L(f'    raise bad_length("{sh.label} tag", size, pos, end - pos)')
        first = True
        for i, f in tagged:
            fs = sh.fields[i]
            assert fs is not None and f.tag is not None
            L(f"{'if' if first else 'elif'} tag == {f.tag}:")
            first = False
            L.indent()
            L("tbuf = buf[:tend]")
            self.read_field(
                L,
                f,
                FieldShape("p", fs.nullable, fs.flexible, fs.child),
                f"f_{f.py_name}",
                f"{sh.struct.name}.{f.name}",
                "tbuf",
                "tend",
                annotate=False,
            )
            L.dedent()
        L("else:")
        L("    if tags is None:")
        L("        tags = {}")
        L("    tags[tag] = bytes(buf[pos:tend])")
        L("pos = tend")
        L.dedent()
        L.dedent()

    # ------------------------------------------------------------ writers

    def absent_checks(self, L: Lines, sh: Shape) -> None:
        for i, f in enumerate(sh.struct.fields):
            if sh.fields[i] is None and not f.ignorable:
                L(f"if {nondefault_test(f, 'o.' + f.py_name)}:")
                L(
                    f'    raise not_in_version("{sh.struct.name}.{f.name}", "{version_list(sh.versions)}")'
                )

    def writer(self, sh: Shape) -> str:
        s = sh.struct
        L = Lines()
        L(f"def {self.fn('w', s.name, sh.sid)}(o: {s.name}, out: list[Buffer]) -> None:")
        L.indent()
        L("a = out.append")
        self.absent_checks(L, sh)
        for item in self.runs(sh):
            if isinstance(item, list):
                fields = [s.fields[i] for i in item]
                codes = "".join(FIXED[f.type][0] for f in fields)
                vals = ", ".join(
                    f"o.{f.py_name}.bytes" if f.type == "uuid" else f"o.{f.py_name}" for f in fields
                )
                L(f"a({self.fmt(codes)}.pack({vals}))")
            else:
                f = s.fields[item]
                fs = sh.fields[item]
                assert fs is not None
                self.write_field(
                    L, f, fs, f"o.{f.py_name}", f"{s.name}.{f.name}", version_list(sh.versions)
                )
        if sh.flexible:
            self.write_tags(L, sh)
        return L.text()

    def write_len(self, L: Lines, expr: str, flexible: bool, width: int) -> None:
        if flexible:
            L(f"n = {expr} + 1")
            L("a(UVARINTS[n] if n < 16384 else uvarint_bytes(n))")
        else:
            L(f"a({'INT16' if width == 2 else 'INT32'}.pack({expr}))")

    def write_field(
        self, L: Lines, f: Field, fs: FieldShape, expr: str, where: str, vers: str
    ) -> None:
        if not f.is_array and f.type in FIXED:
            code, _ = FIXED[f.type]
            val = f"{expr}.bytes" if f.type == "uuid" else expr
            L(f"a({self.fmt(code)}.pack({val}))")
            return
        optional = optional_type(f)
        v = f"v_{f.py_name}"
        L(f"{v} = {expr}")
        if optional:
            L(f"if {v} is None:")
            if fs.nullable:
                if f.is_struct and not f.is_array:
                    L('    a(b"\\xff")')
                elif fs.flexible:
                    L('    a(b"\\x00")')
                else:
                    width = 2 if f.type == "string" and not f.is_array else 4
                    L(f"    a({_NULL_LEN[width]})")
            else:
                L(f'    raise not_nullable("{where}", "{vers}")')
            L("else:")
            L.indent()
        if f.is_struct and not f.is_array:
            if fs.nullable:
                L('a(b"\\x01")')
            L(f"{self.fn('w', f.type, fs.child)}({v}, out)")  # type: ignore[arg-type]
        elif not f.is_array:
            width = 2 if f.type == "string" else 4
            if f.type == "string":
                L(f'b = {v}.encode("utf-8")')
                self.write_len(L, "len(b)", fs.flexible, width)
                L("a(b)")
            else:
                self.write_len(L, f"len({v})", fs.flexible, width)
                # memoryview() rejects a str (or any non-buffer) here, not at join time
                L(f"a({v} if type({v}) is bytes else memoryview({v}))")
        else:
            x = f"x_{f.py_name}"
            self.write_len(L, f"len({v})", fs.flexible, 4)
            if f.is_struct:
                L(f"w_{f.py_name} = {self.fn('w', f.type, fs.child)}")  # type: ignore[arg-type]
                L(f"for {x} in {v}:")
                L(f"    w_{f.py_name}({x}, out)")
            elif f.type == "uuid":
                L(f"for {x} in {v}:")
                L(f"    a({x}.bytes)")
            elif f.type in FIXED:
                code, _ = FIXED[f.type]
                L(f"k = len({v})")
                L(
                    f'a({self.arr(code)}[k].pack(*{v}) if k < SMALL_ARRAY else pack(">%d{code}" % k, *{v}))'
                )
            else:
                L(f"for {x} in {v}:")
                L.indent()
                L(f'b = {x}.encode("utf-8")')
                self.write_len(L, "len(b)", fs.flexible, 2)
                L("a(b)")
                L.dedent()
        if optional:
            L.dedent()

    def write_tags(self, L: Lines, sh: Shape) -> None:
        s = sh.struct
        tagged = [(i, f) for i, f in enumerate(s.fields) if sh.fields[i] is not None and sh.fields[i].mode == "t"]  # type: ignore[union-attr]
        if not tagged:
            L("if o.unknown_tags is None:")
            L('    a(b"\\x00")')
            L("else:")
            L("    write_tags(out, dict(o.unknown_tags))")
            return
        cond = " or ".join(
            ["o.unknown_tags is not None"]
            + [f"({nondefault_test(f, 'o.' + f.py_name)})" for _, f in tagged]
        )
        L(f"if not ({cond}):")
        L('    a(b"\\x00")')
        L("else:")
        L.indent()
        L("tags: dict[int, Buffer] = dict(o.unknown_tags or {})")
        for i, f in tagged:
            fs = sh.fields[i]
            assert fs is not None
            L(f"if {nondefault_test(f, 'o.' + f.py_name)}:")
            L.indent()
            sub = f"sub_{f.py_name}"
            L(f"{sub}: list[Buffer] = []")
            L(f"outer, out, a = out, {sub}, {sub}.append")
            self.write_field(
                L,
                f,
                FieldShape("p", fs.nullable, fs.flexible, fs.child),
                f"o.{f.py_name}",
                f"{s.name}.{f.name}",
                version_list(sh.versions),
            )
            L("out, a = outer, outer.append")
            L(f'tags[{f.tag}] = b"".join({sub})')
            L.dedent()
        L("write_tags(out, tags)")
        L.dedent()

    # ------------------------------------------------------------ sizers

    def sizer(self, sh: Shape) -> str:
        s = sh.struct
        L = Lines()
        L(f"def {self.fn('s', s.name, sh.sid)}(o: {s.name}) -> int:")
        L.indent()
        fixed = 0
        dynamic = Lines()
        dynamic.depth = L.depth
        for i, f in enumerate(s.fields):
            fs = sh.fields[i]
            if fs is None or fs.mode != "p":
                continue
            if not f.is_array and f.type in FIXED:
                fixed += FIXED[f.type][1]
            else:
                self.size_field(dynamic, f, fs, f"o.{f.py_name}")
        L(f"n = {fixed}")
        L.lines.extend(dynamic.lines)
        if sh.flexible:
            tagged = [(i, f) for i, f in enumerate(s.fields) if sh.fields[i] is not None and sh.fields[i].mode == "t"]  # type: ignore[union-attr]
            L("tags: dict[int, int] = {}")
            L("if o.unknown_tags is not None:")
            L("    tags.update((t, len(p)) for t, p in o.unknown_tags.items())")
            for i, f in tagged:
                fs = sh.fields[i]
                assert fs is not None
                L(f"if {nondefault_test(f, 'o.' + f.py_name)}:")
                L.indent()
                L("outer_n = n")
                L("n = 0")
                if not f.is_array and f.type in FIXED:
                    L(f"n += {FIXED[f.type][1]}")
                else:
                    self.size_field(
                        L, f, FieldShape("p", fs.nullable, fs.flexible, fs.child), f"o.{f.py_name}"
                    )
                L(f"tags[{f.tag}] = n")
                L("n = outer_n")
                L.dedent()
            L("n += tags_size(tags)")
        L("return n")
        return L.text()

    def size_len(self, L: Lines, expr: str, flexible: bool, width: int) -> None:
        if flexible:
            L(f"n += uvarint_size({expr} + 1)")
        else:
            L(f"n += {width}")

    def size_field(self, L: Lines, f: Field, fs: FieldShape, expr: str) -> None:
        optional = optional_type(f)
        v = f"v_{f.py_name}"
        L(f"{v} = {expr}")
        if optional:
            L(f"if {v} is None:")
            L(
                f"    n += {1 if (fs.flexible or (f.is_struct and not f.is_array)) else (2 if f.type == 'string' and not f.is_array else 4)}"
            )
            L("else:")
            L.indent()
        if f.is_struct and not f.is_array:
            if fs.nullable:
                L("n += 1")
            L(f"n += {self.fn('s', f.type, fs.child)}({v})")  # type: ignore[arg-type]
        elif not f.is_array:
            if f.type == "string":
                L(f"k = utf8_len({v})")
                self.size_len(L, "k", fs.flexible, 2)
                L("n += k")
            else:
                self.size_len(L, f"len({v})", fs.flexible, 4)
                L(f"n += len({v})")
        else:
            x = f"x_{f.py_name}"
            self.size_len(L, f"len({v})", fs.flexible, 4)
            if f.is_struct:
                L(f"sz_{f.py_name} = {self.fn('s', f.type, fs.child)}")  # type: ignore[arg-type]
                L(f"for {x} in {v}:")
                L(f"    n += sz_{f.py_name}({x})")
            elif f.type in FIXED:
                L(f"n += {FIXED[f.type][1]} * len({v})")
            else:
                L(f"for {x} in {v}:")
                L.indent()
                L(f"k = utf8_len({x})")
                self.size_len(L, "k", fs.flexible, 2)
                L("n += k")
                L.dedent()
        if optional:
            L.dedent()
