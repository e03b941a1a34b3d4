from enum import StrEnum


class OrderQuantityQualifier(StrEnum):
    EVEN_DOLLAR = "EvenDollar"
    GROSS_DOLLAR = "GrossDollar"
    MINUS_ROUNDING = "MinusRounding"
    PLUS_ROUNDING = "PlusRounding"
    SHARES = "Shares"

    def __str__(self) -> str:
        return str(self.value)
