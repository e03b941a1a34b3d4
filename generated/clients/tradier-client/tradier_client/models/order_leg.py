from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_duration import OrderDuration
from ..models.order_side import OrderSide
from ..models.order_type import OrderType
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="OrderLeg")


@_attrs_define
class OrderLeg:
    """An order's own fields, and the shape of each leg of a combo, multileg or OTO/OCO/OTOCO
    order (legs have their own `id`, `status` and fills). Numbers arrive as `50.00000000`,
    `22.0`, `0.00` or a bare `0`; all are `DecimalNumber`s.

    Every published or recorded body carries `type`, `symbol`, `side`, `quantity`, `status`,
    `duration`, `exec_quantity`, `create_date` and `transaction_date`, yet only `id` and `class`
    are required: a maintained client reports that the parent of an OTO, OCO or OTOCO order
    leaves many of its fields empty and reads them from the legs (no such body is published).
    `price` appears on limit, stop-limit, debit and credit orders, `stop_price` on stop orders,
    `option_symbol` on options; `last_fill_price`, `last_fill_quantity` and `remaining_quantity`
    are absent from one example. `remaining_quantity` is `0` once an order is done, filled or
    not. The fill fields are cumulative: there is no fill id and no per-fill time.

        Attributes:
            id (int): The order's (or leg's) id.
            class_ (str): Kind of order, an open string: `equity`, `option`, `combo`, `multileg` (the vendor's
                reference) and `oto`, `oco`, `otoco` (placement pages and clients). A leg is `equity` or
                `option`.
            type_ (OrderType | Unset): Order type: `market`, `limit`, `stop` or `stop_limit` for a single-leg order;
                `market`,
                `debit`, `credit` or `even` for a combo or multileg order, whose legs carry the order's type.
            symbol (str | Unset): The equity's symbol, or the option's underlying.
            side (OrderSide | Unset): Side: `buy`, `buy_to_cover`, `sell`, `sell_short` for equities; `buy_to_open`,
                `buy_to_close`, `sell_to_open`, `sell_to_close` for options. A combo or multileg order says
                `buy` in every published example, whatever its legs do.
            quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            status (str | Unset): State, an open string: the vendor's reference lists `open`, `partially_filled`,
                `filled`, `expired`, `canceled`, `pending`, `rejected`, `error`; its account stream adds
                `calculated`, `accepted_for_bidding`, `held`; its current reference `pending_cancel`
                and an older by-id page `submitted`. Recorded: `filled`, `pending`, `expired`,
                `canceled`.
            duration (OrderDuration | Unset): How long the order works.
            price (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            stop_price (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            avg_fill_price (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            exec_quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            last_fill_price (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            last_fill_quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            remaining_quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            create_date (datetime.datetime | Unset): A UTC timestamp with a `Z`, with or without a fraction of a second. The
                form depends on the
                endpoint: positions, gain/loss and the profile send milliseconds
                (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
                2013 history bodies had milliseconds). Parse both.
            transaction_date (datetime.datetime | Unset): A UTC timestamp with a `Z`, with or without a fraction of a
                second. The form depends on the
                endpoint: positions, gain/loss and the profile send milliseconds
                (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
                2013 history bodies had milliseconds). Parse both.
            option_symbol (str | Unset): The OCC symbol of an option order or leg (`SPY180720C00274000`).
            reason_description (str | Unset): Why the order was rejected.
            tag (str | Unset): The client's label (letters, digits and `-`, up to 255 characters); only with
                `includeTags=true`.
            exch (str | Unset): Exchange (an older by-id page only).
            exec_exch (str | Unset): Executing exchange (an older by-id page only).
            option_type (str | Unset): `put` or `call` (an older by-id page only).
            expiration_date (str | Unset): Option expiration (an older by-id page only; its format is not shown).
            last_price (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
            last_quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
    """

    id: int
    class_: str
    type_: OrderType | Unset = UNSET
    symbol: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    duration: OrderDuration | Unset = UNSET
    price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    avg_fill_price: Decimal | Unset = UNSET
    exec_quantity: Decimal | Unset = UNSET
    last_fill_price: Decimal | Unset = UNSET
    last_fill_quantity: Decimal | Unset = UNSET
    remaining_quantity: Decimal | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    transaction_date: datetime.datetime | Unset = UNSET
    option_symbol: str | Unset = UNSET
    reason_description: str | Unset = UNSET
    tag: str | Unset = UNSET
    exch: str | Unset = UNSET
    exec_exch: str | Unset = UNSET
    option_type: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    last_price: Decimal | Unset = UNSET
    last_quantity: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        class_ = self.class_

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        quantity: Decimal | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity

        status = self.status

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        price: Decimal | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price

        stop_price: Decimal | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = self.stop_price

        avg_fill_price: Decimal | Unset = UNSET
        if not isinstance(self.avg_fill_price, Unset):
            avg_fill_price = self.avg_fill_price

        exec_quantity: Decimal | Unset = UNSET
        if not isinstance(self.exec_quantity, Unset):
            exec_quantity = self.exec_quantity

        last_fill_price: Decimal | Unset = UNSET
        if not isinstance(self.last_fill_price, Unset):
            last_fill_price = self.last_fill_price

        last_fill_quantity: Decimal | Unset = UNSET
        if not isinstance(self.last_fill_quantity, Unset):
            last_fill_quantity = self.last_fill_quantity

        remaining_quantity: Decimal | Unset = UNSET
        if not isinstance(self.remaining_quantity, Unset):
            remaining_quantity = self.remaining_quantity

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        transaction_date: str | Unset = UNSET
        if not isinstance(self.transaction_date, Unset):
            transaction_date = self.transaction_date.isoformat()

        option_symbol = self.option_symbol

        reason_description = self.reason_description

        tag = self.tag

        exch = self.exch

        exec_exch = self.exec_exch

        option_type = self.option_type

        expiration_date = self.expiration_date

        last_price: Decimal | Unset = UNSET
        if not isinstance(self.last_price, Unset):
            last_price = self.last_price

        last_quantity: Decimal | Unset = UNSET
        if not isinstance(self.last_quantity, Unset):
            last_quantity = self.last_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "class": class_,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if price is not UNSET:
            field_dict["price"] = price
        if stop_price is not UNSET:
            field_dict["stop_price"] = stop_price
        if avg_fill_price is not UNSET:
            field_dict["avg_fill_price"] = avg_fill_price
        if exec_quantity is not UNSET:
            field_dict["exec_quantity"] = exec_quantity
        if last_fill_price is not UNSET:
            field_dict["last_fill_price"] = last_fill_price
        if last_fill_quantity is not UNSET:
            field_dict["last_fill_quantity"] = last_fill_quantity
        if remaining_quantity is not UNSET:
            field_dict["remaining_quantity"] = remaining_quantity
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if option_symbol is not UNSET:
            field_dict["option_symbol"] = option_symbol
        if reason_description is not UNSET:
            field_dict["reason_description"] = reason_description
        if tag is not UNSET:
            field_dict["tag"] = tag
        if exch is not UNSET:
            field_dict["exch"] = exch
        if exec_exch is not UNSET:
            field_dict["exec_exch"] = exec_exch
        if option_type is not UNSET:
            field_dict["option_type"] = option_type
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if last_price is not UNSET:
            field_dict["last_price"] = last_price
        if last_quantity is not UNSET:
            field_dict["last_quantity"] = last_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        class_ = d.pop("class")

        _type_ = d.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType(_type_)

        symbol = d.pop("symbol", UNSET)

        _side = d.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _quantity = d.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = exact_decimal(_quantity)

        status = d.pop("status", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: OrderDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = OrderDuration(_duration)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = exact_decimal(_price)

        _stop_price = d.pop("stop_price", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = exact_decimal(_stop_price)

        _avg_fill_price = d.pop("avg_fill_price", UNSET)
        avg_fill_price: Decimal | Unset
        if isinstance(_avg_fill_price, Unset):
            avg_fill_price = UNSET
        else:
            avg_fill_price = exact_decimal(_avg_fill_price)

        _exec_quantity = d.pop("exec_quantity", UNSET)
        exec_quantity: Decimal | Unset
        if isinstance(_exec_quantity, Unset):
            exec_quantity = UNSET
        else:
            exec_quantity = exact_decimal(_exec_quantity)

        _last_fill_price = d.pop("last_fill_price", UNSET)
        last_fill_price: Decimal | Unset
        if isinstance(_last_fill_price, Unset):
            last_fill_price = UNSET
        else:
            last_fill_price = exact_decimal(_last_fill_price)

        _last_fill_quantity = d.pop("last_fill_quantity", UNSET)
        last_fill_quantity: Decimal | Unset
        if isinstance(_last_fill_quantity, Unset):
            last_fill_quantity = UNSET
        else:
            last_fill_quantity = exact_decimal(_last_fill_quantity)

        _remaining_quantity = d.pop("remaining_quantity", UNSET)
        remaining_quantity: Decimal | Unset
        if isinstance(_remaining_quantity, Unset):
            remaining_quantity = UNSET
        else:
            remaining_quantity = exact_decimal(_remaining_quantity)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = datetime.datetime.fromisoformat(_create_date)

        _transaction_date = d.pop("transaction_date", UNSET)
        transaction_date: datetime.datetime | Unset
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = datetime.datetime.fromisoformat(_transaction_date)

        option_symbol = d.pop("option_symbol", UNSET)

        reason_description = d.pop("reason_description", UNSET)

        tag = d.pop("tag", UNSET)

        exch = d.pop("exch", UNSET)

        exec_exch = d.pop("exec_exch", UNSET)

        option_type = d.pop("option_type", UNSET)

        expiration_date = d.pop("expiration_date", UNSET)

        _last_price = d.pop("last_price", UNSET)
        last_price: Decimal | Unset
        if isinstance(_last_price, Unset):
            last_price = UNSET
        else:
            last_price = exact_decimal(_last_price)

        _last_quantity = d.pop("last_quantity", UNSET)
        last_quantity: Decimal | Unset
        if isinstance(_last_quantity, Unset):
            last_quantity = UNSET
        else:
            last_quantity = exact_decimal(_last_quantity)

        order_leg = cls(
            id=id,
            class_=class_,
            type_=type_,
            symbol=symbol,
            side=side,
            quantity=quantity,
            status=status,
            duration=duration,
            price=price,
            stop_price=stop_price,
            avg_fill_price=avg_fill_price,
            exec_quantity=exec_quantity,
            last_fill_price=last_fill_price,
            last_fill_quantity=last_fill_quantity,
            remaining_quantity=remaining_quantity,
            create_date=create_date,
            transaction_date=transaction_date,
            option_symbol=option_symbol,
            reason_description=reason_description,
            tag=tag,
            exch=exch,
            exec_exch=exec_exch,
            option_type=option_type,
            expiration_date=expiration_date,
            last_price=last_price,
            last_quantity=last_quantity,
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
