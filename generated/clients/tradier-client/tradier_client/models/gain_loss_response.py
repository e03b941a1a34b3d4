from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lists import one_or_many
from ..models.closed_position import ClosedPosition

if TYPE_CHECKING:
    from ..models.gain_loss import GainLoss


T = TypeVar("T", bound="GainLossResponse")


@_attrs_define
class GainLossResponse:
    """The body of `GET /v1/accounts/{account_id}/gainloss` (one page).

    Attributes:
        gainloss (GainLoss | Literal['null'] | None): The page's closed positions. No empty page was ever recorded: it
            may be an object
            without `closed_position` (`{}`, the form client libraries read), the string `"null"`
            (what the vendor's renderer gives every other empty collection) or a JSON `null`.
    """

    gainloss: GainLoss | Literal["null"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gain_loss import GainLoss  # noqa: PLC0415

        gainloss: dict[str, Any] | Literal["null"] | None
        if isinstance(self.gainloss, GainLoss):
            gainloss = self.gainloss.to_dict()
        else:
            gainloss = self.gainloss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gainloss": gainloss,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gain_loss import GainLoss  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_gainloss(data: object) -> GainLoss | Literal["null"] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gainloss_type_0 = GainLoss.from_dict(data)

                return gainloss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            gainloss_type_1 = cast(Literal["null"], data)
            if gainloss_type_1 != "null":
                raise ValueError(f"gainloss_type_1 must match const 'null', got '{gainloss_type_1}'")
            return gainloss_type_1
            return cast(GainLoss | Literal["null"] | None, data)

        gainloss = _parse_gainloss(d.pop("gainloss"))

        gain_loss_response = cls(
            gainloss=gainloss,
        )

        gain_loss_response.additional_properties = d
        return gain_loss_response

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

    def closed_position_list(self) -> list[ClosedPosition]:
        """The closed positions of this page as a plain list, whatever the wire form (`{}`, `"null"` or `null`, one object, an array)."""
        return one_or_many(self, ("gainloss", "closed_position"), (ClosedPosition,))
