from enum import StrEnum


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
