from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_type_enum import AssetTypeEnum
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="OrderLeg")


@_attrs_define
class OrderLeg:
    """One leg of an order.

    Attributes:
        asset_type (AssetTypeEnum): Kind of instrument of a position or an order leg: the vendor's general `AssetType`
            (twelve
            values; its position schema lists only `STOCK`, `STOCKOPTION`, `FUTURE`, `INDEXOPTION`).
        buy_or_sell (str): `Buy`, `Sell`, `SellShort` or `BuyToCover` (documented); QuantConnect also accepts `BUY`,
            `SELL`, `BUYTOCOVER`. tradestation-api-python accepts only `Buy` and `Sell`.
        exec_quantity (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
            sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        quantity_ordered (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional
            minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        quantity_remaining (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional
            minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        symbol (str): The leg's symbol.
        execution_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
            optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        expiration_date (datetime.datetime | Unset): Expiration of an option or future leg (declared an object by the
            vendor; sent as a string).
        open_or_close (str | Unset): `Open` or `Close`; optional (tradestation-api-python allows a leg without it).
        option_type (str | Unset): `CALL` or `PUT`, for option legs.
        strike_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
            minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        underlying (str | Unset): Underlying of a future or option leg.
    """

    asset_type: AssetTypeEnum
    buy_or_sell: str
    exec_quantity: Decimal
    quantity_ordered: Decimal
    quantity_remaining: Decimal
    symbol: str
    execution_price: Decimal | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    open_or_close: str | Unset = UNSET
    option_type: str | Unset = UNSET
    strike_price: Decimal | Unset = UNSET
    underlying: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_type = self.asset_type.value

        buy_or_sell = self.buy_or_sell

        exec_quantity = str(self.exec_quantity)

        quantity_ordered = str(self.quantity_ordered)

        quantity_remaining = str(self.quantity_remaining)

        symbol = self.symbol

        execution_price: str | Unset = UNSET
        if not isinstance(self.execution_price, Unset):
            execution_price = str(self.execution_price)

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        open_or_close = self.open_or_close

        option_type = self.option_type

        strike_price: str | Unset = UNSET
        if not isinstance(self.strike_price, Unset):
            strike_price = str(self.strike_price)

        underlying = self.underlying

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssetType": asset_type,
                "BuyOrSell": buy_or_sell,
                "ExecQuantity": exec_quantity,
                "QuantityOrdered": quantity_ordered,
                "QuantityRemaining": quantity_remaining,
                "Symbol": symbol,
            }
        )
        if execution_price is not UNSET:
            field_dict["ExecutionPrice"] = execution_price
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if open_or_close is not UNSET:
            field_dict["OpenOrClose"] = open_or_close
        if option_type is not UNSET:
            field_dict["OptionType"] = option_type
        if strike_price is not UNSET:
            field_dict["StrikePrice"] = strike_price
        if underlying is not UNSET:
            field_dict["Underlying"] = underlying

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_type = AssetTypeEnum(d.pop("AssetType"))

        buy_or_sell = d.pop("BuyOrSell")

        exec_quantity = exact_decimal(d.pop("ExecQuantity"))

        quantity_ordered = exact_decimal(d.pop("QuantityOrdered"))

        quantity_remaining = exact_decimal(d.pop("QuantityRemaining"))

        symbol = d.pop("Symbol")

        _execution_price = d.pop("ExecutionPrice", UNSET)
        execution_price: Decimal | Unset
        if isinstance(_execution_price, Unset):
            execution_price = UNSET
        else:
            execution_price = exact_decimal(_execution_price)

        _expiration_date = d.pop("ExpirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        open_or_close = d.pop("OpenOrClose", UNSET)

        option_type = d.pop("OptionType", UNSET)

        _strike_price = d.pop("StrikePrice", UNSET)
        strike_price: Decimal | Unset
        if isinstance(_strike_price, Unset):
            strike_price = UNSET
        else:
            strike_price = exact_decimal(_strike_price)

        underlying = d.pop("Underlying", UNSET)

        order_leg = cls(
            asset_type=asset_type,
            buy_or_sell=buy_or_sell,
            exec_quantity=exec_quantity,
            quantity_ordered=quantity_ordered,
            quantity_remaining=quantity_remaining,
            symbol=symbol,
            execution_price=execution_price,
            expiration_date=expiration_date,
            open_or_close=open_or_close,
            option_type=option_type,
            strike_price=strike_price,
            underlying=underlying,
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
