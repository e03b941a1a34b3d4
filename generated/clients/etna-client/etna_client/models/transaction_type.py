from enum import StrEnum


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
