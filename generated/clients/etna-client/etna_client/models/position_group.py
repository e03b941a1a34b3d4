from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="PositionGroup")


@_attrs_define
class PositionGroup:
    """Market value of one asset group.

    Attributes:
        name (str): The asset group. ETNA's page lists `FixedIncome`, `Equity`, `Forex`, `Futures`, `Other`,
            `Index`, `Cryptocurrency` and `Cash` (which carries the account's cash), and its own
            example returns `Options`, which the list lacks; the swaggers type it as a plain string.
            So the names are not a closed list.
        market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
            digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
    """

    name: str
    market_value: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        market_value = self.market_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "MarketValue": market_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        market_value = exact_decimal(d.pop("MarketValue"))

        position_group = cls(
            name=name,
            market_value=market_value,
        )

        position_group.additional_properties = d
        return position_group

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
