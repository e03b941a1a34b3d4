from enum import StrEnum


class ExecutionTransType(StrEnum):
    CANCEL = "Cancel"
    CORRECT = "Correct"
    NEW = "New"
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
