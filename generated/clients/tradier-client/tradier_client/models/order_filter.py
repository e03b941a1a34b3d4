from enum import StrEnum


class OrderFilter(StrEnum):
    ALL = "all"
    INTRADAY = "intraday"

    def __str__(self) -> str:
        return str(self.value)
