from enum import StrEnum


class PositionType(StrEnum):
    LONG = "LONG"
    LONG_CALL = "LONG_CALL"
    LONG_PUT = "LONG_PUT"
    SHORT = "SHORT"
    SHORT_CALL = "SHORT_CALL"
    SHORT_PUT = "SHORT_PUT"

    def __str__(self) -> str:
        return str(self.value)
