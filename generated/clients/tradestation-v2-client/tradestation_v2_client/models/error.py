from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error. The Swagger's shape has `TraceId` and an integer `StatusCode`; the older docs
    typed `StatusCode` as a string and had no `TraceId`.

        Attributes:
            status_code (int | str): The HTTP status (an integer), or in older responses a status text.
            message (str): What went wrong.
            trace_id (UUID | Unset): Identifier of the failed request, for support.
    """

    status_code: int | str
    message: str
    trace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code: int | str
        status_code = self.status_code

        message = self.message

        trace_id: str | Unset = UNSET
        if not isinstance(self.trace_id, Unset):
            trace_id = str(self.trace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StatusCode": status_code,
                "Message": message,
            }
        )
        if trace_id is not UNSET:
            field_dict["TraceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status_code(data: object) -> int | str:
            return cast(int | str, data)

        status_code = _parse_status_code(d.pop("StatusCode"))

        message = d.pop("Message")

        _trace_id = d.pop("TraceId", UNSET)
        trace_id: UUID | Unset
        if isinstance(_trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = UUID(_trace_id)

        error = cls(
            status_code=status_code,
            message=message,
            trace_id=trace_id,
        )

        error.additional_properties = d
        return error

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
