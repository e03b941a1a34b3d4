from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.closed_position import ClosedPosition


T = TypeVar("T", bound="GainLoss")


@_attrs_define
class GainLoss:
    """A page of closed positions; without `closed_position` when it holds none.

    Attributes:
        closed_position (ClosedPosition | list[ClosedPosition] | Unset): Usually an object when the page has exactly one
            closed position (a one-element array also occurs), else an array; absent when there is none.
    """

    closed_position: ClosedPosition | list[ClosedPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.closed_position import ClosedPosition  # noqa: PLC0415

        closed_position: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.closed_position, Unset):
            closed_position = UNSET
        elif isinstance(self.closed_position, ClosedPosition):
            closed_position = self.closed_position.to_dict()
        else:
            closed_position = []
            for componentsschemas_closed_position_array_item_data in self.closed_position:
                componentsschemas_closed_position_array_item = (
                    componentsschemas_closed_position_array_item_data.to_dict()
                )
                closed_position.append(componentsschemas_closed_position_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if closed_position is not UNSET:
            field_dict["closed_position"] = closed_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.closed_position import ClosedPosition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_closed_position(data: object) -> ClosedPosition | list[ClosedPosition] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closed_position_type_0 = ClosedPosition.from_dict(data)

                return closed_position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            closed_position_type_1 = []
            _closed_position_type_1 = data
            for componentsschemas_closed_position_array_item_data in _closed_position_type_1:
                componentsschemas_closed_position_array_item = ClosedPosition.from_dict(
                    componentsschemas_closed_position_array_item_data
                )

                closed_position_type_1.append(componentsschemas_closed_position_array_item)

            return closed_position_type_1

        closed_position = _parse_closed_position(d.pop("closed_position", UNSET))

        gain_loss = cls(
            closed_position=closed_position,
        )

        gain_loss.additional_properties = d
        return gain_loss

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
