from enum import StrEnum

from ..types import unknown_member


class OrderTimeInForce(StrEnum):
    AT_THE_CLOSE = "AtTheClose"
    AT_THE_OPENING = "AtTheOpening"
    DAY = "Day"
    FILL_OR_KILL = "FillOrKill"
    GOOD_TILL_CANCEL = "GoodTillCancel"
    GOOD_TILL_CANCEL_PLUS = "GoodTillCancelPlus"
    GOOD_TILL_CROSSING = "GoodTillCrossing"
    GOOD_TILL_DATE = "GoodTillDate"
    GOOD_TILL_DATE_PLUS = "GoodTillDatePlus"
    GOOD_TILL_TIME = "GoodTillTime"
    IMMEDIATE_OR_CANCEL = "ImmediateOrCancel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderTimeInForce | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
