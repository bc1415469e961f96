"""The public client API is documented and typed (issue 7: every public name documented)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import fluxmq.client as client


def _undocumented() -> list[str]:
    missing = []
    for name in client.__all__:
        obj = getattr(client, name)
        doc = inspect.getdoc(obj) or ""
        # a dataclass without a docstring gets its signature as one: not documentation
        if not doc or doc.startswith(f"{name}("):
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


@pytest.mark.parametrize(
    "make",
    [
        lambda: client.Producer("localhost:abc"),
        lambda: client.Producer(""),
        lambda: client.Admin("embedded://"),
        lambda: client.Consumer("127.0.0.1:1", partition_assignment_strategy=["nope"]),
        lambda: client.Consumer("127.0.0.1:1", partition_assignment_strategy=[]),
    ],
)
def test_bad_options_are_configuration_errors(make: Callable[[], Any]) -> None:
    """One hierarchy: a bad option is a ConfigurationError (fatal; still a ValueError)."""
    with pytest.raises(client.ConfigurationError) as ei:
        make()
    assert isinstance(ei.value, client.FatalError) and isinstance(ei.value, ValueError)


def test_timeouts_are_retriable_and_timeout_errors() -> None:
    assert issubclass(client.RequestTimeoutError, client.RetriableError)
    assert issubclass(client.RequestTimeoutError, TimeoutError)
