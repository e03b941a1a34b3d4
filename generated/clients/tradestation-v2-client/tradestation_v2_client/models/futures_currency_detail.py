from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="FuturesCurrencyDetail")


@_attrs_define
class FuturesCurrencyDetail:
    """One currency of a futures account.

    Attributes:
        currency (None | str): The currency, e.g. `JPY`.
        to_account_conversion_rate (Decimal | None): Rate from this currency to the account's (28 significant digits are
            usual).
        bod_cash_balance (Decimal | None): Cash in this currency at the beginning of the day.
        bod_account_cash_balance (Decimal | None): The same, in the account's currency.
        real_time_cash_balance (Decimal | None): Current cash in this currency.
        real_time_account_cash_balance (Decimal | None): The same, in the account's currency.
        commission (Decimal | None): Commissions today in this currency.
        real_time_unrealized_profit_loss (Decimal | None): Unrealized P&L in this currency.
        real_time_account_unrealized_profit_loss (Decimal | None): The same, in the account's currency.
        real_time_realized_profit_loss (Decimal | None): Realized P&L today in this currency.
        real_time_account_realized_profit_loss (Decimal | None): The same, in the account's currency.
        bod_securities (Decimal | None): Securities on deposit at the beginning of the day, in this currency.
        bod_account_securities (Decimal | None): The same, in the account's currency.
        bod_open_trade_equity (Decimal | None): Open trade equity at the beginning of the day, in this currency.
        bod_account_open_trade_equity (Decimal | None): The same, in the account's currency.
        today_real_time_unrealized_profit_loss (Decimal | None): Today's unrealized P&L in this currency.
        open_order_init_margin (Decimal | None): Initial margin of the open orders, in this currency.
        account_open_order_init_margin (Decimal | None): The same, in the account's currency.
        real_time_init_margin (Decimal | None): Current initial margin, in this currency.
        real_time_account_init_margin (Decimal | None): The same, in the account's currency.
        real_time_maintenance_margin (Decimal | None): Current maintenance margin, in this currency.
        real_time_account_maintenance_margin (Decimal | None): The same, in the account's currency.
        real_time_account_margin_requirement (Decimal | None | Unset): Current margin requirement, in the account's
            currency. Sent for futures.
    """

    currency: None | str
    to_account_conversion_rate: Decimal | None
    bod_cash_balance: Decimal | None
    bod_account_cash_balance: Decimal | None
    real_time_cash_balance: Decimal | None
    real_time_account_cash_balance: Decimal | None
    commission: Decimal | None
    real_time_unrealized_profit_loss: Decimal | None
    real_time_account_unrealized_profit_loss: Decimal | None
    real_time_realized_profit_loss: Decimal | None
    real_time_account_realized_profit_loss: Decimal | None
    bod_securities: Decimal | None
    bod_account_securities: Decimal | None
    bod_open_trade_equity: Decimal | None
    bod_account_open_trade_equity: Decimal | None
    today_real_time_unrealized_profit_loss: Decimal | None
    open_order_init_margin: Decimal | None
    account_open_order_init_margin: Decimal | None
    real_time_init_margin: Decimal | None
    real_time_account_init_margin: Decimal | None
    real_time_maintenance_margin: Decimal | None
    real_time_account_maintenance_margin: Decimal | None
    real_time_account_margin_requirement: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str
        currency = self.currency

        to_account_conversion_rate: Decimal | None
        if isinstance(self.to_account_conversion_rate, Decimal):
            to_account_conversion_rate = self.to_account_conversion_rate
        else:
            to_account_conversion_rate = self.to_account_conversion_rate

        bod_cash_balance: Decimal | None
        if isinstance(self.bod_cash_balance, Decimal):
            bod_cash_balance = self.bod_cash_balance
        else:
            bod_cash_balance = self.bod_cash_balance

        bod_account_cash_balance: Decimal | None
        if isinstance(self.bod_account_cash_balance, Decimal):
            bod_account_cash_balance = self.bod_account_cash_balance
        else:
            bod_account_cash_balance = self.bod_account_cash_balance

        real_time_cash_balance: Decimal | None
        if isinstance(self.real_time_cash_balance, Decimal):
            real_time_cash_balance = self.real_time_cash_balance
        else:
            real_time_cash_balance = self.real_time_cash_balance

        real_time_account_cash_balance: Decimal | None
        if isinstance(self.real_time_account_cash_balance, Decimal):
            real_time_account_cash_balance = self.real_time_account_cash_balance
        else:
            real_time_account_cash_balance = self.real_time_account_cash_balance

        commission: Decimal | None
        if isinstance(self.commission, Decimal):
            commission = self.commission
        else:
            commission = self.commission

        real_time_unrealized_profit_loss: Decimal | None
        if isinstance(self.real_time_unrealized_profit_loss, Decimal):
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss
        else:
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        real_time_account_unrealized_profit_loss: Decimal | None
        if isinstance(self.real_time_account_unrealized_profit_loss, Decimal):
            real_time_account_unrealized_profit_loss = self.real_time_account_unrealized_profit_loss
        else:
            real_time_account_unrealized_profit_loss = self.real_time_account_unrealized_profit_loss

        real_time_realized_profit_loss: Decimal | None
        if isinstance(self.real_time_realized_profit_loss, Decimal):
            real_time_realized_profit_loss = self.real_time_realized_profit_loss
        else:
            real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_account_realized_profit_loss: Decimal | None
        if isinstance(self.real_time_account_realized_profit_loss, Decimal):
            real_time_account_realized_profit_loss = self.real_time_account_realized_profit_loss
        else:
            real_time_account_realized_profit_loss = self.real_time_account_realized_profit_loss

        bod_securities: Decimal | None
        if isinstance(self.bod_securities, Decimal):
            bod_securities = self.bod_securities
        else:
            bod_securities = self.bod_securities

        bod_account_securities: Decimal | None
        if isinstance(self.bod_account_securities, Decimal):
            bod_account_securities = self.bod_account_securities
        else:
            bod_account_securities = self.bod_account_securities

        bod_open_trade_equity: Decimal | None
        if isinstance(self.bod_open_trade_equity, Decimal):
            bod_open_trade_equity = self.bod_open_trade_equity
        else:
            bod_open_trade_equity = self.bod_open_trade_equity

        bod_account_open_trade_equity: Decimal | None
        if isinstance(self.bod_account_open_trade_equity, Decimal):
            bod_account_open_trade_equity = self.bod_account_open_trade_equity
        else:
            bod_account_open_trade_equity = self.bod_account_open_trade_equity

        today_real_time_unrealized_profit_loss: Decimal | None
        if isinstance(self.today_real_time_unrealized_profit_loss, Decimal):
            today_real_time_unrealized_profit_loss = self.today_real_time_unrealized_profit_loss
        else:
            today_real_time_unrealized_profit_loss = self.today_real_time_unrealized_profit_loss

        open_order_init_margin: Decimal | None
        if isinstance(self.open_order_init_margin, Decimal):
            open_order_init_margin = self.open_order_init_margin
        else:
            open_order_init_margin = self.open_order_init_margin

        account_open_order_init_margin: Decimal | None
        if isinstance(self.account_open_order_init_margin, Decimal):
            account_open_order_init_margin = self.account_open_order_init_margin
        else:
            account_open_order_init_margin = self.account_open_order_init_margin

        real_time_init_margin: Decimal | None
        if isinstance(self.real_time_init_margin, Decimal):
            real_time_init_margin = self.real_time_init_margin
        else:
            real_time_init_margin = self.real_time_init_margin

        real_time_account_init_margin: Decimal | None
        if isinstance(self.real_time_account_init_margin, Decimal):
            real_time_account_init_margin = self.real_time_account_init_margin
        else:
            real_time_account_init_margin = self.real_time_account_init_margin

        real_time_maintenance_margin: Decimal | None
        if isinstance(self.real_time_maintenance_margin, Decimal):
            real_time_maintenance_margin = self.real_time_maintenance_margin
        else:
            real_time_maintenance_margin = self.real_time_maintenance_margin

        real_time_account_maintenance_margin: Decimal | None
        if isinstance(self.real_time_account_maintenance_margin, Decimal):
            real_time_account_maintenance_margin = self.real_time_account_maintenance_margin
        else:
            real_time_account_maintenance_margin = self.real_time_account_maintenance_margin

        real_time_account_margin_requirement: Decimal | None | Unset
        if isinstance(self.real_time_account_margin_requirement, Unset):
            real_time_account_margin_requirement = UNSET
        elif isinstance(self.real_time_account_margin_requirement, Decimal):
            real_time_account_margin_requirement = self.real_time_account_margin_requirement
        else:
            real_time_account_margin_requirement = self.real_time_account_margin_requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Currency": currency,
                "ToAccountConversionRate": to_account_conversion_rate,
                "BODCashBalance": bod_cash_balance,
                "BODAccountCashBalance": bod_account_cash_balance,
                "RealTimeCashBalance": real_time_cash_balance,
                "RealTimeAccountCashBalance": real_time_account_cash_balance,
                "Commission": commission,
                "RealTimeUnrealizedProfitLoss": real_time_unrealized_profit_loss,
                "RealTimeAccountUnrealizedProfitLoss": real_time_account_unrealized_profit_loss,
                "RealTimeRealizedProfitLoss": real_time_realized_profit_loss,
                "RealTimeAccountRealizedProfitLoss": real_time_account_realized_profit_loss,
                "BODSecurities": bod_securities,
                "BODAccountSecurities": bod_account_securities,
                "BODOpenTradeEquity": bod_open_trade_equity,
                "BODAccountOpenTradeEquity": bod_account_open_trade_equity,
                "TodayRealTimeUnrealizedProfitLoss": today_real_time_unrealized_profit_loss,
                "OpenOrderInitMargin": open_order_init_margin,
                "AccountOpenOrderInitMargin": account_open_order_init_margin,
                "RealTimeInitMargin": real_time_init_margin,
                "RealTimeAccountInitMargin": real_time_account_init_margin,
                "RealTimeMaintenanceMargin": real_time_maintenance_margin,
                "RealTimeAccountMaintenanceMargin": real_time_account_maintenance_margin,
            }
        )
        if real_time_account_margin_requirement is not UNSET:
            field_dict["RealTimeAccountMarginRequirement"] = real_time_account_margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("Currency"))

        def _parse_to_account_conversion_rate(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                to_account_conversion_rate_type_0 = exact_decimal(data)

                return to_account_conversion_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        to_account_conversion_rate = _parse_to_account_conversion_rate(d.pop("ToAccountConversionRate"))

        def _parse_bod_cash_balance(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_cash_balance_type_0 = exact_decimal(data)

                return bod_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_cash_balance = _parse_bod_cash_balance(d.pop("BODCashBalance"))

        def _parse_bod_account_cash_balance(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_account_cash_balance_type_0 = exact_decimal(data)

                return bod_account_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_account_cash_balance = _parse_bod_account_cash_balance(d.pop("BODAccountCashBalance"))

        def _parse_real_time_cash_balance(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_cash_balance_type_0 = exact_decimal(data)

                return real_time_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_cash_balance = _parse_real_time_cash_balance(d.pop("RealTimeCashBalance"))

        def _parse_real_time_account_cash_balance(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_cash_balance_type_0 = exact_decimal(data)

                return real_time_account_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_cash_balance = _parse_real_time_account_cash_balance(d.pop("RealTimeAccountCashBalance"))

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

        def _parse_real_time_account_unrealized_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_unrealized_profit_loss_type_0 = exact_decimal(data)

                return real_time_account_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_unrealized_profit_loss = _parse_real_time_account_unrealized_profit_loss(
            d.pop("RealTimeAccountUnrealizedProfitLoss")
        )

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

        def _parse_real_time_account_realized_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_realized_profit_loss_type_0 = exact_decimal(data)

                return real_time_account_realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_realized_profit_loss = _parse_real_time_account_realized_profit_loss(
            d.pop("RealTimeAccountRealizedProfitLoss")
        )

        def _parse_bod_securities(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_securities_type_0 = exact_decimal(data)

                return bod_securities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_securities = _parse_bod_securities(d.pop("BODSecurities"))

        def _parse_bod_account_securities(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_account_securities_type_0 = exact_decimal(data)

                return bod_account_securities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_account_securities = _parse_bod_account_securities(d.pop("BODAccountSecurities"))

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

        def _parse_bod_account_open_trade_equity(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_account_open_trade_equity_type_0 = exact_decimal(data)

                return bod_account_open_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_account_open_trade_equity = _parse_bod_account_open_trade_equity(d.pop("BODAccountOpenTradeEquity"))

        def _parse_today_real_time_unrealized_profit_loss(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                today_real_time_unrealized_profit_loss_type_0 = exact_decimal(data)

                return today_real_time_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        today_real_time_unrealized_profit_loss = _parse_today_real_time_unrealized_profit_loss(
            d.pop("TodayRealTimeUnrealizedProfitLoss")
        )

        def _parse_open_order_init_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                open_order_init_margin_type_0 = exact_decimal(data)

                return open_order_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        open_order_init_margin = _parse_open_order_init_margin(d.pop("OpenOrderInitMargin"))

        def _parse_account_open_order_init_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                account_open_order_init_margin_type_0 = exact_decimal(data)

                return account_open_order_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        account_open_order_init_margin = _parse_account_open_order_init_margin(d.pop("AccountOpenOrderInitMargin"))

        def _parse_real_time_init_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_init_margin_type_0 = exact_decimal(data)

                return real_time_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_init_margin = _parse_real_time_init_margin(d.pop("RealTimeInitMargin"))

        def _parse_real_time_account_init_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_init_margin_type_0 = exact_decimal(data)

                return real_time_account_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_init_margin = _parse_real_time_account_init_margin(d.pop("RealTimeAccountInitMargin"))

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

        def _parse_real_time_account_maintenance_margin(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_maintenance_margin_type_0 = exact_decimal(data)

                return real_time_account_maintenance_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_account_maintenance_margin = _parse_real_time_account_maintenance_margin(
            d.pop("RealTimeAccountMaintenanceMargin")
        )

        def _parse_real_time_account_margin_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_account_margin_requirement_type_0 = exact_decimal(data)

                return real_time_account_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_margin_requirement = _parse_real_time_account_margin_requirement(
            d.pop("RealTimeAccountMarginRequirement", UNSET)
        )

        futures_currency_detail = cls(
            currency=currency,
            to_account_conversion_rate=to_account_conversion_rate,
            bod_cash_balance=bod_cash_balance,
            bod_account_cash_balance=bod_account_cash_balance,
            real_time_cash_balance=real_time_cash_balance,
            real_time_account_cash_balance=real_time_account_cash_balance,
            commission=commission,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            real_time_account_unrealized_profit_loss=real_time_account_unrealized_profit_loss,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_account_realized_profit_loss=real_time_account_realized_profit_loss,
            bod_securities=bod_securities,
            bod_account_securities=bod_account_securities,
            bod_open_trade_equity=bod_open_trade_equity,
            bod_account_open_trade_equity=bod_account_open_trade_equity,
            today_real_time_unrealized_profit_loss=today_real_time_unrealized_profit_loss,
            open_order_init_margin=open_order_init_margin,
            account_open_order_init_margin=account_open_order_init_margin,
            real_time_init_margin=real_time_init_margin,
            real_time_account_init_margin=real_time_account_init_margin,
            real_time_maintenance_margin=real_time_maintenance_margin,
            real_time_account_maintenance_margin=real_time_account_maintenance_margin,
            real_time_account_margin_requirement=real_time_account_margin_requirement,
        )

        futures_currency_detail.additional_properties = d
        return futures_currency_detail

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
