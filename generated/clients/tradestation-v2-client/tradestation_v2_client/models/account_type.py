from enum import StrEnum


class AccountType(StrEnum):
    CASH = "C"
    DVP = "D"
    FOREX = "X"
    FUTURES = "F"
    MARGIN = "M"

    def __str__(self) -> str:
        return str(self.value)
