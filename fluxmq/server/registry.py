"""The API registry: each handler module registers the versions it really implements.

ApiVersions is answered from this registry, so nothing is advertised that is not served.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ..protocol import messages

if TYPE_CHECKING:
    from .broker import Broker, RequestContext

__all__ = ["REGISTRY", "Api", "Handler", "Registry"]

Handler = Callable[["Broker", "RequestContext", Any], Awaitable[Any]]
F = TypeVar("F", bound=Handler)


@dataclass(frozen=True)
class Api:
    key: int
    min_version: int
    max_version: int
    handler: Handler
    advertised_min: int  # Produce advertises 0 for librdkafka while serving 3+


class Registry:
    def __init__(self) -> None:
        self.apis: dict[int, Api] = {}

    def register(
        self, key: int, min_version: int, max_version: int, *, advertised_min: int | None = None
    ) -> Callable[[F], F]:
        spec = messages.APIS[key]
        if not spec.min_version <= min_version <= max_version <= spec.max_version:
            raise ValueError(
                f"{spec.name} v{min_version}-{max_version} is outside the generated "
                f"v{spec.min_version}-{spec.max_version}"
            )

        def deco(fn: F) -> F:
            if key in self.apis:
                raise ValueError(f"{spec.name} is registered twice")
            adv = min_version if advertised_min is None else advertised_min
            self.apis[key] = Api(key, min_version, max_version, fn, adv)
            return fn

        return deco


REGISTRY = Registry()
