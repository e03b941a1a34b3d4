from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyDetail")


@_attrs_define
class CurrencyDetail:
    """One currency of a futures account.

    Attributes:
        currency (str): The currency, e.g. `USD`.
        account_conversion_rate (Decimal): An exact decimal written as a JSON string: optional minus sign, digits,
            optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        cash_balance (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        commission (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        initial_margin (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        maintenance_margin (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        realized_profit_loss (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        unrealized_profit_loss (Decimal): An exact decimal written as a JSON string: optional minus sign, digits,
            optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        account_margin_requirement (Decimal | Unset): An exact decimal written as a JSON string: optional minus sign,
            digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
    """

    currency: str
    account_conversion_rate: Decimal
    cash_balance: Decimal
    commission: Decimal
    initial_margin: Decimal
    maintenance_margin: Decimal
    realized_profit_loss: Decimal
    unrealized_profit_loss: Decimal
    account_margin_requirement: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_conversion_rate = str(self.account_conversion_rate)

        cash_balance = str(self.cash_balance)

        commission = str(self.commission)

        initial_margin = str(self.initial_margin)

        maintenance_margin = str(self.maintenance_margin)

        realized_profit_loss = str(self.realized_profit_loss)

        unrealized_profit_loss = str(self.unrealized_profit_loss)

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = str(self.account_margin_requirement)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "AccountConversionRate": account_conversion_rate,
                "CashBalance": cash_balance,
                "Commission": commission,
                "InitialMargin": initial_margin,
                "MaintenanceMargin": maintenance_margin,
                "RealizedProfitLoss": realized_profit_loss,
                "UnrealizedProfitLoss": unrealized_profit_loss,
            }
        )
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        account_conversion_rate = Decimal(str(d.pop("AccountConversionRate")))

        cash_balance = Decimal(str(d.pop("CashBalance")))

        commission = Decimal(str(d.pop("Commission")))

        initial_margin = Decimal(str(d.pop("InitialMargin")))

        maintenance_margin = Decimal(str(d.pop("MaintenanceMargin")))

        realized_profit_loss = Decimal(str(d.pop("RealizedProfitLoss")))

        unrealized_profit_loss = Decimal(str(d.pop("UnrealizedProfitLoss")))

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = Decimal(str(_account_margin_requirement))

        currency_detail = cls(
            currency=currency,
            account_conversion_rate=account_conversion_rate,
            cash_balance=cash_balance,
            commission=commission,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            realized_profit_loss=realized_profit_loss,
            unrealized_profit_loss=unrealized_profit_loss,
            account_margin_requirement=account_margin_requirement,
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
