from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderRelationship")


@_attrs_define
class OrderRelationship:
    """An order linked to this one in a group.

    Attributes:
        order_id (str): The linked order.
        relationship (str): `BRK` bracket, `OSP` linked parent, `OSO` linked child, or `OCO`.
    """

    order_id: str
    relationship: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        relationship = self.relationship

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderID": order_id,
                "Relationship": relationship,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("OrderID")

        relationship = d.pop("Relationship")

        order_relationship = cls(
            order_id=order_id,
            relationship=relationship,
        )

        order_relationship.additional_properties = d
        return order_relationship

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
