"""Differential tests: FluxMQ's generated codecs against two independent Kafka codecs.

For every request/response message and every version that a peer also implements, random
messages (tests/protocol/strategies.py) are checked in both directions:

  FluxMQ -> peer: FluxMQ encodes, the peer decodes, the values agree field by field.
  peer -> FluxMQ: the peer builds the same message from its own constructors and encodes it;
                  the bytes equal FluxMQ's, and FluxMQ decodes them back to the same values.

Peers: kafka-python 3.x (generated at import time from Kafka's JSON schemas) and kio (Aiven;
generated dataclasses per API version, with a native decoder). Values are compared in a neutral
form: dicts keyed by FluxMQ's snake_case field names, lists, and plain int/bool/float/str/bytes/
UUID values. Only fields that exist in the version under test are compared: the others are not
on the wire, so each library just reports its own default for them. No field on the wire is
skipped: every one must have a counterpart in the peer (checked per version), and values the
peer types differently (kafka-python's bit sets, kio's timedeltas, datetimes, ErrorCode enum,
None for the zero UUID) are converted exactly.

Generated messages carry no unknown tagged fields: kio's dataclasses have nowhere to keep them
and kafka-python does not write them back out.

Where a peer cannot hold a value that Kafka's JSON allows, the tests below stay on the peer's
side of that limit, and the limit itself is shown by a strict xfail test at the end of the file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import importlib
import io
import pkgutil
import uuid
import warnings
from collections.abc import Callable, Iterator
from functools import cache, partial
from typing import Any, NamedTuple

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fluxmq.protocol import messages
from fluxmq.protocol.message import FieldInfo, Message, Struct

from .strategies import message_strategy, versions

EXAMPLES = 10  # per (message, version); every pair is exercised on every run
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ZERO_UUID = uuid.UUID(int=0)
Neutral = dict[str, Any]


@cache
def _messages(cls: type[Message], v: int) -> st.SearchStrategy[Message]:
    """The shared strategy, built once per (message, version): building and validating the
    nested lazy strategies costs more than drawing from them."""
    return message_strategy(cls, v).map(without_unknown_tags)


def _in(rng: tuple[int, int] | None, v: int) -> bool:
    return rng is not None and rng[0] <= v <= rng[1]


def _present(f: FieldInfo, v: int) -> bool:
    """Whether the field is on the wire in version v (as a regular or a tagged field)."""
    return _in(f.versions, v) or (f.tag is not None and _in(f.tagged, v))


def _ours(name: str) -> type[Message]:
    return getattr(
        importlib.import_module(f"fluxmq.protocol.messages.{messages.MODULES[name]}"), name
    )


def _our_payloads() -> list[tuple[int, str, type[Message]]]:
    """(api key, "request" | "response", class) for every API FluxMQ generates."""
    out = []
    for key, spec in sorted(messages.APIS.items()):
        out.append((key, "request", _ours(spec.request)))
        out.append((key, "response", _ours(spec.response)))
    return out


# ------------------------------------------------------------------------------- neutral form


def ours_neutral(obj: Struct, cls: type[Struct], v: int) -> Neutral:
    return {f.name: _ours_value(f, getattr(obj, f.name), v) for f in cls.FIELDS if _present(f, v)}


def _ours_value(f: FieldInfo, val: Any, v: int) -> Any:
    if val is None:
        return None
    if f.is_array:
        return [_ours_elem(f, x, v) for x in val]
    return _ours_elem(f, val, v)


def _ours_elem(f: FieldInfo, x: Any, v: int) -> Any:
    if f.struct is not None:
        return ours_neutral(x, f.struct, v)
    if f.kind in ("bytes", "records"):
        return bytes(x)  # records decode to memoryview
    return x


def without_unknown_tags(obj: Any) -> Any:
    if isinstance(obj, (list, tuple)):  # arrays decode as tuples
        return [without_unknown_tags(x) for x in obj]
    if not isinstance(obj, Struct):
        return obj
    changes = {f.name: without_unknown_tags(getattr(obj, f.name)) for f in obj.FIELDS if f.struct}
    if "unknown_tags" in obj.__struct_fields__:
        changes["unknown_tags"] = None
    return msgspec.structs.replace(obj, **changes)


def _to_signed32(u: int) -> int:
    return u - (1 << 32) if u & (1 << 31) else u


# ----------------------------------------------------------------------------- kafka-python


class KpField(NamedTuple):
    ours: FieldInfo
    kp: Any  # kafka.protocol.schemas.fields.BaseField
    sub: tuple[KpField, ...] | None  # mapping of the nested struct's fields


@contextlib.contextmanager
def _quiet_kafka_python() -> Iterator[None]:
    # kafka-python loads its JSON with importlib.resources.read_text (deprecated in 3.11).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"(read|open)_text is deprecated", DeprecationWarning)
        yield


@cache
def kp_classes() -> dict[tuple[int, str], Any]:
    """Every kafka-python ApiMessage class by (api key, type), found by walking its package."""
    with _quiet_kafka_python():
        import kafka.protocol  # kafka/__init__ imports the client, which loads many messages
        from kafka.protocol.api_message import ApiMessage

        for info in pkgutil.walk_packages(kafka.protocol.__path__, "kafka.protocol."):
            if not info.name.endswith("generate_stubs"):  # a developer script, not protocol
                importlib.import_module(info.name)

    found: dict[tuple[int, str], Any] = {}
    todo = list(ApiMessage.__subclasses__())
    while todo:
        c = todo.pop()
        todo.extend(c.__subclasses__())
        if c._class_version is None:  # skip the per-version wrappers (Cls[v])
            assert (c.API_KEY, c.type) not in found, c
            found[(c.API_KEY, c.type)] = c
    return found


def _kp_map(cls: type[Struct], kp_fields: list[Any], json_fields: list[dict[str, Any]]) -> tuple:
    """Pair our fields with kafka-python's.

    kafka-python renames a few fields after loading the JSON (json_patch: e.g. Metadata's
    ClusterAuthorizedOperations becomes `authorized_operations`, typed as a bit set), so fields
    are matched by the Kafka name in a fresh, unpatched copy of its JSON (same order as its
    parsed fields). Kafka 4.x renamed TxnOffsetCommit's GenerationId to GenerationIdOrMemberEpoch
    after kafka-python's copy was taken: a field left unmatched is paired with the one unmatched
    peer field of the same type that starts in the same version.
    """
    assert len(kp_fields) == len(json_fields)
    by_name = {j["name"]: (k, j) for k, j in zip(kp_fields, json_fields, strict=True)}
    pairs: dict[str, tuple[Any, dict[str, Any]]] = {}
    for f in cls.FIELDS:
        if f.kafka_name in by_name:
            pairs[f.name] = by_name.pop(f.kafka_name)
    for f in cls.FIELDS:
        if f.name in pairs or f.versions[0] > f.versions[1]:
            continue
        cands = [
            n
            for n, (k, j) in by_name.items()
            if j["type"].removeprefix("[]") == f.kind.removeprefix("[]")
            and not f.struct
            and k.min_version == f.versions[0]
        ]
        if len(cands) == 1:
            pairs[f.name] = by_name.pop(cands[0])
    out = []
    for f in cls.FIELDS:
        if f.name not in pairs:
            continue  # _check_kp_mapping fails any tested version that has it on the wire
        k, j = pairs[f.name]
        sub = None
        if f.struct is not None:
            inner = k.array_of if f.is_array else k
            sub = _kp_map(f.struct, list(inner._fields), j["fields"])
        out.append(KpField(f, k, sub))
    return tuple(out)


@cache
def kp_mapping(cls: type[Message], kp_cls: Any) -> tuple[KpField, ...]:
    from kafka.protocol.schemas.load_json import load_json

    with _quiet_kafka_python():
        json = load_json(kp_cls.__name__)
    return _kp_map(cls, list(kp_cls._struct._fields), json["fields"])


def _check_kp_mapping(cls: type[Struct], mapping: tuple[KpField, ...], v: int) -> None:
    """Every field on our wire in version v has a kafka-python counterpart on its wire."""
    mapped = {m.ours.name: m for m in mapping}
    for f in cls.FIELDS:
        if not _present(f, v):
            continue
        assert f.name in mapped, f"kafka-python lacks {cls.__name__}.{f.name} in v{v}"
        m = mapped[f.name]
        assert m.kp.for_version_q(v), f"kafka-python: {cls.__name__}.{f.name} not in v{v}"
        tag = m.kp.tag if m.kp.tagged_field_q(v) else None
        assert tag == (f.tag if _in(f.tagged, v) else None), (cls.__name__, f.name, v)
        if m.sub is not None:
            _check_kp_mapping(f.struct, m.sub, v)  # type: ignore[arg-type]


def _is_bitfield(k: Any) -> bool:
    return k.type_str == "bitfield"


def kp_neutral(obj: Any, mapping: tuple[KpField, ...], v: int) -> Neutral:
    # kafka-python answers the JSON default for a field that is absent from the decoded
    # version (DataContainer.__getattr__); only fields present in v are compared anyway.
    return {
        m.ours.name: _kp_value(m, getattr(obj, m.kp.name), v)
        for m in mapping
        if _present(m.ours, v)
    }


def _kp_value(m: KpField, val: Any, v: int) -> Any:
    if m.ours.is_array:
        return None if val is None else [_kp_elem(m, x, v) for x in val]
    return _kp_elem(m, val, v)


def _kp_elem(m: KpField, x: Any, v: int) -> Any:
    if _is_bitfield(m.kp):
        # kafka-python decodes authorized-operations int32s to the set of bits that are set,
        # and the lone "unknown" bit 31 (INT32_MIN, Kafka's default) to None.
        bits = {31} if x is None else x
        return _to_signed32(sum(1 << b for b in bits))
    if x is None:
        # kafka-python represents the all-zero UUID as None; Kafka UUIDs are never null.
        return ZERO_UUID if m.ours.kind == "uuid" else None
    if m.sub is not None:
        return kp_neutral(x, m.sub, v)
    if m.ours.kind in ("bytes", "records"):
        return bytes(x)
    return x


def kp_build(data_class: Any, mapping: tuple[KpField, ...], neutral: Neutral, v: int) -> Any:
    kwargs = {
        m.kp.name: _kp_from(m, neutral[m.ours.name], v) for m in mapping if m.ours.name in neutral
    }
    return data_class(version=v, **kwargs)


def _kp_from(m: KpField, val: Any, v: int) -> Any:
    if m.ours.is_array:
        return None if val is None else [_kp_from_elem(m, x, v) for x in val]
    return _kp_from_elem(m, val, v)


def _kp_from_elem(m: KpField, x: Any, v: int) -> Any:
    if _is_bitfield(m.kp):
        bits = {b for b in range(32) if x & (1 << b)}
        return None if bits == {31} else bits
    if x is None or m.sub is None:
        return x
    return kp_build(m.kp.data_class, m.sub, x, v)


def kp_decode(kp_cls: Any, wire: bytes, v: int) -> Any:
    from kafka.protocol.api_message import ApiMessage

    if "decode" in vars(kp_cls):
        # ApiVersionsResponse.decode re-reads the body as v0 whenever ErrorCode != 0: that is
        # the client's handling of a broker answering an unsupported request version (the
        # broker then replies in v0), not the v-N body layout being tested here.
        return ApiMessage.decode.__func__(kp_cls, wire, version=v)  # type: ignore[attr-defined]
    return kp_cls.decode(wire, version=v)


def kp_cases() -> list[tuple[type[Message], int]]:
    out = []
    for key, typ, cls in _our_payloads():
        kp_cls = kp_classes().get((key, typ))
        if kp_cls is None:
            continue
        lo, hi = kp_cls.valid_versions  # its JSON's validVersions (min_version reads 0)
        out.extend((cls, v) for v in versions(cls) if lo <= v <= hi)
    return out


KP_CASES = kp_cases()


def test_kafka_python_coverage() -> None:
    apis = {cls.API_KEY for cls, _ in KP_CASES}
    # kafka-python 3.0.12 ships JSON for 52 APIs (everything a client or admin client sends).
    assert len(apis) >= 50, sorted(apis)
    assert len(KP_CASES) >= 450, len(KP_CASES)
    for key, v in ((0, 13), (1, 17), (3, 13), (18, 4), (19, 7), (60, 2), (75, 0)):
        assert sum(c.API_KEY == key and w == v for c, w in KP_CASES) == 2, (key, v)


def check_kafka_python(cls: type[Message], v: int, msg: Message) -> None:
    kp_cls = kp_classes()[(cls.API_KEY, cls.TYPE)]
    mapping = kp_mapping(cls, kp_cls)
    _check_kp_mapping(cls, mapping, v)
    wire = msg.encode(v)
    expected = ours_neutral(msg, cls, v)

    # FluxMQ -> kafka-python
    decoded = kp_decode(kp_cls, wire, v)
    assert kp_neutral(decoded, mapping, v) == expected

    # kafka-python -> FluxMQ, from a message built with kafka-python's constructors
    built = kp_build(kp_cls, mapping, expected, v)
    kp_wire = bytes(built.encode(version=v))
    assert kp_wire == wire
    assert ours_neutral(cls.decode(kp_wire, v), cls, v) == expected

    # ... and re-encoding what kafka-python decoded. Its decoder bypasses __init__ and leaves
    # the `_header` slot unset, which encode() reads (see test_kafka_python_quirks), so set it
    # as __init__ would.
    decoded._header = None
    assert bytes(decoded.encode(version=v)) == wire


@pytest.mark.parametrize(("cls", "v"), KP_CASES, ids=[f"{c.NAME}-v{v}" for c, v in KP_CASES])
@SETTINGS
@given(data=st.data())
def test_against_kafka_python(cls: type[Message], v: int, data: st.DataObject) -> None:
    msg = data.draw(_messages(cls, v), label="message")
    check_kafka_python(cls, v, msg)


# -------------------------------------------------------------------------------------- kio

KIO_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
# kio's int16/int32/int64 on the wire may be typed as these richer Python values.
KIO_COMPATIBLE = {
    "int16": {"int16", "error_code"},
    "int32": {"int32", "timedelta_i32"},
    "int64": {"int64", "timedelta_i64", "datetime_i64"},
}


class KioField(NamedTuple):
    ours: FieldInfo
    kio: dataclasses.Field[Any]
    kafka_type: str | None  # kio's wire type; None for entities
    optional: bool  # kio's Python type admits None
    sub: tuple[KioField, ...] | None
    entity: type | None  # kio dataclass of the nested struct


@cache
def kio_mapping(cls: type[Struct], kio_cls: type, v: int) -> tuple[KioField, ...]:
    """kio's per-version dataclasses list exactly the fields of that version, in JSON order.

    Names differ where kio gives a field a richer type (`throttle_time_ms` -> `throttle_time`,
    a timedelta) or Kafka renamed the field after kio's copy of the JSON
    (GenerationId -> GenerationIdOrMemberEpoch), so fields are paired by position and each pair
    is checked for a compatible wire type, the same tag and the same nullability.
    """
    from kio.serial._introspect import classify_field, get_field_tag, is_optional

    ours = [f for f in cls.FIELDS if _present(f, v)]
    theirs = dataclasses.fields(kio_cls)  # type: ignore[arg-type]
    assert len(ours) == len(theirs), (cls.__name__, v, [f.name for f in ours], theirs)
    out = []
    for f, k in zip(ours, theirs, strict=True):
        where = f"{cls.__name__}.{f.name} v{v} vs kio {kio_cls.__name__}.{k.name}"
        assert get_field_tag(k) == (f.tag if _in(f.tagged, v) else None), where
        kind = k.metadata.get("kafka_type")
        sub = entity = None
        if f.struct is not None:
            assert kind is None, where
            entity = classify_field(k).type_
            sub = kio_mapping(f.struct, entity, v)
        else:
            assert kind in KIO_COMPATIBLE.get(f.kind, {f.kind}), (where, kind)
        optional = is_optional(k)
        if kind not in ("uuid", "datetime_i64"):  # kio's None stands for zero / -1 there
            assert optional == _in(f.nullable, v), (where, "nullable")
        out.append(KioField(f, k, kind, optional, sub, entity))
    return tuple(out)


def kio_neutral(obj: Any, mapping: tuple[KioField, ...]) -> Neutral:
    return {m.ours.name: _kio_value(m, getattr(obj, m.kio.name)) for m in mapping}


def _kio_value(m: KioField, val: Any) -> Any:
    if m.ours.is_array:
        return None if val is None else [_kio_elem(m, x) for x in val]  # tuples in kio
    return _kio_elem(m, val)


def _kio_elem(m: KioField, x: Any) -> Any:
    kind = m.kafka_type
    if x is None:
        if kind == "uuid":
            return ZERO_UUID  # kio reads the all-zero UUID as None
        if kind == "datetime_i64":
            return -1  # kio reads timestamp -1 ("none") as None
        return None
    if m.sub is not None:
        return kio_neutral(x, m.sub)
    if kind in ("timedelta_i32", "timedelta_i64"):
        return x // datetime.timedelta(milliseconds=1)  # exact integer arithmetic
    if kind == "datetime_i64":
        return (x - KIO_EPOCH) // datetime.timedelta(milliseconds=1)
    if kind in ("bytes", "records"):
        return bytes(x)
    # i16/i32/..., ErrorCode (an IntEnum), phantom str/float types, bool, UUID
    for t in (bool, int, float, str):
        if isinstance(x, t):
            return t(x)
    return x


def kio_build(entity: type, mapping: tuple[KioField, ...], neutral: Neutral) -> Any:
    return entity(**{m.kio.name: _kio_from(m, neutral[m.ours.name]) for m in mapping})


def _kio_from(m: KioField, val: Any) -> Any:
    if m.ours.is_array:
        return None if val is None else tuple(_kio_from_elem(m, x) for x in val)
    return _kio_from_elem(m, val)


def _kio_from_elem(m: KioField, x: Any) -> Any:
    from kio.schema.errors import ErrorCode

    kind = m.kafka_type
    if x is None:
        return None
    if m.sub is not None:
        return kio_build(m.entity, m.sub, x)  # type: ignore[arg-type]
    if kind == "uuid":
        return None if x == ZERO_UUID and m.optional else x
    if kind == "datetime_i64":
        if x == -1 and m.optional:
            return None
        return KIO_EPOCH + datetime.timedelta(milliseconds=x)
    if kind in ("timedelta_i32", "timedelta_i64"):
        return datetime.timedelta(milliseconds=x)
    if kind == "error_code":
        return ErrorCode(x)
    return x


@cache
def _kio_error_codes() -> frozenset[int]:
    from kio.schema.errors import ErrorCode

    return frozenset(int(e) for e in ErrorCode)


# Limits of kio 0.6.5's value types, each shown by a strict xfail test at the end of this file.
KIO_DATETIME_LIMIT = 2**42  # ms; from here its decoder is off by a microsecond (year ~2109)
KIO_TIMEDELTA_I64_LIMIT = 2**51  # ms; from here its encoder rounds through a float


def _kio_fix(m: KioField) -> Callable[[Any], Any] | None:
    """How to bring one drawn value into the domain kio 0.6.5 can hold; None: no limit.

    Values already in the domain are kept as drawn (so small values and defaults still occur);
    the rest are folded into it. Every field is still compared, over a smaller set of values:
    - error_code: kio decodes to its ErrorCode enum, which rejects a code it does not know
      (Kafka 4.4.0's 134-136 included) with ValueError; such codes become known ones.
    - datetime_i64: kio holds timestamps as tz-aware datetimes and refuses negative ones
      (the nullable variant takes -1 as None); it decodes exactly only below 2**42 ms.
    - timedelta_i64: kio's decoder overflows beyond 2**63 microseconds and its encoder loses
      precision from 2**51 ms: magnitudes are kept below 2**51 ms.
    """
    kind = m.kafka_type
    if kind == "error_code":
        codes = _kio_error_codes()
        known = sorted(codes)
        return lambda x: x if x in codes else known[x % len(known)]
    if kind == "datetime_i64":
        lim = KIO_DATETIME_LIMIT
        if m.optional:
            return lambda x: -1 if x < 0 else x % lim
        return lambda x: abs(x) % lim
    if kind == "timedelta_i64":
        lim = KIO_TIMEDELTA_I64_LIMIT
        return lambda x: x % lim if x >= 0 else -(-x % lim)
    return None


def kio_domain(msg: Any, mapping: tuple[KioField, ...]) -> Any:
    changes = {}
    for m in mapping:
        val = getattr(msg, m.ours.name)
        if val is None:
            continue
        fix: Callable[[Any], Any] | None
        if m.sub is not None:
            fix = partial(kio_domain, mapping=m.sub)
        else:
            fix = _kio_fix(m)
        if fix is not None:
            changes[m.ours.name] = [fix(x) for x in val] if m.ours.is_array else fix(val)
    return msgspec.structs.replace(msg, **changes) if changes else msg


def kio_cases() -> list[tuple[type[Message], int]]:
    from kio.index import UnknownAPIKey, UnknownEntity, load_request_schema, load_response_schema

    loaders = {"request": load_request_schema, "response": load_response_schema}
    out = []
    for key, typ, cls in _our_payloads():
        for v in versions(cls):
            try:
                loaders[typ](key, v)
            except (UnknownAPIKey, UnknownEntity):
                continue
            out.append((cls, v))
    return out


def _kio_class(cls: type[Message], v: int) -> type:
    from kio.index import load_request_schema, load_response_schema

    loader = load_request_schema if cls.TYPE == "request" else load_response_schema
    return loader(cls.API_KEY, v)  # type: ignore[arg-type]


KIO_CASES = kio_cases()


def test_kio_coverage() -> None:
    apis = {cls.API_KEY for cls, _ in KIO_CASES}
    assert len(apis) >= 60, sorted(apis)
    assert len(KIO_CASES) >= 500, len(KIO_CASES)
    for key, v in ((0, 13), (1, 18), (3, 13), (18, 4), (68, 1), (75, 0), (80, 0)):
        assert sum(c.API_KEY == key and w == v for c, w in KIO_CASES) == 2, (key, v)


def check_kio(cls: type[Message], v: int, msg: Message) -> None:
    from kio.serial import entity_reader, entity_writer

    kio_cls = _kio_class(cls, v)
    mapping = kio_mapping(cls, kio_cls, v)
    wire = msg.encode(v)
    expected = ours_neutral(msg, cls, v)

    # FluxMQ -> kio
    decoded, size = entity_reader(kio_cls)(wire, 0)
    assert size == len(wire)
    assert kio_neutral(decoded, mapping) == expected

    # kio -> FluxMQ, from a message built with kio's dataclasses
    buf = io.BytesIO()
    entity_writer(kio_cls)(buf, kio_build(kio_cls, mapping, expected))
    assert buf.getvalue() == wire
    assert ours_neutral(cls.decode(buf.getvalue(), v), cls, v) == expected

    # ... and re-encoding what kio decoded
    buf = io.BytesIO()
    entity_writer(kio_cls)(buf, decoded)
    assert buf.getvalue() == wire


@pytest.mark.parametrize(("cls", "v"), KIO_CASES, ids=[f"{c.NAME}-v{v}" for c, v in KIO_CASES])
@SETTINGS
@given(data=st.data())
def test_against_kio(cls: type[Message], v: int, data: st.DataObject) -> None:
    msg = data.draw(_messages(cls, v), label="message")
    check_kio(cls, v, msg_in_kio_domain(cls, v, msg))


def msg_in_kio_domain(cls: type[Message], v: int, msg: Message) -> Message:
    return kio_domain(msg, kio_mapping(cls, _kio_class(cls, v), v))  # type: ignore[no-any-return]


# ------------------------------------------------------------------ peer bugs, shown precisely
# Each case below is valid per Kafka's JSON (schemas/json/*.json: plain int16/int64 fields, no
# range) and FluxMQ round-trips it; the peer gets it wrong. strict=True: when a peer release
# fixes one, the xfail turns into a failure so the matching workaround above can be dropped.


def _kio_limit(reason: str, raises: type[BaseException]) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=raises, reason=f"kio 0.6.5: {reason}")


def _kio_limit_cases() -> list[Any]:
    from kio.serial.errors import OutOfBoundValue

    from fluxmq.protocol.messages.create_delegation_token_response import (
        CreateDelegationTokenResponse,
    )
    from fluxmq.protocol.messages.describe_transactions_response import (
        DescribeTransactionsResponse,
        TransactionState,
    )
    from fluxmq.protocol.messages.heartbeat_response import HeartbeatResponse
    from fluxmq.protocol.messages.offset_commit_request import OffsetCommitRequest

    return [
        pytest.param(
            HeartbeatResponse,
            4,
            HeartbeatResponse(error_code=134),  # GROUP_DELETION_FAILED, new in Kafka 4.x
            marks=_kio_limit("ErrorCode enum lacks codes 134-136: ValueError", ValueError),
            id="unknown-error-code",
        ),
        pytest.param(
            DescribeTransactionsResponse,
            0,
            DescribeTransactionsResponse(
                transaction_states=(TransactionState(transaction_start_time_ms=-1),)
            ),  # the broker sends -1 for a transactional id with no ongoing transaction
            marks=_kio_limit("non-nullable datetime_i64 rejects negative values", OutOfBoundValue),
            id="negative-timestamp",
        ),
        pytest.param(
            CreateDelegationTokenResponse,
            1,
            CreateDelegationTokenResponse(expiry_timestamp_ms=8_919_832_780_529),
            marks=_kio_limit(
                "read_datetime_i64 goes through a float: 8919832780529 ms decodes to "
                "...780528.999 ms (wrong from 2**42 ms, year ~2109)",
                AssertionError,
            ),
            id="datetime-precision",
        ),
        pytest.param(
            OffsetCommitRequest,
            3,
            OffsetCommitRequest(retention_time_ms=4_503_599_627_370_471),
            marks=_kio_limit(
                "write_timedelta_i64 rounds total_seconds() * 1000, a float: 4503599627370471 "
                "ms encodes as ...470 (wrong from 2**51 ms)",
                AssertionError,
            ),
            id="timedelta-i64-encode-precision",
        ),
        pytest.param(
            OffsetCommitRequest,
            3,
            OffsetCommitRequest(retention_time_ms=2**62),
            marks=_kio_limit(
                "read_timedelta_i64 overflows beyond 2**63 microseconds: ValueError", ValueError
            ),
            id="timedelta-i64-decode-overflow",
        ),
    ]


@pytest.mark.parametrize(("cls", "v", "msg"), _kio_limit_cases())
def test_kio_limits(cls: type[Message], v: int, msg: Message) -> None:
    assert cls.decode(msg.encode(v), v) == msg
    check_kio(cls, v, msg)


@pytest.mark.xfail(
    strict=True,
    raises=AttributeError,
    reason="kafka-python 3.0.12: ApiMessage.decode() builds the object with object.__new__ and "
    "never sets `_header`, so encode() on a decoded message raises AttributeError",
)
def test_kafka_python_quirks() -> None:
    from fluxmq.protocol.messages.metadata_response import MetadataResponse

    kp_cls = kp_classes()[(3, "response")]
    decoded = kp_cls.decode(MetadataResponse().encode(12), version=12)
    decoded.encode(version=12)


# Every test here runs with the C readers and with the Python readers (conftest.py).
pytestmark = pytest.mark.usefixtures("readers")
