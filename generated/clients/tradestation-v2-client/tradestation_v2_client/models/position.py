from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_type_enum import AssetTypeEnum
from ..models.long_short_enum import LongShortEnum
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """An open position.

    Attributes:
        account_id (str): The account holding the position, by name (`987654 MyName`), not by `Key`.
        ask_price (Decimal | None): Current ask.
        asset_type (AssetTypeEnum): Asset class: `EQ` equity, `OP` option, `FU` future, `FX` forex. The Swagger's
            position
            enum spells options and futures `Op` and `Fu`; both spellings are accepted.
        average_price (Decimal | None): Average price of the position.
        bid_price (Decimal | None): Current bid.
        big_point_value (Decimal | None): Money value of a one-point move.
        conversion_rate (Decimal | None): Rate from the symbol's currency to the account's.
        currency (None | str): Currency of the symbol.
        initial_margin (Decimal | None): Initial margin, in the account's currency.
        key (int): The position's identifier.
        last_price (Decimal | None): Last trade price; the docs example shows `0` while `LastPriceDisplay` has the
            price.
        long_short (LongShortEnum): Side of a position. The Swagger and the docs' text say `Long`/`Short`; the docs
            example
            sends `L` (and `S` is taken as its short counterpart).
        market_value (Decimal | None): Market value in the symbol's currency.
        open_profit_loss (Decimal | None): Unrealized P&L in the symbol's currency, against the average price.
        open_profit_loss_qty (Decimal | None): Unrealized P&L in the account's currency divided by the quantity.
        quantity (Decimal | None): Shares or contracts held (an integer in every example).
        strike_price (Decimal | None): Strike of an option; `0` otherwise.
        symbol (None | str): The position's symbol.
        time_stamp (int | None | str): When the position was opened, e.g. `3/30/2011 2:51:49 PM`. A display string, or
            epoch time as an integer (see "Timestamps" in the contract's description).
        alias (None | str | Unset): The account's alias.
        account_market_value (Decimal | None | Unset): Market value in the account's currency.
        account_open_profit_loss (Decimal | None | Unset): Unrealized P&L in the account's currency.
        account_total_cost (Decimal | None | Unset): Total cost in the account's currency.
        ask_price_display (None | str | Unset): `AskPrice` formatted for display.
        average_price_display (None | str | Unset): `AveragePrice` formatted for display.
        bid_price_display (None | str | Unset): `BidPrice` formatted for display.
        contract_expire_date (int | None | str | Unset): Expiration of an option or future; `1/1/0001 12:00:00 AM` for
            equities. A display string, or epoch time as an integer (see "Timestamps" in the contract's description).
        cost_basis_calculation (None | str | Unset): `FSA` for Japanese margin accounts, otherwise `None`. Swagger era
            only.
        country (None | str | Unset): Country of the listing exchange.
        day_trade_margin (Decimal | None | Unset): Day-trade margin of a futures position (`0` for others). The Swagger
            types it as a string,
            the only amount it does; every other amount of this WCF service is a JSON number, so a
            decimal string and a decimal number are both accepted (each read as an exact decimal).
        description (None | str | Unset): Name of the instrument.
        display_name (None | str | Unset): The account's display name; marked for removal by the vendor.
        last_price_display (None | str | Unset): `LastPrice` formatted for display.
        maintenance_margin (Decimal | None | Unset): Maintenance margin, in the account's currency.
        mark_to_market_price (Decimal | None | Unset): Previous close for shares held overnight, fill price for today's,
            weighted by quantity.
        open_profit_loss_percent (Decimal | None | Unset): Unrealized P&L as a percentage of the initial value.
        required_margin (Decimal | None | Unset): Margin required to hold the position (forex).
        settle_price (Decimal | None | Unset): Marked for removal by the vendor.
        strike_price_display (None | str | Unset): `StrikePrice` formatted for display.
        todays_profit_loss (Decimal | None | Unset): Today's unrealized P&L against `MarkToMarketPrice` (equities and
            options).
        total_cost (Decimal | None | Unset): Total cost, in the account's currency.
        unrealized_expenses (Decimal | None | Unset): Interest and commissions of Japanese FSA margin accounts.
    """

    account_id: str
    ask_price: Decimal | None
    asset_type: AssetTypeEnum
    average_price: Decimal | None
    bid_price: Decimal | None
    big_point_value: Decimal | None
    conversion_rate: Decimal | None
    currency: None | str
    initial_margin: Decimal | None
    key: int
    last_price: Decimal | None
    long_short: LongShortEnum
    market_value: Decimal | None
    open_profit_loss: Decimal | None
    open_profit_loss_qty: Decimal | None
    quantity: Decimal | None
    strike_price: Decimal | None
    symbol: None | str
    time_stamp: int | None | str
    alias: None | str | Unset = UNSET
    account_market_value: Decimal | None | Unset = UNSET
    account_open_profit_loss: Decimal | None | Unset = UNSET
    account_total_cost: Decimal | None | Unset = UNSET
    ask_price_display: None | str | Unset = UNSET
    average_price_display: None | str | Unset = UNSET
    bid_price_display: None | str | Unset = UNSET
    contract_expire_date: int | None | str | Unset = UNSET
    cost_basis_calculation: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    day_trade_margin: Decimal | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    last_price_display: None | str | Unset = UNSET
    maintenance_margin: Decimal | None | Unset = UNSET
    mark_to_market_price: Decimal | None | Unset = UNSET
    open_profit_loss_percent: Decimal | None | Unset = UNSET
    required_margin: Decimal | None | Unset = UNSET
    settle_price: Decimal | None | Unset = UNSET
    strike_price_display: None | str | Unset = UNSET
    todays_profit_loss: Decimal | None | Unset = UNSET
    total_cost: Decimal | None | Unset = UNSET
    unrealized_expenses: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        ask_price: Decimal | None
        if isinstance(self.ask_price, Decimal):
            ask_price = self.ask_price
        else:
            ask_price = self.ask_price

        asset_type = self.asset_type.value

        average_price: Decimal | None
        if isinstance(self.average_price, Decimal):
            average_price = self.average_price
        else:
            average_price = self.average_price

        bid_price: Decimal | None
        if isinstance(self.bid_price, Decimal):
            bid_price = self.bid_price
        else:
            bid_price = self.bid_price

        big_point_value: Decimal | None
        if isinstance(self.big_point_value, Decimal):
            big_point_value = self.big_point_value
        else:
            big_point_value = self.big_point_value

        conversion_rate: Decimal | None
        if isinstance(self.conversion_rate, Decimal):
            conversion_rate = self.conversion_rate
        else:
            conversion_rate = self.conversion_rate

        currency: None | str
        currency = self.currency

        initial_margin: Decimal | None
        if isinstance(self.initial_margin, Decimal):
            initial_margin = self.initial_margin
        else:
            initial_margin = self.initial_margin

        key = self.key

        last_price: Decimal | None
        if isinstance(self.last_price, Decimal):
            last_price = self.last_price
        else:
            last_price = self.last_price

        long_short = self.long_short.value

        market_value: Decimal | None
        if isinstance(self.market_value, Decimal):
            market_value = self.market_value
        else:
            market_value = self.market_value

        open_profit_loss: Decimal | None
        if isinstance(self.open_profit_loss, Decimal):
            open_profit_loss = self.open_profit_loss
        else:
            open_profit_loss = self.open_profit_loss

        open_profit_loss_qty: Decimal | None
        if isinstance(self.open_profit_loss_qty, Decimal):
            open_profit_loss_qty = self.open_profit_loss_qty
        else:
            open_profit_loss_qty = self.open_profit_loss_qty

        quantity: Decimal | None
        if isinstance(self.quantity, Decimal):
            quantity = self.quantity
        else:
            quantity = self.quantity

        strike_price: Decimal | None
        if isinstance(self.strike_price, Decimal):
            strike_price = self.strike_price
        else:
            strike_price = self.strike_price

        symbol: None | str
        symbol = self.symbol

        time_stamp: int | None | str
        time_stamp = self.time_stamp

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        account_market_value: Decimal | None | Unset
        if isinstance(self.account_market_value, Unset):
            account_market_value = UNSET
        elif isinstance(self.account_market_value, Decimal):
            account_market_value = self.account_market_value
        else:
            account_market_value = self.account_market_value

        account_open_profit_loss: Decimal | None | Unset
        if isinstance(self.account_open_profit_loss, Unset):
            account_open_profit_loss = UNSET
        elif isinstance(self.account_open_profit_loss, Decimal):
            account_open_profit_loss = self.account_open_profit_loss
        else:
            account_open_profit_loss = self.account_open_profit_loss

        account_total_cost: Decimal | None | Unset
        if isinstance(self.account_total_cost, Unset):
            account_total_cost = UNSET
        elif isinstance(self.account_total_cost, Decimal):
            account_total_cost = self.account_total_cost
        else:
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

        contract_expire_date: int | None | str | Unset
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

        day_trade_margin: None | str | Unset
        if isinstance(self.day_trade_margin, Unset):
            day_trade_margin = UNSET
        elif isinstance(self.day_trade_margin, Decimal):
            day_trade_margin = str(self.day_trade_margin)
        else:
            day_trade_margin = self.day_trade_margin

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

        maintenance_margin: Decimal | None | Unset
        if isinstance(self.maintenance_margin, Unset):
            maintenance_margin = UNSET
        elif isinstance(self.maintenance_margin, Decimal):
            maintenance_margin = self.maintenance_margin
        else:
            maintenance_margin = self.maintenance_margin

        mark_to_market_price: Decimal | None | Unset
        if isinstance(self.mark_to_market_price, Unset):
            mark_to_market_price = UNSET
        elif isinstance(self.mark_to_market_price, Decimal):
            mark_to_market_price = self.mark_to_market_price
        else:
            mark_to_market_price = self.mark_to_market_price

        open_profit_loss_percent: Decimal | None | Unset
        if isinstance(self.open_profit_loss_percent, Unset):
            open_profit_loss_percent = UNSET
        elif isinstance(self.open_profit_loss_percent, Decimal):
            open_profit_loss_percent = self.open_profit_loss_percent
        else:
            open_profit_loss_percent = self.open_profit_loss_percent

        required_margin: Decimal | None | Unset
        if isinstance(self.required_margin, Unset):
            required_margin = UNSET
        elif isinstance(self.required_margin, Decimal):
            required_margin = self.required_margin
        else:
            required_margin = self.required_margin

        settle_price: Decimal | None | Unset
        if isinstance(self.settle_price, Unset):
            settle_price = UNSET
        elif isinstance(self.settle_price, Decimal):
            settle_price = self.settle_price
        else:
            settle_price = self.settle_price

        strike_price_display: None | str | Unset
        if isinstance(self.strike_price_display, Unset):
            strike_price_display = UNSET
        else:
            strike_price_display = self.strike_price_display

        todays_profit_loss: Decimal | None | Unset
        if isinstance(self.todays_profit_loss, Unset):
            todays_profit_loss = UNSET
        elif isinstance(self.todays_profit_loss, Decimal):
            todays_profit_loss = self.todays_profit_loss
        else:
            todays_profit_loss = self.todays_profit_loss

        total_cost: Decimal | None | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        elif isinstance(self.total_cost, Decimal):
            total_cost = self.total_cost
        else:
            total_cost = self.total_cost

        unrealized_expenses: Decimal | None | Unset
        if isinstance(self.unrealized_expenses, Unset):
            unrealized_expenses = UNSET
        elif isinstance(self.unrealized_expenses, Decimal):
            unrealized_expenses = self.unrealized_expenses
        else:
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

        def _parse_ask_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                ask_price_type_0 = exact_decimal(data)

                return ask_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        ask_price = _parse_ask_price(d.pop("AskPrice"))

        asset_type = AssetTypeEnum(d.pop("AssetType"))

        def _parse_average_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                average_price_type_0 = exact_decimal(data)

                return average_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        average_price = _parse_average_price(d.pop("AveragePrice"))

        def _parse_bid_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bid_price_type_0 = exact_decimal(data)

                return bid_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bid_price = _parse_bid_price(d.pop("BidPrice"))

        def _parse_big_point_value(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                big_point_value_type_0 = exact_decimal(data)

                return big_point_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        big_point_value = _parse_big_point_value(d.pop("BigPointValue"))

        def _parse_conversion_rate(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                conversion_rate_type_0 = exact_decimal(data)

                return conversion_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        conversion_rate = _parse_conversion_rate(d.pop("ConversionRate"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("Currency"))

        def _parse_initial_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                initial_margin_type_0 = exact_decimal(data)

                return initial_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        initial_margin = _parse_initial_margin(d.pop("InitialMargin"))

        key = d.pop("Key")

        def _parse_last_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                last_price_type_0 = exact_decimal(data)

                return last_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        last_price = _parse_last_price(d.pop("LastPrice"))

        long_short = LongShortEnum(d.pop("LongShort"))

        def _parse_market_value(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                market_value_type_0 = exact_decimal(data)

                return market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        market_value = _parse_market_value(d.pop("MarketValue"))

        def _parse_open_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                open_profit_loss_type_0 = exact_decimal(data)

                return open_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        open_profit_loss = _parse_open_profit_loss(d.pop("OpenProfitLoss"))

        def _parse_open_profit_loss_qty(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                open_profit_loss_qty_type_0 = exact_decimal(data)

                return open_profit_loss_qty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        open_profit_loss_qty = _parse_open_profit_loss_qty(d.pop("OpenProfitLossQty"))

        def _parse_quantity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                quantity_type_0 = exact_decimal(data)

                return quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        quantity = _parse_quantity(d.pop("Quantity"))

        def _parse_strike_price(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                strike_price_type_0 = exact_decimal(data)

                return strike_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        strike_price = _parse_strike_price(d.pop("StrikePrice"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("Symbol"))

        def _parse_time_stamp(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        time_stamp = _parse_time_stamp(d.pop("TimeStamp"))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_account_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                account_market_value_type_0 = exact_decimal(data)

                return account_market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        account_market_value = _parse_account_market_value(d.pop("AccountMarketValue", UNSET))

        def _parse_account_open_profit_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                account_open_profit_loss_type_0 = exact_decimal(data)

                return account_open_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        account_open_profit_loss = _parse_account_open_profit_loss(d.pop("AccountOpenProfitLoss", UNSET))

        def _parse_account_total_cost(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                account_total_cost_type_0 = exact_decimal(data)

                return account_total_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        account_total_cost = _parse_account_total_cost(d.pop("AccountTotalCost", UNSET))

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

        def _parse_contract_expire_date(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

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

        def _parse_day_trade_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_trade_margin_type_0 = exact_decimal(data)

                return day_trade_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_margin = _parse_day_trade_margin(d.pop("DayTradeMargin", UNSET))

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

        def _parse_maintenance_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                maintenance_margin_type_0 = exact_decimal(data)

                return maintenance_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        maintenance_margin = _parse_maintenance_margin(d.pop("MaintenanceMargin", UNSET))

        def _parse_mark_to_market_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                mark_to_market_price_type_0 = exact_decimal(data)

                return mark_to_market_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        mark_to_market_price = _parse_mark_to_market_price(d.pop("MarkToMarketPrice", UNSET))

        def _parse_open_profit_loss_percent(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                open_profit_loss_percent_type_0 = exact_decimal(data)

                return open_profit_loss_percent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        open_profit_loss_percent = _parse_open_profit_loss_percent(d.pop("OpenProfitLossPercent", UNSET))

        def _parse_required_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                required_margin_type_0 = exact_decimal(data)

                return required_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        required_margin = _parse_required_margin(d.pop("RequiredMargin", UNSET))

        def _parse_settle_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                settle_price_type_0 = exact_decimal(data)

                return settle_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        settle_price = _parse_settle_price(d.pop("SettlePrice", UNSET))

        def _parse_strike_price_display(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_price_display = _parse_strike_price_display(d.pop("StrikePriceDisplay", UNSET))

        def _parse_todays_profit_loss(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                todays_profit_loss_type_0 = exact_decimal(data)

                return todays_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        todays_profit_loss = _parse_todays_profit_loss(d.pop("TodaysProfitLoss", UNSET))

        def _parse_total_cost(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                total_cost_type_0 = exact_decimal(data)

                return total_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        total_cost = _parse_total_cost(d.pop("TotalCost", UNSET))

        def _parse_unrealized_expenses(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                unrealized_expenses_type_0 = exact_decimal(data)

                return unrealized_expenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_expenses = _parse_unrealized_expenses(d.pop("UnrealizedExpenses", UNSET))

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
