from enum import StrEnum


class OrderRequestStatus(StrEnum):
    COMPLETE = "Complete"
    ERROR = "Error"
    EXECUTING = "Executing"
    REJECTED = "Rejected"
    REQUIRE_VALIDATION = "RequireValidation"
    VALIDATED = "Validated"

    def __str__(self) -> str:
        return str(self.value)
