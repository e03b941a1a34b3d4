from enum import StrEnum


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
