from enum import StrEnum

from ..types import unknown_member


class OrderStatus(StrEnum):
    CALCULATED = "CALCULATED"
    CANCELED = "CANCELED"
    DONE_FOR_DAY = "DONE_FOR_DAY"
    EXPIRED = "EXPIRED"
    FILLED = "FILLED"
    NEW = "NEW"
    OTHER = "OTHER"
    PARTIALLY_FILLED = "PARTIALLY_FILLED"
    PENDING_CANCEL = "PENDING_CANCEL"
    PENDING_NEW = "PENDING_NEW"
    PENDING_REPLACE = "PENDING_REPLACE"
    PENDING_TRIGGER = "PENDING_TRIGGER"
    QUEUED = "QUEUED"
    REJECTED = "REJECTED"
    REPLACED = "REPLACED"
    STOPPED = "STOPPED"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
