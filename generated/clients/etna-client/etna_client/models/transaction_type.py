from enum import StrEnum

from ..types import unknown_member


class TransactionType(StrEnum):
    CLEARING = "Clearing"
    COMMISSION = "Commission"
    MANUAL_MANIPULATION = "ManualManipulation"
    OPTION_EXPIRATION = "OptionExpiration"
    ORDER_EXECUTION = "OrderExecution"
    PAYMENT = "Payment"
    RPL = "Rpl"
    UNDEFINED = "Undefined"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TransactionType | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
