from enum import StrEnum


class TrailingOffsetType(StrEnum):
    BPS = "BPS"
    PRICE = "PRICE"

    def __str__(self) -> str:
        return str(self.value)
