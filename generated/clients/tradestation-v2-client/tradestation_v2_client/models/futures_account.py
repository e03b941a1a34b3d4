from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.closed_position import ClosedPosition
    from ..models.futures_currency_detail import FuturesCurrencyDetail


T = TypeVar("T", bound="FuturesAccount")


@_attrs_define
class FuturesAccount:
    """Balances of a futures account (`F`), with one currency detail per currency held.

    Attributes:
        bod_equity (Decimal | None): Net worth at the beginning of the day (cash plus positions at the previous close).
        bod_net_cash (Decimal | None): Cash at the beginning of the day.
        closed_positions (list[ClosedPosition] | None): Positions closed today; usually empty, and like any blank field
            it may be null.
        key (int): The account's key.
        market_value (Decimal | None): Market value of the positions held.
        name (str): The account's name.
        real_time_account_balance (Decimal | None): Current cash (beginning-of-day cash less today's commissions and
            trades).
        real_time_buying_power (Decimal | None): Current buying power.
        real_time_equity (Decimal | None): Current net worth (cash plus market value plus securities on deposit).
        real_time_realized_profit_loss (Decimal | None): P&L realized today, commissions included.
        real_time_unrealized_gains (Decimal | None): Today's unrealized P&L of the open positions.
        real_time_unrealized_profit_loss (Decimal | None): Unrealized P&L of the open positions against their average
            price.
        status (AccountStatus): Account status: `A` Active, `X` Closed, `C` Closing Transactions Only, `F` Margin Call –
            Closing Transactions Only, `I` Inactive, `L` Liquidating Transactions Only, `R` Restricted,
            `D` 90 Day Restriction – Closing Transactions Only.
        status_description (None | str): The text of `Status`, e.g. `Active`.
        type_description (None | str): The text of `Type`, e.g. `Cash`.
        uncleared_deposit (Decimal | None): Deposits not yet cleared, which are not available for trading.
        type_ (Literal['F']): Always `F`.
        bod_open_trade_equity (Decimal | None): Open trade equity at the beginning of the day.
        commission (Decimal | None): Commissions today.
        currency (None | str): The account's currency, e.g. `USD`.
        currency_details (list[FuturesCurrencyDetail]): One element per currency, each with amounts in it and in the
            account's currency.
        open_order_margin (Decimal | None): Margin of the open orders.
        real_time_initial_margin (Decimal | None): Sum of the positions' initial margins.
        real_time_maintenance_margin (Decimal | None): Current maintenance margin.
        real_time_trade_equity (Decimal | None): Unrealized P&L of the open positions against their average price: the
            same value as
            `RealTimeUnrealizedProfitLoss`. (In the docs' futures example it also equals
            `RealTimeUnrealizedGains`, today's part, because nothing was held at the beginning of
            that day.)
        security_on_deposit (Decimal | None): Value of securities deposited to raise buying power.
        today_real_time_trade_equity (Decimal | None): Today's unrealized P&L (unrealized P&L − `BODOpenTradeEquity`).
        alias (None | str | Unset): A name the user chose; `""` when unset. Absent from the 2011 docs example.
        display_name (None | str | Unset): The alternate id when there is one, otherwise the account id. Absent from the
            2011 docs example.
        field_type_ (Literal['FuturesAccount:#TradeStation.Web.Services.DataContracts'] | Unset): WCF's type hint; sent
            first when present.
        day_trade_excess (Decimal | None | Unset): (Cash + unrealized gains) − buying power used. Swagger era only.
        day_trade_open_order_margin (Decimal | None | Unset): Money reserved for open day-trade orders. Swagger era
            only.
        real_time_day_trade_margin (Decimal | None | Unset): Current day-trade margin. Swagger era only.
    """

    bod_equity: Decimal | None
    bod_net_cash: Decimal | None
    closed_positions: list[ClosedPosition] | None
    key: int
    market_value: Decimal | None
    name: str
    real_time_account_balance: Decimal | None
    real_time_buying_power: Decimal | None
    real_time_equity: Decimal | None
    real_time_realized_profit_loss: Decimal | None
    real_time_unrealized_gains: Decimal | None
    real_time_unrealized_profit_loss: Decimal | None
    status: AccountStatus
    status_description: None | str
    type_description: None | str
    uncleared_deposit: Decimal | None
    type_: Literal["F"]
    bod_open_trade_equity: Decimal | None
    commission: Decimal | None
    currency: None | str
    currency_details: list[FuturesCurrencyDetail]
    open_order_margin: Decimal | None
    real_time_initial_margin: Decimal | None
    real_time_maintenance_margin: Decimal | None
    real_time_trade_equity: Decimal | None
    security_on_deposit: Decimal | None
    today_real_time_trade_equity: Decimal | None
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    field_type_: Literal["FuturesAccount:#TradeStation.Web.Services.DataContracts"] | Unset = UNSET
    day_trade_excess: Decimal | None | Unset = UNSET
    day_trade_open_order_margin: Decimal | None | Unset = UNSET
    real_time_day_trade_margin: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bod_equity: Decimal | None
        if isinstance(self.bod_equity, Decimal):
            bod_equity = self.bod_equity
        else:
            bod_equity = self.bod_equity

        bod_net_cash: Decimal | None
        if isinstance(self.bod_net_cash, Decimal):
            bod_net_cash = self.bod_net_cash
        else:
            bod_net_cash = self.bod_net_cash

        closed_positions: list[dict[str, Any]] | None
        if isinstance(self.closed_positions, list):
            closed_positions = []
            for closed_positions_type_0_item_data in self.closed_positions:
                closed_positions_type_0_item = closed_positions_type_0_item_data.to_dict()
                closed_positions.append(closed_positions_type_0_item)

        else:
            closed_positions = self.closed_positions

        key = self.key

        market_value: Decimal | None
        if isinstance(self.market_value, Decimal):
            market_value = self.market_value
        else:
            market_value = self.market_value

        name = self.name

        real_time_account_balance: Decimal | None
        if isinstance(self.real_time_account_balance, Decimal):
            real_time_account_balance = self.real_time_account_balance
        else:
            real_time_account_balance = self.real_time_account_balance

        real_time_buying_power: Decimal | None
        if isinstance(self.real_time_buying_power, Decimal):
            real_time_buying_power = self.real_time_buying_power
        else:
            real_time_buying_power = self.real_time_buying_power

        real_time_equity: Decimal | None
        if isinstance(self.real_time_equity, Decimal):
            real_time_equity = self.real_time_equity
        else:
            real_time_equity = self.real_time_equity

        real_time_realized_profit_loss: Decimal | None
        if isinstance(self.real_time_realized_profit_loss, Decimal):
            real_time_realized_profit_loss = self.real_time_realized_profit_loss
        else:
            real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_unrealized_gains: Decimal | None
        if isinstance(self.real_time_unrealized_gains, Decimal):
            real_time_unrealized_gains = self.real_time_unrealized_gains
        else:
            real_time_unrealized_gains = self.real_time_unrealized_gains

        real_time_unrealized_profit_loss: Decimal | None
        if isinstance(self.real_time_unrealized_profit_loss, Decimal):
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss
        else:
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        status = self.status.value

        status_description: None | str
        status_description = self.status_description

        type_description: None | str
        type_description = self.type_description

        uncleared_deposit: Decimal | None
        if isinstance(self.uncleared_deposit, Decimal):
            uncleared_deposit = self.uncleared_deposit
        else:
            uncleared_deposit = self.uncleared_deposit

        type_ = self.type_

        bod_open_trade_equity: Decimal | None
        if isinstance(self.bod_open_trade_equity, Decimal):
            bod_open_trade_equity = self.bod_open_trade_equity
        else:
            bod_open_trade_equity = self.bod_open_trade_equity

        commission: Decimal | None
        if isinstance(self.commission, Decimal):
            commission = self.commission
        else:
            commission = self.commission

        currency: None | str
        currency = self.currency

        currency_details = []
        for currency_details_item_data in self.currency_details:
            currency_details_item = currency_details_item_data.to_dict()
            currency_details.append(currency_details_item)

        open_order_margin: Decimal | None
        if isinstance(self.open_order_margin, Decimal):
            open_order_margin = self.open_order_margin
        else:
            open_order_margin = self.open_order_margin

        real_time_initial_margin: Decimal | None
        if isinstance(self.real_time_initial_margin, Decimal):
            real_time_initial_margin = self.real_time_initial_margin
        else:
            real_time_initial_margin = self.real_time_initial_margin

        real_time_maintenance_margin: Decimal | None
        if isinstance(self.real_time_maintenance_margin, Decimal):
            real_time_maintenance_margin = self.real_time_maintenance_margin
        else:
            real_time_maintenance_margin = self.real_time_maintenance_margin

        real_time_trade_equity: Decimal | None
        if isinstance(self.real_time_trade_equity, Decimal):
            real_time_trade_equity = self.real_time_trade_equity
        else:
            real_time_trade_equity = self.real_time_trade_equity

        security_on_deposit: Decimal | None
        if isinstance(self.security_on_deposit, Decimal):
            security_on_deposit = self.security_on_deposit
        else:
            security_on_deposit = self.security_on_deposit

        today_real_time_trade_equity: Decimal | None
        if isinstance(self.today_real_time_trade_equity, Decimal):
            today_real_time_trade_equity = self.today_real_time_trade_equity
        else:
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

        day_trade_excess: Decimal | None | Unset
        if isinstance(self.day_trade_excess, Unset):
            day_trade_excess = UNSET
        elif isinstance(self.day_trade_excess, Decimal):
            day_trade_excess = self.day_trade_excess
        else:
            day_trade_excess = self.day_trade_excess

        day_trade_open_order_margin: Decimal | None | Unset
        if isinstance(self.day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = UNSET
        elif isinstance(self.day_trade_open_order_margin, Decimal):
            day_trade_open_order_margin = self.day_trade_open_order_margin
        else:
            day_trade_open_order_margin = self.day_trade_open_order_margin

        real_time_day_trade_margin: Decimal | None | Unset
        if isinstance(self.real_time_day_trade_margin, Unset):
            real_time_day_trade_margin = UNSET
        elif isinstance(self.real_time_day_trade_margin, Decimal):
            real_time_day_trade_margin = self.real_time_day_trade_margin
        else:
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

        def _parse_bod_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_equity_type_0 = exact_decimal(data)

                return bod_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_equity = _parse_bod_equity(d.pop("BODEquity"))

        def _parse_bod_net_cash(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_net_cash_type_0 = exact_decimal(data)

                return bod_net_cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_net_cash = _parse_bod_net_cash(d.pop("BODNetCash"))

        def _parse_closed_positions(data: object) -> list[ClosedPosition] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closed_positions_type_0 = []
                _closed_positions_type_0 = data
                for closed_positions_type_0_item_data in _closed_positions_type_0:
                    closed_positions_type_0_item = ClosedPosition.from_dict(closed_positions_type_0_item_data)

                    closed_positions_type_0.append(closed_positions_type_0_item)

                return closed_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClosedPosition] | None, data)

        closed_positions = _parse_closed_positions(d.pop("ClosedPositions"))

        key = d.pop("Key")

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

        name = d.pop("Name")

        def _parse_real_time_account_balance(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_balance_type_0 = exact_decimal(data)

                return real_time_account_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_balance = _parse_real_time_account_balance(d.pop("RealTimeAccountBalance"))

        def _parse_real_time_buying_power(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_buying_power_type_0 = exact_decimal(data)

                return real_time_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_buying_power = _parse_real_time_buying_power(d.pop("RealTimeBuyingPower"))

        def _parse_real_time_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_equity_type_0 = exact_decimal(data)

                return real_time_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_equity = _parse_real_time_equity(d.pop("RealTimeEquity"))

        def _parse_real_time_realized_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_realized_profit_loss_type_0 = exact_decimal(data)

                return real_time_realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_realized_profit_loss = _parse_real_time_realized_profit_loss(d.pop("RealTimeRealizedProfitLoss"))

        def _parse_real_time_unrealized_gains(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_unrealized_gains_type_0 = exact_decimal(data)

                return real_time_unrealized_gains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_unrealized_gains = _parse_real_time_unrealized_gains(d.pop("RealTimeUnrealizedGains"))

        def _parse_real_time_unrealized_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_unrealized_profit_loss_type_0 = exact_decimal(data)

                return real_time_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_unrealized_profit_loss = _parse_real_time_unrealized_profit_loss(
            d.pop("RealTimeUnrealizedProfitLoss")
        )

        status = AccountStatus(d.pop("Status"))

        def _parse_status_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_description = _parse_status_description(d.pop("StatusDescription"))

        def _parse_type_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_description = _parse_type_description(d.pop("TypeDescription"))

        def _parse_uncleared_deposit(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                uncleared_deposit_type_0 = exact_decimal(data)

                return uncleared_deposit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        uncleared_deposit = _parse_uncleared_deposit(d.pop("UnclearedDeposit"))

        type_ = cast(Literal["F"], d.pop("Type"))
        if type_ != "F":
            raise ValueError(f"Type must match const 'F', got '{type_}'")

        def _parse_bod_open_trade_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_open_trade_equity_type_0 = exact_decimal(data)

                return bod_open_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_open_trade_equity = _parse_bod_open_trade_equity(d.pop("BODOpenTradeEquity"))

        def _parse_commission(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                commission_type_0 = exact_decimal(data)

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        commission = _parse_commission(d.pop("Commission"))

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("Currency"))

        currency_details = []
        _currency_details = d.pop("CurrencyDetails")
        for currency_details_item_data in _currency_details:
            currency_details_item = FuturesCurrencyDetail.from_dict(currency_details_item_data)

            currency_details.append(currency_details_item)

        def _parse_open_order_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                open_order_margin_type_0 = exact_decimal(data)

                return open_order_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        open_order_margin = _parse_open_order_margin(d.pop("OpenOrderMargin"))

        def _parse_real_time_initial_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_initial_margin_type_0 = exact_decimal(data)

                return real_time_initial_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_initial_margin = _parse_real_time_initial_margin(d.pop("RealTimeInitialMargin"))

        def _parse_real_time_maintenance_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_maintenance_margin_type_0 = exact_decimal(data)

                return real_time_maintenance_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_maintenance_margin = _parse_real_time_maintenance_margin(d.pop("RealTimeMaintenanceMargin"))

        def _parse_real_time_trade_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_trade_equity_type_0 = exact_decimal(data)

                return real_time_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_trade_equity = _parse_real_time_trade_equity(d.pop("RealTimeTradeEquity"))

        def _parse_security_on_deposit(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                security_on_deposit_type_0 = exact_decimal(data)

                return security_on_deposit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        security_on_deposit = _parse_security_on_deposit(d.pop("SecurityOnDeposit"))

        def _parse_today_real_time_trade_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                today_real_time_trade_equity_type_0 = exact_decimal(data)

                return today_real_time_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        today_real_time_trade_equity = _parse_today_real_time_trade_equity(d.pop("TodayRealTimeTradeEquity"))

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

        def _parse_day_trade_excess(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_trade_excess_type_0 = exact_decimal(data)

                return day_trade_excess_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_excess = _parse_day_trade_excess(d.pop("DayTradeExcess", UNSET))

        def _parse_day_trade_open_order_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_trade_open_order_margin_type_0 = exact_decimal(data)

                return day_trade_open_order_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_open_order_margin = _parse_day_trade_open_order_margin(d.pop("DayTradeOpenOrderMargin", UNSET))

        def _parse_real_time_day_trade_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_day_trade_margin_type_0 = exact_decimal(data)

                return real_time_day_trade_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_day_trade_margin = _parse_real_time_day_trade_margin(d.pop("RealTimeDayTradeMargin", UNSET))

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
