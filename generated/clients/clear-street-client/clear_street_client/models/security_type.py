from enum import StrEnum

from ..types import unknown_member


class SecurityType(StrEnum):
    CASH = "CASH"
    COMMON_STOCK = "COMMON_STOCK"
    INDEX = "INDEX"
    OPTION = "OPTION"
    OTHER = "OTHER"
    PREFERRED_STOCK = "PREFERRED_STOCK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SecurityType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
