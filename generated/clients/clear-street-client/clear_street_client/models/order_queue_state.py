from enum import StrEnum


class OrderQueueState(StrEnum):
    AWAITING_RELEASE = "AWAITING_RELEASE"
    RELEASED = "RELEASED"

    def __str__(self) -> str:
        return str(self.value)
