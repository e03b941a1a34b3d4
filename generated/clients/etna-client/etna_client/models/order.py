from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_instruction import ExecutionInstruction
from ..models.execution_trans_type import ExecutionTransType
from ..models.expiration_type import ExpirationType
from ..models.order_quantity_qualifier import OrderQuantityQualifier
from ..models.order_request_status import OrderRequestStatus
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_target import OrderTarget
from ..models.order_time_in_force import OrderTimeInForce
from ..models.order_type import OrderType
from ..models.security_type_name import SecurityTypeName
from ..models.trailing_amount_type import TrailingAmountType
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.order_leg import OrderLeg
    from ..models.order_leg_execution_instructions import OrderLegExecutionInstructions


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order with its legs (`Legs` is `[]` for a single-leg order).

    Attributes:
        id (int): Order id, assigned by the OMS.
        security_id (int): ETNA's internal security id.
        quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        stop_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        executed_quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
            digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        last_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        last_quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
            digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        leaves_quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
            digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        average_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
            digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        side (int | OrderSide): Side.
        date (datetime.datetime): Last modification.
        transaction_date (datetime.datetime): Last transaction (execution or status change).
        sett_date (datetime.datetime): Settlement date from the venue; `0001-01-01T00:00:00Z` when not set.
        status (int | OrderStatus): Current status.
        execution_status (int | OrderStatus): Status set by the last modification.
        type_ (int | OrderType): Order type.
        request_status (int | OrderRequestStatus): Processing state within the OMS.
        target (int | OrderTarget): Execution target.
        time_in_force (int | OrderTimeInForce): Time in force.
        exec_inst (ExecutionInstruction | int): Execution instruction; may arrive as an integer.
        expire_date (datetime.datetime): When the order expires (the session close for a day order).
        account_id (int): The trading account.
        user_id (int): The user who placed the order.
        request_id (int): Request id, assigned by the OMS.
        state_id (int): Id of the order's current state. A transaction names the state that caused it as
            `OrderStateId`: an order filled in one execution is in that state; one filled in several
            executions names the earlier states in the earlier executions (see `/orders/{orderId}/details`).
        parent_id (int): The parent order; `-1` for none.
        trailing_stop_amount_type (int | TrailingAmountType): Unit of `TrailingStopAmount`.
        trailing_stop_amount (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
            significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        trailing_limit_amount_type (int | TrailingAmountType): Unit of `TrailingLimitAmount`.
        trailing_limit_amount (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
            significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        create_date (datetime.datetime): When the order was created.
        initial_type (int | OrderType): Order type at creation.
        is_external (bool): Whether the order came from an external system.
        trans_type (ExecutionTransType | int): Transaction type of the last execution report.
        validations_to_bypass (int): Flags of validation rules bypassed.
        parent_request_id (int): Request id of the parent order; 0 for none.
        settlement_date (datetime.datetime): Settlement date of the deal; `0001-01-01T00:00:00Z` when not set.
        client_id (str | Unset): Client order id (FIX ClOrdID), assigned by the OMS.
        description (str | Unset): Reject reason or broker comment, e.g. `Expired by OMS`.
        comment (str | Unset): The client's comment.
        counter_party_order_id (str | Unset): The executor's order id.
        exchange (str | Unset): Desired exchange, e.g. `Auto`.
        execution_venue (str | Unset): Executor the order was routed to, e.g. `Etna Emulator`.
        exec_brocker (str | Unset): Route name (sic), e.g. `Auto` or `NSDQ`.
        execution_instructions (OrderLegExecutionInstructions | Unset): Algorithm instructions, name → value; `{}` when
            none.
        exec_id (str | Unset): Id of the last execution.
        symbol (str | Unset): Ticker (swagger-2026 only).
        name (str | Unset): Security name (swagger-2026 only).
        currency (str | Unset): Currency of the security (swagger-2026 only).
        cusip (str | Unset): CUSIP of the security (swagger-2026 only).
        security_type (int | SecurityTypeName | Unset): Kind of security (swagger-2026 only).
        precision (int | Unset): Decimal places of the security's prices (swagger-2026 only).
        volume_precision (int | Unset): Decimal places allowed in quantities (swagger-2026 only).
        parent_client_id (str | Unset): ClOrdID of the parent of a multi-leg order (swagger-2026 only).
        orig_client_id (str | Unset): ClOrdID of the order this one replaced (swagger-2026 only).
        error_description_text (str | Unset): Error detail (swagger-2026 only).
        exec_inst_num (int | Unset): `ExecInst` as a number (swagger-2026 only).
        extended_hours (str | Unset): Extended session requested for execution; empty for none (swagger-2026 only).
        last_market (str | Unset): Exchange of the last fill (swagger-2026 only).
        quantity_qualifier (int | OrderQuantityQualifier | Unset): What `Quantity` counts (swagger-2026 only).
        underlying_symbol (str | Unset): Underlying ticker of an option order (swagger-2026 only).
        underlying_id (int | Unset): Security id of the underlying (swagger-2026 only).
        underlying_strike (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
            significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        underlying_option_type (str | Unset): Put or call (swagger-2026 only).
        underlying_expiration_date (int | Unset): Expiration, milliseconds since the Unix epoch (swagger-2026 only).
        underlying_expiration_type (ExpirationType | int | Unset): Expiration cycle of the option (swagger-2026 only).
        broker_service_commission (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
            28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        contingent_security_id (int | Unset): Security whose price triggers a contingent order (swagger-2026 only).
        contingent_symbol (str | Unset): Ticker of the contingent security (swagger-2026 only).
        contingent_direction (str | Unset): Direction of the contingent trigger (swagger-2026 only; values
            undocumented).
        contingent_price_type (str | Unset): Price the contingent trigger watches (swagger-2026 only; values
            undocumented).
        contingent_threshold (str | Unset): Trigger threshold, a string in swagger-2026 (swagger-2026 only).
        locate_ref_id (str | Unset): Reference of the share locate of a short sale (swagger-2026 only).
        reinvest_action (int | Unset): Dividend reinvestment action code (swagger-2026 only).
        token (str | Unset): An additional identity key of the order (swagger-2026 only).
        clearing_account (str | Unset): Clearing account number (swagger-2026 only).
        user_name (str | Unset): Login of the user who placed the order (swagger-2026 only).
        account_name (str | Unset): Name of the account (swagger-2026 only).
        account_holder_name (str | Unset): Name of the account holder (swagger-2026 only).
        legs (list[OrderLeg] | Unset): The legs of a multi-leg order.
    """

    id: int
    security_id: int
    quantity: Decimal
    price: Decimal
    stop_price: Decimal
    executed_quantity: Decimal
    last_price: Decimal
    last_quantity: Decimal
    leaves_quantity: Decimal
    average_price: Decimal
    side: int | OrderSide
    date: datetime.datetime
    transaction_date: datetime.datetime
    sett_date: datetime.datetime
    status: int | OrderStatus
    execution_status: int | OrderStatus
    type_: int | OrderType
    request_status: int | OrderRequestStatus
    target: int | OrderTarget
    time_in_force: int | OrderTimeInForce
    exec_inst: ExecutionInstruction | int
    expire_date: datetime.datetime
    account_id: int
    user_id: int
    request_id: int
    state_id: int
    parent_id: int
    trailing_stop_amount_type: int | TrailingAmountType
    trailing_stop_amount: Decimal
    trailing_limit_amount_type: int | TrailingAmountType
    trailing_limit_amount: Decimal
    create_date: datetime.datetime
    initial_type: int | OrderType
    is_external: bool
    trans_type: ExecutionTransType | int
    validations_to_bypass: int
    parent_request_id: int
    settlement_date: datetime.datetime
    client_id: str | Unset = UNSET
    description: str | Unset = UNSET
    comment: str | Unset = UNSET
    counter_party_order_id: str | Unset = UNSET
    exchange: str | Unset = UNSET
    execution_venue: str | Unset = UNSET
    exec_brocker: str | Unset = UNSET
    execution_instructions: OrderLegExecutionInstructions | Unset = UNSET
    exec_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    cusip: str | Unset = UNSET
    security_type: int | SecurityTypeName | Unset = UNSET
    precision: int | Unset = UNSET
    volume_precision: int | Unset = UNSET
    parent_client_id: str | Unset = UNSET
    orig_client_id: str | Unset = UNSET
    error_description_text: str | Unset = UNSET
    exec_inst_num: int | Unset = UNSET
    extended_hours: str | Unset = UNSET
    last_market: str | Unset = UNSET
    quantity_qualifier: int | OrderQuantityQualifier | Unset = UNSET
    underlying_symbol: str | Unset = UNSET
    underlying_id: int | Unset = UNSET
    underlying_strike: Decimal | Unset = UNSET
    underlying_option_type: str | Unset = UNSET
    underlying_expiration_date: int | Unset = UNSET
    underlying_expiration_type: ExpirationType | int | Unset = UNSET
    broker_service_commission: Decimal | Unset = UNSET
    contingent_security_id: int | Unset = UNSET
    contingent_symbol: str | Unset = UNSET
    contingent_direction: str | Unset = UNSET
    contingent_price_type: str | Unset = UNSET
    contingent_threshold: str | Unset = UNSET
    locate_ref_id: str | Unset = UNSET
    reinvest_action: int | Unset = UNSET
    token: str | Unset = UNSET
    clearing_account: str | Unset = UNSET
    user_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    account_holder_name: str | Unset = UNSET
    legs: list[OrderLeg] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        security_id = self.security_id

        quantity = self.quantity

        price = self.price

        stop_price = self.stop_price

        executed_quantity = self.executed_quantity

        last_price = self.last_price

        last_quantity = self.last_quantity

        leaves_quantity = self.leaves_quantity

        average_price = self.average_price

        side: int | str
        if isinstance(self.side, OrderSide):
            side = self.side.value
        else:
            side = self.side

        date = self.date.isoformat()

        transaction_date = self.transaction_date.isoformat()

        sett_date = self.sett_date.isoformat()

        status: int | str
        if isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        execution_status: int | str
        if isinstance(self.execution_status, OrderStatus):
            execution_status = self.execution_status.value
        else:
            execution_status = self.execution_status

        type_: int | str
        if isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        request_status: int | str
        if isinstance(self.request_status, OrderRequestStatus):
            request_status = self.request_status.value
        else:
            request_status = self.request_status

        target: int | str
        if isinstance(self.target, OrderTarget):
            target = self.target.value
        else:
            target = self.target

        time_in_force: int | str
        if isinstance(self.time_in_force, OrderTimeInForce):
            time_in_force = self.time_in_force.value
        else:
            time_in_force = self.time_in_force

        exec_inst: int | str
        if isinstance(self.exec_inst, ExecutionInstruction):
            exec_inst = self.exec_inst.value
        else:
            exec_inst = self.exec_inst

        expire_date = self.expire_date.isoformat()

        account_id = self.account_id

        user_id = self.user_id

        request_id = self.request_id

        state_id = self.state_id

        parent_id = self.parent_id

        trailing_stop_amount_type: int | str
        if isinstance(self.trailing_stop_amount_type, TrailingAmountType):
            trailing_stop_amount_type = self.trailing_stop_amount_type.value
        else:
            trailing_stop_amount_type = self.trailing_stop_amount_type

        trailing_stop_amount = self.trailing_stop_amount

        trailing_limit_amount_type: int | str
        if isinstance(self.trailing_limit_amount_type, TrailingAmountType):
            trailing_limit_amount_type = self.trailing_limit_amount_type.value
        else:
            trailing_limit_amount_type = self.trailing_limit_amount_type

        trailing_limit_amount = self.trailing_limit_amount

        create_date = self.create_date.isoformat()

        initial_type: int | str
        if isinstance(self.initial_type, OrderType):
            initial_type = self.initial_type.value
        else:
            initial_type = self.initial_type

        is_external = self.is_external

        trans_type: int | str
        if isinstance(self.trans_type, ExecutionTransType):
            trans_type = self.trans_type.value
        else:
            trans_type = self.trans_type

        validations_to_bypass = self.validations_to_bypass

        parent_request_id = self.parent_request_id

        settlement_date = self.settlement_date.isoformat()

        client_id = self.client_id

        description = self.description

        comment = self.comment

        counter_party_order_id = self.counter_party_order_id

        exchange = self.exchange

        execution_venue = self.execution_venue

        exec_brocker = self.exec_brocker

        execution_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_instructions, Unset):
            execution_instructions = self.execution_instructions.to_dict()

        exec_id = self.exec_id

        symbol = self.symbol

        name = self.name

        currency = self.currency

        cusip = self.cusip

        security_type: int | str | Unset
        if isinstance(self.security_type, Unset):
            security_type = UNSET
        elif isinstance(self.security_type, SecurityTypeName):
            security_type = self.security_type.value
        else:
            security_type = self.security_type

        precision = self.precision

        volume_precision = self.volume_precision

        parent_client_id = self.parent_client_id

        orig_client_id = self.orig_client_id

        error_description_text = self.error_description_text

        exec_inst_num = self.exec_inst_num

        extended_hours = self.extended_hours

        last_market = self.last_market

        quantity_qualifier: int | str | Unset
        if isinstance(self.quantity_qualifier, Unset):
            quantity_qualifier = UNSET
        elif isinstance(self.quantity_qualifier, OrderQuantityQualifier):
            quantity_qualifier = self.quantity_qualifier.value
        else:
            quantity_qualifier = self.quantity_qualifier

        underlying_symbol = self.underlying_symbol

        underlying_id = self.underlying_id

        underlying_strike: Decimal | Unset = UNSET
        if not isinstance(self.underlying_strike, Unset):
            underlying_strike = self.underlying_strike

        underlying_option_type = self.underlying_option_type

        underlying_expiration_date = self.underlying_expiration_date

        underlying_expiration_type: int | str | Unset
        if isinstance(self.underlying_expiration_type, Unset):
            underlying_expiration_type = UNSET
        elif isinstance(self.underlying_expiration_type, ExpirationType):
            underlying_expiration_type = self.underlying_expiration_type.value
        else:
            underlying_expiration_type = self.underlying_expiration_type

        broker_service_commission: Decimal | Unset = UNSET
        if not isinstance(self.broker_service_commission, Unset):
            broker_service_commission = self.broker_service_commission

        contingent_security_id = self.contingent_security_id

        contingent_symbol = self.contingent_symbol

        contingent_direction = self.contingent_direction

        contingent_price_type = self.contingent_price_type

        contingent_threshold = self.contingent_threshold

        locate_ref_id = self.locate_ref_id

        reinvest_action = self.reinvest_action

        token = self.token

        clearing_account = self.clearing_account

        user_name = self.user_name

        account_name = self.account_name

        account_holder_name = self.account_holder_name

        legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legs, Unset):
            legs = []
            for legs_item_data in self.legs:
                legs_item = legs_item_data.to_dict()
                legs.append(legs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "SecurityId": security_id,
                "Quantity": quantity,
                "Price": price,
                "StopPrice": stop_price,
                "ExecutedQuantity": executed_quantity,
                "LastPrice": last_price,
                "LastQuantity": last_quantity,
                "LeavesQuantity": leaves_quantity,
                "AveragePrice": average_price,
                "Side": side,
                "Date": date,
                "TransactionDate": transaction_date,
                "SettDate": sett_date,
                "Status": status,
                "ExecutionStatus": execution_status,
                "Type": type_,
                "RequestStatus": request_status,
                "Target": target,
                "TimeInForce": time_in_force,
                "ExecInst": exec_inst,
                "ExpireDate": expire_date,
                "AccountId": account_id,
                "UserId": user_id,
                "RequestId": request_id,
                "StateId": state_id,
                "ParentId": parent_id,
                "TrailingStopAmountType": trailing_stop_amount_type,
                "TrailingStopAmount": trailing_stop_amount,
                "TrailingLimitAmountType": trailing_limit_amount_type,
                "TrailingLimitAmount": trailing_limit_amount,
                "CreateDate": create_date,
                "InitialType": initial_type,
                "IsExternal": is_external,
                "TransType": trans_type,
                "ValidationsToBypass": validations_to_bypass,
                "ParentRequestId": parent_request_id,
                "SettlementDate": settlement_date,
            }
        )
        if client_id is not UNSET:
            field_dict["ClientId"] = client_id
        if description is not UNSET:
            field_dict["Description"] = description
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if counter_party_order_id is not UNSET:
            field_dict["CounterPartyOrderId"] = counter_party_order_id
        if exchange is not UNSET:
            field_dict["Exchange"] = exchange
        if execution_venue is not UNSET:
            field_dict["ExecutionVenue"] = execution_venue
        if exec_brocker is not UNSET:
            field_dict["ExecBrocker"] = exec_brocker
        if execution_instructions is not UNSET:
            field_dict["ExecutionInstructions"] = execution_instructions
        if exec_id is not UNSET:
            field_dict["ExecId"] = exec_id
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol
        if name is not UNSET:
            field_dict["Name"] = name
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if cusip is not UNSET:
            field_dict["Cusip"] = cusip
        if security_type is not UNSET:
            field_dict["SecurityType"] = security_type
        if precision is not UNSET:
            field_dict["Precision"] = precision
        if volume_precision is not UNSET:
            field_dict["VolumePrecision"] = volume_precision
        if parent_client_id is not UNSET:
            field_dict["ParentClientId"] = parent_client_id
        if orig_client_id is not UNSET:
            field_dict["OrigClientId"] = orig_client_id
        if error_description_text is not UNSET:
            field_dict["ErrorDescriptionText"] = error_description_text
        if exec_inst_num is not UNSET:
            field_dict["ExecInstNum"] = exec_inst_num
        if extended_hours is not UNSET:
            field_dict["ExtendedHours"] = extended_hours
        if last_market is not UNSET:
            field_dict["LastMarket"] = last_market
        if quantity_qualifier is not UNSET:
            field_dict["QuantityQualifier"] = quantity_qualifier
        if underlying_symbol is not UNSET:
            field_dict["UnderlyingSymbol"] = underlying_symbol
        if underlying_id is not UNSET:
            field_dict["UnderlyingId"] = underlying_id
        if underlying_strike is not UNSET:
            field_dict["UnderlyingStrike"] = underlying_strike
        if underlying_option_type is not UNSET:
            field_dict["UnderlyingOptionType"] = underlying_option_type
        if underlying_expiration_date is not UNSET:
            field_dict["UnderlyingExpirationDate"] = underlying_expiration_date
        if underlying_expiration_type is not UNSET:
            field_dict["UnderlyingExpirationType"] = underlying_expiration_type
        if broker_service_commission is not UNSET:
            field_dict["BrokerServiceCommission"] = broker_service_commission
        if contingent_security_id is not UNSET:
            field_dict["ContingentSecurityId"] = contingent_security_id
        if contingent_symbol is not UNSET:
            field_dict["ContingentSymbol"] = contingent_symbol
        if contingent_direction is not UNSET:
            field_dict["ContingentDirection"] = contingent_direction
        if contingent_price_type is not UNSET:
            field_dict["ContingentPriceType"] = contingent_price_type
        if contingent_threshold is not UNSET:
            field_dict["ContingentThreshold"] = contingent_threshold
        if locate_ref_id is not UNSET:
            field_dict["LocateRefId"] = locate_ref_id
        if reinvest_action is not UNSET:
            field_dict["ReinvestAction"] = reinvest_action
        if token is not UNSET:
            field_dict["Token"] = token
        if clearing_account is not UNSET:
            field_dict["ClearingAccount"] = clearing_account
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if account_name is not UNSET:
            field_dict["AccountName"] = account_name
        if account_holder_name is not UNSET:
            field_dict["AccountHolderName"] = account_holder_name
        if legs is not UNSET:
            field_dict["Legs"] = legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_leg import OrderLeg  # noqa: PLC0415
        from ..models.order_leg_execution_instructions import OrderLegExecutionInstructions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        security_id = d.pop("SecurityId")

        quantity = exact_decimal(d.pop("Quantity"))

        price = exact_decimal(d.pop("Price"))

        stop_price = exact_decimal(d.pop("StopPrice"))

        executed_quantity = exact_decimal(d.pop("ExecutedQuantity"))

        last_price = exact_decimal(d.pop("LastPrice"))

        last_quantity = exact_decimal(d.pop("LastQuantity"))

        leaves_quantity = exact_decimal(d.pop("LeavesQuantity"))

        average_price = exact_decimal(d.pop("AveragePrice"))

        def _parse_side(data: object) -> int | OrderSide:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = OrderSide(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderSide, data)

        side = _parse_side(d.pop("Side"))

        date = datetime.datetime.fromisoformat(d.pop("Date"))

        transaction_date = datetime.datetime.fromisoformat(d.pop("TransactionDate"))

        sett_date = datetime.datetime.fromisoformat(d.pop("SettDate"))

        def _parse_status(data: object) -> int | OrderStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderStatus, data)

        status = _parse_status(d.pop("Status"))

        def _parse_execution_status(data: object) -> int | OrderStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_status_type_0 = OrderStatus(data)

                return execution_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderStatus, data)

        execution_status = _parse_execution_status(d.pop("ExecutionStatus"))

        def _parse_type_(data: object) -> int | OrderType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OrderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderType, data)

        type_ = _parse_type_(d.pop("Type"))

        def _parse_request_status(data: object) -> int | OrderRequestStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_status_type_0 = OrderRequestStatus(data)

                return request_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderRequestStatus, data)

        request_status = _parse_request_status(d.pop("RequestStatus"))

        def _parse_target(data: object) -> int | OrderTarget:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_0 = OrderTarget(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderTarget, data)

        target = _parse_target(d.pop("Target"))

        def _parse_time_in_force(data: object) -> int | OrderTimeInForce:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_in_force_type_0 = OrderTimeInForce(data)

                return time_in_force_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderTimeInForce, data)

        time_in_force = _parse_time_in_force(d.pop("TimeInForce"))

        def _parse_exec_inst(data: object) -> ExecutionInstruction | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exec_inst_type_0 = ExecutionInstruction(data)

                return exec_inst_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionInstruction | int, data)

        exec_inst = _parse_exec_inst(d.pop("ExecInst"))

        expire_date = datetime.datetime.fromisoformat(d.pop("ExpireDate"))

        account_id = d.pop("AccountId")

        user_id = d.pop("UserId")

        request_id = d.pop("RequestId")

        state_id = d.pop("StateId")

        parent_id = d.pop("ParentId")

        def _parse_trailing_stop_amount_type(data: object) -> int | TrailingAmountType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trailing_stop_amount_type_type_0 = TrailingAmountType(data)

                return trailing_stop_amount_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | TrailingAmountType, data)

        trailing_stop_amount_type = _parse_trailing_stop_amount_type(d.pop("TrailingStopAmountType"))

        trailing_stop_amount = exact_decimal(d.pop("TrailingStopAmount"))

        def _parse_trailing_limit_amount_type(data: object) -> int | TrailingAmountType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trailing_limit_amount_type_type_0 = TrailingAmountType(data)

                return trailing_limit_amount_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | TrailingAmountType, data)

        trailing_limit_amount_type = _parse_trailing_limit_amount_type(d.pop("TrailingLimitAmountType"))

        trailing_limit_amount = exact_decimal(d.pop("TrailingLimitAmount"))

        create_date = datetime.datetime.fromisoformat(d.pop("CreateDate"))

        def _parse_initial_type(data: object) -> int | OrderType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_type_type_0 = OrderType(data)

                return initial_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderType, data)

        initial_type = _parse_initial_type(d.pop("InitialType"))

        is_external = d.pop("IsExternal")

        def _parse_trans_type(data: object) -> ExecutionTransType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trans_type_type_0 = ExecutionTransType(data)

                return trans_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionTransType | int, data)

        trans_type = _parse_trans_type(d.pop("TransType"))

        validations_to_bypass = d.pop("ValidationsToBypass")

        parent_request_id = d.pop("ParentRequestId")

        settlement_date = datetime.datetime.fromisoformat(d.pop("SettlementDate"))

        client_id = d.pop("ClientId", UNSET)

        description = d.pop("Description", UNSET)

        comment = d.pop("Comment", UNSET)

        counter_party_order_id = d.pop("CounterPartyOrderId", UNSET)

        exchange = d.pop("Exchange", UNSET)

        execution_venue = d.pop("ExecutionVenue", UNSET)

        exec_brocker = d.pop("ExecBrocker", UNSET)

        _execution_instructions = d.pop("ExecutionInstructions", UNSET)
        execution_instructions: OrderLegExecutionInstructions | Unset
        if isinstance(_execution_instructions, Unset):
            execution_instructions = UNSET
        else:
            execution_instructions = OrderLegExecutionInstructions.from_dict(_execution_instructions)

        exec_id = d.pop("ExecId", UNSET)

        symbol = d.pop("Symbol", UNSET)

        name = d.pop("Name", UNSET)

        currency = d.pop("Currency", UNSET)

        cusip = d.pop("Cusip", UNSET)

        def _parse_security_type(data: object) -> int | SecurityTypeName | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                security_type_type_0 = SecurityTypeName(data)

                return security_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | SecurityTypeName | Unset, data)

        security_type = _parse_security_type(d.pop("SecurityType", UNSET))

        precision = d.pop("Precision", UNSET)

        volume_precision = d.pop("VolumePrecision", UNSET)

        parent_client_id = d.pop("ParentClientId", UNSET)

        orig_client_id = d.pop("OrigClientId", UNSET)

        error_description_text = d.pop("ErrorDescriptionText", UNSET)

        exec_inst_num = d.pop("ExecInstNum", UNSET)

        extended_hours = d.pop("ExtendedHours", UNSET)

        last_market = d.pop("LastMarket", UNSET)

        def _parse_quantity_qualifier(data: object) -> int | OrderQuantityQualifier | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantity_qualifier_type_0 = OrderQuantityQualifier(data)

                return quantity_qualifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OrderQuantityQualifier | Unset, data)

        quantity_qualifier = _parse_quantity_qualifier(d.pop("QuantityQualifier", UNSET))

        underlying_symbol = d.pop("UnderlyingSymbol", UNSET)

        underlying_id = d.pop("UnderlyingId", UNSET)

        _underlying_strike = d.pop("UnderlyingStrike", UNSET)
        underlying_strike: Decimal | Unset
        if isinstance(_underlying_strike, Unset):
            underlying_strike = UNSET
        else:
            underlying_strike = exact_decimal(_underlying_strike)

        underlying_option_type = d.pop("UnderlyingOptionType", UNSET)

        underlying_expiration_date = d.pop("UnderlyingExpirationDate", UNSET)

        def _parse_underlying_expiration_type(data: object) -> ExpirationType | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_expiration_type_type_0 = ExpirationType(data)

                return underlying_expiration_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpirationType | int | Unset, data)

        underlying_expiration_type = _parse_underlying_expiration_type(d.pop("UnderlyingExpirationType", UNSET))

        _broker_service_commission = d.pop("BrokerServiceCommission", UNSET)
        broker_service_commission: Decimal | Unset
        if isinstance(_broker_service_commission, Unset):
            broker_service_commission = UNSET
        else:
            broker_service_commission = exact_decimal(_broker_service_commission)

        contingent_security_id = d.pop("ContingentSecurityId", UNSET)

        contingent_symbol = d.pop("ContingentSymbol", UNSET)

        contingent_direction = d.pop("ContingentDirection", UNSET)

        contingent_price_type = d.pop("ContingentPriceType", UNSET)

        contingent_threshold = d.pop("ContingentThreshold", UNSET)

        locate_ref_id = d.pop("LocateRefId", UNSET)

        reinvest_action = d.pop("ReinvestAction", UNSET)

        token = d.pop("Token", UNSET)

        clearing_account = d.pop("ClearingAccount", UNSET)

        user_name = d.pop("UserName", UNSET)

        account_name = d.pop("AccountName", UNSET)

        account_holder_name = d.pop("AccountHolderName", UNSET)

        _legs = d.pop("Legs", UNSET)
        legs: list[OrderLeg] | Unset = UNSET
        if _legs is not UNSET:
            legs = []
            for legs_item_data in _legs:
                legs_item = OrderLeg.from_dict(legs_item_data)

                legs.append(legs_item)

        order = cls(
            id=id,
            security_id=security_id,
            quantity=quantity,
            price=price,
            stop_price=stop_price,
            executed_quantity=executed_quantity,
            last_price=last_price,
            last_quantity=last_quantity,
            leaves_quantity=leaves_quantity,
            average_price=average_price,
            side=side,
            date=date,
            transaction_date=transaction_date,
            sett_date=sett_date,
            status=status,
            execution_status=execution_status,
            type_=type_,
            request_status=request_status,
            target=target,
            time_in_force=time_in_force,
            exec_inst=exec_inst,
            expire_date=expire_date,
            account_id=account_id,
            user_id=user_id,
            request_id=request_id,
            state_id=state_id,
            parent_id=parent_id,
            trailing_stop_amount_type=trailing_stop_amount_type,
            trailing_stop_amount=trailing_stop_amount,
            trailing_limit_amount_type=trailing_limit_amount_type,
            trailing_limit_amount=trailing_limit_amount,
            create_date=create_date,
            initial_type=initial_type,
            is_external=is_external,
            trans_type=trans_type,
            validations_to_bypass=validations_to_bypass,
            parent_request_id=parent_request_id,
            settlement_date=settlement_date,
            client_id=client_id,
            description=description,
            comment=comment,
            counter_party_order_id=counter_party_order_id,
            exchange=exchange,
            execution_venue=execution_venue,
            exec_brocker=exec_brocker,
            execution_instructions=execution_instructions,
            exec_id=exec_id,
            symbol=symbol,
            name=name,
            currency=currency,
            cusip=cusip,
            security_type=security_type,
            precision=precision,
            volume_precision=volume_precision,
            parent_client_id=parent_client_id,
            orig_client_id=orig_client_id,
            error_description_text=error_description_text,
            exec_inst_num=exec_inst_num,
            extended_hours=extended_hours,
            last_market=last_market,
            quantity_qualifier=quantity_qualifier,
            underlying_symbol=underlying_symbol,
            underlying_id=underlying_id,
            underlying_strike=underlying_strike,
            underlying_option_type=underlying_option_type,
            underlying_expiration_date=underlying_expiration_date,
            underlying_expiration_type=underlying_expiration_type,
            broker_service_commission=broker_service_commission,
            contingent_security_id=contingent_security_id,
            contingent_symbol=contingent_symbol,
            contingent_direction=contingent_direction,
            contingent_price_type=contingent_price_type,
            contingent_threshold=contingent_threshold,
            locate_ref_id=locate_ref_id,
            reinvest_action=reinvest_action,
            token=token,
            clearing_account=clearing_account,
            user_name=user_name,
            account_name=account_name,
            account_holder_name=account_holder_name,
            legs=legs,
        )

        order.additional_properties = d
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
