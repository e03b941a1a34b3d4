from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="Orders")


@_attrs_define
class Orders:
    """The orders of a page that has at least one. The vendor's current reference also declares
    `page`, `total_pages` and `total_orders` here; no example or recording shows them, so they
    are optional (the mock does not send them).

        Attributes:
            order (list[Order] | Order): An object when the page holds one order (recorded in 2016), else an array.
            page (int | Unset): This page's number (current reference only).
            total_pages (int | Unset): Pages in all (current reference only).
            total_orders (int | Unset): Orders in all (current reference only).
    """

    order: list[Order] | Order
    page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_orders: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order import Order  # noqa: PLC0415

        order: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = []
            for componentsschemas_order_array_item_data in self.order:
                componentsschemas_order_array_item = componentsschemas_order_array_item_data.to_dict()
                order.append(componentsschemas_order_array_item)

        page = self.page

        total_pages = self.total_pages

        total_orders = self.total_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_order(data: object) -> list[Order] | Order:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = Order.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            order_type_1 = []
            _order_type_1 = data
            for componentsschemas_order_array_item_data in _order_type_1:
                componentsschemas_order_array_item = Order.from_dict(componentsschemas_order_array_item_data)

                order_type_1.append(componentsschemas_order_array_item)

            return order_type_1

        order = _parse_order(d.pop("order"))

        page = d.pop("page", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_orders = d.pop("total_orders", UNSET)

        orders = cls(
            order=order,
            page=page,
            total_pages=total_pages,
            total_orders=total_orders,
        )

        orders.additional_properties = d
        return orders

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
