from enum import StrEnum

from ..types import unknown_member


class OrderQuantityQualifier(StrEnum):
    EVEN_DOLLAR = "EvenDollar"
    GROSS_DOLLAR = "GrossDollar"
    MINUS_ROUNDING = "MinusRounding"
    PLUS_ROUNDING = "PlusRounding"
    SHARES = "Shares"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderQuantityQualifier | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
