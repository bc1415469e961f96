"""FluxMQ: a Kafka-compatible broker and asyncio client toolkit."""

__version__ = "0.1.0"
