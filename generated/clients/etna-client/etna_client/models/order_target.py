from enum import StrEnum

from ..types import unknown_member


class OrderTarget(StrEnum):
    ALL = "All"
    CANCEL = "Cancel"
    CANCEL_REJECT = "CancelReject"
    ERROR = "Error"
    EXECUTION = "Execution"
    IGNORE = "Ignore"
    MODIFY = "Modify"
    NEW = "New"
    REJECT = "Reject"
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderTarget | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
