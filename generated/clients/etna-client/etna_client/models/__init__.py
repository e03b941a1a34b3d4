"""Contains all the data models used in inputs/outputs"""

from .account_access_type import AccountAccessType
from .account_balance_info import AccountBalanceInfo
from .account_details import AccountDetails
from .account_details_additional_info import AccountDetailsAdditionalInfo
from .account_form_type import AccountFormType
from .account_margin_type import AccountMarginType
from .account_owner_type import AccountOwnerType
from .account_provider import AccountProvider
from .account_value_item import AccountValueItem
from .api_version import ApiVersion
from .api_version_error import ApiVersionError
from .api_version_error_body import ApiVersionErrorBody
from .app_key_error_body import AppKeyErrorBody
from .customer_type import CustomerType
from .execution_instruction import ExecutionInstruction
from .execution_trans_type import ExecutionTransType
from .expiration_type import ExpirationType
from .fee_seizure import FeeSeizure
from .fee_value_type import FeeValueType
from .message_error_body import MessageErrorBody
from .order import Order
from .order_details import OrderDetails
from .order_details_leg import OrderDetailsLeg
from .order_details_leg_execution_instructions import OrderDetailsLegExecutionInstructions
from .order_leg import OrderLeg
from .order_leg_execution_instructions import OrderLegExecutionInstructions
from .order_page import OrderPage
from .order_quantity_qualifier import OrderQuantityQualifier
from .order_request_status import OrderRequestStatus
from .order_side import OrderSide
from .order_sort_field import OrderSortField
from .order_status import OrderStatus
from .order_target import OrderTarget
from .order_time_in_force import OrderTimeInForce
from .order_type import OrderType
from .position import Position
from .position_group import PositionGroup
from .position_margin_type import PositionMarginType
from .position_page import PositionPage
from .position_sort_field import PositionSortField
from .security_type_name import SecurityTypeName
from .server_error_body import ServerErrorBody
from .token_expecting import TokenExpecting
from .token_failed import TokenFailed
from .token_succeeded import TokenSucceeded
from .trading_account import TradingAccount
from .trading_account_additional_info import TradingAccountAdditionalInfo
from .trading_account_status import TradingAccountStatus
from .trailing_amount_type import TrailingAmountType
from .transaction import Transaction
from .transaction_fee import TransactionFee
from .transaction_page import TransactionPage
from .transaction_sort_field import TransactionSortField
from .transaction_type import TransactionType
from .user_account import UserAccount
from .user_info import UserInfo
from .user_salutation import UserSalutation
from .user_suffix import UserSuffix
from .validation_error_body import ValidationErrorBody
from .validation_error_body_model_state import ValidationErrorBodyModelState

__all__ = (
    "AccountAccessType",
    "AccountBalanceInfo",
    "AccountDetails",
    "AccountDetailsAdditionalInfo",
    "AccountFormType",
    "AccountMarginType",
    "AccountOwnerType",
    "AccountProvider",
    "AccountValueItem",
    "ApiVersion",
    "ApiVersionError",
    "ApiVersionErrorBody",
    "AppKeyErrorBody",
    "CustomerType",
    "ExecutionInstruction",
    "ExecutionTransType",
    "ExpirationType",
    "FeeSeizure",
    "FeeValueType",
    "MessageErrorBody",
    "Order",
    "OrderDetails",
    "OrderDetailsLeg",
    "OrderDetailsLegExecutionInstructions",
    "OrderLeg",
    "OrderLegExecutionInstructions",
    "OrderPage",
    "OrderQuantityQualifier",
    "OrderRequestStatus",
    "OrderSide",
    "OrderSortField",
    "OrderStatus",
    "OrderTarget",
    "OrderTimeInForce",
    "OrderType",
    "Position",
    "PositionGroup",
    "PositionMarginType",
    "PositionPage",
    "PositionSortField",
    "SecurityTypeName",
    "ServerErrorBody",
    "TokenExpecting",
    "TokenFailed",
    "TokenSucceeded",
    "TradingAccount",
    "TradingAccountAdditionalInfo",
    "TradingAccountStatus",
    "TrailingAmountType",
    "Transaction",
    "TransactionFee",
    "TransactionPage",
    "TransactionSortField",
    "TransactionType",
    "UserAccount",
    "UserInfo",
    "UserSalutation",
    "UserSuffix",
    "ValidationErrorBody",
    "ValidationErrorBodyModelState",
)
