from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="BODCurrencyDetail")


@_attrs_define
class BODCurrencyDetail:
    """One currency of a futures account at the beginning of the day.

    Attributes:
        currency (str): The currency.
        account_margin_requirement (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies
            show an optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        account_open_trade_equity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show
            an optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        account_securities (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
            optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        cash_balance (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
            minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        margin_requirement (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
            optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        open_trade_equity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
            optional minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
        securities (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
            minus sign,
            digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
            nothing documents the form, every finite number text Python's `Decimal` and JSON read is
            accepted: an optional sign, an optional integer part or fraction, an optional exponent
            (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    currency: str
    account_margin_requirement: Decimal | Unset = UNSET
    account_open_trade_equity: Decimal | Unset = UNSET
    account_securities: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    margin_requirement: Decimal | Unset = UNSET
    open_trade_equity: Decimal | Unset = UNSET
    securities: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = str(self.account_margin_requirement)

        account_open_trade_equity: str | Unset = UNSET
        if not isinstance(self.account_open_trade_equity, Unset):
            account_open_trade_equity = str(self.account_open_trade_equity)

        account_securities: str | Unset = UNSET
        if not isinstance(self.account_securities, Unset):
            account_securities = str(self.account_securities)

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = str(self.cash_balance)

        margin_requirement: str | Unset = UNSET
        if not isinstance(self.margin_requirement, Unset):
            margin_requirement = str(self.margin_requirement)

        open_trade_equity: str | Unset = UNSET
        if not isinstance(self.open_trade_equity, Unset):
            open_trade_equity = str(self.open_trade_equity)

        securities: str | Unset = UNSET
        if not isinstance(self.securities, Unset):
            securities = str(self.securities)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
            }
        )
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement
        if account_open_trade_equity is not UNSET:
            field_dict["AccountOpenTradeEquity"] = account_open_trade_equity
        if account_securities is not UNSET:
            field_dict["AccountSecurities"] = account_securities
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement
        if open_trade_equity is not UNSET:
            field_dict["OpenTradeEquity"] = open_trade_equity
        if securities is not UNSET:
            field_dict["Securities"] = securities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = exact_decimal(_account_margin_requirement)

        _account_open_trade_equity = d.pop("AccountOpenTradeEquity", UNSET)
        account_open_trade_equity: Decimal | Unset
        if isinstance(_account_open_trade_equity, Unset):
            account_open_trade_equity = UNSET
        else:
            account_open_trade_equity = exact_decimal(_account_open_trade_equity)

        _account_securities = d.pop("AccountSecurities", UNSET)
        account_securities: Decimal | Unset
        if isinstance(_account_securities, Unset):
            account_securities = UNSET
        else:
            account_securities = exact_decimal(_account_securities)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = exact_decimal(_cash_balance)

        _margin_requirement = d.pop("MarginRequirement", UNSET)
        margin_requirement: Decimal | Unset
        if isinstance(_margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = exact_decimal(_margin_requirement)

        _open_trade_equity = d.pop("OpenTradeEquity", UNSET)
        open_trade_equity: Decimal | Unset
        if isinstance(_open_trade_equity, Unset):
            open_trade_equity = UNSET
        else:
            open_trade_equity = exact_decimal(_open_trade_equity)

        _securities = d.pop("Securities", UNSET)
        securities: Decimal | Unset
        if isinstance(_securities, Unset):
            securities = UNSET
        else:
            securities = exact_decimal(_securities)

        bod_currency_detail = cls(
            currency=currency,
            account_margin_requirement=account_margin_requirement,
            account_open_trade_equity=account_open_trade_equity,
            account_securities=account_securities,
            cash_balance=cash_balance,
            margin_requirement=margin_requirement,
            open_trade_equity=open_trade_equity,
            securities=securities,
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
