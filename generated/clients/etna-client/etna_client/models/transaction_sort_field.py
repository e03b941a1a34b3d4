from enum import StrEnum


class TransactionSortField(StrEnum):
    ACCOUNT_ID = "AccountId"
    DATE = "Date"
    DESCRIPTION = "Description"
    ID = "Id"
    IS_DAY_TRADE = "IsDayTrade"
    LEAVES_QUANTITY = "LeavesQuantity"
    ORDER_STATE_ID = "OrderStateId"
    QUANTITY = "Quantity"
    SECURITY_ID = "SecurityId"
    TYPE = "Type"
    VALUE = "Value"

    def __str__(self) -> str:
        return str(self.value)
