from enum import StrEnum

from ..types import unknown_member


class ActivationPredicate(StrEnum):
    GT = "Gt"
    GTE = "Gte"
    GTE_LOWER_CASE = "gte"
    GT_LOWER_CASE = "gt"
    LT = "Lt"
    LTE = "Lte"
    LTE_LOWER_CASE = "lte"
    LT_LOWER_CASE = "lt"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActivationPredicate | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
