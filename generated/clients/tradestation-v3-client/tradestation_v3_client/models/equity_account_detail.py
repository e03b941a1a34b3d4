from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EquityAccountDetail")


@_attrs_define
class EquityAccountDetail:
    """Trading permissions of an equities account (absent for futures accounts).

    Attributes:
        day_trading_qualified (bool): Whether compliance allows the account to day trade.
        enrolled_in_reg_t_program (bool): Whether the account is in the Reg T program (vendor-internal).
        is_stock_locate_eligible (bool): Whether the account may locate stock to borrow.
        option_approval_level (int): Options level, 0 (none) to 5 (naked index options and calls).
        pattern_day_trader (bool): Whether the account is flagged a pattern day trader (FINRA).
        requires_buying_power_warning (bool): Whether orders exceeding buying power are warned about first (vendor-
            internal).
    """

    day_trading_qualified: bool
    enrolled_in_reg_t_program: bool
    is_stock_locate_eligible: bool
    option_approval_level: int
    pattern_day_trader: bool
    requires_buying_power_warning: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_trading_qualified = self.day_trading_qualified

        enrolled_in_reg_t_program = self.enrolled_in_reg_t_program

        is_stock_locate_eligible = self.is_stock_locate_eligible

        option_approval_level = self.option_approval_level

        pattern_day_trader = self.pattern_day_trader

        requires_buying_power_warning = self.requires_buying_power_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "DayTradingQualified": day_trading_qualified,
                "EnrolledInRegTProgram": enrolled_in_reg_t_program,
                "IsStockLocateEligible": is_stock_locate_eligible,
                "OptionApprovalLevel": option_approval_level,
                "PatternDayTrader": pattern_day_trader,
                "RequiresBuyingPowerWarning": requires_buying_power_warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_trading_qualified = d.pop("DayTradingQualified")

        enrolled_in_reg_t_program = d.pop("EnrolledInRegTProgram")

        is_stock_locate_eligible = d.pop("IsStockLocateEligible")

        option_approval_level = d.pop("OptionApprovalLevel")

        pattern_day_trader = d.pop("PatternDayTrader")

        requires_buying_power_warning = d.pop("RequiresBuyingPowerWarning")

        equity_account_detail = cls(
            day_trading_qualified=day_trading_qualified,
            enrolled_in_reg_t_program=enrolled_in_reg_t_program,
            is_stock_locate_eligible=is_stock_locate_eligible,
            option_approval_level=option_approval_level,
            pattern_day_trader=pattern_day_trader,
            requires_buying_power_warning=requires_buying_power_warning,
        )

        equity_account_detail.additional_properties = d
        return equity_account_detail

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
