"""Contains all the data models used in inputs/outputs"""

from .account_base import AccountBase
from .account_info import AccountInfo
from .account_status import AccountStatus
from .account_type import AccountType
from .activation_predicate import ActivationPredicate
from .activation_rule_type import ActivationRuleType
from .api_version import ApiVersion
from .asset_type_enum import AssetTypeEnum
from .closed_position import ClosedPosition
from .currency_detail_base import CurrencyDetailBase
from .equity_account import EquityAccount
from .equity_account_type import EquityAccountType
from .error import Error
from .forex_account import ForexAccount
from .forex_currency_detail import ForexCurrencyDetail
from .futures_account import FuturesAccount
from .futures_currency_detail import FuturesCurrencyDetail
from .logic_operator_enum import LogicOperatorEnum
from .long_short_enum import LongShortEnum
from .market_activation_rule import MarketActivationRule
from .order_detail import OrderDetail
from .order_leg import OrderLeg
from .order_status import OrderStatus
from .position import Position
from .time_activation_rule import TimeActivationRule
from .trailing_stop_offset import TrailingStopOffset

__all__ = (
    "AccountBase",
    "AccountInfo",
    "AccountStatus",
    "AccountType",
    "ActivationPredicate",
    "ActivationRuleType",
    "ApiVersion",
    "AssetTypeEnum",
    "ClosedPosition",
    "CurrencyDetailBase",
    "EquityAccount",
    "EquityAccountType",
    "Error",
    "ForexAccount",
    "ForexCurrencyDetail",
    "FuturesAccount",
    "FuturesCurrencyDetail",
    "LogicOperatorEnum",
    "LongShortEnum",
    "MarketActivationRule",
    "OrderDetail",
    "OrderLeg",
    "OrderStatus",
    "Position",
    "TimeActivationRule",
    "TrailingStopOffset",
)
