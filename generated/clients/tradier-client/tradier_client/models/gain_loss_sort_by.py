from enum import StrEnum


class GainLossSortBy(StrEnum):
    CLOSE_DATE = "closeDate"
    OPEN_DATE = "openDate"

    def __str__(self) -> str:
        return str(self.value)
