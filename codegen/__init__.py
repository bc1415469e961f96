"""FluxMQ's protocol generator: Kafka message JSON -> fluxmq/protocol/messages/."""
