from enum import StrEnum


class ProfileAccountType(StrEnum):
    CASH = "cash"
    MARGIN = "margin"

    def __str__(self) -> str:
        return str(self.value)
