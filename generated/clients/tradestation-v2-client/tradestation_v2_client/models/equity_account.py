from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..models.equity_account_type import EquityAccountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closed_position import ClosedPosition


T = TypeVar("T", bound="EquityAccount")


@_attrs_define
class EquityAccount:
    """Balances of a cash (`C`), margin (`M`) or DVP (`D`) account; WCF names the type
    `EquityAccount`.

        Attributes:
            bod_equity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            bod_net_cash (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            closed_positions (list[ClosedPosition]): Positions closed today; usually empty.
            key (int): The account's key.
            market_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            name (str): The account's name.
            real_time_account_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
                28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
                28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_equity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_realized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision:
                up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_unrealized_gains (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
                to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_unrealized_profit_loss (Decimal): An exact decimal sent as a JSON number with .NET `decimal`
                precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            status (AccountStatus): Account status: `A` Active, `X` Closed, `C` Closing Transactions Only, `F` Margin Call –
                Closing Transactions Only, `I` Inactive, `L` Liquidating Transactions Only, `R` Restricted,
                `D` 90 Day Restriction – Closing Transactions Only.
            status_description (str): The text of `Status`, e.g. `Active`.
            type_description (str): The text of `Type`, e.g. `Cash`.
            uncleared_deposit (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            type_ (EquityAccountType): The account types whose balances are an `EquityAccount`.
            bod_account_balance (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            bod_day_trading_marginable_equities_buying_power (Decimal): An exact decimal sent as a JSON number with .NET
                `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            bod_option_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
                28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            bod_option_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            bod_overnight_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
                to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            can_day_trade (bool): Whether the account may day trade.
            commission (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            day_trades (int): Day trades in the previous 4 trading days.
            day_trading_qualified (bool): Whether compliance allows the account to day trade.
            option_approval_level (int): Options level, 0 (none) to 5 (naked index options and calls).
            pattern_day_trader (bool): Whether the account is flagged a pattern day trader (FINRA).
            real_time_cost_of_positions (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
                to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_day_trading_marginable_equities_buying_power (Decimal): An exact decimal sent as a JSON number with
                .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_option_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision:
                up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_option_value (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
                28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            real_time_overnight_buying_power (Decimal): An exact decimal sent as a JSON number with .NET `decimal`
                precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            unsettled_fund (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
            alias (None | str | Unset): A name the user chose; `""` when unset. Absent from the 2011 docs example.
            display_name (None | str | Unset): The alternate id when there is one, otherwise the account id. Absent from the
                2011 docs example.
            field_type_ (Literal['EquityAccount:#TradeStation.Web.Services.DataContracts'] | Unset): WCF's type hint; sent
                first when present.
            day_trade_excess (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
                28–31
                significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
                zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
    """

    bod_equity: Decimal
    bod_net_cash: Decimal
    closed_positions: list[ClosedPosition]
    key: int
    market_value: Decimal
    name: str
    real_time_account_balance: Decimal
    real_time_buying_power: Decimal
    real_time_equity: Decimal
    real_time_realized_profit_loss: Decimal
    real_time_unrealized_gains: Decimal
    real_time_unrealized_profit_loss: Decimal
    status: AccountStatus
    status_description: str
    type_description: str
    uncleared_deposit: Decimal
    type_: EquityAccountType
    bod_account_balance: Decimal
    bod_day_trading_marginable_equities_buying_power: Decimal
    bod_option_buying_power: Decimal
    bod_option_value: Decimal
    bod_overnight_buying_power: Decimal
    can_day_trade: bool
    commission: Decimal
    day_trades: int
    day_trading_qualified: bool
    option_approval_level: int
    pattern_day_trader: bool
    real_time_cost_of_positions: Decimal
    real_time_day_trading_marginable_equities_buying_power: Decimal
    real_time_option_buying_power: Decimal
    real_time_option_value: Decimal
    real_time_overnight_buying_power: Decimal
    unsettled_fund: Decimal
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    field_type_: Literal["EquityAccount:#TradeStation.Web.Services.DataContracts"] | Unset = UNSET
    day_trade_excess: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bod_equity = self.bod_equity

        bod_net_cash = self.bod_net_cash

        closed_positions = []
        for closed_positions_item_data in self.closed_positions:
            closed_positions_item = closed_positions_item_data.to_dict()
            closed_positions.append(closed_positions_item)

        key = self.key

        market_value = self.market_value

        name = self.name

        real_time_account_balance = self.real_time_account_balance

        real_time_buying_power = self.real_time_buying_power

        real_time_equity = self.real_time_equity

        real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_unrealized_gains = self.real_time_unrealized_gains

        real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        status = self.status.value

        status_description = self.status_description

        type_description = self.type_description

        uncleared_deposit = self.uncleared_deposit

        type_ = self.type_.value

        bod_account_balance = self.bod_account_balance

        bod_day_trading_marginable_equities_buying_power = self.bod_day_trading_marginable_equities_buying_power

        bod_option_buying_power = self.bod_option_buying_power

        bod_option_value = self.bod_option_value

        bod_overnight_buying_power = self.bod_overnight_buying_power

        can_day_trade = self.can_day_trade

        commission = self.commission

        day_trades = self.day_trades

        day_trading_qualified = self.day_trading_qualified

        option_approval_level = self.option_approval_level

        pattern_day_trader = self.pattern_day_trader

        real_time_cost_of_positions = self.real_time_cost_of_positions

        real_time_day_trading_marginable_equities_buying_power = (
            self.real_time_day_trading_marginable_equities_buying_power
        )

        real_time_option_buying_power = self.real_time_option_buying_power

        real_time_option_value = self.real_time_option_value

        real_time_overnight_buying_power = self.real_time_overnight_buying_power

        unsettled_fund = self.unsettled_fund

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_type_ = self.field_type_

        day_trade_excess: Decimal | Unset = UNSET
        if not isinstance(self.day_trade_excess, Unset):
            day_trade_excess = self.day_trade_excess

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "BODEquity": bod_equity,
                "BODNetCash": bod_net_cash,
                "ClosedPositions": closed_positions,
                "Key": key,
                "MarketValue": market_value,
                "Name": name,
                "RealTimeAccountBalance": real_time_account_balance,
                "RealTimeBuyingPower": real_time_buying_power,
                "RealTimeEquity": real_time_equity,
                "RealTimeRealizedProfitLoss": real_time_realized_profit_loss,
                "RealTimeUnrealizedGains": real_time_unrealized_gains,
                "RealTimeUnrealizedProfitLoss": real_time_unrealized_profit_loss,
                "Status": status,
                "StatusDescription": status_description,
                "TypeDescription": type_description,
                "UnclearedDeposit": uncleared_deposit,
                "Type": type_,
                "BODAccountBalance": bod_account_balance,
                "BODDayTradingMarginableEquitiesBuyingPower": bod_day_trading_marginable_equities_buying_power,
                "BODOptionBuyingPower": bod_option_buying_power,
                "BODOptionValue": bod_option_value,
                "BODOvernightBuyingPower": bod_overnight_buying_power,
                "CanDayTrade": can_day_trade,
                "Commission": commission,
                "DayTrades": day_trades,
                "DayTradingQualified": day_trading_qualified,
                "OptionApprovalLevel": option_approval_level,
                "PatternDayTrader": pattern_day_trader,
                "RealTimeCostOfPositions": real_time_cost_of_positions,
                "RealTimeDayTradingMarginableEquitiesBuyingPower": real_time_day_trading_marginable_equities_buying_power,
                "RealTimeOptionBuyingPower": real_time_option_buying_power,
                "RealTimeOptionValue": real_time_option_value,
                "RealTimeOvernightBuyingPower": real_time_overnight_buying_power,
                "UnsettledFund": unsettled_fund,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if field_type_ is not UNSET:
            field_dict["__type"] = field_type_
        if day_trade_excess is not UNSET:
            field_dict["DayTradeExcess"] = day_trade_excess

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_position import ClosedPosition  # noqa: PLC0415

        d = dict(src_dict)
        bod_equity = Decimal(str(d.pop("BODEquity")))

        bod_net_cash = Decimal(str(d.pop("BODNetCash")))

        closed_positions = []
        _closed_positions = d.pop("ClosedPositions")
        for closed_positions_item_data in _closed_positions:
            closed_positions_item = ClosedPosition.from_dict(closed_positions_item_data)

            closed_positions.append(closed_positions_item)

        key = d.pop("Key")

        market_value = Decimal(str(d.pop("MarketValue")))

        name = d.pop("Name")

        real_time_account_balance = Decimal(str(d.pop("RealTimeAccountBalance")))

        real_time_buying_power = Decimal(str(d.pop("RealTimeBuyingPower")))

        real_time_equity = Decimal(str(d.pop("RealTimeEquity")))

        real_time_realized_profit_loss = Decimal(str(d.pop("RealTimeRealizedProfitLoss")))

        real_time_unrealized_gains = Decimal(str(d.pop("RealTimeUnrealizedGains")))

        real_time_unrealized_profit_loss = Decimal(str(d.pop("RealTimeUnrealizedProfitLoss")))

        status = AccountStatus(d.pop("Status"))

        status_description = d.pop("StatusDescription")

        type_description = d.pop("TypeDescription")

        uncleared_deposit = Decimal(str(d.pop("UnclearedDeposit")))

        type_ = EquityAccountType(d.pop("Type"))

        bod_account_balance = Decimal(str(d.pop("BODAccountBalance")))

        bod_day_trading_marginable_equities_buying_power = Decimal(
            str(d.pop("BODDayTradingMarginableEquitiesBuyingPower"))
        )

        bod_option_buying_power = Decimal(str(d.pop("BODOptionBuyingPower")))

        bod_option_value = Decimal(str(d.pop("BODOptionValue")))

        bod_overnight_buying_power = Decimal(str(d.pop("BODOvernightBuyingPower")))

        can_day_trade = d.pop("CanDayTrade")

        commission = Decimal(str(d.pop("Commission")))

        day_trades = d.pop("DayTrades")

        day_trading_qualified = d.pop("DayTradingQualified")

        option_approval_level = d.pop("OptionApprovalLevel")

        pattern_day_trader = d.pop("PatternDayTrader")

        real_time_cost_of_positions = Decimal(str(d.pop("RealTimeCostOfPositions")))

        real_time_day_trading_marginable_equities_buying_power = Decimal(
            str(d.pop("RealTimeDayTradingMarginableEquitiesBuyingPower"))
        )

        real_time_option_buying_power = Decimal(str(d.pop("RealTimeOptionBuyingPower")))

        real_time_option_value = Decimal(str(d.pop("RealTimeOptionValue")))

        real_time_overnight_buying_power = Decimal(str(d.pop("RealTimeOvernightBuyingPower")))

        unsettled_fund = Decimal(str(d.pop("UnsettledFund")))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        field_type_ = cast(
            Literal["EquityAccount:#TradeStation.Web.Services.DataContracts"] | Unset, d.pop("__type", UNSET)
        )
        if field_type_ != "EquityAccount:#TradeStation.Web.Services.DataContracts" and not isinstance(
            field_type_, Unset
        ):
            raise ValueError(
                f"__type must match const 'EquityAccount:#TradeStation.Web.Services.DataContracts', got '{field_type_}'"
            )

        _day_trade_excess = d.pop("DayTradeExcess", UNSET)
        day_trade_excess: Decimal | Unset
        if isinstance(_day_trade_excess, Unset):
            day_trade_excess = UNSET
        else:
            day_trade_excess = Decimal(str(_day_trade_excess))

        equity_account = cls(
            bod_equity=bod_equity,
            bod_net_cash=bod_net_cash,
            closed_positions=closed_positions,
            key=key,
            market_value=market_value,
            name=name,
            real_time_account_balance=real_time_account_balance,
            real_time_buying_power=real_time_buying_power,
            real_time_equity=real_time_equity,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_unrealized_gains=real_time_unrealized_gains,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            status=status,
            status_description=status_description,
            type_description=type_description,
            uncleared_deposit=uncleared_deposit,
            type_=type_,
            bod_account_balance=bod_account_balance,
            bod_day_trading_marginable_equities_buying_power=bod_day_trading_marginable_equities_buying_power,
            bod_option_buying_power=bod_option_buying_power,
            bod_option_value=bod_option_value,
            bod_overnight_buying_power=bod_overnight_buying_power,
            can_day_trade=can_day_trade,
            commission=commission,
            day_trades=day_trades,
            day_trading_qualified=day_trading_qualified,
            option_approval_level=option_approval_level,
            pattern_day_trader=pattern_day_trader,
            real_time_cost_of_positions=real_time_cost_of_positions,
            real_time_day_trading_marginable_equities_buying_power=real_time_day_trading_marginable_equities_buying_power,
            real_time_option_buying_power=real_time_option_buying_power,
            real_time_option_value=real_time_option_value,
            real_time_overnight_buying_power=real_time_overnight_buying_power,
            unsettled_fund=unsettled_fund,
            alias=alias,
            display_name=display_name,
            field_type_=field_type_,
            day_trade_excess=day_trade_excess,
        )

        equity_account.additional_properties = d
        return equity_account

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
