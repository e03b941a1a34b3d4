from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClosedPosition")


@_attrs_define
class ClosedPosition:
    """A position closed today.

    Attributes:
        currency (str): Currency of the symbol.
        profit (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        symbol (str): The closed symbol.
    """

    currency: str
    profit: Decimal
    symbol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        profit = self.profit

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "Profit": profit,
                "Symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        profit = Decimal(str(d.pop("Profit")))

        symbol = d.pop("Symbol")

        closed_position = cls(
            currency=currency,
            profit=profit,
            symbol=symbol,
        )

        closed_position.additional_properties = d
        return closed_position

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
