from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many
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

if TYPE_CHECKING:
    from ..models.history import History


T = TypeVar("T", bound="HistoryResponse")


@_attrs_define
class HistoryResponse:
    """The body of `GET /v1/accounts/{account_id}/history` (one page).

    Attributes:
        history (History | Literal['null'] | None): The page's events, or the string `"null"` when the page has none (a
            JSON `null` is
            accepted too).
    """

    history: History | Literal["null"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.history import History  # noqa: PLC0415

        history: dict[str, Any] | Literal["null"] | None
        if isinstance(self.history, History):
            history = self.history.to_dict()
        else:
            history = self.history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history import History  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_history(data: object) -> History | Literal["null"] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                history_type_0 = History.from_dict(data)

                return history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            history_type_1 = cast(Literal["null"], data)
            if history_type_1 != "null":
                raise ValueError(f"history_type_1 must match const 'null', got '{history_type_1}'")
            return history_type_1
            return cast(History | Literal["null"] | None, data)

        history = _parse_history(d.pop("history"))

        history_response = cls(
            history=history,
        )

        history_response.additional_properties = d
        return history_response

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

    def event_list(
        self,
    ) -> list[
        TradeEvent
        | OptionEvent
        | AchEvent
        | WireEvent
        | DividendEvent
        | FeeEvent
        | TaxEvent
        | JournalEvent
        | CheckEvent
        | TransferEvent
        | AdjustmentEvent
        | InterestEvent
    ]:
        """The events of this page as a plain list, whatever the wire form (`"null"` or `null`, one object, an array)."""
        return one_or_many(
            self,
            ("history", "event"),
            (
                TradeEvent,
                OptionEvent,
                AchEvent,
                WireEvent,
                DividendEvent,
                FeeEvent,
                TaxEvent,
                JournalEvent,
                CheckEvent,
                TransferEvent,
                AdjustmentEvent,
                InterestEvent,
            ),
        )
