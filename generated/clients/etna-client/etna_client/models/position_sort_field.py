from enum import StrEnum


class PositionSortField(StrEnum):
    ACCOUNT_ID = "AccountId"
    AVERAGE_CLOSE_PRICE = "AverageClosePrice"
    AVERAGE_OPEN_PRICE = "AverageOpenPrice"
    COMPANY_NAME = "CompanyName"
    CONTRACT_SIZE = "ContractSize"
    COST_BASIS = "CostBasis"
    CREATE_DATE = "CreateDate"
    DAILY_CLOSE_PROFIT_LOSS = "DailyCloseProfitLoss"
    DAILY_COST_BASIS = "DailyCostBasis"
    DAY_QUANTITY = "DayQuantity"
    EXCESS_CHANGES = "ExcessChanges"
    ID = "Id"
    MARKET_VALUE_EOD = "MarketValueEOD"
    MODIFY_DATE = "ModifyDate"
    NAME = "Name"
    QUANTITY = "Quantity"
    REALIZED_PROFIT_LOSS = "RealizedProfitLoss"
    SECURITY_CURRENCY = "SecurityCurrency"
    SECURITY_ID = "SecurityId"
    SECURITY_TYPE = "SecurityType"
    STOP_LOSS_PRICE = "StopLossPrice"
    SYMBOL = "Symbol"
    TAKE_PROFIT_PRICE = "TakeProfitPrice"

    def __str__(self) -> str:
        return str(self.value)
