from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_margin_type import AccountMarginType
from ..models.account_owner_type import AccountOwnerType
from ..models.trading_account_status import TradingAccountStatus
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.trading_account_additional_info import TradingAccountAdditionalInfo


T = TypeVar("T", bound="TradingAccount")


@_attrs_define
class TradingAccount:
    """A trading account's record (`AccountModel`): owner, settings, and cash, equity and margin
    figures. Amounts are doubles in the swaggers, decimals on the wire like every ETNA amount.
    Value-typed members of the 2019 definition table that the 2019 example and the 2023 swagger
    page both carry are required; `SubscriptionPlanId` and `Sweep` are absent from the 2023 page,
    and the members only swagger-2026 lists are optional. The 2019 table's notes: `CloseEquity`
    is the equity at the previous close, `OpenExcess` the excess at the session's open, `BaseCash`
    the basis of `DayTradingBuyingPower` (usually × 4), `TradeDayBalance` the funds owed to the
    broker, `ExcessEquity` the withdrawable part; `IsChanged`, `Sweep` and `SubscriptionPlanId`
    are internal and `CashInterestRate` obsolete.

        Attributes:
            id (int): The trading account's id (the `accountId` of the account paths).
            created_date (datetime.datetime): When the account was created.
            modified_date (datetime.datetime): When the account was last changed.
            enabled (bool): Whether the account may be used.
            is_changed (bool): Internal change flag.
            cash (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            status (int | TradingAccountStatus): Opening status.
            margin_interest_rate (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            cash_interest_rate (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            close_equity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_excess (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            option_level (int): Option trading level.
            margin_type (AccountMarginType | int): Cash, margin or day-trader account.
            permissions (int | str): What the account may do.
            base_cash (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            owner_type (AccountOwnerType | int): Registration of the account.
            day_trading_buying_power (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trades (int): Day trades in the last five sessions.
            sma_balance (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            house_call (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            maintenance_call (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            equity_call (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            initial_call (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_trade_call (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            trade_day_balance (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            money_market (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            cip (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            is_average_account (bool): Whether the account is an average-price account.
            margin_equity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            excess_equity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            clearing_account (str | Unset): The account's number at the clearing firm.
            first_name (str | Unset): Owner's first name (swagger-2026 and the 2023 page).
            middle_name (str | Unset): Owner's middle name (swagger-2026 only).
            last_name (str | Unset): Owner's last name (swagger-2026 and the 2023 page).
            date_of_birth (datetime.datetime | Unset): Owner's date of birth (swagger-2026 only).
            login (str | Unset): Owner's login (swagger-2026 and the 2023 page).
            email (str | Unset): Owner's e-mail address (swagger-2026 and the 2023 page).
            phone (str | Unset): Owner's phone number (swagger-2026 and the 2023 page).
            currency (str | Unset): The account's currency.
            commission_plan (str | Unset): Commission plan name.
            rep_code (str | Unset): Representative code.
            cash_call (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            new_house_call (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            clearing_firm (str | Unset): The clearing firm.
            fdid (str | Unset): FINRA CAT firm designated id (swagger-2026 and the 2023 page).
            day_trader_rate (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            account_holder (str | Unset): Account holder's name (swagger-2026 and the 2023 page).
            equity_total (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            fixed_account_type (bool | Unset): Whether the account type is fixed (swagger-2026 and the 2023 page).
            skip_clearing (bool | Unset): Whether clearing is skipped (swagger-2026 and the 2023 page).
            ssn (str | Unset): Owner's social security number (swagger-2026 and the 2023 page).
            subscription_plan_id (int | Unset): Internal subscription plan (2019; absent from the 2023 page).
            sweep (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            is_solicited_account (bool | Unset): Whether the account was solicited (swagger-2026 only).
            account_name (str | Unset): The account's name (swagger-2026 only).
            unsettled_cash (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            market_value (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_pl_percent (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            additional_info (TradingAccountAdditionalInfo | Unset): Additional name → value data (swagger-2026 only).
            company_name (str | Unset): Company name of an institutional owner (swagger-2026 only).
            available_to_withdraw (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            user_id (int | Unset): The owner's user id (swagger-2026 only).
    """

    id: int
    created_date: datetime.datetime
    modified_date: datetime.datetime
    enabled: bool
    is_changed: bool
    cash: Decimal
    status: int | TradingAccountStatus
    margin_interest_rate: Decimal
    cash_interest_rate: Decimal
    close_equity: Decimal
    open_excess: Decimal
    option_level: int
    margin_type: AccountMarginType | int
    permissions: int | str
    base_cash: Decimal
    owner_type: AccountOwnerType | int
    day_trading_buying_power: Decimal
    day_trades: int
    sma_balance: Decimal
    house_call: Decimal
    maintenance_call: Decimal
    equity_call: Decimal
    initial_call: Decimal
    day_trade_call: Decimal
    trade_day_balance: Decimal
    money_market: Decimal
    cip: Decimal
    is_average_account: bool
    margin_equity: Decimal
    excess_equity: Decimal
    clearing_account: str | Unset = UNSET
    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    date_of_birth: datetime.datetime | Unset = UNSET
    login: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    currency: str | Unset = UNSET
    commission_plan: str | Unset = UNSET
    rep_code: str | Unset = UNSET
    cash_call: Decimal | Unset = UNSET
    new_house_call: Decimal | Unset = UNSET
    clearing_firm: str | Unset = UNSET
    fdid: str | Unset = UNSET
    day_trader_rate: Decimal | Unset = UNSET
    account_holder: str | Unset = UNSET
    equity_total: Decimal | Unset = UNSET
    fixed_account_type: bool | Unset = UNSET
    skip_clearing: bool | Unset = UNSET
    ssn: str | Unset = UNSET
    subscription_plan_id: int | Unset = UNSET
    sweep: Decimal | Unset = UNSET
    is_solicited_account: bool | Unset = UNSET
    account_name: str | Unset = UNSET
    unsettled_cash: Decimal | Unset = UNSET
    market_value: Decimal | Unset = UNSET
    open_pl: Decimal | Unset = UNSET
    open_pl_percent: Decimal | Unset = UNSET
    additional_info: TradingAccountAdditionalInfo | Unset = UNSET
    company_name: str | Unset = UNSET
    available_to_withdraw: Decimal | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_date = self.created_date.isoformat()

        modified_date = self.modified_date.isoformat()

        enabled = self.enabled

        is_changed = self.is_changed

        cash = self.cash

        status: int | str
        if isinstance(self.status, TradingAccountStatus):
            status = self.status.value
        else:
            status = self.status

        margin_interest_rate = self.margin_interest_rate

        cash_interest_rate = self.cash_interest_rate

        close_equity = self.close_equity

        open_excess = self.open_excess

        option_level = self.option_level

        margin_type: int | str
        if isinstance(self.margin_type, AccountMarginType):
            margin_type = self.margin_type.value
        else:
            margin_type = self.margin_type

        permissions: int | str
        permissions = self.permissions

        base_cash = self.base_cash

        owner_type: int | str
        if isinstance(self.owner_type, AccountOwnerType):
            owner_type = self.owner_type.value
        else:
            owner_type = self.owner_type

        day_trading_buying_power = self.day_trading_buying_power

        day_trades = self.day_trades

        sma_balance = self.sma_balance

        house_call = self.house_call

        maintenance_call = self.maintenance_call

        equity_call = self.equity_call

        initial_call = self.initial_call

        day_trade_call = self.day_trade_call

        trade_day_balance = self.trade_day_balance

        money_market = self.money_market

        cip = self.cip

        is_average_account = self.is_average_account

        margin_equity = self.margin_equity

        excess_equity = self.excess_equity

        clearing_account = self.clearing_account

        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        login = self.login

        email = self.email

        phone = self.phone

        currency = self.currency

        commission_plan = self.commission_plan

        rep_code = self.rep_code

        cash_call: Decimal | Unset = UNSET
        if not isinstance(self.cash_call, Unset):
            cash_call = self.cash_call

        new_house_call: Decimal | Unset = UNSET
        if not isinstance(self.new_house_call, Unset):
            new_house_call = self.new_house_call

        clearing_firm = self.clearing_firm

        fdid = self.fdid

        day_trader_rate: Decimal | Unset = UNSET
        if not isinstance(self.day_trader_rate, Unset):
            day_trader_rate = self.day_trader_rate

        account_holder = self.account_holder

        equity_total: Decimal | Unset = UNSET
        if not isinstance(self.equity_total, Unset):
            equity_total = self.equity_total

        fixed_account_type = self.fixed_account_type

        skip_clearing = self.skip_clearing

        ssn = self.ssn

        subscription_plan_id = self.subscription_plan_id

        sweep: Decimal | Unset = UNSET
        if not isinstance(self.sweep, Unset):
            sweep = self.sweep

        is_solicited_account = self.is_solicited_account

        account_name = self.account_name

        unsettled_cash: Decimal | Unset = UNSET
        if not isinstance(self.unsettled_cash, Unset):
            unsettled_cash = self.unsettled_cash

        market_value: Decimal | Unset = UNSET
        if not isinstance(self.market_value, Unset):
            market_value = self.market_value

        open_pl: Decimal | Unset = UNSET
        if not isinstance(self.open_pl, Unset):
            open_pl = self.open_pl

        open_pl_percent: Decimal | Unset = UNSET
        if not isinstance(self.open_pl_percent, Unset):
            open_pl_percent = self.open_pl_percent

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        company_name = self.company_name

        available_to_withdraw: Decimal | Unset = UNSET
        if not isinstance(self.available_to_withdraw, Unset):
            available_to_withdraw = self.available_to_withdraw

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "CreatedDate": created_date,
                "ModifiedDate": modified_date,
                "Enabled": enabled,
                "IsChanged": is_changed,
                "Cash": cash,
                "Status": status,
                "MarginInterestRate": margin_interest_rate,
                "CashInterestRate": cash_interest_rate,
                "CloseEquity": close_equity,
                "OpenExcess": open_excess,
                "OptionLevel": option_level,
                "MarginType": margin_type,
                "Permissions": permissions,
                "BaseCash": base_cash,
                "OwnerType": owner_type,
                "DayTradingBuyingPower": day_trading_buying_power,
                "DayTrades": day_trades,
                "SmaBalance": sma_balance,
                "HouseCall": house_call,
                "MaintenanceCall": maintenance_call,
                "EquityCall": equity_call,
                "InitialCall": initial_call,
                "DayTradeCall": day_trade_call,
                "TradeDayBalance": trade_day_balance,
                "MoneyMarket": money_market,
                "Cip": cip,
                "IsAverageAccount": is_average_account,
                "MarginEquity": margin_equity,
                "ExcessEquity": excess_equity,
            }
        )
        if clearing_account is not UNSET:
            field_dict["ClearingAccount"] = clearing_account
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if date_of_birth is not UNSET:
            field_dict["DateOfBirth"] = date_of_birth
        if login is not UNSET:
            field_dict["Login"] = login
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if commission_plan is not UNSET:
            field_dict["CommissionPlan"] = commission_plan
        if rep_code is not UNSET:
            field_dict["RepCode"] = rep_code
        if cash_call is not UNSET:
            field_dict["CashCall"] = cash_call
        if new_house_call is not UNSET:
            field_dict["NewHouseCall"] = new_house_call
        if clearing_firm is not UNSET:
            field_dict["ClearingFirm"] = clearing_firm
        if fdid is not UNSET:
            field_dict["Fdid"] = fdid
        if day_trader_rate is not UNSET:
            field_dict["DayTraderRate"] = day_trader_rate
        if account_holder is not UNSET:
            field_dict["AccountHolder"] = account_holder
        if equity_total is not UNSET:
            field_dict["EquityTotal"] = equity_total
        if fixed_account_type is not UNSET:
            field_dict["FixedAccountType"] = fixed_account_type
        if skip_clearing is not UNSET:
            field_dict["SkipClearing"] = skip_clearing
        if ssn is not UNSET:
            field_dict["SSN"] = ssn
        if subscription_plan_id is not UNSET:
            field_dict["SubscriptionPlanId"] = subscription_plan_id
        if sweep is not UNSET:
            field_dict["Sweep"] = sweep
        if is_solicited_account is not UNSET:
            field_dict["IsSolicitedAccount"] = is_solicited_account
        if account_name is not UNSET:
            field_dict["AccountName"] = account_name
        if unsettled_cash is not UNSET:
            field_dict["UnsettledCash"] = unsettled_cash
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if open_pl is not UNSET:
            field_dict["OpenPL"] = open_pl
        if open_pl_percent is not UNSET:
            field_dict["OpenPLPercent"] = open_pl_percent
        if additional_info is not UNSET:
            field_dict["AdditionalInfo"] = additional_info
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if available_to_withdraw is not UNSET:
            field_dict["AvailableToWithdraw"] = available_to_withdraw
        if user_id is not UNSET:
            field_dict["UserId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_account_additional_info import TradingAccountAdditionalInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        created_date = datetime.datetime.fromisoformat(d.pop("CreatedDate"))

        modified_date = datetime.datetime.fromisoformat(d.pop("ModifiedDate"))

        enabled = d.pop("Enabled")

        is_changed = d.pop("IsChanged")

        cash = exact_decimal(d.pop("Cash"))

        def _parse_status(data: object) -> int | TradingAccountStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TradingAccountStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | TradingAccountStatus, data)

        status = _parse_status(d.pop("Status"))

        margin_interest_rate = exact_decimal(d.pop("MarginInterestRate"))

        cash_interest_rate = exact_decimal(d.pop("CashInterestRate"))

        close_equity = exact_decimal(d.pop("CloseEquity"))

        open_excess = exact_decimal(d.pop("OpenExcess"))

        option_level = d.pop("OptionLevel")

        def _parse_margin_type(data: object) -> AccountMarginType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                margin_type_type_0 = AccountMarginType(data)

                return margin_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountMarginType | int, data)

        margin_type = _parse_margin_type(d.pop("MarginType"))

        def _parse_permissions(data: object) -> int | str:
            return cast(int | str, data)

        permissions = _parse_permissions(d.pop("Permissions"))

        base_cash = exact_decimal(d.pop("BaseCash"))

        def _parse_owner_type(data: object) -> AccountOwnerType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_type_type_0 = AccountOwnerType(data)

                return owner_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountOwnerType | int, data)

        owner_type = _parse_owner_type(d.pop("OwnerType"))

        day_trading_buying_power = exact_decimal(d.pop("DayTradingBuyingPower"))

        day_trades = d.pop("DayTrades")

        sma_balance = exact_decimal(d.pop("SmaBalance"))

        house_call = exact_decimal(d.pop("HouseCall"))

        maintenance_call = exact_decimal(d.pop("MaintenanceCall"))

        equity_call = exact_decimal(d.pop("EquityCall"))

        initial_call = exact_decimal(d.pop("InitialCall"))

        day_trade_call = exact_decimal(d.pop("DayTradeCall"))

        trade_day_balance = exact_decimal(d.pop("TradeDayBalance"))

        money_market = exact_decimal(d.pop("MoneyMarket"))

        cip = exact_decimal(d.pop("Cip"))

        is_average_account = d.pop("IsAverageAccount")

        margin_equity = exact_decimal(d.pop("MarginEquity"))

        excess_equity = exact_decimal(d.pop("ExcessEquity"))

        clearing_account = d.pop("ClearingAccount", UNSET)

        first_name = d.pop("FirstName", UNSET)

        middle_name = d.pop("MiddleName", UNSET)

        last_name = d.pop("LastName", UNSET)

        _date_of_birth = d.pop("DateOfBirth", UNSET)
        date_of_birth: datetime.datetime | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.datetime.fromisoformat(_date_of_birth)

        login = d.pop("Login", UNSET)

        email = d.pop("Email", UNSET)

        phone = d.pop("Phone", UNSET)

        currency = d.pop("Currency", UNSET)

        commission_plan = d.pop("CommissionPlan", UNSET)

        rep_code = d.pop("RepCode", UNSET)

        _cash_call = d.pop("CashCall", UNSET)
        cash_call: Decimal | Unset
        if isinstance(_cash_call, Unset):
            cash_call = UNSET
        else:
            cash_call = exact_decimal(_cash_call)

        _new_house_call = d.pop("NewHouseCall", UNSET)
        new_house_call: Decimal | Unset
        if isinstance(_new_house_call, Unset):
            new_house_call = UNSET
        else:
            new_house_call = exact_decimal(_new_house_call)

        clearing_firm = d.pop("ClearingFirm", UNSET)

        fdid = d.pop("Fdid", UNSET)

        _day_trader_rate = d.pop("DayTraderRate", UNSET)
        day_trader_rate: Decimal | Unset
        if isinstance(_day_trader_rate, Unset):
            day_trader_rate = UNSET
        else:
            day_trader_rate = exact_decimal(_day_trader_rate)

        account_holder = d.pop("AccountHolder", UNSET)

        _equity_total = d.pop("EquityTotal", UNSET)
        equity_total: Decimal | Unset
        if isinstance(_equity_total, Unset):
            equity_total = UNSET
        else:
            equity_total = exact_decimal(_equity_total)

        fixed_account_type = d.pop("FixedAccountType", UNSET)

        skip_clearing = d.pop("SkipClearing", UNSET)

        ssn = d.pop("SSN", UNSET)

        subscription_plan_id = d.pop("SubscriptionPlanId", UNSET)

        _sweep = d.pop("Sweep", UNSET)
        sweep: Decimal | Unset
        if isinstance(_sweep, Unset):
            sweep = UNSET
        else:
            sweep = exact_decimal(_sweep)

        is_solicited_account = d.pop("IsSolicitedAccount", UNSET)

        account_name = d.pop("AccountName", UNSET)

        _unsettled_cash = d.pop("UnsettledCash", UNSET)
        unsettled_cash: Decimal | Unset
        if isinstance(_unsettled_cash, Unset):
            unsettled_cash = UNSET
        else:
            unsettled_cash = exact_decimal(_unsettled_cash)

        _market_value = d.pop("MarketValue", UNSET)
        market_value: Decimal | Unset
        if isinstance(_market_value, Unset):
            market_value = UNSET
        else:
            market_value = exact_decimal(_market_value)

        _open_pl = d.pop("OpenPL", UNSET)
        open_pl: Decimal | Unset
        if isinstance(_open_pl, Unset):
            open_pl = UNSET
        else:
            open_pl = exact_decimal(_open_pl)

        _open_pl_percent = d.pop("OpenPLPercent", UNSET)
        open_pl_percent: Decimal | Unset
        if isinstance(_open_pl_percent, Unset):
            open_pl_percent = UNSET
        else:
            open_pl_percent = exact_decimal(_open_pl_percent)

        _additional_info = d.pop("AdditionalInfo", UNSET)
        additional_info: TradingAccountAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = TradingAccountAdditionalInfo.from_dict(_additional_info)

        company_name = d.pop("CompanyName", UNSET)

        _available_to_withdraw = d.pop("AvailableToWithdraw", UNSET)
        available_to_withdraw: Decimal | Unset
        if isinstance(_available_to_withdraw, Unset):
            available_to_withdraw = UNSET
        else:
            available_to_withdraw = exact_decimal(_available_to_withdraw)

        user_id = d.pop("UserId", UNSET)

        trading_account = cls(
            id=id,
            created_date=created_date,
            modified_date=modified_date,
            enabled=enabled,
            is_changed=is_changed,
            cash=cash,
            status=status,
            margin_interest_rate=margin_interest_rate,
            cash_interest_rate=cash_interest_rate,
            close_equity=close_equity,
            open_excess=open_excess,
            option_level=option_level,
            margin_type=margin_type,
            permissions=permissions,
            base_cash=base_cash,
            owner_type=owner_type,
            day_trading_buying_power=day_trading_buying_power,
            day_trades=day_trades,
            sma_balance=sma_balance,
            house_call=house_call,
            maintenance_call=maintenance_call,
            equity_call=equity_call,
            initial_call=initial_call,
            day_trade_call=day_trade_call,
            trade_day_balance=trade_day_balance,
            money_market=money_market,
            cip=cip,
            is_average_account=is_average_account,
            margin_equity=margin_equity,
            excess_equity=excess_equity,
            clearing_account=clearing_account,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            login=login,
            email=email,
            phone=phone,
            currency=currency,
            commission_plan=commission_plan,
            rep_code=rep_code,
            cash_call=cash_call,
            new_house_call=new_house_call,
            clearing_firm=clearing_firm,
            fdid=fdid,
            day_trader_rate=day_trader_rate,
            account_holder=account_holder,
            equity_total=equity_total,
            fixed_account_type=fixed_account_type,
            skip_clearing=skip_clearing,
            ssn=ssn,
            subscription_plan_id=subscription_plan_id,
            sweep=sweep,
            is_solicited_account=is_solicited_account,
            account_name=account_name,
            unsettled_cash=unsettled_cash,
            market_value=market_value,
            open_pl=open_pl,
            open_pl_percent=open_pl_percent,
            additional_info=additional_info,
            company_name=company_name,
            available_to_withdraw=available_to_withdraw,
            user_id=user_id,
        )

        trading_account.additional_properties = d
        return trading_account

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
