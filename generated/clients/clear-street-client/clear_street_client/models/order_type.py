from enum import StrEnum


class OrderType(StrEnum):
    LIMIT = "LIMIT"
    MARKET = "MARKET"
    OTHER = "OTHER"
    STOP = "STOP"
    STOP_LIMIT = "STOP_LIMIT"
    TRAILING_STOP = "TRAILING_STOP"
    TRAILING_STOP_LIMIT = "TRAILING_STOP_LIMIT"

    def __str__(self) -> str:
        return str(self.value)
