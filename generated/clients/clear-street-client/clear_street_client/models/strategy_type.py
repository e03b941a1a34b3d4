from enum import StrEnum


class StrategyType(StrEnum):
    DMA = "DMA"
    SOR = "SOR"
    TWAP = "TWAP"
    VWAP = "VWAP"

    def __str__(self) -> str:
        return str(self.value)
