from enum import StrEnum

from ..types import unknown_member


class ExpirationType(StrEnum):
    FLEX = "Flex"
    MINI = "Mini"
    NON_STANDARD = "NonStandard"
    QUARTERLY = "Quarterly"
    REGULAR = "Regular"
    UNDEFINED = "Undefined"
    WEEKLY = "Weekly"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExpirationType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
