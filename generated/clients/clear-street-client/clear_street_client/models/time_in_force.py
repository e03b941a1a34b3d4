from enum import StrEnum

from ..types import unknown_member


class TimeInForce(StrEnum):
    AT_CLOSE = "AT_CLOSE"
    AT_CROSSING = "AT_CROSSING"
    AT_OPEN = "AT_OPEN"
    AT_THE_CLOSE = "AT_THE_CLOSE"
    AT_THE_OPENING = "AT_THE_OPENING"
    DAY = "DAY"
    FILL_OR_KILL = "FILL_OR_KILL"
    GOOD_THROUGH_CROSSING = "GOOD_THROUGH_CROSSING"
    GOOD_TILL_CANCEL = "GOOD_TILL_CANCEL"
    GOOD_TILL_CROSSING = "GOOD_TILL_CROSSING"
    GOOD_TILL_DATE = "GOOD_TILL_DATE"
    IMMEDIATE_OR_CANCEL = "IMMEDIATE_OR_CANCEL"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TimeInForce | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
