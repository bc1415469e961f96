"""Runtime base for the generated message classes, and helpers their codecs share.

Each generated message class holds every field of every version; per version it has one
straight-line reader, writer and sizer, stored in tuples indexed by version.
"""

from __future__ import annotations

import importlib
import os
import struct
from collections.abc import Callable
from types import ModuleType
from typing import Any, ClassVar, NamedTuple, TypeVar

import msgspec

from .errors import DecodeError, EncodeError, UnsupportedVersionError
from .primitives import Buffer, read_uvarint, uvarint_bytes, uvarint_size

__all__ = ["Buffer", "FieldInfo", "Message", "Struct", "accelerated", "set_accelerated"]

T = TypeVar("T", bound="Message")

Reader = Callable[[memoryview, int], tuple[Any, int]]
Writer = Callable[[Any, list[Buffer]], None]
Sizer = Callable[[Any], int]


class FieldInfo(NamedTuple):
    """Schema facts about one generated field: names, type and version ranges (lo, hi)."""

    name: str  # Python attribute
    kafka_name: str
    kind: str  # element type: a primitive name, or the struct's class name
    is_array: bool
    versions: tuple[int, int]  # empty when lo > hi
    nullable: tuple[int, int]
    tag: int | None
    tagged: tuple[int, int]
    ignorable: bool
    struct: type[Struct] | None
    map_key: bool = False  # part of the key of its array's elements (Kafka's mapKey)


# msgspec's exact, C-implemented comparison (lists and tuples differ); generated code uses it.
struct_eq = msgspec.Struct.__eq__


def _same(a: object, b: object) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(map(_same, a, b))
    return a == b


class Struct(msgspec.Struct, gc=False, repr_omit_defaults=True):
    """Base of every generated struct: cheap, typed, compared by value.

    Arrays decode as tuples and may be given as any sequence; equality compares their items,
    so a message built with lists equals its decoded copy."""

    FIELDS: ClassVar[tuple[FieldInfo, ...]] = ()

    def __eq__(self, other: object) -> bool:
        fast = struct_eq(self, other)  # msgspec's: exact, and all that equal values need
        if fast is not False or type(self) is not type(other):
            return fast
        return all(_same(getattr(self, n), getattr(other, n)) for n in self.__struct_fields__)

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq


class Message(Struct):
    """A top-level Kafka message (request, response, header or data record)."""

    NAME: ClassVar[str]
    TYPE: ClassVar[str]  # request, response, header, data, coordinator-key, coordinator-value
    API_KEY: ClassVar[int | None]
    MIN_VERSION: ClassVar[int]
    MAX_VERSION: ClassVar[int]
    FLEXIBLE_MIN: ClassVar[int | None]  # first flexible version, None if never flexible
    _READERS: ClassVar[tuple[Reader | None, ...]]
    _WRITERS: ClassVar[tuple[Writer | None, ...]]
    _SIZERS: ClassVar[tuple[Sizer | None, ...]]
    _PY_READERS: ClassVar[tuple[Reader | None, ...]]  # the generated Python readers
    _C_READERS: ClassVar[tuple[Reader | None, ...] | None]  # their C twins, when built

    @classmethod
    def _codec(cls, table: tuple[Any, ...], version: int) -> Any:
        fn = table[version] if 0 <= version < len(table) else None
        if fn is None:
            raise UnsupportedVersionError(
                f"{cls.NAME} has no version {version} (supported: "
                f"{cls.MIN_VERSION}-{cls.MAX_VERSION})"
            )
        return fn

    def encode_into(self, out: list[Buffer], version: int) -> None:
        """Append the encoded chunks to `out` (records are appended, not copied)."""
        writers = self._WRITERS
        writer = writers[version] if 0 <= version < len(writers) else None
        if writer is None:
            self._codec(writers, version)  # raises UnsupportedVersionError
        try:
            writer(self, out)  # type: ignore[misc]
        except (struct.error, AttributeError, TypeError, OverflowError, UnicodeEncodeError) as e:
            raise EncodeError(f"cannot encode {self.NAME} v{version}: {e}") from None

    def encode(self, version: int) -> bytes:
        out: list[Buffer] = []
        self.encode_into(out, version)
        try:
            return b"".join(out)
        except TypeError as e:
            raise EncodeError(f"cannot encode {self.NAME} v{version}: {e}") from None

    def encoded_size(self, version: int) -> int:
        try:
            return int(self._codec(self._SIZERS, version)(self))
        except (AttributeError, TypeError, UnicodeEncodeError) as e:
            raise EncodeError(f"cannot size {self.NAME} v{version}: {e}") from None

    @classmethod
    def decode(cls: type[T], data: Buffer, version: int, *, allow_trailing: bool = False) -> T:
        """Decode one message body; trailing bytes are an error unless allowed."""
        readers = cls._READERS
        reader = readers[version] if 0 <= version < len(readers) else None
        if reader is None:
            cls._codec(readers, version)  # raises UnsupportedVersionError
        if type(data) is bytes:
            buf = memoryview(data)
        else:
            buf = data if type(data) is memoryview else memoryview(data)
            if buf.format != "B" or buf.ndim != 1:
                buf = buf.cast("B")
        obj, pos = reader(buf, 0)  # type: ignore[misc]
        if pos != len(buf) and not allow_trailing:
            raise DecodeError(
                f"{cls.NAME} v{version}: {len(buf) - pos} unexpected trailing bytes at byte {pos}"
            )
        return obj  # type: ignore[no-any-return]

    @classmethod
    def decoder(cls: type[T], version: int) -> Callable[..., T]:
        """A callable `decoder(data, allow_trailing=False)` doing `cls.decode(data, version)`.

        With the C readers in use this is a C object that skips `decode`'s Python call; the
        result is the same either way. Look it up once, call it many times.
        """
        reader = cls._codec(cls._READERS, version)
        if _accel is not None and type(reader) is _accel.Reader:
            return _accel.Decoder(reader, cls, version)  # type: ignore[no-any-return]

        def decode(data: Buffer, allow_trailing: bool = False) -> T:
            return cls.decode(data, version, allow_trailing=allow_trailing)

        return decode

    @classmethod
    def decode_from(cls: type[T], data: Buffer, version: int, pos: int = 0) -> tuple[T, int]:
        """Decode at `pos`; returns the message and the position after it."""
        reader = cls._codec(cls._READERS, version)
        buf = data if type(data) is memoryview else memoryview(data)
        if buf.format != "B" or buf.ndim != 1:
            buf = buf.cast("B")
        obj, end = reader(buf, pos)
        return obj, end


# ---------------------------------------------------------------- the optional C readers
#
# `fluxmq.protocol._accel` is a C extension generated from the same specs as the Python readers
# (codegen/emit_c.py), built by `pip install` when a compiler is present. Each generated module
# calls bind_readers() once its classes exist; with the extension loaded (and the environment
# variable FLUXMQ_PURE_PYTHON unset or "0") the class's `_READERS` become the C ones. They
# decode the same bytes into the same objects and raise the same errors.


def _load_accel() -> ModuleType | None:
    if os.environ.get("FLUXMQ_PURE_PYTHON", "0") not in ("", "0"):
        return None
    try:
        return importlib.import_module("fluxmq.protocol._accel")
    except ImportError:
        return None


_accel: ModuleType | None = _load_accel()
_use_accel = _accel is not None
_BOUND: list[type[Message]] = []


def _class_spec(cls: type[Struct]) -> tuple[type[Struct], tuple[Any, ...], tuple[bool, ...], bool]:
    """What the C side needs to build `cls`: each field's default or default factory."""
    values: list[Any] = []
    factories: list[bool] = []
    for f in msgspec.structs.fields(cls):
        if f.default_factory is not msgspec.NODEFAULT:
            values.append(f.default_factory)
            factories.append(True)
        else:
            values.append(f.default)  # NODEFAULT never occurs: every generated field has one
            factories.append(False)
    direct = not hasattr(cls, "__post_init__")  # then filling the slots is all a call does
    return cls, tuple(values), tuple(factories), direct


def bind_readers(
    cls: type[Message], module: str, fingerprint: str, classes: tuple[type[Struct], ...]
) -> None:
    """Called by each generated module: attach the C readers to `cls` when available."""
    py_readers = cls.__dict__.get("_PY_READERS", cls._READERS)
    cls._PY_READERS = py_readers
    cls._C_READERS = None
    if _accel is not None:
        cls._C_READERS = _accel.bind(
            module, fingerprint, tuple(_class_spec(c) for c in classes), py_readers
        )
    if _use_accel and cls._C_READERS is not None:
        cls._READERS = cls._C_READERS
    if cls not in _BOUND:
        _BOUND.append(cls)


def accelerated() -> bool:
    """True when the C readers are loaded and in use."""
    return _accel is not None and _use_accel


def set_accelerated(on: bool) -> bool:
    """Switch every generated message between the C and the Python readers (for tests and
    comparisons); returns the previous setting. Without the extension this stays off."""
    global _use_accel
    before = accelerated()
    _use_accel = on and _accel is not None
    for cls in _BOUND:
        c_readers = cls._C_READERS
        cls._READERS = c_readers if _use_accel and c_readers is not None else cls._PY_READERS
    return before


# ---------------------------------------------------------------- helpers for generated code


def truncated(where: str, pos: int, buf: memoryview) -> DecodeError:
    return DecodeError(f"{where}: truncated input at byte {pos} of {len(buf)}")


def bad_utf8(where: str, pos: int) -> DecodeError:
    return DecodeError(f"{where}: invalid UTF-8 in a string at byte {pos}")


def bad_length(where: str, n: int, pos: int, remaining: int) -> DecodeError:
    return DecodeError(f"{where}: length {n} at byte {pos} exceeds the {remaining} bytes remaining")


def null_not_allowed(where: str, pos: int) -> DecodeError:
    return DecodeError(f"{where}: null at byte {pos} but the field is not nullable")


def not_nullable(where: str, versions: str) -> EncodeError:
    return EncodeError(f"{where} is None but is not nullable in version {versions}")


def not_in_version(where: str, versions: str) -> EncodeError:
    return EncodeError(f"{where} has a non-default value but does not exist in version {versions}")


def read_tags(buf: memoryview, pos: int) -> tuple[dict[int, bytes] | None, int]:
    """A tagged-field section with no known tags: every field is kept as raw bytes."""
    count, pos = read_uvarint(buf, pos)
    end = len(buf)
    if count > end - pos:
        raise bad_length("tagged fields", count, pos, end - pos)
    tags: dict[int, bytes] | None = None
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        if size > end - pos:
            raise bad_length(f"tagged field {tag}", size, pos, end - pos)
        if tags is None:
            tags = {}
        tags[tag] = bytes(buf[pos : pos + size])
        pos += size
    return tags, pos


def write_tags(out: list[Buffer], tags: dict[int, Buffer]) -> None:
    """Write a tagged-field section in ascending tag order."""
    out.append(uvarint_bytes(len(tags)))
    for tag in sorted(tags):
        payload = tags[tag]
        if type(payload) is not bytes:
            payload = memoryview(payload)  # a str or other non-buffer fails here
        out.append(uvarint_bytes(tag))
        out.append(uvarint_bytes(len(payload)))
        out.append(payload)


def tags_size(tags: dict[int, int]) -> int:
    """Size of a tagged-field section given each tag's payload size."""
    n = uvarint_size(len(tags))
    for tag, size in tags.items():
        n += uvarint_size(tag) + uvarint_size(size) + size
    return n


def utf8_len(s: str) -> int:
    return len(s) if s.isascii() else len(s.encode("utf-8"))


# ---------------------------------------------------------------- version fitting

_DEFAULTS: dict[type[Struct], dict[str, Callable[[], Any]]] = {}


def _defaults(cls: type[Struct]) -> dict[str, Callable[[], Any]]:
    found = _DEFAULTS.get(cls)
    if found is None:
        found = {}
        for f in msgspec.structs.fields(cls):
            if f.default_factory is not msgspec.NODEFAULT:
                found[f.name] = f.default_factory
            else:
                found[f.name] = _constant(f.default)
        _DEFAULTS[cls] = found
    return found


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def fit_to_version(obj: T, version: int) -> T:
    """A copy of `obj` whose fields absent from `version` hold their defaults (recursively).

    Code that builds one response for every version (the group coordinator) uses this so a
    value a version cannot carry is dropped instead of failing the encode, and a null the
    version cannot express becomes the empty value; fields of nested structs carry message
    versions, as in Kafka's schemas.
    """
    fitted: T = _fit(obj, version)
    return fitted


def _fit(obj: Any, version: int) -> Any:
    cls = type(obj)
    changes: dict[str, Any] = {}
    defaults = _defaults(cls)
    for f in cls.FIELDS:
        lo, hi = f.versions
        value = getattr(obj, f.name)
        if not lo <= version <= hi:
            changes[f.name] = defaults[f.name]()
        elif value is None and not f.nullable[0] <= version <= f.nullable[1]:
            # null where this version cannot say null: the empty value, as Kafka's
            # response constructors do (JoinGroupResponse's protocol name before v7)
            if f.is_array:
                changes[f.name] = []
            elif f.kind == "string":
                changes[f.name] = ""
            elif f.kind in ("bytes", "records"):
                changes[f.name] = b""
        elif f.struct is not None and value is not None:
            if f.is_array:
                changes[f.name] = [_fit(v, version) for v in value]
            else:
                changes[f.name] = _fit(value, version)
    return msgspec.structs.replace(obj, **changes) if changes else obj
