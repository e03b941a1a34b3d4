from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many
from ..models.position import Position

if TYPE_CHECKING:
    from ..models.positions import Positions


T = TypeVar("T", bound="PositionsResponse")


@_attrs_define
class PositionsResponse:
    """The body of `GET /v1/accounts/{account_id}/positions`.

    Attributes:
        positions (Literal['null'] | None | Positions): The positions, or the string `"null"` when the account has none
            (a JSON `null` is
            accepted too).
    """

    positions: Literal["null"] | None | Positions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.positions import Positions  # noqa: PLC0415

        positions: dict[str, Any] | Literal["null"] | None
        if isinstance(self.positions, Positions):
            positions = self.positions.to_dict()
        else:
            positions = self.positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positions": positions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.positions import Positions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_positions(data: object) -> Literal["null"] | None | Positions:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positions_type_0 = Positions.from_dict(data)

                return positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            positions_type_1 = cast(Literal["null"], data)
            if positions_type_1 != "null":
                raise ValueError(f"positions_type_1 must match const 'null', got '{positions_type_1}'")
            return positions_type_1
            return cast(Literal["null"] | None | Positions, data)

        positions = _parse_positions(d.pop("positions"))

        positions_response = cls(
            positions=positions,
        )

        positions_response.additional_properties = d
        return positions_response

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

    def position_list(self) -> list[Position]:
        """The open positions as a plain list, whatever the wire form (`"null"` or `null`, one object, an array)."""
        return one_or_many(self, ("positions", "position"), (Position,))
