from enum import StrEnum


class FeeSeizure(StrEnum):
    EXECUTION = "Execution"
    FILL = "Fill"
    ORDER = "Order"
    PLACEMENT = "Placement"
    PROPORTIONAL = "Proportional"

    def __str__(self) -> str:
        return str(self.value)
