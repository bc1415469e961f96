"""The generator on small specs of our own (tests/codegen/specs/) and on malformed specs.

Nothing here reads schemas/json: the specs are ours, so the tests run without Kafka's files.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.generate import (
    Options,
    format_source,
    generate,
    generated_versions,
    module_name,
    render_message,
)
from codegen.spec import SpecError, load_file, parse, strip_comments
from fluxmq.protocol.errors import EncodeError
from tests.protocol.strategies import message_strategy, versions

SPECS = Path(__file__).resolve().parent / "specs"
KAFKA_VERSION = "9.8.7"
HEADER = f"# generated from Kafka {KAFKA_VERSION} by codegen — do not edit"
ERRORS = [
    {"code": -1, "name": "UNKNOWN_SERVER_ERROR", "retriable": False, "exception": "UnknownServer"},
    {"code": 0, "name": "NONE", "retriable": False, "exception": ""},
    {"code": 7, "name": "REQUEST_TIMED_OUT", "retriable": True, "exception": "TimeoutException"},
]
EXPECTED_FILES = {
    "__init__.py",
    "_accel.c",
    "error_codes.py",
    "kitchen_sink.py",
    "widget_request.py",
    "widget_response.py",
}


def H(*parts: str | bytes) -> bytes:
    return b"".join(bytes.fromhex(p) if isinstance(p, str) else p for p in parts)


def make_json_dir(root: Path, specs: dict[str, str] | None = None) -> Path:
    """A json dir like `make schemas` produces: specs plus _version and _errors.json."""
    d = root / "json"
    d.mkdir(parents=True)
    (d / "_version").write_text(KAFKA_VERSION + "\n")
    (d / "_errors.json").write_text(json.dumps(ERRORS))
    if specs is None:
        for p in sorted(SPECS.glob("*.json")):
            (d / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        for name, text in specs.items():
            (d / name).write_text(text, encoding="utf-8")
    return d


def import_package(out: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        name, out / "__init__.py", submodule_search_locations=[str(out)]
    )
    assert spec is not None and spec.loader is not None
    pkg = importlib.util.module_from_spec(spec)
    sys.modules[name] = pkg
    spec.loader.exec_module(pkg)
    return pkg


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    root = tmp_path_factory.mktemp("codegen")
    json_dir = make_json_dir(root)
    out = root / "out"
    count = generate(json_dir, out, Options(), jobs=1)
    pkg_name = "_fluxmq_codegen_test_pkg"
    pkg = import_package(out, pkg_name)
    mods = {m: importlib.import_module(f"{pkg_name}.{m}") for m in set(pkg.MODULES.values())}
    try:
        yield SimpleNamespace(
            root=root, json_dir=json_dir, out=out, count=count, pkg=pkg, mods=mods
        )
    finally:
        for key in [k for k in sys.modules if k == pkg_name or k.startswith(pkg_name + ".")]:
            del sys.modules[key]


# ---------------------------------------------------------------- the generated package


def test_generate_writes_one_module_per_message(gen: SimpleNamespace) -> None:
    assert gen.count == 3
    assert {p.name for p in gen.out.iterdir()} == EXPECTED_FILES
    assert gen.pkg.MODULES == {
        "KitchenSink": "kitchen_sink",
        "WidgetRequest": "widget_request",
        "WidgetResponse": "widget_response",
    }
    assert not gen.out.with_name(gen.out.name + ".tmp").exists()


def test_every_file_starts_with_the_generated_header(gen: SimpleNamespace) -> None:
    for p in sorted(gen.out.iterdir()):
        first = p.read_text(encoding="utf-8").splitlines()[0]
        if p.suffix == ".c":
            assert first == f"/* {HEADER[2:]} */", p.name
        else:
            assert first == HEADER, p.name


def test_no_about_prose_in_output(gen: SimpleNamespace) -> None:
    for p in sorted(gen.out.iterdir()):
        text = p.read_text(encoding="utf-8")
        assert "ZZ-ABOUT-PROSE" not in text, p.name
        assert "The widget id" not in text
        assert "A tagged nullable string" not in text


def test_generation_is_deterministic(gen: SimpleNamespace, tmp_path: Path) -> None:
    out2 = tmp_path / "again"
    assert generate(gen.json_dir, out2, Options(), jobs=2) == 3
    for p in sorted(gen.out.iterdir()):
        assert (out2 / p.name).read_bytes() == p.read_bytes(), p.name
    assert {p.name for p in out2.iterdir()} == EXPECTED_FILES


def test_regenerating_replaces_the_output_dir(gen: SimpleNamespace, tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    out.mkdir()
    (out / "stale_message.py").write_text("# left over from an older Kafka\n")
    generate(gen.json_dir, out, Options(), jobs=1)
    assert {p.name for p in out.iterdir()} == EXPECTED_FILES


def test_render_message_matches_the_written_module(gen: SimpleNamespace) -> None:
    for p in sorted(SPECS.glob("*.json")):
        msg = load_file(p)
        assert msg is not None
        vers = generated_versions(msg, {}, Options())
        src = render_message(msg, vers, KAFKA_VERSION)
        assert src.splitlines()[0] == HEADER
        compile(src, p.name, "exec")
        assert render_message(msg, vers, KAFKA_VERSION) == src  # deterministic
        assert format_source(src) == (gen.out / f"{module_name(msg)}.py").read_text()


def test_registry_and_header_versions(gen: SimpleNamespace) -> None:
    pkg = gen.pkg
    assert pkg.KAFKA_VERSION == KAFKA_VERSION
    api = pkg.APIS[900]
    assert (api.key, api.name, api.min_version, api.max_version, api.flexible_min) == (
        900,
        "Widget",
        0,
        3,
        2,
    )
    assert api.listeners == ("broker",)
    assert pkg.request_class(900) is gen.mods["widget_request"].WidgetRequest
    assert pkg.response_class(900) is gen.mods["widget_response"].WidgetResponse
    assert [pkg.request_header_version(900, v) for v in range(4)] == [1, 1, 2, 2]
    assert [pkg.response_header_version(900, v) for v in range(4)] == [0, 0, 1, 1]
    req = pkg.request_class(900)
    assert (req.API_KEY, req.MIN_VERSION, req.MAX_VERSION, req.FLEXIBLE_MIN) == (900, 0, 3, 2)
    assert req.TYPE == "request"
    assert gen.mods["kitchen_sink"].KitchenSink.API_KEY is None


def test_error_codes_module(gen: SimpleNamespace) -> None:
    ec = importlib.import_module("_fluxmq_codegen_test_pkg.error_codes")
    assert ec.ErrorCode.REQUEST_TIMED_OUT == 7
    assert ec.ErrorCode.REQUEST_TIMED_OUT.retriable
    assert not ec.ErrorCode.UNKNOWN_SERVER_ERROR.retriable
    assert ec.ERROR_CLASSES[7].__name__ == "RequestTimedOutError"
    assert ec.ERROR_CLASSES[-1].__name__ == "UnknownServerErrorError"
    assert 0 not in ec.ERROR_CLASSES
    assert ec.RETRIABLE_CODES == frozenset({7})


@pytest.mark.parametrize("name", ["KitchenSink", "WidgetRequest", "WidgetResponse"])
def test_roundtrip_every_version(gen: SimpleNamespace, name: str) -> None:
    cls = gen.pkg.message_class(name)

    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        v = data.draw(st.sampled_from(versions(cls)), label="version")
        msg = data.draw(message_strategy(cls, v), label="message")
        wire = msg.encode(v)
        assert len(wire) == msg.encoded_size(v)
        back = cls.decode(wire, v)
        assert back == msg
        assert back.encode(v) == wire

    check()
    # Every declared version got a codec.
    assert versions(cls) == list(range(cls.MIN_VERSION, cls.MAX_VERSION + 1))


# ---------------------------------------------------------------- hand-derived bytes


def _widget(gen: SimpleNamespace) -> ModuleType:
    mod: ModuleType = gen.mods["widget_request"]
    return mod


def test_nullable_struct_encodes_minus_one_marker(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    common = H(
        "00 00 00 07",  # WidgetId 7
        "00 01",
        b"u",  # Url "u"
    )
    tail = H(
        "00 00 00 01  00 00 00 02",  # Origin Point(1, 2)
        "00 00 00 00",  # Path []
        "00 00 00 00",  # Labels []
    )
    null_owner = w.WidgetRequest(widget_id=7, url="u", owner=None, origin=w.Point(x=1, y=2))
    assert null_owner.encode(1) == common + H("ff") + tail  # int8 -1: null
    assert w.WidgetRequest.decode(common + H("ff") + tail, 1) == null_owner
    some_owner = w.WidgetRequest(
        widget_id=7, url="u", owner=w.Party(name="a", age=3), origin=w.Point(x=1, y=2)
    )
    wire = common + H("01", "00 01", b"a", "00 03") + tail  # int8 1, then the fields
    assert some_owner.encode(1) == wire
    assert w.WidgetRequest.decode(wire, 1) == some_owner
    assert some_owner.encoded_size(1) == len(wire)


def test_nullable_struct_marker_in_flexible_version(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    msg = w.WidgetRequest(widget_id=7, url="u", owner=None, origin=w.Point(x=1, y=2))
    wire = H(
        "00 00 00 07",
        "02",
        b"u",  # compact string
        "ff",  # Owner null
        "00 00 00 01  00 00 00 02  00",  # Origin, with its tagged-field section
        "01",  # Path: empty compact array
        "01",  # Labels: empty compact array
        "00",  # tagged fields: Hints is empty (its default) so not written
    )
    assert msg.encode(2) == wire
    assert w.WidgetRequest.decode(wire, 2) == msg


def test_nullable_struct_does_not_exist_in_v0(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    assert w.WidgetRequest(owner=None).encode(0) == w.WidgetRequest().encode(0)
    with pytest.raises(EncodeError, match="Owner"):
        w.WidgetRequest(owner=w.Party()).encode(0)


def test_tagged_array_written_only_when_non_default(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    head = H("00 00 00 00", "01", "ff", "00 00 00 00  ff ff ff ff  00", "01", "01")
    empty = w.WidgetRequest(url="")
    assert empty.encode(2) == head + H("00")
    hinted = w.WidgetRequest(url="", hints=[5, 6])
    wire = head + H(
        "01",  # one tagged field
        "00 09",  # tag 0, 9 bytes
        "03  00 00 00 05  00 00 00 06",  # compact array of 2 int32
    )
    assert hinted.encode(2) == wire
    assert hinted.encoded_size(2) == len(wire)
    assert w.WidgetRequest.decode(wire, 2) == hinted
    # Hints is ignorable: silently dropped before v2.
    assert hinted.encode(1) == empty.encode(1)


def test_tagged_nullable_string(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    head = H("00 00 00 00", "01", "ff", "00 00 00 00  ff ff ff ff  00", "01", "01")
    assert w.WidgetRequest(url="", note=None).encode(3) == head + H("00")
    both = w.WidgetRequest(url="", hints=[1], note="hi")
    wire = head + H("02", "00 05 02 00 00 00 01", "01 03 03", b"hi")
    assert both.encode(3) == wire
    assert w.WidgetRequest.decode(wire, 3) == both
    # Note is not ignorable and does not exist in v2.
    with pytest.raises(EncodeError, match="Note"):
        w.WidgetRequest(note="hi").encode(2)


def test_tagged_nullable_struct(gen: SimpleNamespace) -> None:
    r = gen.mods["widget_response"]
    base = H("00 00", "01", "00 00 00 00  00 00 00 00  00")  # ErrorCode, Payload b"", Origin
    assert r.WidgetResponse().encode(2) == base + H("00")
    null_extra = r.WidgetResponse(extra=None)
    assert null_extra.encode(2) == base + H("01", "00 01 ff")  # tag 0, 1 byte: int8 -1
    assert r.WidgetResponse.decode(base + H("01", "00 01 ff"), 2) == null_extra
    some = r.WidgetResponse(extra=r.Point(x=1, y=0))
    wire = base + H("01", "00 0a 01 00 00 00 01 00 00 00 00 00")
    assert some.encode(2) == wire
    assert r.WidgetResponse.decode(wire, 2) == some
    # Payload is nullable from v1 only.
    with pytest.raises(EncodeError, match="Payload"):
        r.WidgetResponse(payload=None).encode(0)
    assert r.WidgetResponse(payload=None).encode(1)[2:6] == H("ff ff ff ff")


def test_kitchen_sink_v0_and_v1_bytes(gen: SimpleNamespace) -> None:
    k = gen.mods["kitchen_sink"]
    fixed = H(
        "01",  # Flag: default true
        "fd",  # Tiny: int8 default -3
        "ff ff",  # Port: uint16 default 0xffff
        "00 00 00 00",  # Count: uint32
        "ff ff ff ff ff ff ff ff",  # Offset: int64 default -1
        "3f e0 00 00 00 00 00 00",  # Ratio: float64 0.5
        "00" * 16,  # Id: zero uuid
        "00 00",  # Client "": int16 length in every version (flexibleVersions none)
    )
    v0 = fixed + H(
        "00 00 00 00",  # Blob b""
        "ff ff ff ff",  # Records null
        "00 00 00 00",  # Names []
        "00 00 00 00",  # Offsets []
        "00 00 00 00",  # Gone (v0 only)
        "00 00",  # Inner.A
    )
    assert k.KitchenSink().encode(0) == v0
    v1 = fixed + H(
        "01",  # Blob b"": compact
        "00",  # Records null: compact
        "01",  # Names []
        "01",  # Offsets []
        "01",  # Ids [] (v1+)
        "00 00 00",  # Inner.A, Inner tagged fields
        "00",  # no tagged fields: all at their defaults
    )
    assert k.KitchenSink().encode(1) == v1
    tagged = k.KitchenSink(
        tagged_epoch=5,
        tagged_on=False,
        tagged_name="n",
        tagged_names=["a"],
        tagged_id=uuid.UUID(int=1),
        tagged_blob=None,
    )
    wire = v1[:-1] + H(
        "06",  # six tagged fields, ascending
        "00 08 00 00 00 00 00 00 00 05",  # TaggedEpoch 5
        "01 01 00",  # TaggedOn false (default true)
        "02 02 02",
        b"n",  # TaggedName "n"
        "03 03 02 02",
        b"a",  # TaggedNames ["a"]
        "04 10",
        "00" * 15 + "01",  # TaggedId
        "05 01 00",  # TaggedBlob null
    )
    assert tagged.encode(1) == wire
    assert tagged.encoded_size(1) == len(wire)
    assert k.KitchenSink.decode(wire, 1) == tagged
    # The ignorable Gone (v0 only) is dropped later; Inner.B (v2+, default "b") is not ignorable.
    assert k.KitchenSink(gone=9).encode(1) == v1
    with pytest.raises(EncodeError, match=r"Inner\.B"):
        k.KitchenSink(inner=k.Inner(b="x")).encode(1)


def test_kitchen_sink_defaults_parsed_from_strings_and_numbers(gen: SimpleNamespace) -> None:
    ks = gen.mods["kitchen_sink"].KitchenSink()
    assert (ks.flag, ks.tiny, ks.port, ks.offset, ks.ratio) == (True, -3, 0xFFFF, -1, 0.5)
    assert (ks.tagged_epoch, ks.tagged_on, ks.tagged_name) == (-1, True, "dflt")
    assert ks.records is None
    assert ks.inner.b == "b"


def test_common_struct_used_from_two_fields(gen: SimpleNamespace) -> None:
    w = _widget(gen)
    infos = {f.kafka_name: f for f in w.WidgetRequest.FIELDS}
    assert infos["Origin"].struct is w.Point
    assert infos["Path"].struct is w.Point
    assert infos["Path"].is_array and not infos["Origin"].is_array
    src = (gen.out / "widget_request.py").read_text()
    assert src.count("class Point(") == 1
    msg = w.WidgetRequest(origin=w.Point(x=1), path=[w.Point(x=2, y=3), w.Point()])
    for v in range(4):
        assert w.WidgetRequest.decode(msg.encode(v), v) == msg
    # Each module gets its own Point (common structs are per file, as in Kafka).
    assert gen.mods["widget_response"].Point is not w.Point


def test_map_key_is_accepted(gen: SimpleNamespace) -> None:
    msg = load_file(SPECS / "WidgetRequest.json")
    assert msg is not None
    label = {f.name: f for f in msg.structs["Label"].fields}
    assert label["Key"].map_key
    assert not label["Value"].map_key
    w = _widget(gen)
    m = w.WidgetRequest(labels=[w.Label(key="k", value=None), w.Label(key="k2", value="v")])
    assert w.WidgetRequest.decode(m.encode(1), 1) == m


# ---------------------------------------------------------------- comments


def test_comments_are_stripped_but_strings_kept(gen: SimpleNamespace) -> None:
    # The Url default holds "//" and "/*x*/" inside a string literal.
    assert _widget(gen).WidgetRequest().url == "http://example.com/*x*/"


def test_strip_comments_edge_cases() -> None:
    text = (
        '// line comment "with a quote\n'
        '{ "a": "x // not a comment", /* block\n comment */ "b": "y /* nor this */",\n'
        '  "c": "escaped \\" quote // still a string" // trailing\n'
        "}\n"
    )
    out = strip_comments(text, "T.json")
    assert json.loads(out) == {
        "a": "x // not a comment",
        "b": "y /* nor this */",
        "c": 'escaped " quote // still a string',
    }
    assert out.count("\n") == text.count("\n")  # line numbers survive


def test_comments_everywhere_in_a_spec() -> None:
    text = """
    // leading
    { /* a */ "type": "data", // b
      "name": /* c */ "C", "validVersions": "0", "flexibleVersions": "none",
      "fields": [ // d
        { "name": "S", "type": "string", "versions": "0+", "default": "//x/*y*/" } /* e */
      ] /* f */ } // trailing
    /* after */
    """
    msg = parse(text, "C.json")
    assert msg is not None
    assert msg.root.fields[0].default == "//x/*y*/"


# ---------------------------------------------------------------- malformed specs

BASE: dict[str, Any] = {
    "apiKey": 900,
    "type": "request",
    "listeners": ["broker"],
    "name": "BadRequest",
    "validVersions": "0-3",
    "flexibleVersions": "2+",
    "fields": [
        {"name": "A", "type": "int32", "versions": "0+"},
        {
            "name": "S",
            "type": "Sub",
            "versions": "0+",
            "fields": [{"name": "X", "type": "int16", "versions": "0+"}],
        },
    ],
}


def _mutated(fn: Callable[[dict[str, Any]], object]) -> str:
    d = json.loads(json.dumps(BASE))
    fn(d)
    return json.dumps(d, indent=2)


def _add(field: dict[str, Any]) -> str:
    return _mutated(lambda d: d["fields"].append(field))


def _tagged(name: str, tag: int, tv: str = "2+") -> dict[str, Any]:
    return {"name": name, "type": "int32", "versions": tv, "tag": tag, "taggedVersions": tv}


MALFORMED: list[tuple[str, str, list[str]]] = [
    ("unknown top-level key", _mutated(lambda d: d.update(bogusKey=1)), ["bogusKey"]),
    (
        "unknown field key",
        _mutated(lambda d: d["fields"][0].update(bogusKey=1)),
        ["bogusKey", "$.fields[0]"],
    ),
    (
        "unknown nested field key",
        _mutated(lambda d: d["fields"][1]["fields"][0].update(about2="x")),
        ["about2", "$.fields[1].fields[0]"],
    ),
    (
        "reversed version range",
        _mutated(lambda d: d.update(validVersions="3-1")),
        ["$.validVersions", "3-1"],
    ),
    (
        "non-numeric version range",
        _mutated(lambda d: d["fields"][0].update(versions="abc")),
        ["$.fields[0].versions", "abc"],
    ),
    (
        "version above int16",
        _mutated(lambda d: d["fields"][0].update(versions="0-40000")),
        ["$.fields[0].versions"],
    ),
    (
        "bad nested version range",
        _mutated(lambda d: d["fields"][1]["fields"][0].update(versions="1-")),
        ["$.fields[1].fields[0].versions"],
    ),
    (
        "closed flexibleVersions",
        _mutated(lambda d: d.update(flexibleVersions="0-3")),
        ["$.flexibleVersions"],
    ),
    (
        "tag without taggedVersions",
        _add({"name": "T", "type": "int32", "versions": "2+", "tag": 0}),
        ["$.fields[2]", "tag"],
    ),
    (
        "taggedVersions without tag",
        _add({"name": "T", "type": "int32", "versions": "2+", "taggedVersions": "2+"}),
        ["$.fields[2]", "taggedVersions"],
    ),
    (
        "duplicate tag",
        _mutated(lambda d: d["fields"].extend([_tagged("T", 0), _tagged("U", 0)])),
        ["$.fields[3].tag", "duplicate"],
    ),
    (
        "taggedVersions outside flexible versions",
        _add(_tagged("T", 0, "1+")),
        ["$.fields[2].taggedVersions"],
    ),
    (
        "closed taggedVersions",
        _add({"name": "T", "type": "int32", "versions": "2+", "tag": 0, "taggedVersions": "2-3"}),
        ["$.fields[2].taggedVersions"],
    ),
    (
        "tagged field in a non-flexible message",
        _mutated(
            lambda d: (d.update(flexibleVersions="none"), d["fields"].append(_tagged("T", 0)))
        ),
        ["$.fields[2].taggedVersions"],
    ),
    (
        "unknown struct type",
        _add({"name": "T", "type": "NoSuchStruct", "versions": "0+"}),
        ["$.fields[2].type", "NoSuchStruct"],
    ),
    (
        "unknown array element type",
        _add({"name": "T", "type": "[]int33", "versions": "0+"}),
        ["$.fields[2].type"],
    ),
    (
        "nullable int32",
        _mutated(lambda d: d["fields"][0].update(nullableVersions="0+")),
        ["$.fields[0].nullableVersions", "int32"],
    ),
    (
        "bad integer default",
        _mutated(lambda d: d["fields"][0].update(default="abc")),
        ["$.fields[0].default", "abc"],
    ),
    (
        "integer default out of range",
        _add({"name": "T", "type": "int8", "versions": "0+", "default": "300"}),
        ["$.fields[2].default"],
    ),
    (
        "bad bool default",
        _add({"name": "T", "type": "bool", "versions": "0+", "default": "yes"}),
        ["$.fields[2].default"],
    ),
    (
        "null default on a non-nullable field",
        _add({"name": "T", "type": "string", "versions": "0+", "default": "null"}),
        ["$.fields[2].default"],
    ),
    (
        "non-null default on an array",
        _add({"name": "T", "type": "[]int32", "versions": "0+", "default": "1"}),
        ["$.fields[2].default"],
    ),
    ("trailing garbage", json.dumps(BASE) + "\n}", ["invalid JSON"]),
    ("truncated JSON", json.dumps(BASE)[:-1], ["invalid JSON"]),
    ("unterminated string", json.dumps(BASE)[:-20], ["string"]),
    ("not JSON at all", "validVersions: 0", ["invalid JSON"]),
    ("unterminated block comment", json.dumps(BASE) + "\n/* oops", ["comment"]),
    ("missing fields", _mutated(lambda d: d.pop("fields")), ["$.fields"]),
    (
        "missing flexibleVersions",
        _mutated(lambda d: d.pop("flexibleVersions")),
        ["$.flexibleVersions"],
    ),
    ("missing apiKey on a request", _mutated(lambda d: d.pop("apiKey")), ["$.apiKey"]),
    ("missing validVersions", _mutated(lambda d: d.pop("validVersions")), ["validVersions"]),
    (
        "field missing its type",
        _mutated(lambda d: d["fields"][0].pop("type")),
        ["type", "$.fields[0]"],
    ),
    (
        "field missing its versions",
        _mutated(lambda d: d["fields"][0].pop("versions")),
        ["$.fields[0].versions"],
    ),
    (
        "wrong JSON type for versions",
        _mutated(lambda d: d["fields"][0].update(versions=3)),
        ["$.fields[0].versions"],
    ),
    (
        "duplicate field name",
        _add({"name": "A", "type": "int32", "versions": "0+"}),
        ["$.fields[2].name", "A"],
    ),
    (
        "bad field name",
        _add({"name": "my-field", "type": "int32", "versions": "0+"}),
        ["$.fields[2].name"],
    ),
    ("unknown message type", _mutated(lambda d: d.update(type="command")), ["$.type"]),
    (
        "listeners on a response",
        _mutated(lambda d: d.update(type="response")),
        ["$.listeners"],
    ),
    (
        "a primitive with fields",
        _add(
            {
                "name": "T",
                "type": "int32",
                "versions": "0+",
                "fields": [{"name": "X", "type": "int8", "versions": "0+"}],
            }
        ),
        ["$.fields[2].fields"],
    ),
    (
        "zeroCopy on a string",
        _add({"name": "T", "type": "string", "versions": "0+", "zeroCopy": True}),
        ["$.fields[2].zeroCopy"],
    ),
]


@pytest.mark.parametrize(
    ("text", "needles"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_spec_raises_spec_error_naming_file_and_path(
    text: str, needles: list[str]
) -> None:
    with pytest.raises(SpecError) as ei:
        parse(text, "BadRequest.json")
    message = str(ei.value)
    assert message.startswith("BadRequest.json: "), message
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"


def test_malformed_file_fails_generate_naming_the_file(tmp_path: Path) -> None:
    good = (SPECS / "KitchenSink.json").read_text()
    bad = _mutated(lambda d: d["fields"][0].update(nullableVersions="0+"))
    json_dir = make_json_dir(tmp_path, {"KitchenSink.json": good, "BadRequest.json": bad})
    out = tmp_path / "out"
    with pytest.raises(SpecError, match=r"BadRequest\.json: \$\.fields\[0\]\.nullableVersions"):
        generate(json_dir, out, Options(), jobs=1)
    assert not out.exists()  # nothing half-written


def test_version_none_stub_is_skipped() -> None:
    assert parse(_mutated(lambda d: d.update(validVersions="none")), "BadRequest.json") is None


# ---------------------------------------------------------------- known generator bugs
#
# Each test below fails today; see the report that came with these tests.


RECURSIVE = """{
  "type": "data", "name": "Tree", "validVersions": "0", "flexibleVersions": "none",
  "fields": [ { "name": "Root", "type": "Node", "versions": "0+" } ],
  "commonStructs": [
    { "name": "Node", "versions": "0+", "fields": [
      { "name": "Children", "type": "[]Node", "versions": "0+" } ] } ]
}"""


def test_recursive_struct_gives_spec_error_not_recursion_error() -> None:
    # spec.py accepts a common struct that contains itself (struct_for's placeholder stops
    # the parser recursing); the emitter then recurses forever in compute_shapes.
    with pytest.raises(SpecError, match=r"Tree\.json"):
        msg = parse(RECURSIVE, "Tree.json")
        assert msg is not None
        render_message(msg, [0], KAFKA_VERSION)


@pytest.mark.parametrize(
    ("common", "path"),
    [
        ({"name": "C", "versions": "abc", "fields": []}, "$.commonStructs[0].versions"),
        (
            {"name": "C", "versions": "0+", "fields": [{"name": "X", "type": "int32"}]},
            "$.commonStructs[0].fields[0].versions",
        ),
    ],
    ids=["bad versions", "bad field"],
)
def test_common_struct_errors_name_the_json_path(common: dict[str, Any], path: str) -> None:
    text = _mutated(lambda d: d.update(commonStructs=[common]))
    with pytest.raises(SpecError) as ei:
        parse(text, "BadRequest.json")
    assert path in str(ei.value)


def test_request_without_response_gives_spec_error(tmp_path: Path) -> None:
    only = _mutated(lambda d: d.update(name="OnlyRequest", apiKey=901))
    json_dir = make_json_dir(tmp_path, {"OnlyRequest.json": only})
    with pytest.raises(SpecError, match="OnlyRequest"):
        generate(json_dir, tmp_path / "out", Options(), jobs=1)


@pytest.mark.parametrize("field", ["From", "Global", "Decode", "UnknownTags"])
def test_field_names_that_clash_with_python(field: str) -> None:
    # Either the spec is rejected at the field's path, or the generated class works.
    text = json.dumps(
        {
            "type": "data",
            "name": "Clash",
            "validVersions": "0-1",
            "flexibleVersions": "1+",
            "fields": [{"name": field, "type": "int32", "versions": "0+"}],
        }
    )
    try:
        msg = parse(text, "Clash.json")
    except SpecError as e:
        assert "$.fields[0].name" in str(e)
        return
    assert msg is not None
    src = render_message(msg, [0, 1], KAFKA_VERSION)
    mod = ModuleType("_fluxmq_codegen_clash")
    code = compile(src, "clash.py", "exec")
    sys.modules[mod.__name__] = mod
    try:
        exec(code, mod.__dict__)
        cls = mod.Clash
        for v in (0, 1):
            assert cls.decode(cls().encode(v), v) == cls()
        assert cls.decode(b"\x00\x00\x00\x05\x01\x07\x00", 1).unknown_tags == {7: b""}
    finally:
        del sys.modules[mod.__name__]


# ---------------------------------------------------------------- the C readers


def _build_accel(gen: SimpleNamespace, tmp: Path) -> ModuleType:
    """Compile the C readers generated for our specs (as setup.py does for the real ones)."""
    import shutil
    import sysconfig

    from setuptools import Distribution, Extension

    if shutil.which(sysconfig.get_config_var("CC").split()[0] or "cc") is None:
        pytest.skip("no C compiler")
    protocol = Path(__file__).resolve().parents[2] / "fluxmq" / "protocol"
    src = tmp / "pkg" / "_accel.c"
    src.parent.mkdir(parents=True)
    shutil.copy(gen.out / "_accel.c", src)
    for h in ("_accel_runtime.h", "_accel_module.h"):
        shutil.copy(protocol / h, tmp / h)
    ext = Extension("_accel", [str(src)], extra_compile_args=["-O0", "-Wno-unused-function"])
    dist = Distribution({"ext_modules": [ext]})
    cmd: Any = dist.get_command_obj("build_ext")
    cmd.build_lib, cmd.build_temp = str(tmp / "lib"), str(tmp / "tmp")
    dist.run_command("build_ext")
    built = next((tmp / "lib").glob("_accel*"))
    spec = importlib.util.spec_from_file_location("_fluxmq_codegen_test_accel._accel", built)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_c_readers_match_the_python_readers(gen: SimpleNamespace, tmp_path: Path) -> None:
    """Tagged structs, nullable structs, map keys and the rest of our specs, both ways."""
    import random
    import re

    from fluxmq.protocol import message
    from tests.protocol.test_accel import _outcome, _same
    from tests.protocol.test_fuzz import Builder, mutations

    accel = _build_accel(gen, tmp_path)
    checked = 0
    for name, mod_name in sorted(gen.pkg.MODULES.items()):
        mod = gen.mods[mod_name]
        cls = getattr(mod, name)
        src = (gen.out / f"{mod_name}.py").read_text()
        m = re.search(r'bind_readers\(\s*\w+,\s*"(\w+)",\s*"(\w+)",\s*\(([^)]*)\)', src)
        assert m is not None, mod_name
        classes = tuple(getattr(mod, c.strip()) for c in m.group(3).split(",") if c.strip())
        specs = tuple(message._class_spec(c) for c in classes)
        c_readers = accel.bind(m.group(1), m.group(2), specs, cls._PY_READERS)
        assert c_readers is not None, mod_name
        assert accel.bind(m.group(1), "0" * 16, specs, cls._PY_READERS) is None  # stale build
        rng = random.Random(7)
        for v in versions(cls):
            builder = Builder(v)
            for msg in [cls(), *(builder.message(cls, v) for _ in range(6))]:
                wire = msg.encode(v)
                for data in [wire, *mutations(wire, rng)]:
                    c, py = _outcome(c_readers[v], data), _outcome(cls._PY_READERS[v], data)
                    assert _same(c, py), f"{name} v{v} {data.hex()}: C {c} / Python {py}"
                    checked += 1
    assert checked > 1000
