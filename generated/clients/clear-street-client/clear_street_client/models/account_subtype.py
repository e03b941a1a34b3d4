from enum import StrEnum


class AccountSubtype(StrEnum):
    CASH = "CASH"
    MARGIN = "MARGIN"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
