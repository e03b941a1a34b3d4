from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """An open position.

    Attributes:
        cost_basis (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        date_acquired (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The form
            depends on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
        id (int): The position's identifier.
        quantity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        symbol (str): An equity ticker (`AAPL`) or an OCC option symbol (`SPY180309P00262000`).
    """

    cost_basis: Decimal
    date_acquired: datetime.datetime
    id: int
    quantity: Decimal
    symbol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_basis = self.cost_basis

        date_acquired = self.date_acquired.isoformat()

        id = self.id

        quantity = self.quantity

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost_basis": cost_basis,
                "date_acquired": date_acquired,
                "id": id,
                "quantity": quantity,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_basis = exact_decimal(d.pop("cost_basis"))

        date_acquired = datetime.datetime.fromisoformat(d.pop("date_acquired"))

        id = d.pop("id")

        quantity = exact_decimal(d.pop("quantity"))

        symbol = d.pop("symbol")

        position = cls(
            cost_basis=cost_basis,
            date_acquired=date_acquired,
            id=id,
            quantity=quantity,
            symbol=symbol,
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
