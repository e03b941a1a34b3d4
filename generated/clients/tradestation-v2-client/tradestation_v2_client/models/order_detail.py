from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_type_enum import AssetTypeEnum
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.market_activation_rule import MarketActivationRule
    from ..models.order_leg import OrderLeg
    from ..models.time_activation_rule import TimeActivationRule
    from ..models.trailing_stop_offset import TrailingStopOffset


T = TypeVar("T", bound="OrderDetail")


@_attrs_define
class OrderDetail:
    """An order.

    Attributes:
        account_id (str): The account, by name.
        asset_type (AssetTypeEnum): Asset class: `EQ` equity, `OP` option, `FU` future, `FX` forex. The Swagger's
            position
            enum spells options and futures `Op` and `Fu`; both spellings are accepted.
        commission_fee (Decimal | None): Commission paid.
        conversion_rate (Decimal | None): Rate from the symbol's currency to the account's (`0` in the docs example).
        duration (None | str): Time in force, e.g. `DAY`, `DAY+`, `GTC`.
        execute_quantity (Decimal | None): Quantity executed.
        legs (list[OrderLeg]): The order's legs (one for a single-symbol order).
        order_id (int): The order's identifier.
        originator (int): Identifier of the user or account that placed the order.
        quantity (Decimal | None): Quantity ordered.
        quantity_left (Decimal | None): Quantity not filled.
        routing (None | str): Route chosen when placing the order, e.g. `Intelligent`.
        status (OrderStatus): Order state. Open: `OPN` (entered), `ACK` (acknowledged), `UCN` (cancel requested), `DON`
            (queued). Filled: `FLL`, `FLP` (partial fill, rest cancelled); `FPR` partial fill still
            working. Cancelled `OUT`, exchange-cancelled `CAN`, rejected `REJ`, `TSC` (trade-server
            cancel), expired `EXP`, broken `BRO`, too late `LAT`; and the object page's `BRC CHG CND COR
            DIS DOA ECN OSO REC RJC RJR SCN STP STT UCH`. The Swagger's status list spells expired `Exp`
            (notes §A.4); both casings are accepted. `ASS BRF EXE OTHER PLA RPD RSN SUS` are not in the v2
            sources: they are the rest of the status list of TradeStation's v3 historical orders (notes
            §B.5), which reports the same order system, and are accepted so that a v2 client does not fail
            on them.
        symbol (None | str): The order's symbol.
        time_stamp (int | None | str): When the order was placed, UTC, e.g. `8/3/2011 2:40:42 PM`. A display string, or
            epoch time as an integer (see "Timestamps" in the contract's description).
        type_ (None | str): The action, e.g. `Buy`, `Sell`, `Buy to Cover`, `Sell Short` (Swagger) or `Buy to Open`,
            `Sell to Close` (docs). The docs' spellings vary, so this is text, not an enum.
        advanced_options (None | str | Unset): Advanced rules of the order (activation rule, all or none, trailing stop,
            show only…); blank when none.
        alias (None | str | Unset): The account's alias.
        contract_expire_date (int | None | str | Unset): Expiration of an option or future; blank otherwise. A display
            string, or epoch time as an integer (see "Timestamps" in the contract's description).
        cost_basis_calculation (None | str | Unset): `FSA` for Japanese margin accounts, otherwise `None`.
        country (None | str | Unset): Country of the symbol; null in the docs example.
        denomination (None | str | Unset): Currency of the order; may be blank.
        display_name (None | str | Unset): The account's display name.
        display_type (int | Unset): Decimal places to display prices with.
        filled_canceled (int | None | str | Unset): When the order was filled, cancelled or rejected; blank while open.
            A display string, or epoch time as an integer (see "Timestamps" in the contract's description).
        filled_price (Decimal | None | Unset): Average fill price.
        filled_price_text (None | str | Unset): `FilledPrice` as text.
        group_name (None | str | Unset): Identifies the orders of one bracket; blank otherwise.
        limit_price (Decimal | None | Unset): Limit price of limit and stop-limit orders.
        limit_price_text (None | str | Unset): `LimitPrice` as text.
        market_activation_rules (list[MarketActivationRule] | Unset): Price conditions before the order is sent.
        min_move (Decimal | None | Unset): Minimum price increment factor (see the vendor's definition).
        realized_expenses (Decimal | None | Unset): Interest and commissions of closing orders in Japanese FSA margin
            accounts.
        reject_reason (None | str | Unset): Why the order was rejected.
        show_only_quantity (Decimal | None | Unset): Quantity shown to the market when the true size is hidden.
        spread (None | str | Unset): Spread type of an option order; blank otherwise.
        status_description (None | str | Unset): The text of `Status`. Swagger era only.
        stop_price (Decimal | None | Unset): Stop price of stop orders.
        stop_price_text (None | str | Unset): `StopPrice` as text.
        time_activation_rules (list[TimeActivationRule] | Unset): Times before which the order is not sent.
        trailing_stop (TrailingStopOffset | Unset): Offset of a trailing stop, as an amount or a percentage (not both).
        triggered_by (None | str | Unset): What triggered a stop order; blank otherwise.
        unbundled_route_fee (Decimal | None | Unset): Routing fee charged separately, when there is one.
    """

    account_id: str
    asset_type: AssetTypeEnum
    commission_fee: Decimal | None
    conversion_rate: Decimal | None
    duration: None | str
    execute_quantity: Decimal | None
    legs: list[OrderLeg]
    order_id: int
    originator: int
    quantity: Decimal | None
    quantity_left: Decimal | None
    routing: None | str
    status: OrderStatus
    symbol: None | str
    time_stamp: int | None | str
    type_: None | str
    advanced_options: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    contract_expire_date: int | None | str | Unset = UNSET
    cost_basis_calculation: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    denomination: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    display_type: int | Unset = UNSET
    filled_canceled: int | None | str | Unset = UNSET
    filled_price: Decimal | None | Unset = UNSET
    filled_price_text: None | str | Unset = UNSET
    group_name: None | str | Unset = UNSET
    limit_price: Decimal | None | Unset = UNSET
    limit_price_text: None | str | Unset = UNSET
    market_activation_rules: list[MarketActivationRule] | Unset = UNSET
    min_move: Decimal | None | Unset = UNSET
    realized_expenses: Decimal | None | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    show_only_quantity: Decimal | None | Unset = UNSET
    spread: None | str | Unset = UNSET
    status_description: None | str | Unset = UNSET
    stop_price: Decimal | None | Unset = UNSET
    stop_price_text: None | str | Unset = UNSET
    time_activation_rules: list[TimeActivationRule] | Unset = UNSET
    trailing_stop: TrailingStopOffset | Unset = UNSET
    triggered_by: None | str | Unset = UNSET
    unbundled_route_fee: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        asset_type = self.asset_type.value

        commission_fee: Decimal | None
        if isinstance(self.commission_fee, Decimal):
            commission_fee = self.commission_fee
        else:
            commission_fee = self.commission_fee

        conversion_rate: Decimal | None
        if isinstance(self.conversion_rate, Decimal):
            conversion_rate = self.conversion_rate
        else:
            conversion_rate = self.conversion_rate

        duration: None | str
        duration = self.duration

        execute_quantity: Decimal | None
        if isinstance(self.execute_quantity, Decimal):
            execute_quantity = self.execute_quantity
        else:
            execute_quantity = self.execute_quantity

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        order_id = self.order_id

        originator = self.originator

        quantity: Decimal | None
        if isinstance(self.quantity, Decimal):
            quantity = self.quantity
        else:
            quantity = self.quantity

        quantity_left: Decimal | None
        if isinstance(self.quantity_left, Decimal):
            quantity_left = self.quantity_left
        else:
            quantity_left = self.quantity_left

        routing: None | str
        routing = self.routing

        status = self.status.value

        symbol: None | str
        symbol = self.symbol

        time_stamp: int | None | str
        time_stamp = self.time_stamp

        type_: None | str
        type_ = self.type_

        advanced_options: None | str | Unset
        if isinstance(self.advanced_options, Unset):
            advanced_options = UNSET
        else:
            advanced_options = self.advanced_options

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        contract_expire_date: int | None | str | Unset
        if isinstance(self.contract_expire_date, Unset):
            contract_expire_date = UNSET
        else:
            contract_expire_date = self.contract_expire_date

        cost_basis_calculation: None | str | Unset
        if isinstance(self.cost_basis_calculation, Unset):
            cost_basis_calculation = UNSET
        else:
            cost_basis_calculation = self.cost_basis_calculation

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        denomination: None | str | Unset
        if isinstance(self.denomination, Unset):
            denomination = UNSET
        else:
            denomination = self.denomination

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        display_type = self.display_type

        filled_canceled: int | None | str | Unset
        if isinstance(self.filled_canceled, Unset):
            filled_canceled = UNSET
        else:
            filled_canceled = self.filled_canceled

        filled_price: Decimal | None | Unset
        if isinstance(self.filled_price, Unset):
            filled_price = UNSET
        elif isinstance(self.filled_price, Decimal):
            filled_price = self.filled_price
        else:
            filled_price = self.filled_price

        filled_price_text: None | str | Unset
        if isinstance(self.filled_price_text, Unset):
            filled_price_text = UNSET
        else:
            filled_price_text = self.filled_price_text

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        limit_price: Decimal | None | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        elif isinstance(self.limit_price, Decimal):
            limit_price = self.limit_price
        else:
            limit_price = self.limit_price

        limit_price_text: None | str | Unset
        if isinstance(self.limit_price_text, Unset):
            limit_price_text = UNSET
        else:
            limit_price_text = self.limit_price_text

        market_activation_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.market_activation_rules, Unset):
            market_activation_rules = []
            for market_activation_rules_item_data in self.market_activation_rules:
                market_activation_rules_item = market_activation_rules_item_data.to_dict()
                market_activation_rules.append(market_activation_rules_item)

        min_move: Decimal | None | Unset
        if isinstance(self.min_move, Unset):
            min_move = UNSET
        elif isinstance(self.min_move, Decimal):
            min_move = self.min_move
        else:
            min_move = self.min_move

        realized_expenses: Decimal | None | Unset
        if isinstance(self.realized_expenses, Unset):
            realized_expenses = UNSET
        elif isinstance(self.realized_expenses, Decimal):
            realized_expenses = self.realized_expenses
        else:
            realized_expenses = self.realized_expenses

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        show_only_quantity: Decimal | None | Unset
        if isinstance(self.show_only_quantity, Unset):
            show_only_quantity = UNSET
        elif isinstance(self.show_only_quantity, Decimal):
            show_only_quantity = self.show_only_quantity
        else:
            show_only_quantity = self.show_only_quantity

        spread: None | str | Unset
        if isinstance(self.spread, Unset):
            spread = UNSET
        else:
            spread = self.spread

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        stop_price: Decimal | None | Unset
        if isinstance(self.stop_price, Unset):
            stop_price = UNSET
        elif isinstance(self.stop_price, Decimal):
            stop_price = self.stop_price
        else:
            stop_price = self.stop_price

        stop_price_text: None | str | Unset
        if isinstance(self.stop_price_text, Unset):
            stop_price_text = UNSET
        else:
            stop_price_text = self.stop_price_text

        time_activation_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_activation_rules, Unset):
            time_activation_rules = []
            for time_activation_rules_item_data in self.time_activation_rules:
                time_activation_rules_item = time_activation_rules_item_data.to_dict()
                time_activation_rules.append(time_activation_rules_item)

        trailing_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trailing_stop, Unset):
            trailing_stop = self.trailing_stop.to_dict()

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        unbundled_route_fee: Decimal | None | Unset
        if isinstance(self.unbundled_route_fee, Unset):
            unbundled_route_fee = UNSET
        elif isinstance(self.unbundled_route_fee, Decimal):
            unbundled_route_fee = self.unbundled_route_fee
        else:
            unbundled_route_fee = self.unbundled_route_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AssetType": asset_type,
                "CommissionFee": commission_fee,
                "ConversionRate": conversion_rate,
                "Duration": duration,
                "ExecuteQuantity": execute_quantity,
                "Legs": legs,
                "OrderID": order_id,
                "Originator": originator,
                "Quantity": quantity,
                "QuantityLeft": quantity_left,
                "Routing": routing,
                "Status": status,
                "Symbol": symbol,
                "TimeStamp": time_stamp,
                "Type": type_,
            }
        )
        if advanced_options is not UNSET:
            field_dict["AdvancedOptions"] = advanced_options
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if contract_expire_date is not UNSET:
            field_dict["ContractExpireDate"] = contract_expire_date
        if cost_basis_calculation is not UNSET:
            field_dict["CostBasisCalculation"] = cost_basis_calculation
        if country is not UNSET:
            field_dict["Country"] = country
        if denomination is not UNSET:
            field_dict["Denomination"] = denomination
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if display_type is not UNSET:
            field_dict["DisplayType"] = display_type
        if filled_canceled is not UNSET:
            field_dict["FilledCanceled"] = filled_canceled
        if filled_price is not UNSET:
            field_dict["FilledPrice"] = filled_price
        if filled_price_text is not UNSET:
            field_dict["FilledPriceText"] = filled_price_text
        if group_name is not UNSET:
            field_dict["GroupName"] = group_name
        if limit_price is not UNSET:
            field_dict["LimitPrice"] = limit_price
        if limit_price_text is not UNSET:
            field_dict["LimitPriceText"] = limit_price_text
        if market_activation_rules is not UNSET:
            field_dict["MarketActivationRules"] = market_activation_rules
        if min_move is not UNSET:
            field_dict["MinMove"] = min_move
        if realized_expenses is not UNSET:
            field_dict["RealizedExpenses"] = realized_expenses
        if reject_reason is not UNSET:
            field_dict["RejectReason"] = reject_reason
        if show_only_quantity is not UNSET:
            field_dict["ShowOnlyQuantity"] = show_only_quantity
        if spread is not UNSET:
            field_dict["Spread"] = spread
        if status_description is not UNSET:
            field_dict["StatusDescription"] = status_description
        if stop_price is not UNSET:
            field_dict["StopPrice"] = stop_price
        if stop_price_text is not UNSET:
            field_dict["StopPriceText"] = stop_price_text
        if time_activation_rules is not UNSET:
            field_dict["TimeActivationRules"] = time_activation_rules
        if trailing_stop is not UNSET:
            field_dict["TrailingStop"] = trailing_stop
        if triggered_by is not UNSET:
            field_dict["TriggeredBy"] = triggered_by
        if unbundled_route_fee is not UNSET:
            field_dict["UnbundledRouteFee"] = unbundled_route_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_activation_rule import MarketActivationRule  # noqa: PLC0415
        from ..models.order_leg import OrderLeg  # noqa: PLC0415
        from ..models.time_activation_rule import TimeActivationRule  # noqa: PLC0415
        from ..models.trailing_stop_offset import TrailingStopOffset  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        asset_type = AssetTypeEnum(d.pop("AssetType"))

        def _parse_commission_fee(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                commission_fee_type_0 = exact_decimal(data)

                return commission_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        commission_fee = _parse_commission_fee(d.pop("CommissionFee"))

        def _parse_conversion_rate(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                conversion_rate_type_0 = exact_decimal(data)

                return conversion_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        conversion_rate = _parse_conversion_rate(d.pop("ConversionRate"))

        def _parse_duration(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        duration = _parse_duration(d.pop("Duration"))

        def _parse_execute_quantity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                execute_quantity_type_0 = exact_decimal(data)

                return execute_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        execute_quantity = _parse_execute_quantity(d.pop("ExecuteQuantity"))

        legs = []
        _legs = d.pop("Legs")
        for legs_item_data in _legs:
            legs_item = OrderLeg.from_dict(legs_item_data)

            legs.append(legs_item)

        order_id = d.pop("OrderID")

        originator = d.pop("Originator")

        def _parse_quantity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                quantity_type_0 = exact_decimal(data)

                return quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        quantity = _parse_quantity(d.pop("Quantity"))

        def _parse_quantity_left(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                quantity_left_type_0 = exact_decimal(data)

                return quantity_left_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        quantity_left = _parse_quantity_left(d.pop("QuantityLeft"))

        def _parse_routing(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        routing = _parse_routing(d.pop("Routing"))

        status = OrderStatus(d.pop("Status"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("Symbol"))

        def _parse_time_stamp(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        time_stamp = _parse_time_stamp(d.pop("TimeStamp"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("Type"))

        def _parse_advanced_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advanced_options = _parse_advanced_options(d.pop("AdvancedOptions", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_contract_expire_date(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        contract_expire_date = _parse_contract_expire_date(d.pop("ContractExpireDate", UNSET))

        def _parse_cost_basis_calculation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_basis_calculation = _parse_cost_basis_calculation(d.pop("CostBasisCalculation", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("Country", UNSET))

        def _parse_denomination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        denomination = _parse_denomination(d.pop("Denomination", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        display_type = d.pop("DisplayType", UNSET)

        def _parse_filled_canceled(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        filled_canceled = _parse_filled_canceled(d.pop("FilledCanceled", UNSET))

        def _parse_filled_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                filled_price_type_0 = exact_decimal(data)

                return filled_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        filled_price = _parse_filled_price(d.pop("FilledPrice", UNSET))

        def _parse_filled_price_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filled_price_text = _parse_filled_price_text(d.pop("FilledPriceText", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("GroupName", UNSET))

        def _parse_limit_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                limit_price_type_0 = exact_decimal(data)

                return limit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        limit_price = _parse_limit_price(d.pop("LimitPrice", UNSET))

        def _parse_limit_price_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_price_text = _parse_limit_price_text(d.pop("LimitPriceText", UNSET))

        _market_activation_rules = d.pop("MarketActivationRules", UNSET)
        market_activation_rules: list[MarketActivationRule] | Unset = UNSET
        if _market_activation_rules is not UNSET:
            market_activation_rules = []
            for market_activation_rules_item_data in _market_activation_rules:
                market_activation_rules_item = MarketActivationRule.from_dict(market_activation_rules_item_data)

                market_activation_rules.append(market_activation_rules_item)

        def _parse_min_move(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                min_move_type_0 = exact_decimal(data)

                return min_move_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        min_move = _parse_min_move(d.pop("MinMove", UNSET))

        def _parse_realized_expenses(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                realized_expenses_type_0 = exact_decimal(data)

                return realized_expenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        realized_expenses = _parse_realized_expenses(d.pop("RealizedExpenses", UNSET))

        def _parse_reject_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reject_reason = _parse_reject_reason(d.pop("RejectReason", UNSET))

        def _parse_show_only_quantity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                show_only_quantity_type_0 = exact_decimal(data)

                return show_only_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        show_only_quantity = _parse_show_only_quantity(d.pop("ShowOnlyQuantity", UNSET))

        def _parse_spread(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spread = _parse_spread(d.pop("Spread", UNSET))

        def _parse_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_description = _parse_status_description(d.pop("StatusDescription", UNSET))

        def _parse_stop_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                stop_price_type_0 = exact_decimal(data)

                return stop_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        stop_price = _parse_stop_price(d.pop("StopPrice", UNSET))

        def _parse_stop_price_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_price_text = _parse_stop_price_text(d.pop("StopPriceText", UNSET))

        _time_activation_rules = d.pop("TimeActivationRules", UNSET)
        time_activation_rules: list[TimeActivationRule] | Unset = UNSET
        if _time_activation_rules is not UNSET:
            time_activation_rules = []
            for time_activation_rules_item_data in _time_activation_rules:
                time_activation_rules_item = TimeActivationRule.from_dict(time_activation_rules_item_data)

                time_activation_rules.append(time_activation_rules_item)

        _trailing_stop = d.pop("TrailingStop", UNSET)
        trailing_stop: TrailingStopOffset | Unset
        if isinstance(_trailing_stop, Unset):
            trailing_stop = UNSET
        else:
            trailing_stop = TrailingStopOffset.from_dict(_trailing_stop)

        def _parse_triggered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_by = _parse_triggered_by(d.pop("TriggeredBy", UNSET))

        def _parse_unbundled_route_fee(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                unbundled_route_fee_type_0 = exact_decimal(data)

                return unbundled_route_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unbundled_route_fee = _parse_unbundled_route_fee(d.pop("UnbundledRouteFee", UNSET))

        order_detail = cls(
            account_id=account_id,
            asset_type=asset_type,
            commission_fee=commission_fee,
            conversion_rate=conversion_rate,
            duration=duration,
            execute_quantity=execute_quantity,
            legs=legs,
            order_id=order_id,
            originator=originator,
            quantity=quantity,
            quantity_left=quantity_left,
            routing=routing,
            status=status,
            symbol=symbol,
            time_stamp=time_stamp,
            type_=type_,
            advanced_options=advanced_options,
            alias=alias,
            contract_expire_date=contract_expire_date,
            cost_basis_calculation=cost_basis_calculation,
            country=country,
            denomination=denomination,
            display_name=display_name,
            display_type=display_type,
            filled_canceled=filled_canceled,
            filled_price=filled_price,
            filled_price_text=filled_price_text,
            group_name=group_name,
            limit_price=limit_price,
            limit_price_text=limit_price_text,
            market_activation_rules=market_activation_rules,
            min_move=min_move,
            realized_expenses=realized_expenses,
            reject_reason=reject_reason,
            show_only_quantity=show_only_quantity,
            spread=spread,
            status_description=status_description,
            stop_price=stop_price,
            stop_price_text=stop_price_text,
            time_activation_rules=time_activation_rules,
            trailing_stop=trailing_stop,
            triggered_by=triggered_by,
            unbundled_route_fee=unbundled_route_fee,
        )

        order_detail.additional_properties = d
        return order_detail

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
