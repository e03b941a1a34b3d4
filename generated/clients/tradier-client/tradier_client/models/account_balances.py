from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import exact_decimal

T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """Figures every account type carries, in the order the vendor sends them.

    Attributes:
        option_short_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        total_equity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        account_number (str): The account number, e.g. `6YA05782` (production) or `VA00000000` (sandbox).
        close_pl (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        current_requirement (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        equity (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        long_market_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        market_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        open_pl (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        option_long_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        option_requirement (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        pending_orders_count (int): Number of pending or open orders (an integer on the wire).
        short_market_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        stock_long_value (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        total_cash (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        uncleared_funds (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
        pending_cash (Decimal): An exact decimal sent as a JSON number, often with a long tail of zeros
            (`17798.360000000000000000000000`) or as a bare integer (`0`). Parse it as a decimal, never as a
            binary float: the digits and the scale sent are significant.
    """

    option_short_value: Decimal
    total_equity: Decimal
    account_number: str
    close_pl: Decimal
    current_requirement: Decimal
    equity: Decimal
    long_market_value: Decimal
    market_value: Decimal
    open_pl: Decimal
    option_long_value: Decimal
    option_requirement: Decimal
    pending_orders_count: int
    short_market_value: Decimal
    stock_long_value: Decimal
    total_cash: Decimal
    uncleared_funds: Decimal
    pending_cash: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_short_value = self.option_short_value

        total_equity = self.total_equity

        account_number = self.account_number

        close_pl = self.close_pl

        current_requirement = self.current_requirement

        equity = self.equity

        long_market_value = self.long_market_value

        market_value = self.market_value

        open_pl = self.open_pl

        option_long_value = self.option_long_value

        option_requirement = self.option_requirement

        pending_orders_count = self.pending_orders_count

        short_market_value = self.short_market_value

        stock_long_value = self.stock_long_value

        total_cash = self.total_cash

        uncleared_funds = self.uncleared_funds

        pending_cash = self.pending_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "option_short_value": option_short_value,
                "total_equity": total_equity,
                "account_number": account_number,
                "close_pl": close_pl,
                "current_requirement": current_requirement,
                "equity": equity,
                "long_market_value": long_market_value,
                "market_value": market_value,
                "open_pl": open_pl,
                "option_long_value": option_long_value,
                "option_requirement": option_requirement,
                "pending_orders_count": pending_orders_count,
                "short_market_value": short_market_value,
                "stock_long_value": stock_long_value,
                "total_cash": total_cash,
                "uncleared_funds": uncleared_funds,
                "pending_cash": pending_cash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_short_value = exact_decimal(d.pop("option_short_value"))

        total_equity = exact_decimal(d.pop("total_equity"))

        account_number = d.pop("account_number")

        close_pl = exact_decimal(d.pop("close_pl"))

        current_requirement = exact_decimal(d.pop("current_requirement"))

        equity = exact_decimal(d.pop("equity"))

        long_market_value = exact_decimal(d.pop("long_market_value"))

        market_value = exact_decimal(d.pop("market_value"))

        open_pl = exact_decimal(d.pop("open_pl"))

        option_long_value = exact_decimal(d.pop("option_long_value"))

        option_requirement = exact_decimal(d.pop("option_requirement"))

        pending_orders_count = d.pop("pending_orders_count")

        short_market_value = exact_decimal(d.pop("short_market_value"))

        stock_long_value = exact_decimal(d.pop("stock_long_value"))

        total_cash = exact_decimal(d.pop("total_cash"))

        uncleared_funds = exact_decimal(d.pop("uncleared_funds"))

        pending_cash = exact_decimal(d.pop("pending_cash"))

        account_balances = cls(
            option_short_value=option_short_value,
            total_equity=total_equity,
            account_number=account_number,
            close_pl=close_pl,
            current_requirement=current_requirement,
            equity=equity,
            long_market_value=long_market_value,
            market_value=market_value,
            open_pl=open_pl,
            option_long_value=option_long_value,
            option_requirement=option_requirement,
            pending_orders_count=pending_orders_count,
            short_market_value=short_market_value,
            stock_long_value=stock_long_value,
            total_cash=total_cash,
            uncleared_funds=uncleared_funds,
            pending_cash=pending_cash,
        )

        account_balances.additional_properties = d
        return account_balances

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
