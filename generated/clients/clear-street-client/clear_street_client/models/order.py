from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_queue_state import OrderQueueState
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.security_type import SecurityType
from ..models.time_in_force import TimeInForce
from ..models.trailing_offset_type import TrailingOffsetType
from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.order_strategy import OrderStrategy


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order: the close operations return the orders they sent, `get_orders` and
    `get_order_by_id` what the orders became. `filled_quantity + leaves_quantity = quantity`
    while an order works; its fills are `Execution`s with its `id` as `order_id`, and their
    quantities add up to `filled_quantity`.

    A multi-leg (strategy) order has no `instrument_id`, `instrument_type` or `symbol` (null):
    the vendor's SDK says its legs are reported "individually in `legs[]`", a property no vendor
    schema or body shows, so the contract does not describe it (objects are open; read it as
    undocumented). Its prices and `quantity` are per package.

    Two legacy docs pages show orders without `venue`, one with the client reference in `id` and
    no `client_order_id`; every vendor schema and SDK requires both, and the contract rejects those
    bodies (`examples/manifest.yaml`). `id` stays a UUID: the vendor's 404 example prints an id as
    32 hex digits, a rendering of the same value.

        Attributes:
            id (UUID): Order identifier.
            account_id (int): The account.
            client_order_id (str): Client-side identifier. The vendor's close examples use `close-position-20251003-001` and
                `close-positions-20251003-001` (purpose, trade date, sequence number); treat it as opaque.
            created_at (datetime.datetime): Creation time, RFC 3339 UTC (examples carry nanoseconds).
            updated_at (datetime.datetime): Time of the last change.
            order_type (OrderType): Order type; close orders are `MARKET`.
            side (OrderSide): Order side. `SELL_SHORT` and `OTHER` were removed in SDK 0.8.
            status (OrderStatus): Order state. `QUEUED` and `PENDING_TRIGGER` were added in SDK 0.8.
            time_in_force (TimeInForce): How long the order stays working. `AT_THE_OPENING`/`AT_THE_CLOSE` became
                `AT_OPEN`/`AT_CLOSE`
                in SDK 0.8; the crossing values were dropped in SDK 0.7.
            quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            filled_quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
                any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            leaves_quantity (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`, `"2"`); also
                any
                other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
                Infinity.
            venue (str): Market identifier code of the venue, e.g. `XNMS`.
            instrument_id (None | Unset | UUID): The instrument; null for multi-leg orders.
            instrument_type (None | SecurityType | Unset): Kind of instrument.
            symbol (None | str | Unset): Symbol of the instrument.
            average_fill_price (Decimal | None | Unset): Average fill price; null until filled. For a multi-leg order (SDK
                0.7 and later) the
                venue's strategy-level average when reported, else the signed net package price derived
                from the legs' averages: net debit positive, net credit negative, zero possible.
            limit_price (Decimal | None | Unset): Limit price of limit orders.
            stop_price (Decimal | None | Unset): Stop price of stop orders.
            limit_offset (Decimal | None | Unset): Offset of a trailing limit.
            details (list[str] | None | Unset): Free-text notes about the execution, rejection or cancellation, if any (the
                only carrier of a rejection's reason).
            expires_at (datetime.datetime | None | Unset): When a good-till-date order expires.
            extended_hours (bool | None | Unset): Whether the order may trade outside regular hours.
            queue_state (None | OrderQueueState | Unset): Release state of a queued order.
            releases_at (datetime.datetime | None | Unset): When a queued order is released.
            strategy (None | OrderStrategy | Unset): Execution strategy.
            trailing_limit_px (Decimal | None | Unset): Current limit price of a trailing stop-limit.
            trailing_offset (Decimal | None | Unset): Trailing offset, in `trailing_offset_type` units.
            trailing_offset_type (None | TrailingOffsetType | Unset): Unit of `trailing_offset`.
            trailing_stop_px (Decimal | None | Unset): Current stop price of a trailing stop.
            trailing_watermark_px (Decimal | None | Unset): Best price seen since a trailing order started.
            trailing_watermark_ts (datetime.datetime | None | Unset): When `trailing_watermark_px` was seen.
            underlying_instrument_id (None | Unset | UUID): Underlying of an option order.
            underlying_instrument_type (None | SecurityType | Unset): Kind of the underlying.
    """

    id: UUID
    account_id: int
    client_order_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    order_type: OrderType
    side: OrderSide
    status: OrderStatus
    time_in_force: TimeInForce
    quantity: Decimal
    filled_quantity: Decimal
    leaves_quantity: Decimal
    venue: str
    instrument_id: None | Unset | UUID = UNSET
    instrument_type: None | SecurityType | Unset = UNSET
    symbol: None | str | Unset = UNSET
    average_fill_price: Decimal | None | Unset = UNSET
    limit_price: Decimal | None | Unset = UNSET
    stop_price: Decimal | None | Unset = UNSET
    limit_offset: Decimal | None | Unset = UNSET
    details: list[str] | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    extended_hours: bool | None | Unset = UNSET
    queue_state: None | OrderQueueState | Unset = UNSET
    releases_at: datetime.datetime | None | Unset = UNSET
    strategy: None | OrderStrategy | Unset = UNSET
    trailing_limit_px: Decimal | None | Unset = UNSET
    trailing_offset: Decimal | None | Unset = UNSET
    trailing_offset_type: None | TrailingOffsetType | Unset = UNSET
    trailing_stop_px: Decimal | None | Unset = UNSET
    trailing_watermark_px: Decimal | None | Unset = UNSET
    trailing_watermark_ts: datetime.datetime | None | Unset = UNSET
    underlying_instrument_id: None | Unset | UUID = UNSET
    underlying_instrument_type: None | SecurityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_strategy import OrderStrategy  # noqa: PLC0415

        id = str(self.id)

        account_id = self.account_id

        client_order_id = self.client_order_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        order_type = self.order_type.value

        side = self.side.value

        status = self.status.value

        time_in_force = self.time_in_force.value

        quantity = str(self.quantity)

        filled_quantity = str(self.filled_quantity)

        leaves_quantity = str(self.leaves_quantity)

        venue = self.venue

        instrument_id: None | str | Unset
        if isinstance(self.instrument_id, Unset):
            instrument_id = UNSET
        elif isinstance(self.instrument_id, UUID):
            instrument_id = str(self.instrument_id)
        else:
            instrument_id = self.instrument_id

        instrument_type: None | str | Unset
        if isinstance(self.instrument_type, Unset):
            instrument_type = UNSET
        elif isinstance(self.instrument_type, SecurityType):
            instrument_type = self.instrument_type.value
        else:
            instrument_type = self.instrument_type

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        average_fill_price: None | str | Unset
        if isinstance(self.average_fill_price, Unset):
            average_fill_price = UNSET
        elif isinstance(self.average_fill_price, Decimal):
            average_fill_price = str(self.average_fill_price)
        else:
            average_fill_price = self.average_fill_price

        limit_price: None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        elif isinstance(self.limit_price, Decimal):
            limit_price = str(self.limit_price)
        else:
            limit_price = self.limit_price

        stop_price: None | str | Unset
        if isinstance(self.stop_price, Unset):
            stop_price = UNSET
        elif isinstance(self.stop_price, Decimal):
            stop_price = str(self.stop_price)
        else:
            stop_price = self.stop_price

        limit_offset: None | str | Unset
        if isinstance(self.limit_offset, Unset):
            limit_offset = UNSET
        elif isinstance(self.limit_offset, Decimal):
            limit_offset = str(self.limit_offset)
        else:
            limit_offset = self.limit_offset

        details: list[str] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = self.details

        else:
            details = self.details

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        extended_hours: bool | None | Unset
        if isinstance(self.extended_hours, Unset):
            extended_hours = UNSET
        else:
            extended_hours = self.extended_hours

        queue_state: None | str | Unset
        if isinstance(self.queue_state, Unset):
            queue_state = UNSET
        elif isinstance(self.queue_state, OrderQueueState):
            queue_state = self.queue_state.value
        else:
            queue_state = self.queue_state

        releases_at: None | str | Unset
        if isinstance(self.releases_at, Unset):
            releases_at = UNSET
        elif isinstance(self.releases_at, datetime.datetime):
            releases_at = self.releases_at.isoformat()
        else:
            releases_at = self.releases_at

        strategy: dict[str, Any] | None | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        elif isinstance(self.strategy, OrderStrategy):
            strategy = self.strategy.to_dict()
        else:
            strategy = self.strategy

        trailing_limit_px: None | str | Unset
        if isinstance(self.trailing_limit_px, Unset):
            trailing_limit_px = UNSET
        elif isinstance(self.trailing_limit_px, Decimal):
            trailing_limit_px = str(self.trailing_limit_px)
        else:
            trailing_limit_px = self.trailing_limit_px

        trailing_offset: None | str | Unset
        if isinstance(self.trailing_offset, Unset):
            trailing_offset = UNSET
        elif isinstance(self.trailing_offset, Decimal):
            trailing_offset = str(self.trailing_offset)
        else:
            trailing_offset = self.trailing_offset

        trailing_offset_type: None | str | Unset
        if isinstance(self.trailing_offset_type, Unset):
            trailing_offset_type = UNSET
        elif isinstance(self.trailing_offset_type, TrailingOffsetType):
            trailing_offset_type = self.trailing_offset_type.value
        else:
            trailing_offset_type = self.trailing_offset_type

        trailing_stop_px: None | str | Unset
        if isinstance(self.trailing_stop_px, Unset):
            trailing_stop_px = UNSET
        elif isinstance(self.trailing_stop_px, Decimal):
            trailing_stop_px = str(self.trailing_stop_px)
        else:
            trailing_stop_px = self.trailing_stop_px

        trailing_watermark_px: None | str | Unset
        if isinstance(self.trailing_watermark_px, Unset):
            trailing_watermark_px = UNSET
        elif isinstance(self.trailing_watermark_px, Decimal):
            trailing_watermark_px = str(self.trailing_watermark_px)
        else:
            trailing_watermark_px = self.trailing_watermark_px

        trailing_watermark_ts: None | str | Unset
        if isinstance(self.trailing_watermark_ts, Unset):
            trailing_watermark_ts = UNSET
        elif isinstance(self.trailing_watermark_ts, datetime.datetime):
            trailing_watermark_ts = self.trailing_watermark_ts.isoformat()
        else:
            trailing_watermark_ts = self.trailing_watermark_ts

        underlying_instrument_id: None | str | Unset
        if isinstance(self.underlying_instrument_id, Unset):
            underlying_instrument_id = UNSET
        elif isinstance(self.underlying_instrument_id, UUID):
            underlying_instrument_id = str(self.underlying_instrument_id)
        else:
            underlying_instrument_id = self.underlying_instrument_id

        underlying_instrument_type: None | str | Unset
        if isinstance(self.underlying_instrument_type, Unset):
            underlying_instrument_type = UNSET
        elif isinstance(self.underlying_instrument_type, SecurityType):
            underlying_instrument_type = self.underlying_instrument_type.value
        else:
            underlying_instrument_type = self.underlying_instrument_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "client_order_id": client_order_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "order_type": order_type,
                "side": side,
                "status": status,
                "time_in_force": time_in_force,
                "quantity": quantity,
                "filled_quantity": filled_quantity,
                "leaves_quantity": leaves_quantity,
                "venue": venue,
            }
        )
        if instrument_id is not UNSET:
            field_dict["instrument_id"] = instrument_id
        if instrument_type is not UNSET:
            field_dict["instrument_type"] = instrument_type
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if average_fill_price is not UNSET:
            field_dict["average_fill_price"] = average_fill_price
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if stop_price is not UNSET:
            field_dict["stop_price"] = stop_price
        if limit_offset is not UNSET:
            field_dict["limit_offset"] = limit_offset
        if details is not UNSET:
            field_dict["details"] = details
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if extended_hours is not UNSET:
            field_dict["extended_hours"] = extended_hours
        if queue_state is not UNSET:
            field_dict["queue_state"] = queue_state
        if releases_at is not UNSET:
            field_dict["releases_at"] = releases_at
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if trailing_limit_px is not UNSET:
            field_dict["trailing_limit_px"] = trailing_limit_px
        if trailing_offset is not UNSET:
            field_dict["trailing_offset"] = trailing_offset
        if trailing_offset_type is not UNSET:
            field_dict["trailing_offset_type"] = trailing_offset_type
        if trailing_stop_px is not UNSET:
            field_dict["trailing_stop_px"] = trailing_stop_px
        if trailing_watermark_px is not UNSET:
            field_dict["trailing_watermark_px"] = trailing_watermark_px
        if trailing_watermark_ts is not UNSET:
            field_dict["trailing_watermark_ts"] = trailing_watermark_ts
        if underlying_instrument_id is not UNSET:
            field_dict["underlying_instrument_id"] = underlying_instrument_id
        if underlying_instrument_type is not UNSET:
            field_dict["underlying_instrument_type"] = underlying_instrument_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_strategy import OrderStrategy  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        account_id = d.pop("account_id")

        client_order_id = d.pop("client_order_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        order_type = OrderType(d.pop("order_type"))

        side = OrderSide(d.pop("side"))

        status = OrderStatus(d.pop("status"))

        time_in_force = TimeInForce(d.pop("time_in_force"))

        quantity = exact_decimal(d.pop("quantity"))

        filled_quantity = exact_decimal(d.pop("filled_quantity"))

        leaves_quantity = exact_decimal(d.pop("leaves_quantity"))

        venue = d.pop("venue")

        def _parse_instrument_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instrument_id_type_0 = UUID(data)

                return instrument_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        instrument_id = _parse_instrument_id(d.pop("instrument_id", UNSET))

        def _parse_instrument_type(data: object) -> None | SecurityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instrument_type_type_0 = SecurityType(data)

                return instrument_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityType | Unset, data)

        instrument_type = _parse_instrument_type(d.pop("instrument_type", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_average_fill_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                average_fill_price_type_0 = exact_decimal(data)

                return average_fill_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        average_fill_price = _parse_average_fill_price(d.pop("average_fill_price", UNSET))

        def _parse_limit_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                limit_price_type_0 = exact_decimal(data)

                return limit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        limit_price = _parse_limit_price(d.pop("limit_price", UNSET))

        def _parse_stop_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                stop_price_type_0 = exact_decimal(data)

                return stop_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        stop_price = _parse_stop_price(d.pop("stop_price", UNSET))

        def _parse_limit_offset(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                limit_offset_type_0 = exact_decimal(data)

                return limit_offset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        limit_offset = _parse_limit_offset(d.pop("limit_offset", UNSET))

        def _parse_details(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = cast(list[str], data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_extended_hours(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        extended_hours = _parse_extended_hours(d.pop("extended_hours", UNSET))

        def _parse_queue_state(data: object) -> None | OrderQueueState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queue_state_type_0 = OrderQueueState(data)

                return queue_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderQueueState | Unset, data)

        queue_state = _parse_queue_state(d.pop("queue_state", UNSET))

        def _parse_releases_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                releases_at_type_0 = datetime.datetime.fromisoformat(data)

                return releases_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        releases_at = _parse_releases_at(d.pop("releases_at", UNSET))

        def _parse_strategy(data: object) -> None | OrderStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                strategy_type_0 = OrderStrategy.from_dict(data)

                return strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStrategy | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        def _parse_trailing_limit_px(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                trailing_limit_px_type_0 = exact_decimal(data)

                return trailing_limit_px_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trailing_limit_px = _parse_trailing_limit_px(d.pop("trailing_limit_px", UNSET))

        def _parse_trailing_offset(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                trailing_offset_type_0 = exact_decimal(data)

                return trailing_offset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trailing_offset = _parse_trailing_offset(d.pop("trailing_offset", UNSET))

        def _parse_trailing_offset_type(data: object) -> None | TrailingOffsetType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trailing_offset_type_type_0 = TrailingOffsetType(data)

                return trailing_offset_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrailingOffsetType | Unset, data)

        trailing_offset_type = _parse_trailing_offset_type(d.pop("trailing_offset_type", UNSET))

        def _parse_trailing_stop_px(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                trailing_stop_px_type_0 = exact_decimal(data)

                return trailing_stop_px_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trailing_stop_px = _parse_trailing_stop_px(d.pop("trailing_stop_px", UNSET))

        def _parse_trailing_watermark_px(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                trailing_watermark_px_type_0 = exact_decimal(data)

                return trailing_watermark_px_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trailing_watermark_px = _parse_trailing_watermark_px(d.pop("trailing_watermark_px", UNSET))

        def _parse_trailing_watermark_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trailing_watermark_ts_type_0 = datetime.datetime.fromisoformat(data)

                return trailing_watermark_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trailing_watermark_ts = _parse_trailing_watermark_ts(d.pop("trailing_watermark_ts", UNSET))

        def _parse_underlying_instrument_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_instrument_id_type_0 = UUID(data)

                return underlying_instrument_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        underlying_instrument_id = _parse_underlying_instrument_id(d.pop("underlying_instrument_id", UNSET))

        def _parse_underlying_instrument_type(data: object) -> None | SecurityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                underlying_instrument_type_type_0 = SecurityType(data)

                return underlying_instrument_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityType | Unset, data)

        underlying_instrument_type = _parse_underlying_instrument_type(d.pop("underlying_instrument_type", UNSET))

        order = cls(
            id=id,
            account_id=account_id,
            client_order_id=client_order_id,
            created_at=created_at,
            updated_at=updated_at,
            order_type=order_type,
            side=side,
            status=status,
            time_in_force=time_in_force,
            quantity=quantity,
            filled_quantity=filled_quantity,
            leaves_quantity=leaves_quantity,
            venue=venue,
            instrument_id=instrument_id,
            instrument_type=instrument_type,
            symbol=symbol,
            average_fill_price=average_fill_price,
            limit_price=limit_price,
            stop_price=stop_price,
            limit_offset=limit_offset,
            details=details,
            expires_at=expires_at,
            extended_hours=extended_hours,
            queue_state=queue_state,
            releases_at=releases_at,
            strategy=strategy,
            trailing_limit_px=trailing_limit_px,
            trailing_offset=trailing_offset,
            trailing_offset_type=trailing_offset_type,
            trailing_stop_px=trailing_stop_px,
            trailing_watermark_px=trailing_watermark_px,
            trailing_watermark_ts=trailing_watermark_ts,
            underlying_instrument_id=underlying_instrument_id,
            underlying_instrument_type=underlying_instrument_type,
        )

        order.additional_properties = d
        return order

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
