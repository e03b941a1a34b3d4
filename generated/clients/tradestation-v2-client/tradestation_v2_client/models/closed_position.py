from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="ClosedPosition")


@_attrs_define
class ClosedPosition:
    """A position closed today.

    Attributes:
        currency (None | str): Currency of the symbol.
        profit (Decimal | None): Gain or loss of the close.
        symbol (None | str): The closed symbol.
    """

    currency: None | str
    profit: Decimal | None
    symbol: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str
        currency = self.currency

        profit: Decimal | None
        if isinstance(self.profit, Decimal):
            profit = self.profit
        else:
            profit = self.profit

        symbol: None | str
        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "Profit": profit,
                "Symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("Currency"))

        def _parse_profit(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                profit_type_0 = exact_decimal(data)

                return profit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        profit = _parse_profit(d.pop("Profit"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("Symbol"))

        closed_position = cls(
            currency=currency,
            profit=profit,
            symbol=symbol,
        )

        closed_position.additional_properties = d
        return closed_position

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
