from enum import StrEnum


class JsonMediaType(StrEnum):
    APPLICATION_JSON = "application/json"

    def __str__(self) -> str:
        return str(self.value)
