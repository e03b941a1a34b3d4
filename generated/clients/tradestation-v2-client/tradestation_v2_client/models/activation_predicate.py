from enum import StrEnum


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
