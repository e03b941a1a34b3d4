from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="CashBalances")


@_attrs_define
class CashBalances:
    """Cash figures of a cash account.

    Attributes:
        cash_available (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        sweep (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        unsettled_funds (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
    """

    cash_available: Decimal
    sweep: Decimal
    unsettled_funds: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_available = self.cash_available

        sweep = self.sweep

        unsettled_funds = self.unsettled_funds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cash_available": cash_available,
                "sweep": sweep,
                "unsettled_funds": unsettled_funds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cash_available = exact_decimal(d.pop("cash_available"))

        sweep = exact_decimal(d.pop("sweep"))

        unsettled_funds = exact_decimal(d.pop("unsettled_funds"))

        cash_balances = cls(
            cash_available=cash_available,
            sweep=sweep,
            unsettled_funds=unsettled_funds,
        )

        cash_balances.additional_properties = d
        return cash_balances

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
