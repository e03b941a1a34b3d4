from enum import StrEnum

from ..types import unknown_member


class ExecutionInstruction(StrEnum):
    ALL_OR_NONE = "AllOrNone"
    CASH_AMOUNT_ORDER = "CashAmountOrder"
    DO_NOT_INCREASE = "DoNotIncrease"
    DO_NOT_REDUCE = "DoNotReduce"
    FULL_LIQUIDATION = "FullLiquidation"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExecutionInstruction | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
