from enum import StrEnum


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
