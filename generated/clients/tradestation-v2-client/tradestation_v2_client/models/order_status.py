from enum import StrEnum

from ..types import unknown_member


class OrderStatus(StrEnum):
    ACK = "ACK"
    ASS = "ASS"
    BRC = "BRC"
    BRF = "BRF"
    BRO = "BRO"
    CAN = "CAN"
    CHG = "CHG"
    CND = "CND"
    COR = "COR"
    DIS = "DIS"
    DOA = "DOA"
    DON = "DON"
    ECN = "ECN"
    EXE = "EXE"
    EXP = "EXP"
    EXP_TITLE_CASE = "Exp"
    FLL = "FLL"
    FLP = "FLP"
    FPR = "FPR"
    LAT = "LAT"
    OPN = "OPN"
    OSO = "OSO"
    OTHER = "OTHER"
    OUT = "OUT"
    PLA = "PLA"
    REC = "REC"
    REJ = "REJ"
    RJC = "RJC"
    RJR = "RJR"
    RPD = "RPD"
    RSN = "RSN"
    SCN = "SCN"
    STP = "STP"
    STT = "STT"
    SUS = "SUS"
    TSC = "TSC"
    UCH = "UCH"
    UCN = "UCN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
