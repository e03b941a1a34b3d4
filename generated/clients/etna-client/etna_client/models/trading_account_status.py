from enum import StrEnum


class TradingAccountStatus(StrEnum):
    APPROVED = "Approved"
    NEW = "New"
    REJECTED = "Rejected"
    SENT_TO_CLEARING = "SentToClearing"
    UN_SPECIFIED = "UnSpecified"

    def __str__(self) -> str:
        return str(self.value)
