from enum import StrEnum


class AssetTypeEnum(StrEnum):
    CURRENCYOPTION = "CURRENCYOPTION"
    FOREX = "FOREX"
    FUTURE = "FUTURE"
    FUTUREOPTION = "FUTUREOPTION"
    INDEX = "INDEX"
    INDEXOPTION = "INDEXOPTION"
    STOCK = "STOCK"
    STOCKOPTION = "STOCKOPTION"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
