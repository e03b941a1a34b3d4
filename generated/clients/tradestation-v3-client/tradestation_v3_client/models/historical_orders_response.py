from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_error import AccountError
    from ..models.historical_order import HistoricalOrder


T = TypeVar("T", bound="HistoricalOrdersResponse")


@_attrs_define
class HistoricalOrdersResponse:
    """A page of orders, the errors of the accounts that could not be served, and the next page's token.

    Attributes:
        orders (list[HistoricalOrder]):
        errors (list[AccountError] | Unset): One entry per account that could not be served; absent or empty when none
            failed.
        next_token (None | str | Unset): Opaque token of the next page, sent back as the query parameter `nextToken`.
            Absent on
            the last page and when `pageSize` was not sent; a last page may also send `null` or
            `""`, so treat all three as "no more pages".
    """

    orders: list[HistoricalOrder]
    errors: list[AccountError] | Unset = UNSET
    next_token: None | str | Unset = UNSET
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

        next_token: None | str | Unset
        if isinstance(self.next_token, Unset):
            next_token = UNSET
        else:
            next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Orders": orders,
            }
        )
        if errors is not UNSET:
            field_dict["Errors"] = errors
        if next_token is not UNSET:
            field_dict["NextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_error import AccountError  # noqa: PLC0415
        from ..models.historical_order import HistoricalOrder  # noqa: PLC0415

        d = dict(src_dict)
        orders = []
        _orders = d.pop("Orders")
        for orders_item_data in _orders:
            orders_item = HistoricalOrder.from_dict(orders_item_data)

            orders.append(orders_item)

        _errors = d.pop("Errors", UNSET)
        errors: list[AccountError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = AccountError.from_dict(errors_item_data)

                errors.append(errors_item)

        def _parse_next_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_token = _parse_next_token(d.pop("NextToken", UNSET))

        historical_orders_response = cls(
            orders=orders,
            errors=errors,
            next_token=next_token,
        )

        historical_orders_response.additional_properties = d
        return historical_orders_response

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
