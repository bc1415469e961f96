"""The optional C extensions; everything else is in pyproject.toml.

- fluxmq.protocol._accel: the generated C readers (codegen writes
  fluxmq/protocol/messages/_accel.c; `fluxmq.protocol.message.accelerated()` tells whether
  they are in use).
- fluxmq.protocol.records._walk: the broker's per-record check of produced batches (and the
  client's record decoder and encoder).
- fluxmq.client._speedups: the consumer's `async for` buffer and the producer's per-record
  DeliveryFuture.

All are optional: without a C compiler the install still succeeds and the pure-Python code
(the same results, slower) is used. FLUXMQ_NO_ACCEL=1 skips building them.
"""

from __future__ import annotations

import os

from setuptools import Extension, setup

ext_modules = []
if os.environ.get("FLUXMQ_NO_ACCEL", "0") in ("", "0"):
    ext_modules += [
        Extension(
            "fluxmq.protocol._accel",
            sources=["fluxmq/protocol/messages/_accel.c"],
            depends=["fluxmq/protocol/_accel_runtime.h", "fluxmq/protocol/_accel_module.h"],
            extra_compile_args=["-O2", "-Wno-unused-function"],
            optional=True,
        ),
        Extension(
            "fluxmq.protocol.records._walk",
            sources=["fluxmq/protocol/records/_walk.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
        Extension(
            "fluxmq.client._speedups",
            sources=["fluxmq/client/_speedups.c"],
            extra_compile_args=["-O2"],
            optional=True,
        ),
    ]

setup(ext_modules=ext_modules)
