from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenExpecting")


@_attrs_define
class TokenExpecting:
    """The `202` body of `/token`: a further step is expected.

    Attributes:
        state (Literal['Expecting']): Always `Expecting` in a `202`.
        step (str): The step expected next, e.g. `SecutityPin` (sic) for the PIN.
        token (str): A provisional token to send back, with the requested code, to complete authentication.
        reason (str | Unset): Why the step is expected, e.g. `Invalid pin`.
        confirmation_token (str | Unset): A confirmation token (swagger-2026 only).
    """

    state: Literal["Expecting"]
    step: str
    token: str
    reason: str | Unset = UNSET
    confirmation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        step = self.step

        token = self.token

        reason = self.reason

        confirmation_token = self.confirmation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "State": state,
                "Step": step,
                "Token": token,
            }
        )
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if confirmation_token is not UNSET:
            field_dict["ConfirmationToken"] = confirmation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state = cast(Literal["Expecting"], d.pop("State"))
        if state != "Expecting":
            raise ValueError(f"State must match const 'Expecting', got '{state}'")

        step = d.pop("Step")

        token = d.pop("Token")

        reason = d.pop("Reason", UNSET)

        confirmation_token = d.pop("ConfirmationToken", UNSET)

        token_expecting = cls(
            state=state,
            step=step,
            token=token,
            reason=reason,
            confirmation_token=confirmation_token,
        )

        token_expecting.additional_properties = d
        return token_expecting

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
