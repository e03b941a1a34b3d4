from enum import StrEnum


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
