from enum import StrEnum

from ..types import unknown_member


class OrderStatus(StrEnum):
    ACCEPTED_FOR_BIDDING = "AcceptedForBidding"
    CALCULATED = "Calculated"
    CANCELED = "Canceled"
    DONE_FOR_DAY = "DoneForDay"
    ERROR = "Error"
    EXPIRED = "Expired"
    FILLED = "Filled"
    HELD = "Held"
    NEW = "New"
    PARTIALLY_FILLED = "PartiallyFilled"
    PENDING_CANCEL = "PendingCancel"
    PENDING_NEW = "PendingNew"
    PENDING_REPLACE = "PendingReplace"
    REJECTED = "Rejected"
    REPLACED = "Replaced"
    STOPPED = "Stopped"
    SUSPENDED = "Suspended"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
