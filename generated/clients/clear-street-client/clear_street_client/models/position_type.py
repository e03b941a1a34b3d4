from enum import StrEnum

from ..types import unknown_member


class PositionType(StrEnum):
    LONG = "LONG"
    LONG_CALL = "LONG_CALL"
    LONG_PUT = "LONG_PUT"
    SHORT = "SHORT"
    SHORT_CALL = "SHORT_CALL"
    SHORT_PUT = "SHORT_PUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PositionType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
