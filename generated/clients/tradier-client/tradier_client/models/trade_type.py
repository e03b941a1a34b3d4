from enum import StrEnum


class TradeType(StrEnum):
    EQUITY = "equity"
    EQUITY_CAPITALISED = "Equity"
    OPTION = "option"
    OPTION_CAPITALISED = "Option"

    def __str__(self) -> str:
        return str(self.value)
