from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="StartOfDayBalances")


@_attrs_define
class StartOfDayBalances:
    """Balances as of the start of the trading day.

    Attributes:
        buying_power (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
            any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        equity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        long_market_value (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        asof (datetime.date | None | Unset): Day of the snapshot; null when there is none.
        short_market_value (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        maintenance_margin_excess (Decimal | None | Unset): Start-of-day equity minus start-of-day maintenance
            requirement (Reg T only).
        maintenance_margin_requirement (Decimal | None | Unset): Start-of-day maintenance requirement (Reg T only).
        trade_cash (Decimal | None | Unset): Start-of-day trade cash (Reg T only).
        day_trade_buying_power (Decimal | None | Unset): Start-of-day day-trade buying power (Reg T pattern day
            traders). Deprecated 2026-06-04,
            removed in SDK 0.7 (2026-08).
    """

    buying_power: Decimal
    equity: Decimal
    long_market_value: Decimal
    asof: datetime.date | None | Unset = UNSET
    short_market_value: Decimal | Unset = UNSET
    maintenance_margin_excess: Decimal | None | Unset = UNSET
    maintenance_margin_requirement: Decimal | None | Unset = UNSET
    trade_cash: Decimal | None | Unset = UNSET
    day_trade_buying_power: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buying_power = str(self.buying_power)

        equity = str(self.equity)

        long_market_value = str(self.long_market_value)

        asof: None | str | Unset
        if isinstance(self.asof, Unset):
            asof = UNSET
        elif isinstance(self.asof, datetime.date):
            asof = self.asof.isoformat()
        else:
            asof = self.asof

        short_market_value: str | Unset = UNSET
        if not isinstance(self.short_market_value, Unset):
            short_market_value = str(self.short_market_value)

        maintenance_margin_excess: None | str | Unset
        if isinstance(self.maintenance_margin_excess, Unset):
            maintenance_margin_excess = UNSET
        elif isinstance(self.maintenance_margin_excess, Decimal):
            maintenance_margin_excess = str(self.maintenance_margin_excess)
        else:
            maintenance_margin_excess = self.maintenance_margin_excess

        maintenance_margin_requirement: None | str | Unset
        if isinstance(self.maintenance_margin_requirement, Unset):
            maintenance_margin_requirement = UNSET
        elif isinstance(self.maintenance_margin_requirement, Decimal):
            maintenance_margin_requirement = str(self.maintenance_margin_requirement)
        else:
            maintenance_margin_requirement = self.maintenance_margin_requirement

        trade_cash: None | str | Unset
        if isinstance(self.trade_cash, Unset):
            trade_cash = UNSET
        elif isinstance(self.trade_cash, Decimal):
            trade_cash = str(self.trade_cash)
        else:
            trade_cash = self.trade_cash

        day_trade_buying_power: None | str | Unset
        if isinstance(self.day_trade_buying_power, Unset):
            day_trade_buying_power = UNSET
        elif isinstance(self.day_trade_buying_power, Decimal):
            day_trade_buying_power = str(self.day_trade_buying_power)
        else:
            day_trade_buying_power = self.day_trade_buying_power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buying_power": buying_power,
                "equity": equity,
                "long_market_value": long_market_value,
            }
        )
        if asof is not UNSET:
            field_dict["asof"] = asof
        if short_market_value is not UNSET:
            field_dict["short_market_value"] = short_market_value
        if maintenance_margin_excess is not UNSET:
            field_dict["maintenance_margin_excess"] = maintenance_margin_excess
        if maintenance_margin_requirement is not UNSET:
            field_dict["maintenance_margin_requirement"] = maintenance_margin_requirement
        if trade_cash is not UNSET:
            field_dict["trade_cash"] = trade_cash
        if day_trade_buying_power is not UNSET:
            field_dict["day_trade_buying_power"] = day_trade_buying_power

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buying_power = exact_decimal(d.pop("buying_power"))

        equity = exact_decimal(d.pop("equity"))

        long_market_value = exact_decimal(d.pop("long_market_value"))

        def _parse_asof(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asof_type_0 = datetime.date.fromisoformat(data)

                return asof_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        asof = _parse_asof(d.pop("asof", UNSET))

        _short_market_value = d.pop("short_market_value", UNSET)
        short_market_value: Decimal | Unset
        if isinstance(_short_market_value, Unset):
            short_market_value = UNSET
        else:
            short_market_value = exact_decimal(_short_market_value)

        def _parse_maintenance_margin_excess(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                maintenance_margin_excess_type_0 = exact_decimal(data)

                return maintenance_margin_excess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        maintenance_margin_excess = _parse_maintenance_margin_excess(d.pop("maintenance_margin_excess", UNSET))

        def _parse_maintenance_margin_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                maintenance_margin_requirement_type_0 = exact_decimal(data)

                return maintenance_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        maintenance_margin_requirement = _parse_maintenance_margin_requirement(
            d.pop("maintenance_margin_requirement", UNSET)
        )

        def _parse_trade_cash(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                trade_cash_type_0 = exact_decimal(data)

                return trade_cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trade_cash = _parse_trade_cash(d.pop("trade_cash", UNSET))

        def _parse_day_trade_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_trade_buying_power_type_0 = exact_decimal(data)

                return day_trade_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_buying_power = _parse_day_trade_buying_power(d.pop("day_trade_buying_power", UNSET))

        start_of_day_balances = cls(
            buying_power=buying_power,
            equity=equity,
            long_market_value=long_market_value,
            asof=asof,
            short_market_value=short_market_value,
            maintenance_margin_excess=maintenance_margin_excess,
            maintenance_margin_requirement=maintenance_margin_requirement,
            trade_cash=trade_cash,
            day_trade_buying_power=day_trade_buying_power,
        )

        start_of_day_balances.additional_properties = d
        return start_of_day_balances

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
