from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="OrderLeg")


@_attrs_define
class OrderLeg:
    """One leg of an order.

    Attributes:
        ask (Decimal | None): Ask when the order was placed.
        bid (Decimal | None): Bid when the order was placed.
        exec_price (Decimal | None): Execution price; `0` until filled.
        exec_quantity (Decimal | None): Quantity executed.
        leaves (Decimal | None): Quantity not yet filled.
        leg_number (int): Position of the leg in the order, from 1.
        limit_price (Decimal | None): Limit price; `0` when none.
        month (int): Expiration month of an option or future; `0` otherwise.
        order_id (int): The order.
        order_type (int | str): Order type: a number (`0` in the docs example, with `OrderTypeDescription: Limit`) or a
            name (`Market`, `Limit`, `Stop Market`, `Stop Limit` in the Swagger).
        point_value (Decimal | None): Units per contract (1 for equities, 100 for options).
        price_used_for_buying_power (Decimal | None): Price used to compute the order's buying-power effect.
        quantity (Decimal | None): Quantity ordered.
        side (None | str): The leg's action. No v2 source lists its values (the object page names the field only), so
            this is open text; the order's `Type` carries the action in words. The mock writes one
            letter, `B` buy, `S` sell, `T` sell short, `C` buy to cover (its own convention, not
            the vendor's).
        stop_price (Decimal | None): Stop price; `0` when none.
        strike_price (Decimal | None): Strike of an option leg; `0` otherwise.
        symbol (None | str): The leg's symbol.
        year (int): Expiration year of an option or future; `0` otherwise.
        base_symbol (None | str | Unset): Underlying of an option leg; blank otherwise.
        expire_date (int | None | str | Unset): Expiration of an option or future; blank otherwise. A display string, or
            epoch time as an integer (see "Timestamps" in the contract's description).
        limit_price_display (None | str | Unset): `LimitPrice` formatted for display.
        open_or_close (None | str | Unset): `O` opening or `C` closing.
        order_type_description (None | str | Unset): Name of `OrderType` when that is a number.
        put_or_call (None | str | Unset): `P` or `C` for an option leg; blank otherwise.
        stop_price_display (None | str | Unset): `StopPrice` formatted for display.
        time_executed (int | None | str | Unset): When the leg was filled; `1/1/0001 12:00:00 AM` until then. A display
            string, or epoch time as an integer (see "Timestamps" in the contract's description).
        type_ (None | str | Unset): `Buy`, `Sell`, `Buy to Cover` or `Sell Short`. Swagger era only.
    """

    ask: Decimal | None
    bid: Decimal | None
    exec_price: Decimal | None
    exec_quantity: Decimal | None
    leaves: Decimal | None
    leg_number: int
    limit_price: Decimal | None
    month: int
    order_id: int
    order_type: int | str
    point_value: Decimal | None
    price_used_for_buying_power: Decimal | None
    quantity: Decimal | None
    side: None | str
    stop_price: Decimal | None
    strike_price: Decimal | None
    symbol: None | str
    year: int
    base_symbol: None | str | Unset = UNSET
    expire_date: int | None | str | Unset = UNSET
    limit_price_display: None | str | Unset = UNSET
    open_or_close: None | str | Unset = UNSET
    order_type_description: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    stop_price_display: None | str | Unset = UNSET
    time_executed: int | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ask: Decimal | None
        if isinstance(self.ask, Decimal):
            ask = self.ask
        else:
            ask = self.ask

        bid: Decimal | None
        if isinstance(self.bid, Decimal):
            bid = self.bid
        else:
            bid = self.bid

        exec_price: Decimal | None
        if isinstance(self.exec_price, Decimal):
            exec_price = self.exec_price
        else:
            exec_price = self.exec_price

        exec_quantity: Decimal | None
        if isinstance(self.exec_quantity, Decimal):
            exec_quantity = self.exec_quantity
        else:
            exec_quantity = self.exec_quantity

        leaves: Decimal | None
        if isinstance(self.leaves, Decimal):
            leaves = self.leaves
        else:
            leaves = self.leaves

        leg_number = self.leg_number

        limit_price: Decimal | None
        if isinstance(self.limit_price, Decimal):
            limit_price = self.limit_price
        else:
            limit_price = self.limit_price

        month = self.month

        order_id = self.order_id

        order_type: int | str
        order_type = self.order_type

        point_value: Decimal | None
        if isinstance(self.point_value, Decimal):
            point_value = self.point_value
        else:
            point_value = self.point_value

        price_used_for_buying_power: Decimal | None
        if isinstance(self.price_used_for_buying_power, Decimal):
            price_used_for_buying_power = self.price_used_for_buying_power
        else:
            price_used_for_buying_power = self.price_used_for_buying_power

        quantity: Decimal | None
        if isinstance(self.quantity, Decimal):
            quantity = self.quantity
        else:
            quantity = self.quantity

        side: None | str
        side = self.side

        stop_price: Decimal | None
        if isinstance(self.stop_price, Decimal):
            stop_price = self.stop_price
        else:
            stop_price = self.stop_price

        strike_price: Decimal | None
        if isinstance(self.strike_price, Decimal):
            strike_price = self.strike_price
        else:
            strike_price = self.strike_price

        symbol: None | str
        symbol = self.symbol

        year = self.year

        base_symbol: None | str | Unset
        if isinstance(self.base_symbol, Unset):
            base_symbol = UNSET
        else:
            base_symbol = self.base_symbol

        expire_date: int | None | str | Unset
        if isinstance(self.expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = self.expire_date

        limit_price_display: None | str | Unset
        if isinstance(self.limit_price_display, Unset):
            limit_price_display = UNSET
        else:
            limit_price_display = self.limit_price_display

        open_or_close: None | str | Unset
        if isinstance(self.open_or_close, Unset):
            open_or_close = UNSET
        else:
            open_or_close = self.open_or_close

        order_type_description: None | str | Unset
        if isinstance(self.order_type_description, Unset):
            order_type_description = UNSET
        else:
            order_type_description = self.order_type_description

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = self.put_or_call

        stop_price_display: None | str | Unset
        if isinstance(self.stop_price_display, Unset):
            stop_price_display = UNSET
        else:
            stop_price_display = self.stop_price_display

        time_executed: int | None | str | Unset
        if isinstance(self.time_executed, Unset):
            time_executed = UNSET
        else:
            time_executed = self.time_executed

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Ask": ask,
                "Bid": bid,
                "ExecPrice": exec_price,
                "ExecQuantity": exec_quantity,
                "Leaves": leaves,
                "LegNumber": leg_number,
                "LimitPrice": limit_price,
                "Month": month,
                "OrderID": order_id,
                "OrderType": order_type,
                "PointValue": point_value,
                "PriceUsedForBuyingPower": price_used_for_buying_power,
                "Quantity": quantity,
                "Side": side,
                "StopPrice": stop_price,
                "StrikePrice": strike_price,
                "Symbol": symbol,
                "Year": year,
            }
        )
        if base_symbol is not UNSET:
            field_dict["BaseSymbol"] = base_symbol
        if expire_date is not UNSET:
            field_dict["ExpireDate"] = expire_date
        if limit_price_display is not UNSET:
            field_dict["LimitPriceDisplay"] = limit_price_display
        if open_or_close is not UNSET:
            field_dict["OpenOrClose"] = open_or_close
        if order_type_description is not UNSET:
            field_dict["OrderTypeDescription"] = order_type_description
        if put_or_call is not UNSET:
            field_dict["PutOrCall"] = put_or_call
        if stop_price_display is not UNSET:
            field_dict["StopPriceDisplay"] = stop_price_display
        if time_executed is not UNSET:
            field_dict["TimeExecuted"] = time_executed
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ask(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                ask_type_0 = exact_decimal(data)

                return ask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        ask = _parse_ask(d.pop("Ask"))

        def _parse_bid(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bid_type_0 = exact_decimal(data)

                return bid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bid = _parse_bid(d.pop("Bid"))

        def _parse_exec_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                exec_price_type_0 = exact_decimal(data)

                return exec_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        exec_price = _parse_exec_price(d.pop("ExecPrice"))

        def _parse_exec_quantity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                exec_quantity_type_0 = exact_decimal(data)

                return exec_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        exec_quantity = _parse_exec_quantity(d.pop("ExecQuantity"))

        def _parse_leaves(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                leaves_type_0 = exact_decimal(data)

                return leaves_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        leaves = _parse_leaves(d.pop("Leaves"))

        leg_number = d.pop("LegNumber")

        def _parse_limit_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                limit_price_type_0 = exact_decimal(data)

                return limit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        limit_price = _parse_limit_price(d.pop("LimitPrice"))

        month = d.pop("Month")

        order_id = d.pop("OrderID")

        def _parse_order_type(data: object) -> int | str:
            return cast(int | str, data)

        order_type = _parse_order_type(d.pop("OrderType"))

        def _parse_point_value(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                point_value_type_0 = exact_decimal(data)

                return point_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        point_value = _parse_point_value(d.pop("PointValue"))

        def _parse_price_used_for_buying_power(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                price_used_for_buying_power_type_0 = exact_decimal(data)

                return price_used_for_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        price_used_for_buying_power = _parse_price_used_for_buying_power(d.pop("PriceUsedForBuyingPower"))

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

        def _parse_side(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        side = _parse_side(d.pop("Side"))

        def _parse_stop_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                stop_price_type_0 = exact_decimal(data)

                return stop_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        stop_price = _parse_stop_price(d.pop("StopPrice"))

        def _parse_strike_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                strike_price_type_0 = exact_decimal(data)

                return strike_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        strike_price = _parse_strike_price(d.pop("StrikePrice"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("Symbol"))

        year = d.pop("Year")

        def _parse_base_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_symbol = _parse_base_symbol(d.pop("BaseSymbol", UNSET))

        def _parse_expire_date(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expire_date = _parse_expire_date(d.pop("ExpireDate", UNSET))

        def _parse_limit_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_price_display = _parse_limit_price_display(d.pop("LimitPriceDisplay", UNSET))

        def _parse_open_or_close(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_or_close = _parse_open_or_close(d.pop("OpenOrClose", UNSET))

        def _parse_order_type_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_type_description = _parse_order_type_description(d.pop("OrderTypeDescription", UNSET))

        def _parse_put_or_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        put_or_call = _parse_put_or_call(d.pop("PutOrCall", UNSET))

        def _parse_stop_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_price_display = _parse_stop_price_display(d.pop("StopPriceDisplay", UNSET))

        def _parse_time_executed(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        time_executed = _parse_time_executed(d.pop("TimeExecuted", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        order_leg = cls(
            ask=ask,
            bid=bid,
            exec_price=exec_price,
            exec_quantity=exec_quantity,
            leaves=leaves,
            leg_number=leg_number,
            limit_price=limit_price,
            month=month,
            order_id=order_id,
            order_type=order_type,
            point_value=point_value,
            price_used_for_buying_power=price_used_for_buying_power,
            quantity=quantity,
            side=side,
            stop_price=stop_price,
            strike_price=strike_price,
            symbol=symbol,
            year=year,
            base_symbol=base_symbol,
            expire_date=expire_date,
            limit_price_display=limit_price_display,
            open_or_close=open_or_close,
            order_type_description=order_type_description,
            put_or_call=put_or_call,
            stop_price_display=stop_price_display,
            time_executed=time_executed,
            type_=type_,
        )

        order_leg.additional_properties = d
        return order_leg

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
