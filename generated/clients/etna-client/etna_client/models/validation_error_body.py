from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_error_body_model_state import ValidationErrorBodyModelState


T = TypeVar("T", bound="ValidationErrorBody")


@_attrs_define
class ValidationErrorBody:
    """A validation failure with the errors of each field (`Message` + `ModelState`).

    Attributes:
        message (str): `Validation error occured while processing entity` (sic).
        model_state (ValidationErrorBodyModelState): Field name (the parameter's name, e.g. `accountId`, or
            `placeParams.Type` for a body
            property) → messages, e.g. `The value '@me' is not valid for Int32.`
    """

    message: str
    model_state: ValidationErrorBodyModelState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        model_state = self.model_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Message": message,
                "ModelState": model_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_body_model_state import ValidationErrorBodyModelState  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("Message")

        model_state = ValidationErrorBodyModelState.from_dict(d.pop("ModelState"))

        validation_error_body = cls(
            message=message,
            model_state=model_state,
        )

        validation_error_body.additional_properties = d
        return validation_error_body

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
