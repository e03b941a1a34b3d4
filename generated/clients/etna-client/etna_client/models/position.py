from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expiration_type import ExpirationType
from ..models.position_margin_type import PositionMarginType
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """An open position in one security. ETNA does not document the sign of a short position's
    `Quantity`; the short market values of `/info` are negative. `CostBasis` is
    `AverageOpenPrice × Quantity` in ETNA's stock example (156.57 × 150 = 23485.5). The required
    properties are the value types of the 2019 example and of the 2019 and 2021 definition
    tables, which every later source keeps.

        Attributes:
            id (int): Position id.
            account_id (int): The trading account.
            security_id (int): ETNA's internal security id (AAPL is 4 in the demo environment).
            contract_size (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            cost_basis (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            daily_cost_basis (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            create_date (datetime.datetime): When the position was opened.
            modify_date (datetime.datetime): When the position last changed.
            quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            realized_profit_loss (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            average_open_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            average_close_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            stop_loss_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            take_profit_price (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            daily_close_profit_loss (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            excess_changes (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            day_quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            symbol (str | Unset): Ticker of the security.
            name (str | Unset): Name of the security; usually the ticker.
            company_name (str | Unset): Issuer name.
            security_currency (str | Unset): Currency of the security, e.g. `USD`.
            security_type (str | Unset): Kind of security, by name: one of the names of `SecurityTypeName` (e.g.
                `CommonStock`,
                `Option`, `ETF`). A plain string in the swaggers, so never an integer here, and not a
                closed list: ETNA adds security types (swagger-2026 lists `GovernmentBond`).
            market_value_eod (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            eod_price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            open_quantity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            loaned_quantity (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            unrealized_profit_loss (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            margin_type (int | PositionMarginType | Unset): Sub-account the position is held in (swagger-2026 only).
            underlying_symbol (str | Unset): Underlying ticker of an option (swagger-2026 only).
            underlying_option_type (str | Unset): Put or call, for an option (swagger-2026 only).
            underlying_expiration_date (int | Unset): Expiration of an option, in milliseconds since the Unix epoch
                (swagger-2026 only).
            underlying_expiration_type (ExpirationType | int | Unset): Expiration cycle of an option (swagger-2026 only).
            underlying_id (int | Unset): Security id of an option's underlying (swagger-2026 only).
            underlying_strike (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28
                significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            tick_size (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            volume_precision (int | Unset): Decimal places allowed in quantities (swagger-2026 only).
            clearing_account (str | Unset): Clearing account number (swagger-2026 only).
            account_holder_name (str | Unset): Name of the account holder (swagger-2026 only).
            account_name (str | Unset): Name of the account (swagger-2026 only).
            currency (str | Unset): Currency of the position (swagger-2026 only).
            cusip (str | Unset): CUSIP of the security (swagger-2026 only).
    """

    id: int
    account_id: int
    security_id: int
    contract_size: Decimal
    cost_basis: Decimal
    daily_cost_basis: Decimal
    create_date: datetime.datetime
    modify_date: datetime.datetime
    quantity: Decimal
    realized_profit_loss: Decimal
    average_open_price: Decimal
    average_close_price: Decimal
    stop_loss_price: Decimal
    take_profit_price: Decimal
    daily_close_profit_loss: Decimal
    excess_changes: Decimal
    day_quantity: Decimal
    symbol: str | Unset = UNSET
    name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    security_currency: str | Unset = UNSET
    security_type: str | Unset = UNSET
    market_value_eod: Decimal | Unset = UNSET
    eod_price: Decimal | Unset = UNSET
    open_quantity: Decimal | Unset = UNSET
    loaned_quantity: Decimal | Unset = UNSET
    unrealized_profit_loss: Decimal | Unset = UNSET
    margin_type: int | PositionMarginType | Unset = UNSET
    underlying_symbol: str | Unset = UNSET
    underlying_option_type: str | Unset = UNSET
    underlying_expiration_date: int | Unset = UNSET
    underlying_expiration_type: ExpirationType | int | Unset = UNSET
    underlying_id: int | Unset = UNSET
    underlying_strike: Decimal | Unset = UNSET
    tick_size: Decimal | Unset = UNSET
    volume_precision: int | Unset = UNSET
    clearing_account: str | Unset = UNSET
    account_holder_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    currency: str | Unset = UNSET
    cusip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        security_id = self.security_id

        contract_size = self.contract_size

        cost_basis = self.cost_basis

        daily_cost_basis = self.daily_cost_basis

        create_date = self.create_date.isoformat()

        modify_date = self.modify_date.isoformat()

        quantity = self.quantity

        realized_profit_loss = self.realized_profit_loss

        average_open_price = self.average_open_price

        average_close_price = self.average_close_price

        stop_loss_price = self.stop_loss_price

        take_profit_price = self.take_profit_price

        daily_close_profit_loss = self.daily_close_profit_loss

        excess_changes = self.excess_changes

        day_quantity = self.day_quantity

        symbol = self.symbol

        name = self.name

        company_name = self.company_name

        security_currency = self.security_currency

        security_type = self.security_type

        market_value_eod: Decimal | Unset = UNSET
        if not isinstance(self.market_value_eod, Unset):
            market_value_eod = self.market_value_eod

        eod_price: Decimal | Unset = UNSET
        if not isinstance(self.eod_price, Unset):
            eod_price = self.eod_price

        open_quantity: Decimal | Unset = UNSET
        if not isinstance(self.open_quantity, Unset):
            open_quantity = self.open_quantity

        loaned_quantity: Decimal | Unset = UNSET
        if not isinstance(self.loaned_quantity, Unset):
            loaned_quantity = self.loaned_quantity

        unrealized_profit_loss: Decimal | Unset = UNSET
        if not isinstance(self.unrealized_profit_loss, Unset):
            unrealized_profit_loss = self.unrealized_profit_loss

        margin_type: int | str | Unset
        if isinstance(self.margin_type, Unset):
            margin_type = UNSET
        elif isinstance(self.margin_type, PositionMarginType):
            margin_type = self.margin_type.value
        else:
            margin_type = self.margin_type

        underlying_symbol = self.underlying_symbol

        underlying_option_type = self.underlying_option_type

        underlying_expiration_date = self.underlying_expiration_date

        underlying_expiration_type: int | str | Unset
        if isinstance(self.underlying_expiration_type, Unset):
            underlying_expiration_type = UNSET
        elif isinstance(self.underlying_expiration_type, ExpirationType):
            underlying_expiration_type = self.underlying_expiration_type.value
        else:
            underlying_expiration_type = self.underlying_expiration_type

        underlying_id = self.underlying_id

        underlying_strike: Decimal | Unset = UNSET
        if not isinstance(self.underlying_strike, Unset):
            underlying_strike = self.underlying_strike

        tick_size: Decimal | Unset = UNSET
        if not isinstance(self.tick_size, Unset):
            tick_size = self.tick_size

        volume_precision = self.volume_precision

        clearing_account = self.clearing_account

        account_holder_name = self.account_holder_name

        account_name = self.account_name

        currency = self.currency

        cusip = self.cusip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "AccountId": account_id,
                "SecurityId": security_id,
                "ContractSize": contract_size,
                "CostBasis": cost_basis,
                "DailyCostBasis": daily_cost_basis,
                "CreateDate": create_date,
                "ModifyDate": modify_date,
                "Quantity": quantity,
                "RealizedProfitLoss": realized_profit_loss,
                "AverageOpenPrice": average_open_price,
                "AverageClosePrice": average_close_price,
                "StopLossPrice": stop_loss_price,
                "TakeProfitPrice": take_profit_price,
                "DailyCloseProfitLoss": daily_close_profit_loss,
                "ExcessChanges": excess_changes,
                "DayQuantity": day_quantity,
            }
        )
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol
        if name is not UNSET:
            field_dict["Name"] = name
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if security_currency is not UNSET:
            field_dict["SecurityCurrency"] = security_currency
        if security_type is not UNSET:
            field_dict["SecurityType"] = security_type
        if market_value_eod is not UNSET:
            field_dict["MarketValueEOD"] = market_value_eod
        if eod_price is not UNSET:
            field_dict["EODPrice"] = eod_price
        if open_quantity is not UNSET:
            field_dict["OpenQuantity"] = open_quantity
        if loaned_quantity is not UNSET:
            field_dict["LoanedQuantity"] = loaned_quantity
        if unrealized_profit_loss is not UNSET:
            field_dict["UnrealizedProfitLoss"] = unrealized_profit_loss
        if margin_type is not UNSET:
            field_dict["MarginType"] = margin_type
        if underlying_symbol is not UNSET:
            field_dict["UnderlyingSymbol"] = underlying_symbol
        if underlying_option_type is not UNSET:
            field_dict["UnderlyingOptionType"] = underlying_option_type
        if underlying_expiration_date is not UNSET:
            field_dict["UnderlyingExpirationDate"] = underlying_expiration_date
        if underlying_expiration_type is not UNSET:
            field_dict["UnderlyingExpirationType"] = underlying_expiration_type
        if underlying_id is not UNSET:
            field_dict["UnderlyingId"] = underlying_id
        if underlying_strike is not UNSET:
            field_dict["UnderlyingStrike"] = underlying_strike
        if tick_size is not UNSET:
            field_dict["TickSize"] = tick_size
        if volume_precision is not UNSET:
            field_dict["VolumePrecision"] = volume_precision
        if clearing_account is not UNSET:
            field_dict["ClearingAccount"] = clearing_account
        if account_holder_name is not UNSET:
            field_dict["AccountHolderName"] = account_holder_name
        if account_name is not UNSET:
            field_dict["AccountName"] = account_name
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if cusip is not UNSET:
            field_dict["Cusip"] = cusip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        account_id = d.pop("AccountId")

        security_id = d.pop("SecurityId")

        contract_size = exact_decimal(d.pop("ContractSize"))

        cost_basis = exact_decimal(d.pop("CostBasis"))

        daily_cost_basis = exact_decimal(d.pop("DailyCostBasis"))

        create_date = datetime.datetime.fromisoformat(d.pop("CreateDate"))

        modify_date = datetime.datetime.fromisoformat(d.pop("ModifyDate"))

        quantity = exact_decimal(d.pop("Quantity"))

        realized_profit_loss = exact_decimal(d.pop("RealizedProfitLoss"))

        average_open_price = exact_decimal(d.pop("AverageOpenPrice"))

        average_close_price = exact_decimal(d.pop("AverageClosePrice"))

        stop_loss_price = exact_decimal(d.pop("StopLossPrice"))

        take_profit_price = exact_decimal(d.pop("TakeProfitPrice"))

        daily_close_profit_loss = exact_decimal(d.pop("DailyCloseProfitLoss"))

        excess_changes = exact_decimal(d.pop("ExcessChanges"))

        day_quantity = exact_decimal(d.pop("DayQuantity"))

        symbol = d.pop("Symbol", UNSET)

        name = d.pop("Name", UNSET)

        company_name = d.pop("CompanyName", UNSET)

        security_currency = d.pop("SecurityCurrency", UNSET)

        security_type = d.pop("SecurityType", UNSET)

        _market_value_eod = d.pop("MarketValueEOD", UNSET)
        market_value_eod: Decimal | Unset
        if isinstance(_market_value_eod, Unset):
            market_value_eod = UNSET
        else:
            market_value_eod = exact_decimal(_market_value_eod)

        _eod_price = d.pop("EODPrice", UNSET)
        eod_price: Decimal | Unset
        if isinstance(_eod_price, Unset):
            eod_price = UNSET
        else:
            eod_price = exact_decimal(_eod_price)

        _open_quantity = d.pop("OpenQuantity", UNSET)
        open_quantity: Decimal | Unset
        if isinstance(_open_quantity, Unset):
            open_quantity = UNSET
        else:
            open_quantity = exact_decimal(_open_quantity)

        _loaned_quantity = d.pop("LoanedQuantity", UNSET)
        loaned_quantity: Decimal | Unset
        if isinstance(_loaned_quantity, Unset):
            loaned_quantity = UNSET
        else:
            loaned_quantity = exact_decimal(_loaned_quantity)

        _unrealized_profit_loss = d.pop("UnrealizedProfitLoss", UNSET)
        unrealized_profit_loss: Decimal | Unset
        if isinstance(_unrealized_profit_loss, Unset):
            unrealized_profit_loss = UNSET
        else:
            unrealized_profit_loss = exact_decimal(_unrealized_profit_loss)

        def _parse_margin_type(data: object) -> int | PositionMarginType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                margin_type_type_0 = PositionMarginType(data)

                return margin_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | PositionMarginType | Unset, data)

        margin_type = _parse_margin_type(d.pop("MarginType", UNSET))

        underlying_symbol = d.pop("UnderlyingSymbol", UNSET)

        underlying_option_type = d.pop("UnderlyingOptionType", UNSET)

        underlying_expiration_date = d.pop("UnderlyingExpirationDate", UNSET)

        def _parse_underlying_expiration_type(data: object) -> ExpirationType | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_expiration_type_type_0 = ExpirationType(data)

                return underlying_expiration_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpirationType | int | Unset, data)

        underlying_expiration_type = _parse_underlying_expiration_type(d.pop("UnderlyingExpirationType", UNSET))

        underlying_id = d.pop("UnderlyingId", UNSET)

        _underlying_strike = d.pop("UnderlyingStrike", UNSET)
        underlying_strike: Decimal | Unset
        if isinstance(_underlying_strike, Unset):
            underlying_strike = UNSET
        else:
            underlying_strike = exact_decimal(_underlying_strike)

        _tick_size = d.pop("TickSize", UNSET)
        tick_size: Decimal | Unset
        if isinstance(_tick_size, Unset):
            tick_size = UNSET
        else:
            tick_size = exact_decimal(_tick_size)

        volume_precision = d.pop("VolumePrecision", UNSET)

        clearing_account = d.pop("ClearingAccount", UNSET)

        account_holder_name = d.pop("AccountHolderName", UNSET)

        account_name = d.pop("AccountName", UNSET)

        currency = d.pop("Currency", UNSET)

        cusip = d.pop("Cusip", UNSET)

        position = cls(
            id=id,
            account_id=account_id,
            security_id=security_id,
            contract_size=contract_size,
            cost_basis=cost_basis,
            daily_cost_basis=daily_cost_basis,
            create_date=create_date,
            modify_date=modify_date,
            quantity=quantity,
            realized_profit_loss=realized_profit_loss,
            average_open_price=average_open_price,
            average_close_price=average_close_price,
            stop_loss_price=stop_loss_price,
            take_profit_price=take_profit_price,
            daily_close_profit_loss=daily_close_profit_loss,
            excess_changes=excess_changes,
            day_quantity=day_quantity,
            symbol=symbol,
            name=name,
            company_name=company_name,
            security_currency=security_currency,
            security_type=security_type,
            market_value_eod=market_value_eod,
            eod_price=eod_price,
            open_quantity=open_quantity,
            loaned_quantity=loaned_quantity,
            unrealized_profit_loss=unrealized_profit_loss,
            margin_type=margin_type,
            underlying_symbol=underlying_symbol,
            underlying_option_type=underlying_option_type,
            underlying_expiration_date=underlying_expiration_date,
            underlying_expiration_type=underlying_expiration_type,
            underlying_id=underlying_id,
            underlying_strike=underlying_strike,
            tick_size=tick_size,
            volume_precision=volume_precision,
            clearing_account=clearing_account,
            account_holder_name=account_holder_name,
            account_name=account_name,
            currency=currency,
            cusip=cusip,
        )

        position.additional_properties = d
        return position

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
