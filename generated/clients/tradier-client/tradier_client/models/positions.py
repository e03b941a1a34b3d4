from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.position import Position


T = TypeVar("T", bound="Positions")


@_attrs_define
class Positions:
    """The positions of an account that has at least one.

    Attributes:
        position (list[Position] | Position): Usually an object when the account has exactly one position (a one-element
            array also occurs), else an array.
    """

    position: list[Position] | Position
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.position import Position  # noqa: PLC0415

        position: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.position, Position):
            position = self.position.to_dict()
        else:
            position = []
            for componentsschemas_position_array_item_data in self.position:
                componentsschemas_position_array_item = componentsschemas_position_array_item_data.to_dict()
                position.append(componentsschemas_position_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position import Position  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_position(data: object) -> list[Position] | Position:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Position.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = []
            _position_type_1 = data
            for componentsschemas_position_array_item_data in _position_type_1:
                componentsschemas_position_array_item = Position.from_dict(componentsschemas_position_array_item_data)

                position_type_1.append(componentsschemas_position_array_item)

            return position_type_1

        position = _parse_position(d.pop("position"))

        positions = cls(
            position=position,
        )

        positions.additional_properties = d
        return positions

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
