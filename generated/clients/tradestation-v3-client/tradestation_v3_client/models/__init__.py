"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_error import AccountError
from .accounts_response import AccountsResponse
from .asset_type_enum import AssetTypeEnum
from .balance import Balance
from .balances_response import BalancesResponse
from .bod_balance import BODBalance
from .bod_balance_detail import BODBalanceDetail
from .bod_balances_response import BODBalancesResponse
from .bod_currency_detail import BODCurrencyDetail
from .currency_detail import CurrencyDetail
from .equity_account_detail import EquityAccountDetail
from .error_response import ErrorResponse
from .historical_order import HistoricalOrder
from .historical_orders_by_id_response import HistoricalOrdersByIdResponse
from .historical_orders_response import HistoricalOrdersResponse
from .historical_status import HistoricalStatus
from .logic_operator_enum import LogicOperatorEnum
from .market_activation_rule import MarketActivationRule
from .order_error import OrderError
from .order_leg import OrderLeg
from .order_relationship import OrderRelationship
from .order_type_enum import OrderTypeEnum
from .position import Position
from .position_direction import PositionDirection
from .positions_response import PositionsResponse
from .real_time_balance_detail import RealTimeBalanceDetail
from .time_activation_rule import TimeActivationRule
from .trailing_stop_offset import TrailingStopOffset
from .trigger_key_enum import TriggerKeyEnum

__all__ = (
    "Account",
    "AccountError",
    "AccountsResponse",
    "AssetTypeEnum",
    "Balance",
    "BalancesResponse",
    "BODBalance",
    "BODBalanceDetail",
    "BODBalancesResponse",
    "BODCurrencyDetail",
    "CurrencyDetail",
    "EquityAccountDetail",
    "ErrorResponse",
    "HistoricalOrder",
    "HistoricalOrdersByIdResponse",
    "HistoricalOrdersResponse",
    "HistoricalStatus",
    "LogicOperatorEnum",
    "MarketActivationRule",
    "OrderError",
    "OrderLeg",
    "OrderRelationship",
    "OrderTypeEnum",
    "Position",
    "PositionDirection",
    "PositionsResponse",
    "RealTimeBalanceDetail",
    "TimeActivationRule",
    "TrailingStopOffset",
    "TriggerKeyEnum",
)
