from enum import StrEnum


class CustomerType(StrEnum):
    FOREIGN = "Foreign"
    INDIVIDUAL = "Individual"
    IRA = "Ira"
    JOINT = "Joint"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
