from enum import StrEnum


class ApiVersion(StrEnum):
    V1 = "1"
    V1_0 = "1.0"

    def __str__(self) -> str:
        return str(self.value)
