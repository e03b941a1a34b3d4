from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="PortfolioHistorySegment")


@_attrs_define
class PortfolioHistorySegment:
    """One trading day. Finished days satisfy `eod_equity = sod_equity + realized_pnl +
    unrealized_pnl`. The optional amounts are null when not yet known (today's segment).

        Attributes:
            date (datetime.date): The trading day.
            sod_equity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            eod_equity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            realized_pnl (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
                any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            unrealized_pnl (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
                any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            bought_notional (Decimal | None | Unset): Notional bought, marked to market.
            sold_notional (Decimal | None | Unset): Notional sold, marked to market.
            day_pnl (Decimal | None | Unset): P&L of the day's trading activity.
            position_pnl (Decimal | None | Unset): P&L of positions carried from the start of the day.
            net_pnl (Decimal | None | Unset): Net P&L after adjustments, dividends, accruals, income and expenses.
    """

    date: datetime.date
    sod_equity: Decimal
    eod_equity: Decimal
    realized_pnl: Decimal
    unrealized_pnl: Decimal
    bought_notional: Decimal | None | Unset = UNSET
    sold_notional: Decimal | None | Unset = UNSET
    day_pnl: Decimal | None | Unset = UNSET
    position_pnl: Decimal | None | Unset = UNSET
    net_pnl: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        sod_equity = str(self.sod_equity)

        eod_equity = str(self.eod_equity)

        realized_pnl = str(self.realized_pnl)

        unrealized_pnl = str(self.unrealized_pnl)

        bought_notional: None | str | Unset
        if isinstance(self.bought_notional, Unset):
            bought_notional = UNSET
        elif isinstance(self.bought_notional, Decimal):
            bought_notional = str(self.bought_notional)
        else:
            bought_notional = self.bought_notional

        sold_notional: None | str | Unset
        if isinstance(self.sold_notional, Unset):
            sold_notional = UNSET
        elif isinstance(self.sold_notional, Decimal):
            sold_notional = str(self.sold_notional)
        else:
            sold_notional = self.sold_notional

        day_pnl: None | str | Unset
        if isinstance(self.day_pnl, Unset):
            day_pnl = UNSET
        elif isinstance(self.day_pnl, Decimal):
            day_pnl = str(self.day_pnl)
        else:
            day_pnl = self.day_pnl

        position_pnl: None | str | Unset
        if isinstance(self.position_pnl, Unset):
            position_pnl = UNSET
        elif isinstance(self.position_pnl, Decimal):
            position_pnl = str(self.position_pnl)
        else:
            position_pnl = self.position_pnl

        net_pnl: None | str | Unset
        if isinstance(self.net_pnl, Unset):
            net_pnl = UNSET
        elif isinstance(self.net_pnl, Decimal):
            net_pnl = str(self.net_pnl)
        else:
            net_pnl = self.net_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "sod_equity": sod_equity,
                "eod_equity": eod_equity,
                "realized_pnl": realized_pnl,
                "unrealized_pnl": unrealized_pnl,
            }
        )
        if bought_notional is not UNSET:
            field_dict["bought_notional"] = bought_notional
        if sold_notional is not UNSET:
            field_dict["sold_notional"] = sold_notional
        if day_pnl is not UNSET:
            field_dict["day_pnl"] = day_pnl
        if position_pnl is not UNSET:
            field_dict["position_pnl"] = position_pnl
        if net_pnl is not UNSET:
            field_dict["net_pnl"] = net_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        sod_equity = exact_decimal(d.pop("sod_equity"))

        eod_equity = exact_decimal(d.pop("eod_equity"))

        realized_pnl = exact_decimal(d.pop("realized_pnl"))

        unrealized_pnl = exact_decimal(d.pop("unrealized_pnl"))

        def _parse_bought_notional(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bought_notional_type_0 = exact_decimal(data)

                return bought_notional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bought_notional = _parse_bought_notional(d.pop("bought_notional", UNSET))

        def _parse_sold_notional(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                sold_notional_type_0 = exact_decimal(data)

                return sold_notional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        sold_notional = _parse_sold_notional(d.pop("sold_notional", UNSET))

        def _parse_day_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_pnl_type_0 = exact_decimal(data)

                return day_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_pnl = _parse_day_pnl(d.pop("day_pnl", UNSET))

        def _parse_position_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                position_pnl_type_0 = exact_decimal(data)

                return position_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        position_pnl = _parse_position_pnl(d.pop("position_pnl", UNSET))

        def _parse_net_pnl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                net_pnl_type_0 = exact_decimal(data)

                return net_pnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        net_pnl = _parse_net_pnl(d.pop("net_pnl", UNSET))

        portfolio_history_segment = cls(
            date=date,
            sod_equity=sod_equity,
            eod_equity=eod_equity,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            bought_notional=bought_notional,
            sold_notional=sold_notional,
            day_pnl=day_pnl,
            position_pnl=position_pnl,
            net_pnl=net_pnl,
        )

        portfolio_history_segment.additional_properties = d
        return portfolio_history_segment

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
