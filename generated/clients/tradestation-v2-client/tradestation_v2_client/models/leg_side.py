from enum import StrEnum


class LegSide(StrEnum):
    BUY = "B"
    BUY_TO_COVER = "C"
    SELL = "S"
    SELL_SHORT = "T"

    def __str__(self) -> str:
        return str(self.value)
