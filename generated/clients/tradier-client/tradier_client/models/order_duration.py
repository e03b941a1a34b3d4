from enum import StrEnum


class OrderDuration(StrEnum):
    DAY = "day"
    GTC = "gtc"
    POST = "post"
    PRE = "pre"

    def __str__(self) -> str:
        return str(self.value)
