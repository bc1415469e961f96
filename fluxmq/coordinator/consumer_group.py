"""KIP-848 consumer groups (ConsumerGroupHeartbeat): server-side assignment, member epochs.

Interface used by `GroupCoordinator`; the protocol itself is being built.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..protocol.message import Message
from ..protocol.messages.error_codes import ErrorCode as E

if TYPE_CHECKING:
    from .group_coordinator import GroupCoordinator

__all__ = ["ConsumerGroup", "ConsumerGroupState", "ConsumerGroups"]


class ConsumerGroupState(enum.Enum):
    EMPTY = "Empty"
    ASSIGNING = "Assigning"
    RECONCILING = "Reconciling"
    STABLE = "Stable"
    DEAD = "Dead"


@dataclass(eq=False)
class ConsumerGroup:
    group_id: str
    state: ConsumerGroupState = ConsumerGroupState.EMPTY
    members: dict[str, object] = field(default_factory=dict)

    group_type = "consumer"

    @property
    def is_empty(self) -> bool:
        return not self.members

    def subscribed_topics(self) -> set[str]:
        return set()


class ConsumerGroups:
    def __init__(self, coordinator: GroupCoordinator) -> None:
        self.coordinator = coordinator

    def replay(self, key: Message, value: Message | None) -> None:
        pass

    def after_load(self, group: ConsumerGroup) -> None:
        pass

    def delete_empty(self, group: ConsumerGroup) -> None:
        self.coordinator.groups.pop(group.group_id, None)

    def validate_commit(self, group: ConsumerGroup, epoch: int, member_id: str) -> int:
        return E.UNKNOWN_MEMBER_ID

    def validate_fetch(self, group: ConsumerGroup, member_id: str, epoch: int) -> int:
        return E.UNKNOWN_MEMBER_ID

    def tombstones(self, group: ConsumerGroup) -> list[tuple[bytes, bytes | None]]:
        return []
