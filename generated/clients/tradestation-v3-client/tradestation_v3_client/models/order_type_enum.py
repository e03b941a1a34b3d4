from enum import StrEnum


class OrderTypeEnum(StrEnum):
    LIMIT = "Limit"
    MARKET = "Market"
    STOPLIMIT = "StopLimit"
    STOPMARKET = "StopMarket"

    def __str__(self) -> str:
        return str(self.value)
