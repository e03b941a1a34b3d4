from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution import Execution
    from ..models.response_metadata import ResponseMetadata


T = TypeVar("T", bound="ExecutionListResponse")


@_attrs_define
class ExecutionListResponse:
    """
    Attributes:
        data (list[Execution]):
        metadata (ResponseMetadata): Request id and, on list operations, pagination state.
        error (None | Unset):
    """

    data: list[Execution]
    metadata: ResponseMetadata
    error: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.execution import Execution  # noqa: PLC0415
        from ..models.response_metadata import ResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Execution.from_dict(data_item_data)

            data.append(data_item)

        metadata = ResponseMetadata.from_dict(d.pop("metadata"))

        error = d.pop("error", UNSET)

        execution_list_response = cls(
            data=data,
            metadata=metadata,
            error=error,
        )

        execution_list_response.additional_properties = d
        return execution_list_response

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
