"""The client's optional C module (fluxmq.client._speedups), or None.

None when it was not built (no C compiler at install) or FLUXMQ_PURE_PYTHON is set; the
pure-Python code it speeds up is then used, with the same behaviour.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

__all__ = ["speedups"]


def speedups() -> ModuleType | None:
    if os.environ.get("FLUXMQ_PURE_PYTHON"):
        return None
    try:
        return importlib.import_module(f"{__package__}._speedups")
    except ImportError:
        return None
