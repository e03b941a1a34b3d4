from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """
    Attributes:
        data (Order): An order: the close operations return the orders they sent, `get_orders` and
            `get_order_by_id` what the orders became. `filled_quantity + leaves_quantity = quantity`
            while an order works; its fills are `Execution`s with its `id` as `order_id`, and their
            quantities add up to `filled_quantity`.

            A multi-leg (strategy) order has no `instrument_id`, `instrument_type` or `symbol` (null):
            the vendor's SDK says its legs are reported "individually in `legs[]`", a property no vendor
            schema or body shows, so the contract does not describe it (objects are open; read it as
            undocumented). Its prices and `quantity` are per package.

            Two legacy docs pages show orders without `venue`, one with the client reference in `id` and
            no `client_order_id`; every vendor schema and SDK requires both, and the contract rejects those
            bodies (`examples/manifest.yaml`). `id` stays a UUID: the vendor's 404 example prints an id as
            32 hex digits, a rendering of the same value.
        metadata (ResponseMetadata): Request id and, on list operations, pagination state.
        error (None | Unset):
    """

    data: Order
    metadata: ResponseMetadata
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        metadata = self.metadata.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = Order.from_dict(d.pop("data"))

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        error = d.pop("error", UNSET)

        order_response = cls(
            data=data,
            metadata=metadata,
            error=error,
        )

        order_response.additional_properties = d
        return order_response

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
