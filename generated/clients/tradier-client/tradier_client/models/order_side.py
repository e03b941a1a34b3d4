from enum import StrEnum


class OrderSide(StrEnum):
    BUY = "buy"
    BUY_TO_CLOSE = "buy_to_close"
    BUY_TO_COVER = "buy_to_cover"
    BUY_TO_OPEN = "buy_to_open"
    SELL = "sell"
    SELL_SHORT = "sell_short"
    SELL_TO_CLOSE = "sell_to_close"
    SELL_TO_OPEN = "sell_to_open"

    def __str__(self) -> str:
        return str(self.value)
