from enum import StrEnum


class ApiVersion(StrEnum):
    V20101026 = "20101026"
    V20160101 = "20160101"

    def __str__(self) -> str:
        return str(self.value)
