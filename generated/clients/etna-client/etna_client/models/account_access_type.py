from enum import StrEnum


class AccountAccessType(StrEnum):
    CLOSE_POSITIONS_ONLY = "ClosePositionsOnly"
    FULL = "Full"
    OWNER = "Owner"
    READ_ONLY = "ReadOnly"

    def __str__(self) -> str:
        return str(self.value)
