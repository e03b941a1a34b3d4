from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfileAccount")


@_attrs_define
class ProfileAccount:
    """One account of the user.

    Attributes:
        account_number (str): The account number, e.g. `6YA05782` (production) or `VA00000000` (sandbox).
        classification (str): Registration of the account. An open string: the docs list `individual_cash`,
            `entity_cash`, `entity_margin`, `individual_margin`, `joint_margin_survivor`,
            `joint_cash_survivor`, `traditional_ira`, `roth_ira`, `rollover_ira`, `sep_ira`,
            `custodial_cash`, `traditional_sep_ira` and `joint_margin_tenant`, but their own example
            and production recordings send `individual`, `traditional_ira` and `rollover_ira`.
        date_created (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The form
            depends on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
        day_trader (bool): Whether the account is flagged as a pattern day trader.
        option_level (int): Options trading level: the docs say 1 to 6; 0 (none) was seen in production. No maximum
            is set, since no source says the scale cannot grow.
        status (str): Whether the account is open. An open string: the docs list `active` and `closed`, and no
            source says the list is exhaustive.
        type_ (str): `cash` or `margin` as the docs list them (balances also use `pdt`). An open string: no
            source says the list is exhaustive.
        last_update_date (datetime.datetime): A UTC timestamp with a `Z`, with or without a fraction of a second. The
            form depends on the
            endpoint: positions, gain/loss and the profile send milliseconds
            (`2018-08-08T14:41:11.405Z`), history today sends whole seconds (`2018-10-31T00:00:00Z`;
            2013 history bodies had milliseconds). Parse both.
    """

    account_number: str
    classification: str
    date_created: datetime.datetime
    day_trader: bool
    option_level: int
    status: str
    type_: str
    last_update_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        classification = self.classification

        date_created = self.date_created.isoformat()

        day_trader = self.day_trader

        option_level = self.option_level

        status = self.status

        type_ = self.type_

        last_update_date = self.last_update_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "classification": classification,
                "date_created": date_created,
                "day_trader": day_trader,
                "option_level": option_level,
                "status": status,
                "type": type_,
                "last_update_date": last_update_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("account_number")

        classification = d.pop("classification")

        date_created = datetime.datetime.fromisoformat(d.pop("date_created"))

        day_trader = d.pop("day_trader")

        option_level = d.pop("option_level")

        status = d.pop("status")

        type_ = d.pop("type")

        last_update_date = datetime.datetime.fromisoformat(d.pop("last_update_date"))

        profile_account = cls(
            account_number=account_number,
            classification=classification,
            date_created=date_created,
            day_trader=day_trader,
            option_level=option_level,
            status=status,
            type_=type_,
            last_update_date=last_update_date,
        )

        profile_account.additional_properties = d
        return profile_account

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
