"""One module per Kafka API; importing this package registers them all."""

from . import (  # noqa: F401
    acls,
    api_versions,
    cluster,
    configs,
    consumer_groups,
    fetch,
    find_coordinator,
    groups,
    init_producer_id,
    list_offsets,
    metadata,
    offsets,
    produce,
    records_admin,
    topics,
)
