from enum import StrEnum


class OrderSide(StrEnum):
    BUY = "BUY"
    OTHER = "OTHER"
    SELL = "SELL"
    SELL_SHORT = "SELL_SHORT"

    def __str__(self) -> str:
        return str(self.value)
