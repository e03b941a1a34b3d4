from enum import StrEnum


class EquityAccountType(StrEnum):
    CASH = "C"
    DVP = "D"
    MARGIN = "M"

    def __str__(self) -> str:
        return str(self.value)
