from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderPage")


@_attrs_define
class OrderPage:
    """One page of orders (the paging wrapper).

    Attributes:
        result (list[Order]): The orders of this page.
        next_page_link (None | str): Absolute URL of the next page (same path and parameters, `pageNumber` + 1); `""` on
            the
            last page (`null` in AutoShares' description, accepted).
        previous_page_link (None | str): Absolute URL of the previous page; `""` on the first page (`null` in
            AutoShares'
            description, accepted).
        total_count (int): Number of items over all pages.
    """

    result: list[Order]
    next_page_link: None | str
    previous_page_link: None | str
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        next_page_link: None | str
        next_page_link = self.next_page_link

        previous_page_link: None | str
        previous_page_link = self.previous_page_link

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
                "NextPageLink": next_page_link,
                "PreviousPageLink": previous_page_link,
                "TotalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("Result")
        for result_item_data in _result:
            result_item = Order.from_dict(result_item_data)

            result.append(result_item)

        def _parse_next_page_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_link = _parse_next_page_link(d.pop("NextPageLink"))

        def _parse_previous_page_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_page_link = _parse_previous_page_link(d.pop("PreviousPageLink"))

        total_count = d.pop("TotalCount")

        order_page = cls(
            result=result,
            next_page_link=next_page_link,
            previous_page_link=previous_page_link,
            total_count=total_count,
        )

        order_page.additional_properties = d
        return order_page

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
