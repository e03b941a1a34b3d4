from enum import StrEnum

from ..types import unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "OrderSide | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
