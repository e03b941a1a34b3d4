from enum import StrEnum


class LongShortEnum(StrEnum):
    LONG = "Long"
    LONG_LETTER = "L"
    SHORT = "Short"
    SHORT_LETTER = "S"

    def __str__(self) -> str:
        return str(self.value)
