from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many

if TYPE_CHECKING:
    from ..models.error_messages import ErrorMessages


T = TypeVar("T", bound="TradierErrors")


@_attrs_define
class TradierErrors:
    """The 400 body.

    Attributes:
        errors (ErrorMessages): The messages of a 400 answer.
    """

    errors: ErrorMessages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_messages import ErrorMessages  # noqa: PLC0415

        d = dict(src_dict)
        errors = ErrorMessages.from_dict(d.pop("errors"))

        tradier_errors = cls(
            errors=errors,
        )

        tradier_errors.additional_properties = d
        return tradier_errors

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

    def error_list(self) -> list[str]:
        """The error messages as a plain list, whether `error` was one string or an array."""
        return one_or_many(self, ("errors", "error"), (str,))
