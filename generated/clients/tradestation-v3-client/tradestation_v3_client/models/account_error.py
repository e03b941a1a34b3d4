from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountError")


@_attrs_define
class AccountError:
    """One account (or several, comma-separated in `AccountID`) that a batch request could not
    serve, e.g. `{"AccountID": "123456789C", "Error": "Forbidden", "Message": "Request not
    supported for account type."}`. The vendor calls it `BalanceError`, `PositionError` and
    `OrderError`; the three are the same.

        Attributes:
            account_id (str): The failed account id, or several comma-separated.
            error (str): The error's title, as in `ErrorResponse.Error`.
            message (str): What went wrong.
    """

    account_id: str
    error: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "Error": error,
                "Message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountID")

        error = d.pop("Error")

        message = d.pop("Message")

        account_error = cls(
            account_id=account_id,
            error=error,
            message=message,
        )

        account_error.additional_properties = d
        return account_error

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
