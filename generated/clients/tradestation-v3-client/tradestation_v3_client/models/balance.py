from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_detail import CurrencyDetail
    from ..models.real_time_balance_detail import RealTimeBalanceDetail


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Current balances of one account.

    Attributes:
        account_id (str): The account.
        account_type (str): `Cash`, `Margin`, `Futures` or `DVP`.
        balance_detail (RealTimeBalanceDetail): The type-specific figures of a balance. Equities accounts send
            `CostOfPositions`,
            `DayTrades`, `MaintenanceRate`, `OptionBuyingPower`, `OptionsMarketValue`,
            `OvernightBuyingPower`, `RequiredMargin`, `UnsettledFunds`; futures accounts `DayTradeExcess`,
            `DayTradeMargin`, `DayTradeOpenOrderMargin`, `InitialMargin`, `MaintenanceMargin`,
            `MarginRequirement`, `OpenOrderMargin`, `SecurityOnDeposit`, `TodayRealTimeTradeEquity`,
            `TradeEquity`; both send the realized and unrealized P&L.
        buying_power (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        cash_balance (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        commission (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        equity (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        market_value (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        todays_profit_loss (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        uncleared_deposit (Decimal): An exact decimal written as a JSON string: optional minus sign, digits, optional
            fraction
            of any length, never an exponent (`"0"`, `"-549.999999"`, `"987654321539.0976"`).
        currency_details (list[CurrencyDetail] | Unset): (Futures only) One element per currency held.
    """

    account_id: str
    account_type: str
    balance_detail: RealTimeBalanceDetail
    buying_power: Decimal
    cash_balance: Decimal
    commission: Decimal
    equity: Decimal
    market_value: Decimal
    todays_profit_loss: Decimal
    uncleared_deposit: Decimal
    currency_details: list[CurrencyDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        balance_detail = self.balance_detail.to_dict()

        buying_power = str(self.buying_power)

        cash_balance = str(self.cash_balance)

        commission = str(self.commission)

        equity = str(self.equity)

        market_value = str(self.market_value)

        todays_profit_loss = str(self.todays_profit_loss)

        uncleared_deposit = str(self.uncleared_deposit)

        currency_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency_details, Unset):
            currency_details = []
            for currency_details_item_data in self.currency_details:
                currency_details_item = currency_details_item_data.to_dict()
                currency_details.append(currency_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AccountType": account_type,
                "BalanceDetail": balance_detail,
                "BuyingPower": buying_power,
                "CashBalance": cash_balance,
                "Commission": commission,
                "Equity": equity,
                "MarketValue": market_value,
                "TodaysProfitLoss": todays_profit_loss,
                "UnclearedDeposit": uncleared_deposit,
            }
        )
        if currency_details is not UNSET:
            field_dict["CurrencyDetails"] = currency_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_detail import CurrencyDetail  # noqa: PLC0415
        from ..models.real_time_balance_detail import RealTimeBalanceDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType")

        balance_detail = RealTimeBalanceDetail.from_dict(d.pop("BalanceDetail"))

        buying_power = Decimal(str(d.pop("BuyingPower")))

        cash_balance = Decimal(str(d.pop("CashBalance")))

        commission = Decimal(str(d.pop("Commission")))

        equity = Decimal(str(d.pop("Equity")))

        market_value = Decimal(str(d.pop("MarketValue")))

        todays_profit_loss = Decimal(str(d.pop("TodaysProfitLoss")))

        uncleared_deposit = Decimal(str(d.pop("UnclearedDeposit")))

        _currency_details = d.pop("CurrencyDetails", UNSET)
        currency_details: list[CurrencyDetail] | Unset = UNSET
        if _currency_details is not UNSET:
            currency_details = []
            for currency_details_item_data in _currency_details:
                currency_details_item = CurrencyDetail.from_dict(currency_details_item_data)

                currency_details.append(currency_details_item)

        balance = cls(
            account_id=account_id,
            account_type=account_type,
            balance_detail=balance_detail,
            buying_power=buying_power,
            cash_balance=cash_balance,
            commission=commission,
            equity=equity,
            market_value=market_value,
            todays_profit_loss=todays_profit_loss,
            uncleared_deposit=uncleared_deposit,
            currency_details=currency_details,
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
