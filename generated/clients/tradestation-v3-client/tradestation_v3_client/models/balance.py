from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.currency_detail import CurrencyDetail
    from ..models.real_time_balance_detail import RealTimeBalanceDetail


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Current balances of one account. Only `AccountID` and `AccountType` are required (see
    "Required properties"); today's API sends every other property but `CurrencyDetails` for
    every account type.

        Attributes:
            account_id (str): The account.
            account_type (str): `Cash`, `Margin`, `Futures` or `DVP`.
            balance_detail (RealTimeBalanceDetail | Unset): The type-specific figures of a balance. Equities accounts send
                `CostOfPositions`,
                `DayTrades`, `MaintenanceRate`, `OptionBuyingPower`, `OptionsMarketValue`,
                `OvernightBuyingPower`, `RequiredMargin`, `UnsettledFunds`; futures accounts `DayTradeExcess`,
                `DayTradeMargin`, `DayTradeOpenOrderMargin`, `InitialMargin`, `MaintenanceMargin`,
                `MarginRequirement`, `OpenOrderMargin`, `SecurityOnDeposit`, `TodayRealTimeTradeEquity`,
                `TradeEquity`; both send the realized and unrealized P&L.
            buying_power (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            cash_balance (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            commission (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            currency_details (list[CurrencyDetail] | Unset): (Futures only) One element per currency held.
            equity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
                sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            market_value (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            todays_profit_loss (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            uncleared_deposit (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    account_id: str
    account_type: str
    balance_detail: RealTimeBalanceDetail | Unset = UNSET
    buying_power: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    currency_details: list[CurrencyDetail] | Unset = UNSET
    equity: Decimal | Unset = UNSET
    market_value: Decimal | Unset = UNSET
    todays_profit_loss: Decimal | Unset = UNSET
    uncleared_deposit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        balance_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_detail, Unset):
            balance_detail = self.balance_detail.to_dict()

        buying_power: str | Unset = UNSET
        if not isinstance(self.buying_power, Unset):
            buying_power = str(self.buying_power)

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = str(self.cash_balance)

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = str(self.commission)

        currency_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency_details, Unset):
            currency_details = []
            for currency_details_item_data in self.currency_details:
                currency_details_item = currency_details_item_data.to_dict()
                currency_details.append(currency_details_item)

        equity: str | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = str(self.equity)

        market_value: str | Unset = UNSET
        if not isinstance(self.market_value, Unset):
            market_value = str(self.market_value)

        todays_profit_loss: str | Unset = UNSET
        if not isinstance(self.todays_profit_loss, Unset):
            todays_profit_loss = str(self.todays_profit_loss)

        uncleared_deposit: str | Unset = UNSET
        if not isinstance(self.uncleared_deposit, Unset):
            uncleared_deposit = str(self.uncleared_deposit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AccountType": account_type,
            }
        )
        if balance_detail is not UNSET:
            field_dict["BalanceDetail"] = balance_detail
        if buying_power is not UNSET:
            field_dict["BuyingPower"] = buying_power
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if currency_details is not UNSET:
            field_dict["CurrencyDetails"] = currency_details
        if equity is not UNSET:
            field_dict["Equity"] = equity
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if todays_profit_loss is not UNSET:
            field_dict["TodaysProfitLoss"] = todays_profit_loss
        if uncleared_deposit is not UNSET:
            field_dict["UnclearedDeposit"] = uncleared_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_detail import CurrencyDetail  # noqa: PLC0415
        from ..models.real_time_balance_detail import RealTimeBalanceDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType")

        _balance_detail = d.pop("BalanceDetail", UNSET)
        balance_detail: RealTimeBalanceDetail | Unset
        if isinstance(_balance_detail, Unset):
            balance_detail = UNSET
        else:
            balance_detail = RealTimeBalanceDetail.from_dict(_balance_detail)

        _buying_power = d.pop("BuyingPower", UNSET)
        buying_power: Decimal | Unset
        if isinstance(_buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = exact_decimal(_buying_power)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = exact_decimal(_cash_balance)

        _commission = d.pop("Commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = exact_decimal(_commission)

        _currency_details = d.pop("CurrencyDetails", UNSET)
        currency_details: list[CurrencyDetail] | Unset = UNSET
        if _currency_details is not UNSET:
            currency_details = []
            for currency_details_item_data in _currency_details:
                currency_details_item = CurrencyDetail.from_dict(currency_details_item_data)

                currency_details.append(currency_details_item)

        _equity = d.pop("Equity", UNSET)
        equity: Decimal | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = exact_decimal(_equity)

        _market_value = d.pop("MarketValue", UNSET)
        market_value: Decimal | Unset
        if isinstance(_market_value, Unset):
            market_value = UNSET
        else:
            market_value = exact_decimal(_market_value)

        _todays_profit_loss = d.pop("TodaysProfitLoss", UNSET)
        todays_profit_loss: Decimal | Unset
        if isinstance(_todays_profit_loss, Unset):
            todays_profit_loss = UNSET
        else:
            todays_profit_loss = exact_decimal(_todays_profit_loss)

        _uncleared_deposit = d.pop("UnclearedDeposit", UNSET)
        uncleared_deposit: Decimal | Unset
        if isinstance(_uncleared_deposit, Unset):
            uncleared_deposit = UNSET
        else:
            uncleared_deposit = exact_decimal(_uncleared_deposit)

        balance = cls(
            account_id=account_id,
            account_type=account_type,
            balance_detail=balance_detail,
            buying_power=buying_power,
            cash_balance=cash_balance,
            commission=commission,
            currency_details=currency_details,
            equity=equity,
            market_value=market_value,
            todays_profit_loss=todays_profit_loss,
            uncleared_deposit=uncleared_deposit,
        )

        balance.additional_properties = d
        return balance

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
