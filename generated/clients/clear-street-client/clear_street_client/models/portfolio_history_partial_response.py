from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.portfolio_history import PortfolioHistory
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="PortfolioHistoryPartialResponse")


@_attrs_define
class PortfolioHistoryPartialResponse:
    """A 207 body: the available segments and the error that prevented the rest.

    Attributes:
        data (PortfolioHistory):
        error (ApiError): What went wrong.
        metadata (ResponseMetadata): Request id and, on list operations, pagination state.
    """

    data: PortfolioHistory
    error: ApiError
    metadata: ResponseMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        error = self.error.to_dict()

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "error": error,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error import ApiError  # noqa: PLC0415
        from ..models.portfolio_history import PortfolioHistory  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = PortfolioHistory.from_dict(d.pop("data"))

        error = ApiError.from_dict(d.pop("error"))

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        portfolio_history_partial_response = cls(
            data=data,
            error=error,
            metadata=metadata,
        )

        portfolio_history_partial_response.additional_properties = d
        return portfolio_history_partial_response

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
