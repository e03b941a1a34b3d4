from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="ClosedPosition")


@_attrs_define
class ClosedPosition:
    """A closed position (a lot opened and closed).

    Attributes:
        close_date (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The form
            depends on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
        cost (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        gain_loss (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        gain_loss_percent (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        open_date (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The form
            depends on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
        proceeds (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        quantity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        symbol (str): An equity ticker (`AAPL`) or an OCC option symbol (`SPY180309P00262000`).
        term (int): Days the position was held (the docs say months, but the values are days: 2018-06-19 to
            2018-10-31 is `134`).
    """

    close_date: datetime.datetime
    cost: Decimal
    gain_loss: Decimal
    gain_loss_percent: Decimal
    open_date: datetime.datetime
    proceeds: Decimal
    quantity: Decimal
    symbol: str
    term: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_date = self.close_date.isoformat()

        cost = self.cost

        gain_loss = self.gain_loss

        gain_loss_percent = self.gain_loss_percent

        open_date = self.open_date.isoformat()

        proceeds = self.proceeds

        quantity = self.quantity

        symbol = self.symbol

        term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close_date": close_date,
                "cost": cost,
                "gain_loss": gain_loss,
                "gain_loss_percent": gain_loss_percent,
                "open_date": open_date,
                "proceeds": proceeds,
                "quantity": quantity,
                "symbol": symbol,
                "term": term,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        close_date = datetime.datetime.fromisoformat(d.pop("close_date"))

        cost = exact_decimal(d.pop("cost"))

        gain_loss = exact_decimal(d.pop("gain_loss"))

        gain_loss_percent = exact_decimal(d.pop("gain_loss_percent"))

        open_date = datetime.datetime.fromisoformat(d.pop("open_date"))

        proceeds = exact_decimal(d.pop("proceeds"))

        quantity = exact_decimal(d.pop("quantity"))

        symbol = d.pop("symbol")

        term = d.pop("term")

        closed_position = cls(
            close_date=close_date,
            cost=cost,
            gain_loss=gain_loss,
            gain_loss_percent=gain_loss_percent,
            open_date=open_date,
            proceeds=proceeds,
            quantity=quantity,
            symbol=symbol,
            term=term,
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
