"""Suite-wide settings."""

from __future__ import annotations

import os

from hypothesis import settings
from hypothesis.database import InMemoryExampleDatabase

try:
    from hypothesis._settings import is_in_ci
except ImportError:  # a private helper: fall back to the variable most CIs set

    def is_in_ci() -> bool:
        return "CI" in os.environ


if is_in_ci():
    # Hypothesis's pytest plugin gives every parametrised case of a @given test a settings
    # object whose parent is the previous case's, and the "ci" profile's database=None is
    # never cached, so reading it walks the whole chain: past ~1000 cases (the protocol
    # suites run each message twice, C and Python readers) that is a RecursionError. An
    # in-memory database is cached at the first level; CI runs stay derandomised.
    settings.register_profile(
        "fluxmq-ci", parent=settings.get_profile("ci"), database=InMemoryExampleDatabase()
    )
    settings.load_profile("fluxmq-ci")
