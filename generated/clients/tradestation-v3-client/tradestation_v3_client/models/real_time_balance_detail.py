from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="RealTimeBalanceDetail")


@_attrs_define
class RealTimeBalanceDetail:
    """The type-specific figures of a balance. Equities accounts send `CostOfPositions`,
    `DayTrades`, `MaintenanceRate`, `OptionBuyingPower`, `OptionsMarketValue`,
    `OvernightBuyingPower`, `RequiredMargin`, `UnsettledFunds`; futures accounts `DayTradeExcess`,
    `DayTradeMargin`, `DayTradeOpenOrderMargin`, `InitialMargin`, `MaintenanceMargin`,
    `MarginRequirement`, `OpenOrderMargin`, `SecurityOnDeposit`, `TodayRealTimeTradeEquity`,
    `TradeEquity`; both send the realized and unrealized P&L.

        Attributes:
            realized_profit_loss (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            unrealized_profit_loss (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            cost_of_positions (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            day_trade_excess (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            day_trade_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            day_trade_open_order_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies
                show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            day_trades (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            initial_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            maintenance_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            maintenance_rate (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            margin_requirement (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            open_order_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            option_buying_power (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            options_market_value (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            overnight_buying_power (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            required_margin (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            security_on_deposit (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            today_real_time_trade_equity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies
                show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            trade_equity (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            unsettled_funds (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
    """

    realized_profit_loss: Decimal
    unrealized_profit_loss: Decimal
    cost_of_positions: Decimal | Unset = UNSET
    day_trade_excess: Decimal | Unset = UNSET
    day_trade_margin: Decimal | Unset = UNSET
    day_trade_open_order_margin: Decimal | Unset = UNSET
    day_trades: Decimal | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    maintenance_rate: Decimal | Unset = UNSET
    margin_requirement: Decimal | Unset = UNSET
    open_order_margin: Decimal | Unset = UNSET
    option_buying_power: Decimal | Unset = UNSET
    options_market_value: Decimal | Unset = UNSET
    overnight_buying_power: Decimal | Unset = UNSET
    required_margin: Decimal | Unset = UNSET
    security_on_deposit: Decimal | Unset = UNSET
    today_real_time_trade_equity: Decimal | Unset = UNSET
    trade_equity: Decimal | Unset = UNSET
    unsettled_funds: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        realized_profit_loss = str(self.realized_profit_loss)

        unrealized_profit_loss = str(self.unrealized_profit_loss)

        cost_of_positions: str | Unset = UNSET
        if not isinstance(self.cost_of_positions, Unset):
            cost_of_positions = str(self.cost_of_positions)

        day_trade_excess: str | Unset = UNSET
        if not isinstance(self.day_trade_excess, Unset):
            day_trade_excess = str(self.day_trade_excess)

        day_trade_margin: str | Unset = UNSET
        if not isinstance(self.day_trade_margin, Unset):
            day_trade_margin = str(self.day_trade_margin)

        day_trade_open_order_margin: str | Unset = UNSET
        if not isinstance(self.day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = str(self.day_trade_open_order_margin)

        day_trades: str | Unset = UNSET
        if not isinstance(self.day_trades, Unset):
            day_trades = str(self.day_trades)

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = str(self.initial_margin)

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = str(self.maintenance_margin)

        maintenance_rate: str | Unset = UNSET
        if not isinstance(self.maintenance_rate, Unset):
            maintenance_rate = str(self.maintenance_rate)

        margin_requirement: str | Unset = UNSET
        if not isinstance(self.margin_requirement, Unset):
            margin_requirement = str(self.margin_requirement)

        open_order_margin: str | Unset = UNSET
        if not isinstance(self.open_order_margin, Unset):
            open_order_margin = str(self.open_order_margin)

        option_buying_power: str | Unset = UNSET
        if not isinstance(self.option_buying_power, Unset):
            option_buying_power = str(self.option_buying_power)

        options_market_value: str | Unset = UNSET
        if not isinstance(self.options_market_value, Unset):
            options_market_value = str(self.options_market_value)

        overnight_buying_power: str | Unset = UNSET
        if not isinstance(self.overnight_buying_power, Unset):
            overnight_buying_power = str(self.overnight_buying_power)

        required_margin: str | Unset = UNSET
        if not isinstance(self.required_margin, Unset):
            required_margin = str(self.required_margin)

        security_on_deposit: str | Unset = UNSET
        if not isinstance(self.security_on_deposit, Unset):
            security_on_deposit = str(self.security_on_deposit)

        today_real_time_trade_equity: str | Unset = UNSET
        if not isinstance(self.today_real_time_trade_equity, Unset):
            today_real_time_trade_equity = str(self.today_real_time_trade_equity)

        trade_equity: str | Unset = UNSET
        if not isinstance(self.trade_equity, Unset):
            trade_equity = str(self.trade_equity)

        unsettled_funds: str | Unset = UNSET
        if not isinstance(self.unsettled_funds, Unset):
            unsettled_funds = str(self.unsettled_funds)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RealizedProfitLoss": realized_profit_loss,
                "UnrealizedProfitLoss": unrealized_profit_loss,
            }
        )
        if cost_of_positions is not UNSET:
            field_dict["CostOfPositions"] = cost_of_positions
        if day_trade_excess is not UNSET:
            field_dict["DayTradeExcess"] = day_trade_excess
        if day_trade_margin is not UNSET:
            field_dict["DayTradeMargin"] = day_trade_margin
        if day_trade_open_order_margin is not UNSET:
            field_dict["DayTradeOpenOrderMargin"] = day_trade_open_order_margin
        if day_trades is not UNSET:
            field_dict["DayTrades"] = day_trades
        if initial_margin is not UNSET:
            field_dict["InitialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["MaintenanceMargin"] = maintenance_margin
        if maintenance_rate is not UNSET:
            field_dict["MaintenanceRate"] = maintenance_rate
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement
        if open_order_margin is not UNSET:
            field_dict["OpenOrderMargin"] = open_order_margin
        if option_buying_power is not UNSET:
            field_dict["OptionBuyingPower"] = option_buying_power
        if options_market_value is not UNSET:
            field_dict["OptionsMarketValue"] = options_market_value
        if overnight_buying_power is not UNSET:
            field_dict["OvernightBuyingPower"] = overnight_buying_power
        if required_margin is not UNSET:
            field_dict["RequiredMargin"] = required_margin
        if security_on_deposit is not UNSET:
            field_dict["SecurityOnDeposit"] = security_on_deposit
        if today_real_time_trade_equity is not UNSET:
            field_dict["TodayRealTimeTradeEquity"] = today_real_time_trade_equity
        if trade_equity is not UNSET:
            field_dict["TradeEquity"] = trade_equity
        if unsettled_funds is not UNSET:
            field_dict["UnsettledFunds"] = unsettled_funds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        realized_profit_loss = exact_decimal(d.pop("RealizedProfitLoss"))

        unrealized_profit_loss = exact_decimal(d.pop("UnrealizedProfitLoss"))

        _cost_of_positions = d.pop("CostOfPositions", UNSET)
        cost_of_positions: Decimal | Unset
        if isinstance(_cost_of_positions, Unset):
            cost_of_positions = UNSET
        else:
            cost_of_positions = exact_decimal(_cost_of_positions)

        _day_trade_excess = d.pop("DayTradeExcess", UNSET)
        day_trade_excess: Decimal | Unset
        if isinstance(_day_trade_excess, Unset):
            day_trade_excess = UNSET
        else:
            day_trade_excess = exact_decimal(_day_trade_excess)

        _day_trade_margin = d.pop("DayTradeMargin", UNSET)
        day_trade_margin: Decimal | Unset
        if isinstance(_day_trade_margin, Unset):
            day_trade_margin = UNSET
        else:
            day_trade_margin = exact_decimal(_day_trade_margin)

        _day_trade_open_order_margin = d.pop("DayTradeOpenOrderMargin", UNSET)
        day_trade_open_order_margin: Decimal | Unset
        if isinstance(_day_trade_open_order_margin, Unset):
            day_trade_open_order_margin = UNSET
        else:
            day_trade_open_order_margin = exact_decimal(_day_trade_open_order_margin)

        _day_trades = d.pop("DayTrades", UNSET)
        day_trades: Decimal | Unset
        if isinstance(_day_trades, Unset):
            day_trades = UNSET
        else:
            day_trades = exact_decimal(_day_trades)

        _initial_margin = d.pop("InitialMargin", UNSET)
        initial_margin: Decimal | Unset
        if isinstance(_initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = exact_decimal(_initial_margin)

        _maintenance_margin = d.pop("MaintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = exact_decimal(_maintenance_margin)

        _maintenance_rate = d.pop("MaintenanceRate", UNSET)
        maintenance_rate: Decimal | Unset
        if isinstance(_maintenance_rate, Unset):
            maintenance_rate = UNSET
        else:
            maintenance_rate = exact_decimal(_maintenance_rate)

        _margin_requirement = d.pop("MarginRequirement", UNSET)
        margin_requirement: Decimal | Unset
        if isinstance(_margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = exact_decimal(_margin_requirement)

        _open_order_margin = d.pop("OpenOrderMargin", UNSET)
        open_order_margin: Decimal | Unset
        if isinstance(_open_order_margin, Unset):
            open_order_margin = UNSET
        else:
            open_order_margin = exact_decimal(_open_order_margin)

        _option_buying_power = d.pop("OptionBuyingPower", UNSET)
        option_buying_power: Decimal | Unset
        if isinstance(_option_buying_power, Unset):
            option_buying_power = UNSET
        else:
            option_buying_power = exact_decimal(_option_buying_power)

        _options_market_value = d.pop("OptionsMarketValue", UNSET)
        options_market_value: Decimal | Unset
        if isinstance(_options_market_value, Unset):
            options_market_value = UNSET
        else:
            options_market_value = exact_decimal(_options_market_value)

        _overnight_buying_power = d.pop("OvernightBuyingPower", UNSET)
        overnight_buying_power: Decimal | Unset
        if isinstance(_overnight_buying_power, Unset):
            overnight_buying_power = UNSET
        else:
            overnight_buying_power = exact_decimal(_overnight_buying_power)

        _required_margin = d.pop("RequiredMargin", UNSET)
        required_margin: Decimal | Unset
        if isinstance(_required_margin, Unset):
            required_margin = UNSET
        else:
            required_margin = exact_decimal(_required_margin)

        _security_on_deposit = d.pop("SecurityOnDeposit", UNSET)
        security_on_deposit: Decimal | Unset
        if isinstance(_security_on_deposit, Unset):
            security_on_deposit = UNSET
        else:
            security_on_deposit = exact_decimal(_security_on_deposit)

        _today_real_time_trade_equity = d.pop("TodayRealTimeTradeEquity", UNSET)
        today_real_time_trade_equity: Decimal | Unset
        if isinstance(_today_real_time_trade_equity, Unset):
            today_real_time_trade_equity = UNSET
        else:
            today_real_time_trade_equity = exact_decimal(_today_real_time_trade_equity)

        _trade_equity = d.pop("TradeEquity", UNSET)
        trade_equity: Decimal | Unset
        if isinstance(_trade_equity, Unset):
            trade_equity = UNSET
        else:
            trade_equity = exact_decimal(_trade_equity)

        _unsettled_funds = d.pop("UnsettledFunds", UNSET)
        unsettled_funds: Decimal | Unset
        if isinstance(_unsettled_funds, Unset):
            unsettled_funds = UNSET
        else:
            unsettled_funds = exact_decimal(_unsettled_funds)

        real_time_balance_detail = cls(
            realized_profit_loss=realized_profit_loss,
            unrealized_profit_loss=unrealized_profit_loss,
            cost_of_positions=cost_of_positions,
            day_trade_excess=day_trade_excess,
            day_trade_margin=day_trade_margin,
            day_trade_open_order_margin=day_trade_open_order_margin,
            day_trades=day_trades,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            maintenance_rate=maintenance_rate,
            margin_requirement=margin_requirement,
            open_order_margin=open_order_margin,
            option_buying_power=option_buying_power,
            options_market_value=options_market_value,
            overnight_buying_power=overnight_buying_power,
            required_margin=required_margin,
            security_on_deposit=security_on_deposit,
            today_real_time_trade_equity=today_real_time_trade_equity,
            trade_equity=trade_equity,
            unsettled_funds=unsettled_funds,
        )

        real_time_balance_detail.additional_properties = d
        return real_time_balance_detail

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
