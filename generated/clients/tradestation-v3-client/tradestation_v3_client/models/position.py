from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_type_enum import AssetTypeEnum
from ..models.position_direction import PositionDirection
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """An open position. Required are the figures the vendor documents for every asset type (see
    "Required properties"); `ExpirationDate` comes with options and futures only.

        Attributes:
            account_id (str): The account holding the position.
            asset_type (AssetTypeEnum): Kind of instrument of a position or an order leg: the vendor's general `AssetType`
                (twelve
                values; its position schema lists only `STOCK`, `STOCKOPTION`, `FUTURE`, `INDEXOPTION`).
            average_price (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
                sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            ask (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            bid (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            last (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            conversion_rate (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
                sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            day_trade_requirement (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            long_short (PositionDirection): Side of a position.
            maintenance_margin (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional
                minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            market_value (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
                sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            position_id (str): The position's identifier.
            quantity (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            symbol (str): The position's symbol.
            timestamp (datetime.datetime): When the position was opened.
            total_cost (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an optional minus
                sign,
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
            unrealized_profit_loss_percent (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            unrealized_profit_loss_qty (Decimal): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            expiration_date (datetime.datetime | Unset): Expiration of an option or future; ignore the time of day.
            initial_requirement (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
                digits and a fraction of any length (`"0"`, `"-549.999999"`, `"987654321539.0976"`); since
                nothing documents the form, every finite number text Python's `Decimal` and JSON read is
                accepted: an optional sign, an optional integer part or fraction, an optional exponent
                (`"+5"`, `".5"`, `"5."`, `"1E-05"`). Text that is no number (`""`, `"NaN"`, `"1,000"`) is not.
            mark_to_market_price (Decimal | Unset): An exact decimal written as a JSON string. The vendor's bodies show an
                optional minus sign,
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
    """

    account_id: str
    asset_type: AssetTypeEnum
    average_price: Decimal
    ask: Decimal
    bid: Decimal
    last: Decimal
    conversion_rate: Decimal
    day_trade_requirement: Decimal
    long_short: PositionDirection
    maintenance_margin: Decimal
    market_value: Decimal
    position_id: str
    quantity: Decimal
    symbol: str
    timestamp: datetime.datetime
    total_cost: Decimal
    unrealized_profit_loss: Decimal
    unrealized_profit_loss_percent: Decimal
    unrealized_profit_loss_qty: Decimal
    expiration_date: datetime.datetime | Unset = UNSET
    initial_requirement: Decimal | Unset = UNSET
    mark_to_market_price: Decimal | Unset = UNSET
    todays_profit_loss: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        asset_type = self.asset_type.value

        average_price = str(self.average_price)

        ask = str(self.ask)

        bid = str(self.bid)

        last = str(self.last)

        conversion_rate = str(self.conversion_rate)

        day_trade_requirement = str(self.day_trade_requirement)

        long_short = self.long_short.value

        maintenance_margin = str(self.maintenance_margin)

        market_value = str(self.market_value)

        position_id = self.position_id

        quantity = str(self.quantity)

        symbol = self.symbol

        timestamp = self.timestamp.isoformat()

        total_cost = str(self.total_cost)

        unrealized_profit_loss = str(self.unrealized_profit_loss)

        unrealized_profit_loss_percent = str(self.unrealized_profit_loss_percent)

        unrealized_profit_loss_qty = str(self.unrealized_profit_loss_qty)

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        initial_requirement: str | Unset = UNSET
        if not isinstance(self.initial_requirement, Unset):
            initial_requirement = str(self.initial_requirement)

        mark_to_market_price: str | Unset = UNSET
        if not isinstance(self.mark_to_market_price, Unset):
            mark_to_market_price = str(self.mark_to_market_price)

        todays_profit_loss: str | Unset = UNSET
        if not isinstance(self.todays_profit_loss, Unset):
            todays_profit_loss = str(self.todays_profit_loss)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
                "AssetType": asset_type,
                "AveragePrice": average_price,
                "Ask": ask,
                "Bid": bid,
                "Last": last,
                "ConversionRate": conversion_rate,
                "DayTradeRequirement": day_trade_requirement,
                "LongShort": long_short,
                "MaintenanceMargin": maintenance_margin,
                "MarketValue": market_value,
                "PositionID": position_id,
                "Quantity": quantity,
                "Symbol": symbol,
                "Timestamp": timestamp,
                "TotalCost": total_cost,
                "UnrealizedProfitLoss": unrealized_profit_loss,
                "UnrealizedProfitLossPercent": unrealized_profit_loss_percent,
                "UnrealizedProfitLossQty": unrealized_profit_loss_qty,
            }
        )
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if initial_requirement is not UNSET:
            field_dict["InitialRequirement"] = initial_requirement
        if mark_to_market_price is not UNSET:
            field_dict["MarkToMarketPrice"] = mark_to_market_price
        if todays_profit_loss is not UNSET:
            field_dict["TodaysProfitLoss"] = todays_profit_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountID")

        asset_type = AssetTypeEnum(d.pop("AssetType"))

        average_price = exact_decimal(d.pop("AveragePrice"))

        ask = exact_decimal(d.pop("Ask"))

        bid = exact_decimal(d.pop("Bid"))

        last = exact_decimal(d.pop("Last"))

        conversion_rate = exact_decimal(d.pop("ConversionRate"))

        day_trade_requirement = exact_decimal(d.pop("DayTradeRequirement"))

        long_short = PositionDirection(d.pop("LongShort"))

        maintenance_margin = exact_decimal(d.pop("MaintenanceMargin"))

        market_value = exact_decimal(d.pop("MarketValue"))

        position_id = d.pop("PositionID")

        quantity = exact_decimal(d.pop("Quantity"))

        symbol = d.pop("Symbol")

        timestamp = datetime.datetime.fromisoformat(d.pop("Timestamp"))

        total_cost = exact_decimal(d.pop("TotalCost"))

        unrealized_profit_loss = exact_decimal(d.pop("UnrealizedProfitLoss"))

        unrealized_profit_loss_percent = exact_decimal(d.pop("UnrealizedProfitLossPercent"))

        unrealized_profit_loss_qty = exact_decimal(d.pop("UnrealizedProfitLossQty"))

        _expiration_date = d.pop("ExpirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        _initial_requirement = d.pop("InitialRequirement", UNSET)
        initial_requirement: Decimal | Unset
        if isinstance(_initial_requirement, Unset):
            initial_requirement = UNSET
        else:
            initial_requirement = exact_decimal(_initial_requirement)

        _mark_to_market_price = d.pop("MarkToMarketPrice", UNSET)
        mark_to_market_price: Decimal | Unset
        if isinstance(_mark_to_market_price, Unset):
            mark_to_market_price = UNSET
        else:
            mark_to_market_price = exact_decimal(_mark_to_market_price)

        _todays_profit_loss = d.pop("TodaysProfitLoss", UNSET)
        todays_profit_loss: Decimal | Unset
        if isinstance(_todays_profit_loss, Unset):
            todays_profit_loss = UNSET
        else:
            todays_profit_loss = exact_decimal(_todays_profit_loss)

        position = cls(
            account_id=account_id,
            asset_type=asset_type,
            average_price=average_price,
            ask=ask,
            bid=bid,
            last=last,
            conversion_rate=conversion_rate,
            day_trade_requirement=day_trade_requirement,
            long_short=long_short,
            maintenance_margin=maintenance_margin,
            market_value=market_value,
            position_id=position_id,
            quantity=quantity,
            symbol=symbol,
            timestamp=timestamp,
            total_cost=total_cost,
            unrealized_profit_loss=unrealized_profit_loss,
            unrealized_profit_loss_percent=unrealized_profit_loss_percent,
            unrealized_profit_loss_qty=unrealized_profit_loss_qty,
            expiration_date=expiration_date,
            initial_requirement=initial_requirement,
            mark_to_market_price=mark_to_market_price,
            todays_profit_loss=todays_profit_loss,
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
