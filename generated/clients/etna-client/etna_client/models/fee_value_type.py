from enum import StrEnum


class FeeValueType(StrEnum):
    ABSOLUTE = "Absolute"
    COEFFICIENT = "Coefficient"
    GP2T_CREDIT = "GP2TCredit"

    def __str__(self) -> str:
        return str(self.value)
