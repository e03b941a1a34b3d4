from enum import StrEnum

from ..types import unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "AssetTypeEnum | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
