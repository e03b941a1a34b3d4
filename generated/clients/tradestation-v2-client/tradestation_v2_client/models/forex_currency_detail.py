from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForexCurrencyDetail")


@_attrs_define
class ForexCurrencyDetail:
    """One currency of a forex account (from the object page; no body is published).

    Attributes:
        currency (str): The currency, e.g. `JPY`.
        to_account_conversion_rate (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bod_cash_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bod_account_cash_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_cash_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_account_cash_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision:
            up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        commission (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_unrealized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_account_unrealized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_realized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision:
            up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_account_realized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bod_margin_requirement (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bod_account_margin_requirement (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision:
            up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_account_margin_requirement (Decimal | Unset): An exact decimal sent as a JSON number with .NET
            `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
    """

    currency: str
    to_account_conversion_rate: Decimal
    bod_cash_balance: Decimal
    bod_account_cash_balance: Decimal
    real_time_cash_balance: Decimal
    real_time_account_cash_balance: Decimal
    commission: Decimal
    real_time_unrealized_profit_loss: Decimal
    real_time_account_unrealized_profit_loss: Decimal
    real_time_realized_profit_loss: Decimal
    real_time_account_realized_profit_loss: Decimal
    bod_margin_requirement: Decimal
    bod_account_margin_requirement: Decimal
    real_time_account_margin_requirement: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        to_account_conversion_rate = self.to_account_conversion_rate

        bod_cash_balance = self.bod_cash_balance

        bod_account_cash_balance = self.bod_account_cash_balance

        real_time_cash_balance = self.real_time_cash_balance

        real_time_account_cash_balance = self.real_time_account_cash_balance

        commission = self.commission

        real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        real_time_account_unrealized_profit_loss = self.real_time_account_unrealized_profit_loss

        real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_account_realized_profit_loss = self.real_time_account_realized_profit_loss

        bod_margin_requirement = self.bod_margin_requirement

        bod_account_margin_requirement = self.bod_account_margin_requirement

        real_time_account_margin_requirement: Decimal | Unset = UNSET
        if not isinstance(self.real_time_account_margin_requirement, Unset):
            real_time_account_margin_requirement = self.real_time_account_margin_requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "ToAccountConversionRate": to_account_conversion_rate,
                "BODCashBalance": bod_cash_balance,
                "BODAccountCashBalance": bod_account_cash_balance,
                "RealTimeCashBalance": real_time_cash_balance,
                "RealTimeAccountCashBalance": real_time_account_cash_balance,
                "Commission": commission,
                "RealTimeUnrealizedProfitLoss": real_time_unrealized_profit_loss,
                "RealTimeAccountUnrealizedProfitLoss": real_time_account_unrealized_profit_loss,
                "RealTimeRealizedProfitLoss": real_time_realized_profit_loss,
                "RealTimeAccountRealizedProfitLoss": real_time_account_realized_profit_loss,
                "BODMarginRequirement": bod_margin_requirement,
                "BODAccountMarginRequirement": bod_account_margin_requirement,
            }
        )
        if real_time_account_margin_requirement is not UNSET:
            field_dict["RealTimeAccountMarginRequirement"] = real_time_account_margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency")

        to_account_conversion_rate = Decimal(str(d.pop("ToAccountConversionRate")))

        bod_cash_balance = Decimal(str(d.pop("BODCashBalance")))

        bod_account_cash_balance = Decimal(str(d.pop("BODAccountCashBalance")))

        real_time_cash_balance = Decimal(str(d.pop("RealTimeCashBalance")))

        real_time_account_cash_balance = Decimal(str(d.pop("RealTimeAccountCashBalance")))

        commission = Decimal(str(d.pop("Commission")))

        real_time_unrealized_profit_loss = Decimal(str(d.pop("RealTimeUnrealizedProfitLoss")))

        real_time_account_unrealized_profit_loss = Decimal(str(d.pop("RealTimeAccountUnrealizedProfitLoss")))

        real_time_realized_profit_loss = Decimal(str(d.pop("RealTimeRealizedProfitLoss")))

        real_time_account_realized_profit_loss = Decimal(str(d.pop("RealTimeAccountRealizedProfitLoss")))

        bod_margin_requirement = Decimal(str(d.pop("BODMarginRequirement")))

        bod_account_margin_requirement = Decimal(str(d.pop("BODAccountMarginRequirement")))

        _real_time_account_margin_requirement = d.pop("RealTimeAccountMarginRequirement", UNSET)
        real_time_account_margin_requirement: Decimal | Unset
        if isinstance(_real_time_account_margin_requirement, Unset):
            real_time_account_margin_requirement = UNSET
        else:
            real_time_account_margin_requirement = Decimal(str(_real_time_account_margin_requirement))

        forex_currency_detail = cls(
            currency=currency,
            to_account_conversion_rate=to_account_conversion_rate,
            bod_cash_balance=bod_cash_balance,
            bod_account_cash_balance=bod_account_cash_balance,
            real_time_cash_balance=real_time_cash_balance,
            real_time_account_cash_balance=real_time_account_cash_balance,
            commission=commission,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            real_time_account_unrealized_profit_loss=real_time_account_unrealized_profit_loss,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_account_realized_profit_loss=real_time_account_realized_profit_loss,
            bod_margin_requirement=bod_margin_requirement,
            bod_account_margin_requirement=bod_account_margin_requirement,
            real_time_account_margin_requirement=real_time_account_margin_requirement,
        )

        forex_currency_detail.additional_properties = d
        return forex_currency_detail

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
