from enum import StrEnum


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
