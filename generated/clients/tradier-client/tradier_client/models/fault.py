from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fault_detail import FaultDetail


T = TypeVar("T", bound="Fault")


@_attrs_define
class Fault:
    """What the gateway refused. `detail` is usually there, but not always.

    Attributes:
        faultstring (str): Human-readable reason, e.g. `Access Token expired`, `Invalid Access Token`.
        detail (FaultDetail | Unset): The gateway's error code.
    """

    faultstring: str
    detail: FaultDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faultstring = self.faultstring

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faultstring": faultstring,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fault_detail import FaultDetail  # noqa: PLC0415

        d = dict(src_dict)
        faultstring = d.pop("faultstring")

        _detail = d.pop("detail", UNSET)
        detail: FaultDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = FaultDetail.from_dict(_detail)

        fault = cls(
            faultstring=faultstring,
            detail=detail,
        )

        fault.additional_properties = d
        return fault

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
