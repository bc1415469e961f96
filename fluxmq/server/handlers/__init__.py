"""One module per Kafka API; importing this package registers them all."""

from . import (  # noqa: F401
    acls,
    api_versions,
    cluster,
    config_resources,
    configs,
    consumer_groups,
    fetch,
    find_coordinator,
    groups,
    init_producer_id,
    list_offsets,
    metadata,
    offsets,
    partition_admin,
    produce,
    quotas,
    records_admin,
    scram,
    topics,
    transactions,
)
