from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_salutation import UserSalutation
from ..models.user_suffix import UserSuffix
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """A user of the platform (an owner of an account).

    Attributes:
        user_id (int): ETNA's internal user id.
        role (int): Role code of the user (0 for a trader in ETNA's example).
        added_date (datetime.datetime): When the user was created.
        salutation (int | UserSalutation): Salutation.
        suffix (int | UserSuffix): Name suffix.
        first_name (str | Unset): First name.
        middle_name (str | Unset): Middle name; `""` when there is none.
        last_name (str | Unset): Last name.
        login (str | Unset): Login name.
        email (str | Unset): E-mail address.
        date_of_birth (datetime.datetime | Unset): Date of birth; absent when unknown (swagger-2026 only).
    """

    user_id: int
    role: int
    added_date: datetime.datetime
    salutation: int | UserSalutation
    suffix: int | UserSuffix
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    date_of_birth: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role = self.role

        added_date = self.added_date.isoformat()

        salutation: int | str
        if isinstance(self.salutation, UserSalutation):
            salutation = self.salutation.value
        else:
            salutation = self.salutation

        suffix: int | str
        if isinstance(self.suffix, UserSuffix):
            suffix = self.suffix.value
        else:
            suffix = self.suffix

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        login = self.login

        email = self.email

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
                "Role": role,
                "AddedDate": added_date,
                "Salutation": salutation,
                "Suffix": suffix,
            }
        )
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if login is not UNSET:
            field_dict["Login"] = login
        if email is not UNSET:
            field_dict["Email"] = email
        if date_of_birth is not UNSET:
            field_dict["DateOfBirth"] = date_of_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("UserId")

        role = d.pop("Role")

        added_date = datetime.datetime.fromisoformat(d.pop("AddedDate"))

        def _parse_salutation(data: object) -> int | UserSalutation:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                salutation_type_0 = UserSalutation(data)

                return salutation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | UserSalutation, data)

        salutation = _parse_salutation(d.pop("Salutation"))

        def _parse_suffix(data: object) -> int | UserSuffix:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suffix_type_0 = UserSuffix(data)

                return suffix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | UserSuffix, data)

        suffix = _parse_suffix(d.pop("Suffix"))

        first_name = d.pop("FirstName", UNSET)

        middle_name = d.pop("MiddleName", UNSET)

        last_name = d.pop("LastName", UNSET)

        login = d.pop("Login", UNSET)

        email = d.pop("Email", UNSET)

        _date_of_birth = d.pop("DateOfBirth", UNSET)
        date_of_birth: datetime.datetime | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.datetime.fromisoformat(_date_of_birth)

        user_info = cls(
            user_id=user_id,
            role=role,
            added_date=added_date,
            salutation=salutation,
            suffix=suffix,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            login=login,
            email=email,
            date_of_birth=date_of_birth,
        )

        user_info.additional_properties = d
        return user_info

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
