from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_margin_type import PositionMarginType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.transaction_fee import TransactionFee


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """One ledger entry. `Value` is the signed cash effect (a buy −23485.5, its commission −3.75, a
    deposit 1000000). Cash movements carry `SecurityId: -1` and `OrderStateId: 0`.

        Attributes:
            id (int): Transaction id.
            security_id (int): The security; `-1` for a cash movement.
            order_state_id (int): The order state that caused it (a `StateId` of `/orders/{orderId}/details`; the order's
                own `StateId` for its last execution); `0` when no order did.
            account_id (int): The trading account.
            date (datetime.datetime): When it was booked.
            value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            leaves_quantity (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            type_ (int | TransactionType): Kind of entry.
            is_day_trade (bool): Whether the execution was part of a day trade.
            fee (TransactionFee | Unset): The fee or commission plan entry behind a transaction.
            description (str | Unset): Free text, e.g. `Initial deposit`; absent on most entries.
            symbol (str | Unset): Ticker of the security (swagger-2026 only).
            code (str | Unset): Transaction code (swagger-2026 only).
            margin_type (int | PositionMarginType | Unset): Sub-account the entry is booked to (swagger-2026 only).
            settlement_date (datetime.datetime | Unset): Settlement date; `0001-01-01T00:00:00Z` when not set (swagger-2026
                only).
            price (Decimal | Unset): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant
                digits
                (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
                without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
            order_id (int | Unset): The order (swagger-2026 only).
    """

    id: int
    security_id: int
    order_state_id: int
    account_id: int
    date: datetime.datetime
    value: Decimal
    quantity: Decimal
    leaves_quantity: Decimal
    type_: int | TransactionType
    is_day_trade: bool
    fee: TransactionFee | Unset = UNSET
    description: str | Unset = UNSET
    symbol: str | Unset = UNSET
    code: str | Unset = UNSET
    margin_type: int | PositionMarginType | Unset = UNSET
    settlement_date: datetime.datetime | Unset = UNSET
    price: Decimal | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        security_id = self.security_id

        order_state_id = self.order_state_id

        account_id = self.account_id

        date = self.date.isoformat()

        value = self.value

        quantity = self.quantity

        leaves_quantity = self.leaves_quantity

        type_: int | str
        if isinstance(self.type_, TransactionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        is_day_trade = self.is_day_trade

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        description = self.description

        symbol = self.symbol

        code = self.code

        margin_type: int | str | Unset
        if isinstance(self.margin_type, Unset):
            margin_type = UNSET
        elif isinstance(self.margin_type, PositionMarginType):
            margin_type = self.margin_type.value
        else:
            margin_type = self.margin_type

        settlement_date: str | Unset = UNSET
        if not isinstance(self.settlement_date, Unset):
            settlement_date = self.settlement_date.isoformat()

        price: Decimal | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "SecurityId": security_id,
                "OrderStateId": order_state_id,
                "AccountId": account_id,
                "Date": date,
                "Value": value,
                "Quantity": quantity,
                "LeavesQuantity": leaves_quantity,
                "Type": type_,
                "IsDayTrade": is_day_trade,
            }
        )
        if fee is not UNSET:
            field_dict["Fee"] = fee
        if description is not UNSET:
            field_dict["Description"] = description
        if symbol is not UNSET:
            field_dict["Symbol"] = symbol
        if code is not UNSET:
            field_dict["Code"] = code
        if margin_type is not UNSET:
            field_dict["MarginType"] = margin_type
        if settlement_date is not UNSET:
            field_dict["SettlementDate"] = settlement_date
        if price is not UNSET:
            field_dict["Price"] = price
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_fee import TransactionFee  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        security_id = d.pop("SecurityId")

        order_state_id = d.pop("OrderStateId")

        account_id = d.pop("AccountId")

        date = datetime.datetime.fromisoformat(d.pop("Date"))

        value = exact_decimal(d.pop("Value"))

        quantity = exact_decimal(d.pop("Quantity"))

        leaves_quantity = exact_decimal(d.pop("LeavesQuantity"))

        def _parse_type_(data: object) -> int | TransactionType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TransactionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | TransactionType, data)

        type_ = _parse_type_(d.pop("Type"))

        is_day_trade = d.pop("IsDayTrade")

        _fee = d.pop("Fee", UNSET)
        fee: TransactionFee | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = TransactionFee.from_dict(_fee)

        description = d.pop("Description", UNSET)

        symbol = d.pop("Symbol", UNSET)

        code = d.pop("Code", UNSET)

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

        _settlement_date = d.pop("SettlementDate", UNSET)
        settlement_date: datetime.datetime | Unset
        if isinstance(_settlement_date, Unset):
            settlement_date = UNSET
        else:
            settlement_date = datetime.datetime.fromisoformat(_settlement_date)

        _price = d.pop("Price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = exact_decimal(_price)

        order_id = d.pop("OrderId", UNSET)

        transaction = cls(
            id=id,
            security_id=security_id,
            order_state_id=order_state_id,
            account_id=account_id,
            date=date,
            value=value,
            quantity=quantity,
            leaves_quantity=leaves_quantity,
            type_=type_,
            is_day_trade=is_day_trade,
            fee=fee,
            description=description,
            symbol=symbol,
            code=code,
            margin_type=margin_type,
            settlement_date=settlement_date,
            price=price,
            order_id=order_id,
        )

        transaction.additional_properties = d
        return transaction

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
