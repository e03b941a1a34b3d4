from enum import StrEnum


class PositionGroupName(StrEnum):
    CASH = "Cash"
    CRYPTOCURRENCY = "Cryptocurrency"
    EQUITY = "Equity"
    FIXED_INCOME = "FixedIncome"
    FOREX = "Forex"
    FUTURES = "Futures"
    INDEX = "Index"
    OPTIONS = "Options"
    OTHER = "Other"

    def __str__(self) -> str:
        return str(self.value)
