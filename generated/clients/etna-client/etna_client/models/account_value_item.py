from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="AccountValueItem")


@_attrs_define
class AccountValueItem:
    """The account value on one day.

    Attributes:
        date (datetime.datetime): The trading day, at midnight UTC (`2019-01-22T00:00:00Z`).
        value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
    """

    date: datetime.datetime
    value: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.datetime.fromisoformat(d.pop("Date"))

        value = exact_decimal(d.pop("Value"))

        account_value_item = cls(
            date=date,
            value=value,
        )

        account_value_item.additional_properties = d
        return account_value_item

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
