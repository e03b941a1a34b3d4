from enum import StrEnum


class AssetTypeEnum(StrEnum):
    EQUITY = "EQ"
    FOREX = "FX"
    FUTURE = "FU"
    FUTURE_TITLE_CASE = "Fu"
    OPTION = "OP"
    OPTION_TITLE_CASE = "Op"

    def __str__(self) -> str:
        return str(self.value)
