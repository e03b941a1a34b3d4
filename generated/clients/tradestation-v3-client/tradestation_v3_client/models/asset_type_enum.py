from enum import StrEnum


class AssetTypeEnum(StrEnum):
    BOND = "BOND"
    CURRENCYOPTION = "CURRENCYOPTION"
    FOREX = "FOREX"
    FUTURE = "FUTURE"
    FUTUREOPTION = "FUTUREOPTION"
    INDEX = "INDEX"
    INDEXOPTION = "INDEXOPTION"
    MONEYMARKETFUND = "MONEYMARKETFUND"
    MUTUALFUND = "MUTUALFUND"
    STOCK = "STOCK"
    STOCKOPTION = "STOCKOPTION"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
