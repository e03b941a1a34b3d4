from enum import StrEnum

from ..types import unknown_member


class MarginType(StrEnum):
    CIRO = "CIRO"
    FUTURES_NLV = "FUTURES_NLV"
    FUTURES_TOT_EQ = "FUTURES_TOT_EQ"
    NONE = "NONE"
    OTHER = "OTHER"
    PORTFOLIO_MARGIN = "PORTFOLIO_MARGIN"
    REG_T = "REG_T"
    RISK_BASED_HAIRCUT_BROKER_DEALER = "RISK_BASED_HAIRCUT_BROKER_DEALER"
    RISK_BASED_HAIRCUT_MARKET_MAKER = "RISK_BASED_HAIRCUT_MARKET_MAKER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MarginType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
