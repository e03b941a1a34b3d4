from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.event_detail import EventDetail


T = TypeVar("T", bound="FeeEvent")


@_attrs_define
class FeeEvent:
    """A fee, usually detailed under `fee`.

    Attributes:
        amount (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        date (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The form depends
            on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
        type_ (Literal['fee']):
        fee (EventDetail | Unset): The details of an event other than a trade or an option event. Only `description` is
            required: several types (`wire`, `fee`, `tax`, `check`, `interest`) were never recorded.
    """

    amount: Decimal
    date: datetime.datetime
    type_: Literal["fee"]
    fee: EventDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        date = self.date.isoformat()

        type_ = self.type_

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "date": date,
                "type": type_,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_detail import EventDetail  # noqa: PLC0415

        d = dict(src_dict)
        amount = exact_decimal(d.pop("amount"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        type_ = cast(Literal["fee"], d.pop("type"))
        if type_ != "fee":
            raise ValueError(f"type must match const 'fee', got '{type_}'")

        _fee = d.pop("fee", UNSET)
        fee: EventDetail | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = EventDetail.from_dict(_fee)

        fee_event = cls(
            amount=amount,
            date=date,
            type_=type_,
            fee=fee,
        )

        fee_event.additional_properties = d
        return fee_event

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
