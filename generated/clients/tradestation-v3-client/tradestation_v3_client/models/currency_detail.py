from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="CurrencyDetail")


@_attrs_define
class CurrencyDetail:
    """One currency of a futures account. Only `Currency` is required (see "Required properties":
    tastyware requires all but `AccountMarginRequirement`, tradestation-api-python none of
    them); today's API sends all nine.

        Attributes:
            currency (str): The currency, e.g. `USD`.
            account_conversion_rate (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show
                an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            account_margin_requirement (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies
                show an optional minus sign,
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
            commission (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            initial_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            maintenance_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            realized_profit_loss (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            unrealized_profit_loss (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    currency: str
    account_conversion_rate: Decimal | Unset = UNSET
    account_margin_requirement: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    realized_profit_loss: Decimal | Unset = UNSET
    unrealized_profit_loss: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_conversion_rate: str | Unset = UNSET
        if not isinstance(self.account_conversion_rate, Unset):
            account_conversion_rate = str(self.account_conversion_rate)

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = str(self.account_margin_requirement)

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = str(self.cash_balance)

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = str(self.commission)

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = str(self.initial_margin)

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = str(self.maintenance_margin)

        realized_profit_loss: str | Unset = UNSET
        if not isinstance(self.realized_profit_loss, Unset):
            realized_profit_loss = str(self.realized_profit_loss)

        unrealized_profit_loss: str | Unset = UNSET
        if not isinstance(self.unrealized_profit_loss, Unset):
            unrealized_profit_loss = str(self.unrealized_profit_loss)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
            }
        )
        if account_conversion_rate is not UNSET:
            field_dict["AccountConversionRate"] = account_conversion_rate
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if initial_margin is not UNSET:
            field_dict["InitialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["MaintenanceMargin"] = maintenance_margin
        if realized_profit_loss is not UNSET:
            field_dict["RealizedProfitLoss"] = realized_profit_loss
        if unrealized_profit_loss is not UNSET:
            field_dict["UnrealizedProfitLoss"] = unrealized_profit_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        _account_conversion_rate = d.pop("AccountConversionRate", UNSET)
        account_conversion_rate: Decimal | Unset
        if isinstance(_account_conversion_rate, Unset):
            account_conversion_rate = UNSET
        else:
            account_conversion_rate = exact_decimal(_account_conversion_rate)

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = exact_decimal(_account_margin_requirement)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = exact_decimal(_cash_balance)

        _commission = d.pop("Commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = exact_decimal(_commission)

        _initial_margin = d.pop("InitialMargin", UNSET)
        initial_margin: Decimal | Unset
        if isinstance(_initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = exact_decimal(_initial_margin)

        _maintenance_margin = d.pop("MaintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = exact_decimal(_maintenance_margin)

        _realized_profit_loss = d.pop("RealizedProfitLoss", UNSET)
        realized_profit_loss: Decimal | Unset
        if isinstance(_realized_profit_loss, Unset):
            realized_profit_loss = UNSET
        else:
            realized_profit_loss = exact_decimal(_realized_profit_loss)

        _unrealized_profit_loss = d.pop("UnrealizedProfitLoss", UNSET)
        unrealized_profit_loss: Decimal | Unset
        if isinstance(_unrealized_profit_loss, Unset):
            unrealized_profit_loss = UNSET
        else:
            unrealized_profit_loss = exact_decimal(_unrealized_profit_loss)

        currency_detail = cls(
            currency=currency,
            account_conversion_rate=account_conversion_rate,
            account_margin_requirement=account_margin_requirement,
            cash_balance=cash_balance,
            commission=commission,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            realized_profit_loss=realized_profit_loss,
            unrealized_profit_loss=unrealized_profit_loss,
        )

        currency_detail.additional_properties = d
        return currency_detail

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
