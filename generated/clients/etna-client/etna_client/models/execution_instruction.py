from enum import StrEnum


class ExecutionInstruction(StrEnum):
    ALL_OR_NONE = "AllOrNone"
    CASH_AMOUNT_ORDER = "CashAmountOrder"
    DO_NOT_INCREASE = "DoNotIncrease"
    DO_NOT_REDUCE = "DoNotReduce"
    FULL_LIQUIDATION = "FullLiquidation"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
