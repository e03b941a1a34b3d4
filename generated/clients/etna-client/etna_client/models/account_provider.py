from enum import StrEnum


class AccountProvider(StrEnum):
    APEX = "Apex"
    APEX1 = "Apex1"
    APEX2 = "Apex2"
    AXOS = "Axos"
    ETNA_CLEARING = "EtnaClearing"
    FC_STONE = "FcStone"
    FIDELITY = "Fidelity"
    INTELI_CLEAR = "InteliClear"
    NONE = "None"
    PAPER_TRADING = "PaperTrading"
    SIEBERT = "Siebert"
    TRADE_UP = "TradeUp"
    VELOX = "Velox"

    def __str__(self) -> str:
        return str(self.value)
