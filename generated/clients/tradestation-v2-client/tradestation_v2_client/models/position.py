from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_type_enum import AssetTypeEnum
from ..models.long_short_enum import LongShortEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """An open position.

    Attributes:
        account_id (str): The account holding the position, by name (`987654 MyName`), not by `Key`.
        ask_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        asset_type (AssetTypeEnum): Asset class: `EQ` equity, `OP` option, `FU` future, `FX` forex. The Swagger's
            position
            enum spells options and futures `Op` and `Fu`; both spellings are accepted.
        average_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        bid_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        big_point_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        conversion_rate (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        currency (str): Currency of the symbol.
        initial_margin (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        key (int): The position's identifier.
        last_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        long_short (LongShortEnum): Side of a position. The Swagger and the docs' text say `Long`/`Short`; the docs
            example
            sends `L` (and `S` is taken as its short counterpart).
        market_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        open_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        open_profit_loss_qty (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        quantity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        strike_price (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        symbol (str): The position's symbol.
        time_stamp (str): When the position was opened, e.g. `3/30/2011 2:51:49 PM`.
        alias (None | str | Unset): The account's alias.
        account_market_value (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        account_open_profit_loss (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        account_total_cost (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        ask_price_display (None | str | Unset): `AskPrice` formatted for display.
        average_price_display (None | str | Unset): `AveragePrice` formatted for display.
        bid_price_display (None | str | Unset): `BidPrice` formatted for display.
        contract_expire_date (None | str | Unset): Expiration of an option or future; `1/1/0001 12:00:00 AM` for
            equities.
        cost_basis_calculation (None | str | Unset): `FSA` for Japanese margin accounts, otherwise `None`. Swagger era
            only.
        country (None | str | Unset): Country of the listing exchange.
        day_trade_margin (Decimal | Unset): An exact decimal sent as a JSON string (only `DayTradeMargin` of a
            position).
        description (None | str | Unset): Name of the instrument.
        display_name (None | str | Unset): The account's display name; marked for removal by the vendor.
        last_price_display (None | str | Unset): `LastPrice` formatted for display.
        maintenance_margin (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        mark_to_market_price (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        open_profit_loss_percent (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        required_margin (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        settle_price (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        strike_price_display (None | str | Unset): `StrikePrice` formatted for display.
        todays_profit_loss (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        total_cost (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        unrealized_expenses (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
    """

    account_id: str
    ask_price: Decimal
    asset_type: AssetTypeEnum
    average_price: Decimal
    bid_price: Decimal
    big_point_value: Decimal
    conversion_rate: Decimal
    currency: str
    initial_margin: Decimal
    key: int
    last_price: Decimal
    long_short: LongShortEnum
    market_value: Decimal
    open_profit_loss: Decimal
    open_profit_loss_qty: Decimal
    quantity: Decimal
    strike_price: Decimal
    symbol: str
    time_stamp: str
    alias: None | str | Unset = UNSET
    account_market_value: Decimal | Unset = UNSET
    account_open_profit_loss: Decimal | Unset = UNSET
    account_total_cost: Decimal | Unset = UNSET
    ask_price_display: None | str | Unset = UNSET
    average_price_display: None | str | Unset = UNSET
    bid_price_display: None | str | Unset = UNSET
    contract_expire_date: None | str | Unset = UNSET
    cost_basis_calculation: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    day_trade_margin: Decimal | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    last_price_display: None | str | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    mark_to_market_price: Decimal | Unset = UNSET
    open_profit_loss_percent: Decimal | Unset = UNSET
    required_margin: Decimal | Unset = UNSET
    settle_price: Decimal | Unset = UNSET
    strike_price_display: None | str | Unset = UNSET
    todays_profit_loss: Decimal | Unset = UNSET
    total_cost: Decimal | Unset = UNSET
    unrealized_expenses: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        ask_price = self.ask_price

        asset_type = self.asset_type.value

        average_price = self.average_price

        bid_price = self.bid_price

        big_point_value = self.big_point_value

        conversion_rate = self.conversion_rate

        currency = self.currency

        initial_margin = self.initial_margin

        key = self.key

        last_price = self.last_price

        long_short = self.long_short.value

        market_value = self.market_value

        open_profit_loss = self.open_profit_loss

        open_profit_loss_qty = self.open_profit_loss_qty

        quantity = self.quantity

        strike_price = self.strike_price

        symbol = self.symbol

        time_stamp = self.time_stamp

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        account_market_value: Decimal | Unset = UNSET
        if not isinstance(self.account_market_value, Unset):
            account_market_value = self.account_market_value

        account_open_profit_loss: Decimal | Unset = UNSET
        if not isinstance(self.account_open_profit_loss, Unset):
            account_open_profit_loss = self.account_open_profit_loss

        account_total_cost: Decimal | Unset = UNSET
        if not isinstance(self.account_total_cost, Unset):
            account_total_cost = self.account_total_cost

        ask_price_display: None | str | Unset
        if isinstance(self.ask_price_display, Unset):
            ask_price_display = UNSET
        else:
            ask_price_display = self.ask_price_display

        average_price_display: None | str | Unset
        if isinstance(self.average_price_display, Unset):
            average_price_display = UNSET
        else:
            average_price_display = self.average_price_display

        bid_price_display: None | str | Unset
        if isinstance(self.bid_price_display, Unset):
            bid_price_display = UNSET
        else:
            bid_price_display = self.bid_price_display

        contract_expire_date: None | str | Unset
        if isinstance(self.contract_expire_date, Unset):
            contract_expire_date = UNSET
        else:
            contract_expire_date = self.contract_expire_date

        cost_basis_calculation: None | str | Unset
        if isinstance(self.cost_basis_calculation, Unset):
            cost_basis_calculation = UNSET
        else:
            cost_basis_calculation = self.cost_basis_calculation

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        day_trade_margin: str | Unset = UNSET
        if not isinstance(self.day_trade_margin, Unset):
            day_trade_margin = str(self.day_trade_margin)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        last_price_display: None | str | Unset
        if isinstance(self.last_price_display, Unset):
            last_price_display = UNSET
        else:
            last_price_display = self.last_price_display

        maintenance_margin: Decimal | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = self.maintenance_margin

        mark_to_market_price: Decimal | Unset = UNSET
        if not isinstance(self.mark_to_market_price, Unset):
            mark_to_market_price = self.mark_to_market_price

        open_profit_loss_percent: Decimal | Unset = UNSET
        if not isinstance(self.open_profit_loss_percent, Unset):
            open_profit_loss_percent = self.open_profit_loss_percent

        required_margin: Decimal | Unset = UNSET
        if not isinstance(self.required_margin, Unset):
            required_margin = self.required_margin

        settle_price: Decimal | Unset = UNSET
        if not isinstance(self.settle_price, Unset):
            settle_price = self.settle_price

        strike_price_display: None | str | Unset
        if isinstance(self.strike_price_display, Unset):
            strike_price_display = UNSET
        else:
            strike_price_display = self.strike_price_display

        todays_profit_loss: Decimal | Unset = UNSET
        if not isinstance(self.todays_profit_loss, Unset):
            todays_profit_loss = self.todays_profit_loss

        total_cost: Decimal | Unset = UNSET
        if not isinstance(self.total_cost, Unset):
            total_cost = self.total_cost

        unrealized_expenses: Decimal | Unset = UNSET
        if not isinstance(self.unrealized_expenses, Unset):
            unrealized_expenses = self.unrealized_expenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AskPrice": ask_price,
                "AssetType": asset_type,
                "AveragePrice": average_price,
                "BidPrice": bid_price,
                "BigPointValue": big_point_value,
                "ConversionRate": conversion_rate,
                "Currency": currency,
                "InitialMargin": initial_margin,
                "Key": key,
                "LastPrice": last_price,
                "LongShort": long_short,
                "MarketValue": market_value,
                "OpenProfitLoss": open_profit_loss,
                "OpenProfitLossQty": open_profit_loss_qty,
                "Quantity": quantity,
                "StrikePrice": strike_price,
                "Symbol": symbol,
                "TimeStamp": time_stamp,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if account_market_value is not UNSET:
            field_dict["AccountMarketValue"] = account_market_value
        if account_open_profit_loss is not UNSET:
            field_dict["AccountOpenProfitLoss"] = account_open_profit_loss
        if account_total_cost is not UNSET:
            field_dict["AccountTotalCost"] = account_total_cost
        if ask_price_display is not UNSET:
            field_dict["AskPriceDisplay"] = ask_price_display
        if average_price_display is not UNSET:
            field_dict["AveragePriceDisplay"] = average_price_display
        if bid_price_display is not UNSET:
            field_dict["BidPriceDisplay"] = bid_price_display
        if contract_expire_date is not UNSET:
            field_dict["ContractExpireDate"] = contract_expire_date
        if cost_basis_calculation is not UNSET:
            field_dict["CostBasisCalculation"] = cost_basis_calculation
        if country is not UNSET:
            field_dict["Country"] = country
        if day_trade_margin is not UNSET:
            field_dict["DayTradeMargin"] = day_trade_margin
        if description is not UNSET:
            field_dict["Description"] = description
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if last_price_display is not UNSET:
            field_dict["LastPriceDisplay"] = last_price_display
        if maintenance_margin is not UNSET:
            field_dict["MaintenanceMargin"] = maintenance_margin
        if mark_to_market_price is not UNSET:
            field_dict["MarkToMarketPrice"] = mark_to_market_price
        if open_profit_loss_percent is not UNSET:
            field_dict["OpenProfitLossPercent"] = open_profit_loss_percent
        if required_margin is not UNSET:
            field_dict["RequiredMargin"] = required_margin
        if settle_price is not UNSET:
            field_dict["SettlePrice"] = settle_price
        if strike_price_display is not UNSET:
            field_dict["StrikePriceDisplay"] = strike_price_display
        if todays_profit_loss is not UNSET:
            field_dict["TodaysProfitLoss"] = todays_profit_loss
        if total_cost is not UNSET:
            field_dict["TotalCost"] = total_cost
        if unrealized_expenses is not UNSET:
            field_dict["UnrealizedExpenses"] = unrealized_expenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountID")

        ask_price = Decimal(str(d.pop("AskPrice")))

        asset_type = AssetTypeEnum(d.pop("AssetType"))

        average_price = Decimal(str(d.pop("AveragePrice")))

        bid_price = Decimal(str(d.pop("BidPrice")))

        big_point_value = Decimal(str(d.pop("BigPointValue")))

        conversion_rate = Decimal(str(d.pop("ConversionRate")))

        currency = d.pop("Currency")

        initial_margin = Decimal(str(d.pop("InitialMargin")))

        key = d.pop("Key")

        last_price = Decimal(str(d.pop("LastPrice")))

        long_short = LongShortEnum(d.pop("LongShort"))

        market_value = Decimal(str(d.pop("MarketValue")))

        open_profit_loss = Decimal(str(d.pop("OpenProfitLoss")))

        open_profit_loss_qty = Decimal(str(d.pop("OpenProfitLossQty")))

        quantity = Decimal(str(d.pop("Quantity")))

        strike_price = Decimal(str(d.pop("StrikePrice")))

        symbol = d.pop("Symbol")

        time_stamp = d.pop("TimeStamp")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        _account_market_value = d.pop("AccountMarketValue", UNSET)
        account_market_value: Decimal | Unset
        if isinstance(_account_market_value, Unset):
            account_market_value = UNSET
        else:
            account_market_value = Decimal(str(_account_market_value))

        _account_open_profit_loss = d.pop("AccountOpenProfitLoss", UNSET)
        account_open_profit_loss: Decimal | Unset
        if isinstance(_account_open_profit_loss, Unset):
            account_open_profit_loss = UNSET
        else:
            account_open_profit_loss = Decimal(str(_account_open_profit_loss))

        _account_total_cost = d.pop("AccountTotalCost", UNSET)
        account_total_cost: Decimal | Unset
        if isinstance(_account_total_cost, Unset):
            account_total_cost = UNSET
        else:
            account_total_cost = Decimal(str(_account_total_cost))

        def _parse_ask_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ask_price_display = _parse_ask_price_display(d.pop("AskPriceDisplay", UNSET))

        def _parse_average_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_price_display = _parse_average_price_display(d.pop("AveragePriceDisplay", UNSET))

        def _parse_bid_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bid_price_display = _parse_bid_price_display(d.pop("BidPriceDisplay", UNSET))

        def _parse_contract_expire_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_expire_date = _parse_contract_expire_date(d.pop("ContractExpireDate", UNSET))

        def _parse_cost_basis_calculation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_basis_calculation = _parse_cost_basis_calculation(d.pop("CostBasisCalculation", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("Country", UNSET))

        _day_trade_margin = d.pop("DayTradeMargin", UNSET)
        day_trade_margin: Decimal | Unset
        if isinstance(_day_trade_margin, Unset):
            day_trade_margin = UNSET
        else:
            day_trade_margin = Decimal(str(_day_trade_margin))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        def _parse_last_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_price_display = _parse_last_price_display(d.pop("LastPriceDisplay", UNSET))

        _maintenance_margin = d.pop("MaintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = Decimal(str(_maintenance_margin))

        _mark_to_market_price = d.pop("MarkToMarketPrice", UNSET)
        mark_to_market_price: Decimal | Unset
        if isinstance(_mark_to_market_price, Unset):
            mark_to_market_price = UNSET
        else:
            mark_to_market_price = Decimal(str(_mark_to_market_price))

        _open_profit_loss_percent = d.pop("OpenProfitLossPercent", UNSET)
        open_profit_loss_percent: Decimal | Unset
        if isinstance(_open_profit_loss_percent, Unset):
            open_profit_loss_percent = UNSET
        else:
            open_profit_loss_percent = Decimal(str(_open_profit_loss_percent))

        _required_margin = d.pop("RequiredMargin", UNSET)
        required_margin: Decimal | Unset
        if isinstance(_required_margin, Unset):
            required_margin = UNSET
        else:
            required_margin = Decimal(str(_required_margin))

        _settle_price = d.pop("SettlePrice", UNSET)
        settle_price: Decimal | Unset
        if isinstance(_settle_price, Unset):
            settle_price = UNSET
        else:
            settle_price = Decimal(str(_settle_price))

        def _parse_strike_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_price_display = _parse_strike_price_display(d.pop("StrikePriceDisplay", UNSET))

        _todays_profit_loss = d.pop("TodaysProfitLoss", UNSET)
        todays_profit_loss: Decimal | Unset
        if isinstance(_todays_profit_loss, Unset):
            todays_profit_loss = UNSET
        else:
            todays_profit_loss = Decimal(str(_todays_profit_loss))

        _total_cost = d.pop("TotalCost", UNSET)
        total_cost: Decimal | Unset
        if isinstance(_total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = Decimal(str(_total_cost))

        _unrealized_expenses = d.pop("UnrealizedExpenses", UNSET)
        unrealized_expenses: Decimal | Unset
        if isinstance(_unrealized_expenses, Unset):
            unrealized_expenses = UNSET
        else:
            unrealized_expenses = Decimal(str(_unrealized_expenses))

        position = cls(
            account_id=account_id,
            ask_price=ask_price,
            asset_type=asset_type,
            average_price=average_price,
            bid_price=bid_price,
            big_point_value=big_point_value,
            conversion_rate=conversion_rate,
            currency=currency,
            initial_margin=initial_margin,
            key=key,
            last_price=last_price,
            long_short=long_short,
            market_value=market_value,
            open_profit_loss=open_profit_loss,
            open_profit_loss_qty=open_profit_loss_qty,
            quantity=quantity,
            strike_price=strike_price,
            symbol=symbol,
            time_stamp=time_stamp,
            alias=alias,
            account_market_value=account_market_value,
            account_open_profit_loss=account_open_profit_loss,
            account_total_cost=account_total_cost,
            ask_price_display=ask_price_display,
            average_price_display=average_price_display,
            bid_price_display=bid_price_display,
            contract_expire_date=contract_expire_date,
            cost_basis_calculation=cost_basis_calculation,
            country=country,
            day_trade_margin=day_trade_margin,
            description=description,
            display_name=display_name,
            last_price_display=last_price_display,
            maintenance_margin=maintenance_margin,
            mark_to_market_price=mark_to_market_price,
            open_profit_loss_percent=open_profit_loss_percent,
            required_margin=required_margin,
            settle_price=settle_price,
            strike_price_display=strike_price_display,
            todays_profit_loss=todays_profit_loss,
            total_cost=total_cost,
            unrealized_expenses=unrealized_expenses,
        )

        position.additional_properties = d
        return position

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
