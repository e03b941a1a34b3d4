from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BODCurrencyDetail")


@_attrs_define
class BODCurrencyDetail:
    """One currency of a futures account at the beginning of the day.

    Attributes:
        currency (str): The currency.
        account_open_trade_equity (Decimal): An exact decimal written as a JSON string: optional minus sign, digits,
            optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        account_securities (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        cash_balance (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        open_trade_equity (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        securities (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        account_margin_requirement (Decimal | Unset): An exact decimal written as a JSON string: optional minus sign,
            digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        margin_requirement (Decimal | Unset): An exact decimal written as a JSON string: optional minus sign, digits,
            optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
    """

    currency: str
    account_open_trade_equity: Decimal
    account_securities: Decimal
    cash_balance: Decimal
    open_trade_equity: Decimal
    securities: Decimal
    account_margin_requirement: Decimal | Unset = UNSET
    margin_requirement: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_open_trade_equity = str(self.account_open_trade_equity)

        account_securities = str(self.account_securities)

        cash_balance = str(self.cash_balance)

        open_trade_equity = str(self.open_trade_equity)

        securities = str(self.securities)

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = str(self.account_margin_requirement)

        margin_requirement: str | Unset = UNSET
        if not isinstance(self.margin_requirement, Unset):
            margin_requirement = str(self.margin_requirement)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "AccountOpenTradeEquity": account_open_trade_equity,
                "AccountSecurities": account_securities,
                "CashBalance": cash_balance,
                "OpenTradeEquity": open_trade_equity,
                "Securities": securities,
            }
        )
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        account_open_trade_equity = Decimal(str(d.pop("AccountOpenTradeEquity")))

        account_securities = Decimal(str(d.pop("AccountSecurities")))

        cash_balance = Decimal(str(d.pop("CashBalance")))

        open_trade_equity = Decimal(str(d.pop("OpenTradeEquity")))

        securities = Decimal(str(d.pop("Securities")))

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = Decimal(str(_account_margin_requirement))

        _margin_requirement = d.pop("MarginRequirement", UNSET)
        margin_requirement: Decimal | Unset
        if isinstance(_margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = Decimal(str(_margin_requirement))

        bod_currency_detail = cls(
            currency=currency,
            account_open_trade_equity=account_open_trade_equity,
            account_securities=account_securities,
            cash_balance=cash_balance,
            open_trade_equity=open_trade_equity,
            securities=securities,
            account_margin_requirement=account_margin_requirement,
            margin_requirement=margin_requirement,
        )

        bod_currency_detail.additional_properties = d
        return bod_currency_detail

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
