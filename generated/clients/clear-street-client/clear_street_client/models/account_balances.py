from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_type import MarginType
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.margin_details import MarginDetails
    from ..models.start_of_day_balances import StartOfDayBalances


T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """Real-time balances of an account. All amounts are in `currency`.

    Attributes:
        account_id (int): The account.
        buying_power (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
            any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        currency (str): Currency of every amount, e.g. `USD`.
        daily_realized_pnl (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        daily_unrealized_pnl (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        equity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        long_market_value (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        margin_type (MarginType): The margin model of the account; cash accounts use `NONE`.
        open_order_adjustment (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        settled_cash (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
            any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        trade_cash (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        unsettled_credits (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        unsettled_debits (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        withdrawable_cash (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        sod (StartOfDayBalances): Balances as of the start of the trading day.
        daily_change (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        daily_pnl (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`);
            also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        daily_total_pnl (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        short_market_value (Decimal | None | Unset): Market value of short positions as a positive magnitude; omitted
            when zero.
        multiplier (Decimal | None | Unset): Margin multiplier in effect (4 in intraday sessions, 2 overnight, per the
            SDK). Present
            for Reg T accounts.
        unrealized_pnl (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        margin_details (MarginDetails | None | Unset): Margin figures; absent or null for accounts without a margin
            model.
    """

    account_id: int
    buying_power: Decimal
    currency: str
    daily_realized_pnl: Decimal
    daily_unrealized_pnl: Decimal
    equity: Decimal
    long_market_value: Decimal
    margin_type: MarginType
    open_order_adjustment: Decimal
    settled_cash: Decimal
    trade_cash: Decimal
    unsettled_credits: Decimal
    unsettled_debits: Decimal
    withdrawable_cash: Decimal
    sod: StartOfDayBalances
    daily_change: Decimal | Unset = UNSET
    daily_pnl: Decimal | Unset = UNSET
    daily_total_pnl: Decimal | Unset = UNSET
    short_market_value: Decimal | None | Unset = UNSET
    multiplier: Decimal | None | Unset = UNSET
    unrealized_pnl: Decimal | Unset = UNSET
    margin_details: MarginDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_details import MarginDetails  # noqa: PLC0415

        account_id = self.account_id

        buying_power = str(self.buying_power)

        currency = self.currency

        daily_realized_pnl = str(self.daily_realized_pnl)

        daily_unrealized_pnl = str(self.daily_unrealized_pnl)

        equity = str(self.equity)

        long_market_value = str(self.long_market_value)

        margin_type = self.margin_type.value

        open_order_adjustment = str(self.open_order_adjustment)

        settled_cash = str(self.settled_cash)

        trade_cash = str(self.trade_cash)

        unsettled_credits = str(self.unsettled_credits)

        unsettled_debits = str(self.unsettled_debits)

        withdrawable_cash = str(self.withdrawable_cash)

        sod = self.sod.to_dict()

        daily_change: str | Unset = UNSET
        if not isinstance(self.daily_change, Unset):
            daily_change = str(self.daily_change)

        daily_pnl: str | Unset = UNSET
        if not isinstance(self.daily_pnl, Unset):
            daily_pnl = str(self.daily_pnl)

        daily_total_pnl: str | Unset = UNSET
        if not isinstance(self.daily_total_pnl, Unset):
            daily_total_pnl = str(self.daily_total_pnl)

        short_market_value: None | str | Unset
        if isinstance(self.short_market_value, Unset):
            short_market_value = UNSET
        elif isinstance(self.short_market_value, Decimal):
            short_market_value = str(self.short_market_value)
        else:
            short_market_value = self.short_market_value

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        elif isinstance(self.multiplier, Decimal):
            multiplier = str(self.multiplier)
        else:
            multiplier = self.multiplier

        unrealized_pnl: str | Unset = UNSET
        if not isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = str(self.unrealized_pnl)

        margin_details: dict[str, Any] | None | Unset
        if isinstance(self.margin_details, Unset):
            margin_details = UNSET
        elif isinstance(self.margin_details, MarginDetails):
            margin_details = self.margin_details.to_dict()
        else:
            margin_details = self.margin_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "buying_power": buying_power,
                "currency": currency,
                "daily_realized_pnl": daily_realized_pnl,
                "daily_unrealized_pnl": daily_unrealized_pnl,
                "equity": equity,
                "long_market_value": long_market_value,
                "margin_type": margin_type,
                "open_order_adjustment": open_order_adjustment,
                "settled_cash": settled_cash,
                "trade_cash": trade_cash,
                "unsettled_credits": unsettled_credits,
                "unsettled_debits": unsettled_debits,
                "withdrawable_cash": withdrawable_cash,
                "sod": sod,
            }
        )
        if daily_change is not UNSET:
            field_dict["daily_change"] = daily_change
        if daily_pnl is not UNSET:
            field_dict["daily_pnl"] = daily_pnl
        if daily_total_pnl is not UNSET:
            field_dict["daily_total_pnl"] = daily_total_pnl
        if short_market_value is not UNSET:
            field_dict["short_market_value"] = short_market_value
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if margin_details is not UNSET:
            field_dict["margin_details"] = margin_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_details import MarginDetails  # noqa: PLC0415
        from ..models.start_of_day_balances import StartOfDayBalances  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        buying_power = exact_decimal(d.pop("buying_power"))

        currency = d.pop("currency")

        daily_realized_pnl = exact_decimal(d.pop("daily_realized_pnl"))

        daily_unrealized_pnl = exact_decimal(d.pop("daily_unrealized_pnl"))

        equity = exact_decimal(d.pop("equity"))

        long_market_value = exact_decimal(d.pop("long_market_value"))

        margin_type = MarginType(d.pop("margin_type"))

        open_order_adjustment = exact_decimal(d.pop("open_order_adjustment"))

        settled_cash = exact_decimal(d.pop("settled_cash"))

        trade_cash = exact_decimal(d.pop("trade_cash"))

        unsettled_credits = exact_decimal(d.pop("unsettled_credits"))

        unsettled_debits = exact_decimal(d.pop("unsettled_debits"))

        withdrawable_cash = exact_decimal(d.pop("withdrawable_cash"))

        sod = StartOfDayBalances.from_dict(d.pop("sod"))

        _daily_change = d.pop("daily_change", UNSET)
        daily_change: Decimal | Unset
        if isinstance(_daily_change, Unset):
            daily_change = UNSET
        else:
            daily_change = exact_decimal(_daily_change)

        _daily_pnl = d.pop("daily_pnl", UNSET)
        daily_pnl: Decimal | Unset
        if isinstance(_daily_pnl, Unset):
            daily_pnl = UNSET
        else:
            daily_pnl = exact_decimal(_daily_pnl)

        _daily_total_pnl = d.pop("daily_total_pnl", UNSET)
        daily_total_pnl: Decimal | Unset
        if isinstance(_daily_total_pnl, Unset):
            daily_total_pnl = UNSET
        else:
            daily_total_pnl = exact_decimal(_daily_total_pnl)

        def _parse_short_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                short_market_value_type_0 = exact_decimal(data)

                return short_market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        short_market_value = _parse_short_market_value(d.pop("short_market_value", UNSET))

        def _parse_multiplier(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                multiplier_type_0 = exact_decimal(data)

                return multiplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        _unrealized_pnl = d.pop("unrealized_pnl", UNSET)
        unrealized_pnl: Decimal | Unset
        if isinstance(_unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = exact_decimal(_unrealized_pnl)

        def _parse_margin_details(data: object) -> MarginDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                margin_details_type_0 = MarginDetails.from_dict(data)

                return margin_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginDetails | None | Unset, data)

        margin_details = _parse_margin_details(d.pop("margin_details", UNSET))

        account_balances = cls(
            account_id=account_id,
            buying_power=buying_power,
            currency=currency,
            daily_realized_pnl=daily_realized_pnl,
            daily_unrealized_pnl=daily_unrealized_pnl,
            equity=equity,
            long_market_value=long_market_value,
            margin_type=margin_type,
            open_order_adjustment=open_order_adjustment,
            settled_cash=settled_cash,
            trade_cash=trade_cash,
            unsettled_credits=unsettled_credits,
            unsettled_debits=unsettled_debits,
            withdrawable_cash=withdrawable_cash,
            sod=sod,
            daily_change=daily_change,
            daily_pnl=daily_pnl,
            daily_total_pnl=daily_total_pnl,
            short_market_value=short_market_value,
            multiplier=multiplier,
            unrealized_pnl=unrealized_pnl,
            margin_details=margin_details,
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
