from enum import StrEnum


class OrderType(StrEnum):
    EXTERNAL = "External"
    LIMIT = "Limit"
    MARKET = "Market"
    MUTUAL_FUNDS_EXCHANGE = "MutualFundsExchange"
    ONE_CANCEL_OTHER = "OneCancelOther"
    ONE_TRIGGER_ONE_CANCEL_OTHER = "OneTriggerOneCancelOther"
    ONE_TRIGGER_OTHER = "OneTriggerOther"
    PEGGED = "Pegged"
    STAGING_BLOTTER = "StagingBlotter"
    STOP = "Stop"
    STOP_LIMIT = "StopLimit"
    TRAILING_STOP = "TrailingStop"
    TRAILING_STOP_LIMIT = "TrailingStopLimit"

    def __str__(self) -> str:
        return str(self.value)
