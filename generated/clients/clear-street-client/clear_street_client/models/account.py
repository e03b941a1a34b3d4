from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_holder_entity_kind import AccountHolderEntityKind
from ..models.account_status import AccountStatus
from ..models.account_subtype import AccountSubtype
from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A trading account.

    Attributes:
        id (int): Account identifier; the `account_id` of every other operation.
        account_holder_entity_id (int): Identifier of the entity that holds the account.
        full_name (str): Full account name.
        short_name (str): Short account name.
        open_date (datetime.date): Day the account was opened.
        options_level (int): Options trading level granted to the account.
        status (AccountStatus): Lifecycle state of the account.
        subtype (AccountSubtype): Cash or margin account.
        type_ (AccountType): Kind of account holder relationship.
        account_holder_entity_kind (AccountHolderEntityKind | Unset): Whether the account holder is a person or an
            organisation.
        close_date (datetime.date | None | Unset): Day the account was closed; null or absent while it is open.
    """

    id: int
    account_holder_entity_id: int
    full_name: str
    short_name: str
    open_date: datetime.date
    options_level: int
    status: AccountStatus
    subtype: AccountSubtype
    type_: AccountType
    account_holder_entity_kind: AccountHolderEntityKind | Unset = UNSET
    close_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_holder_entity_id = self.account_holder_entity_id

        full_name = self.full_name

        short_name = self.short_name

        open_date = self.open_date.isoformat()

        options_level = self.options_level

        status = self.status.value

        subtype = self.subtype.value

        type_ = self.type_.value

        account_holder_entity_kind: str | Unset = UNSET
        if not isinstance(self.account_holder_entity_kind, Unset):
            account_holder_entity_kind = self.account_holder_entity_kind.value

        close_date: None | str | Unset
        if isinstance(self.close_date, Unset):
            close_date = UNSET
        elif isinstance(self.close_date, datetime.date):
            close_date = self.close_date.isoformat()
        else:
            close_date = self.close_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_holder_entity_id": account_holder_entity_id,
                "full_name": full_name,
                "short_name": short_name,
                "open_date": open_date,
                "options_level": options_level,
                "status": status,
                "subtype": subtype,
                "type": type_,
            }
        )
        if account_holder_entity_kind is not UNSET:
            field_dict["account_holder_entity_kind"] = account_holder_entity_kind
        if close_date is not UNSET:
            field_dict["close_date"] = close_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_holder_entity_id = d.pop("account_holder_entity_id")

        full_name = d.pop("full_name")

        short_name = d.pop("short_name")

        open_date = datetime.date.fromisoformat(d.pop("open_date"))

        options_level = d.pop("options_level")

        status = AccountStatus(d.pop("status"))

        subtype = AccountSubtype(d.pop("subtype"))

        type_ = AccountType(d.pop("type"))

        _account_holder_entity_kind = d.pop("account_holder_entity_kind", UNSET)
        account_holder_entity_kind: AccountHolderEntityKind | Unset
        if isinstance(_account_holder_entity_kind, Unset):
            account_holder_entity_kind = UNSET
        else:
            account_holder_entity_kind = AccountHolderEntityKind(_account_holder_entity_kind)

        def _parse_close_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_date_type_0 = datetime.date.fromisoformat(data)

                return close_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        close_date = _parse_close_date(d.pop("close_date", UNSET))

        account = cls(
            id=id,
            account_holder_entity_id=account_holder_entity_id,
            full_name=full_name,
            short_name=short_name,
            open_date=open_date,
            options_level=options_level,
            status=status,
            subtype=subtype,
            type_=type_,
            account_holder_entity_kind=account_holder_entity_kind,
            close_date=close_date,
        )

        account.additional_properties = d
        return account

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
