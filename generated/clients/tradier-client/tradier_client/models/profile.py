from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.profile_account import ProfileAccount


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """The user and their accounts.

    Attributes:
        account (list[ProfileAccount] | ProfileAccount): The user's accounts; usually an object when there is exactly
            one (a one-element array also occurs), else an array.
        id (str): The user's identifier, e.g. `id-gcostanza` (sandbox users look like `id-sb-...`).
        name (str): The user's name.
    """

    account: list[ProfileAccount] | ProfileAccount
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_account import ProfileAccount  # noqa: PLC0415

        account: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.account, ProfileAccount):
            account = self.account.to_dict()
        else:
            account = []
            for componentsschemas_profile_account_array_item_data in self.account:
                componentsschemas_profile_account_array_item = (
                    componentsschemas_profile_account_array_item_data.to_dict()
                )
                account.append(componentsschemas_profile_account_array_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_account import ProfileAccount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account(data: object) -> list[ProfileAccount] | ProfileAccount:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = ProfileAccount.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            account_type_1 = []
            _account_type_1 = data
            for componentsschemas_profile_account_array_item_data in _account_type_1:
                componentsschemas_profile_account_array_item = ProfileAccount.from_dict(
                    componentsschemas_profile_account_array_item_data
                )

                account_type_1.append(componentsschemas_profile_account_array_item)

            return account_type_1

        account = _parse_account(d.pop("account"))

        id = d.pop("id")

        name = d.pop("name")

        profile = cls(
            account=account,
            id=id,
            name=name,
        )

        profile.additional_properties = d
        return profile

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
