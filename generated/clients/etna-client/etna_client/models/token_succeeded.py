from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenSucceeded")


@_attrs_define
class TokenSucceeded:
    """The `200` body of `/token`: authentication is complete.

    Attributes:
        state (Literal['Succeeded']): Always `Succeeded` in a `200`.
        token (str): The bearer token for the `Authorization` header of every other call.
        step (str | Unset): The last step performed (swagger-2026 only).
        reason (str | Unset): A remark about the step (swagger-2026 only).
        confirmation_token (str | Unset): A token to confirm the login with (swagger-2026 only).
        personal_phrase (str | Unset): The user's anti-phishing phrase (swagger-2026 only).
        image (str | Unset): The user's anti-phishing image (swagger-2026 only).
    """

    state: Literal["Succeeded"]
    token: str
    step: str | Unset = UNSET
    reason: str | Unset = UNSET
    confirmation_token: str | Unset = UNSET
    personal_phrase: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        token = self.token

        step = self.step

        reason = self.reason

        confirmation_token = self.confirmation_token

        personal_phrase = self.personal_phrase

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "State": state,
                "Token": token,
            }
        )
        if step is not UNSET:
            field_dict["Step"] = step
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if confirmation_token is not UNSET:
            field_dict["ConfirmationToken"] = confirmation_token
        if personal_phrase is not UNSET:
            field_dict["PersonalPhrase"] = personal_phrase
        if image is not UNSET:
            field_dict["Image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = cast(Literal["Succeeded"], d.pop("State"))
        if state != "Succeeded":
            raise ValueError(f"State must match const 'Succeeded', got '{state}'")

        token = d.pop("Token")

        step = d.pop("Step", UNSET)

        reason = d.pop("Reason", UNSET)

        confirmation_token = d.pop("ConfirmationToken", UNSET)

        personal_phrase = d.pop("PersonalPhrase", UNSET)

        image = d.pop("Image", UNSET)

        token_succeeded = cls(
            state=state,
            token=token,
            step=step,
            reason=reason,
            confirmation_token=confirmation_token,
            personal_phrase=personal_phrase,
            image=image,
        )

        token_succeeded.additional_properties = d
        return token_succeeded

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
