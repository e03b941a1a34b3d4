from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closed_position import ClosedPosition


T = TypeVar("T", bound="AccountBase")


@_attrs_define
class AccountBase:
    """What every kind of account's balances carry.

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
        alias (None | str | Unset): A name the user chose; `""` when unset. Absent from the 2011 docs example.
        display_name (None | str | Unset): The alternate id when there is one, otherwise the account id. Absent from the
            2011 docs example.
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
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
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
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name

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

        account_base = cls(
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
            alias=alias,
            display_name=display_name,
        )

        account_base.additional_properties = d
        return account_base

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
