from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="MarginUsage")


@_attrs_define
class MarginUsage:
    """Margin capacity and use.

    Attributes:
        total (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        used (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
    """

    total: Decimal
    used: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = str(self.total)

        used = str(self.used)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = exact_decimal(d.pop("total"))

        used = exact_decimal(d.pop("used"))

        margin_usage = cls(
            total=total,
            used=used,
        )

        margin_usage.additional_properties = d
        return margin_usage

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
