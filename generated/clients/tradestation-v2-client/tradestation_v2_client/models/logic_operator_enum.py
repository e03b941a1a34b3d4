from enum import StrEnum


class LogicOperatorEnum(StrEnum):
    AND = "And"
    OR = "Or"

    def __str__(self) -> str:
        return str(self.value)
