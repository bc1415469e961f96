"""Decode tests run twice: with the generated C readers and with the generated Python ones.

Modules that decode mark themselves with `pytestmark = pytest.mark.usefixtures("readers")`.
Without the C extension (not built, or FLUXMQ_PURE_PYTHON=1) the "c" runs are skipped;
test_accel.py fails in that case unless FLUXMQ_PURE_PYTHON=1 says it is intended.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fluxmq.protocol import message


@pytest.fixture(scope="module", params=["c", "python"])
def readers(request: pytest.FixtureRequest) -> Iterator[str]:
    want_c = request.param == "c"
    if want_c and message._accel is None:
        pytest.skip("C readers not built (or FLUXMQ_PURE_PYTHON=1)")
    before = message.set_accelerated(want_c)
    try:
        yield str(request.param)
    finally:
        message.set_accelerated(before)
