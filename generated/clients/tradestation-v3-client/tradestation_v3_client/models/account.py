from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equity_account_detail import EquityAccountDetail


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A brokerage account.

    Attributes:
        account_id (str): The account id the other operations take.
        account_type (str): `Cash`, `Margin`, `Futures` or `DVP` (documented). QuantConnect reports the undocumented
            `Forex` too, so any text is accepted; tradestation-api-python accepts only the documented
            four and fails on a list that holds another.
        currency (str): The account's currency, e.g. `USD`.
        status (str): `Active`, `Closed`, `Closing Transaction Only`, `Margin Call - Closing Transactions Only`,
            `Inactive`, `Liquidating Transactions Only`, `Restricted` or `90 Day Restriction-Closing
            Transaction Only`.
        alias (str | Unset): A name the user chose; absent when unset.
        alt_id (str | Unset): The Japanese account id; absent when unset.
        account_detail (EquityAccountDetail | Unset): Trading permissions of an equities account (absent for futures
            accounts).
    """

    account_id: str
    account_type: str
    currency: str
    status: str
    alias: str | Unset = UNSET
    alt_id: str | Unset = UNSET
    account_detail: EquityAccountDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        currency = self.currency

        status = self.status

        alias = self.alias

        alt_id = self.alt_id

        account_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_detail, Unset):
            account_detail = self.account_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AccountType": account_type,
                "Currency": currency,
                "Status": status,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if alt_id is not UNSET:
            field_dict["AltID"] = alt_id
        if account_detail is not UNSET:
            field_dict["AccountDetail"] = account_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equity_account_detail import EquityAccountDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType")

        currency = d.pop("Currency")

        status = d.pop("Status")

        alias = d.pop("Alias", UNSET)

        alt_id = d.pop("AltID", UNSET)

        _account_detail = d.pop("AccountDetail", UNSET)
        account_detail: EquityAccountDetail | Unset
        if isinstance(_account_detail, Unset):
            account_detail = UNSET
        else:
            account_detail = EquityAccountDetail.from_dict(_account_detail)

        account = cls(
            account_id=account_id,
            account_type=account_type,
            currency=currency,
            status=status,
            alias=alias,
            alt_id=alt_id,
            account_detail=account_detail,
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
