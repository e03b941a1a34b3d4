from enum import StrEnum

from ..types import unknown_member


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

    @classmethod
    def _missing_(cls, value: object) -> "TransactionSortField | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
