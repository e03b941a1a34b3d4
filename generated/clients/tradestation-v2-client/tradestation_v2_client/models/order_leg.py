from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leg_side import LegSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLeg")


@_attrs_define
class OrderLeg:
    """One leg of an order.

    Attributes:
        ask (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bid (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        exec_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        exec_quantity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        leaves (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        leg_number (int): Position of the leg in the order, from 1.
        limit_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        month (int): Expiration month of an option or future; `0` otherwise.
        order_id (int): The order.
        order_type (int | str): Order type: a number (`0` in the docs example, with `OrderTypeDescription: Limit`) or a
            name (`Market`, `Limit`, `Stop Market`, `Stop Limit` in the Swagger).
        point_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        price_used_for_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        quantity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        side (LegSide): `B` buy, `S` sell, `T` sell short, `C` buy to cover.
        stop_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        strike_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        symbol (str): The leg's symbol.
        year (int): Expiration year of an option or future; `0` otherwise.
        base_symbol (None | str | Unset): Underlying of an option leg; blank otherwise.
        expire_date (None | str | Unset): Expiration of an option or future; blank otherwise.
        limit_price_display (None | str | Unset): `LimitPrice` formatted for display.
        open_or_close (None | str | Unset): `O` opening or `C` closing.
        order_type_description (None | str | Unset): Name of `OrderType` when that is a number.
        put_or_call (None | str | Unset): `P` or `C` for an option leg; blank otherwise.
        stop_price_display (None | str | Unset): `StopPrice` formatted for display.
        time_executed (None | str | Unset): When the leg was filled; `1/1/0001 12:00:00 AM` until then.
        type_ (None | str | Unset): `Buy`, `Sell`, `Buy to Cover` or `Sell Short`. Swagger era only.
    """

    ask: Decimal
    bid: Decimal
    exec_price: Decimal
    exec_quantity: Decimal
    leaves: Decimal
    leg_number: int
    limit_price: Decimal
    month: int
    order_id: int
    order_type: int | str
    point_value: Decimal
    price_used_for_buying_power: Decimal
    quantity: Decimal
    side: LegSide
    stop_price: Decimal
    strike_price: Decimal
    symbol: str
    year: int
    base_symbol: None | str | Unset = UNSET
    expire_date: None | str | Unset = UNSET
    limit_price_display: None | str | Unset = UNSET
    open_or_close: None | str | Unset = UNSET
    order_type_description: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    stop_price_display: None | str | Unset = UNSET
    time_executed: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ask = self.ask

        bid = self.bid

        exec_price = self.exec_price

        exec_quantity = self.exec_quantity

        leaves = self.leaves

        leg_number = self.leg_number

        limit_price = self.limit_price

        month = self.month

        order_id = self.order_id

        order_type: int | str
        order_type = self.order_type

        point_value = self.point_value

        price_used_for_buying_power = self.price_used_for_buying_power

        quantity = self.quantity

        side = self.side.value

        stop_price = self.stop_price

        strike_price = self.strike_price

        symbol = self.symbol

        year = self.year

        base_symbol: None | str | Unset
        if isinstance(self.base_symbol, Unset):
            base_symbol = UNSET
        else:
            base_symbol = self.base_symbol

        expire_date: None | str | Unset
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

        time_executed: None | str | Unset
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
        ask = Decimal(str(d.pop("Ask")))

        bid = Decimal(str(d.pop("Bid")))

        exec_price = Decimal(str(d.pop("ExecPrice")))

        exec_quantity = Decimal(str(d.pop("ExecQuantity")))

        leaves = Decimal(str(d.pop("Leaves")))

        leg_number = d.pop("LegNumber")

        limit_price = Decimal(str(d.pop("LimitPrice")))

        month = d.pop("Month")

        order_id = d.pop("OrderID")

        def _parse_order_type(data: object) -> int | str:
            return cast(int | str, data)

        order_type = _parse_order_type(d.pop("OrderType"))

        point_value = Decimal(str(d.pop("PointValue")))

        price_used_for_buying_power = Decimal(str(d.pop("PriceUsedForBuyingPower")))

        quantity = Decimal(str(d.pop("Quantity")))

        side = LegSide(d.pop("Side"))

        stop_price = Decimal(str(d.pop("StopPrice")))

        strike_price = Decimal(str(d.pop("StrikePrice")))

        symbol = d.pop("Symbol")

        year = d.pop("Year")

        def _parse_base_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_symbol = _parse_base_symbol(d.pop("BaseSymbol", UNSET))

        def _parse_expire_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_time_executed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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
