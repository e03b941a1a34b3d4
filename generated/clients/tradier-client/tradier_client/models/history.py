from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ach_event import AchEvent
    from ..models.adjustment_event import AdjustmentEvent
    from ..models.check_event import CheckEvent
    from ..models.dividend_event import DividendEvent
    from ..models.fee_event import FeeEvent
    from ..models.interest_event import InterestEvent
    from ..models.journal_event import JournalEvent
    from ..models.option_event import OptionEvent
    from ..models.tax_event import TaxEvent
    from ..models.trade_event import TradeEvent
    from ..models.transfer_event import TransferEvent
    from ..models.wire_event import WireEvent


T = TypeVar("T", bound="History")


@_attrs_define
class History:
    """A page holding at least one event.

    Attributes:
        event (AchEvent | AdjustmentEvent | CheckEvent | DividendEvent | FeeEvent | InterestEvent | JournalEvent |
            list[AchEvent | AdjustmentEvent | CheckEvent | DividendEvent | FeeEvent | InterestEvent | JournalEvent |
            OptionEvent | TaxEvent | TradeEvent | TransferEvent | WireEvent] | OptionEvent | TaxEvent | TradeEvent |
            TransferEvent | WireEvent): Usually an object when the page has exactly one event (a one-element array also
            occurs, as in a 2025 capture), else an array.
    """

    event: (
        AchEvent
        | AdjustmentEvent
        | CheckEvent
        | DividendEvent
        | FeeEvent
        | InterestEvent
        | JournalEvent
        | list[
            AchEvent
            | AdjustmentEvent
            | CheckEvent
            | DividendEvent
            | FeeEvent
            | InterestEvent
            | JournalEvent
            | OptionEvent
            | TaxEvent
            | TradeEvent
            | TransferEvent
            | WireEvent
        ]
        | OptionEvent
        | TaxEvent
        | TradeEvent
        | TransferEvent
        | WireEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ach_event import AchEvent  # noqa: PLC0415
        from ..models.adjustment_event import AdjustmentEvent  # noqa: PLC0415
        from ..models.check_event import CheckEvent  # noqa: PLC0415
        from ..models.dividend_event import DividendEvent  # noqa: PLC0415
        from ..models.fee_event import FeeEvent  # noqa: PLC0415
        from ..models.interest_event import InterestEvent  # noqa: PLC0415
        from ..models.journal_event import JournalEvent  # noqa: PLC0415
        from ..models.option_event import OptionEvent  # noqa: PLC0415
        from ..models.tax_event import TaxEvent  # noqa: PLC0415
        from ..models.trade_event import TradeEvent  # noqa: PLC0415
        from ..models.transfer_event import TransferEvent  # noqa: PLC0415
        from ..models.wire_event import WireEvent  # noqa: PLC0415

        event: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.event, TradeEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, OptionEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, AchEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, WireEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, DividendEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, FeeEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, TaxEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, JournalEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, CheckEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, TransferEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, AdjustmentEvent):
            event = self.event.to_dict()
        elif isinstance(self.event, InterestEvent):
            event = self.event.to_dict()
        else:
            event = []
            for componentsschemas_history_event_array_item_data in self.event:
                componentsschemas_history_event_array_item: dict[str, Any]
                if isinstance(componentsschemas_history_event_array_item_data, TradeEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, OptionEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, AchEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, WireEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, DividendEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, FeeEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, TaxEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, JournalEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, CheckEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, TransferEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_history_event_array_item_data, AdjustmentEvent):
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_history_event_array_item = (
                        componentsschemas_history_event_array_item_data.to_dict()
                    )

                event.append(componentsschemas_history_event_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ach_event import AchEvent  # noqa: PLC0415
        from ..models.adjustment_event import AdjustmentEvent  # noqa: PLC0415
        from ..models.check_event import CheckEvent  # noqa: PLC0415
        from ..models.dividend_event import DividendEvent  # noqa: PLC0415
        from ..models.fee_event import FeeEvent  # noqa: PLC0415
        from ..models.interest_event import InterestEvent  # noqa: PLC0415
        from ..models.journal_event import JournalEvent  # noqa: PLC0415
        from ..models.option_event import OptionEvent  # noqa: PLC0415
        from ..models.tax_event import TaxEvent  # noqa: PLC0415
        from ..models.trade_event import TradeEvent  # noqa: PLC0415
        from ..models.transfer_event import TransferEvent  # noqa: PLC0415
        from ..models.wire_event import WireEvent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event(
            data: object,
        ) -> (
            AchEvent
            | AdjustmentEvent
            | CheckEvent
            | DividendEvent
            | FeeEvent
            | InterestEvent
            | JournalEvent
            | list[
                AchEvent
                | AdjustmentEvent
                | CheckEvent
                | DividendEvent
                | FeeEvent
                | InterestEvent
                | JournalEvent
                | OptionEvent
                | TaxEvent
                | TradeEvent
                | TransferEvent
                | WireEvent
            ]
            | OptionEvent
            | TaxEvent
            | TradeEvent
            | TransferEvent
            | WireEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_0 = TradeEvent.from_dict(data)

                return componentsschemas_history_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_1 = OptionEvent.from_dict(data)

                return componentsschemas_history_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_2 = AchEvent.from_dict(data)

                return componentsschemas_history_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_3 = WireEvent.from_dict(data)

                return componentsschemas_history_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_4 = DividendEvent.from_dict(data)

                return componentsschemas_history_event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_5 = FeeEvent.from_dict(data)

                return componentsschemas_history_event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_6 = TaxEvent.from_dict(data)

                return componentsschemas_history_event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_7 = JournalEvent.from_dict(data)

                return componentsschemas_history_event_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_8 = CheckEvent.from_dict(data)

                return componentsschemas_history_event_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_9 = TransferEvent.from_dict(data)

                return componentsschemas_history_event_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_10 = AdjustmentEvent.from_dict(data)

                return componentsschemas_history_event_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_history_event_type_11 = InterestEvent.from_dict(data)

                return componentsschemas_history_event_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            event_type_1 = []
            _event_type_1 = data
            for componentsschemas_history_event_array_item_data in _event_type_1:

                def _parse_componentsschemas_history_event_array_item(
                    data: object,
                ) -> (
                    AchEvent
                    | AdjustmentEvent
                    | CheckEvent
                    | DividendEvent
                    | FeeEvent
                    | InterestEvent
                    | JournalEvent
                    | OptionEvent
                    | TaxEvent
                    | TradeEvent
                    | TransferEvent
                    | WireEvent
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_0 = TradeEvent.from_dict(data)

                        return componentsschemas_history_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_1 = OptionEvent.from_dict(data)

                        return componentsschemas_history_event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_2 = AchEvent.from_dict(data)

                        return componentsschemas_history_event_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_3 = WireEvent.from_dict(data)

                        return componentsschemas_history_event_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_4 = DividendEvent.from_dict(data)

                        return componentsschemas_history_event_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_5 = FeeEvent.from_dict(data)

                        return componentsschemas_history_event_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_6 = TaxEvent.from_dict(data)

                        return componentsschemas_history_event_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_7 = JournalEvent.from_dict(data)

                        return componentsschemas_history_event_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_8 = CheckEvent.from_dict(data)

                        return componentsschemas_history_event_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_9 = TransferEvent.from_dict(data)

                        return componentsschemas_history_event_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_history_event_type_10 = AdjustmentEvent.from_dict(data)

                        return componentsschemas_history_event_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_history_event_type_11 = InterestEvent.from_dict(data)

                    return componentsschemas_history_event_type_11

                componentsschemas_history_event_array_item = _parse_componentsschemas_history_event_array_item(
                    componentsschemas_history_event_array_item_data
                )

                event_type_1.append(componentsschemas_history_event_array_item)

            return event_type_1

        event = _parse_event(d.pop("event"))

        history = cls(
            event=event,
        )

        history.additional_properties = d
        return history

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
