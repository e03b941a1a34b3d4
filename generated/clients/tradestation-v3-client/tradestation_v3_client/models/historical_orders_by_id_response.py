from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.historical_order import HistoricalOrder
    from ..models.order_error import OrderError


T = TypeVar("T", bound="HistoricalOrdersByIdResponse")


@_attrs_define
class HistoricalOrdersByIdResponse:
    """The orders found by id, and an error for each id or account that could not be served.

    Attributes:
        orders (list[HistoricalOrder]):
        errors (list[OrderError] | Unset): One entry per order id not found or account not served; absent or empty when
            none failed.
    """

    orders: list[HistoricalOrder]
    errors: list[OrderError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Orders": orders,
            }
        )
        if errors is not UNSET:
            field_dict["Errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.historical_order import HistoricalOrder  # noqa: PLC0415
        from ..models.order_error import OrderError  # noqa: PLC0415

        d = dict(src_dict)
        orders = []
        _orders = d.pop("Orders")
        for orders_item_data in _orders:
            orders_item = HistoricalOrder.from_dict(orders_item_data)

            orders.append(orders_item)

        _errors = d.pop("Errors", UNSET)
        errors: list[OrderError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = OrderError.from_dict(errors_item_data)

                errors.append(errors_item)

        historical_orders_by_id_response = cls(
            orders=orders,
            errors=errors,
        )

        historical_orders_by_id_response.additional_properties = d
        return historical_orders_by_id_response

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
