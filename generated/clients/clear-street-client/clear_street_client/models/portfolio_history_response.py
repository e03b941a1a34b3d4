from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_history import PortfolioHistory
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="PortfolioHistoryResponse")


@_attrs_define
class PortfolioHistoryResponse:
    """
    Attributes:
        data (PortfolioHistory):
        metadata (ResponseMetadata): Request id and, on list operations, pagination state.
        error (None | Unset):
    """

    data: PortfolioHistory
    metadata: ResponseMetadata
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        metadata = self.metadata.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "metadata": metadata,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_history import PortfolioHistory  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = PortfolioHistory.from_dict(d.pop("data"))

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        error = d.pop("error", UNSET)

        portfolio_history_response = cls(
            data=data,
            metadata=metadata,
            error=error,
        )

        portfolio_history_response.additional_properties = d
        return portfolio_history_response

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
