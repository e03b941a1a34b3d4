from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="AccountBalanceInfo")


@_attrs_define
class AccountBalanceInfo:
    """The balance map of a trading account: lowerCamelCase names to numbers. The three swaggers
    declare a free map, so no key is required: the 2019 example has the 25 keys described
    first, the 2023 example adds `openPLDay`, `openPLPercent` and `totalPL` (28), ETNA's page of
    the related `users/{userId}/balance-info` (which answers this map for a user's accounts
    together) has an empty example block, and any key not described here is a
    number too. Counts (`pendingOrdersCount`, `dayTrades`) are numbers like the amounts. Short
    market values are negative. Relations between the keys: see the API description.

        Attributes:
            cash (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            net_cash (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            excess (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            change_absolute (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            change_percent (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            equity_total (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            pending_orders_count (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            net_liquidity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_long_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_short_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_long_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_short_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_long_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_short_market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trades (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stock_buying_power (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_buying_power (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            forex_buying_power (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trading_buying_power (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            pending_cash (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            maintenance_margin (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_maintenance_margin (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to
                28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            close_pl (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
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

    cash: Decimal | Unset = UNSET
    net_cash: Decimal | Unset = UNSET
    excess: Decimal | Unset = UNSET
    change_absolute: Decimal | Unset = UNSET
    change_percent: Decimal | Unset = UNSET
    equity_total: Decimal | Unset = UNSET
    pending_orders_count: Decimal | Unset = UNSET
    net_liquidity: Decimal | Unset = UNSET
    stock_long_market_value: Decimal | Unset = UNSET
    stock_short_market_value: Decimal | Unset = UNSET
    option_long_market_value: Decimal | Unset = UNSET
    option_short_market_value: Decimal | Unset = UNSET
    forex_long_market_value: Decimal | Unset = UNSET
    forex_short_market_value: Decimal | Unset = UNSET
    day_trades: Decimal | Unset = UNSET
    stock_buying_power: Decimal | Unset = UNSET
    option_buying_power: Decimal | Unset = UNSET
    forex_buying_power: Decimal | Unset = UNSET
    day_trading_buying_power: Decimal | Unset = UNSET
    pending_cash: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    option_maintenance_margin: Decimal | Unset = UNSET
    open_pl: Decimal | Unset = UNSET
    close_pl: Decimal | Unset = UNSET
    market_value: Decimal | Unset = UNSET
    open_pl_day: Decimal | Unset = UNSET
    open_pl_percent: Decimal | Unset = UNSET
    total_pl: Decimal | Unset = UNSET
    additional_properties: dict[str, Decimal] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash: Decimal | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = self.cash

        net_cash: Decimal | Unset = UNSET
        if not isinstance(self.net_cash, Unset):
            net_cash = self.net_cash

        excess: Decimal | Unset = UNSET
        if not isinstance(self.excess, Unset):
            excess = self.excess

        change_absolute: Decimal | Unset = UNSET
        if not isinstance(self.change_absolute, Unset):
            change_absolute = self.change_absolute

        change_percent: Decimal | Unset = UNSET
        if not isinstance(self.change_percent, Unset):
            change_percent = self.change_percent

        equity_total: Decimal | Unset = UNSET
        if not isinstance(self.equity_total, Unset):
            equity_total = self.equity_total

        pending_orders_count: Decimal | Unset = UNSET
        if not isinstance(self.pending_orders_count, Unset):
            pending_orders_count = self.pending_orders_count

        net_liquidity: Decimal | Unset = UNSET
        if not isinstance(self.net_liquidity, Unset):
            net_liquidity = self.net_liquidity

        stock_long_market_value: Decimal | Unset = UNSET
        if not isinstance(self.stock_long_market_value, Unset):
            stock_long_market_value = self.stock_long_market_value

        stock_short_market_value: Decimal | Unset = UNSET
        if not isinstance(self.stock_short_market_value, Unset):
            stock_short_market_value = self.stock_short_market_value

        option_long_market_value: Decimal | Unset = UNSET
        if not isinstance(self.option_long_market_value, Unset):
            option_long_market_value = self.option_long_market_value

        option_short_market_value: Decimal | Unset = UNSET
        if not isinstance(self.option_short_market_value, Unset):
            option_short_market_value = self.option_short_market_value

        forex_long_market_value: Decimal | Unset = UNSET
        if not isinstance(self.forex_long_market_value, Unset):
            forex_long_market_value = self.forex_long_market_value

        forex_short_market_value: Decimal | Unset = UNSET
        if not isinstance(self.forex_short_market_value, Unset):
            forex_short_market_value = self.forex_short_market_value

        day_trades: Decimal | Unset = UNSET
        if not isinstance(self.day_trades, Unset):
            day_trades = self.day_trades

        stock_buying_power: Decimal | Unset = UNSET
        if not isinstance(self.stock_buying_power, Unset):
            stock_buying_power = self.stock_buying_power

        option_buying_power: Decimal | Unset = UNSET
        if not isinstance(self.option_buying_power, Unset):
            option_buying_power = self.option_buying_power

        forex_buying_power: Decimal | Unset = UNSET
        if not isinstance(self.forex_buying_power, Unset):
            forex_buying_power = self.forex_buying_power

        day_trading_buying_power: Decimal | Unset = UNSET
        if not isinstance(self.day_trading_buying_power, Unset):
            day_trading_buying_power = self.day_trading_buying_power

        pending_cash: Decimal | Unset = UNSET
        if not isinstance(self.pending_cash, Unset):
            pending_cash = self.pending_cash

        maintenance_margin: Decimal | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = self.maintenance_margin

        option_maintenance_margin: Decimal | Unset = UNSET
        if not isinstance(self.option_maintenance_margin, Unset):
            option_maintenance_margin = self.option_maintenance_margin

        open_pl: Decimal | Unset = UNSET
        if not isinstance(self.open_pl, Unset):
            open_pl = self.open_pl

        close_pl: Decimal | Unset = UNSET
        if not isinstance(self.close_pl, Unset):
            close_pl = self.close_pl

        market_value: Decimal | Unset = UNSET
        if not isinstance(self.market_value, Unset):
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

        field_dict.update({})
        if cash is not UNSET:
            field_dict["cash"] = cash
        if net_cash is not UNSET:
            field_dict["netCash"] = net_cash
        if excess is not UNSET:
            field_dict["excess"] = excess
        if change_absolute is not UNSET:
            field_dict["changeAbsolute"] = change_absolute
        if change_percent is not UNSET:
            field_dict["changePercent"] = change_percent
        if equity_total is not UNSET:
            field_dict["equityTotal"] = equity_total
        if pending_orders_count is not UNSET:
            field_dict["pendingOrdersCount"] = pending_orders_count
        if net_liquidity is not UNSET:
            field_dict["netLiquidity"] = net_liquidity
        if stock_long_market_value is not UNSET:
            field_dict["stockLongMarketValue"] = stock_long_market_value
        if stock_short_market_value is not UNSET:
            field_dict["stockShortMarketValue"] = stock_short_market_value
        if option_long_market_value is not UNSET:
            field_dict["optionLongMarketValue"] = option_long_market_value
        if option_short_market_value is not UNSET:
            field_dict["optionShortMarketValue"] = option_short_market_value
        if forex_long_market_value is not UNSET:
            field_dict["forexLongMarketValue"] = forex_long_market_value
        if forex_short_market_value is not UNSET:
            field_dict["forexShortMarketValue"] = forex_short_market_value
        if day_trades is not UNSET:
            field_dict["dayTrades"] = day_trades
        if stock_buying_power is not UNSET:
            field_dict["stockBuyingPower"] = stock_buying_power
        if option_buying_power is not UNSET:
            field_dict["optionBuyingPower"] = option_buying_power
        if forex_buying_power is not UNSET:
            field_dict["forexBuyingPower"] = forex_buying_power
        if day_trading_buying_power is not UNSET:
            field_dict["dayTradingBuyingPower"] = day_trading_buying_power
        if pending_cash is not UNSET:
            field_dict["pendingCash"] = pending_cash
        if maintenance_margin is not UNSET:
            field_dict["maintenanceMargin"] = maintenance_margin
        if option_maintenance_margin is not UNSET:
            field_dict["optionMaintenanceMargin"] = option_maintenance_margin
        if open_pl is not UNSET:
            field_dict["openPL"] = open_pl
        if close_pl is not UNSET:
            field_dict["closePL"] = close_pl
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
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
        _cash = d.pop("cash", UNSET)
        cash: Decimal | Unset
        if isinstance(_cash, Unset):
            cash = UNSET
        else:
            cash = exact_decimal(_cash)

        _net_cash = d.pop("netCash", UNSET)
        net_cash: Decimal | Unset
        if isinstance(_net_cash, Unset):
            net_cash = UNSET
        else:
            net_cash = exact_decimal(_net_cash)

        _excess = d.pop("excess", UNSET)
        excess: Decimal | Unset
        if isinstance(_excess, Unset):
            excess = UNSET
        else:
            excess = exact_decimal(_excess)

        _change_absolute = d.pop("changeAbsolute", UNSET)
        change_absolute: Decimal | Unset
        if isinstance(_change_absolute, Unset):
            change_absolute = UNSET
        else:
            change_absolute = exact_decimal(_change_absolute)

        _change_percent = d.pop("changePercent", UNSET)
        change_percent: Decimal | Unset
        if isinstance(_change_percent, Unset):
            change_percent = UNSET
        else:
            change_percent = exact_decimal(_change_percent)

        _equity_total = d.pop("equityTotal", UNSET)
        equity_total: Decimal | Unset
        if isinstance(_equity_total, Unset):
            equity_total = UNSET
        else:
            equity_total = exact_decimal(_equity_total)

        _pending_orders_count = d.pop("pendingOrdersCount", UNSET)
        pending_orders_count: Decimal | Unset
        if isinstance(_pending_orders_count, Unset):
            pending_orders_count = UNSET
        else:
            pending_orders_count = exact_decimal(_pending_orders_count)

        _net_liquidity = d.pop("netLiquidity", UNSET)
        net_liquidity: Decimal | Unset
        if isinstance(_net_liquidity, Unset):
            net_liquidity = UNSET
        else:
            net_liquidity = exact_decimal(_net_liquidity)

        _stock_long_market_value = d.pop("stockLongMarketValue", UNSET)
        stock_long_market_value: Decimal | Unset
        if isinstance(_stock_long_market_value, Unset):
            stock_long_market_value = UNSET
        else:
            stock_long_market_value = exact_decimal(_stock_long_market_value)

        _stock_short_market_value = d.pop("stockShortMarketValue", UNSET)
        stock_short_market_value: Decimal | Unset
        if isinstance(_stock_short_market_value, Unset):
            stock_short_market_value = UNSET
        else:
            stock_short_market_value = exact_decimal(_stock_short_market_value)

        _option_long_market_value = d.pop("optionLongMarketValue", UNSET)
        option_long_market_value: Decimal | Unset
        if isinstance(_option_long_market_value, Unset):
            option_long_market_value = UNSET
        else:
            option_long_market_value = exact_decimal(_option_long_market_value)

        _option_short_market_value = d.pop("optionShortMarketValue", UNSET)
        option_short_market_value: Decimal | Unset
        if isinstance(_option_short_market_value, Unset):
            option_short_market_value = UNSET
        else:
            option_short_market_value = exact_decimal(_option_short_market_value)

        _forex_long_market_value = d.pop("forexLongMarketValue", UNSET)
        forex_long_market_value: Decimal | Unset
        if isinstance(_forex_long_market_value, Unset):
            forex_long_market_value = UNSET
        else:
            forex_long_market_value = exact_decimal(_forex_long_market_value)

        _forex_short_market_value = d.pop("forexShortMarketValue", UNSET)
        forex_short_market_value: Decimal | Unset
        if isinstance(_forex_short_market_value, Unset):
            forex_short_market_value = UNSET
        else:
            forex_short_market_value = exact_decimal(_forex_short_market_value)

        _day_trades = d.pop("dayTrades", UNSET)
        day_trades: Decimal | Unset
        if isinstance(_day_trades, Unset):
            day_trades = UNSET
        else:
            day_trades = exact_decimal(_day_trades)

        _stock_buying_power = d.pop("stockBuyingPower", UNSET)
        stock_buying_power: Decimal | Unset
        if isinstance(_stock_buying_power, Unset):
            stock_buying_power = UNSET
        else:
            stock_buying_power = exact_decimal(_stock_buying_power)

        _option_buying_power = d.pop("optionBuyingPower", UNSET)
        option_buying_power: Decimal | Unset
        if isinstance(_option_buying_power, Unset):
            option_buying_power = UNSET
        else:
            option_buying_power = exact_decimal(_option_buying_power)

        _forex_buying_power = d.pop("forexBuyingPower", UNSET)
        forex_buying_power: Decimal | Unset
        if isinstance(_forex_buying_power, Unset):
            forex_buying_power = UNSET
        else:
            forex_buying_power = exact_decimal(_forex_buying_power)

        _day_trading_buying_power = d.pop("dayTradingBuyingPower", UNSET)
        day_trading_buying_power: Decimal | Unset
        if isinstance(_day_trading_buying_power, Unset):
            day_trading_buying_power = UNSET
        else:
            day_trading_buying_power = exact_decimal(_day_trading_buying_power)

        _pending_cash = d.pop("pendingCash", UNSET)
        pending_cash: Decimal | Unset
        if isinstance(_pending_cash, Unset):
            pending_cash = UNSET
        else:
            pending_cash = exact_decimal(_pending_cash)

        _maintenance_margin = d.pop("maintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = exact_decimal(_maintenance_margin)

        _option_maintenance_margin = d.pop("optionMaintenanceMargin", UNSET)
        option_maintenance_margin: Decimal | Unset
        if isinstance(_option_maintenance_margin, Unset):
            option_maintenance_margin = UNSET
        else:
            option_maintenance_margin = exact_decimal(_option_maintenance_margin)

        _open_pl = d.pop("openPL", UNSET)
        open_pl: Decimal | Unset
        if isinstance(_open_pl, Unset):
            open_pl = UNSET
        else:
            open_pl = exact_decimal(_open_pl)

        _close_pl = d.pop("closePL", UNSET)
        close_pl: Decimal | Unset
        if isinstance(_close_pl, Unset):
            close_pl = UNSET
        else:
            close_pl = exact_decimal(_close_pl)

        _market_value = d.pop("marketValue", UNSET)
        market_value: Decimal | Unset
        if isinstance(_market_value, Unset):
            market_value = UNSET
        else:
            market_value = exact_decimal(_market_value)

        _open_pl_day = d.pop("openPLDay", UNSET)
        open_pl_day: Decimal | Unset
        if isinstance(_open_pl_day, Unset):
            open_pl_day = UNSET
        else:
            open_pl_day = exact_decimal(_open_pl_day)

        _open_pl_percent = d.pop("openPLPercent", UNSET)
        open_pl_percent: Decimal | Unset
        if isinstance(_open_pl_percent, Unset):
            open_pl_percent = UNSET
        else:
            open_pl_percent = exact_decimal(_open_pl_percent)

        _total_pl = d.pop("totalPL", UNSET)
        total_pl: Decimal | Unset
        if isinstance(_total_pl, Unset):
            total_pl = UNSET
        else:
            total_pl = exact_decimal(_total_pl)

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
            additional_property = exact_decimal(prop_dict)

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
