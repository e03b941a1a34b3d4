from enum import StrEnum


class AccountHolderEntityKind(StrEnum):
    LEGAL_ENTITY = "LEGAL_ENTITY"
    NATURAL_PERSON = "NATURAL_PERSON"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
