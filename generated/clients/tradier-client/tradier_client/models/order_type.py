from enum import StrEnum


class OrderType(StrEnum):
    CREDIT = "credit"
    DEBIT = "debit"
    EVEN = "even"
    LIMIT = "limit"
    MARKET = "market"
    STOP = "stop"
    STOP_LIMIT = "stop_limit"

    def __str__(self) -> str:
        return str(self.value)
