from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalanceInfo")


@_attrs_define
class AccountBalanceInfo:
    """The balance map of a trading account: lowerCamelCase names to numbers. The 25 keys of the
    2019 documentation are sent by every version; later versions add keys (2023: `openPLDay`,
    `openPLPercent`, `totalPL`), and any key not described here is a number too. Counts
    (`pendingOrdersCount`, `dayTrades`) are numbers like the amounts. Short market values are
    negative. Relations between the keys: see the API description.

        Attributes:
            cash (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            net_cash (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            excess (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            change_absolute (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            change_percent (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            equity_total (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            pending_orders_count (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            net_liquidity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_long_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_short_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_long_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_short_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_long_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_short_market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trades (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_buying_power (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_buying_power (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_buying_power (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trading_buying_power (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            pending_cash (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            maintenance_margin (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_maintenance_margin (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            close_pl (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            market_value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl_day (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl_percent (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            total_pl (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
    """

    cash: Decimal
    net_cash: Decimal
    excess: Decimal
    change_absolute: Decimal
    change_percent: Decimal
    equity_total: Decimal
    pending_orders_count: Decimal
    net_liquidity: Decimal
    stock_long_market_value: Decimal
    stock_short_market_value: Decimal
    option_long_market_value: Decimal
    option_short_market_value: Decimal
    forex_long_market_value: Decimal
    forex_short_market_value: Decimal
    day_trades: Decimal
    stock_buying_power: Decimal
    option_buying_power: Decimal
    forex_buying_power: Decimal
    day_trading_buying_power: Decimal
    pending_cash: Decimal
    maintenance_margin: Decimal
    option_maintenance_margin: Decimal
    open_pl: Decimal
    close_pl: Decimal
    market_value: Decimal
    open_pl_day: Decimal | Unset = UNSET
    open_pl_percent: Decimal | Unset = UNSET
    total_pl: Decimal | Unset = UNSET
    additional_properties: dict[str, Decimal] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash = self.cash

        net_cash = self.net_cash

        excess = self.excess

        change_absolute = self.change_absolute

        change_percent = self.change_percent

        equity_total = self.equity_total

        pending_orders_count = self.pending_orders_count

        net_liquidity = self.net_liquidity

        stock_long_market_value = self.stock_long_market_value

        stock_short_market_value = self.stock_short_market_value

        option_long_market_value = self.option_long_market_value

        option_short_market_value = self.option_short_market_value

        forex_long_market_value = self.forex_long_market_value

        forex_short_market_value = self.forex_short_market_value

        day_trades = self.day_trades

        stock_buying_power = self.stock_buying_power

        option_buying_power = self.option_buying_power

        forex_buying_power = self.forex_buying_power

        day_trading_buying_power = self.day_trading_buying_power

        pending_cash = self.pending_cash

        maintenance_margin = self.maintenance_margin

        option_maintenance_margin = self.option_maintenance_margin

        open_pl = self.open_pl

        close_pl = self.close_pl

        market_value = self.market_value

        open_pl_day: Decimal | Unset = UNSET
        if not isinstance(self.open_pl_day, Unset):
            open_pl_day = self.open_pl_day

        open_pl_percent: Decimal | Unset = UNSET
        if not isinstance(self.open_pl_percent, Unset):
            open_pl_percent = self.open_pl_percent

        total_pl: Decimal | Unset = UNSET
        if not isinstance(self.total_pl, Unset):
            total_pl = self.total_pl

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update(
            {
                "cash": cash,
                "netCash": net_cash,
                "excess": excess,
                "changeAbsolute": change_absolute,
                "changePercent": change_percent,
                "equityTotal": equity_total,
                "pendingOrdersCount": pending_orders_count,
                "netLiquidity": net_liquidity,
                "stockLongMarketValue": stock_long_market_value,
                "stockShortMarketValue": stock_short_market_value,
                "optionLongMarketValue": option_long_market_value,
                "optionShortMarketValue": option_short_market_value,
                "forexLongMarketValue": forex_long_market_value,
                "forexShortMarketValue": forex_short_market_value,
                "dayTrades": day_trades,
                "stockBuyingPower": stock_buying_power,
                "optionBuyingPower": option_buying_power,
                "forexBuyingPower": forex_buying_power,
                "dayTradingBuyingPower": day_trading_buying_power,
                "pendingCash": pending_cash,
                "maintenanceMargin": maintenance_margin,
                "optionMaintenanceMargin": option_maintenance_margin,
                "openPL": open_pl,
                "closePL": close_pl,
                "marketValue": market_value,
            }
        )
        if open_pl_day is not UNSET:
            field_dict["openPLDay"] = open_pl_day
        if open_pl_percent is not UNSET:
            field_dict["openPLPercent"] = open_pl_percent
        if total_pl is not UNSET:
            field_dict["totalPL"] = total_pl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cash = Decimal(str(d.pop("cash")))

        net_cash = Decimal(str(d.pop("netCash")))

        excess = Decimal(str(d.pop("excess")))

        change_absolute = Decimal(str(d.pop("changeAbsolute")))

        change_percent = Decimal(str(d.pop("changePercent")))

        equity_total = Decimal(str(d.pop("equityTotal")))

        pending_orders_count = Decimal(str(d.pop("pendingOrdersCount")))

        net_liquidity = Decimal(str(d.pop("netLiquidity")))

        stock_long_market_value = Decimal(str(d.pop("stockLongMarketValue")))

        stock_short_market_value = Decimal(str(d.pop("stockShortMarketValue")))

        option_long_market_value = Decimal(str(d.pop("optionLongMarketValue")))

        option_short_market_value = Decimal(str(d.pop("optionShortMarketValue")))

        forex_long_market_value = Decimal(str(d.pop("forexLongMarketValue")))

        forex_short_market_value = Decimal(str(d.pop("forexShortMarketValue")))

        day_trades = Decimal(str(d.pop("dayTrades")))

        stock_buying_power = Decimal(str(d.pop("stockBuyingPower")))

        option_buying_power = Decimal(str(d.pop("optionBuyingPower")))

        forex_buying_power = Decimal(str(d.pop("forexBuyingPower")))

        day_trading_buying_power = Decimal(str(d.pop("dayTradingBuyingPower")))

        pending_cash = Decimal(str(d.pop("pendingCash")))

        maintenance_margin = Decimal(str(d.pop("maintenanceMargin")))

        option_maintenance_margin = Decimal(str(d.pop("optionMaintenanceMargin")))

        open_pl = Decimal(str(d.pop("openPL")))

        close_pl = Decimal(str(d.pop("closePL")))

        market_value = Decimal(str(d.pop("marketValue")))

        _open_pl_day = d.pop("openPLDay", UNSET)
        open_pl_day: Decimal | Unset
        if isinstance(_open_pl_day, Unset):
            open_pl_day = UNSET
        else:
            open_pl_day = Decimal(str(_open_pl_day))

        _open_pl_percent = d.pop("openPLPercent", UNSET)
        open_pl_percent: Decimal | Unset
        if isinstance(_open_pl_percent, Unset):
            open_pl_percent = UNSET
        else:
            open_pl_percent = Decimal(str(_open_pl_percent))

        _total_pl = d.pop("totalPL", UNSET)
        total_pl: Decimal | Unset
        if isinstance(_total_pl, Unset):
            total_pl = UNSET
        else:
            total_pl = Decimal(str(_total_pl))

        account_balance_info = cls(
            cash=cash,
            net_cash=net_cash,
            excess=excess,
            change_absolute=change_absolute,
            change_percent=change_percent,
            equity_total=equity_total,
            pending_orders_count=pending_orders_count,
            net_liquidity=net_liquidity,
            stock_long_market_value=stock_long_market_value,
            stock_short_market_value=stock_short_market_value,
            option_long_market_value=option_long_market_value,
            option_short_market_value=option_short_market_value,
            forex_long_market_value=forex_long_market_value,
            forex_short_market_value=forex_short_market_value,
            day_trades=day_trades,
            stock_buying_power=stock_buying_power,
            option_buying_power=option_buying_power,
            forex_buying_power=forex_buying_power,
            day_trading_buying_power=day_trading_buying_power,
            pending_cash=pending_cash,
            maintenance_margin=maintenance_margin,
            option_maintenance_margin=option_maintenance_margin,
            open_pl=open_pl,
            close_pl=close_pl,
            market_value=market_value,
            open_pl_day=open_pl_day,
            open_pl_percent=open_pl_percent,
            total_pl=total_pl,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Decimal(str(prop_dict))

            additional_properties[prop_name] = additional_property

        account_balance_info.additional_properties = additional_properties
        return account_balance_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Decimal:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Decimal) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
