from enum import StrEnum


class OrderSide(StrEnum):
    BUY = "Buy"
    BUY_TO_COVER = "BuyToCover"
    SELL = "Sell"
    SELL_SHORT = "SellShort"

    def __str__(self) -> str:
        return str(self.value)
