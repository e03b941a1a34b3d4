from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="TrailingStopOffset")


@_attrs_define
class TrailingStopOffset:
    """Offset of a trailing stop, as an amount or a percentage (not both).

    Attributes:
        amount (Decimal | None | Unset): Offset in money from the current price.
        percent (Decimal | None | Unset): Offset in percent from the current price.
    """

    amount: Decimal | None | Unset = UNSET
    percent: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, Decimal):
            amount = self.amount
        else:
            amount = self.amount

        percent: Decimal | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        elif isinstance(self.percent, Decimal):
            percent = self.percent
        else:
            percent = self.percent

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

        def _parse_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                amount_type_0 = exact_decimal(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        amount = _parse_amount(d.pop("Amount", UNSET))

        def _parse_percent(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                percent_type_0 = exact_decimal(data)

                return percent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        percent = _parse_percent(d.pop("Percent", UNSET))

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
