from enum import StrEnum


class AccountMarginType(StrEnum):
    CASH = "Cash"
    DAY_TRADER = "DayTrader"
    EMPTY = "Empty"
    MARGIN = "Margin"
    MARGIN_IRA = "MarginIra"

    def __str__(self) -> str:
        return str(self.value)
