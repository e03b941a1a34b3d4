from enum import StrEnum

from ..types import unknown_member


class OrderSide(StrEnum):
    BUY = "Buy"
    BUY_TO_COVER = "BuyToCover"
    SELL = "Sell"
    SELL_SHORT = "SellShort"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderSide | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
