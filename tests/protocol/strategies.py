"""Hypothesis strategies that build any generated message valid for a given version.

Fields absent from the version keep their defaults, nullable fields are sometimes None, and
flexible versions sometimes carry unknown tagged fields, so that decode(encode(m)) == m.
"""

from __future__ import annotations

import importlib
from typing import Any

from hypothesis import strategies as st

from fluxmq.protocol import messages
from fluxmq.protocol.message import FieldInfo, Message, Struct

INT_RANGES = {
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
}


def all_messages() -> list[type[Message]]:
    out = []
    for name, module in sorted(messages.MODULES.items()):
        mod = importlib.import_module(f"fluxmq.protocol.messages.{module}")
        out.append(getattr(mod, name))
    return out


def versions(cls: type[Message]) -> list[int]:
    return [v for v in range(cls.MIN_VERSION, cls.MAX_VERSION + 1) if cls._READERS[v] is not None]


def _in(rng: tuple[int, int], v: int) -> bool:
    return rng[0] <= v <= rng[1]


def _scalar(kind: str) -> st.SearchStrategy[Any]:
    if kind in INT_RANGES:
        lo, hi = INT_RANGES[kind]
        return st.integers(lo, hi)
    if kind == "bool":
        return st.booleans()
    if kind == "float64":
        return st.floats(allow_nan=False)
    if kind == "string":
        return st.text(max_size=12)
    if kind in ("bytes", "records"):
        return st.binary(max_size=24)
    if kind == "uuid":
        return st.uuids()
    raise AssertionError(kind)


def _value(f: FieldInfo, v: int, flexible: bool) -> st.SearchStrategy[Any]:
    if f.struct is not None:
        elem = struct_strategy(f.struct, v, flexible)
    else:
        elem = _scalar(f.kind)
    base = st.lists(elem, max_size=3) if f.is_array else elem
    if _in(f.nullable, v):
        base = st.one_of(st.none(), base)
    return base


def struct_strategy(cls: type[Struct], v: int, flexible: bool) -> st.SearchStrategy[Any]:
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    known_tags = set()
    for f in cls.FIELDS:
        present = _in(f.versions, v) or (f.tag is not None and _in(f.tagged, v))
        if f.tag is not None:
            known_tags.add(f.tag)
        if present:
            kwargs[f.name] = _value(f, v, flexible)
    if flexible and "unknown_tags" in cls.__struct_fields__:
        unknown = st.dictionaries(
            st.integers(0, 300).filter(lambda t: t not in known_tags),
            st.binary(max_size=8),
            max_size=2,
        )
        kwargs["unknown_tags"] = st.one_of(st.none(), unknown.map(lambda d: d or None))
    return st.builds(cls, **kwargs)


def message_strategy(cls: type[Message], v: int) -> st.SearchStrategy[Any]:
    flexible = cls.FLEXIBLE_MIN is not None and v >= cls.FLEXIBLE_MIN
    return struct_strategy(cls, v, flexible)
