from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="OptionDetail")


@_attrs_define
class OptionDetail:
    """The details of an option event.

    Attributes:
        option_type (str): What happened. An open string: the docs example sends `OPTEXP` (an expiration); one
            client library also knows `exercise`, `expired` and `assignment`.
        description (str): e.g. `Expired`.
        quantity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
    """

    option_type: str
    description: str
    quantity: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_type = self.option_type

        description = self.description

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "option_type": option_type,
                "description": description,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_type = d.pop("option_type")

        description = d.pop("description")

        quantity = exact_decimal(d.pop("quantity"))

        option_detail = cls(
            option_type=option_type,
            description=description,
            quantity=quantity,
        )

        option_detail.additional_properties = d
        return option_detail

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
