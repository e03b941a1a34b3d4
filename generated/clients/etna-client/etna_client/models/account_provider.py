from enum import StrEnum

from ..types import unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "AccountProvider | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
