from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closed_position import ClosedPosition
    from ..models.futures_currency_detail import FuturesCurrencyDetail


T = TypeVar("T", bound="FuturesAccount")


@_attrs_define
class FuturesAccount:
    """Balances of a futures account (`F`), with one currency detail per currency held.

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
        type_ (Literal['F']): Always `F`.
        bod_open_trade_equity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        commission (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        currency (str): The account's currency, e.g. `USD`.
        currency_details (list[FuturesCurrencyDetail]): One element per currency, each with amounts in it and in the
            account's currency.
        open_order_margin (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_initial_margin (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_maintenance_margin (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_trade_equity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        security_on_deposit (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        today_real_time_trade_equity (Decimal): An exact decimal sent as a JSON number with .NET `decimal` precision: up
            to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        alias (None | str | Unset): A name the user chose; `""` when unset. Absent from the 2011 docs example.
        display_name (None | str | Unset): The alternate id when there is one, otherwise the account id. Absent from the
            2011 docs example.
        field_type_ (Literal['FuturesAccount:#TradeStation.Web.Services.DataContracts'] | Unset): WCF's type hint; sent
            first when present.
        day_trade_excess (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal` precision: up to
            28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        day_trade_open_order_margin (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
            significant digits, trailing zeros kept (`5000000.0000`, `-1806.2892359516153728372377831`),
            zero possibly a bare `0`. Parse it as a decimal, never as a binary float.
        real_time_day_trade_margin (Decimal | Unset): An exact decimal sent as a JSON number with .NET `decimal`
            precision: up to 28–31
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
    type_: Literal["F"]
    bod_open_trade_equity: Decimal
    commission: Decimal
    currency: str
    currency_details: list[FuturesCurrencyDetail]
    open_order_margin: Decimal
    real_time_initial_margin: Decimal
    real_time_maintenance_margin: Decimal
    real_time_trade_equity: Decimal
    security_on_deposit: Decimal
    today_real_time_trade_equity: Decimal
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    field_type_: Literal["FuturesAccount:#TradeStation.Web.Services.DataContracts"] | Unset = UNSET
    day_trade_excess: Decimal | Unset = UNSET
    day_trade_open_order_margin: Decimal | Unset = UNSET
    real_time_day_trade_margin: Decimal | Unset = UNSET
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

        type_ = self.type_

        bod_open_trade_equity = self.bod_open_trade_equity

        commission = self.commission

        currency = self.currency

        currency_details = []
        for currency_details_item_data in self.currency_details:
            currency_details_item = currency_details_item_data.to_dict()
            currency_details.append(currency_details_item)

        open_order_margin = self.open_order_margin

        real_time_initial_margin = self.real_time_initial_margin

        real_time_maintenance_margin = self.real_time_maintenance_margin

        real_time_trade_equity = self.real_time_trade_equity

        security_on_deposit = self.security_on_deposit

        today_real_time_trade_equity = self.today_real_time_trade_equity

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

        day_trade_open_order_margin: Decimal | Unset = UNSET
        if not isinstance(self.day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = self.day_trade_open_order_margin

        real_time_day_trade_margin: Decimal | Unset = UNSET
        if not isinstance(self.real_time_day_trade_margin, Unset):
            real_time_day_trade_margin = self.real_time_day_trade_margin

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
                "BODOpenTradeEquity": bod_open_trade_equity,
                "Commission": commission,
                "Currency": currency,
                "CurrencyDetails": currency_details,
                "OpenOrderMargin": open_order_margin,
                "RealTimeInitialMargin": real_time_initial_margin,
                "RealTimeMaintenanceMargin": real_time_maintenance_margin,
                "RealTimeTradeEquity": real_time_trade_equity,
                "SecurityOnDeposit": security_on_deposit,
                "TodayRealTimeTradeEquity": today_real_time_trade_equity,
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
        if day_trade_open_order_margin is not UNSET:
            field_dict["DayTradeOpenOrderMargin"] = day_trade_open_order_margin
        if real_time_day_trade_margin is not UNSET:
            field_dict["RealTimeDayTradeMargin"] = real_time_day_trade_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_position import ClosedPosition  # noqa: PLC0415
        from ..models.futures_currency_detail import FuturesCurrencyDetail  # noqa: PLC0415

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

        type_ = cast(Literal["F"], d.pop("Type"))
        if type_ != "F":
            raise ValueError(f"Type must match const 'F', got '{type_}'")

        bod_open_trade_equity = Decimal(str(d.pop("BODOpenTradeEquity")))

        commission = Decimal(str(d.pop("Commission")))

        currency = d.pop("Currency")

        currency_details = []
        _currency_details = d.pop("CurrencyDetails")
        for currency_details_item_data in _currency_details:
            currency_details_item = FuturesCurrencyDetail.from_dict(currency_details_item_data)

            currency_details.append(currency_details_item)

        open_order_margin = Decimal(str(d.pop("OpenOrderMargin")))

        real_time_initial_margin = Decimal(str(d.pop("RealTimeInitialMargin")))

        real_time_maintenance_margin = Decimal(str(d.pop("RealTimeMaintenanceMargin")))

        real_time_trade_equity = Decimal(str(d.pop("RealTimeTradeEquity")))

        security_on_deposit = Decimal(str(d.pop("SecurityOnDeposit")))

        today_real_time_trade_equity = Decimal(str(d.pop("TodayRealTimeTradeEquity")))

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
            Literal["FuturesAccount:#TradeStation.Web.Services.DataContracts"] | Unset, d.pop("__type", UNSET)
        )
        if field_type_ != "FuturesAccount:#TradeStation.Web.Services.DataContracts" and not isinstance(
            field_type_, Unset
        ):
            raise ValueError(
                f"__type must match const 'FuturesAccount:#TradeStation.Web.Services.DataContracts', got '{field_type_}'"
            )

        _day_trade_excess = d.pop("DayTradeExcess", UNSET)
        day_trade_excess: Decimal | Unset
        if isinstance(_day_trade_excess, Unset):
            day_trade_excess = UNSET
        else:
            day_trade_excess = Decimal(str(_day_trade_excess))

        _day_trade_open_order_margin = d.pop("DayTradeOpenOrderMargin", UNSET)
        day_trade_open_order_margin: Decimal | Unset
        if isinstance(_day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = UNSET
        else:
            day_trade_open_order_margin = Decimal(str(_day_trade_open_order_margin))

        _real_time_day_trade_margin = d.pop("RealTimeDayTradeMargin", UNSET)
        real_time_day_trade_margin: Decimal | Unset
        if isinstance(_real_time_day_trade_margin, Unset):
            real_time_day_trade_margin = UNSET
        else:
            real_time_day_trade_margin = Decimal(str(_real_time_day_trade_margin))

        futures_account = cls(
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
            bod_open_trade_equity=bod_open_trade_equity,
            commission=commission,
            currency=currency,
            currency_details=currency_details,
            open_order_margin=open_order_margin,
            real_time_initial_margin=real_time_initial_margin,
            real_time_maintenance_margin=real_time_maintenance_margin,
            real_time_trade_equity=real_time_trade_equity,
            security_on_deposit=security_on_deposit,
            today_real_time_trade_equity=today_real_time_trade_equity,
            alias=alias,
            display_name=display_name,
            field_type_=field_type_,
            day_trade_excess=day_trade_excess,
            day_trade_open_order_margin=day_trade_open_order_margin,
            real_time_day_trade_margin=real_time_day_trade_margin,
        )

        futures_account.additional_properties = d
        return futures_account

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
