from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeActivationRule")


@_attrs_define
class TimeActivationRule:
    """A time of day, `hh:mm:ss` UTC, after which the order is sent.

    Attributes:
        time_utc (None | str | Unset): The activation time.
    """

    time_utc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_utc: None | str | Unset
        if isinstance(self.time_utc, Unset):
            time_utc = UNSET
        else:
            time_utc = self.time_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_utc is not UNSET:
            field_dict["TimeUtc"] = time_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_utc = _parse_time_utc(d.pop("TimeUtc", UNSET))

        time_activation_rule = cls(
            time_utc=time_utc,
        )

        time_activation_rule.additional_properties = d
        return time_activation_rule

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
