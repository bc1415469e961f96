"""C twins of the generated Python readers (the optional extension `fluxmq.protocol._accel`).

For every reader `emit.ModuleEmitter.reader` writes, this writes a C function over the same
shape that reads the same bytes into the same msgspec structs and fails with the same
`DecodeError` message at the same byte. The helpers it calls live in the hand-written
`fluxmq/protocol/_accel_runtime.h`; the module object, `bind()` and the reader types in
`fluxmq/protocol/_accel_module.h`. Each message's C code carries a fingerprint (a hash of that
code) that its Python module passes to `bind()`, so a stale build is never used.
"""

from __future__ import annotations

import hashlib

from .emit import FIXED, FieldShape, ModuleEmitter, Shape
from .spec import Field, Struct

HEADER = """\
/* generated from Kafka {kafka_version} by codegen — do not edit */
/* C readers for fluxmq/protocol/messages/: see codegen/emit_c.py. */
#include "../_accel_runtime.h"
"""


def cstr(s: str) -> str:
    """A C string literal (the texts are ASCII: names, versions, punctuation)."""
    assert s.isascii(), s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class CEmitter:
    """The C readers of one message module, sharing the Python emitter's shapes."""

    def __init__(self, em: ModuleEmitter, module: str, structs: list[Struct]) -> None:
        self.em = em
        self.module = module
        self.structs = structs  # dependency order, as the Python module defines the classes
        self.uses_trunc = False

    def fn(self, struct: str, sid: int) -> str:
        return f"r_{self.module}__{struct}_{sid}"

    def ci(self, struct: str) -> str:
        return f"ci_{self.module}__{struct}"

    def nfields(self, s: Struct) -> int:
        return len(s.fields) + (1 if self.em.has_flexible(s.name) else 0)

    # ------------------------------------------------------------------ one reader

    def reader(self, sh: Shape) -> str:
        s = sh.struct
        nf = self.nfields(s)
        body: list[str] = []
        self.uses_trunc = False
        for item in self.em.runs(sh):
            if isinstance(item, list):
                size = sum(FIXED[s.fields[i].type][1] for i in item)
                body.append(f"if (pos + {size} > end) goto trunc;")
                self.uses_trunc = True
                off = 0
                for i in item:
                    f = s.fields[i]
                    body.append(f"if (!(f[{i}] = {self.fixed(f, f'b + pos + {off}')})) goto error;")
                    off += FIXED[f.type][1]
                body.append(f"pos += {size};")
            else:
                fs = sh.fields[item]
                assert fs is not None
                self.read_field(
                    body, s.fields[item], fs, f"f[{item}]", f"{s.name}.{s.fields[item].name}", "end"
                )
        tagged = [(i, f) for i, f in enumerate(s.fields) if sh.fields[i] is not None and sh.fields[i].mode == "t"]  # type: ignore[union-attr]
        if sh.flexible:
            self.read_tags(body, sh, tagged, nf - 1)
        out = [
            "static PyObject *",
            f"{self.fn(s.name, sh.sid)}(Ctx *c, Py_ssize_t end, Py_ssize_t *ppos)",
            "{",
            f"    static const char L[] = {cstr(sh.label)};",
            "    const unsigned char *b = c->buf;",
            "    Py_ssize_t pos = *ppos;",
            f"    PyObject *f[{nf}] = {{0}};",
            "    PyObject *o;",
            "    (void)b;",
            "    (void)L;",
        ]
        out += ["    " + line for line in body]
        out += [
            f"    o = make(&{self.ci(s.name)}, f);",
            "    if (o == NULL)",
            "        return NULL;",
            "    *ppos = pos;",
            "    return o;",
        ]
        if self.uses_trunc:
            out += ["trunc:", "    err_truncated(L, pos, end);"]
        if self.uses_trunc or any("goto error" in line for line in body):
            out += ["error:", f"    clear_fields(f, {nf});", "    return NULL;"]
        out += ["}", ""]
        return "\n".join(out)

    def fixed(self, f: Field, ptr: str) -> str:
        if f.type == "uuid":
            return f"mk_uuid({ptr})"
        return f"fixed_value('{FIXED[f.type][0]}', {ptr})"

    def read_field(
        self, L: list[str], f: Field, fs: FieldShape, var: str, where: str, lim: str
    ) -> None:
        """Read one field into `var` within `lim` (`end`, or `tend` in a tagged field)."""
        w = cstr(where)
        flex = int(fs.flexible)
        null = int(fs.nullable)
        if not f.is_array and f.type in FIXED:
            size = FIXED[f.type][1]
            L.append(f"if (pos + {size} > {lim}) goto trunc;")
            self.uses_trunc = True
            L.append(f"if (!({var} = {self.fixed(f, 'b + pos')})) goto error;")
            L.append(f"pos += {size};")
            return
        if f.is_struct and not f.is_array:
            child = self.fn(f.type, fs.child)  # type: ignore[arg-type]
            if fs.nullable:
                L.append("{")
                L.append(f"    int r = rd_presence(c, {lim}, &pos, L, end);")
                L.append("    if (r < 0)")
                L.append("        goto error;")
                L.append(f"    if (r ? !({var} = new_none()) : !({var} = {child}(c, {lim}, &pos)))")
                L.append("        goto error;")
                L.append("}")
            else:
                L.append(f"if (!({var} = {child}(c, {lim}, &pos))) goto error;")
            return
        args = f"{flex}, {null}, {w}, L, end, &{var}"
        if not f.is_array:
            kind = (
                "K_STR"
                if f.type == "string"
                else ("K_VIEW" if f.type == "records" or f.zero_copy else "K_BYTES")
            )
            L.append(f"if (rd_blob(c, {lim}, &pos, {kind}, {args}) < 0) goto error;")
        elif f.is_struct:
            child = self.fn(f.type, fs.child)  # type: ignore[arg-type]
            L.append(
                f"if (rd_struct_array(c, {lim}, &pos, {flex}, {null}, {w}, L, end, {child}, &{var}) < 0) goto error;"
            )
        elif f.type == "uuid":
            L.append(f"if (rd_uuid_array(c, {lim}, &pos, {args}) < 0) goto error;")
        elif f.type in FIXED:
            code, size = FIXED[f.type]
            L.append(
                f"if (rd_fixed_array(c, {lim}, &pos, '{code}', {size}, {args}) < 0) goto error;"
            )
        else:
            kind = (
                "K_STR"
                if f.type == "string"
                else ("K_VIEW" if f.type == "records" or f.zero_copy else "K_BYTES")
            )
            L.append(f"if (rd_blob_array(c, {lim}, &pos, {kind}, {args}) < 0) goto error;")

    def read_tags(
        self, L: list[str], sh: Shape, tagged: list[tuple[int, Field]], tags_ix: int
    ) -> None:
        if not tagged:
            L.append(f"if (rd_unknown_tags(c, end, &pos, L, &f[{tags_ix}]) < 0) goto error;")
            return
        self.uses_trunc = True
        L.append("if (pos >= end) goto trunc;")
        L.append("if (b[pos] == 0)")
        L.append("    pos++;")
        L.append("else {")
        L.append("    unsigned long long count, tag, size, i;")
        L.append("    Py_ssize_t tend;")
        L.append("    if (rd_uvarint(b, end, &pos, &count) < 0) goto error;")
        L.append("    if ((long long)count > end - pos) {")
        L.append(
            f"        err_bad_length({cstr(sh.label + ' tagged fields')}, (long long)count, pos, end - pos);"
        )
        L.append("        goto error;")
        L.append("    }")
        L.append("    for (i = 0; i < count; i++) {")
        L.append(
            "        if (rd_uvarint(b, end, &pos, &tag) < 0 || rd_uvarint(b, end, &pos, &size) < 0) goto error;"
        )
        L.append("        tend = pos + (Py_ssize_t)size;")
        L.append("        if (tend > end) {")
        L.append(
            f"            err_bad_length({cstr(sh.label + ' tag')}, (long long)size, pos, end - pos);"
        )
        L.append("            goto error;")
        L.append("        }")
        L.append("        switch (tag) {")
        for i, f in tagged:
            fs = sh.fields[i]
            assert fs is not None and f.tag is not None
            L.append(f"        case {f.tag}:")
            L.append(f"            Py_CLEAR(f[{i}]);")
            inner: list[str] = []
            self.read_field(
                inner,
                f,
                FieldShape("p", fs.nullable, fs.flexible, fs.child),
                f"f[{i}]",
                f"{sh.struct.name}.{f.name}",
                "tend",
            )
            L.extend("            " + line for line in inner)
            L.append("            break;")
        L.append("        default:")
        L.append(
            f"            if (add_unknown_tag(&f[{tags_ix}], tag, b + pos, tend - pos) < 0) goto error;"
        )
        L.append("        }")
        L.append("        pos = tend;")
        L.append("    }")
        L.append("}")

    # ------------------------------------------------------------------ the module part

    def render(self, root: str, readers_by_version: list[int | None]) -> tuple[str, str]:
        """(C code of this message, its fingerprint)."""
        decls: list[str] = []
        bodies: list[str] = []
        names = [s.name for s in self.structs]
        for s in self.structs:
            decls.append(f"static ClassInfo {self.ci(s.name)};")
            fields = [f'"{f.py_name}"' for f in s.fields]
            if self.em.has_flexible(s.name):
                fields.append('"unknown_tags"')
            decls.append(
                f"static const char *const fn_{self.module}__{s.name}[] = {{{', '.join([*fields, 'NULL'])}}};"
            )
        for s in self.structs:
            # Fields whose default is a new instance of a struct of this module: built in C.
            subs = [
                (
                    f"&{self.ci(f.type)}"
                    if f.is_struct and not f.is_array and f.default == "struct" and f.type in names
                    else "NULL"
                )
                for f in s.fields
            ]
            if self.em.has_flexible(s.name):
                subs.append("NULL")
            decls.append(
                f"static ClassInfo *const sub_{self.module}__{s.name}[] = {{{', '.join(subs)}}};"
            )
        for s in reversed(self.structs):
            for _sid, sh in sorted(self.em.shapes.get(s.name, {}).items()):
                decls.append(
                    f"static PyObject *{self.fn(s.name, sh.sid)}(Ctx *, Py_ssize_t, Py_ssize_t *);"
                )
                bodies.append(self.reader(sh))
        m = self.module
        table = [
            f"static ClassInfo *cls_{m}[] = {{{', '.join([*(f'&{self.ci(n)}' for n in names), 'NULL'])}}};",
            f"static const char *const *const fields_{m}[] = {{{', '.join(f'fn_{m}__{n}' for n in names)}}};",
            f"static ClassInfo *const *const subs_{m}[] = {{{', '.join(f'sub_{m}__{n}' for n in names)}}};",
            f"static const readfn rd_{m}[] = {{"
            + ", ".join(
                self.fn(root, sid) if sid is not None else "NULL" for sid in readers_by_version
            )
            + "};",
        ]
        code = "\n".join([f"/* {'-' * 60} {m} */", *decls, "", *bodies, *table, ""])
        return code, hashlib.sha256(code.encode()).hexdigest()[:16]


def render_module(parts: list[tuple[str, str, str, int]], kafka_version: str) -> str:
    """The whole C file: the runtime include, every message's code, the MODULES table.

    parts: (module, code, fingerprint, number of versions).
    """
    out = [HEADER.format(kafka_version=kafka_version)]
    out += [code for _, code, _, _ in parts]
    out.append("static const ModEntry MODULES[] = {")
    for m, _, fp, n in parts:
        out.append(f'    {{"{m}", "{fp}", cls_{m}, fields_{m}, subs_{m}, rd_{m}, {n}}},')
    out.append("    {NULL, NULL, NULL, NULL, NULL, NULL, 0},")
    out.append("};")
    out.append("")
    out.append('#include "../_accel_module.h"')
    return "\n".join(out) + "\n"
