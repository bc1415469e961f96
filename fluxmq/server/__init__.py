"""fluxmq-server: the broker daemon (network listeners over the transport-free broker core)."""
