"""C accelerators, built when a compiler is present; FluxMQ falls back to pure Python
(the same results, slower) when one is missing or the build fails."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "fluxmq.protocol.records._walk",
            ["fluxmq/protocol/records/_walk.c"],
            optional=True,
            extra_compile_args=["-O2"],
        ),
    ]
)
