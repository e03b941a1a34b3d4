from enum import StrEnum


class TrailingAmountType(StrEnum):
    ABSOLUTE = "Absolute"
    PERSENTAGE = "Persentage"

    def __str__(self) -> str:
        return str(self.value)
