from enum import StrEnum

from ..types import unknown_member


class PositionSortField(StrEnum):
    ACCOUNT_HOLDER_NAME = "AccountHolderName"
    ACCOUNT_ID = "AccountId"
    ACCOUNT_NAME = "AccountName"
    AVERAGE_CLOSE_PRICE = "AverageClosePrice"
    AVERAGE_OPEN_PRICE = "AverageOpenPrice"
    CLEARING_ACCOUNT = "ClearingAccount"
    COMPANY_NAME = "CompanyName"
    CONTRACT_SIZE = "ContractSize"
    COST_BASIS = "CostBasis"
    CREATE_DATE = "CreateDate"
    CURRENCY = "Currency"
    CUSIP = "Cusip"
    DAILY_CLOSE_PROFIT_LOSS = "DailyCloseProfitLoss"
    DAILY_COST_BASIS = "DailyCostBasis"
    DAY_QUANTITY = "DayQuantity"
    EOD_PRICE = "EODPrice"
    EXCESS_CHANGES = "ExcessChanges"
    ID = "Id"
    LOANED_QUANTITY = "LoanedQuantity"
    MARGIN_TYPE = "MarginType"
    MARKET_VALUE_EOD = "MarketValueEOD"
    MODIFY_DATE = "ModifyDate"
    NAME = "Name"
    OPEN_QUANTITY = "OpenQuantity"
    QUANTITY = "Quantity"
    REALIZED_PROFIT_LOSS = "RealizedProfitLoss"
    SECURITY_CURRENCY = "SecurityCurrency"
    SECURITY_ID = "SecurityId"
    SECURITY_TYPE = "SecurityType"
    STOP_LOSS_PRICE = "StopLossPrice"
    SYMBOL = "Symbol"
    TAKE_PROFIT_PRICE = "TakeProfitPrice"
    TICK_SIZE = "TickSize"
    UNDERLYING_EXPIRATION_DATE = "UnderlyingExpirationDate"
    UNDERLYING_EXPIRATION_TYPE = "UnderlyingExpirationType"
    UNDERLYING_ID = "UnderlyingId"
    UNDERLYING_OPTION_TYPE = "UnderlyingOptionType"
    UNDERLYING_STRIKE = "UnderlyingStrike"
    UNDERLYING_SYMBOL = "UnderlyingSymbol"
    UNREALIZED_PROFIT_LOSS = "UnrealizedProfitLoss"
    VOLUME_PRECISION = "VolumePrecision"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PositionSortField | None":
        return unknown_member(cls, value, str)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list, kept as the vendor sent it."""
        return self._name_ not in type(self).__members__
