from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.historical_status import HistoricalStatus
from ..models.order_type_enum import OrderTypeEnum
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.market_activation_rule import MarketActivationRule
    from ..models.order_leg import OrderLeg
    from ..models.order_relationship import OrderRelationship
    from ..models.time_activation_rule import TimeActivationRule
    from ..models.trailing_stop_offset import TrailingStopOffset


T = TypeVar("T", bound="HistoricalOrder")


@_attrs_define
class HistoricalOrder:
    """An order: closed ones from `historicalorders`, today's and open ones from `orders` (the same
    object; the name predates the second operation). Only the ids, `Status` and `Legs` are
    required (see "Required properties": exercises, assignments and rejections need not carry an order type,
    prices, routing or fees); today's API sends `CommissionFee`, `Currency`, `Duration`,
    `OpenedDateTime`, `OrderType`, `PriceUsedForBuyingPower`, `Routing` and `StatusDescription`
    on the orders it fills, cancels and expires.

        Attributes:
            account_id (str): The account.
            legs (list[OrderLeg]): The order's legs.
            order_id (str): The order's identifier.
            status (HistoricalStatus): The order's state. Open: `ACK` received, `ASS` option assignment, `BRC` bracket
                cancelled,
                `BRF` bracket filled, `BRO` broken, `CHG` changed, `CND` condition met, `COR` fill corrected,
                `DIS` dispatched, `DOA` dead, `DON` queued, `ECN` expiration cancel request, `EXE` option
                exercise, `FPR` partial fill (alive), `LAT` too late to cancel, `OPN` sent, `OSO` OSO order,
                `OTHER` unmapped, `PLA` sending, `REC` recall request, `RJC` cancel request rejected, `RPD`
                replace pending, `RSN` replace sent, `STP` stop hit, `STT` status message, `SUS` suspended,
                `UCN` cancel sent. Cancelled: `CAN`, `EXP` expired, `OUT` UR out, `RJR` change request
                rejected, `SCN` recalled, `TSC` trade-server cancelled, `UCH` replaced. Rejected: `REJ`.
                Filled: `FLL`, `FLP` partial fill (UR out).
            advanced_options (str | Unset): Advanced rules, `;`-separated: `AON`, `BKO`, `CND=…` (activation rule),
                `DSCPR=<price>`,
                `NON`, `OCA=<group>`, `PEGVAL=<value>`, `PSO`, `SHWQTY=<quantity>`, `TRL`, `TIM=…`, e.g.
                `CND=EDZ22>10000.01(STTN);TIM=23:59:59;`.
            closed_date_time (datetime.datetime | Unset): When the order was filled, cancelled, expired or rejected.
            commission_fee (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            conditional_orders (list[OrderRelationship] | Unset): Orders linked to this one in a group.
            conversion_rate (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            currency (str | Unset): Currency of the order.
            duration (str | Unset): Time in force, e.g. `DAY`, `DYP`, `GTC`, `GCP`, `GTD`, `GDP`, `OPG`, `CLO`, `IOC`,
                `FOK`, `1`, `3`, `5`.
            filled_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            good_till_date (datetime.datetime | Unset): Expiry of a GTC/GTD order; a time of `T00:00:00Z` means the day.
            group_name (str | Unset): Identifies the orders of one bracket or OCO group.
            limit_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            market_activation_rules (list[MarketActivationRule] | Unset): Price conditions before the order is sent.
            opened_date_time (datetime.datetime | Unset): When the order was placed.
            order_type (OrderTypeEnum | Unset): The order's type.
            price_used_for_buying_power (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies
                show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            reject_reason (str | Unset): Why the order was rejected.
            routing (str | Unset): Route chosen when placing the order, e.g. `Intelligent`.
            show_only_quantity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            spread (str | Unset): Spread type of an option order.
            status_description (str | Unset): The text of `Status`, e.g. `Filled`.
            stop_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            time_activation_rules (list[TimeActivationRule] | Unset): Times before which the order is not sent.
            trailing_stop (TrailingStopOffset | Unset): Offset of a trailing stop, as an amount or a percentage (not both).
            unbundled_route_fee (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    account_id: str
    legs: list[OrderLeg]
    order_id: str
    status: HistoricalStatus
    advanced_options: str | Unset = UNSET
    closed_date_time: datetime.datetime | Unset = UNSET
    commission_fee: Decimal | Unset = UNSET
    conditional_orders: list[OrderRelationship] | Unset = UNSET
    conversion_rate: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    duration: str | Unset = UNSET
    filled_price: Decimal | Unset = UNSET
    good_till_date: datetime.datetime | Unset = UNSET
    group_name: str | Unset = UNSET
    limit_price: Decimal | Unset = UNSET
    market_activation_rules: list[MarketActivationRule] | Unset = UNSET
    opened_date_time: datetime.datetime | Unset = UNSET
    order_type: OrderTypeEnum | Unset = UNSET
    price_used_for_buying_power: Decimal | Unset = UNSET
    reject_reason: str | Unset = UNSET
    routing: str | Unset = UNSET
    show_only_quantity: Decimal | Unset = UNSET
    spread: str | Unset = UNSET
    status_description: str | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    time_activation_rules: list[TimeActivationRule] | Unset = UNSET
    trailing_stop: TrailingStopOffset | Unset = UNSET
    unbundled_route_fee: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        order_id = self.order_id

        status = self.status.value

        advanced_options = self.advanced_options

        closed_date_time: str | Unset = UNSET
        if not isinstance(self.closed_date_time, Unset):
            closed_date_time = self.closed_date_time.isoformat()

        commission_fee: str | Unset = UNSET
        if not isinstance(self.commission_fee, Unset):
            commission_fee = str(self.commission_fee)

        conditional_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditional_orders, Unset):
            conditional_orders = []
            for conditional_orders_item_data in self.conditional_orders:
                conditional_orders_item = conditional_orders_item_data.to_dict()
                conditional_orders.append(conditional_orders_item)

        conversion_rate: str | Unset = UNSET
        if not isinstance(self.conversion_rate, Unset):
            conversion_rate = str(self.conversion_rate)

        currency = self.currency

        duration = self.duration

        filled_price: str | Unset = UNSET
        if not isinstance(self.filled_price, Unset):
            filled_price = str(self.filled_price)

        good_till_date: str | Unset = UNSET
        if not isinstance(self.good_till_date, Unset):
            good_till_date = self.good_till_date.isoformat()

        group_name = self.group_name

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = str(self.limit_price)

        market_activation_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.market_activation_rules, Unset):
            market_activation_rules = []
            for market_activation_rules_item_data in self.market_activation_rules:
                market_activation_rules_item = market_activation_rules_item_data.to_dict()
                market_activation_rules.append(market_activation_rules_item)

        opened_date_time: str | Unset = UNSET
        if not isinstance(self.opened_date_time, Unset):
            opened_date_time = self.opened_date_time.isoformat()

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        price_used_for_buying_power: str | Unset = UNSET
        if not isinstance(self.price_used_for_buying_power, Unset):
            price_used_for_buying_power = str(self.price_used_for_buying_power)

        reject_reason = self.reject_reason

        routing = self.routing

        show_only_quantity: str | Unset = UNSET
        if not isinstance(self.show_only_quantity, Unset):
            show_only_quantity = str(self.show_only_quantity)

        spread = self.spread

        status_description = self.status_description

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = str(self.stop_price)

        time_activation_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_activation_rules, Unset):
            time_activation_rules = []
            for time_activation_rules_item_data in self.time_activation_rules:
                time_activation_rules_item = time_activation_rules_item_data.to_dict()
                time_activation_rules.append(time_activation_rules_item)

        trailing_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trailing_stop, Unset):
            trailing_stop = self.trailing_stop.to_dict()

        unbundled_route_fee: str | Unset = UNSET
        if not isinstance(self.unbundled_route_fee, Unset):
            unbundled_route_fee = str(self.unbundled_route_fee)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "Legs": legs,
                "OrderID": order_id,
                "Status": status,
            }
        )
        if advanced_options is not UNSET:
            field_dict["AdvancedOptions"] = advanced_options
        if closed_date_time is not UNSET:
            field_dict["ClosedDateTime"] = closed_date_time
        if commission_fee is not UNSET:
            field_dict["CommissionFee"] = commission_fee
        if conditional_orders is not UNSET:
            field_dict["ConditionalOrders"] = conditional_orders
        if conversion_rate is not UNSET:
            field_dict["ConversionRate"] = conversion_rate
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if duration is not UNSET:
            field_dict["Duration"] = duration
        if filled_price is not UNSET:
            field_dict["FilledPrice"] = filled_price
        if good_till_date is not UNSET:
            field_dict["GoodTillDate"] = good_till_date
        if group_name is not UNSET:
            field_dict["GroupName"] = group_name
        if limit_price is not UNSET:
            field_dict["LimitPrice"] = limit_price
        if market_activation_rules is not UNSET:
            field_dict["MarketActivationRules"] = market_activation_rules
        if opened_date_time is not UNSET:
            field_dict["OpenedDateTime"] = opened_date_time
        if order_type is not UNSET:
            field_dict["OrderType"] = order_type
        if price_used_for_buying_power is not UNSET:
            field_dict["PriceUsedForBuyingPower"] = price_used_for_buying_power
        if reject_reason is not UNSET:
            field_dict["RejectReason"] = reject_reason
        if routing is not UNSET:
            field_dict["Routing"] = routing
        if show_only_quantity is not UNSET:
            field_dict["ShowOnlyQuantity"] = show_only_quantity
        if spread is not UNSET:
            field_dict["Spread"] = spread
        if status_description is not UNSET:
            field_dict["StatusDescription"] = status_description
        if stop_price is not UNSET:
            field_dict["StopPrice"] = stop_price
        if time_activation_rules is not UNSET:
            field_dict["TimeActivationRules"] = time_activation_rules
        if trailing_stop is not UNSET:
            field_dict["TrailingStop"] = trailing_stop
        if unbundled_route_fee is not UNSET:
            field_dict["UnbundledRouteFee"] = unbundled_route_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_activation_rule import MarketActivationRule  # noqa: PLC0415
        from ..models.order_leg import OrderLeg  # noqa: PLC0415
        from ..models.order_relationship import OrderRelationship  # noqa: PLC0415
        from ..models.time_activation_rule import TimeActivationRule  # noqa: PLC0415
        from ..models.trailing_stop_offset import TrailingStopOffset  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        legs = []
        _legs = d.pop("Legs")
        for legs_item_data in _legs:
            legs_item = OrderLeg.from_dict(legs_item_data)

            legs.append(legs_item)

        order_id = d.pop("OrderID")

        status = HistoricalStatus(d.pop("Status"))

        advanced_options = d.pop("AdvancedOptions", UNSET)

        _closed_date_time = d.pop("ClosedDateTime", UNSET)
        closed_date_time: datetime.datetime | Unset
        if isinstance(_closed_date_time, Unset):
            closed_date_time = UNSET
        else:
            closed_date_time = datetime.datetime.fromisoformat(_closed_date_time)

        _commission_fee = d.pop("CommissionFee", UNSET)
        commission_fee: Decimal | Unset
        if isinstance(_commission_fee, Unset):
            commission_fee = UNSET
        else:
            commission_fee = exact_decimal(_commission_fee)

        _conditional_orders = d.pop("ConditionalOrders", UNSET)
        conditional_orders: list[OrderRelationship] | Unset = UNSET
        if _conditional_orders is not UNSET:
            conditional_orders = []
            for conditional_orders_item_data in _conditional_orders:
                conditional_orders_item = OrderRelationship.from_dict(conditional_orders_item_data)

                conditional_orders.append(conditional_orders_item)

        _conversion_rate = d.pop("ConversionRate", UNSET)
        conversion_rate: Decimal | Unset
        if isinstance(_conversion_rate, Unset):
            conversion_rate = UNSET
        else:
            conversion_rate = exact_decimal(_conversion_rate)

        currency = d.pop("Currency", UNSET)

        duration = d.pop("Duration", UNSET)

        _filled_price = d.pop("FilledPrice", UNSET)
        filled_price: Decimal | Unset
        if isinstance(_filled_price, Unset):
            filled_price = UNSET
        else:
            filled_price = exact_decimal(_filled_price)

        _good_till_date = d.pop("GoodTillDate", UNSET)
        good_till_date: datetime.datetime | Unset
        if isinstance(_good_till_date, Unset):
            good_till_date = UNSET
        else:
            good_till_date = datetime.datetime.fromisoformat(_good_till_date)

        group_name = d.pop("GroupName", UNSET)

        _limit_price = d.pop("LimitPrice", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = exact_decimal(_limit_price)

        _market_activation_rules = d.pop("MarketActivationRules", UNSET)
        market_activation_rules: list[MarketActivationRule] | Unset = UNSET
        if _market_activation_rules is not UNSET:
            market_activation_rules = []
            for market_activation_rules_item_data in _market_activation_rules:
                market_activation_rules_item = MarketActivationRule.from_dict(market_activation_rules_item_data)

                market_activation_rules.append(market_activation_rules_item)

        _opened_date_time = d.pop("OpenedDateTime", UNSET)
        opened_date_time: datetime.datetime | Unset
        if isinstance(_opened_date_time, Unset):
            opened_date_time = UNSET
        else:
            opened_date_time = datetime.datetime.fromisoformat(_opened_date_time)

        _order_type = d.pop("OrderType", UNSET)
        order_type: OrderTypeEnum | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderTypeEnum(_order_type)

        _price_used_for_buying_power = d.pop("PriceUsedForBuyingPower", UNSET)
        price_used_for_buying_power: Decimal | Unset
        if isinstance(_price_used_for_buying_power, Unset):
            price_used_for_buying_power = UNSET
        else:
            price_used_for_buying_power = exact_decimal(_price_used_for_buying_power)

        reject_reason = d.pop("RejectReason", UNSET)

        routing = d.pop("Routing", UNSET)

        _show_only_quantity = d.pop("ShowOnlyQuantity", UNSET)
        show_only_quantity: Decimal | Unset
        if isinstance(_show_only_quantity, Unset):
            show_only_quantity = UNSET
        else:
            show_only_quantity = exact_decimal(_show_only_quantity)

        spread = d.pop("Spread", UNSET)

        status_description = d.pop("StatusDescription", UNSET)

        _stop_price = d.pop("StopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = exact_decimal(_stop_price)

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

        _unbundled_route_fee = d.pop("UnbundledRouteFee", UNSET)
        unbundled_route_fee: Decimal | Unset
        if isinstance(_unbundled_route_fee, Unset):
            unbundled_route_fee = UNSET
        else:
            unbundled_route_fee = exact_decimal(_unbundled_route_fee)

        historical_order = cls(
            account_id=account_id,
            legs=legs,
            order_id=order_id,
            status=status,
            advanced_options=advanced_options,
            closed_date_time=closed_date_time,
            commission_fee=commission_fee,
            conditional_orders=conditional_orders,
            conversion_rate=conversion_rate,
            currency=currency,
            duration=duration,
            filled_price=filled_price,
            good_till_date=good_till_date,
            group_name=group_name,
            limit_price=limit_price,
            market_activation_rules=market_activation_rules,
            opened_date_time=opened_date_time,
            order_type=order_type,
            price_used_for_buying_power=price_used_for_buying_power,
            reject_reason=reject_reason,
            routing=routing,
            show_only_quantity=show_only_quantity,
            spread=spread,
            status_description=status_description,
            stop_price=stop_price,
            time_activation_rules=time_activation_rules,
            trailing_stop=trailing_stop,
            unbundled_route_fee=unbundled_route_fee,
        )

        historical_order.additional_properties = d
        return historical_order

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
