from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """An account the user may see.

    Attributes:
        key (int): The account's key, which `{account_keys}` takes.
        name (str): The account's name, e.g. `9876543 MyName` (account number and a label).
        type_ (AccountType): Kind of account. `C` Cash, `M` Margin, `D` DVP, `F` Futures, `X` Forex.
        type_description (None | str): `Cash`, `Margin`, `DVP`, `Futures` or `Forex`.
        alias (None | str | Unset): A name the user chose; blank when unset.
        alt_id (None | str | Unset): TradeStation's alternate id of the account, when it has one.
        display_name (None | str | Unset): `AltId` when there is one, otherwise the TradeStation account id.
        is_stock_locate_eligible (bool | Unset): Whether the account may locate stock to borrow. Swagger era only.
        status (AccountStatus | Unset): Account status: `A` Active, `X` Closed, `C` Closing Transactions Only, `F`
            Margin Call –
            Closing Transactions Only, `I` Inactive, `L` Liquidating Transactions Only, `R` Restricted,
            `D` 90 Day Restriction – Closing Transactions Only.
        status_description (None | str | Unset): The text of `Status`. Swagger era only.
    """

    key: int
    name: str
    type_: AccountType
    type_description: None | str
    alias: None | str | Unset = UNSET
    alt_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    is_stock_locate_eligible: bool | Unset = UNSET
    status: AccountStatus | Unset = UNSET
    status_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        type_ = self.type_.value

        type_description: None | str
        type_description = self.type_description

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        alt_id: None | str | Unset
        if isinstance(self.alt_id, Unset):
            alt_id = UNSET
        else:
            alt_id = self.alt_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        is_stock_locate_eligible = self.is_stock_locate_eligible

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Key": key,
                "Name": name,
                "Type": type_,
                "TypeDescription": type_description,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if alt_id is not UNSET:
            field_dict["AltId"] = alt_id
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if is_stock_locate_eligible is not UNSET:
            field_dict["IsStockLocateEligible"] = is_stock_locate_eligible
        if status is not UNSET:
            field_dict["Status"] = status
        if status_description is not UNSET:
            field_dict["StatusDescription"] = status_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("Key")

        name = d.pop("Name")

        type_ = AccountType(d.pop("Type"))

        def _parse_type_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_description = _parse_type_description(d.pop("TypeDescription"))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_alt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_id = _parse_alt_id(d.pop("AltId", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        is_stock_locate_eligible = d.pop("IsStockLocateEligible", UNSET)

        _status = d.pop("Status", UNSET)
        status: AccountStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccountStatus(_status)

        def _parse_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_description = _parse_status_description(d.pop("StatusDescription", UNSET))

        account_info = cls(
            key=key,
            name=name,
            type_=type_,
            type_description=type_description,
            alias=alias,
            alt_id=alt_id,
            display_name=display_name,
            is_stock_locate_eligible=is_stock_locate_eligible,
            status=status,
            status_description=status_description,
        )

        account_info.additional_properties = d
        return account_info

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
