from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenFailed")


@_attrs_define
class TokenFailed:
    """The `401` body of `/token`: authentication failed at `Step`. Only `State` is always there:
    AutoShares' error page shows a failed login without `Step` (2026).

        Attributes:
            state (Literal['Failed']): Always `Failed`.
            step (str | Unset): The step that failed, e.g. `BaseAuthentication` (user name and password) or `SecutityPin`
                (sic).
            reason (str | Unset): Why, e.g. `Invalid credentials` or `Invalid pin`.
            confirmation_token (str | Unset): A confirmation token, empty when there is none (swagger-2026 only).
    """

    state: Literal["Failed"]
    step: str | Unset = UNSET
    reason: str | Unset = UNSET
    confirmation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        step = self.step

        reason = self.reason

        confirmation_token = self.confirmation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "State": state,
            }
        )
        if step is not UNSET:
            field_dict["Step"] = step
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if confirmation_token is not UNSET:
            field_dict["ConfirmationToken"] = confirmation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = cast(Literal["Failed"], d.pop("State"))
        if state != "Failed":
            raise ValueError(f"State must match const 'Failed', got '{state}'")

        step = d.pop("Step", UNSET)

        reason = d.pop("Reason", UNSET)

        confirmation_token = d.pop("ConfirmationToken", UNSET)

        token_failed = cls(
            state=state,
            step=step,
            reason=reason,
            confirmation_token=confirmation_token,
        )

        token_failed.additional_properties = d
        return token_failed

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
