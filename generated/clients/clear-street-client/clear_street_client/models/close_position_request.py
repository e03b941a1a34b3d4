from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClosePositionRequest")


@_attrs_define
class ClosePositionRequest:
    """Options of a close request.

    Attributes:
        cancel_orders (bool | None | Unset): Cancel the position's open orders before closing; without it, open orders
            make the close fail.
    """

    cancel_orders: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_orders: bool | None | Unset
        if isinstance(self.cancel_orders, Unset):
            cancel_orders = UNSET
        else:
            cancel_orders = self.cancel_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancel_orders is not UNSET:
            field_dict["cancel_orders"] = cancel_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cancel_orders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cancel_orders = _parse_cancel_orders(d.pop("cancel_orders", UNSET))

        close_position_request = cls(
            cancel_orders=cancel_orders,
        )

        close_position_request.additional_properties = d
        return close_position_request

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
