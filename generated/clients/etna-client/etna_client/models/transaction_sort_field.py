from enum import StrEnum


class TransactionSortField(StrEnum):
    ACCOUNT_ID = "AccountId"
    CODE = "Code"
    DATE = "Date"
    DESCRIPTION = "Description"
    ID = "Id"
    IS_DAY_TRADE = "IsDayTrade"
    LEAVES_QUANTITY = "LeavesQuantity"
    MARGIN_TYPE = "MarginType"
    ORDER_ID = "OrderId"
    ORDER_STATE_ID = "OrderStateId"
    PRICE = "Price"
    QUANTITY = "Quantity"
    SECURITY_ID = "SecurityId"
    SETTLEMENT_DATE = "SettlementDate"
    SYMBOL = "Symbol"
    TYPE = "Type"
    VALUE = "Value"

    def __str__(self) -> str:
        return str(self.value)
