from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="TrailingStopOffset")


@_attrs_define
class TrailingStopOffset:
    """Offset of a trailing stop, as an amount or a percentage (not both).

    Attributes:
        amount (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
            sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        percent (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
            sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    amount: Decimal | Unset = UNSET
    percent: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = str(self.amount)

        percent: str | Unset = UNSET
        if not isinstance(self.percent, Unset):
            percent = str(self.percent)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if percent is not UNSET:
            field_dict["Percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("Amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = exact_decimal(_amount)

        _percent = d.pop("Percent", UNSET)
        percent: Decimal | Unset
        if isinstance(_percent, Unset):
            percent = UNSET
        else:
            percent = exact_decimal(_percent)

        trailing_stop_offset = cls(
            amount=amount,
            percent=percent,
        )

        trailing_stop_offset.additional_properties = d
        return trailing_stop_offset

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
