from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_form_type import AccountFormType
from ..models.account_provider import AccountProvider
from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_details_additional_info import AccountDetailsAdditionalInfo


T = TypeVar("T", bound="AccountDetails")


@_attrs_define
class AccountDetails:
    """The account-management record a trading account was opened from (`AMSAccountModel`). Value
    types are required (`Id` is a .NET `Guid`); strings and the map are left out when null.

        Attributes:
            id (UUID): The record's GUID, not the trading account's id. ETNA's example
                (`cd61a3a4-5380-42ba-330b-08db6b48ce67`) has no RFC 4122 version or variant: read it as
                32 hex digits.
            created_at (datetime.datetime): When the record was created (seven fractional digits in the example).
            account_provider (AccountProvider | int): Who holds the account.
            form_type (AccountFormType | int): How the account was applied for.
            is_opened (bool): Whether the account has been opened.
            customer_type (CustomerType | int): Kind of customer.
            user (str | Unset): The owner's user id, as a string (`"54967"`).
            clearing_account_number (str | Unset): The account number at the clearing firm (the trading account's
                `ClearingAccount`).
            form_data_reference (str | Unset): The application form's data, a JSON document in a string
                (`{"marginType":"DayTrader","cash":"100000"}`): parse it a second time. Its margin type
                need not match the account's current one (ETNA's example says `DayTrader` for an account
                that `/users/{userId}/accounts` lists as `Margin`).
            form_data (str | Unset): The form's data as text (swagger-2026 only).
            additional_info (AccountDetailsAdditionalInfo | Unset): Additional name → value data (swagger-2026 only).
    """

    id: UUID
    created_at: datetime.datetime
    account_provider: AccountProvider | int
    form_type: AccountFormType | int
    is_opened: bool
    customer_type: CustomerType | int
    user: str | Unset = UNSET
    clearing_account_number: str | Unset = UNSET
    form_data_reference: str | Unset = UNSET
    form_data: str | Unset = UNSET
    additional_info: AccountDetailsAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        account_provider: int | str
        if isinstance(self.account_provider, AccountProvider):
            account_provider = self.account_provider.value
        else:
            account_provider = self.account_provider

        form_type: int | str
        if isinstance(self.form_type, AccountFormType):
            form_type = self.form_type.value
        else:
            form_type = self.form_type

        is_opened = self.is_opened

        customer_type: int | str
        if isinstance(self.customer_type, CustomerType):
            customer_type = self.customer_type.value
        else:
            customer_type = self.customer_type

        user = self.user

        clearing_account_number = self.clearing_account_number

        form_data_reference = self.form_data_reference

        form_data = self.form_data

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "CreatedAt": created_at,
                "AccountProvider": account_provider,
                "FormType": form_type,
                "IsOpened": is_opened,
                "CustomerType": customer_type,
            }
        )
        if user is not UNSET:
            field_dict["User"] = user
        if clearing_account_number is not UNSET:
            field_dict["ClearingAccountNumber"] = clearing_account_number
        if form_data_reference is not UNSET:
            field_dict["FormDataReference"] = form_data_reference
        if form_data is not UNSET:
            field_dict["FormData"] = form_data
        if additional_info is not UNSET:
            field_dict["AdditionalInfo"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_details_additional_info import AccountDetailsAdditionalInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("Id"))

        created_at = datetime.datetime.fromisoformat(d.pop("CreatedAt"))

        def _parse_account_provider(data: object) -> AccountProvider | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_provider_type_0 = AccountProvider(data)

                return account_provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountProvider | int, data)

        account_provider = _parse_account_provider(d.pop("AccountProvider"))

        def _parse_form_type(data: object) -> AccountFormType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                form_type_type_0 = AccountFormType(data)

                return form_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountFormType | int, data)

        form_type = _parse_form_type(d.pop("FormType"))

        is_opened = d.pop("IsOpened")

        def _parse_customer_type(data: object) -> CustomerType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_type_type_0 = CustomerType(data)

                return customer_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | int, data)

        customer_type = _parse_customer_type(d.pop("CustomerType"))

        user = d.pop("User", UNSET)

        clearing_account_number = d.pop("ClearingAccountNumber", UNSET)

        form_data_reference = d.pop("FormDataReference", UNSET)

        form_data = d.pop("FormData", UNSET)

        _additional_info = d.pop("AdditionalInfo", UNSET)
        additional_info: AccountDetailsAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = AccountDetailsAdditionalInfo.from_dict(_additional_info)

        account_details = cls(
            id=id,
            created_at=created_at,
            account_provider=account_provider,
            form_type=form_type,
            is_opened=is_opened,
            customer_type=customer_type,
            user=user,
            clearing_account_number=clearing_account_number,
            form_data_reference=form_data_reference,
            form_data=form_data,
            additional_info=additional_info,
        )

        account_details.additional_properties = d
        return account_details

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
