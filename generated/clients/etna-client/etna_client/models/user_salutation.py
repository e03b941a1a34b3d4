from enum import StrEnum


class UserSalutation(StrEnum):
    DR = "Dr"
    MADAM = "Madam"
    MR = "Mr"
    MRS = "Mrs"
    MS = "Ms"
    NO_SALUTATION = "NoSalutation"
    SIR = "Sir"

    def __str__(self) -> str:
        return str(self.value)
