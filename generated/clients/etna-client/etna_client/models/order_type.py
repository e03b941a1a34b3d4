from enum import StrEnum

from ..types import unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "OrderType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
