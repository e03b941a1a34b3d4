from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderError")


@_attrs_define
class OrderError:
    """An order id (or an account) that a by-id request could not serve: an `AccountError` plus the
    `OrderID`, e.g. `{"AccountID": "123456782", "OrderID": "508612338", "Error": "NotFound",
    "Message": "Order not found."}`. An account that could not be served has no `OrderID`.

        Attributes:
            account_id (str): The failed account id, or several comma-separated.
            error (str): The error's title, as in `ErrorResponse.Error`.
            message (str): What went wrong.
            order_id (str | Unset): The order id that was not found.
    """

    account_id: str
    error: str
    message: str
    order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        error = self.error

        message = self.message

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "Error": error,
                "Message": message,
            }
        )
        if order_id is not UNSET:
            field_dict["OrderID"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountID")

        error = d.pop("Error")

        message = d.pop("Message")

        order_id = d.pop("OrderID", UNSET)

        order_error = cls(
            account_id=account_id,
            error=error,
            message=message,
            order_id=order_id,
        )

        order_error.additional_properties = d
        return order_error

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
