from enum import StrEnum


class SecurityType(StrEnum):
    CASH = "CASH"
    COMMON_STOCK = "COMMON_STOCK"
    INDEX = "INDEX"
    OPTION = "OPTION"
    OTHER = "OTHER"
    PREFERRED_STOCK = "PREFERRED_STOCK"

    def __str__(self) -> str:
        return str(self.value)
