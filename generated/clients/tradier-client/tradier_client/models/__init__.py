"""Contains all the data models used in inputs/outputs"""

from .account_balances import AccountBalances
from .ach_event import AchEvent
from .adjustment_event import AdjustmentEvent
from .balances_response import BalancesResponse
from .cash_account_balances import CashAccountBalances
from .cash_balances import CashBalances
from .check_event import CheckEvent
from .closed_position import ClosedPosition
from .dividend_event import DividendEvent
from .error_messages import ErrorMessages
from .event_detail import EventDetail
from .fault import Fault
from .fault_detail import FaultDetail
from .fee_event import FeeEvent
from .gain_loss import GainLoss
from .gain_loss_response import GainLossResponse
from .gain_loss_sort_by import GainLossSortBy
from .history import History
from .history_event_base import HistoryEventBase
from .history_event_type import HistoryEventType
from .history_response import HistoryResponse
from .interest_event import InterestEvent
from .journal_event import JournalEvent
from .json_media_type import JsonMediaType
from .margin_account_balances import MarginAccountBalances
from .margin_balances import MarginBalances
from .option_detail import OptionDetail
from .option_event import OptionEvent
from .order import Order
from .order_duration import OrderDuration
from .order_filter import OrderFilter
from .order_leg import OrderLeg
from .order_response import OrderResponse
from .order_side import OrderSide
from .order_type import OrderType
from .orders import Orders
from .orders_response import OrdersResponse
from .pdt_account_balances import PdtAccountBalances
from .pdt_balances import PdtBalances
from .position import Position
from .positions import Positions
from .positions_response import PositionsResponse
from .profile import Profile
from .profile_account import ProfileAccount
from .profile_response import ProfileResponse
from .sort_direction import SortDirection
from .tax_event import TaxEvent
from .trade_detail import TradeDetail
from .trade_event import TradeEvent
from .tradier_errors import TradierErrors
from .tradier_fault import TradierFault
from .transfer_event import TransferEvent
from .wire_event import WireEvent

__all__ = (
    "AccountBalances",
    "AchEvent",
    "AdjustmentEvent",
    "BalancesResponse",
    "CashAccountBalances",
    "CashBalances",
    "CheckEvent",
    "ClosedPosition",
    "DividendEvent",
    "ErrorMessages",
    "EventDetail",
    "Fault",
    "FaultDetail",
    "FeeEvent",
    "GainLoss",
    "GainLossResponse",
    "GainLossSortBy",
    "History",
    "HistoryEventBase",
    "HistoryEventType",
    "HistoryResponse",
    "InterestEvent",
    "JournalEvent",
    "JsonMediaType",
    "MarginAccountBalances",
    "MarginBalances",
    "OptionDetail",
    "OptionEvent",
    "Order",
    "OrderDuration",
    "OrderFilter",
    "OrderLeg",
    "OrderResponse",
    "Orders",
    "OrderSide",
    "OrdersResponse",
    "OrderType",
    "PdtAccountBalances",
    "PdtBalances",
    "Position",
    "Positions",
    "PositionsResponse",
    "Profile",
    "ProfileAccount",
    "ProfileResponse",
    "SortDirection",
    "TaxEvent",
    "TradeDetail",
    "TradeEvent",
    "TradierErrors",
    "TradierFault",
    "TransferEvent",
    "WireEvent",
)
