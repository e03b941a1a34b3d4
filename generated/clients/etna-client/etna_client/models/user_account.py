from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_access_type import AccountAccessType
from ..models.account_margin_type import AccountMarginType
from ..models.account_owner_type import AccountOwnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_info import UserInfo


T = TypeVar("T", bound="UserAccount")


@_attrs_define
class UserAccount:
    """A trading account the user can access. `OwnerType`, `ClearingFirm`, `IsAverageAccount` and
    `Owners` appear in the 2023 example, not in the older one.

        Attributes:
            id (int): Internal trading-account id, the `accountId` of the account paths.
            access_type (AccountAccessType | int): The user's access to the account.
            margin_type (AccountMarginType | int): Cash, margin or day-trader account.
            enabled (bool): Whether the account is enabled.
            clearing_account (str | Unset): The account's number at the clearing firm (equal to `Id` in ETNA's examples).
            owner_type (AccountOwnerType | int | Unset): Registration of the account.
            alias (str | Unset): A display name for the account (swagger-2026 only).
            clearing_firm (str | Unset): The clearing firm, e.g. `PaperTrading` for paper accounts.
            is_average_account (bool | Unset): Whether the account is an average-price account.
            owners (list[UserInfo] | Unset): The account's owners.
            currency (str | Unset): Base currency of the account (swagger-2026 only).
    """

    id: int
    access_type: AccountAccessType | int
    margin_type: AccountMarginType | int
    enabled: bool
    clearing_account: str | Unset = UNSET
    owner_type: AccountOwnerType | int | Unset = UNSET
    alias: str | Unset = UNSET
    clearing_firm: str | Unset = UNSET
    is_average_account: bool | Unset = UNSET
    owners: list[UserInfo] | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        access_type: int | str
        if isinstance(self.access_type, AccountAccessType):
            access_type = self.access_type.value
        else:
            access_type = self.access_type

        margin_type: int | str
        if isinstance(self.margin_type, AccountMarginType):
            margin_type = self.margin_type.value
        else:
            margin_type = self.margin_type

        enabled = self.enabled

        clearing_account = self.clearing_account

        owner_type: int | str | Unset
        if isinstance(self.owner_type, Unset):
            owner_type = UNSET
        elif isinstance(self.owner_type, AccountOwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        alias = self.alias

        clearing_firm = self.clearing_firm

        is_average_account = self.is_average_account

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "AccessType": access_type,
                "MarginType": margin_type,
                "Enabled": enabled,
            }
        )
        if clearing_account is not UNSET:
            field_dict["ClearingAccount"] = clearing_account
        if owner_type is not UNSET:
            field_dict["OwnerType"] = owner_type
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if clearing_firm is not UNSET:
            field_dict["ClearingFirm"] = clearing_firm
        if is_average_account is not UNSET:
            field_dict["IsAverageAccount"] = is_average_account
        if owners is not UNSET:
            field_dict["Owners"] = owners
        if currency is not UNSET:
            field_dict["Currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_info import UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        def _parse_access_type(data: object) -> AccountAccessType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                access_type_type_0 = AccountAccessType(data)

                return access_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountAccessType | int, data)

        access_type = _parse_access_type(d.pop("AccessType"))

        def _parse_margin_type(data: object) -> AccountMarginType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                margin_type_type_0 = AccountMarginType(data)

                return margin_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountMarginType | int, data)

        margin_type = _parse_margin_type(d.pop("MarginType"))

        enabled = d.pop("Enabled")

        clearing_account = d.pop("ClearingAccount", UNSET)

        def _parse_owner_type(data: object) -> AccountOwnerType | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_type_type_0 = AccountOwnerType(data)

                return owner_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountOwnerType | int | Unset, data)

        owner_type = _parse_owner_type(d.pop("OwnerType", UNSET))

        alias = d.pop("Alias", UNSET)

        clearing_firm = d.pop("ClearingFirm", UNSET)

        is_average_account = d.pop("IsAverageAccount", UNSET)

        _owners = d.pop("Owners", UNSET)
        owners: list[UserInfo] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                owners_item = UserInfo.from_dict(owners_item_data)

                owners.append(owners_item)

        currency = d.pop("Currency", UNSET)

        user_account = cls(
            id=id,
            access_type=access_type,
            margin_type=margin_type,
            enabled=enabled,
            clearing_account=clearing_account,
            owner_type=owner_type,
            alias=alias,
            clearing_firm=clearing_firm,
            is_average_account=is_average_account,
            owners=owners,
            currency=currency,
        )

        user_account.additional_properties = d
        return user_account

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
