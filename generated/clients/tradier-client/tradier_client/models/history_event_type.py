from enum import StrEnum


class HistoryEventType(StrEnum):
    ACH = "ach"
    ADJUSTMENT = "adjustment"
    CHECK = "check"
    DIVIDEND = "dividend"
    FEE = "fee"
    INTEREST = "interest"
    JOURNAL = "journal"
    OPTION = "option"
    TAX = "tax"
    TRADE = "trade"
    TRANSFER = "transfer"
    WIRE = "wire"

    def __str__(self) -> str:
        return str(self.value)
