from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bod_balance_detail import BODBalanceDetail
    from ..models.bod_currency_detail import BODCurrencyDetail


T = TypeVar("T", bound="BODBalance")


@_attrs_define
class BODBalance:
    """Beginning-of-day balances of one account; today's API always sends `BalanceDetail`.

    Attributes:
        account_id (str): The account.
        account_type (str): `Cash`, `Margin`, `Futures` or `DVP`.
        balance_detail (BODBalanceDetail | Unset): Beginning-of-day figures. Equities accounts send `AccountBalance`,
            `DayTrades`,
            `DayTradingMarginableBuyingPower`, `OptionBuyingPower`, `OptionValue`,
            `OvernightBuyingPower`; futures accounts `OpenTradeEquity`, `SecurityOnDeposit`; both send
            `CashAvailableToWithdraw`, `Equity` and `NetCash`.
        currency_details (list[BODCurrencyDetail] | Unset): (Futures only) One element per currency held.
    """

    account_id: str
    account_type: str
    balance_detail: BODBalanceDetail | Unset = UNSET
    currency_details: list[BODCurrencyDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        balance_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_detail, Unset):
            balance_detail = self.balance_detail.to_dict()

        currency_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency_details, Unset):
            currency_details = []
            for currency_details_item_data in self.currency_details:
                currency_details_item = currency_details_item_data.to_dict()
                currency_details.append(currency_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AccountType": account_type,
            }
        )
        if balance_detail is not UNSET:
            field_dict["BalanceDetail"] = balance_detail
        if currency_details is not UNSET:
            field_dict["CurrencyDetails"] = currency_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bod_balance_detail import BODBalanceDetail  # noqa: PLC0415
        from ..models.bod_currency_detail import BODCurrencyDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType")

        _balance_detail = d.pop("BalanceDetail", UNSET)
        balance_detail: BODBalanceDetail | Unset
        if isinstance(_balance_detail, Unset):
            balance_detail = UNSET
        else:
            balance_detail = BODBalanceDetail.from_dict(_balance_detail)

        _currency_details = d.pop("CurrencyDetails", UNSET)
        currency_details: list[BODCurrencyDetail] | Unset = UNSET
        if _currency_details is not UNSET:
            currency_details = []
            for currency_details_item_data in _currency_details:
                currency_details_item = BODCurrencyDetail.from_dict(currency_details_item_data)

                currency_details.append(currency_details_item)

        bod_balance = cls(
            account_id=account_id,
            account_type=account_type,
            balance_detail=balance_detail,
            currency_details=currency_details,
        )

        bod_balance.additional_properties = d
        return bod_balance

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
