from enum import StrEnum


class AccountStatus(StrEnum):
    ACTIVE = "A"
    CLOSED = "X"
    CLOSING_TRANSACTIONS_ONLY = "C"
    INACTIVE = "I"
    LIQUIDATING_TRANSACTIONS_ONLY = "L"
    MARGIN_CALL_CLOSING_TRANSACTIONS_ONLY = "F"
    NINETY_DAY_RESTRICTION_CLOSING_TRANSACTIONS_ONLY = "D"
    RESTRICTED = "R"

    def __str__(self) -> str:
        return str(self.value)
