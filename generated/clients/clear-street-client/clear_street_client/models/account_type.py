from enum import StrEnum


class AccountType(StrEnum):
    CUSTOMER = "CUSTOMER"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
