from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_holder_entity_kind import AccountHolderEntityKind
from ..models.account_status import AccountStatus
from ..models.account_subtype import AccountSubtype
from ..models.account_type import AccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="AccountWithPersonalDetails")


@_attrs_define
class AccountWithPersonalDetails:
    """An account with its holder's personal details. The details were added 2026-07-21; each is
    null (or absent) when the vendor has none.

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
            country_of_tax_residency (None | str | Unset): Country of tax residency.
            date_of_birth (datetime.date | None | Unset): Holder's date of birth.
            phone_number (None | str | Unset): Holder's phone number.
            mailing_address (Address | None | Unset): Holder's mailing address.
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
    country_of_tax_residency: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    mailing_address: Address | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

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

        country_of_tax_residency: None | str | Unset
        if isinstance(self.country_of_tax_residency, Unset):
            country_of_tax_residency = UNSET
        else:
            country_of_tax_residency = self.country_of_tax_residency

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        mailing_address: dict[str, Any] | None | Unset
        if isinstance(self.mailing_address, Unset):
            mailing_address = UNSET
        elif isinstance(self.mailing_address, Address):
            mailing_address = self.mailing_address.to_dict()
        else:
            mailing_address = self.mailing_address

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
        if country_of_tax_residency is not UNSET:
            field_dict["country_of_tax_residency"] = country_of_tax_residency
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if mailing_address is not UNSET:
            field_dict["mailing_address"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

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

        def _parse_country_of_tax_residency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_tax_residency = _parse_country_of_tax_residency(d.pop("country_of_tax_residency", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_mailing_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailing_address_type_0 = Address.from_dict(data)

                return mailing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        mailing_address = _parse_mailing_address(d.pop("mailing_address", UNSET))

        account_with_personal_details = cls(
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
            country_of_tax_residency=country_of_tax_residency,
            date_of_birth=date_of_birth,
            phone_number=phone_number,
            mailing_address=mailing_address,
        )

        account_with_personal_details.additional_properties = d
        return account_with_personal_details

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
