"""The public client API is documented and typed (issue 7: every public name documented)."""

from __future__ import annotations

import inspect
from pathlib import Path

import fluxmq.client as client


def _undocumented() -> list[str]:
    missing = []
    for name in client.__all__:
        obj = getattr(client, name)
        if not inspect.getdoc(obj):
            missing.append(name)
        if not inspect.isclass(obj):
            continue
        for attr, member in vars(obj).items():
            if attr.startswith("_"):
                continue
            fn = (
                member.fget if isinstance(member, property) else getattr(member, "__func__", member)
            )
            if callable(fn) and not inspect.getdoc(fn):
                missing.append(f"{name}.{attr}")
    return missing


def test_every_public_name_is_documented() -> None:
    assert _undocumented() == []


def test_the_package_ships_type_information() -> None:
    assert (Path(client.__file__).parents[1] / "py.typed").exists()
