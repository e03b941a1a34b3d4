from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="EventDetail")


@_attrs_define
class EventDetail:
    """The details of an event other than a trade or an option event. Only `description` is
    required: several types (`wire`, `fee`, `tax`, `check`, `interest`) were never recorded.

        Attributes:
            description (str): e.g. `ACH DISBURSEMENT`, `6YA-00005 TO 6YA-00102`, a dividend payer's name.
            quantity (Decimal | Unset): An exact decimal sent as a JSON number, often with a long tail of zeros
                (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
                binary float: the digits and the scale sent are significant.
    """

    description: str
    quantity: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        quantity: Decimal | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        _quantity = d.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = exact_decimal(_quantity)

        event_detail = cls(
            description=description,
            quantity=quantity,
        )

        event_detail.additional_properties = d
        return event_detail

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
