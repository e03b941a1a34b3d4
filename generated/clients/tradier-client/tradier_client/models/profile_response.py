from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many
from ..models.profile_account import ProfileAccount

if TYPE_CHECKING:
    from ..models.profile import Profile


T = TypeVar("T", bound="ProfileResponse")


@_attrs_define
class ProfileResponse:
    """The body of `GET /v1/user/profile`.

    Attributes:
        profile (Profile): The user and their accounts.
    """

    profile: Profile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile import Profile  # noqa: PLC0415

        d = dict(src_dict)
        profile = Profile.from_dict(d.pop("profile"))

        profile_response = cls(
            profile=profile,
        )

        profile_response.additional_properties = d
        return profile_response

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

    def account_list(self) -> list[ProfileAccount]:
        """The user's accounts as a plain list, whether `account` was one object or an array."""
        return one_or_many(self, ("profile", "account"), (ProfileAccount,))
