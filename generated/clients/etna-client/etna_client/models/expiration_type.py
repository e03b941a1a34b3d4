from enum import StrEnum


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
