from enum import StrEnum


class PositionMarginType(StrEnum):
    CASH = "Cash"
    DIVIDEND = "Dividend"
    DVPRVP = "DVPRVP"
    EMPTY = "Empty"
    ESPPRSU = "ESPPRSU"
    FPL_CASH_COLLATERAL = "FPLCashCollateral"
    GRANT = "Grant"
    LEGAL_TRANSFER = "LegalTransfer"
    MARGIN = "Margin"
    SHORT = "Short"

    def __str__(self) -> str:
        return str(self.value)
