from enum import StrEnum

from ..types import unknown_member


class PositionSortBy(StrEnum):
    DAILY_REALIZED_PNL = "DAILY_REALIZED_PNL"
    DAILY_UNREALIZED_PNL = "DAILY_UNREALIZED_PNL"
    INSTRUMENT_TYPE = "INSTRUMENT_TYPE"
    MARKET_VALUE = "MARKET_VALUE"
    POSITION_TYPE = "POSITION_TYPE"
    QUANTITY = "QUANTITY"
    SYMBOL = "SYMBOL"
    UNREALIZED_PNL = "UNREALIZED_PNL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PositionSortBy | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
