"""Suite-wide settings."""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
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


# ---------------------------------------------------------------- the hang watchdog
#
# pytest-timeout's signal method raises inside the stuck test, but a test whose event loop then
# waits on a worker thread (or a teardown that joins one) can still hang for ever. This
# watchdog runs outside the main thread: GRACE seconds after a test's own timeout it prints
# every thread's stack, kills this run's child processes (brokers, JVMs) and exits 1, so a
# hang fails the run with a stack trace instead of running into CI's wall clock.

GRACE = float(os.environ.get("FLUXMQ_TEST_WATCHDOG_GRACE", "60"))


def _item_timeout(item: pytest.Item) -> float:
    try:
        from pytest_timeout import _get_item_settings

        t = _get_item_settings(item).timeout
    except Exception:  # a private helper: fall back to the ini value
        t = float(item.config.getini("timeout") or 0)
    return float(t or 300)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


_config: pytest.Config | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _config
    _config = config


def _expire(what: str, limit: float) -> None:
    # Output capture has fd 2 pointing at a temp file that os._exit would lose.
    capman = _config.pluginmanager.getplugin("capturemanager") if _config else None
    with suppress(Exception):
        capman.suspend_global_capture(in_=False)
    out = sys.__stderr__ or sys.stderr
    out.write(f"\n\nWATCHDOG: {what} still running after {limit:.0f}s; stacks:\n")
    faulthandler.dump_traceback(file=out, all_threads=True)
    for pid in _descendants(os.getpid()):
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    out.write("WATCHDOG: child processes killed; exiting 1\n")
    out.flush()
    os._exit(1)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    limit = _item_timeout(item) + GRACE
    done = threading.Event()

    def watch() -> None:
        if not done.wait(limit):
            _expire(item.nodeid, limit)

    # The C-level timer is the last resort, should the Python thread itself be starved.
    faulthandler.dump_traceback_later(limit + 30, exit=True, file=sys.__stderr__ or sys.stderr)
    threading.Thread(target=watch, name="fluxmq-test-watchdog", daemon=True).start()
    try:
        yield
    finally:
        done.set()
        faulthandler.cancel_dump_traceback_later()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Nor may the run hang at exit, on a worker thread some failed test left behind."""

    def watch() -> None:
        time.sleep(GRACE)
        _expire("the end of the test run", GRACE)

    threading.Thread(target=watch, name="fluxmq-exit-watchdog", daemon=True).start()
