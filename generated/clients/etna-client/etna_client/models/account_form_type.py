from enum import StrEnum


class AccountFormType(StrEnum):
    DIRECT = "Direct"
    FC_STONE = "FcStone"
    FIDELITY_FORM = "FidelityForm"
    FIDELITY_WINDOW = "FidelityWindow"
    JOT_FORM = "JotForm"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
