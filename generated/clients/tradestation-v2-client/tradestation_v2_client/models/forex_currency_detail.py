from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="ForexCurrencyDetail")


@_attrs_define
class ForexCurrencyDetail:
    """One currency of a forex account (from the object page; no body is published).

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
        bod_margin_requirement (Decimal | None): Margin requirement at the beginning of the day, in this currency.
        bod_account_margin_requirement (Decimal | None): The same, in the account's currency.
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
    bod_margin_requirement: Decimal | None
    bod_account_margin_requirement: Decimal | None
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

        bod_margin_requirement: Decimal | None
        if isinstance(self.bod_margin_requirement, Decimal):
            bod_margin_requirement = self.bod_margin_requirement
        else:
            bod_margin_requirement = self.bod_margin_requirement

        bod_account_margin_requirement: Decimal | None
        if isinstance(self.bod_account_margin_requirement, Decimal):
            bod_account_margin_requirement = self.bod_account_margin_requirement
        else:
            bod_account_margin_requirement = self.bod_account_margin_requirement

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
                "BODMarginRequirement": bod_margin_requirement,
                "BODAccountMarginRequirement": bod_account_margin_requirement,
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

        def _parse_bod_margin_requirement(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_margin_requirement_type_0 = exact_decimal(data)

                return bod_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_margin_requirement = _parse_bod_margin_requirement(d.pop("BODMarginRequirement"))

        def _parse_bod_account_margin_requirement(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                bod_account_margin_requirement_type_0 = exact_decimal(data)

                return bod_account_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        bod_account_margin_requirement = _parse_bod_account_margin_requirement(d.pop("BODAccountMarginRequirement"))

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

        forex_currency_detail = cls(
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
            bod_margin_requirement=bod_margin_requirement,
            bod_account_margin_requirement=bod_account_margin_requirement,
            real_time_account_margin_requirement=real_time_account_margin_requirement,
        )

        forex_currency_detail.additional_properties = d
        return forex_currency_detail

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
