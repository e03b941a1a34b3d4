from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many
from ..models.order import Order

if TYPE_CHECKING:
    from ..models.orders import Orders


T = TypeVar("T", bound="OrdersResponse")


@_attrs_define
class OrdersResponse:
    """The body of `GET /v1/accounts/{account_id}/orders` (one page).

    Attributes:
        orders (Literal['null'] | None | Orders): The orders, or the string `"null"` when there are none (recorded in
            2016; a client
            library also accepts a JSON `null`).
    """

    orders: Literal["null"] | None | Orders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.orders import Orders  # noqa: PLC0415

        orders: dict[str, Any] | Literal["null"] | None
        if isinstance(self.orders, Orders):
            orders = self.orders.to_dict()
        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orders import Orders  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_orders(data: object) -> Literal["null"] | None | Orders:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                orders_type_0 = Orders.from_dict(data)

                return orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            orders_type_1 = cast(Literal["null"], data)
            if orders_type_1 != "null":
                raise ValueError(f"orders_type_1 must match const 'null', got '{orders_type_1}'")
            return orders_type_1
            return cast(Literal["null"] | None | Orders, data)

        orders = _parse_orders(d.pop("orders"))

        orders_response = cls(
            orders=orders,
        )

        orders_response.additional_properties = d
        return orders_response

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

    def order_list(self) -> list[Order]:
        """The orders of this page as a plain list, whatever the wire form (`"null"` or `null`, one object, an array)."""
        return one_or_many(self, ("orders", "order"), (Order,))
