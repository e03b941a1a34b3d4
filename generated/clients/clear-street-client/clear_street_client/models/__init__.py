"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_balances import AccountBalances
from .account_balances_response import AccountBalancesResponse
from .account_holder_entity_kind import AccountHolderEntityKind
from .account_list_response import AccountListResponse
from .account_response import AccountResponse
from .account_status import AccountStatus
from .account_subtype import AccountSubtype
from .account_type import AccountType
from .account_with_personal_details import AccountWithPersonalDetails
from .address import Address
from .api_error import ApiError
from .close_position_request import ClosePositionRequest
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .execution import Execution
from .execution_list_response import ExecutionListResponse
from .margin_details import MarginDetails
from .margin_session_details import MarginSessionDetails
from .margin_top_contributor import MarginTopContributor
from .margin_type import MarginType
from .margin_usage import MarginUsage
from .order import Order
from .order_list_response import OrderListResponse
from .order_queue_state import OrderQueueState
from .order_response import OrderResponse
from .order_side import OrderSide
from .order_status import OrderStatus
from .order_strategy import OrderStrategy
from .order_type import OrderType
from .portfolio_history import PortfolioHistory
from .portfolio_history_partial_response import PortfolioHistoryPartialResponse
from .portfolio_history_response import PortfolioHistoryResponse
from .portfolio_history_segment import PortfolioHistorySegment
from .position import Position
from .position_list_response import PositionListResponse
from .position_sort_by import PositionSortBy
from .position_type import PositionType
from .response_metadata import ResponseMetadata
from .security_type import SecurityType
from .sort_direction import SortDirection
from .start_of_day_balances import StartOfDayBalances
from .strategy_type import StrategyType
from .time_in_force import TimeInForce
from .trailing_offset_type import TrailingOffsetType

__all__ = (
    "Account",
    "AccountBalances",
    "AccountBalancesResponse",
    "AccountHolderEntityKind",
    "AccountListResponse",
    "AccountResponse",
    "AccountStatus",
    "AccountSubtype",
    "AccountType",
    "AccountWithPersonalDetails",
    "Address",
    "ApiError",
    "ClosePositionRequest",
    "ErrorDetail",
    "ErrorResponse",
    "Execution",
    "ExecutionListResponse",
    "MarginDetails",
    "MarginSessionDetails",
    "MarginTopContributor",
    "MarginType",
    "MarginUsage",
    "Order",
    "OrderListResponse",
    "OrderQueueState",
    "OrderResponse",
    "OrderSide",
    "OrderStatus",
    "OrderStrategy",
    "OrderType",
    "PortfolioHistory",
    "PortfolioHistoryPartialResponse",
    "PortfolioHistoryResponse",
    "PortfolioHistorySegment",
    "Position",
    "PositionListResponse",
    "PositionSortBy",
    "PositionType",
    "ResponseMetadata",
    "SecurityType",
    "SortDirection",
    "StartOfDayBalances",
    "StrategyType",
    "TimeInForce",
    "TrailingOffsetType",
)
