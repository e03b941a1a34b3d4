from enum import StrEnum


class UserSuffix(StrEnum):
    FOURTH = "Fourth"
    JR = "Jr"
    NO_SUFFIX = "NoSuffix"
    SECOND = "Second"
    SR = "Sr"
    THIRD = "Third"

    def __str__(self) -> str:
        return str(self.value)
