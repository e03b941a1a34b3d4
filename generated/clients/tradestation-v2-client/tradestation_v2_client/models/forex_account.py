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
    from ..models.forex_currency_detail import ForexCurrencyDetail


T = TypeVar("T", bound="ForexAccount")


@_attrs_define
class ForexAccount:
    """Balances of a forex account (`X`), with one currency detail per currency held. Modelled on
    the object pages; the vendor has published no forex body.

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
            type_ (Literal['X']): Always `X`.
            bod_margin_requirement (Decimal | None): Margin requirement at the beginning of the day.
            currency (None | str): The account's currency, e.g. `USD`.
            currency_details (list[ForexCurrencyDetail]): One element per currency, each with amounts in it and in the
                account's currency.
            real_time_margin_requirement (Decimal | None): Current margin requirement.
            alias (None | str | Unset): A name the user chose; `""` when unset. Absent from the 2011 docs example.
            display_name (None | str | Unset): The alternate id when there is one, otherwise the account id. Absent from the
                2011 docs example.
            field_type_ (Literal['ForexAccount:#TradeStation.Web.Services.DataContracts'] | Unset): WCF's type hint,
                inferred from the object's name; sent first when present.
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
    type_: Literal["X"]
    bod_margin_requirement: Decimal | None
    currency: None | str
    currency_details: list[ForexCurrencyDetail]
    real_time_margin_requirement: Decimal | None
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    field_type_: Literal["ForexAccount:#TradeStation.Web.Services.DataContracts"] | Unset = UNSET
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

        bod_margin_requirement: Decimal | None
        if isinstance(self.bod_margin_requirement, Decimal):
            bod_margin_requirement = self.bod_margin_requirement
        else:
            bod_margin_requirement = self.bod_margin_requirement

        currency: None | str
        currency = self.currency

        currency_details = []
        for currency_details_item_data in self.currency_details:
            currency_details_item = currency_details_item_data.to_dict()
            currency_details.append(currency_details_item)

        real_time_margin_requirement: Decimal | None
        if isinstance(self.real_time_margin_requirement, Decimal):
            real_time_margin_requirement = self.real_time_margin_requirement
        else:
            real_time_margin_requirement = self.real_time_margin_requirement

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
                "BODMarginRequirement": bod_margin_requirement,
                "Currency": currency,
                "CurrencyDetails": currency_details,
                "RealTimeMarginRequirement": real_time_margin_requirement,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if field_type_ is not UNSET:
            field_dict["__type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_position import ClosedPosition  # noqa: PLC0415
        from ..models.forex_currency_detail import ForexCurrencyDetail  # noqa: PLC0415

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

        type_ = cast(Literal["X"], d.pop("Type"))
        if type_ != "X":
            raise ValueError(f"Type must match const 'X', got '{type_}'")

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

        def _parse_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency = _parse_currency(d.pop("Currency"))

        currency_details = []
        _currency_details = d.pop("CurrencyDetails")
        for currency_details_item_data in _currency_details:
            currency_details_item = ForexCurrencyDetail.from_dict(currency_details_item_data)

            currency_details.append(currency_details_item)

        def _parse_real_time_margin_requirement(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                real_time_margin_requirement_type_0 = exact_decimal(data)

                return real_time_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        real_time_margin_requirement = _parse_real_time_margin_requirement(d.pop("RealTimeMarginRequirement"))

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
            Literal["ForexAccount:#TradeStation.Web.Services.DataContracts"] | Unset, d.pop("__type", UNSET)
        )
        if field_type_ != "ForexAccount:#TradeStation.Web.Services.DataContracts" and not isinstance(
            field_type_, Unset
        ):
            raise ValueError(
                f"__type must match const 'ForexAccount:#TradeStation.Web.Services.DataContracts', got '{field_type_}'"
            )

        forex_account = cls(
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
            bod_margin_requirement=bod_margin_requirement,
            currency=currency,
            currency_details=currency_details,
            real_time_margin_requirement=real_time_margin_requirement,
            alias=alias,
            display_name=display_name,
            field_type_=field_type_,
        )

        forex_account.additional_properties = d
        return forex_account

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
