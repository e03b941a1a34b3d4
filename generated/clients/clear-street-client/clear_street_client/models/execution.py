from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.security_type import SecurityType
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="Execution")


@_attrs_define
class Execution:
    """One execution report: a fill of part or all of an order. `quantity` is unsigned; `side` says
    which way. A multi-leg order's strategy-level fill has no `instrument_id`, `symbol` or `price`
    (null; SDK 0.6/0.7 and later) and its `quantity` counts packages, not a leg's units; the
    vendor says leg prices "live only at the leg level", which the contract reads as fills of
    each leg reported beside it, each with its instrument and price (the mock's reading; the
    vendor publishes no multi-leg body). Reconcile positions with the fills that name an
    instrument. No commission, liquidity flag or account id is carried.

        Attributes:
            id (UUID): The execution report (UUIDv7 in the vendor's example).
            order_id (UUID): The `id` of the order this fill belongs to.
            quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            side (OrderSide): Order side. `SELL_SHORT` and `OTHER` were removed in SDK 0.8.
            transaction_time (datetime.datetime): When the fill happened, UTC; nanosecond precision per the vendor (its
                example has six digits).
            instrument_id (None | Unset | UUID): The instrument filled; null for a strategy-level multi-leg fill (required
                before SDK 0.6).
            symbol (None | str | Unset): Symbol of the instrument; null for a strategy-level multi-leg fill.
            price (Decimal | None | Unset): Fill price; null for a strategy-level multi-leg fill (nullable since SDK 0.7).
            underlying_instrument_id (None | Unset | UUID): Underlying of an option fill; absent or null otherwise (SDK 0.7
                and later).
            underlying_instrument_type (None | SecurityType | Unset): Kind of the underlying (SDK 0.8 and later).
            venue (None | str | Unset): Venue where the fill happened, as that venue reports it (codes are not normalised),
                unlike
                an order's `venue`, the routing destination; null when unknown (SDK 0.7 and later).
    """

    id: UUID
    order_id: UUID
    quantity: Decimal
    side: OrderSide
    transaction_time: datetime.datetime
    instrument_id: None | Unset | UUID = UNSET
    symbol: None | str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    underlying_instrument_id: None | Unset | UUID = UNSET
    underlying_instrument_type: None | SecurityType | Unset = UNSET
    venue: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        order_id = str(self.order_id)

        quantity = str(self.quantity)

        side = self.side.value

        transaction_time = self.transaction_time.isoformat()

        instrument_id: None | str | Unset
        if isinstance(self.instrument_id, Unset):
            instrument_id = UNSET
        elif isinstance(self.instrument_id, UUID):
            instrument_id = str(self.instrument_id)
        else:
            instrument_id = self.instrument_id

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Decimal):
            price = str(self.price)
        else:
            price = self.price

        underlying_instrument_id: None | str | Unset
        if isinstance(self.underlying_instrument_id, Unset):
            underlying_instrument_id = UNSET
        elif isinstance(self.underlying_instrument_id, UUID):
            underlying_instrument_id = str(self.underlying_instrument_id)
        else:
            underlying_instrument_id = self.underlying_instrument_id

        underlying_instrument_type: None | str | Unset
        if isinstance(self.underlying_instrument_type, Unset):
            underlying_instrument_type = UNSET
        elif isinstance(self.underlying_instrument_type, SecurityType):
            underlying_instrument_type = self.underlying_instrument_type.value
        else:
            underlying_instrument_type = self.underlying_instrument_type

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "quantity": quantity,
                "side": side,
                "transaction_time": transaction_time,
            }
        )
        if instrument_id is not UNSET:
            field_dict["instrument_id"] = instrument_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if price is not UNSET:
            field_dict["price"] = price
        if underlying_instrument_id is not UNSET:
            field_dict["underlying_instrument_id"] = underlying_instrument_id
        if underlying_instrument_type is not UNSET:
            field_dict["underlying_instrument_type"] = underlying_instrument_type
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        order_id = UUID(d.pop("order_id"))

        quantity = exact_decimal(d.pop("quantity"))

        side = OrderSide(d.pop("side"))

        transaction_time = datetime.datetime.fromisoformat(d.pop("transaction_time"))

        def _parse_instrument_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instrument_id_type_0 = UUID(data)

                return instrument_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        instrument_id = _parse_instrument_id(d.pop("instrument_id", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                price_type_0 = exact_decimal(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_underlying_instrument_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_instrument_id_type_0 = UUID(data)

                return underlying_instrument_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        underlying_instrument_id = _parse_underlying_instrument_id(d.pop("underlying_instrument_id", UNSET))

        def _parse_underlying_instrument_type(data: object) -> None | SecurityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_instrument_type_type_0 = SecurityType(data)

                return underlying_instrument_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityType | Unset, data)

        underlying_instrument_type = _parse_underlying_instrument_type(d.pop("underlying_instrument_type", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        execution = cls(
            id=id,
            order_id=order_id,
            quantity=quantity,
            side=side,
            transaction_time=transaction_time,
            instrument_id=instrument_id,
            symbol=symbol,
            price=price,
            underlying_instrument_id=underlying_instrument_id,
            underlying_instrument_type=underlying_instrument_type,
            venue=venue,
        )

        execution.additional_properties = d
        return execution

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
