from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="TradeDetail")


@_attrs_define
class TradeDetail:
    """The details of a trade event.

    Attributes:
        commission (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        description (str): The security's name; for options a padded text such as `CALL GE     06/22/18    14`.
        price (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        quantity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        symbol (str): An equity ticker (`AAPL`) or an OCC option symbol (`SPY180309P00262000`).
        trade_type (str): Equity or option trade: an open string, compared case-insensitively. The docs write
            `Equity`/`Option`; captures from 2024 to 2026 send lowercase `option`. No source says the
            list is exhaustive.
    """

    commission: Decimal
    description: str
    price: Decimal
    quantity: Decimal
    symbol: str
    trade_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission = self.commission

        description = self.description

        price = self.price

        quantity = self.quantity

        symbol = self.symbol

        trade_type = self.trade_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commission": commission,
                "description": description,
                "price": price,
                "quantity": quantity,
                "symbol": symbol,
                "trade_type": trade_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commission = exact_decimal(d.pop("commission"))

        description = d.pop("description")

        price = exact_decimal(d.pop("price"))

        quantity = exact_decimal(d.pop("quantity"))

        symbol = d.pop("symbol")

        trade_type = d.pop("trade_type")

        trade_detail = cls(
            commission=commission,
            description=description,
            price=price,
            quantity=quantity,
            symbol=symbol,
            trade_type=trade_type,
        )

        trade_detail.additional_properties = d
        return trade_detail

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
