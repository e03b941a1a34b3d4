from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_type import PositionType
from ..models.security_type import SecurityType
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """A holding. `quantity` is signed: positive for a long, negative for a short.
    `market_value` is signed too. No vendor source states how it is computed: the field is
    described as the current market value, yet all three rows of the vendor's published example
    value the position at `closing_price` (`100 × 150.50 = 15050.00`, `-50 × 180.00 = -9000.00`,
    `10 × 2.70 × 100 = 2700.00` for the option), whose description reads "the closing price used
    to value the position for the last trading day". The contract therefore promises no
    formula. (The mock values positions at `instrument_price`, times the contract multiplier for
    options; that is the mock's rule, not a vendor guarantee.)

        Attributes:
            account_id (int): The account holding the position.
            instrument_id (UUID): The instrument.
            instrument_type (SecurityType): Kind of instrument. `INDEX` was added 2026-07-17 (SDK 0.6). `PREFERRED_STOCK`
                and `OTHER`
                appear only in docs pages from before 2026-05-28; the current API does not send them.
            symbol (str): Display symbol; OSI for options; the currency (e.g. `USD`) for cash.
            position_type (PositionType): Direction of the position. The option-specific values were replaced by
                `LONG`/`SHORT` on
                2026-06-29 (SDK 0.5); older pages still show them.
            quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            available_quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
                also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            market_value (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
                any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            avg_price (Decimal | None | Unset): Average price per share or contract; null when unknown.
            closing_price (Decimal | None | Unset): Previous close used for valuation.
            closing_price_date (datetime.date | None | Unset): Market day of `closing_price`.
            cost_basis (Decimal | None | Unset): Total cost basis (negative for shorts).
            daily_realized_pnl (Decimal | None | Unset): Today's realized P&L. Added 2026-06-16 (SDK 0.5).
            daily_unrealized_pnl (Decimal | None | Unset): Unrealized P&L against the previous close.
            daily_unrealized_pnl_pct (Decimal | None | Unset): `daily_unrealized_pnl` as a percentage of the previous-close
                value.
            instrument_price (Decimal | None | Unset): Current market price.
            underlying_instrument_id (None | Unset | UUID): Underlying instrument of an option; null when it does not apply.
            underlying_instrument_type (None | SecurityType | Unset): Kind of the underlying instrument. Added in SDK 0.8.
            unrealized_pnl (Decimal | None | Unset): Unrealized P&L against cost basis.
            unrealized_pnl_pct (Decimal | None | Unset): `unrealized_pnl` as a percentage of cost basis.
    """

    account_id: int
    instrument_id: UUID
    instrument_type: SecurityType
    symbol: str
    position_type: PositionType
    quantity: Decimal
    available_quantity: Decimal
    market_value: Decimal
    avg_price: Decimal | None | Unset = UNSET
    closing_price: Decimal | None | Unset = UNSET
    closing_price_date: datetime.date | None | Unset = UNSET
    cost_basis: Decimal | None | Unset = UNSET
    daily_realized_pnl: Decimal | None | Unset = UNSET
    daily_unrealized_pnl: Decimal | None | Unset = UNSET
    daily_unrealized_pnl_pct: Decimal | None | Unset = UNSET
    instrument_price: Decimal | None | Unset = UNSET
    underlying_instrument_id: None | Unset | UUID = UNSET
    underlying_instrument_type: None | SecurityType | Unset = UNSET
    unrealized_pnl: Decimal | None | Unset = UNSET
    unrealized_pnl_pct: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        instrument_id = str(self.instrument_id)

        instrument_type = self.instrument_type.value

        symbol = self.symbol

        position_type = self.position_type.value

        quantity = str(self.quantity)

        available_quantity = str(self.available_quantity)

        market_value = str(self.market_value)

        avg_price: None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        elif isinstance(self.avg_price, Decimal):
            avg_price = str(self.avg_price)
        else:
            avg_price = self.avg_price

        closing_price: None | str | Unset
        if isinstance(self.closing_price, Unset):
            closing_price = UNSET
        elif isinstance(self.closing_price, Decimal):
            closing_price = str(self.closing_price)
        else:
            closing_price = self.closing_price

        closing_price_date: None | str | Unset
        if isinstance(self.closing_price_date, Unset):
            closing_price_date = UNSET
        elif isinstance(self.closing_price_date, datetime.date):
            closing_price_date = self.closing_price_date.isoformat()
        else:
            closing_price_date = self.closing_price_date

        cost_basis: None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        elif isinstance(self.cost_basis, Decimal):
            cost_basis = str(self.cost_basis)
        else:
            cost_basis = self.cost_basis

        daily_realized_pnl: None | str | Unset
        if isinstance(self.daily_realized_pnl, Unset):
            daily_realized_pnl = UNSET
        elif isinstance(self.daily_realized_pnl, Decimal):
            daily_realized_pnl = str(self.daily_realized_pnl)
        else:
            daily_realized_pnl = self.daily_realized_pnl

        daily_unrealized_pnl: None | str | Unset
        if isinstance(self.daily_unrealized_pnl, Unset):
            daily_unrealized_pnl = UNSET
        elif isinstance(self.daily_unrealized_pnl, Decimal):
            daily_unrealized_pnl = str(self.daily_unrealized_pnl)
        else:
            daily_unrealized_pnl = self.daily_unrealized_pnl

        daily_unrealized_pnl_pct: None | str | Unset
        if isinstance(self.daily_unrealized_pnl_pct, Unset):
            daily_unrealized_pnl_pct = UNSET
        elif isinstance(self.daily_unrealized_pnl_pct, Decimal):
            daily_unrealized_pnl_pct = str(self.daily_unrealized_pnl_pct)
        else:
            daily_unrealized_pnl_pct = self.daily_unrealized_pnl_pct

        instrument_price: None | str | Unset
        if isinstance(self.instrument_price, Unset):
            instrument_price = UNSET
        elif isinstance(self.instrument_price, Decimal):
            instrument_price = str(self.instrument_price)
        else:
            instrument_price = self.instrument_price

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

        unrealized_pnl: None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        elif isinstance(self.unrealized_pnl, Decimal):
            unrealized_pnl = str(self.unrealized_pnl)
        else:
            unrealized_pnl = self.unrealized_pnl

        unrealized_pnl_pct: None | str | Unset
        if isinstance(self.unrealized_pnl_pct, Unset):
            unrealized_pnl_pct = UNSET
        elif isinstance(self.unrealized_pnl_pct, Decimal):
            unrealized_pnl_pct = str(self.unrealized_pnl_pct)
        else:
            unrealized_pnl_pct = self.unrealized_pnl_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "instrument_id": instrument_id,
                "instrument_type": instrument_type,
                "symbol": symbol,
                "position_type": position_type,
                "quantity": quantity,
                "available_quantity": available_quantity,
                "market_value": market_value,
            }
        )
        if avg_price is not UNSET:
            field_dict["avg_price"] = avg_price
        if closing_price is not UNSET:
            field_dict["closing_price"] = closing_price
        if closing_price_date is not UNSET:
            field_dict["closing_price_date"] = closing_price_date
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis
        if daily_realized_pnl is not UNSET:
            field_dict["daily_realized_pnl"] = daily_realized_pnl
        if daily_unrealized_pnl is not UNSET:
            field_dict["daily_unrealized_pnl"] = daily_unrealized_pnl
        if daily_unrealized_pnl_pct is not UNSET:
            field_dict["daily_unrealized_pnl_pct"] = daily_unrealized_pnl_pct
        if instrument_price is not UNSET:
            field_dict["instrument_price"] = instrument_price
        if underlying_instrument_id is not UNSET:
            field_dict["underlying_instrument_id"] = underlying_instrument_id
        if underlying_instrument_type is not UNSET:
            field_dict["underlying_instrument_type"] = underlying_instrument_type
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if unrealized_pnl_pct is not UNSET:
            field_dict["unrealized_pnl_pct"] = unrealized_pnl_pct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        instrument_id = UUID(d.pop("instrument_id"))

        instrument_type = SecurityType(d.pop("instrument_type"))

        symbol = d.pop("symbol")

        position_type = PositionType(d.pop("position_type"))

        quantity = exact_decimal(d.pop("quantity"))

        available_quantity = exact_decimal(d.pop("available_quantity"))

        market_value = exact_decimal(d.pop("market_value"))

        def _parse_avg_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                avg_price_type_0 = exact_decimal(data)

                return avg_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        avg_price = _parse_avg_price(d.pop("avg_price", UNSET))

        def _parse_closing_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                closing_price_type_0 = exact_decimal(data)

                return closing_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        closing_price = _parse_closing_price(d.pop("closing_price", UNSET))

        def _parse_closing_price_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_price_date_type_0 = datetime.date.fromisoformat(data)

                return closing_price_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closing_price_date = _parse_closing_price_date(d.pop("closing_price_date", UNSET))

        def _parse_cost_basis(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                cost_basis_type_0 = exact_decimal(data)

                return cost_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        cost_basis = _parse_cost_basis(d.pop("cost_basis", UNSET))

        def _parse_daily_realized_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                daily_realized_pnl_type_0 = exact_decimal(data)

                return daily_realized_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        daily_realized_pnl = _parse_daily_realized_pnl(d.pop("daily_realized_pnl", UNSET))

        def _parse_daily_unrealized_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                daily_unrealized_pnl_type_0 = exact_decimal(data)

                return daily_unrealized_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        daily_unrealized_pnl = _parse_daily_unrealized_pnl(d.pop("daily_unrealized_pnl", UNSET))

        def _parse_daily_unrealized_pnl_pct(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                daily_unrealized_pnl_pct_type_0 = exact_decimal(data)

                return daily_unrealized_pnl_pct_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        daily_unrealized_pnl_pct = _parse_daily_unrealized_pnl_pct(d.pop("daily_unrealized_pnl_pct", UNSET))

        def _parse_instrument_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                instrument_price_type_0 = exact_decimal(data)

                return instrument_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        instrument_price = _parse_instrument_price(d.pop("instrument_price", UNSET))

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

        def _parse_unrealized_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                unrealized_pnl_type_0 = exact_decimal(data)

                return unrealized_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_pnl = _parse_unrealized_pnl(d.pop("unrealized_pnl", UNSET))

        def _parse_unrealized_pnl_pct(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                unrealized_pnl_pct_type_0 = exact_decimal(data)

                return unrealized_pnl_pct_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_pnl_pct = _parse_unrealized_pnl_pct(d.pop("unrealized_pnl_pct", UNSET))

        position = cls(
            account_id=account_id,
            instrument_id=instrument_id,
            instrument_type=instrument_type,
            symbol=symbol,
            position_type=position_type,
            quantity=quantity,
            available_quantity=available_quantity,
            market_value=market_value,
            avg_price=avg_price,
            closing_price=closing_price,
            closing_price_date=closing_price_date,
            cost_basis=cost_basis,
            daily_realized_pnl=daily_realized_pnl,
            daily_unrealized_pnl=daily_unrealized_pnl,
            daily_unrealized_pnl_pct=daily_unrealized_pnl_pct,
            instrument_price=instrument_price,
            underlying_instrument_id=underlying_instrument_id,
            underlying_instrument_type=underlying_instrument_type,
            unrealized_pnl=unrealized_pnl,
            unrealized_pnl_pct=unrealized_pnl_pct,
        )

        position.additional_properties = d
        return position

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
