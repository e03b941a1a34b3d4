from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expiration_type import ExpirationType
from ..models.security_type_name import SecurityTypeName
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.order_details_leg_execution_instructions import OrderDetailsLegExecutionInstructions


T = TypeVar("T", bound="OrderDetailsLeg")


@_attrs_define
class OrderDetailsLeg:
    """An order's state without the request fields (swagger-2026's `OrderItem`): the shape of
    `OrderDetails.Legs`, and the base of `OrderDetails`. Everything is optional: no example exists
    anywhere, and swagger-2026 marks nothing required. Unlike the orders list, the enums are
    plain text here and the dates integers (unit undocumented; the mock sends milliseconds since
    the Unix epoch, as ETNA's `UnderlyingExpirationDate` of positions is). swagger-2026 also gives
    a leg `Legs` of its own; legs of legs are not described.

        Attributes:
            id (int | Unset): The order's (or leg's) id.
            exec_inst (int | Unset): Execution instruction as a number (`0` none).
            security_id (int | Unset): ETNA's internal security id.
            last_price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            symbol (str | Unset): Ticker.
            status (str | Unset): Order status at this state, as text (`New`, `PartiallyFilled`, `Filled`, `Canceled`, …;
                the names of `OrderStatus`).
            create_date (int | Unset): When the order was created, an integer (the mock: milliseconds since the Unix epoch;
                the unit is undocumented).
            date (int | Unset): When this state was recorded (same unit).
            transaction_date (int | Unset): Time of the state's transaction (same unit).
            expire_date (int | Unset): When the order expires (same unit); `0` when not set.
            extended_hours (str | Unset): Extended session requested; empty for none.
            exchange (str | Unset): Desired exchange, e.g. `Auto`.
            currency (str | Unset): Currency of the security.
            time_in_force (str | Unset): Time in force, as text (the names of `OrderTimeInForce`).
            price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stop_price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            type_ (str | Unset): Order type, as text (the names of `OrderType`).
            initial_type (str | Unset): Order type at creation, as text.
            quantity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            transaction_date_text (str | Unset): `TransactionDate` as display text.
            side (str | Unset): Side, as text (the names of `OrderSide`).
            parent_id (int | Unset): The parent order; `-1` for none.
            security_type (int | SecurityTypeName | Unset): Kind of security.
            name (str | Unset): Security name.
            underlying_symbol (str | Unset): Underlying ticker of an option.
            underlying_id (int | Unset): Security id of the underlying.
            underlying_strike (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            underlying_option_type (str | Unset): Put or call.
            underlying_expiration_date (int | Unset): Expiration of the option (same unit as the dates).
            underlying_expiration_type (ExpirationType | int | Unset): Expiration cycle of the option.
            average_price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            executed_quantity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            leaves_quantity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            trailing_stop_amount_type (str | Unset): Unit of `TrailingStopAmount`, as text.
            trailing_stop_amount (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            trailing_limit_amount_type (str | Unset): Unit of `TrailingLimitAmount`, as text.
            trailing_limit_amount (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            reject_reason (str | Unset): Why the order was rejected.
            execution_venue (str | Unset): Executor the order was routed to.
            volume_precision (int | Unset): Decimal places allowed in quantities.
            comment (str | Unset): The client's comment.
            signal_strategy_name (str | Unset): Signal strategy that placed the order.
            execution_rule_name (str | Unset): Execution rule applied.
            contingent_direction (str | Unset): Direction of a contingent trigger.
            contingent_price_type (str | Unset): Price a contingent trigger watches.
            contingent_threshold (str | Unset): Trigger threshold, as text.
            contingent_security_id (int | Unset): Security whose price triggers a contingent order.
            contingent_symbol (str | Unset): Ticker of the contingent security.
            state_id (int | Unset): This state's id: the `OrderStateId` of the ledger's transactions.
            request_id (int | Unset): The request this state answers.
            broker_service_commission (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            locate_ref_id (str | Unset): Reference of the share locate of a short sale.
            quantity_qualifier (str | Unset): What `Quantity` counts, as text.
            reinvest_action (int | Unset): Dividend reinvestment action code.
            execution_instructions (OrderDetailsLegExecutionInstructions | Unset): Algorithm instructions, name → value.
    """

    id: int | Unset = UNSET
    exec_inst: int | Unset = UNSET
    security_id: int | Unset = UNSET
    last_price: Decimal | Unset = UNSET
    symbol: str | Unset = UNSET
    status: str | Unset = UNSET
    create_date: int | Unset = UNSET
    date: int | Unset = UNSET
    transaction_date: int | Unset = UNSET
    expire_date: int | Unset = UNSET
    extended_hours: str | Unset = UNSET
    exchange: str | Unset = UNSET
    currency: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    type_: str | Unset = UNSET
    initial_type: str | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    transaction_date_text: str | Unset = UNSET
    side: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    security_type: int | SecurityTypeName | Unset = UNSET
    name: str | Unset = UNSET
    underlying_symbol: str | Unset = UNSET
    underlying_id: int | Unset = UNSET
    underlying_strike: Decimal | Unset = UNSET
    underlying_option_type: str | Unset = UNSET
    underlying_expiration_date: int | Unset = UNSET
    underlying_expiration_type: ExpirationType | int | Unset = UNSET
    average_price: Decimal | Unset = UNSET
    executed_quantity: Decimal | Unset = UNSET
    leaves_quantity: Decimal | Unset = UNSET
    trailing_stop_amount_type: str | Unset = UNSET
    trailing_stop_amount: Decimal | Unset = UNSET
    trailing_limit_amount_type: str | Unset = UNSET
    trailing_limit_amount: Decimal | Unset = UNSET
    reject_reason: str | Unset = UNSET
    execution_venue: str | Unset = UNSET
    volume_precision: int | Unset = UNSET
    comment: str | Unset = UNSET
    signal_strategy_name: str | Unset = UNSET
    execution_rule_name: str | Unset = UNSET
    contingent_direction: str | Unset = UNSET
    contingent_price_type: str | Unset = UNSET
    contingent_threshold: str | Unset = UNSET
    contingent_security_id: int | Unset = UNSET
    contingent_symbol: str | Unset = UNSET
    state_id: int | Unset = UNSET
    request_id: int | Unset = UNSET
    broker_service_commission: Decimal | Unset = UNSET
    locate_ref_id: str | Unset = UNSET
    quantity_qualifier: str | Unset = UNSET
    reinvest_action: int | Unset = UNSET
    execution_instructions: OrderDetailsLegExecutionInstructions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        exec_inst = self.exec_inst

        security_id = self.security_id

        last_price: Decimal | Unset = UNSET
        if not isinstance(self.last_price, Unset):
            last_price = self.last_price

        symbol = self.symbol

        status = self.status

        create_date = self.create_date

        date = self.date

        transaction_date = self.transaction_date

        expire_date = self.expire_date

        extended_hours = self.extended_hours

        exchange = self.exchange

        currency = self.currency

        time_in_force = self.time_in_force

        price: Decimal | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price

        stop_price: Decimal | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = self.stop_price

        type_ = self.type_

        initial_type = self.initial_type

        quantity: Decimal | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity

        transaction_date_text = self.transaction_date_text

        side = self.side

        parent_id = self.parent_id

        security_type: int | str | Unset
        if isinstance(self.security_type, Unset):
            security_type = UNSET
        elif isinstance(self.security_type, SecurityTypeName):
            security_type = self.security_type.value
        else:
            security_type = self.security_type

        name = self.name

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

        average_price: Decimal | Unset = UNSET
        if not isinstance(self.average_price, Unset):
            average_price = self.average_price

        executed_quantity: Decimal | Unset = UNSET
        if not isinstance(self.executed_quantity, Unset):
            executed_quantity = self.executed_quantity

        leaves_quantity: Decimal | Unset = UNSET
        if not isinstance(self.leaves_quantity, Unset):
            leaves_quantity = self.leaves_quantity

        trailing_stop_amount_type = self.trailing_stop_amount_type

        trailing_stop_amount: Decimal | Unset = UNSET
        if not isinstance(self.trailing_stop_amount, Unset):
            trailing_stop_amount = self.trailing_stop_amount

        trailing_limit_amount_type = self.trailing_limit_amount_type

        trailing_limit_amount: Decimal | Unset = UNSET
        if not isinstance(self.trailing_limit_amount, Unset):
            trailing_limit_amount = self.trailing_limit_amount

        reject_reason = self.reject_reason

        execution_venue = self.execution_venue

        volume_precision = self.volume_precision

        comment = self.comment

        signal_strategy_name = self.signal_strategy_name

        execution_rule_name = self.execution_rule_name

        contingent_direction = self.contingent_direction

        contingent_price_type = self.contingent_price_type

        contingent_threshold = self.contingent_threshold

        contingent_security_id = self.contingent_security_id

        contingent_symbol = self.contingent_symbol

        state_id = self.state_id

        request_id = self.request_id

        broker_service_commission: Decimal | Unset = UNSET
        if not isinstance(self.broker_service_commission, Unset):
            broker_service_commission = self.broker_service_commission

        locate_ref_id = self.locate_ref_id

        quantity_qualifier = self.quantity_qualifier

        reinvest_action = self.reinvest_action

        execution_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_instructions, Unset):
            execution_instructions = self.execution_instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if exec_inst is not UNSET:
            field_dict["ExecInst"] = exec_inst
        if security_id is not UNSET:
            field_dict["SecurityId"] = security_id
        if last_price is not UNSET:
            field_dict["LastPrice"] = last_price
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol
        if status is not UNSET:
            field_dict["Status"] = status
        if create_date is not UNSET:
            field_dict["CreateDate"] = create_date
        if date is not UNSET:
            field_dict["Date"] = date
        if transaction_date is not UNSET:
            field_dict["TransactionDate"] = transaction_date
        if expire_date is not UNSET:
            field_dict["ExpireDate"] = expire_date
        if extended_hours is not UNSET:
            field_dict["ExtendedHours"] = extended_hours
        if exchange is not UNSET:
            field_dict["Exchange"] = exchange
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if time_in_force is not UNSET:
            field_dict["TimeInForce"] = time_in_force
        if price is not UNSET:
            field_dict["Price"] = price
        if stop_price is not UNSET:
            field_dict["StopPrice"] = stop_price
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if initial_type is not UNSET:
            field_dict["InitialType"] = initial_type
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if transaction_date_text is not UNSET:
            field_dict["TransactionDateText"] = transaction_date_text
        if side is not UNSET:
            field_dict["Side"] = side
        if parent_id is not UNSET:
            field_dict["ParentId"] = parent_id
        if security_type is not UNSET:
            field_dict["SecurityType"] = security_type
        if name is not UNSET:
            field_dict["Name"] = name
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
        if average_price is not UNSET:
            field_dict["AveragePrice"] = average_price
        if executed_quantity is not UNSET:
            field_dict["ExecutedQuantity"] = executed_quantity
        if leaves_quantity is not UNSET:
            field_dict["LeavesQuantity"] = leaves_quantity
        if trailing_stop_amount_type is not UNSET:
            field_dict["TrailingStopAmountType"] = trailing_stop_amount_type
        if trailing_stop_amount is not UNSET:
            field_dict["TrailingStopAmount"] = trailing_stop_amount
        if trailing_limit_amount_type is not UNSET:
            field_dict["TrailingLimitAmountType"] = trailing_limit_amount_type
        if trailing_limit_amount is not UNSET:
            field_dict["TrailingLimitAmount"] = trailing_limit_amount
        if reject_reason is not UNSET:
            field_dict["RejectReason"] = reject_reason
        if execution_venue is not UNSET:
            field_dict["ExecutionVenue"] = execution_venue
        if volume_precision is not UNSET:
            field_dict["VolumePrecision"] = volume_precision
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if signal_strategy_name is not UNSET:
            field_dict["SignalStrategyName"] = signal_strategy_name
        if execution_rule_name is not UNSET:
            field_dict["ExecutionRuleName"] = execution_rule_name
        if contingent_direction is not UNSET:
            field_dict["ContingentDirection"] = contingent_direction
        if contingent_price_type is not UNSET:
            field_dict["ContingentPriceType"] = contingent_price_type
        if contingent_threshold is not UNSET:
            field_dict["ContingentThreshold"] = contingent_threshold
        if contingent_security_id is not UNSET:
            field_dict["ContingentSecurityId"] = contingent_security_id
        if contingent_symbol is not UNSET:
            field_dict["ContingentSymbol"] = contingent_symbol
        if state_id is not UNSET:
            field_dict["StateId"] = state_id
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if broker_service_commission is not UNSET:
            field_dict["BrokerServiceCommission"] = broker_service_commission
        if locate_ref_id is not UNSET:
            field_dict["LocateRefId"] = locate_ref_id
        if quantity_qualifier is not UNSET:
            field_dict["QuantityQualifier"] = quantity_qualifier
        if reinvest_action is not UNSET:
            field_dict["ReinvestAction"] = reinvest_action
        if execution_instructions is not UNSET:
            field_dict["ExecutionInstructions"] = execution_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_details_leg_execution_instructions import OrderDetailsLegExecutionInstructions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        exec_inst = d.pop("ExecInst", UNSET)

        security_id = d.pop("SecurityId", UNSET)

        _last_price = d.pop("LastPrice", UNSET)
        last_price: Decimal | Unset
        if isinstance(_last_price, Unset):
            last_price = UNSET
        else:
            last_price = exact_decimal(_last_price)

        symbol = d.pop("Symbol", UNSET)

        status = d.pop("Status", UNSET)

        create_date = d.pop("CreateDate", UNSET)

        date = d.pop("Date", UNSET)

        transaction_date = d.pop("TransactionDate", UNSET)

        expire_date = d.pop("ExpireDate", UNSET)

        extended_hours = d.pop("ExtendedHours", UNSET)

        exchange = d.pop("Exchange", UNSET)

        currency = d.pop("Currency", UNSET)

        time_in_force = d.pop("TimeInForce", UNSET)

        _price = d.pop("Price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = exact_decimal(_price)

        _stop_price = d.pop("StopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = exact_decimal(_stop_price)

        type_ = d.pop("Type", UNSET)

        initial_type = d.pop("InitialType", UNSET)

        _quantity = d.pop("Quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = exact_decimal(_quantity)

        transaction_date_text = d.pop("TransactionDateText", UNSET)

        side = d.pop("Side", UNSET)

        parent_id = d.pop("ParentId", UNSET)

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

        name = d.pop("Name", UNSET)

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

        _average_price = d.pop("AveragePrice", UNSET)
        average_price: Decimal | Unset
        if isinstance(_average_price, Unset):
            average_price = UNSET
        else:
            average_price = exact_decimal(_average_price)

        _executed_quantity = d.pop("ExecutedQuantity", UNSET)
        executed_quantity: Decimal | Unset
        if isinstance(_executed_quantity, Unset):
            executed_quantity = UNSET
        else:
            executed_quantity = exact_decimal(_executed_quantity)

        _leaves_quantity = d.pop("LeavesQuantity", UNSET)
        leaves_quantity: Decimal | Unset
        if isinstance(_leaves_quantity, Unset):
            leaves_quantity = UNSET
        else:
            leaves_quantity = exact_decimal(_leaves_quantity)

        trailing_stop_amount_type = d.pop("TrailingStopAmountType", UNSET)

        _trailing_stop_amount = d.pop("TrailingStopAmount", UNSET)
        trailing_stop_amount: Decimal | Unset
        if isinstance(_trailing_stop_amount, Unset):
            trailing_stop_amount = UNSET
        else:
            trailing_stop_amount = exact_decimal(_trailing_stop_amount)

        trailing_limit_amount_type = d.pop("TrailingLimitAmountType", UNSET)

        _trailing_limit_amount = d.pop("TrailingLimitAmount", UNSET)
        trailing_limit_amount: Decimal | Unset
        if isinstance(_trailing_limit_amount, Unset):
            trailing_limit_amount = UNSET
        else:
            trailing_limit_amount = exact_decimal(_trailing_limit_amount)

        reject_reason = d.pop("RejectReason", UNSET)

        execution_venue = d.pop("ExecutionVenue", UNSET)

        volume_precision = d.pop("VolumePrecision", UNSET)

        comment = d.pop("Comment", UNSET)

        signal_strategy_name = d.pop("SignalStrategyName", UNSET)

        execution_rule_name = d.pop("ExecutionRuleName", UNSET)

        contingent_direction = d.pop("ContingentDirection", UNSET)

        contingent_price_type = d.pop("ContingentPriceType", UNSET)

        contingent_threshold = d.pop("ContingentThreshold", UNSET)

        contingent_security_id = d.pop("ContingentSecurityId", UNSET)

        contingent_symbol = d.pop("ContingentSymbol", UNSET)

        state_id = d.pop("StateId", UNSET)

        request_id = d.pop("RequestId", UNSET)

        _broker_service_commission = d.pop("BrokerServiceCommission", UNSET)
        broker_service_commission: Decimal | Unset
        if isinstance(_broker_service_commission, Unset):
            broker_service_commission = UNSET
        else:
            broker_service_commission = exact_decimal(_broker_service_commission)

        locate_ref_id = d.pop("LocateRefId", UNSET)

        quantity_qualifier = d.pop("QuantityQualifier", UNSET)

        reinvest_action = d.pop("ReinvestAction", UNSET)

        _execution_instructions = d.pop("ExecutionInstructions", UNSET)
        execution_instructions: OrderDetailsLegExecutionInstructions | Unset
        if isinstance(_execution_instructions, Unset):
            execution_instructions = UNSET
        else:
            execution_instructions = OrderDetailsLegExecutionInstructions.from_dict(_execution_instructions)

        order_details_leg = cls(
            id=id,
            exec_inst=exec_inst,
            security_id=security_id,
            last_price=last_price,
            symbol=symbol,
            status=status,
            create_date=create_date,
            date=date,
            transaction_date=transaction_date,
            expire_date=expire_date,
            extended_hours=extended_hours,
            exchange=exchange,
            currency=currency,
            time_in_force=time_in_force,
            price=price,
            stop_price=stop_price,
            type_=type_,
            initial_type=initial_type,
            quantity=quantity,
            transaction_date_text=transaction_date_text,
            side=side,
            parent_id=parent_id,
            security_type=security_type,
            name=name,
            underlying_symbol=underlying_symbol,
            underlying_id=underlying_id,
            underlying_strike=underlying_strike,
            underlying_option_type=underlying_option_type,
            underlying_expiration_date=underlying_expiration_date,
            underlying_expiration_type=underlying_expiration_type,
            average_price=average_price,
            executed_quantity=executed_quantity,
            leaves_quantity=leaves_quantity,
            trailing_stop_amount_type=trailing_stop_amount_type,
            trailing_stop_amount=trailing_stop_amount,
            trailing_limit_amount_type=trailing_limit_amount_type,
            trailing_limit_amount=trailing_limit_amount,
            reject_reason=reject_reason,
            execution_venue=execution_venue,
            volume_precision=volume_precision,
            comment=comment,
            signal_strategy_name=signal_strategy_name,
            execution_rule_name=execution_rule_name,
            contingent_direction=contingent_direction,
            contingent_price_type=contingent_price_type,
            contingent_threshold=contingent_threshold,
            contingent_security_id=contingent_security_id,
            contingent_symbol=contingent_symbol,
            state_id=state_id,
            request_id=request_id,
            broker_service_commission=broker_service_commission,
            locate_ref_id=locate_ref_id,
            quantity_qualifier=quantity_qualifier,
            reinvest_action=reinvest_action,
            execution_instructions=execution_instructions,
        )

        order_details_leg.additional_properties = d
        return order_details_leg

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
